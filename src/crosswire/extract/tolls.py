"""An article's tolls: one count per field, from what its sentences say about the event.

The number patterns of `counts` give most counts. Where they are silent, the victims the parse finds stand in, and
some deaths the article only implies or leaves out of its own figure are added: a fatal shooting (at least one
dead), a murder-suicide (two, the attacker among them), the attacker who killed himself after the killings he is
counted for. People shot who are not among the dead are the wounded.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from typing import Protocol, TypeVar

from crosswire.extract.casualties import SHOT, VictimCount, find_victims, has_named_killer
from crosswire.extract.counts import BESIDES_THE_DEAD, CountMention, find_counts, is_prior_cause, shot_total
from crosswire.extract.headlines import headline_counts, headline_dead, headline_hurt
from crosswire.extract.sentences import Sentence
from crosswire.model import ClaimField, Count


def choose_counts(sentences: list[Sentence]) -> dict[ClaimField, CountMention]:
    """One count per field for the article, from the sentences about the event (background sentences never count).

    The lead normally states the toll; later sentences repeat it or count a subset ("two of them children"), so
    the first number pattern stated wins, and a later "death toll rose to" revision replaces it. Tolls of the two
    sides of a fight ("four soldiers killed", "17 militants killed") are added up, each side counted once. Where no
    number pattern speaks of a field, the victims found through the parse ("John Doe was pronounced dead", "killing
    another") give it: the largest statement, never a sum over sentences, since later sentences name again the
    victims the lead counted. A death the article only implies ("a fatal shooting", "the homicide") is at least one.
    People shot who are not counted as dead are the wounded.
    """
    if sentences and sentences[0].in_title and sentences[0].is_roundup:
        # "8 dead, 27 wounded in weekend shootings across Chicago": the body counts one incident after another, and
        # none of them is known to be the event the article is filed under
        return {}
    chosen: dict[ClaimField, CountMention] = {}
    sides: dict[ClaimField, dict[str, CountMention]] = {}
    for sentence, mention in _about_the_event(sentences, find_counts):
        current = chosen.get(mention.field)
        revised = re.search(r"\b(rose|risen|climbed|increased|jumped)\b", sentence.text, re.IGNORECASE)
        if current is None or (revised and mention.field is ClaimField.KILLED):
            chosen[mention.field] = mention
        if mention.victims:
            sides.setdefault(mention.field, {}).setdefault(mention.victims, mention)
    for claim_field, by_side in sides.items():
        current = chosen[claim_field]
        if len(by_side) == 2 and current.victims != "":
            first, second = by_side.values()
            total = Count(
                low=first.count.low + second.count.low,
                high=None
                if None in (first.count.high, second.count.high)
                else (first.count.high or 0) + (second.count.high or 0),
                phrase=f"{first.text}; {second.text}",
            )
            chosen[claim_field] = CountMention(claim_field, total, f"{first.text}; {second.text}", first.sentence)
    # the victims the parse finds in the event sentences, read once for the largest counts and the survivors
    victims_found = list(_about_the_event(sentences, find_victims))
    parsed = _largest_victim_counts(victims_found)
    for outcome, mention in parsed.items():
        if isinstance(outcome, ClaimField) and outcome not in chosen:
            chosen[outcome] = mention
    title = sentences[0] if sentences else None
    for claim_field, mention in (headline_counts(title) if title else {}).items():
        chosen.setdefault(claim_field, mention)  # "Boy stable after shooting", which the parse misses
    listed = headline_dead(title) if title else None
    killed = chosen.get(ClaimField.KILLED)
    if listed is not None and (
        killed is None or (killed.count.high is not None and killed.count.low < listed.count.low)
    ):
        chosen[ClaimField.KILLED] = listed  # "Man, woman killed", where the parse counts the woman alone
    for claim_field, mention in list(chosen.items()):
        # "injured a 6-year-old girl at her home and a man at a store": the pattern stops at the first victim,
        # the parse lists them all; in the sentence the pattern chose, the parse's larger exact figure wins
        for victims in find_victims(mention.sentence):
            count = victims.count
            if (
                victims.outcome is claim_field
                and count.high is not None
                and count.low > mention.count.low
                and mention.count.high is not None
                and " and " in count.phrase
                and not (claim_field is not ClaimField.KILLED and _DEAD_WORD.search(victims.text))
            ):
                chosen[claim_field] = CountMention(claim_field, count, victims.text, mention.sentence)
    suicide = _victims_and_attacker(sentences)
    if suicide is not None and (
        ClaimField.KILLED not in chosen or chosen[ClaimField.KILLED].count.low < suicide.count.low
    ):
        chosen[ClaimField.KILLED] = suicide
    implied = _implied_death(sentences)
    if implied is not None and (
        ClaimField.KILLED not in chosen or chosen[ClaimField.KILLED].count.low < implied.count.low
    ):
        # no count at all, or fewer dead than a murder-suicide has ("a boy was killed in a murder-suicide": two)
        chosen[ClaimField.KILLED] = implied
    hurt_listed = headline_hurt(title) if title else None
    hurt, dead_told = chosen.get(ClaimField.INJURED), chosen.get(ClaimField.KILLED)
    if (
        hurt_listed is not None
        and (hurt is None or (hurt.count.high is not None and hurt.count.low < hurt_listed.count.low))
        # "Man, 3 others shot" counts the shot: with a death in the story, the dead are among them
        and not (_SHOT_AT_END.search(hurt_listed.text) and dead_told is not None and dead_told.count.low > 0)
    ):
        chosen[ClaimField.INJURED] = hurt_listed  # "Baby, 4 people injured", where the pattern counts the four alone
    partial = ClaimField.INJURED in chosen and _PARTIAL_WOUNDED.search(chosen[ClaimField.INJURED].text)
    if ClaimField.INJURED not in chosen or partial:
        # no count of the wounded, or one of some of them only ("2 critically wounded in shooting of five")
        shot = shot_total(sentences) or parsed.get(SHOT)
        if partial and shot is not None and shot.count.low <= chosen[ClaimField.INJURED].count.low:
            shot = None
        if shot is not None and (shot.count.high is None or shot.count.low == shot.count.high):
            # "4 shot, 1 killed": the wounded are those shot who did not die (news names the dead when there are
            # any); "at least 15 shot" leaves at least 15 less the dead wounded
            dead = chosen[ClaimField.KILLED].count.best if ClaimField.KILLED in chosen else 0
            if shot.besides_the_dead:
                dead = 0  # "two men were killed; a woman was also shot": shot besides the dead, not among them
            at_least = chosen[ClaimField.INJURED].count.low if partial else 0
            if shot.count.low - dead >= at_least:  # never fewer wounded than "2 critically hurt" counted
                wounded = shot.count.low - dead
                high = None if shot.count.high is None else wounded
                chosen[ClaimField.INJURED] = CountMention(
                    ClaimField.INJURED, Count(wounded, high, shot.text), shot.text, shot.sentence, inferred=True
                )
                survivors = _survivors(victims_found)
                if survivors is not None and survivors.count.low > wounded:
                    # "The two were shot ... she is recovering in the hospital": the dead were not all who were hit
                    chosen[ClaimField.INJURED] = survivors
    elif (more := _more_wounded_by_the_headline(sentences, chosen)) is not None:
        chosen[ClaimField.INJURED] = more
    hurt = chosen.get(ClaimField.INJURED)
    if (
        hurt is not None
        and hurt is parsed.get(ClaimField.INJURED)
        and ClaimField.KILLED in chosen
        and _the_dead_again(hurt, chosen[ClaimField.KILLED])
    ):
        del chosen[ClaimField.INJURED]
    return chosen


# "He was taken to hospital in critical condition", "the child was shot": one victim named again
_DEFINITE_VICTIM = re.compile(
    r"^(?:he|she|the (?:child|boy|girl|man|woman|victim|teen|teenager|toddler|baby|infant|youth))\b", re.IGNORECASE
)


_SHOT_AT_END = re.compile(r"\bshot$", re.IGNORECASE)


def _the_dead_again(wounded: CountMention, killed: CountMention) -> bool:
    """Whether the one person found hurt is the one who died: "A 6-year-old died after being shot. He was taken to
    hospital in critical condition." A victim spoken of as "another" or "also" is someone else."""
    one_hurt = wounded.count.low == wounded.count.high == 1
    return (
        one_hurt
        and killed.count.low == 1
        and killed.count.high in (1, None)  # one death ("a boy died", "a fatal shooting"): a story of one victim
        and _DEFINITE_VICTIM.match(wounded.text) is not None
        and not BESIDES_THE_DEAD.search(wounded.text)
    )


def _more_wounded_by_the_headline(
    sentences: list[Sentence], chosen: dict[ClaimField, CountMention]
) -> CountMention | None:
    """ "5 shot in Uptown" over a body whose first count of the wounded is "one wounded": a title or lead that says
    exactly how many were shot gives the wounded (those shot less the dead) when it makes them more than the count
    chosen, which then told of some of them only."""
    stated = chosen[ClaimField.INJURED]
    shot = shot_total(sentences)
    if shot is None or not (shot.sentence.in_title or shot.sentence.in_lead) or stated.count.high is None:
        return None
    if shot.count.high != shot.count.low:
        return None
    dead = 0 if shot.besides_the_dead else (chosen[ClaimField.KILLED].count.best if ClaimField.KILLED in chosen else 0)
    wounded = shot.count.low - dead
    if wounded <= stated.count.low:
        return None
    return CountMention(ClaimField.INJURED, Count(wounded, wounded, shot.text), shot.text, shot.sentence, inferred=True)


# "2 killed, 2 critically wounded": the parse joins the dead to the wounded as one list of victims
_DEAD_WORD = re.compile(r"\b(?:killed|dead|died|slain)\b", re.IGNORECASE)
# the wounded in one condition or of one kind are some of the wounded, not all of them
_PARTIAL_WOUNDED = re.compile(
    r"\b(?:critically|seriously|severely|gravely|badly|critical|serious|life-threatening|of the victims|of them)\b",
    re.IGNORECASE,
)


_ALSO = re.compile(r"\balso\b", re.IGNORECASE)


def _largest_victim_counts(victims_found: list[tuple[Sentence, VictimCount]]) -> dict[ClaimField | str, CountMention]:
    """For each outcome, the largest number of victims one event sentence gives it through the parse."""
    best: dict[ClaimField | str, CountMention] = {}
    for sentence, victims in victims_found:
        current = best.get(victims.outcome)
        field = victims.outcome if isinstance(victims.outcome, ClaimField) else ClaimField.INJURED
        one_more_dead = (
            victims.outcome is ClaimField.KILLED
            and current is not None
            and current.count.low == current.count.high == 1
            and victims.count.low == victims.count.high == 1
        )
        if (
            current is not None
            and current.sentence is not sentence
            and (victims.outcome in (SHOT, ClaimField.INJURED) or one_more_dead)
            and _ALSO.search(victims.text)
        ):
            # "Mills was shot and killed. Booker, a customer, was also killed.": two dead
            # "A girl was shot and killed. Her mother was also shot.": two people shot
            before, added = current.count.high, victims.count.high
            high = None if before is None or added is None else before + added
            total = Count(current.count.low + victims.count.low, high, f"{current.text}; {victims.text}")
            best[victims.outcome] = CountMention(field, total, victims.text, sentence)
        elif current is None or victims.count.low > current.count.low:
            besides = bool(BESIDES_THE_DEAD.search(victims.text))
            best[victims.outcome] = CountMention(field, victims.count, victims.text, sentence, besides_the_dead=besides)
    return best


# someone hit who lives: the wounded, whatever the count of the dead leaves
_ALIVE = re.compile(
    r"\b(?:non[- ]?life[- ]threatening|not life[- ]threatening|expected to (?:survive|recover|live|be (?:ok|okay))"
    r"|recovering|stable condition|treated and released|released from (?:the )?hospital)\b",
    re.IGNORECASE,
)


def _survivors(victims_found: list[tuple[Sentence, VictimCount]]) -> CountMention | None:
    """The most people one event sentence says were hit and live ("the 17-year-old was taken to the hospital with
    a non-life-threatening wound")."""
    best: CountMention | None = None
    for sentence, victims in victims_found:
        alive = victims.outcome in (SHOT, ClaimField.INJURED) and _ALIVE.search(sentence.text)
        exact = victims.count.high is not None and victims.count.low == victims.count.high
        if alive and exact and (best is None or victims.count.low > best.count.low):
            best = CountMention(ClaimField.INJURED, victims.count, victims.text, sentence)
    return best


class _Said(Protocol):
    @property
    def text(self) -> str: ...


_Found = TypeVar("_Found", bound=_Said)


def _about_the_event(
    sentences: list[Sentence], find: Callable[[Sentence], Iterable[_Found]]
) -> Iterator[tuple[Sentence, _Found]]:
    """What `find` reads in the sentences about the event: not in background, a tally of several incidents or a
    teaser (a link to another story), not the death a protest is about."""
    for sentence in sentences:
        if sentence.not_the_toll:
            continue
        for found in find(sentence):
            if not is_prior_cause(sentence.text, found.text):
                yield sentence, found


_IMPLIED_DEATH = re.compile(
    r"(?<!\bno )(?<!\bwithout )\b(?P<vague>(?:heavy|an unknown number of|unknown number of|undisclosed|unspecified"
    r"|several|many|numerous) (?:casualties|fatalities|deaths|dead|losses))"
    r"|(?<!attempted )\b(?P<two>(?:(?P<double>double) |(?P<triple>triple) )?murders?[- ]suicide)"
    r"|(?<!attempted )\b(?:(?P<pair>double)|(?P<three>triple)|(?P<four>quadruple))"
    r" (?:homicide|murder|slaying|fatal shooting)"
    r"|(?<!non-)\b(?:fatally|(?:fatal|deadly) (?:[\w'’-]+ ){0,2}?(?:shooting|stabbing|attack|incident|wound)(?!s)"
    r"|(?<!attempted )(?<!reduce )(?<!reducing )(?<!prevent )(?<!preventing )(?<!curb )"
    r"homicide(?! (?:unit|detectives?|division|squad|investigators?|rates?|prevention))|slain|shooting death"
    r"|(?:was|were) (?:found|pronounced) dead|died|dies|succumbed"
    r"|(?:shot|stabbed|beaten|bludgeoned|strangled) to death|claim(?:s|ed)? (?:the )?li(?:fe|ves)"
    r"|(?:led|leading|leads) to (?:the |a |an |his |her |their |(?:\w+ ){0,2}\w+'s )?death"
    r"|(?:unable|not able|could not|couldn't|could n't) (?:to )?save (?:him|her|the (?:boy|girl|man|woman|child|victim"
    r"|baby|infant|toddler|teen|teenager)))\b",
    re.IGNORECASE,
)


def _implied_death(sentences: list[Sentence]) -> CountMention | None:
    """A death the article names without counting its victims: "a fatal shooting" (at least one), "murder-suicide"
    (two dead, the attacker among them). A murder-suicide only asked about or ruled out implies nothing more."""
    found: CountMention | None = None
    for sentence in sentences:
        if sentence.not_the_toll:
            continue
        for match in _IMPLIED_DEATH.finditer(sentence.text):
            if is_prior_cause(sentence.text, match.group(0)) or _MODAL_BEFORE.search(sentence.text[: match.start()]):
                continue
            low = 2 if match.group("pair") else 3 if match.group("three") else 4 if match.group("four") else 1
            if match.group("two") and not _SPECULATION.search(sentence.text):
                low = 4 if match.group("triple") else 3 if match.group("double") else 2
            if found is None or low > found.count.low:
                found = CountMention(ClaimField.KILLED, Count(low, None, match.group(0)), match.group(0), sentence)
    return found


# "he could've easily died", "might have been a homicide": what did not happen, or is not known to have
_MODAL_BEFORE = re.compile(
    r"\b(?:could|would|might|may|should|must)(?:n't|n’t| not)?(?: have|'ve|’ve)?(?: been)?(?: \w+ly)?(?: a| an)?\s+$",
    re.IGNORECASE,
)
_SPECULATION = re.compile(
    r"\b(?:whether|if|possible|possibly|ruled? out|not clear|unclear|rumou?rs?|cannot confirm|could not confirm)\b",
    re.IGNORECASE,
)


# The attacker's own death, said after the killings in the same sentence: "killed two people before turning the gun
# on himself", "kills 3 bandmates, self", "shot his wife and son, then took his own life".
_ATTACKER_SUICIDE = re.compile(
    r"(?<!tried to )(?<!trying to )(?<!attempted to )(?<!attempting to )(?<!threatened to )\b(?:"
    r"(?:killing|killed|kills|kill|shooting|shot|shoots|shoot) (?:himself|herself)"
    r"|turn(?:ed|ing|s)? (?:the|a|his|her) (?:gun|weapon|rifle|firearm|shotgun|handgun|pistol) on (?:himself|herself)"
    r"|(?:committ(?:ed|ing)|commits) suicide"
    r"|(?:tak(?:ing|es)|took) (?:his|her) own life"
    r"|(?:died|dead) (?:of|from) (?:an? )?(?:apparent |suspected )?self-inflicted"
    r"|(?:,|then|and|before) (?:then )?(?:him|her)?self\b(?! (?:in|to|up|out|as|for)\b)"
    r"|(?P<named>murders?[- ]suicide)"
    r")",
    re.IGNORECASE,
)
# a suicide that failed or was only feared leaves the attacker alive
_ATTACKER_SURVIVED = re.compile(
    r"attempted suicide|suicide attempt|surviv\w+|critical condition|stable condition|hospitali[sz]ed|possible"
    r"|ruled? out|accidental\w*",
    re.IGNORECASE,
)
_SELF_WORDS = re.compile(r"\b(?:him|her|them)sel(?:f|ves)\b|\bself\b|attacker|gunman|shooter", re.IGNORECASE)


def _victims_and_attacker(sentences: list[Sentence]) -> CountMention | None:
    """The dead of a murder-suicide: the victims one sentence counts before it says the attacker killed himself,
    and the attacker. News counts the victims ("kills 3 bandmates, self"); the event's dead (GVA's and ACLED's
    figure) include the attacker. A count that already names him ("a man and himself") is taken as it is."""
    for index, sentence in enumerate(sentences):
        if sentence.not_the_toll:
            continue
        suicide = _ATTACKER_SUICIDE.search(sentence.text)
        following = sentences[index + 1].text if index + 1 < len(sentences) else ""
        if suicide is None or _ATTACKER_SURVIVED.search(f"{sentence.text} {following}"):
            continue
        if not has_named_killer(sentence):
            continue  # "four dead in a murder-suicide", "a boy died after shooting himself" count everyone
        before = sentence.text[: suicide.start()]
        victims: list[tuple[Count, str]] = [
            (mention.count, mention.text)
            for mention in find_counts(sentence)
            if mention.field is ClaimField.KILLED and mention.text in before
        ]
        victims += [
            (found.count, found.text)
            for found in find_victims(sentence)
            if found.outcome is ClaimField.KILLED and found.text in sentence.text
        ]
        if not victims:
            continue
        count, text = max(victims, key=lambda item: item[0].low)
        if _SELF_WORDS.search(f"{text} {count.phrase}"):
            total = count  # the attacker is among the people counted
        else:
            high = None if count.high is None else count.high + 1
            total = Count(count.low + 1, high, f"{count.phrase} and the attacker")
        start = sentence.text.find(text)
        start = start if 0 <= start < suicide.start() else suicide.start()
        return CountMention(ClaimField.KILLED, total, sentence.text[start : suicide.end()], sentence)
    return None
