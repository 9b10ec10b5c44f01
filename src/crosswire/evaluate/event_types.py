"""`crosswire eval event-types`: ACLED event types against CASE 2021 Task 2 snippets or ACLED coders' notes.

Two layouts, told apart by their file:
- `snippets.jsonl` (`{id, text, label}`, CASE 2021 Task 2): each snippet is labelled with one of 25 ACLED
  sub-event types or one of 5 types outside ACLED (disasters, diplomacy, organised crime, attribution). Scored
  twice, as the shared task did: over the 25 ACLED types, with the snippets of the other five left out and the
  best ACLED type taken even where the classifier would say "none" (every snippet there reports an ACLED event);
  and over all snippets, the five other types counted as "none" and the classifier's own answer taken.
- `events.jsonl` (ACLED events with `notes` and the old nine-type `event_type`): the notes are classified and the
  old type mapped to today's six (below). Scored with the classifier's own answer ("none" is wrong: every note
  reports an event) and with the best type taken regardless.

Mapping the old ACLED types to the new ones follows ACLED's transition: the three kinds of battle become Battles;
Remote violence becomes Explosions/Remote violence; Headquarters or base established and Non-violent transfer of
territory become Strategic developments. Old "Riots/Protests" became two types, by who took part: an event with
rioters is a riot, one with only protesters a protest. And violence against protesters, which the old scheme
coded as violence against civilians (interaction 16: state forces against protesters), is a Protests event now
(excessive force against protesters), as rioters' violence against civilians (interaction 57) is a Riots event
(mob violence). The strict figure takes today's type from the event's own actors and interaction code; the
lenient one also credits the other type of the pair (Protests or Riots for an old Riots/Protests event; the old
Violence against civilians for the two re-coded kinds), because notes alone do not always say whether a crowd
turned violent, and the old coders' type is not wrong for the old scheme.

Each run also reports the lexicon rules (the classifier before this one) on the same texts, as a baseline.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from crosswire.errors import ConfigError
from crosswire.evaluate.corpus import read_jsonl
from crosswire.extract import EventTypeReading, Extractor
from crosswire.model import EventType
from crosswire.pipeline import ProgressCallback, read_event_types
from crosswire.settings import Settings

CASE_FILE = "snippets.jsonl"
ACLED_FILE = "events.jsonl"
NONE = "none"

# CASE 2021 Task 2 codes of the 25 ACLED sub-event types.
CASE_CODES: dict[str, tuple[str, str]] = {
    "ARMED_CLASH": ("Battles", "Armed clash"),
    "GOV_REGAINS_TERIT": ("Battles", "Government regains territory"),
    "NON_STATE_ACTOR_OVERTAKES_TER": ("Battles", "Non-state actor overtakes territory"),
    "CHEM_WEAP": ("Explosions/Remote violence", "Chemical weapon"),
    "AIR_STRIKE": ("Explosions/Remote violence", "Air/drone strike"),
    "SUIC_BOMB": ("Explosions/Remote violence", "Suicide bomb"),
    "ART_MISS_ATTACK": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    "REM_EXPLOS": ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    "GRENADE": ("Explosions/Remote violence", "Grenade"),
    "SEX_VIOL": ("Violence against civilians", "Sexual violence"),
    "ATTACK": ("Violence against civilians", "Attack"),
    "ABDUCT_DISSAP": ("Violence against civilians", "Abduction/forced disappearance"),
    "FORCE_AGAINST_PROTEST": ("Protests", "Excessive force against protesters"),
    "PROTEST_WITH_INTER": ("Protests", "Protest with intervention"),
    "PEACE_PROTEST": ("Protests", "Peaceful protest"),
    "VIOL_DEMONSTR": ("Riots", "Violent demonstration"),
    "MOB_VIOL": ("Riots", "Mob violence"),
    "AGREEMENT": ("Strategic developments", "Agreement"),
    "ARREST": ("Strategic developments", "Arrests"),
    "CHANGE_TO_GROUP_ACT": ("Strategic developments", "Change to group/activity"),
    "DISR_WEAP": ("Strategic developments", "Disrupted weapons use"),
    "HQ_ESTABLISHED": ("Strategic developments", "Headquarters or base established"),
    "PROPERTY_DISTRUCT": ("Strategic developments", "Looting/property destruction"),
    "NON_VIOL_TERRIT_TRANSFER": ("Strategic developments", "Non-violent transfer of territory"),
    "OTHER": ("Strategic developments", "Other"),
}
# The five CASE 2021 types outside ACLED: "none" for an ACLED classifier.
CASE_OTHER_CODES = {"NATURAL_DISASTER", "MAN_MADE_DISASTER", "DIPLO", "ORG_CRIME", "ATTRIB"}
_CODE_OF = {EventType(*value): code for code, value in CASE_CODES.items()}

OLD_ACLED_TYPES = {
    "Battle-No change of territory": "Battles",
    "Battle-Government regains territory": "Battles",
    "Battle-Non-state actor overtakes territory": "Battles",
    "Remote violence": "Explosions/Remote violence",
    "Violence against civilians": "Violence against civilians",
    "Strategic development": "Strategic developments",
    "Headquarters or base established": "Strategic developments",
    "Non-violent transfer of territory": "Strategic developments",
}
RIOTS_PROTESTS = "Riots/Protests"
_CIVILIANS = "Violence against civilians"
# Old violence against civilians that today's scheme codes by its actors: state forces against protesters (16)
# and rioters against civilians (57).
_RECODED_VIOLENCE = {"16": "Protests", "57": "Riots"}


@dataclass(frozen=True)
class LabelledText:
    id: str
    text: str
    gold: str  # a CASE code, or today's ACLED event type
    lenient: frozenset[str] = frozenset()  # other answers credited by the lenient score


def _case_snippet(record: dict[str, Any]) -> LabelledText:
    label = str(record["label"])
    if label not in CASE_CODES and label not in CASE_OTHER_CODES:
        raise ValueError(f"unknown CASE 2021 label {label!r}")
    return LabelledText(str(record["id"]), str(record["text"]), label)


def _acled_event(record: dict[str, Any]) -> LabelledText:
    old = str(record["event_type"])
    if old == RIOTS_PROTESTS:
        actors = " ".join(str(record.get(key) or "") for key in ("actor1", "ally_actor1", "actor2", "ally_actor2"))
        gold = "Riots" if "Rioters" in actors else "Protests"
        return LabelledText(str(record["id"]), str(record["notes"]), gold, frozenset({"Protests", "Riots"}))
    if old not in OLD_ACLED_TYPES:
        raise ValueError(f"unknown old ACLED event type {old!r}")
    gold = OLD_ACLED_TYPES[old]
    recoded = _RECODED_VIOLENCE.get(str(record.get("interaction") or "")) if gold == _CIVILIANS else None
    if recoded is not None:
        return LabelledText(str(record["id"]), str(record["notes"]), recoded, frozenset({recoded, gold}))
    return LabelledText(str(record["id"]), str(record["notes"]), gold)


def read_event_type_corpus(data: Path, limit: int | None = None) -> tuple[str, list[LabelledText]]:
    """("case2021" or "acled", the labelled texts) of a snippets.jsonl or events.jsonl file, or a folder with one."""
    path = data
    if data.is_dir():
        found = [data / name for name in (CASE_FILE, ACLED_FILE) if (data / name).is_file()]
        if not found:
            raise ConfigError(f"{data}: no {CASE_FILE} (CASE 2021 Task 2) or {ACLED_FILE} (ACLED events) here")
        path = found[0]
    layout = "case2021" if path.name == CASE_FILE else "acled" if path.name == ACLED_FILE else None
    if layout is None:
        raise ConfigError(f"--data {data}: give {CASE_FILE} (CASE 2021 Task 2) or {ACLED_FILE} (ACLED events)")
    parse = _case_snippet if layout == "case2021" else _acled_event
    what = "a CASE snippet {id, text, label}" if layout == "case2021" else "an ACLED event with notes and event_type"
    texts: list[LabelledText] = []
    for item in read_jsonl(path, parse, what):
        if item.text.strip():
            texts.append(item)
        if limit is not None and len(texts) >= limit:
            break
    if not texts:
        raise ConfigError(f"{path}: no labelled texts")
    return layout, texts


def f1_scores(gold: Sequence[str], predicted: Sequence[str]) -> dict[str, Any]:
    """Accuracy, weighted and macro F1 (over every label in gold or predicted, as scikit-learn does), per-label
    precision/recall/F1 with support, and the most frequent confusions."""
    labels = sorted(set(gold) | set(predicted))
    pairs = Counter(zip(gold, predicted, strict=True))
    gold_counts, predicted_counts = Counter(gold), Counter(predicted)
    per_label: dict[str, dict[str, float | int]] = {}
    for label in labels:
        hits = pairs[(label, label)]
        precision = hits / predicted_counts[label] if predicted_counts[label] else 0.0
        recall = hits / gold_counts[label] if gold_counts[label] else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        per_label[label] = {
            "precision": round(precision, 4),
            "recall": round(recall, 4),
            "f1": round(f1, 4),
            "support": gold_counts[label],
        }
    total = len(gold)
    weighted = sum(float(scores["f1"]) * gold_counts[label] for label, scores in per_label.items()) / total
    macro = sum(float(scores["f1"]) for scores in per_label.values()) / len(labels)
    confusions = [
        {"gold": g, "predicted": p, "count": count}
        for (g, p), count in sorted(pairs.items(), key=lambda item: (-item[1], item[0]))
        if g != p
    ]
    return {
        "items": total,
        "accuracy": round(sum(pairs[(label, label)] for label in labels) / total, 4),
        "weighted_f1": round(weighted, 4),
        "macro_f1": round(macro, 4),
        "per_class": per_label,
        "confusions": confusions[:15],
    }


def _summary(scores: dict[str, Any]) -> dict[str, Any]:
    return {key: scores[key] for key in ("items", "accuracy", "weighted_f1", "macro_f1")}


def _case_code(event_type: EventType | None) -> str:
    return NONE if event_type is None else _CODE_OF.get(event_type, NONE)


def calibration(confidences: Sequence[float], correct: Sequence[bool]) -> list[dict[str, Any]]:
    """How far the confidence can be trusted: per band of confidence, how many answers, their mean confidence and
    the share that were right (well calibrated when the two agree)."""
    bands = [(0.0, 0.4), (0.4, 0.6), (0.6, 0.8), (0.8, 1.01)]
    table = []
    for low, high in bands:
        inside = [(c, ok) for c, ok in zip(confidences, correct, strict=True) if low <= c < high]
        if inside:
            table.append(
                {
                    "confidence": f"{low:.1f}-{min(high, 1.0):.1f}",
                    "answers": len(inside),
                    "mean_confidence": round(sum(c for c, _ in inside) / len(inside), 3),
                    "accuracy": round(sum(ok for _, ok in inside) / len(inside), 3),
                }
            )
    return table


def _score_case(texts: list[LabelledText], readings: list[EventTypeReading]) -> dict[str, Any]:
    acled = [(text, reading) for text, reading in zip(texts, readings, strict=True) if text.gold in CASE_CODES]
    gold_25 = [text.gold for text, _ in acled]
    # Every snippet of the 25-class task reports an ACLED event: the best ACLED type, even over "none".
    forced = [_case_code(reading.ranked[0][0] if reading.ranked else None) for _, reading in acled]
    gold_30 = [text.gold if text.gold in CASE_CODES else NONE for text in texts]
    own = [_case_code(reading.choice.value if reading.choice else None) for reading in readings]
    cues_25 = [_case_code(reading.by_cues) for _, reading in acled]
    cues_30 = [_case_code(reading.by_cues) for reading in readings]
    answered = [
        (reading.choice.confidence, code == gold)
        for reading, code, gold in zip(readings, own, gold_30, strict=True)
        if reading.choice
    ]
    return {
        "acled_25_classes": f1_scores(gold_25, forced) if acled else None,
        "all_30_classes_other_five_as_none": f1_scores(gold_30, own),
        "calibration_of_answers": calibration([c for c, _ in answered], [ok for _, ok in answered]),
        "baseline_lexicon_rules": {
            "acled_25_classes": _summary(f1_scores(gold_25, cues_25)) if acled else None,
            "all_30_classes_other_five_as_none": _summary(f1_scores(gold_30, cues_30)),
        },
    }


def _lenient(texts: list[LabelledText], predicted: list[str]) -> list[str]:
    """The gold labels with an old Riots/Protests event's gold set to the prediction when it is either type."""
    return [p if p in text.lenient else text.gold for text, p in zip(texts, predicted, strict=True)]


def _score_acled(texts: list[LabelledText], readings: list[EventTypeReading]) -> dict[str, Any]:
    strict_gold = [text.gold for text in texts]
    own = [reading.choice.value.event_type if reading.choice else NONE for reading in readings]
    forced = [reading.event_types[0][0] if reading.event_types else NONE for reading in readings]
    cues = [reading.by_cues.event_type if reading.by_cues else NONE for reading in readings]
    return {
        "strict": f1_scores(strict_gold, own),
        "lenient": _summary(f1_scores(_lenient(texts, own), own)),
        "best_type_even_over_none": {
            "strict": _summary(f1_scores(strict_gold, forced)),
            "lenient": _summary(f1_scores(_lenient(texts, forced), forced)),
        },
        "baseline_lexicon_rules": {
            "strict": _summary(f1_scores(strict_gold, cues)),
            "lenient": _summary(f1_scores(_lenient(texts, cues), cues)),
        },
        "predicted_none": own.count(NONE),
    }


def evaluate_event_types(
    data: Path,
    settings: Settings,
    limit: int | None = None,
    keep_db: Path | None = None,
    on_progress: ProgressCallback | None = None,
) -> dict[str, Any]:
    """Classify every text through the pipeline and score the answers (see the module's docstring)."""
    layout, texts = read_event_type_corpus(data, limit)
    extractor = Extractor.open(settings.cache_dir)  # loaded before the clock starts: start-up is not speed
    list(read_event_types(["Troops clashed with rebels near the town."], settings, extractor))
    started = time.perf_counter()
    readings: list[EventTypeReading] = []
    for reading in read_event_types((text.text for text in texts), settings, extractor):
        readings.append(reading)
        if on_progress:
            on_progress("classify")
    seconds = time.perf_counter() - started
    scores = _score_case(texts, readings) if layout == "case2021" else _score_acled(texts, readings)
    return {
        "task": "event-types",
        "data": str(data),
        "layout": layout,
        "texts": len(texts),
        **scores,
        "seconds": round(seconds, 2),
        "texts_per_second": round(len(texts) / seconds, 1) if seconds else None,
    }
