"""`crosswire eval counts`: fatalities and actors read from ACLED's coder-written notes, against ACLED's own coding.

Each event's notes go through the same extractor as any article (`pipeline.analyse_texts`), published on the
event's date. Fatalities are compared exactly, after ACLED's conventions for vague figures (`acled_fatalities`):
a note that states no death is 0. Actors are scored on what ACLED's 2016 data gives: the actor names and the
interaction code (the two actors' type digits, without saying which actor holds which), so actor1's type is right
when its digit is in the interaction code, and the pair of types is right when both digits match.
"""

from __future__ import annotations

import re
import time
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from crosswire.errors import ConfigError
from crosswire.evaluate.corpus import read_jsonl
from crosswire.evaluate.metrics import tally
from crosswire.extract.counts import acled_fatalities
from crosswire.model import Actor, ActorRole, ArticleAnalysis, ClaimField, Count
from crosswire.pipeline import ProgressCallback, analyse_texts
from crosswire.settings import Settings

ACLED_FILE = "events.jsonl"


@dataclass(frozen=True)
class CodedEvent:
    """An ACLED event: its notes and what ACLED's coders made of them."""

    id: str
    notes: str
    day: date | None
    fatalities: int
    actor1: str
    actor2: str
    interaction: str


def _coded_event(record: dict[str, Any]) -> CodedEvent:
    return CodedEvent(
        id=str(record.get("id", "")),
        notes=record.get("notes") or "",
        day=date.fromisoformat(record["date"]) if record.get("date") else None,
        fatalities=int(record.get("fatalities") or 0),
        actor1=record.get("actor1") or "",
        actor2=record.get("actor2") or "",
        interaction=str(record.get("interaction") or ""),
    )


def read_coded_events(data: Path, limit: int | None = None) -> list[CodedEvent]:
    """ACLED events of a file, or of `events.jsonl` in a folder, in file order."""
    path = data if data.is_file() else data / ACLED_FILE
    if not path.is_file():
        raise ConfigError(f"{data}: no {ACLED_FILE} (ACLED events, one JSON object a line) in this folder")
    events: list[CodedEvent] = []
    for event in read_jsonl(path, _coded_event, "an ACLED event"):
        events.append(event)
        if limit is not None and len(events) >= limit:
            break
    return events


def _bare_name(name: str) -> str:
    """An ACLED actor name without its period ("Military Forces of Nigeria (2015-)" -> "military forces of nigeria")."""
    return re.sub(r"\s*\(\d{4}-\d{0,4}\)", "", name).strip().lower()


def score_event(event: CodedEvent, analysis: ArticleAnalysis, hits: Counter[str], cases: Counter[str]) -> None:
    """Add one event's fatalities and actors to the tallies."""
    killed = next((c.value for c in analysis.claims if c.field is ClaimField.KILLED), None)
    predicted = acled_fatalities(killed if isinstance(killed, Count) else None)
    cases["fatalities"] += 1
    hits["fatalities_exact"] += predicted == event.fatalities
    hits["fatalities_within_1"] += abs(predicted - event.fatalities) <= 1
    hits["fatal_event_agrees"] += (predicted > 0) == (event.fatalities > 0)
    actors = [c.value for c in analysis.claims if c.field is ClaimField.ACTOR and isinstance(c.value, Actor)]
    by_role = {actor.role: actor for actor in actors if actor.role is not None}
    gold_codes = sorted(event.interaction) if len(event.interaction) == 2 else None
    if gold_codes is None or not event.actor1:
        return
    cases["actors"] += 1
    actor1, actor2 = by_role.get(ActorRole.ACTOR1), by_role.get(ActorRole.ACTOR2)
    hits["actor1_found"] += actor1 is not None
    if actor1 is not None and actor1.actor_type is not None:
        hits["actor1_type_in_interaction"] += str(actor1.actor_type.inter_code) in event.interaction
    codes = sorted(
        str(actor.actor_type.inter_code) if actor is not None and actor.actor_type is not None else "0"
        for actor in (actor1, actor2)
    )
    hits["interaction_exact"] += codes == gold_codes
    gold_names = {_bare_name(event.actor1), _bare_name(event.actor2)} - {""}
    hits["actor1_name_exact"] += actor1 is not None and _bare_name(actor1.name) == _bare_name(event.actor1)
    hits["actor1_name_either_side"] += actor1 is not None and _bare_name(actor1.name) in gold_names


def evaluate_counts(
    data: Path,
    settings: Settings,
    limit: int | None = None,
    keep_db: Path | None = None,
    on_progress: ProgressCallback | None = None,
) -> dict[str, Any]:
    """Extract fatalities and actors from each ACLED note and score them against ACLED's coding."""
    del keep_db, on_progress  # nothing is stored: notes are analysed, not ingested
    events = read_coded_events(data, limit)
    started = time.perf_counter()
    texts = ((event.notes, datetime.combine(event.day, datetime.min.time()) if event.day else None) for event in events)
    hits: Counter[str] = Counter()
    cases: Counter[str] = Counter()
    for event, analysis in zip(events, analyse_texts(texts, settings), strict=True):
        score_event(event, analysis, hits, cases)
    seconds = time.perf_counter() - started
    result: dict[str, Any] = {"task": "counts", "data": str(data), "events": len(events)}
    for name in ("fatalities_exact", "fatalities_within_1", "fatal_event_agrees"):
        result[name] = tally(hits[name], cases["fatalities"])
    for name in (
        "actor1_found",
        "actor1_type_in_interaction",
        "interaction_exact",
        "actor1_name_exact",
        "actor1_name_either_side",
    ):
        result[name] = tally(hits[name], cases["actors"])
    result["seconds"] = round(seconds, 2)
    result["notes_per_second"] = round(len(events) / seconds, 1) if seconds else None
    return result
