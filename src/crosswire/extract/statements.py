"""The statements an article makes beyond the slots, in a form that lets two outlets' wordings be matched.

"Syria's new authorities, who took power in December" and "the interim government, which came to power in
November 2024" say the same thing about the same subject and disagree on its time. To see that, each clause is
reduced to a canonical predicate ("power": taking, coming to, seizing power), the class of its subject
("government": authorities, government, administration), its content-word stems and names, and the values on which
reports can differ: a time and a number. Reconciliation then matches statements by these, not by their words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from crosswire.calendar_words import MONTHS
from crosswire.extract.counts import parse_number
from crosswire.extract.sentences import Sentence
from crosswire.model import Count, Statement, StatementDate
from crosswire.names import name_key

# Verbs that carry little meaning of their own: the statement is their object ("took power", "suffered casualties").
_LIGHT_VERBS = frozenset(
    [
        "be",
        "have",
        "take",
        "come",
        "make",
        "give",
        "get",
        "become",
        "suffer",
        "hold",
        "carry",
        "remain",
        "go",
        "put",
        "keep",
        "see",
        "sustain",
        "lose",
    ]
)
# Verbs of saying and believing: the statement is their complement, the verb itself is attribution or hedge.
_REPORTING_VERBS = frozenset(
    [
        "say",
        "tell",
        "state",
        "report",
        "confirm",
        "announce",
        "claim",
        "add",
        "explain",
        "note",
        "write",
        "tweet",
        "post",
        "allege",
        "insist",
        "declare",
        "warn",
        "believe",
        "think",
        "appear",
        "seem",
        "indicate",
        "suggest",
        "show",
        "describe",
        "identify",
    ]
)
_IRREGULAR = {
    "took": "take",
    "lost": "lose",
    "taken": "take",
    "came": "come",
    "led": "lead",
    "fought": "fight",
    "broke": "break",
    "broken": "break",
    "rose": "rise",
    "risen": "rise",
    "held": "hold",
    "had": "have",
    "has": "have",
    "was": "be",
    "were": "be",
    "is": "be",
    "are": "be",
    "been": "be",
    "being": "be",
    "made": "make",
    "gave": "give",
    "given": "give",
    "got": "get",
    "went": "go",
    "gone": "go",
    "told": "tell",
    "said": "say",
    "says": "say",
    "saw": "see",
    "seen": "see",
    "left": "leave",
    "fled": "flee",
    "shot": "shoot",
    "thought": "think",
    "kept": "keep",
    "sent": "send",
    "began": "begin",
    "begun": "begin",
    "found": "find",
    "became": "become",
    "seized": "seize",
    "died": "die",
    "dead": "die",
    "caught": "catch",
    "wrote": "write",
    "stole": "steal",
    "children": "child",
    "people": "person",
    "men": "man",
    "women": "woman",
}
# Words of one meaning, mapped to one key, so that other wordings of a statement meet.
_SYNONYMS = {
    "kill": "kill",
    "slay": "kill",
    "murder": "kill",
    "die": "kill",
    "death": "kill",
    "execute": "kill",
    "life": "kill",
    "lives": "kill",
    "injure": "injure",
    "wound": "injure",
    "hurt": "injure",
    "injury": "injure",
    "arrest": "arrest",
    "detain": "arrest",
    "apprehend": "arrest",
    "detention": "arrest",
    "custody": "arrest",
    "kidnap": "abduct",
    "abduct": "abduct",
    "abduction": "abduct",
    "kidnapping": "abduct",
    "surround": "surround",
    "encircle": "surround",
    "besiege": "surround",
    "siege": "surround",
    "erupt": "erupt",
    "break": "erupt",
    "flare": "erupt",
    "clash": "clash",
    "fight": "clash",
    "fighting": "clash",
    "battle": "clash",
    "gunfight": "clash",
    "attack": "attack",
    "storm": "attack",
    "assault": "attack",
    "raid": "attack",
    "strike": "attack",
    "launch": "launch",
    "begin": "launch",
    "start": "launch",
    "initiate": "launch",
    "mount": "launch",
    "lead": "lead",
    "command": "lead",
    "head": "lead",
    "leader": "lead",
    "commander": "lead",
    "designate": "designate",
    "list": "designate",
    "label": "designate",
    "brand": "designate",
    "demand": "demand",
    "request": "demand",
    "ask": "demand",
    "call": "demand",
    "urge": "demand",
    "negotiate": "negotiate",
    "negotiation": "negotiate",
    "talk": "negotiate",
    "threaten": "threaten",
    "threat": "threaten",
    "power": "power",
    "rule": "power",
    "office": "power",
    "casualty": "casualty",
    "loss": "casualty",
    "member": "member",
    "part": "member",
    "membership": "member",
    "strong": "member",
    "capture": "capture",
    "seize": "capture",
    "take": "take",
    "flee": "flee",
    "escape": "flee",
    "retaliate": "retaliate",
    "retaliation": "retaliate",
    "revenge": "retaliate",
    "shoot": "shoot",
    "gun": "shoot",
    "gunfire": "shoot",
}
_SUBJECT_CLASSES = {
    "authority": "government",
    "government": "government",
    "administration": "government",
    "regime": "government",
    "ministry": "government",
    "official": "government",
    "president": "government",
    "force": "forces",
    "troop": "forces",
    "army": "forces",
    "soldier": "forces",
    "military": "forces",
    "police": "forces",
    "officer": "forces",
    "security": "forces",
    "group": "group",
    "militant": "group",
    "jihadist": "group",
    "fighter": "group",
    "rebel": "group",
    "insurgent": "group",
    "gunman": "group",
    "militia": "group",
    "protester": "protesters",
    "demonstrator": "protesters",
    "crowd": "protesters",
    "resident": "civilians",
    "civilian": "civilians",
    "villager": "civilians",
    "person": "civilians",
}
_CLAUSE_DEPS = frozenset({"ROOT", "conj", "relcl", "ccomp", "advcl", "parataxis"})
_CONTENT_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "NUM"})
_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"})
_MONTH_NAMES = "|".join(sorted((name.capitalize() for name in MONTHS if len(name) > 3), key=len, reverse=True))
_TIME = re.compile(
    r"\b(?:(?P<day1>\d{1,2}) )?(?P<month>" + _MONTH_NAMES + r")(?: (?P<day2>\d{1,2})(?:st|nd|rd|th)?)?"
    r"(?:,? (?P<year>(?:19|20)\d\d))?\b|\bin (?P<bare_year>(?:19|20)\d\d)\b"
)
_APPROXIMATE = {"around", "about", "some", "roughly", "approximately", "nearly", "almost", "estimated"}
_OPEN_ABOVE = {"at least": 0, "more than": 1, "over": 1}
_MIN_TERMS = 2
# Predicates whose statements are the count fields' (two headlines "kill 12" and "kills 10" are one contested
# death toll, not also a contested statement).
_COUNTED = frozenset({"kill", "injure", "arrest", "abduct", "shoot"})
# The state acting, under any of its names: "Syria launched", "Syrian authorities launch", "troops launched".
_STATE = "state"


@dataclass
class StatementMention:
    """A statement and the sentence it was read from."""

    statement: Statement
    sentence: Sentence


def stem(word: str) -> str:
    """A crude, dependable base form: enough for matching, with no lemmatizer to load.

    Consistency matters more than correctness: "moves", "moved" and "move" all give "mov".
    """
    lower = word.lower()
    base = _IRREGULAR.get(lower)
    if base is None:
        base = lower
        for suffix, replacement in (("ies", "y"), ("ied", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
            if lower.endswith(suffix) and len(lower) - len(suffix) >= 3:
                base = lower[: -len(suffix)] + replacement
                if suffix == "es" and not base.endswith(("s", "x", "z", "ch", "sh")):
                    base += "e"  # "forces" -> "force": the plural of a word ending in e
                elif suffix in ("ing", "ed") and len(base) > 3 and base[-1] == base[-2] and base[-1] not in "ls":
                    base = base[:-1]  # "stopped" -> "stop"
                break
    return base[:-1] if len(base) > 3 and base.endswith("e") and not base.endswith("ee") else base


def canonical(word: str) -> str:
    base = stem(word)
    return _SYNONYM_STEMS.get(base, base)


# Keyed by stem, as the words of a text are looked up ("surrounded" -> "surround", "seized" -> "seiz").
_SYNONYM_STEMS = {stem(word): key for word, key in _SYNONYMS.items()}
_SUBJECT_STEMS = {stem(word): key for word, key in _SUBJECT_CLASSES.items()}
_LIGHT_VERB_STEMS = frozenset(stem(word) for word in _LIGHT_VERBS)
_REPORTING_STEMS = frozenset(stem(word) for word in _REPORTING_VERBS)


def find_statements(sentences: list[Sentence], covered: list[str]) -> list[StatementMention]:
    """Every clause of the article that states something, except those a slot claim already carries.

    `covered` are the texts of the slot claims ("at least two jihadists were detained"): a clause holding one is
    the slot's, not a separate statement.
    """
    found: list[StatementMention] = []
    seen: set[tuple[str, str, tuple[str, ...]]] = set()
    for sentence in sentences:
        if sentence.span is None:
            continue
        for head in sentence.span:
            statement = _statement(head, sentence)
            if statement is None or any(
                text and (text in statement.text or statement.text in text) for text in covered
            ):
                continue
            key = (statement.predicate, statement.subject, statement.terms)
            if key in seen:
                continue
            seen.add(key)
            found.append(StatementMention(statement, sentence))
    return found


def _statement(head: Any, sentence: Sentence) -> Statement | None:
    if head.pos_ not in ("VERB", "AUX") or head.dep_ not in _CLAUSE_DEPS:
        return None
    if stem(head.text) in _REPORTING_STEMS and any(c.dep_ == "ccomp" for c in head.children):
        return None  # its complement is the statement
    if head.pos_ == "AUX" and not any(child.dep_ in ("nsubj", "nsubjpass") for child in head.children):
        return None  # an auxiliary ("has", "was") of another verb, not a copula heading its own clause
    tokens = _clause_tokens(head)
    core = _core_verb(head)
    predicate = _predicate(core)
    if not predicate or predicate in _COUNTED:
        return None  # nothing to say, or a killing, wounding, arrest or abduction: the count fields hold those
    subject = _subject(head)
    if subject is None:
        return None  # "to capture French fighters": a purpose, not a statement
    subject_key = _subject_key(subject)
    positions = {token.i for token in tokens}
    names = tuple(
        sorted(
            {
                name_key(ent.text)
                for ent in sentence.ents
                if ent.label_ in _NAME_LABELS and any(i in positions for i in range(ent.start, ent.end))
            }
        )
    )
    terms = tuple(
        sorted(
            {
                canonical(token.text)
                for token in tokens
                if token.pos_ in _CONTENT_POS and not token.is_stop and token.is_alpha and len(token.text) > 2
            }
        )
    )
    if len(terms) < _MIN_TERMS:
        return None
    text = _clause_text(tokens, subject)
    return Statement(
        text=text,
        predicate=predicate,
        subject=subject_key,
        terms=terms,
        names=names,
        when=_time(text),
        number=_number(tokens),
        background=sentence.background,
    )


def _clause_tokens(head: Any) -> list[Any]:
    """The head's subtree without the clauses hanging from it, which are statements of their own."""
    nested = [
        token
        for token in head.subtree
        if token.i != head.i
        and token.dep_ in ("conj", "relcl", "ccomp", "advcl", "parataxis")
        and token.pos_ in ("VERB", "AUX")
    ]
    excluded = {token.i for clause in nested for token in clause.subtree}
    tokens = [token for token in head.subtree if token.i not in excluded and token.dep_ != "cc"]
    while tokens and (tokens[0].dep_ == "mark" or tokens[0].is_punct):
        tokens = tokens[1:]  # "that clashes erupted", "as forces stormed": the clause without its link word
    return tokens


def _core_verb(head: Any) -> Any:
    """Through "appear to", "are believed to be": the verb that says what happened."""
    current = head
    for _ in range(3):
        if stem(current.text) not in _REPORTING_STEMS:
            break
        complements = [child for child in current.children if child.dep_ == "xcomp"]
        if not complements:
            break
        current = complements[0]
    return current


def _predicate(verb: Any) -> str:
    base = stem(verb.text)
    if base in _REPORTING_STEMS:
        return ""
    if base not in _LIGHT_VERB_STEMS:
        return _SYNONYM_STEMS.get(base, base)
    for child in verb.children:
        if child.dep_ in ("dobj", "attr", "acomp", "oprd") and child.pos_ in ("NOUN", "PROPN", "ADJ"):
            return canonical(child.text)
        if child.dep_ in ("prep", "agent"):
            objects = [grand for grand in child.children if grand.dep_ == "pobj" and grand.pos_ == "NOUN"]
            if objects:
                return canonical(objects[0].text)
    return ""


def _subject(head: Any) -> Any:
    """Who does what the clause says: the agent of a passive ("led by Omsen"), the noun a relative clause hangs
    from ("authorities, who took power"; "the government of President X, which came to power")."""
    for child in head.children:
        if child.dep_ == "agent":
            agents = [grand for grand in child.children if grand.dep_ == "pobj"]
            if agents:
                return agents[0]
    for child in head.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            if child.tag_ in ("WDT", "WP") and head.dep_ == "relcl":
                return _antecedent(head.head)
            return child
    if head.dep_ == "relcl":
        return _antecedent(head.head)
    if head.dep_ == "conj":
        return _subject(head.head)
    return None


def _antecedent(noun: Any) -> Any:
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        return noun.head.head
    return noun


def _subject_key(subject: Any) -> str:
    if subject.ent_type_ == "GPE" or (subject.ent_type_ == "NORP" and subject.pos_ == "PROPN"):
        return _STATE
    if subject.pos_ == "PROPN" or subject.ent_type_ in ("PERSON", "ORG"):
        return name_key(subject.text)
    key = _SUBJECT_STEMS.get(stem(subject.text), stem(subject.text))
    return _STATE if key in ("government", "forces") else key


def _clause_text(tokens: list[Any], subject: Any) -> str:
    """The clause as a reader would quote it: its subject put back, the gaps left by nested clauses closed."""
    words = tokens
    if subject is not None and all(token.i != subject.i for token in tokens):
        words = sorted([*[t for t in subject.subtree if t.i <= subject.i], *tokens], key=lambda token: token.i)
    parts: list[str] = []
    for position, token in enumerate(words):
        parts.append(token.text)
        following = words[position + 1] if position + 1 < len(words) else None
        if following is not None and (token.whitespace_ or following.i != token.i + 1):
            parts.append(" ")
    text = re.sub(r"\s+([,.;:”])", r"\1", "".join(parts))
    text = re.sub(r"([,;:])(\s*[,;:])+", r"\1", text)
    if text.count("“") != text.count("”"):
        text = text.replace("“", "").replace("”", "")
    return re.sub(r"\s+", " ", text).strip(" ,;:“").rstrip(".")


def _time(text: str) -> StatementDate | None:
    match = _TIME.search(text)
    if match is None:
        return None
    if match.group("bare_year"):
        return StatementDate(year=int(match.group("bare_year")))
    day = match.group("day1") or match.group("day2")
    return StatementDate(
        year=int(match.group("year")) if match.group("year") else None,
        month=MONTHS[match.group("month").lower()],
        day=int(day) if day else None,
    )


def _number(tokens: list[Any]) -> Count | None:
    """The quantity a clause states ("around 50" people), with the vagueness the words give it."""
    for position, token in enumerate(tokens):
        if not token.like_num or _is_year(token.text):
            continue
        if token.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT", "ORDINAL"):
            continue
        parsed = parse_number(token.text)
        if parsed is None:
            continue
        low, high = parsed
        before = [t.lower_ for t in tokens[max(0, position - 2) : position]]
        phrase = " ".join(t.text for t in tokens[max(0, position - 2) : position + 1])
        for words, step in _OPEN_ABOVE.items():
            wanted = words.split()
            if before[-len(wanted) :] == wanted:  # whole words: "moreover 50" is not "over 50"
                return Count(low + step, None, phrase)
        if position and tokens[position - 1].lower_ in _APPROXIMATE:
            return Count(int(low * 0.8), round(high * 1.2), phrase)
        return Count(low, high, token.text)
    return None


def _is_year(text: str) -> bool:
    return text.isdigit() and len(text) == 4 and 1900 <= int(text) <= 2100
