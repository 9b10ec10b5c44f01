"""Victims counted from the parse: who was killed, wounded, shot, arrested, kidnapped or went missing.

The number patterns of `counts.py` need a number beside a victim word beside an outcome word. Reports often say
less: "Christopher Doe was pronounced dead", "militiamen kill a displaced man", "wounding four partygoers and
killing another", "resulting in the deaths of seven soldiers". Here the outcome word is found first (a verb, "dead",
"death"), then its victims through the dependency parse: the subject of a passive or of "died", the object of an
active verb, the noun a participle describes. Each victim phrase counts its people: its number ("two locals"), one
for a singular noun, a name or "he"/"himself", the sum over a list ("a mother and her two sons"), or a vague
quantity ("several fighters"). Plural nouns without a number ("soldiers killed civilians") are an unknown number
of dead (ACLED codes such deaths), and no count of wounded or arrested.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from crosswire.extract.sentences import Sentence
from crosswire.model import ClaimField, Count

SHOT = "shot"  # people hit by gunfire: the dead and the wounded together, told apart later

_KILL = {
    "kill",
    "murder",
    "slay",
    "execute",
    "behead",
    "assassinate",
    "neutralize",
    "neutralise",
    "lynch",
    "massacre",
    "slaughter",
    "decapitate",
    "strangle",
}
_DIE = {"die", "perish", "succumb", "drown"}
_WOUND = {"wound", "injure", "hurt", "maim", "stab", "hospitalize", "hospitalise"}
_ARREST = {"arrest", "detain", "apprehend", "nab", "jail", "imprison", "charge", "book"}
_FOUND = {"find", "discover", "recover", "see", "dump", "retrieve", "exhume", "wash", "pull"}
# harm said together with killing ("hurt and killed", "damaged or killed"): one figure for both
_HARMED = {"hurt", "wound", "injure", "damage", "maim"}
# "Deputies found his stepfather dead", "officials pronounced him dead": the dead are the object, not the subject
_FINDING = {"find", "discover", "pronounce", "declare"}
_CUSTODY = {"custody", "arrest", "detention"}  # "placed under arrest", "taken into custody"
_KIDNAP = {"kidnap", "abduct"}
_DEATH_NOUNS = {"death", "fatality"}  # "the deaths of seven soldiers", "30 fatalities"
_VAGUE = {
    "several": (3, 9),
    "many": (3, None),
    "numerous": (3, None),
    "dozens": (24, 99),
    "scores": (40, 99),
    "hundreds": (200, 999),
    "tens": (20, 99),
    "some": (2, None),
    "few": (2, 5),
    "number": (1, None),  # "an unknown number of", "a number of"
}
_ONE_WORDS = {"a", "an", "one", "another", "the", "his", "her", "their", "its", "this", "that", "each"}
_SELF = {"himself", "herself", "self", "themselves"}
# Common nouns for people: victims and perpetrators in news of violence. Anything else needs a number or a name.
_PERSON_NOUNS = {
    "person", "people", "man", "woman", "child", "kid", "boy", "girl", "baby", "infant", "toddler", "teen",
    "teenager", "youth", "adult", "student", "pupil", "teacher", "soldier", "troop", "officer", "policeman",
    "police", "policemen", "deputy", "trooper", "agent", "guard", "bodyguard", "militant", "fighter", "insurgent",
    "rebel", "jihadist", "militiaman", "militiamen", "militia", "gunman", "gunmen", "attacker", "assailant",
    "suspect", "shooter", "robber", "thief", "burglar", "bandit", "kidnapper", "terrorist", "criminal", "member",
    "protester", "protestor", "demonstrator", "rioter", "victim", "resident", "villager", "civilian", "local",
    "worker", "farmer", "herder", "pastoralist", "miner", "trader", "driver", "passenger", "journalist", "reporter",
    "official", "leader", "chief", "commander", "politician", "candidate", "activist", "worshipper", "pilgrim",
    "refugee", "migrant", "national", "citizen", "foreigner", "tourist", "mother", "father", "dad", "mom", "son",
    "daughter", "brother", "sister", "wife", "husband", "girlfriend", "boyfriend", "friend", "relative", "cousin",
    "uncle", "aunt", "nephew", "niece", "grandmother", "grandfather", "grandson", "granddaughter", "stepfather",
    "stepson", "neighbor", "neighbour", "individual", "partygoer", "bystander", "customer", "employee", "clerk",
    "owner", "homeowner", "tenant", "patron", "gang", "accomplice", "inmate", "prisoner", "detainee", "hostage",
    "security", "personnel", "staff", "firefighter", "constable", "sergeant", "lieutenant", "captain", "colonel",
    "general", "major", "corporal", "private", "marine", "peacekeeper", "nurse", "doctor", "priest", "pastor",
    "imam", "elder", "king", "councillor", "councilor", "mayor", "governor", "lawmaker", "body", "corpse",
    "family", "couple", "spouse", "partner", "fiance", "fiancee", "roommate", "classmate", "juvenile", "minor",
    "male", "female", "shepherd", "hunter", "vendor", "combatant", "recruit", "cadet", "ranger", "sniper", "gendarme", "casualty", "survivor",
}  # fmt: skip
_OTHER_DEATHS = {"traffic", "road", "highway", "overdose", "drug", "crash", "drowning", "heat", "covid"}
_INTENT = {"want", "plan", "try", "threaten", "intend", "vow", "attempt", "wish", "seek", "aim", "hope", "mean", "go"}
_KNOWN_BASES = (
    _KILL | _DIE | _WOUND | _ARREST | _KIDNAP | _DEATH_NOUNS | _PERSON_NOUNS
    | {"shoot", "stab", "beat", "stone", "burn", "hack", "club", "fatality", "strike", "graze", "rush", "transport"}
    | {"airlift", "carry", "suffer", "sustain", "place", "take", "wound", "injury", "make", "turn", "gun", "send"}
    | {"recover"}
    | _FOUND
    | _INTENT
    | _HARMED
    | _FINDING
)  # fmt: skip
_NOT_PEOPLE = {
    "house", "home", "shop", "vehicle", "car", "truck", "village", "weapon", "gun", "rifle", "round", "bullet",
    "hour", "day", "week", "month", "year", "minute", "time", "cow", "cattle", "goat", "sheep", "camel", "animal",
    "dog", "building", "store", "school", "church", "mosque", "acre", "kilometre", "kilometer", "mile", "km",
    "percent", "dollar", "naira", "shilling", "shot", "attack", "incident", "case", "count", "charge",
    "channel", "route", "highway", "interstate", "apartment", "room", "floor", "precinct", "district", "grade",
    "flight", "station", "news", "dead", "warrant", "restaurant", "plant", "grant",
}  # fmt: skip
_PERSON_SUFFIXES = ("man", "men", "ist", "ists", "er", "ers", "ian", "ians", "ant", "ants")
_NUMBER_DEPS = {"nummod", "quantmod", "compound"}  # "Seventy al Shabaab": a number parsed as a compound
_QUALIFIERS = {
    "at least": "at least",
    "more than": "more than",
    "over": "more than",
    "about": "about",
    "around": "about",
    "some": "about",
    "approximately": "about",
    "roughly": "about",
    "nearly": "nearly",
    "almost": "nearly",
    "up to": "up to",
}


_IRREGULAR = {
    "going": "go",  # "was going to kill his wife": an intent
    "took": "take",
    "taken": "take",
    "sent": "send",
    "flown": "fly",
    "flew": "fly",
    "driven": "drive",
    "drove": "drive",
    "shot": "shoot",
    "shooting": "shoot",
    "shoots": "shoot",
    "slain": "slay",
    "slew": "slay",
    "died": "die",
    "dies": "die",
    "dying": "die",
    "hurt": "hurt",
    "found": "find",
    "made": "make",
    "makes": "make",
    "turned": "turn",
    "gunned": "gun",
    "beaten": "beat",
    "burnt": "burn",
    "drowned": "drown",
    "seen": "see",
    "saw": "see",
    "hurting": "hurt",
    "men": "man",
    "women": "woman",
    "children": "child",
    "people": "person",
    "policemen": "policeman",
    "militiamen": "militiaman",
    "gunmen": "gunman",
    "lives": "life",
    "fatalities": "fatality",
    "casualties": "casualty",
    "deputies": "deputy",
    "bodies": "body",
    "babies": "baby",
    "families": "family",
    "thieves": "thief",
    "wives": "wife",
}


def _lemma(token: Any) -> str:
    """The word's base form for the few words read here (the pipeline runs without spaCy's lemmatizer, to save
    time on every article): "killed" -> "kill", "stabbed" -> "stab", "soldiers" -> "soldier"."""
    word: str = token.lower_
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    for suffix, base in (
        ("bbed", "b"),
        ("pped", "p"),
        ("tted", "t"),
        ("nned", "n"),
        ("ied", "y"),
        ("ies", "y"),
        ("ing", ""),
        ("ed", ""),
        ("es", ""),
        ("s", ""),
    ):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            stem = word[: len(word) - len(suffix)] + base
            if stem in _KNOWN_BASES:
                return stem
            if stem + "e" in _KNOWN_BASES:
                return stem + "e"
    return word


_AGE_UNITS = {"year", "years", "month", "months", "week", "weeks", "day", "days", "yr", "yrs", "yo", "y/o"}
_UNKNOWN = (2, None)  # people in the plural, but how many is not said: at least two


@dataclass(frozen=True)
class VictimCount:
    """People an outcome word applies to in one sentence: "shot" or a count field, with the words that say it."""

    outcome: ClaimField | str
    count: Count
    text: str
    sentence: Sentence


def find_victims(sentence: Sentence) -> list[VictimCount]:
    """Each outcome of the sentence with the people it happened to, one figure per outcome (its victims summed:
    "killed a soldier and two civilians" is three; the same outcome said twice in a sentence counts the larger)."""
    if sentence.span is None:
        return []
    found: dict[ClaimField | str, VictimCount] = {}
    for token in sentence.span:
        outcome = _outcome(token)
        if outcome is None or _unreal(token):
            continue
        if outcome in (ClaimField.INJURED, SHOT) and _later_died(token):
            continue  # "was taken to the hospital in serious condition but later died": dead, not wounded
        # the parser may join a headline line to the next paragraph: victims beyond a line break are not this word's
        victims = [v for v in _victims_of(token, outcome) if not _line_break_between(v, token)]
        if not victims:
            continue
        total = _count_people(victims)
        if outcome in (ClaimField.KILLED, ClaimField.INJURED) and _hurt_or_killed(token):
            continue  # "eight children have been wounded or killed": the dead and the hurt in one figure
        if total is None or (outcome is not ClaimField.KILLED and "unknown number" in total.phrase):
            continue  # an unknown number of dead is a fact ACLED codes; of wounded or arrested, no count
        if "unknown number" in total.phrase and (_ongoing(token) or any(_quoted(v) for v in victims)):
            continue  # "people are being killed", "“our kids being shot and killed”": a lament, not this event's dead
        # the words from the victims' first word to the outcome word or the last victim, whichever comes later
        left = min(min(v.left_edge.i for v in victims), token.i)
        right = max(max(v.i for v in victims), token.i)
        text = token.doc[left : right + 1].text
        current = found.get(outcome)
        if current is None or total.low > current.count.low:
            found[outcome] = VictimCount(outcome, total, text, sentence)
    return list(found.values())


_ORDINAL_PEOPLE = {"second", "third", "fourth", "fifth", "sixth", "seventh", "eighth"}


def _own_victims(word: Any) -> bool:
    """ "were killed and two others injured": a listed word with a subject or object of its own."""
    return any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in word.children)


def _hurt_or_killed(token: Any) -> bool:
    """Whether a word of killing is listed with one of harm, or the reverse ("hurt and killed", "damaged or
    killed", "wounded or killed"): one figure for the dead and the hurt together."""
    if any(c.dep_ == "dobj" for c in token.children):
        return False  # "wounding four guards and killing another": each word its own victims
    listed = [c for c in token.children if c.dep_ == "conj" and not _own_victims(c)]
    if token.dep_ == "conj" and not _own_victims(token):
        listed.append(token.head)

    def kills(word: Any) -> bool:
        return _lemma(word) in _KILL or _lemma(word) in _DIE

    def harms(word: Any) -> bool:
        return _lemma(word) in _HARMED

    opposite = harms if kills(token) else kills
    # "a number of soldiers were killed and wounded": some dead, some hurt, and ACLED counts the dead; only
    # "killed or wounded" makes one figure of both, while "hurt and killed" speaks of the same victims
    linking = {"or"} if kills(token) and token.dep_ != "conj" else {"or", "and"}
    joined = {c.lower_ for word in (token, token.head) for c in word.children if c.dep_ == "cc"}
    return any(opposite(word) for word in listed) and bool(joined & linking)


def _ongoing(token: Any) -> bool:
    """ "are being killed", "kids killing kids": what keeps happening, said of people in general."""
    if any(c.lower_ == "being" and c.dep_ in ("aux", "auxpass") for c in token.children):
        return True
    if token.tag_ == "VBG" and token.dep_ == "acl":
        # "kids killing kids": a bare plural doing the killing speaks of people in general
        head = token.head
        return head.tag_ == "NNS" and not any(c.dep_ in ("det", "nummod", "poss") for c in head.children)
    return token.tag_ == "VBG" and token.dep_ not in ("advcl", "pcomp", "conj")


def _quoted(token: Any) -> bool:
    """Whether a word stands in words quoted from someone: a sentence that opens with a quotation mark, still
    open before the word (a quoted single word, 'a "number" of soldiers', is the writer's own sentence)."""
    before = token.doc[token.sent.start : token.i].text.lstrip() if token.sent is not None else ""
    if not before.startswith(('"', "“")):
        return False
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


def _later_died(token: Any) -> bool:
    """Whether the clause that hurt someone goes on to say they died ("... in critical condition and died")."""
    verb = token
    while verb.pos_ not in ("VERB", "AUX") and verb.dep_ != "ROOT" and verb.head is not verb:
        verb = verb.head
    if any(c.dep_ == "conj" and _lemma(c) in _DIE for c in verb.children):
        return True
    # "taken to the hospital, where he died"
    return any(
        d.dep_ == "relcl"
        and _lemma(d) in _DIE
        and any(c.lower_ == "where" for c in d.children)
        and any(c.dep_ == "nsubj" and c.lower_ in ("he", "she", "they") for c in d.children)
        for d in verb.subtree
    )


def _unreal(token: Any) -> bool:
    """ "were not injured", "could have died", "wanted to kill the children": the outcome did not happen."""
    children = list(token.children)
    if any(c.dep_ == "neg" or c.lower_ in ("not", "never", "n't") for c in children):
        return True
    if any(c.dep_ == "aux" and c.tag_ == "MD" and c.lower_ not in ("will", "'ll") for c in children):
        return True  # a modal: "could've died", "might have been killed"
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in children)
    if infinitive and token.dep_ == "acl" and token.head.lower_ in _INTENT_NOUNS:
        return True  # "in an effort to kill himself", "a threat to kill his wife"
    return infinitive and token.dep_ == "xcomp" and _lemma(token.head) in _INTENT


_INTENT_NOUNS = {"effort", "attempt", "bid", "threat", "threats", "plan", "plot", "order", "orders", "intent"}


def has_named_killer(sentence: Sentence) -> bool:
    """Whether the sentence tells of someone killing other people ("a woman kills her daughter", "killing 3"), so
    that the people it counts are the victims without their killer; "two dead", "were killed" or "died after
    shooting himself" count everyone who died."""
    if sentence.span is None:
        return False
    for token in sentence.span:
        if _outcome(token) is not ClaimField.KILLED or _is_passive(token):
            continue
        if any(c.dep_ == "dobj" and c.lower_ not in _SELF and _is_person(c) for c in token.children):
            return True
    return False


def _outcome(token: Any) -> ClaimField | str | None:
    """What the word says happened to someone, if anything."""
    lemma = _lemma(token)
    lower = token.lower_
    if lower == "missing" and not any(child.dep_ == "dobj" for child in token.children):
        return ClaimField.MISSING  # "are still missing", "went missing", but not "missing the bus"
    if token.pos_ in ("VERB", "AUX") or token.tag_ in ("VBN", "VBD", "VBG"):
        if lemma == "shoot":
            return ClaimField.KILLED if _fatal(token) else SHOT
        if lemma == "gun" and any(c.dep_ == "prt" and c.lower_ == "down" for c in token.children):
            return ClaimField.KILLED  # "was gunned down"
        if lemma in ("stab", "beat", "stone", "burn", "hack", "club") and _fatal(token):
            return ClaimField.KILLED
        if lemma in _KILL:
            return ClaimField.KILLED
        if lemma in _DIE:
            return ClaimField.KILLED
        if lemma in _WOUND and _fatal(token):
            return ClaimField.KILLED  # "was fatally injured"
        if lemma in _WOUND and not (lemma == "hurt" and token.tag_ == "VBG"):
            return ClaimField.INJURED  # (but "a mother hurting deep inside" is grief)
        if lemma == "recover" and not any(c.dep_ == "dobj" for c in token.children) and not _is_passive(token):
            return SHOT  # hurt and alive: "is recovering", "is expected to recover" (not "recovered the body")
        if lemma in _ARREST:
            return ClaimField.ARRESTED
        if (lemma in ("strike", "hit", "graze") or lower in ("struck", "grazed")) and _is_passive(token):
            return SHOT  # "was struck in the arm", "grazed by a bullet"
        if lemma in ("take", "rush", "transport", "airlift", "fly", "drive", "carry", "send") and _to_hospital(token):
            return SHOT  # "was rushed to the hospital": hurt, and perhaps died there
        if lemma in ("suffer", "sustain") and (wounds := _wounds_suffered(token)):
            # "suffered a fatal gunshot wound": dead; "sustained injuries": hurt
            fatal = any(
                c.lower_ in ("fatal", "mortal", "deadly", "fatally") and c.nbor(-1).lower_ not in ("-", "non")
                for w in wounds
                for c in w.children
                if c.i > 0
            )
            return ClaimField.KILLED if fatal else SHOT
        if lemma in _FOUND and any(
            _lemma(c) in ("body", "corpse") for c in token.children if c.dep_ in ("nsubjpass", "dobj")
        ):
            return ClaimField.KILLED  # "three bodies were found", "villagers found the body of a man"
        if (
            lemma == "turn"
            and any(c.lower_ in ("himself", "herself", "themselves") for c in token.children)
            and any(c.dep_ == "prt" and c.lower_ == "in" for c in token.children)
        ):
            return ClaimField.ARRESTED  # "the suspect turned himself in"
        if lemma in ("place", "take") and any(
            child.dep_ == "prep" and any(g.lower_ in _CUSTODY for g in child.children) for child in token.children
        ):
            return ClaimField.ARRESTED
        if lemma in _KIDNAP:
            return ClaimField.KIDNAPPED
    if lower == "dead" and token.dep_ in ("oprd", "acomp", "xcomp", "ccomp", "conj", "advcl", "ROOT"):
        return ClaimField.KILLED
    if token.pos_ == "NOUN" and lemma in ("death", "fatality") and token.dep_ != "compound":
        if any(c.dep_ in ("compound", "amod") and c.lower_ in _OTHER_DEATHS for c in token.children):
            return None  # "traffic fatalities", "overdose deaths": not deaths by violence
        return ClaimField.KILLED
    if lower in ("arrest", "arrests") and token.pos_ == "NOUN" and _lemma(token.head) == "make":
        return ClaimField.ARRESTED  # "police made an arrest", "made two arrests"
    if lower in ("wounding", "injuring") and token.pos_ == "NOUN":
        return ClaimField.INJURED  # "the wounding of three others"
    if lower == "shot" and token.pos_ == "NOUN" and token.dep_ == "ROOT" and _headline(token):
        return SHOT  # a headline's "11-year-old shot on Mellowood Drive", parsed as a noun
    if token.pos_ == "NOUN" and lower in ("shooting", "shootings"):
        # "the fatal shooting of one man" (dead), "the shooting of a 6-year-old girl" (hit)
        fatal = any(c.lower_ in ("fatal", "deadly") for c in token.children)
        return ClaimField.KILLED if fatal else SHOT
    if _in_condition(token) and token.dep_ == "pobj" and token.head.lower_ == "in":
        return ClaimField.INJURED
    if _still_in_hospital(token) or _with_gunshot_wounds(token):
        return SHOT  # "the teen remains in the hospital", "a man with a gunshot wound": hit, perhaps since died
    return None


_STILL_THERE = {"is", "was", "are", "were", "remains", "remained", "remain", "stays", "stayed", "'s", "lies", "lay"}


def _still_in_hospital(token: Any) -> bool:
    """ "is in the hospital", "remains in hospital": someone hurt (the subject of the verb)."""
    return (
        token.lower_ in ("hospital", "hospitals")
        and token.dep_ == "pobj"
        and token.head.lower_ == "in"
        and token.head.head.lower_ in _STILL_THERE
    )


def _with_gunshot_wounds(token: Any) -> bool:
    """ "with a gunshot wound to the chest": someone hit by a bullet (the person the phrase goes with)."""
    return (
        token.lower_ in ("wound", "wounds")
        and token.dep_ == "pobj"
        and token.head.lower_ == "with"
        and any(c.lower_ in ("gunshot", "bullet") for c in token.children)
    )


def _wounds_suffered(verb: Any) -> list[Any]:
    """The wounds or injuries a "suffer"/"sustain" verb takes as its object ("suffering from gunshot wounds")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "from" for g in c.children]
    # a stab wound is no gunshot: "found two people suffering from stab wounds"
    return [
        c
        for c in objects
        if _lemma(c) in ("wound", "injury") and not any(g.lower_ in ("stab", "knife") for g in c.children)
    ]


def _to_hospital(token: Any) -> bool:
    return any(
        child.dep_ == "prep"
        and child.lower_ == "to"
        and any(g.lower_ in ("hospital", "hospitals") for g in child.children)
        for child in token.children
    )


def _in_condition(token: Any) -> bool:
    """ "in critical condition", "in stable condition": someone hurt and alive."""
    return token.lower_ == "condition" and any(
        c.lower_ in ("critical", "stable", "serious", "fair", "grave", "good") for c in token.children
    )


def _fatal(token: Any) -> bool:
    """ "fatally shot", "shot dead", "shot to death", "shot and killed" (the killing is counted on its own word)."""
    for child in token.children:
        if child.lower_ in ("fatally", "dead", "mortally"):
            return True
        if child.dep_ == "prep" and child.lower_ == "to" and any(g.lower_ == "death" for g in child.children):
            return True
    return False


def _is_passive(verb: Any) -> bool:
    children = list(verb.children)
    if any(child.dep_ in ("nsubjpass", "auxpass") for child in children):
        return True
    # "5 wounded", "Eight arrested the following day": a bare participle whose subject is the patient
    has_aux = any(child.dep_ == "aux" and child.lower_ in ("have", "has", "had", "'ve") for child in children)
    if _lemma(verb) == "gun" and not has_aux and not any(c.dep_ == "dobj" and _is_person(c) for c in children):
        return True  # "Man gunned down outside store": the parser takes the store for what was gunned down
    if has_aux or any(child.dep_ in ("dobj", "dative", "ccomp", "xcomp") for child in children):
        return False
    if verb.tag_ == "VBN" or any(child.dep_ == "agent" for child in children):
        return True  # "Toddler shot in hand by mother": a by-phrase names the doer, so the subject is the patient
    if verb.dep_ == "acl" and _headline(verb) and _lemma(verb) in _WOUND | _KILL:
        return True  # a headline's "Boy hospitalized following shooting", taken for a past tense
    if _lemma(verb) == "shoot" and _headline(verb) and not any(c.lower_ in ("at", "up") for c in children):
        return True  # "Teen shot in Allegheny Township": a headline drops the "was"
    # a headline's "Captain killed in ambush", "Teen shot to death in Roswell": a killing verb with a subject and
    # no object reports the victims
    killing = _lemma(verb) in _KILL or (_lemma(verb) == "shoot" and _fatal(verb))
    return verb.tag_ == "VBD" and killing and any(c.dep_ == "nsubj" for c in children)


def _headline(token: Any) -> bool:
    """Whether the word stands in a title, which is parsed on its own: a short text with no full stop."""
    return len(token.doc) <= 30 and not any(t.text == "." for t in token.doc)


def _first_conjunct(token: Any) -> Any:
    """The first verb of a list of verbs ("were beaten, tied up and drowned" -> beaten), which holds the subject."""
    while token.dep_ == "conj" and token.head is not token:
        token = token.head
    return token


def _victims_of(token: Any, outcome: ClaimField | str) -> Iterator[Any]:
    """The head nouns of the people the outcome word applies to."""
    lemma = _lemma(token)
    if token.lower_ in ("condition", "hospital", "hospitals"):  # "the boy is in critical condition", "in hospital"
        verb = token.head.head
        yield from (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and _is_person(c))
        return
    if token.lower_ in ("wound", "wounds"):  # "found a man with a gunshot wound", "a man with gunshot wounds"
        bearer = token.head.head
        if _is_person(bearer) and bearer.pos_ in ("NOUN", "PROPN", "PRON"):
            yield bearer
            return
        objects = [c for c in bearer.children if c.dep_ == "dobj" and _is_person(c)]
        subjects = [c for c in bearer.children if c.dep_ in ("nsubj", "nsubjpass") and _is_person(c)]
        yield from (objects or subjects)
        return
    if token.pos_ == "NOUN" and token.lower_ == "shot":  # a headline's "4-month-old baby shot"
        yield from (c for c in token.children if c.dep_ in ("amod", "compound", "nsubj") and _is_person(c))
        return
    if token.pos_ == "NOUN":  # "the deaths of seven soldiers", "30 fatalities", "causes one death"
        # "two fatal shootings" counts incidents, not people
        numbers = [
            c for c in token.children if c.dep_ in _NUMBER_DEPS and token.lower_ not in ("shootings", "shooting")
        ]
        if numbers or (outcome is ClaimField.ARRESTED and any(c.lower_ in ("a", "an") for c in token.children)):
            yield token
            return
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                yield from (c for c in prep.children if c.dep_ == "pobj" and _is_person(c))
        return
    if token.lower_ in ("dead", "missing"):
        head = token.head if token.dep_ != "ROOT" else token
        # "left three people dead" has its victims as the object of "left"; a "dead" at the root has none
        roles: tuple[str, ...] = ("nsubj", "nsubjpass", "dobj") if head is not token else ("nsubj", "nsubjpass")
        if any(c.dep_ == "dobj" and _is_person(c) for c in head.children):
            roles = ("dobj",)  # "a man shot his daughter dead": the daughter, not the man
        elif _lemma(head) in _FINDING and head is not token and not _is_passive(head):
            roles = ("dobj",)  # "Deputies found his stepfather, James Doe, dead": the finders are not the dead
        found = [c for c in head.children if c.dep_ in roles and c is not token and _is_person(c)]
        yield from _without_stray_ages(found)
        return
    children = list(token.children)
    if lemma in _DIE:
        subjects = [c for c in children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects and token.dep_ == "conj":
            subjects = [
                c for c in _first_conjunct(token).children if c.dep_ == "nsubjpass"
            ]  # "were beaten and drowned"
    elif token.dep_ in ("xcomp", "oprd") and any(c.dep_ == "nsubjpass" for c in token.head.children):
        subjects = [c for c in token.head.children if c.dep_ == "nsubjpass"]  # "were reported killed"
    elif _is_passive(token):
        subjects = [c for c in children if c.dep_ in ("nsubjpass", "nsubj")]
        if not subjects:
            # "One of the victims remains hospitalized": the parser may hang the subject on the auxiliary
            auxiliaries = [c for c in children if c.dep_ in ("aux", "auxpass") and c.i < token.i]
            subjects = [g for c in auxiliaries for g in c.children if g.dep_ in ("nsubj", "nsubjpass")]
        if not subjects and token.dep_ == "acl" and (token.tag_ == "VBN" or _headline(token)):
            # "a man killed in the attack"; a headline's "Woman and 5-year-old child injured": the whole list
            subjects = [_first_conjunct(token.head)]
            if not _is_person(token.head) and token.head.dep_ == "pobj" and token.head.head.lower_ == "of":
                subjects = [token.head.head.head]  # "four members of the party killed in the attack"
        if not subjects and token.dep_ == "conj":
            first = _first_conjunct(token)
            # "was shot and killed"; a headline's "Gunman shot and killed by police"
            joined: tuple[str, ...] = ("nsubjpass",)
            if not any(c.dep_ == "dobj" for c in first.children):
                joined = ("nsubjpass", "nsubj")
            subjects = [c for c in first.children if c.dep_ in joined]
    else:
        objects = [c for c in children if c.dep_ == "dobj"]
        # "killed bailiffs Joseph Zangaro, 61, and Ronald Kienzle": the parser makes the title an object of its own
        subjects = [
            o
            for o in objects
            if not (o.tag_ == "NNS" and any(n.pos_ == "PROPN" and n.left_edge.i == o.i + 1 for n in objects))
        ]
        subjects += [c for c in children if c.dep_ == "dative"]
        if lemma in ("suffer", "sustain", "turn") or (lemma == "recover" and outcome == SHOT):
            subjects = [c for c in children if c.dep_ == "nsubj"]
            if not subjects and lemma in ("suffer", "sustain") and token.dep_ == "advcl":
                # "deputies found Jane Doe and her sister inside, suffering from gunshot wounds": those found
                subjects = [c for c in token.head.children if c.dep_ == "dobj"]
        if lemma in ("place", "take") and not subjects:
            subjects = [c for c in children if c.dep_ == "nsubj"]  # "the man was placed in custody" (parsed active)
    for subject in _without_stray_ages(subjects):
        doc = subject.doc
        if subject.text in ("-", "–") or (subject.i + 1 < len(doc) and doc[subject.i + 1].text in ("-", "–")):
            continue  # "his ex-girlfriend" parsed as three objects: the last word is the person
        # a killing or an abduction befalls people: "a nun was shot dead" needs no list of words for people
        lenient = outcome in (ClaimField.KILLED, ClaimField.KIDNAPPED) and subject.pos_ == "NOUN"
        if _is_person(subject) or (lenient and _lemma(subject) not in _NOT_PEOPLE):
            yield subject


def _without_stray_ages(people: list[Any]) -> list[Any]:
    """ "Dennie Roe, 66 and Ginger Roe, 64 were found dead": the last age, parsed as a second subject, is no one."""
    if len(people) < 2:
        return people
    return [p for p in people if not (p.like_num and _is_age_in_commas(p))]


def _is_age_number(number: Any) -> bool:
    """ "14-Year-Old Girl", "15 year-old Senquez Jackson", "eight month Jayden": a number of years is an age."""
    if _lemma(number.head) in _AGE_UNITS:
        return True
    following = [t.lower_ for t in number.doc[number.i + 1 : number.i + 3] if t.text not in ("-", "–")]
    return bool(following) and following[0] in _AGE_UNITS


_STREETS = {"st", "street", "ave", "avenue", "rd", "road", "blvd", "boulevard", "dr", "drive", "lane", "ln", "way"}


def _is_street_number(number: Any) -> bool:
    """ "30 Porter St.", "1200 block": a house number or a block, not people."""
    following = [t.lower_.rstrip(".") for t in number.doc[number.i + 1 : number.i + 4]]
    return bool(following) and (following[0] == "block" or any(word in _STREETS for word in following[1:]))


def _is_age_in_commas(number: Any) -> bool:
    """ "Boy, 3, wounded", "Jane Roe, 31, was shot": a number set off by commas after a noun (or after "Jr.") is
    its age; a title-case "Boy" may be taken for "oh", hence the interjection."""
    doc = number.doc
    if not number.like_num or number.i < 2 or number.i + 1 >= len(doc):
        return False
    if doc[number.i + 1].text != ",":
        # "Dennie Roe, 66 and Ginger Roe, 64 were found dead": after a name, the age's closing comma may be left out
        # (but "clash in Marte, 21 reported dead" counts the dead after a place)
        name = doc[number.i - 2]
        after_name = doc[number.i - 1].text == "," and name.pos_ == "PROPN" and name.ent_type_ == "PERSON"
        return after_name and doc[number.i + 1].pos_ in ("AUX", "CCONJ") and number.text.isdigit()
    if doc[number.i - 1].text in ("Jr.", "Sr.", "II", "III"):
        return True  # "Larry Watkins Jr. 26, was also shot"
    return doc[number.i - 1].text == "," and doc[number.i - 2].pos_ in ("NOUN", "PROPN", "INTJ", "X")


def _is_age_noun(token: Any) -> bool:
    """ "a 17-year-old", "two 15-year-olds": a person named by age (spaCy splits it into number, year, old)."""
    return token.lower_ in ("old", "olds") and any(c.lower_ in ("year", "years") for c in token.children)


def _things(word: str) -> bool:
    """ "rounds", "houses", "cars": the plural of a word for things, never people."""
    return word.endswith("s") and (word[:-1] in _NOT_PEOPLE or (word.endswith("es") and word[:-2] in _NOT_PEOPLE))


def _is_person(token: Any) -> bool:
    """Whether the word names people. A noun counted by a number is taken for people unless it names things
    ("two conscripts were killed", but not "three houses were burned")."""
    if _is_age_noun(token):
        return True
    if token.lower_ in _ORDINAL_PEOPLE and any(c.dep_ == "det" for c in token.children):
        return True  # "three people were killed and a fourth was wounded": one more person
    if _lemma(token) in _NOT_PEOPLE or _things(token.lower_) or token.pos_ in ("ADJ", "ADV", "VERB"):
        return False
    modifiers = [*token.children, *(g for c in token.children if c.dep_ == "compound" for g in c.children)]
    if token.pos_ in ("NOUN", "PROPN") and any(c.dep_ in _NUMBER_DEPS and c.like_num for c in modifiers):
        return True
    if token.like_num or token.lower_ in _SELF or token.lower_ == "another":
        return True
    if token.pos_ == "PRON":
        return token.lower_ in ("he", "she", "him", "her", "himself", "herself")
    if token.ent_type_ in ("PERSON", "NORP"):
        return True
    lemma = _lemma(token)
    if lemma in _PERSON_NOUNS or token.lower_ in _PERSON_NOUNS:
        return True
    if token.lower_ in _VAGUE and token.lower_ not in ("some", "number", "many", "few"):
        return True  # "wounding dozens", "dozens of protesters"
    if token.lower_ in _VAGUE:  # "a number of civilians", not "a number of cattle"
        return any(
            c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" and _is_person(g) for g in c.children)
            for c in token.children
        )
    return token.pos_ == "NOUN" and token.lower_.endswith(_PERSON_SUFFIXES) and len(token.text) > 4


def _conjuncts(token: Any) -> list[Any]:
    """The noun and the nouns listed with it ("a man, a woman and a child")."""
    found = [token]
    for child in token.children:
        listed = child.dep_ == "conj" and _is_person(child)
        if listed or (child.dep_ == "appos" and _listed_in_headline(child)):
            found.extend(_conjuncts(child))
    return found


def _listed_in_headline(appos: Any) -> bool:
    """A headline lists victims with commas, which the parser reads as appositions: "kills woman, her son,
    himself". Only "himself" or a relative ("her son") is taken as another person; "Jane Doe, a nurse" is one."""
    return appos.lower_ in _SELF or any(c.dep_ == "poss" for c in appos.children)


def _count_people(victims: list[Any]) -> Count | None:
    """The people in these noun phrases, summed: each phrase its number, a singular one, a vague quantity its range."""
    low, high, vague = 0, 0, False
    seen: set[int] = set()
    phrases: list[str] = []
    for victim in victims:
        for noun in _conjuncts(victim):
            if noun.i in seen:
                continue
            seen.add(noun.i)
            people = _people_in(noun)
            if people is None:
                return None
            phrases.append(f"an unknown number of {noun.text}" if people is _UNKNOWN else noun.text)
            low += people[0]
            if people[1] is None:
                vague = True
            else:
                high += people[1]
    if low == 0 and not vague:
        return None
    return Count(low=low, high=None if vague else high, phrase=" and ".join(phrases))


def _line_break_between(first: Any, second: Any) -> bool:
    low, high = sorted((first.i, second.i))
    return any("\n" in token.text for token in first.doc[low:high])


def _people_in(noun: Any) -> tuple[int, int | None] | None:
    from crosswire.extract.counts import parse_number  # the one parser of number words

    if any(
        child.lower_ in ("no", "none", "neither") and child.dep_ in ("det", "neg", "amod", "preconj")
        for child in noun.children
    ):
        return None  # "no one was hurt", "made no arrest"
    if any(child.lower_ in ("each", "every") and child.dep_ == "det" for child in noun.children):
        return None  # "how many times each victim was shot", "one for each person wounded": no count
    if any(child.lower_ == "unborn" for child in noun.children):
        return (0, 0)  # "five adults and an unborn child": GVA and ACLED count the five
    parents = ("father", "mother", "parent", "dad", "mom", "grandmother", "grandfather")
    if (
        noun.like_num
        and noun.i >= 2
        and noun.doc[noun.i - 1].lower_ == "of"
        and _lemma(noun.doc[noun.i - 2]) in parents
    ):
        return None  # "Father of 4 killed": one father
    if _is_age_in_commas(noun):
        return (1, 1)  # "Boy, 3, wounded in accidental shooting": one boy, aged three
    if noun.lower_ in _ORDINAL_PEOPLE:
        return (1, 1)  # "a fourth was wounded": one more person, not four
    if _is_age_noun(noun):
        counted = [c for c in noun.children if c.dep_ == "nummod" and c.i < noun.i - 3]
        if counted:
            return _people_in(counted[0])
        return _UNKNOWN if noun.lower_ == "olds" else (1, 1)  # "the 17-year-olds": two at least
    modifiers = [*noun.children, *(g for c in noun.children if c.dep_ == "compound" for g in c.children)]
    numbers = [noun] if noun.like_num else [c for c in modifiers if c.dep_ in _NUMBER_DEPS and c.like_num]
    # "14-Year-Old Girl", "eight month Jayden": a number of years or months is an age
    numbers = [n for n in numbers if n is noun or not (_is_age_number(n) or _is_age_in_commas(n))]
    # "around 3 a.m.\n\nA 23-year-old woman": the parser may join a number across a paragraph break
    numbers = [n for n in numbers if not _line_break_between(n, noun)]
    if any(re.fullmatch(r"(?:19|20)\d\d", number.text) for number in numbers):
        return None  # a year, not a number of people
    if any(number.i > 0 and number.nbor(-1).text in ("$", "£", "€", "#") for number in numbers):
        return None  # money or a rank
    if any(_is_street_number(number) for number in numbers):
        return None  # "30 Porter St.": an address
    if numbers:
        subtree = sorted({t for number in numbers for t in (number.subtree if number is not noun else [noun])})
        if noun.like_num:
            subtree = sorted({noun, *(t for c in noun.children if c.dep_ in _NUMBER_DEPS for t in c.subtree)})
        parsed = parse_number(" ".join(t.text for t in subtree if t.like_num or t.lower_ == "-").replace(" - ", "-"))
        if parsed is None:
            return None
        qualifier = " ".join(t.lower_ for t in subtree if t.dep_ in ("advmod", "quantmod") and not t.like_num)
        if _QUALIFIERS.get(qualifier) in ("at least", "more than"):
            return (parsed[0] + (1 if _QUALIFIERS[qualifier] == "more than" else 0), None)
        return parsed
    lower = noun.lower_
    if lower in _VAGUE and noun.tag_ in ("NNS", "JJ", "NN"):
        return _VAGUE[lower]
    for child in noun.children:
        if child.dep_ in ("amod", "det") and child.lower_ in _VAGUE:
            return _VAGUE[child.lower_]
        if child.lower_ == "both":
            return (2, 2)
    named = [c for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
    if noun.tag_ == "NNS" and named:
        people = len(_conjuncts(named[0]))
        return (people, people)  # "killed bailiffs Joseph Zangaro and Ronald Kienzle": the two named
    if (
        noun.tag_ == "NNS"
        and noun.text[:1].isupper()
        and noun.i > noun.sent.start
        and not ({lower, _lemma(noun)} & _PERSON_NOUNS)  # a title's "Teens hurt" are teens
    ):
        return (1, None)  # "killing Thompkins": a name taken for a plural
    if noun.tag_ == "NNS" and lower not in ("police",):
        return _UNKNOWN  # "soldiers killed civilians": people, but how many is not said
    if noun.tag_ == "NNPS":
        return (1, None)  # "Jordan Shores", "Flowers": a name that looks plural says one at least, not two
    if noun.pos_ == "PRON" or lower in _SELF or lower == "another":
        return (1, 1)
    if noun.tag_ in ("NN", "NNP") or any(child.lower_ in _ONE_WORDS for child in noun.children):
        return (1, 1)
    return None
