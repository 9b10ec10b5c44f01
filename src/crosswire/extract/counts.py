"""Counts of people killed, injured, arrested and kidnapped, each with the sentence that states it.

A count is a number phrase ("at least two", "more than 1,300", "dozens", "a man") next to a victim word and an
outcome word ("were detained", "killing", "left ... dead"). Counts in background sentences (the war's toll, past
attacks) are not the event's and are skipped. `tolls` chooses the article's one count per field from these.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from crosswire.extract.sentences import Sentence
from crosswire.model import ClaimField, Count

_UNITS = {
    "zero": 0,
    "one": 1,
    "a": 1,
    "an": 1,
    "single": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
# Vague quantities keep their phrase and get a low/high that a reader would accept.
_VAGUE = {
    "a couple of": (2, 2),
    "couple of": (2, 2),
    "a few": (2, 5),
    "few": (2, 5),
    "several": (3, 9),
    "a dozen": (12, 12),
    "dozen": (12, 12),
    "dozens of": (24, 99),
    "dozens": (24, 99),
    "scores of": (40, 99),
    "hundreds of": (200, 999),
    "hundreds": (200, 999),
    "thousands of": (2000, 9999),
    "thousands": (2000, 9999),
    "half a million": (500_000, 500_000),
    "a handful of": (2, 5),
    "both": (2, 2),
}
_NUMBER_WORD = r"(?:" + "|".join(sorted([*_UNITS, *_TENS, *_SCALES], key=len, reverse=True)) + r")"
_NUMBER = (
    r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?(?:\s*(?:million|thousand))?"
    r"|"
    + "|".join(re.escape(v) for v in sorted(_VAGUE, key=len, reverse=True))
    + r"|"
    + _NUMBER_WORD
    + r"(?:[\s-]+"
    + _NUMBER_WORD
    + r")*)"
)
# "including three children" counts a subset of the victims, never their number.
_QUALIFIER = (
    r"(?<!\bno\s)(?<!including\s)(?<!among them\s)(?<!father of\s)(?<!mother of\s)(?<!parent of\s)\b(?:(?P<qual>at least|more than|over|nearly|almost|about|around|some|up to|as many as|fewer than"
    r"|less than|roughly|approximately)\s+)?"
)
_RANGE = r"(?P<num>" + _NUMBER + r")(?:\s*(?:-|–|to|or)\s*(?P<num2>" + _NUMBER + r"))?"
# Without a victim noun, "a"/"an" is an article, not a count ("an abducted trader").
_RANGE_STRICT = r"(?P<num>(?!an?\b)" + _NUMBER + r")(?:\s*(?:-|–|to|or)\s*(?P<num2>" + _NUMBER + r"))?"
_VICTIM = (
    r"(?:(?:\d+[ -]years?[ -]old|(?!and\b|or\b|but\b|of\b|where\b|who\b|which\b|that\b|when\b|while\b|\d+[ \t]"
    r"|(?:two|three|four|five|six|seven|eight|nine|ten|dozens?|several|many)\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)"
    r"[\w'’-]+)[ \t]+){0,3}?(?P<victim>people|persons?|civilians?|men|women|man|woman|children|child|kids?|boys?|girls?"
    r"|teens?|teenagers?|students?|soldiers?|troops|officers?|deputies|deputy|police(?:men|man)?|militants?|fighters?|insurgents?"
    r"|rebels?|jihadists?|suspects?|members?|protesters?|demonstrators?|victims?|residents?|villagers?"
    r"|workers?|others?|individuals?|bodies|gunmen|attackers?|assailants?|worshippers?|passengers?|guards?"
    r"|personnel|journalists?|farmers?|herders?|youths?|miners?|pupils?|teachers?|refugees?|migrants?|adults?|males?|females?|partygoers?"
    r"|more(?!\s+than)|nationals|citizens|foreigners|kidnappers?|robbers?|thieves|criminals|smugglers?|traffickers?|bandits?|terrorists?|gang members|family members|relatives|siblings|brothers?|sisters?|sons?|daughters?|infants?|babies|baby|toddlers?)\b"
)
# the victim words without their group name, for patterns that name two groups of victims or none
_ANY_VICTIM = _VICTIM.replace("?P<victim>", "")
# "suffered serious injuries", "sustained multiple gunshot wounds": harm taken, and not a fatal one
_SUFFERED = r"(?:received|suffered|sustained)\s+(?:(?!fatal|mortal)[\w-]+\s+){0,2}?"
_OUTCOMES = {
    ClaimField.KILLED: r"(?:killed|dead|died|slain|murdered|neutrali[sz]ed|shot dead|shot and killed|fatally (?:shot|wounded|stabbed|injured)|lost their lives|perished|executed|beheaded)",
    ClaimField.INJURED: r"(?<!fatally )(?<!mortally )(?:injured|wounded|hurt|hospitali[sz]ed|shot and wounded|in critical condition|treated for (?:their )?(?:injuries|wounds)"
    r"|" + _SUFFERED + r"injuries)(?! (?:or|and) (?:killed|dead|died))",
    ClaimField.ARRESTED: r"(?:arrested|detained|apprehended|taken into custody|in custody|captured|rounded up|booked|charged)",
    ClaimField.KIDNAPPED: r"(?:kidnapped|abducted|taken hostage|seized by gunmen|held hostage)",
    ClaimField.MISSING: r"(?:(?:have|has|had)\s+gone\s+|went\s+|gone\s+|remain\s+|remained\s+|still\s+)?(?:missing|unaccounted for)",
}
_ACTIVE = {
    ClaimField.KILLED: r"(?:killing|killed|kills|claimed the li(?:ves|fe) of|murdered|shot dead|neutrali[sz]ed|neutrali[sz]ing)",
    ClaimField.INJURED: r"(?:injuring|wounding|injured|wounded|hurting|wounds|injures)",
    ClaimField.ARRESTED: r"(?:arrested|detained|arresting|detaining|apprehended|captured|rounded up)",
    ClaimField.KIDNAPPED: r"(?:kidnapped|abducted|kidnapping|abducting|seized)",
    ClaimField.MISSING: r"(?:left|leaving)(?=\s+\S+\s+\S+\s+missing)",  # "left two fishermen missing"
}
# "A man shot and killed his wife": the outcome word with an object is the man's act, not what befell him.
_NOT_ACTIVE = (
    r"(?!\s+(?:his|her|their|its|my|our|a|an|him|them|himself|herself|themselves|\d+|one|two|three|four|five|six"
    r"|seven|eight|nine|ten)\b)"
)
_RESULT_WORDS = {ClaimField.KILLED: r"(?:dead|killed)", ClaimField.INJURED: r"(?:injured|wounded|hurt)"}
_HEADLINE_VERBS = {ClaimField.KILLED: r"kills", ClaimField.INJURED: r"(?:injures|wounds)"}


def _compile(claim_field: ClaimField) -> list[re.Pattern[str]]:
    outcome = _OUTCOMES[claim_field]
    active = _ACTIVE[claim_field]
    patterns = [
        # "at least two jihadists were detained", "3 people were killed", "two dead"
        _QUALIFIER
        + _RANGE
        + r"[ \t]+"
        + _VICTIM
        + r"(?:[ \t]+and[ \t]+(?:men|women|children|boys|girls|teens|adults))?"  # "five men and women"
        + r"(?:,\s+(?:including|among them|most of them|mostly)\s[^,]{1,60},)?"
        + r",?\s+(?:who\s+)?(?:(?:were|was|have been|has been|had been|are|is|got|being)\s+)?"
        r"(?:\w+ly\s+)?(?:(?:confirmed|found|discovered|pronounced)\s+)?(?:(?:shot|stabbed|beaten)\s+and\s+(?:\w+ly\s+)?)?[\"“]?"
        + outcome
        + r"\b"
        + _NOT_ACTIVE,
        _QUALIFIER + _RANGE_STRICT + r"[ \t]+(?:(?!\d)\w+[ \t]+)?" + outcome + r"\b" + _NOT_ACTIVE,
        # "killing two people", "left three people dead", "arrested five suspects"
        r"\b" + active + r"\s+" + _QUALIFIER + _RANGE + r"\s+" + _VICTIM,
    ]
    if claim_field in _RESULT_WORDS:
        # "left three people dead", "leaving 14 wounded"
        patterns.append(
            r"\b(?:left|leaving|leave)\s+"
            + _QUALIFIER
            + _RANGE
            + r"\s+(?:"
            + _VICTIM
            + r"\s+)?"
            + _RESULT_WORDS[claim_field]
            + r"\b"
        )
    if claim_field in _HEADLINE_VERBS:
        # a headline's "Shooting Kills 3, Wounds 2", "Man kills 2, injures 4 with his car": the verb's figure, with no
        # word for the victims, up to a comma or the next phrase
        patterns.append(
            r"\b"
            + _HEADLINE_VERBS[claim_field]
            + r"\s+"
            + _QUALIFIER
            + _RANGE_STRICT
            + r"(?=\s*(?:[,:;]|$|(?:and|in|at|after|during|outside|near|before|with|as)\b))"
        )
    if claim_field is ClaimField.KILLED:
        # "4 shot, 2 fatally": the dead among those shot
        patterns.append(
            r"\b(?:shot|wounded|stabbed),?[ \t]+"
            + _QUALIFIER
            + _RANGE_STRICT
            + r"[ \t]+(?:of[ \t]+them[ \t]+)?fatally\b"
        )
        patterns.append(
            r"\b(?:death toll|toll|number of dead|fatalities)\s+(?:\w+\s+){0,3}?(?:to|of|at|is|was|stands at|reached)\s+"
            + _QUALIFIER
            + _RANGE
        )
    if claim_field is ClaimField.INJURED:
        patterns.append(
            r"\bnumber of (?:injured|wounded)\s+(?:\w+\s+){0,3}?(?:to|of|at|is|was)\s+" + _QUALIFIER + _RANGE
        )
    return [re.compile(pattern, re.IGNORECASE) for pattern in patterns]


_PATTERNS = {claim_field: _compile(claim_field) for claim_field in _OUTCOMES}
# "Five soldiers and 17 militants were killed": two groups of victims in one statement, added up.
_PAIRS = {
    claim_field: re.compile(
        r"\b(?P<first>"
        + _NUMBER
        + r")[ \t]+(?P<first_victims>"
        + _ANY_VICTIM
        + r")(?:,?[ \t]+and|,)[ \t]+"  # "five soldiers and 17 militants", a headline's "10 women, 7 men"
        r"(?P<second>" + _NUMBER + r")[ \t]+(?P<second_victims>" + _ANY_VICTIM + r"),?\s+"
        r"(?:(?:were|was|have been|had been|are)\s+)?(?:\w+ly\s+)?" + _OUTCOMES[claim_field] + r"\b",
        re.IGNORECASE,
    )
    for claim_field in _OUTCOMES
}


_SECURITY = re.compile(r"soldiers?|troops|officers?|police\w*|guards?|personnel", re.IGNORECASE)
_COMBATANTS = re.compile(
    r"militants?|fighters?|insurgents?|rebels?|jihadists?|gunmen|attackers?|assailants?", re.IGNORECASE
)


@dataclass(frozen=True)
class CountMention:
    field: ClaimField
    count: Count
    text: str
    sentence: Sentence
    victims: str = ""  # "security", "combatants" or "" (people in general)
    besides_the_dead: bool = False  # people "also shot": not among the dead counted elsewhere
    inferred: bool = False  # worked out, not written: "4 shot, 1 killed" gives 3 wounded


def parse_number(phrase: str) -> tuple[int, int] | None:
    """The low and high value of a number phrase: "1,300" -> (1300, 1300), "dozens" -> (24, 99)."""
    text = phrase.lower().strip()
    if text in _VAGUE:
        return _VAGUE[text]
    digits = re.fullmatch(r"(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(million|thousand)?", text)
    if digits:
        value = float(digits.group(1).replace(",", ""))
        value *= _SCALES.get(digits.group(2) or "", 1)
        return (int(value), int(value))
    total, current = 0, 0
    for word in re.split(r"[\s-]+", text):
        if word in ("and",):
            continue
        if word in _UNITS:
            current += _UNITS[word]
        elif word in _TENS:
            current += _TENS[word]
        elif word in _SCALES:
            current = max(current, 1) * _SCALES[word]
            if _SCALES[word] >= 1000:
                total, current = total + current, 0
        else:
            return None
    value = total + current
    return (value, value)


def _count_from(match: re.Match[str]) -> Count | None:
    first = parse_number(match.group("num"))
    if first is None:
        return None
    low, high = first
    if match.group("num2"):
        second = parse_number(match.group("num2"))
        if second is None:
            return None
        if second[1] < first[0]:
            # no range runs downwards: "CBS 58 - Two shot" is a station's number, then the count
            return Count(low=second[0], high=second[1], phrase=match.string[match.start("num2") : match.end()].strip())
        low, high = min(low, second[0]), max(high, second[1])
    qualifier = (match.group("qual") or "").lower()
    open_high: int | None = high
    if qualifier in ("at least", "more than", "over"):
        low = low + 1 if qualifier in ("more than", "over") and low == high else low
        open_high = None
    elif qualifier in ("nearly", "almost", "fewer than", "less than", "up to"):
        low, open_high = (max(1, low // 2) if qualifier != "up to" else 0), high
    elif qualifier in ("about", "around", "some", "roughly", "approximately"):
        # the interval lets "about 10" agree with 9 or 11; the figure reported stays 10
        return Count(int(low * 0.8), int(high * 1.2 + 0.5), match.group(0).strip(), stated=low if low == high else None)
    return Count(low=low, high=open_high, phrase=match.group(0).strip())


def find_counts(sentence: Sentence) -> list[CountMention]:
    """All count mentions of a sentence in order; overlapping matches keep the earliest, then the longest."""
    found: list[CountMention] = []
    for claim_field, patterns in _PATTERNS.items():
        candidates: list[tuple[int, int, Count, str, str]] = []
        for pair in _PAIRS[claim_field].finditer(sentence.text):
            first, second = parse_number(pair.group("first")), parse_number(pair.group("second"))
            if first and second and "unborn" in pair.group("second_victims").lower():
                second = (0, 0)  # "five adults and an unborn child": GVA and ACLED count the five
            if first and second:
                total = Count(first[0] + second[0], first[1] + second[1], pair.group(0).strip())
                candidates.append((pair.start(), pair.end(), total, pair.group(0).strip(), ""))
        for pattern in patterns:
            for match in pattern.finditer(sentence.text):
                if match.group("num") is None or _is_ordinal_or_age(sentence.text, match):
                    continue
                count = _count_from(match)
                if count is not None and count.low > 0 and _UNBORN_AMONG.match(sentence.text[match.end() :]):
                    # "murdered six people, including an unborn child": GVA and ACLED count the five born
                    high = None if count.high is None else count.high - 1
                    stated = None if count.stated is None else count.stated - 1
                    count = Count(count.low - 1, high, count.phrase, stated)
                if count is not None:
                    candidates.append((match.start(), match.end(), count, match.group(0).strip(), _victims(match)))
        candidates.sort(key=lambda item: (item[0], -(item[1] - item[0])))
        end = -1
        for start, stop, count, text, victims in candidates:
            if start < end:
                continue
            end = stop
            if count.low > 0 or count.high:
                found.append(CountMention(claim_field, count, text, sentence, victims))
    return found


_UNBORN_AMONG = re.compile(r",?\s+(?:including|among them)\s+(?:an?|one|her|their)\s+unborn\b", re.IGNORECASE)


def _victims(match: re.Match[str]) -> str:
    victim = match.groupdict().get("victim") or ""
    if _SECURITY.fullmatch(victim):
        return "security"
    if _COMBATANTS.fullmatch(victim):
        return "combatants"
    return ""


# What follows a number that counts no people: an age, a time, a rank, a share, a distance, shots fired.
_NOT_PEOPLE_AFTER = (
    *("-year", " year", "-month", " am", " pm", ":", "th ", "st ", "nd ", "rd ", "%", " percent"),
    *(" minute", " hour", " day", " week", " month", " second", " mile", " block", " feet", " foot", " time"),
    *(" shots", " round", " bullet", " a.m", " p.m", "-minute", "-hour", "-day", "-mile"),
)


def _is_ordinal_or_age(text: str, match: re.Match[str]) -> bool:
    """ "a 19-year-old man was killed" counts one man, not nineteen; a time ("at 3 am") is no count."""
    after = text[match.end("num") : match.end("num") + 10].lower()
    if text[max(0, match.start("num") - 1) : match.start("num")] in ("$", "£", "€", "#"):
        return True  # money or a rank: "$100", "#3"
    if re.search(r"\d[:.]$", text[max(0, match.start("num") - 2) : match.start("num")]):
        return True  # the minutes of a time or the decimals of a figure: "00:39 Man Charged"
    toll_before = re.search(
        r"\b(?:dead|killed|wounded|injured|hurt|shot|arrested),\s*$",
        text[max(0, match.start("num") - 12) : match.start("num")],
        re.IGNORECASE,
    )
    counted_after = re.match(r"\s+(?:others?|more|people|persons|injured|wounded|hurt|dead|killed)\b", after)
    if (
        not toll_before
        and not counted_after
        and re.search(
            r"\b(?:[A-Z][a-z'’-]+,|Jr\.,?|Sr\.,?)\s*$", text[max(0, match.start("num") - 30) : match.start("num")]
        )
    ):
        # "Jane Roe, 31, was arrested", "Larry Watkins Jr. 26": an age after a name (but in a headline's "1 Man
        # Dead, 8 People Wounded" the number after a toll starts the next one, and "in Charlotte, 3 others injured"
        # counts people)
        return True
    if re.search(
        r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s*$",
        text[max(0, match.start("num") - 12) : match.start("num")],
        re.IGNORECASE,
    ):
        return True  # a day of the month ("on October 27 has died", "Sept. 3 died"), not 27 people
    if re.fullmatch(r"(?:19|20)\d\d", match.group("num")):
        return True  # a year ("January 9, 2017 Man dead"), not 2,017 people
    if re.match(r"\s+(?:the|a|an|his|her|their)\b", after):
        return True  # a name's number before an article: "told News 5 the victim was shot"
    if after.startswith(":") and not match.group("num")[-1:].isdigit():
        return False  # a headline's colon after a number word ("Kills Three, Injures One: Police"), not a time
    return after.startswith(_NOT_PEOPLE_AFTER)


# "4 men shot", "Five shot at Club 21", "shooting 5 in a nightclub": people hit by gunfire, the dead among them
_SHOT = [
    re.compile(
        _QUALIFIER
        + _RANGE_STRICT
        + r"[ \t]+(?:"
        + _VICTIM
        + r"[ \t]+)?(?:(?:who\s+)?(?:were|was|have been|had been|are|got)\s+)?(?:also\s+)?"
        r"(?:shot|struck\s+by\s+(?:gunfire|bullets|a\s+bullet)"
        r"|" + _SUFFERED + r"(?:gunshot\s+)?wounds?)"
        r"\b(?!\s+(?:dead|and\s+killed|to\s+death))",
        re.IGNORECASE,
    ),
    # "three more people are at a hospital with gunshot wounds", "found four victims with gunshot wounds", "five
    # other victims showed up at the hospital with gunshot wounds", "three men walked into a gas station with ..."
    re.compile(
        _QUALIFIER
        + _RANGE_STRICT
        + r"[ \t]+(?:other[ \t]+)?"
        + _VICTIM
        + r"[ \t]+(?:(?:are|were|is|was)[ \t]+(?:at|in)[ \t]+(?:a|the|an)[ \t]+(?:\w+[ \t]+)?hospitals?[ \t]+"
        r"|(?:showed|turned|walked|came|arrived|went)[ \t]+(?:[\w'’&-]+[ \t]+){0,6}?)?"
        r"(?:suffering[ \t]+from[ \t]+|with[ \t]+)(?:multiple[ \t]+)?(?:gunshot|bullet)[ \t]+wounds?\b",
        re.IGNORECASE,
    ),
    re.compile(
        r"\bshooting(?:\s+of)?\s+" + _QUALIFIER + _RANGE_STRICT + r"\b(?![ \t]*(?:years?|times|rounds|shots))",
        re.IGNORECASE,
    ),
    # "Two of the four victims are gang members": the victims of a shooting are the people it hit
    re.compile(
        r"\b(?:of|all)[ \t]+the[ \t]+(?P<qual>)" + _RANGE_STRICT + r"[ \t]+(?:(?:shooting|gunshot)[ \t]+)?victims\b",
        re.IGNORECASE,
    ),
    # "the other four shooting victims": those hit besides the dead (but "the other three victims" of a murder may
    # be dead as well)
    re.compile(
        r"\bthe[ \t]+other[ \t]+(?P<qual>)" + _RANGE_STRICT + r"[ \t]+(?:shooting|gunshot)[ \t]+victims\b",
        re.IGNORECASE,
    ),
    # "sends seven to hospital", "lands four men in hospital", "sent five people to the hospital" (but "sent several
    # people", no figure, leaves the count to others)
    re.compile(
        r"\b(?:sends?|sent|lands?|landed|puts?)[ \t]+"
        + _QUALIFIER
        + r"(?!(?:several|a few|few|many|dozens|scores|hundreds|a handful|a couple)\b)"
        + _RANGE_STRICT
        + r"(?:[ \t]+(?:other[ \t]+)?"
        + _ANY_VICTIM
        + r")?[ \t]+(?:to|in|into)[ \t]+(?:the[ \t]+|a[ \t]+)?(?:\w+[ \t]+)?hospitals?\b",
        re.IGNORECASE,
    ),
]


_MULTIPLE_SHOOTING = re.compile(r"\b(double|triple|quadruple|quintuple)[ -]shootings?\b", re.IGNORECASE)
_MULTIPLES = {"double": 2, "triple": 3, "quadruple": 4, "quintuple": 5}


def shot_total(sentences: list[Sentence]) -> CountMention | None:
    """The first statement of how many people were shot ("4 shot", "a triple shooting"), outside background
    sentences, tallies of several incidents and teasers."""
    for sentence in sentences:
        if sentence.not_the_toll:
            continue
        multiple = _MULTIPLE_SHOOTING.search(sentence.text)
        if multiple is not None:
            shot = _MULTIPLES[multiple.group(1).lower()]
            return CountMention(ClaimField.INJURED, Count(shot, shot, multiple.group(0)), multiple.group(0), sentence)
        for pattern in _SHOT:
            for match in pattern.finditer(sentence.text):
                if _is_ordinal_or_age(sentence.text, match) or _SHOTS_FIRED_BEFORE.search(
                    sentence.text[: match.start()]
                ):
                    continue  # an age; or shots fired, not people hit: "fired one shot", "heard two shots"
                count = _count_from(match)
                if count is not None and count.low > 0:
                    start = match.start()
                    one_more = _ONE_MORE_BEFORE.search(sentence.text[:start])
                    if one_more is not None:
                        # "after he and four others were shot": five people shot
                        start = one_more.start()
                        high = None if count.high is None else count.high + 1
                        count = Count(count.low + 1, high, sentence.text[start : match.end()])
                    # (a list goes before the number: "killed one man and sent three others to the hospital" lists
                    # the dead, then those sent)
                    before_number = sentence.text[start : match.start("num")].replace(match.group("qual") or "", "")
                    opens = not re.search(r"[a-z]", before_number, re.IGNORECASE)
                    listed = _LISTED_BEFORE.search(sentence.text[:start]) if opens else None
                    if listed is not None and not _THE_SAME_PEOPLE.match(match.group(0)):
                        # "4 adults, 1 child shot", "3-year-old and four adults shot": one list of the people shot
                        # ("two victims, both shot" names the same people twice)
                        number = parse_number(listed.group("num")) if listed.group("num") else (1, 1)
                        if number is not None:
                            start = listed.start()
                            high = None if count.high is None else count.high + number[1]
                            count = Count(count.low + number[0], high, sentence.text[start : match.end()])
                    text = sentence.text[start : match.end()].strip()
                    # "one man is dead and three other people were shot": the others are besides the dead (but
                    # "he and four others" counts him too)
                    besides = one_more is None and BESIDES_THE_DEAD.search(text) is not None
                    return CountMention(ClaimField.INJURED, count, text, sentence, besides_the_dead=besides)
    return None


_SHOTS_FIRED_BEFORE = re.compile(r"\b(?:fir(?:e|ed|es|ing)|heard|hear|let off|got off|squeezed off)\s+$", re.IGNORECASE)
# People named besides those counted before them, so besides the dead: "three other people were shot", "another
# child was taken to hospital", "the second victim", "the other teenager is recovering".
BESIDES_THE_DEAD = re.compile(
    r"\b(?:also|another|others?|second|third|fourth|fifth|recover\w*|more(?!\s+than))\b", re.IGNORECASE
)
_ONE_MORE_BEFORE = re.compile(r"\b(?:he|she|him|her)\s+and\s+$", re.IGNORECASE)
_THE_SAME_PEOPLE = re.compile(r"(?:both|all|each)\b", re.IGNORECASE)
_LISTED_BEFORE = re.compile(
    r"(?:\b(?P<num>"
    + _NUMBER
    + r")[ \t]+"
    + _ANY_VICTIM
    + r"|\b\d{1,2}[- ]year[- ]old(?:[ \t]+(?:boy|girl|child|man|woman|teen))?)(?:,|,?[ \t]+and)[ \t]+$",
    re.IGNORECASE,
)


_PROTEST = re.compile(
    r"\b(?:protest\w*|demonstrat\w+|march\w*|rall(?:y|ied|ies)|riot\w*|sit-in|strike|mourn\w*|funeral|vigil)\b",
    re.IGNORECASE,
)
_CAUSE_BEFORE = re.compile(
    r"\b(?:after|following|over|against|about|protest(?:ed|ing)?|denounc\w+|condemn\w+|mourn\w*|funeral of"
    r"|honou?r(?:ed|ing|s)?|in (?:memory|honou?r) of|remember(?:ing|ed|s)?"
    r"|accused of|charged with|trial for|suspects? in|blame\w*)\b(?!.*[.;])",
    re.IGNORECASE,
)
_ATTEMPT = re.compile(
    r"\b(?:tried|attempted|threatened|vowed|trying|attempting|plotted|plotting) to\s+$", re.IGNORECASE
)


def is_prior_cause(text: str, mention: str) -> bool:
    """Whether a count in this sentence is not the event's: a death that a protest is about ("protested the death
    of a student", "marched after a man was killed in custody") happened before the protest and is coded as its
    own event; an attempt ("tried to kill himself") killed no one."""
    position = text.find(mention)
    if position < 0:
        return False
    before = text[:position]
    if _ATTEMPT.search(before[-30:]):
        return True
    return bool(_PROTEST.search(text) and _CAUSE_BEFORE.search(before))


ACLED_VAGUE_FATALITIES = {"tens": 10, "dozen": 12, "dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1000}
ACLED_UNKNOWN_FATALITIES = 10


def acled_fatalities(count: Count | None) -> int:
    """The fatalities ACLED would code for a count: the lowest figure reported; for a vague quantity its
    conventional figure ("dozens" 12, "hundreds" 100, as ACLED's FAQ states) and, for deaths reported without a
    number ("several", "an unknown number"), 10, the figure ACLED's 2016 data uses for them."""
    if count is None:
        return 0
    words = set(re.findall(r"[a-z]+", count.phrase.lower()))
    has_figure = bool(re.search(r"\d", count.phrase)) or bool(words & (set(_UNITS) - {"a", "an"} | set(_TENS)))
    if not has_figure:
        for word, figure in ACLED_VAGUE_FATALITIES.items():
            if word in words:
                return figure
        if words & {"several", "many", "numerous", "number", "unknown", "undisclosed", "unspecified", "some", "heavy"}:
            return ACLED_UNKNOWN_FATALITIES
    return count.best
