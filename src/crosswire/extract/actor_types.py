"""Who acted and who was targeted: ACLED's actor1 and actor2, with ACLED's actor type and naming.

The roles come from the parse of the event's sentences: the subject of an attack, protest or arrest verb (or the
agent of its passive, "killed by gunmen") acted; its object, the passive subject and the victims were targeted
("attacked a police station" targets the police). A phrase is typed from its words: a named group from a small
lexicon ("Boko Haram" is a rebel group), otherwise its head noun ("soldiers" are state forces, "gunmen" an
unidentified armed group, "villagers" civilians). Names follow ACLED's conventions, facts of its codebook: "Military
Forces of Nigeria", "Police Forces of Kenya", "Protesters (Tunisia)", "Civilians (Somalia)", "Unidentified Armed
Group (Libya)". A country's forces acting in another country are external forces.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from crosswire.extract.demonyms import DEMONYMS
from crosswire.extract.sentences import Sentence
from crosswire.model import Actor, ActorRole, ActorType

# Named groups: (pattern, ACLED name, type). Patterns are matched case-insensitively on the whole phrase.
_NAMED_GROUPS: list[tuple[str, str, ActorType]] = [
    (
        r"boko haram|iswap|islamic state west africa|wilayat gharb ifriqiyyah|jama'?atu ahlis",
        "Boko Haram - Wilayat Gharb Ifriqiyyah",
        ActorType.REBEL_GROUP,
    ),
    (r"al[- ]?shabaa?b|harakat al-shabaab", "Al Shabaab", ActorType.REBEL_GROUP),
    (r"\b(?:isis|isil|daesh|islamic state|is fighters|is militants)\b", "Islamic State", ActorType.REBEL_GROUP),
    (r"\baqim\b|al[- ]qaeda in the islamic maghreb", "AQIM: Al Qaeda in the Islamic Maghreb", ActorType.REBEL_GROUP),
    (r"\bal[- ]qa'?eda\b", "Al Qaeda", ActorType.REBEL_GROUP),
    (r"\bhts\b|hayat tahrir al[- ]sham|tahrir al-sham", "HTS: Hayat Tahrir al-Sham", ActorType.REBEL_GROUP),
    (r"\bnusra\b", "Jabhat al-Nusra", ActorType.REBEL_GROUP),
    (r"\btaliban\b", "Taliban", ActorType.REBEL_GROUP),
    (r"\bhouthis?\b|ansar allah", "Ansar Allah", ActorType.REBEL_GROUP),
    (r"ansar al-?sharia", "Ansar al-Sharia", ActorType.REBEL_GROUP),
    (r"\bansar dine\b", "Ansar Dine", ActorType.REBEL_GROUP),
    (
        r"\bsplm-?n\b|sudan people's liberation movement[- ]north",
        "SPLM-N: Sudan People's Liberation Movement (North)",
        ActorType.REBEL_GROUP,
    ),
    (
        r"\bsplm/?a?-io\b|spla-io|splm in opposition",
        "SPLM/A-IO: Sudan People's Liberation Movement/Army (In Opposition)",
        ActorType.REBEL_GROUP,
    ),
    (r"\bspla\b", "Military Forces of South Sudan", ActorType.STATE_FORCES),
    (r"\bfardc\b", "Military Forces of Democratic Republic of Congo", ActorType.STATE_FORCES),
    (r"\bsaf\b", "Military Forces of Sudan", ActorType.STATE_FORCES),
    (r"\brsf\b|rapid support forces", "RSF: Rapid Support Forces", ActorType.STATE_FORCES),
    (r"\bsna\b|somali national army", "Military Forces of Somalia", ActorType.STATE_FORCES),
    (r"\bkdf\b", "Military Forces of Kenya", ActorType.EXTERNAL_FORCES),
    (r"\bamisom\b", "AMISOM: African Union Mission in Somalia", ActorType.EXTERNAL_FORCES),
    (
        r"\bmonusco\b",
        "MONUSCO: United Nations Organization Stabilization Mission in the DR Congo",
        ActorType.EXTERNAL_FORCES,
    ),
    (
        r"\bminusca\b",
        "MINUSCA: United Nations Multidimensional Integrated Stabilization Mission in the CAR",
        ActorType.EXTERNAL_FORCES,
    ),
    (
        r"\bminusma\b",
        "MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali",
        ActorType.EXTERNAL_FORCES,
    ),
    (r"\bunmiss\b", "UNMISS: United Nations Mission in the Republic of South Sudan", ActorType.EXTERNAL_FORCES),
    (r"\bunamid\b", "UNAMID: United Nations-African Union Hybrid Mission in Darfur", ActorType.EXTERNAL_FORCES),
    (r"peacekeep", "United Nations peacekeepers", ActorType.EXTERNAL_FORCES),
    (r"\badf\b|allied democratic forces", "ADF: Allied Democratic Forces", ActorType.REBEL_GROUP),
    (r"\bfdlr\b", "FDLR: Democratic Forces for the Liberation of Rwanda", ActorType.REBEL_GROUP),
    (r"\blra\b|lord's resistance army", "LRA: Lord's Resistance Army", ActorType.REBEL_GROUP),
    (r"\bm23\b", "M23: March 23 Movement", ActorType.REBEL_GROUP),
    (r"\bola\b|oromo liberation", "OLA: Oromo Liberation Army", ActorType.REBEL_GROUP),
    (r"ex-?s[eé]l[eé]ka", "Ex-Seleka Militia", ActorType.REBEL_GROUP),
    (r"anti-?balaka", "Anti-Balaka", ActorType.POLITICAL_MILITIA),
    (r"ma[iy]i[- ]ma[iy]i", "Mai-Mai Militia", ActorType.POLITICAL_MILITIA),
    (r"\brenamo\b", "RENAMO: Mozambican National Resistance", ActorType.REBEL_GROUP),
    (r"\bpkk\b|kurdistan workers", "PKK: Kurdistan Workers Party", ActorType.REBEL_GROUP),
    (r"\bhamas\b", "Hamas Movement", ActorType.REBEL_GROUP),
    (r"hezbollah|hizbullah", "Hezbollah", ActorType.POLITICAL_MILITIA),
    (r"\bypg\b|\bsdf\b|syrian democratic forces", "SDF: Syrian Democratic Forces", ActorType.REBEL_GROUP),
    (r"free syrian army|\bfsa\b", "Free Syrian Army", ActorType.REBEL_GROUP),
]
_COMPILED_GROUPS = [(re.compile(pattern, re.IGNORECASE), name, kind) for pattern, name, kind in _NAMED_GROUPS]

# Head nouns of unnamed actors: (type, ACLED name template). "{country}" is the event's country.
_GENERIC: dict[str, tuple[ActorType, str]] = {}
for _words, _kind, _template in (
    (
        "soldier troop army military force gendarme gendarmerie marine commando jet warplane aircraft airstrike drone",
        ActorType.STATE_FORCES,
        "Military Forces of {country}",
    ),
    (
        "police policeman policemen officer cop deputy trooper constable",
        ActorType.STATE_FORCES,
        "Police Forces of {country}",
    ),
    ("protester protestor demonstrator marcher striker", ActorType.PROTESTERS, "Protesters ({country})"),
    ("rioter mob looter", ActorType.RIOTERS, "Rioters ({country})"),
    (
        "civilian villager resident farmer people person man woman women child children boy girl student worker "
        "trader passenger driver family teacher journalist worshipper pupil herder miner local displaced refugee "
        "youth supporter village community settlement idp wife husband son daughter mother father brother sister "
        "relative politician chairperson chairman councillor councilor mayor governor lawyer prosecutor judge "
        "doctor nurse businessman pastor priest imam cleric activist musician artist singer butcher vendor seller "
        "shopkeeper merchant fisherman fishermen hunter pastoralist nomad shepherd tourist visitor motorist "
        "pedestrian cyclist labourer laborer mechanic tailor engineer contractor volunteer employee neighbour "
        "neighbor elder chief ruler monk nun bishop preacher patient prisoner inmate detainee hostage infant baby "
        "girlfriend boyfriend",
        ActorType.CIVILIANS,
        "Civilians ({country})",
    ),
    (
        "gunman gunmen assailant attacker bandit kidnapper robber criminal men group",
        ActorType.POLITICAL_MILITIA,
        "Unidentified Armed Group ({country})",
    ),
    ("militiaman militiamen militia", ActorType.POLITICAL_MILITIA, "Unidentified Militia ({country})"),
    ("guard bodyguard watchman", ActorType.EXTERNAL_FORCES, "Private Security Forces ({country})"),
    ("ranger conscript", ActorType.STATE_FORCES, "Military Forces of {country}"),
    ("vigilante", ActorType.IDENTITY_MILITIA, "Vigilante Militia ({country})"),
    ("rebel insurgent militant jihadist islamist fighter terrorist", ActorType.REBEL_GROUP, "Rebels ({country})"),
):
    for _word in _words.split():
        _GENERIC[_word] = (_kind, _template)
_ARMED_PERSON = {"man", "men", "person", "persons", "people", "individual", "individuals", "youth", "youths"}
_UNARMED_GROUP_HEADS = {"group", "groups", "officer", "officers", "official", "officials"}
_UNARMED_GROUP_KINDS = {
    "ethnic", "tribal", "religious", "community", "youth", "women", "church", "prayer", "civic", "rights", "advocacy",
    "council", "election", "electoral", "health", "education", "district", "customs", "administrative", "press",
    "information", "liaison", "relief", "aid", "humanitarian",
}  # fmt: skip
_ETHNIC_MILITIA = re.compile(
    r"\b(?P<people>[A-Z][a-z]+)\s+(?:ethnic\s+|communal\s+|clan\s+|tribal\s+)?(?:militia\w*|herdsmen|herders|youths?)\b"
)
_CIVILIAN_MILITIA = re.compile(r"\bcivilian\s+(?:jtf|joint task force)\b", re.IGNORECASE)
_IDENTITY_WORDS = re.compile(r"\b(?:ethnic|communal|clan|tribal|herdsmen|herders|fulani)\b", re.IGNORECASE)

_ACT_VERBS = {
    "attack", "kill", "shoot", "ambush", "raid", "storm", "bomb", "shell", "strike", "clash", "fight", "abduct",
    "kidnap", "arrest", "detain", "seize", "capture", "loot", "burn", "torch", "set", "launch", "target", "open",
    "fire", "murder", "behead", "execute", "assassinate", "besiege", "overrun", "invade", "hit", "stone", "beat",
    "disperse", "protest", "demonstrate", "march", "rally", "riot", "gather", "stage", "block", "barricade",
    "hold", "occupy", "assault", "injure", "wound", "carry", "conduct", "engage", "repel", "repulse", "take",
    "lynch", "rape", "destroy", "detonate", "explode", "torture", "harass", "throw", "hurl", "pelt", "chase",
}  # fmt: skip
_ENCOUNTERS = {
    "clash",
    "clashes",
    "fighting",
    "fight",
    "fights",
    "battle",
    "battles",
    "gunfight",
    "exchange",
    "skirmish",
    "skirmishes",
    "confrontation",
    "confrontations",
}
_ARRESTED = re.compile(r"\b(?:arrested|detained|apprehended|taken into custody)\b", re.IGNORECASE)
_VERB_FORMS = re.compile(r"(?:ing|ed|es|s|d)$")
_AGAINST = {"against", "on", "with", "at", "upon"}


@dataclass(frozen=True)
class RoleMention:
    """An actor of the event with its role and type, and the sentence that shows it."""

    actor: Actor
    sentence: Sentence
    text: str


def type_actor(
    phrase: str,
    country: str | None,
    event_type: str | None = None,
    country_names: Mapping[str, str] | None = None,
) -> Actor | None:
    """The ACLED name and type of an actor phrase ("Nigerian troops" -> Military Forces of Nigeria, state forces),
    or None when the phrase names no kind of actor. A demonym of another country than the event's makes state
    forces external ("Kenyan troops" in Somalia).

    `country_names` maps ISO codes to the country names `country` is written in (the gazetteer's), so that a
    demonym's country compares with the event's whatever the country.
    """
    for pattern, name, kind in _COMPILED_GROUPS:
        if pattern.search(phrase):
            return Actor(name, (phrase,) if phrase != name else (), actor_type=kind)
    ethnic = _ETHNIC_MILITIA.search(phrase)
    if (ethnic and _IDENTITY_WORDS.search(phrase)) or (ethnic and ethnic.group("people").lower() in ("fulani",)):
        people = ethnic.group("people") if ethnic else ""
        return Actor(
            _named(f"{people} Ethnic Militia ({{country}})", country), (phrase,), actor_type=ActorType.IDENTITY_MILITIA
        )
    words = re.findall(r"[a-z]+", phrase.lower())
    # "two civilian men"; "members of the Fulani ethnic group", "a council officer": people, not an armed group or
    # the police
    said_unarmed = words and words[-1] in _ARMED_PERSON and ("unarmed" in words or "civilian" in words)
    # "four civilians (a woman, a girl and two men)": a phrase that says civilians is civilians, whatever it lists
    # after (but the Civilian JTF is a militia)
    said_civilians = "civilians" in words and not _CIVILIAN_MILITIA.search(phrase)
    if (
        said_unarmed
        or said_civilians
        or (len(words) >= 2 and words[-1] in _UNARMED_GROUP_HEADS and words[-2] in _UNARMED_GROUP_KINDS)
    ):
        return Actor(_named("Civilians ({country})", country), (phrase,), actor_type=ActorType.CIVILIANS)
    if "armed" in words and words[-1] in _ARMED_PERSON:  # "an armed man" is an armed group's, not a civilian
        return Actor(
            _named("Unidentified Armed Group ({country})", country), (phrase,), actor_type=ActorType.POLITICAL_MILITIA
        )
    own_country = country
    demonym = next((DEMONYMS[w] for w in words if DEMONYMS.get(w)), None)
    for word in reversed(words):
        base = _singular(word)
        if base in _GENERIC:
            kind, template = _GENERIC[base]
            if kind is ActorType.CIVILIANS and event_type in ("Protests", "Riots"):
                kind, template = (
                    (ActorType.PROTESTERS, "Protesters ({country})")
                    if event_type == "Protests"
                    else (ActorType.RIOTERS, "Rioters ({country})")
                )
            named_country = own_country
            if demonym is not None and kind is ActorType.STATE_FORCES:
                named_country = (country_names or {}).get(demonym, demonym)
                if own_country and named_country != own_country:
                    kind = ActorType.EXTERNAL_FORCES
            return Actor(_named(template, named_country), (phrase,), actor_type=kind)
    return None


def _singular(word: str) -> str:
    """The word as `_GENERIC` lists it: "forces" is "force" (not "forc"), "militias" "militia", "bodies" "body"."""
    candidates = [word]
    if word.endswith("s"):
        candidates.append(word[:-1])
    if word.endswith("es"):
        candidates.append(word[:-2])
    if word.endswith("ies"):
        candidates.append(word[:-3] + "y")
    return next((candidate for candidate in candidates if candidate in _GENERIC), word)


def _named(template: str, country: str | None) -> str:
    return (
        template.format(country=country) if country else re.sub(r"\s*\(\{country\}\)|\s+of \{country\}", "", template)
    )


def find_event_actors(
    sentences: list[Sentence],
    country: str | None,
    event_type: str | None,
    country_names: Mapping[str, str] | None = None,
) -> list[RoleMention]:
    """actor1 and actor2 of the event, each at most once, from the first event sentence that shows them.

    actor1 is the subject of an action verb ("gunmen attacked", "protesters marched") or the agent of its passive
    ("were killed by gunmen"); actor2 its object or passive subject ("attacked a police post", "civilians were
    killed"), or the other side of "clashed with". An actor1 typed the same as actor2 in a one-sided event is kept:
    ACLED names both sides of a clash between two unidentified groups alike.
    """
    found: dict[ActorRole, RoleMention] = {}
    for sentence in sentences:
        if sentence.background or sentence.span is None:
            continue
        for token in sentence.span:
            if token.lower_ in _ENCOUNTERS and token.pos_ == "NOUN":
                participants = _sides_of_encounter(token)
            elif _is_action(token):
                participants = _participants(token)
            else:
                continue
            for role, phrase_head in participants:
                phrase = _phrase(phrase_head)
                actor = type_actor(phrase, country, event_type, country_names)
                if actor is None:
                    continue
                if role in found and role is ActorRole.ACTOR1 and ActorRole.ACTOR2 not in found:
                    if found[role].actor.actor_type is actor.actor_type or found[role].actor.same_as(actor):
                        continue
                    role = ActorRole.ACTOR2  # another party acting: "protesters marched; police dispersed them"
                if role in found:
                    continue
                found[role] = RoleMention(
                    Actor(actor.name, actor.aliases, role=role, actor_type=actor.actor_type), sentence, phrase
                )
        if ActorRole.ACTOR1 in found and ActorRole.ACTOR2 in found:
            break
    if ActorRole.ACTOR1 not in found:
        fallback = _unnamed_actor1(sentences, country, event_type, ActorRole.ACTOR2 in found)
        if fallback is not None:
            found[ActorRole.ACTOR1] = fallback
    return [found[role] for role in (ActorRole.ACTOR1, ActorRole.ACTOR2) if role in found]


def acting_types(
    sentences: list[Sentence], is_act: Callable[[Any], bool], role: ActorRole = ActorRole.ACTOR1
) -> list[tuple[ActorType, str]]:
    """The ACLED types (with the phrases they were read from) of whoever does an act (a verb token that `is_act`
    accepts) in the sentences, in the order told: the subject, or the agent of a passive ("the town was seized by
    rebels"). With `role` actor2, whoever suffers one: the object, or the subject of a passive ("four women were
    killed"). Parties of no known type are left out."""
    found: list[tuple[ActorType, str]] = []
    for sentence in sentences:
        if sentence.span is None:
            continue
        for token in sentence.span:
            if token.pos_ != "VERB" or not is_act(token):
                continue
            for party_role, head in _participants(token):
                if party_role is not role:
                    continue
                # "killed a policeman and 19 civilians": each of a list is a party
                found.extend(_typed_parties(head))
    return found


def encounter_parties(sentences: list[Sentence]) -> list[tuple[ActorType, str]]:
    """The ACLED types (with their phrases) of the sides of every clash or fight the sentences tell: "clashes
    between the army and rebels", "residents clashed with police", "fighting with militiamen"."""
    found: list[tuple[ActorType, str]] = []
    for sentence in sentences:
        if sentence.span is None:
            continue
        for token in sentence.span:
            if token.lower_ in _ENCOUNTERS and token.pos_ == "NOUN":
                sides = _sides_of_encounter(token)
            elif token.pos_ == "VERB" and _VERB_FORMS.sub("", token.lower_) in ("clash", "fight", "fought", "battl"):
                sides = _participants(token)
            else:
                continue
            for _, head in sides:
                found.extend(_typed_parties(head))
    return found


# Heads that only count what follows them: "a group of residents" are residents, "hundreds of youths" youths.
_COUNTING_HEADS = {"group", "groups", "number", "dozens", "hundreds", "thousands", "scores", "crowd", "band"}


def _typed_parties(head: Any) -> list[tuple[ActorType, str]]:
    """The typed parties a head noun names: itself and each noun of a list ("a policeman and 19 civilians"), each
    typed by its own words first ("people of the Zande group" are people) and only then with its of-phrase
    ("members of Boko Haram")."""
    found: list[tuple[ActorType, str]] = []
    for party in (head, *(child for child in head.children if child.dep_ == "conj")):
        phrases = [_phrase(party, with_of=False), _phrase(party)]
        if party.lower_ in _COUNTING_HEADS:
            phrases.reverse()
        for phrase in phrases:
            actor = type_actor(phrase, None)
            if actor is not None and actor.actor_type is not None:
                found.append((actor.actor_type, phrase))
                break
    return found


def _unnamed_actor1(
    sentences: list[Sentence], country: str | None, event_type: str | None, has_target: bool
) -> RoleMention | None:
    """actor1 that the event's type implies when no sentence names it, as ACLED codes it: whoever protests is
    protesters, whoever riots rioters, and an attack or abduction by someone unnamed ("a trader was kidnapped")
    is by an unidentified armed group."""
    first = next((s for s in sentences if not s.background and s.text), None)
    if first is None:
        return None
    arrest = any(_ARRESTED.search(s.text) for s in sentences if not s.background)
    if event_type == "Strategic developments" and arrest:
        kind, template = ActorType.STATE_FORCES, "Police Forces of {country}"
    elif event_type == "Protests":
        kind, template = ActorType.PROTESTERS, "Protesters ({country})"
    elif event_type == "Riots":
        kind, template = ActorType.RIOTERS, "Rioters ({country})"
    elif event_type in ("Violence against civilians", "Battles", "Explosions/Remote violence") and has_target:
        kind, template = ActorType.POLITICAL_MILITIA, "Unidentified Armed Group ({country})"
    else:
        return None
    actor = Actor(_named(template, country), role=ActorRole.ACTOR1, actor_type=kind)
    return RoleMention(actor, first, first.text[:80])


def _is_action(token: Any) -> bool:
    if token.pos_ not in ("VERB", "AUX") and token.tag_ not in ("VBN", "VBD", "VBG", "VBZ", "VBP", "VB"):
        return False
    word = token.lower_
    if word in _ACT_VERBS:
        return True
    stem = _VERB_FORMS.sub("", word)
    irregular = {
        "shot": "shoot",
        "fought": "fight",
        "struck": "strike",
        "held": "hold",
        "took": "take",
        "hit": "hit",
        "threw": "throw",
        "thrown": "throw",
    }
    return (
        irregular.get(word) in _ACT_VERBS or stem in _ACT_VERBS or stem + "e" in _ACT_VERBS or stem[:-1] in _ACT_VERBS
    )


def _participants(verb: Any) -> list[tuple[ActorRole, Any]]:
    """(role, head noun) of the verb's subject, agent, object and the other side of "against"/"with"."""
    found: list[tuple[ActorRole, Any]] = []
    passive = any(child.dep_ in ("nsubjpass", "auxpass") for child in verb.children)
    if verb.dep_ == "acl" and verb.tag_ == "VBN":  # "1 policeman killed by gunmen": the noun it hangs on suffered it
        found.append((ActorRole.ACTOR2, verb.head))
        passive = True
    for child in verb.children:
        if child.dep_ == "nsubj" and not passive:
            found.append((ActorRole.ACTOR1, child))
        elif child.dep_ == "nsubjpass":
            found.append((ActorRole.ACTOR2, child))
        elif child.dep_ == "agent":
            found.extend((ActorRole.ACTOR1, pobj) for pobj in child.children if pobj.dep_ == "pobj")
        elif child.dep_ == "dobj":
            found.append((ActorRole.ACTOR2, child))
        elif child.dep_ == "prep" and child.lower_ in _AGAINST:
            found.extend((ActorRole.ACTOR2, pobj) for pobj in child.children if pobj.dep_ == "pobj")
    if not any(role is ActorRole.ACTOR1 for role, _ in found) and verb.dep_ in ("conj", "xcomp", "advcl"):
        head = verb.head
        found.extend((ActorRole.ACTOR1, c) for c in head.children if c.dep_ == "nsubj")
    if not passive and not any(child.dep_ == "dobj" for child in verb.children):
        # "attacked and occupied a police post": the object shared by coordinated verbs hangs on the last of them
        for conj in verb.children:
            if conj.dep_ == "conj" and conj.pos_ == "VERB":
                found.extend((ActorRole.ACTOR2, c) for c in conj.children if c.dep_ == "dobj")
    found.sort(key=lambda item: item[0] is not ActorRole.ACTOR1)
    return found


def _sides_of_encounter(noun: Any) -> list[tuple[ActorRole, Any]]:
    """ "clashes between the army and rebels": the first side acted (actor1), the other is actor2; "fighting with
    rebels" names only the other side."""
    found: list[tuple[ActorRole, Any]] = []
    for prep in noun.children:
        if prep.dep_ != "prep":
            continue
        for pobj in prep.children:
            if pobj.dep_ != "pobj":
                continue
            if prep.lower_ == "between":
                found.append((ActorRole.ACTOR1, pobj))
                found.extend((ActorRole.ACTOR2, c) for c in pobj.children if c.dep_ == "conj")
            elif prep.lower_ in ("with", "against"):
                found.append((ActorRole.ACTOR2, pobj))
    return found


def _phrase(head: Any, with_of: bool = True) -> str:
    """The noun phrase of a head word without its relative clauses and trailing prepositions (but for "of", unless
    `with_of` is false)."""
    tokens = [head]
    for child in head.lefts:
        tokens.extend(child.subtree)
    for child in head.rights:
        if child.dep_ in ("compound", "amod", "nummod", "appos") or (
            with_of and child.dep_ == "prep" and child.lower_ == "of"
        ):
            tokens.extend(child.subtree)
    tokens.sort(key=lambda t: t.i)
    return " ".join(t.text for t in tokens).replace(" - ", "-").strip()
