"""The ACLED taxonomy, and event types from lexical cues, with a confidence and the sentence that decided.

Each sub-event type has cue phrases taken from its ACLED definition; a sentence scores for every type whose cues
it holds, the title and lead count more, and background sentences do not count. This was the first classifier.
The learned one (`event_classifier`) replaced it and reads its cues as features; the rules stay as the baseline
that every evaluation reports beside the model.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from crosswire.extract.sentences import Sentence
from crosswire.model import EventType

BATTLES = "Battles"
EXPLOSIONS = "Explosions/Remote violence"
VIOLENCE_AGAINST_CIVILIANS = "Violence against civilians"
PROTESTS = "Protests"
RIOTS = "Riots"
STRATEGIC = "Strategic developments"

ACLED_TAXONOMY: dict[str, list[str]] = {
    BATTLES: ["Armed clash", "Government regains territory", "Non-state actor overtakes territory"],
    EXPLOSIONS: [
        "Chemical weapon",
        "Air/drone strike",
        "Suicide bomb",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Grenade",
    ],
    VIOLENCE_AGAINST_CIVILIANS: ["Sexual violence", "Attack", "Abduction/forced disappearance"],
    PROTESTS: ["Excessive force against protesters", "Protest with intervention", "Peaceful protest"],
    RIOTS: ["Violent demonstration", "Mob violence"],
    STRATEGIC: [
        "Agreement",
        "Arrests",
        "Change to group/activity",
        "Disrupted weapons use",
        "Headquarters or base established",
        "Looting/property destruction",
        "Non-violent transfer of territory",
        "Other",
    ],
}
_CUES: list[tuple[str, str, str, float]] = [
    (
        BATTLES,
        "Armed clash",
        r"clash\w*|gun ?battle|fighting|fought|exchange of fire|firefight|ambush\w*|stormed|offensive against|operation against|engaged|skirmish\w*",
        1.0,
    ),
    (
        BATTLES,
        "Armed clash",
        r"(attack\w*|ambush\w*|raid\w*|assault\w*|overran|stormed) (on |against )?(an? |the |several |two |three )?"
        r"((army|military|police|security|government) (base|post|camp|convoy|patrol|checkpoint|station|positions?"
        r"|barracks|outpost)s?|soldiers|troops|security forces)",
        2.0,
    ),
    (
        BATTLES,
        "Government regains territory",
        r"(retook|recaptured|regained|liberated) (control of )?(the )?(town|village|city|area|territory)",
        2.0,
    ),
    (
        BATTLES,
        "Non-state actor overtakes territory",
        r"(militants|rebels|insurgents|jihadists) (seized|captured|overran|took control of)",
        2.0,
    ),
    (EXPLOSIONS, "Chemical weapon", r"chemical (weapon|attack)|sarin|chlorine gas|nerve agent", 3.0),
    (
        EXPLOSIONS,
        "Air/drone strike",
        r"air ?strike\w*|drone strike\w*|air raid\w*|warplanes?|bombing raid|helicopter gunship",
        2.0,
    ),
    (
        EXPLOSIONS,
        "Suicide bomb",
        r"suicide (bomb\w*|attack\w*|vest)|blew (himself|herself|themselves) up",
        3.0,
    ),
    (
        EXPLOSIONS,
        "Shelling/artillery/missile attack",
        r"shell(ing|ed)|artillery|mortar\w*|rockets? (fire|attack)|missile strike|missiles? (hit|struck)",
        2.0,
    ),
    (
        EXPLOSIONS,
        "Remote explosive/landmine/IED",
        r"\bied\b|improvised explosive|roadside bomb|landmine|land mine|car bomb|bomb (exploded|went off|blast)|explosive device|blast|explosion",
        1.5,
    ),
    (EXPLOSIONS, "Grenade", r"grenade\w*", 2.5),
    (VIOLENCE_AGAINST_CIVILIANS, "Sexual violence", r"\braped?\b|sexual(ly)? (assault|violence|abuse)", 2.5),
    (
        VIOLENCE_AGAINST_CIVILIANS,
        "Attack",
        r"shot (dead|and killed)|shooting|gunm[ae]n|stabb\w*|massacre\w*|killed (civilians|villagers|residents|worshippers)|opened fire on|murder\w*|lynch\w*",
        1.0,
    ),
    (
        VIOLENCE_AGAINST_CIVILIANS,
        "Attack",
        r"(attack\w*|raid\w*|stormed) (on )?(an? |the )?(village|market|church|mosque|school|camp for displaced"
        r"|civilians|residents|farmers|worshippers|travellers|passengers|bus)",
        1.5,
    ),
    (
        VIOLENCE_AGAINST_CIVILIANS,
        "Abduction/forced disappearance",
        r"kidnap(?!per)\w*|abduct(?!or)\w*|taken hostage|forced disappearance",
        1.5,
    ),
    (
        PROTESTS,
        "Excessive force against protesters",
        r"(police|security forces|troops) (fired|opened fire|shot) (on|at|into) (the )?(protesters|demonstrators|crowd)|protesters? (were )?(killed|shot dead)",
        3.0,
    ),
    (
        PROTESTS,
        "Protest with intervention",
        r"(police|officers) (dispersed|fired tear ?gas|used tear ?gas|arrested|detained|broke up)|tear ?gas|dispersed (the )?(protest|demonstrat|crowd|march)",
        1.5,
    ),
    (
        PROTESTS,
        "Peaceful protest",
        r"protest\w*|demonstrat\w*|rall(y|ies|ied)|march(ed|es)?\b|sit-in|picket\w*|strike action|went on strike",
        1.0,
    ),
    (
        RIOTS,
        "Violent demonstration",
        r"riot\w*|(protesters|demonstrators) (threw|hurled|burned|torched|clashed)|set (fire|ablaze)|vandali[sz]\w*",
        2.0,
    ),
    (RIOTS, "Mob violence", r"\bmob\w*|vigilante\w*|lynch mob|angry crowd", 2.0),
    (
        STRATEGIC,
        "Agreement",
        r"ceasefire|cease-fire|peace (deal|agreement|accord)|truce|signed an? agreement|prisoner exchange",
        2.0,
    ),
    (STRATEGIC, "Arrests", r"arrest\w*|detain\w*|apprehend\w*|taken into custody|rounded up|raid\w*", 1.5),
    (
        STRATEGIC,
        "Change to group/activity",
        r"(new leader|appointed|merged|defected|splinter group|launched a (new )?group|disband\w*)",
        1.0,
    ),
    (
        STRATEGIC,
        "Disrupted weapons use",
        r"(defused|seized (weapons|arms|explosives)|weapons cache|arms cache|bomb disposal|foiled)",
        2.0,
    ),
    (
        STRATEGIC,
        "Headquarters or base established",
        r"(set up|established) (a |an )?(base|camp|headquarters|checkpoint)",
        2.0,
    ),
    (
        STRATEGIC,
        "Looting/property destruction",
        r"loot\w*|plunder\w*|torched|burned down|destroyed (homes|houses|shops|property)",
        1.5,
    ),
    (
        STRATEGIC,
        "Non-violent transfer of territory",
        r"(withdrew|pulled out|handed over) (from|control)",
        1.5,
    ),
]
_COMPILED = [
    (event_type, sub_type, re.compile(r"\b(" + cue + r")", re.IGNORECASE), weight)
    for event_type, sub_type, cue, weight in _CUES
]
_MIN_SCORE = 1.0


def cue_matches(text: str) -> list[str]:
    """The sub-event types whose cue phrases occur in `text`: the lexicon as features for the learned classifier."""
    return sorted({sub_type for _, sub_type, pattern, _ in _COMPILED if pattern.search(text)})


@dataclass(frozen=True)
class EventTypeChoice:
    """A classifier's answer for one article: the type, how sure, the sentence that decided and its cue words."""

    value: EventType
    confidence: float
    sentence: Sentence
    cue: str


def classify_by_cues(sentences: list[Sentence]) -> EventTypeChoice | None:
    """The ACLED event and sub-event type of the article by the cue rules, or None when no cue holds."""
    scores: dict[tuple[str, str], float] = defaultdict(float)
    deciding: dict[tuple[str, str], tuple[float, Sentence, str]] = {}
    for sentence in sentences:
        if sentence.background:
            continue
        position = 2.0 if sentence.in_title else 1.5 if sentence.index <= 1 else 1.0
        for event_type, sub_type, pattern, weight in _COMPILED:
            match = pattern.search(sentence.text)
            if match is None:
                continue
            key = (event_type, sub_type)
            gained = weight * position
            scores[key] += gained
            if key not in deciding or gained > deciding[key][0]:
                deciding[key] = (gained, sentence, match.group(0))
    if not scores:
        return None
    # A protest where police intervened is that sub-type, not a peaceful protest plus separate arrests.
    peaceful = (PROTESTS, "Peaceful protest")
    intervention = (PROTESTS, "Protest with intervention")
    arrests = scores.get((STRATEGIC, "Arrests"), 0.0)
    if arrests and scores.get(peaceful, 0.0) >= 0.25 * arrests:
        scores[intervention] += scores.pop((STRATEGIC, "Arrests"))
        deciding.setdefault(intervention, deciding[peaceful])
    if scores.get(peaceful) and scores.get(intervention):
        scores[intervention] += scores.pop(peaceful)
    # ACLED codes arrests made during a battle or an attack as that battle or attack.
    arrests = scores.get((STRATEGIC, "Arrests"), 0.0)
    if arrests:
        violent = [
            key for key in scores if key[0] in (BATTLES, EXPLOSIONS) or key == (VIOLENCE_AGAINST_CIVILIANS, "Attack")
        ]
        strongest = max(violent, key=lambda key: scores[key], default=None)
        if strongest is not None and scores[strongest] >= 0.5 * arrests:
            scores[strongest] += scores.pop((STRATEGIC, "Arrests"))
    best = max(scores, key=lambda key: scores[key])
    total = sum(scores.values())
    if scores[best] < _MIN_SCORE:
        return None
    _, sentence, cue = deciding[best]
    return EventTypeChoice(EventType(*best), round(scores[best] / total, 3), sentence, cue)
