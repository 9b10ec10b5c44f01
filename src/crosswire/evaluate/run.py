"""Running a labelled corpus through the real pipeline, the way every evaluation that needs events does it."""

from __future__ import annotations

import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from crosswire.errors import ConfigError
from crosswire.evaluate.corpus import LabelledDocument
from crosswire.model import COUNT_FIELDS, Count, EventRecord
from crosswire.pipeline import Crosswire, IngestReport, ProgressCallback
from crosswire.settings import Settings


@dataclass
class CorpusRun:
    """What the pipeline made of a corpus: each document's event (None when it was not stored) and the events."""

    documents: list[LabelledDocument]
    event_of: list[int | None]
    events: dict[int, EventRecord]
    report: IngestReport
    seconds: float
    # Each document's own counts (field name -> figure), as its article's claims state them: extraction alone,
    # before clustering and reconciliation decide the event's figure. None when the document was not stored.
    counts_of: list[dict[str, int] | None] | None = None

    @property
    def articles_per_second(self) -> float | None:
        return round(len(self.report.added) / self.seconds, 2) if self.seconds else None


def run_corpus(
    documents: list[LabelledDocument],
    settings: Settings,
    keep_db: Path | None = None,
    on_progress: ProgressCallback | None = None,
) -> CorpusRun:
    """Ingest the documents in publication order into a fresh database (temporary unless `keep_db` names a new
    file) and read back each document's event and every event record."""
    if keep_db is not None and keep_db.exists():
        raise ConfigError(f"--keep-db {keep_db} exists already: give a new file name")
    documents = sorted(documents, key=lambda document: document.published or "")
    with tempfile.TemporaryDirectory(prefix="crosswire-eval-") as folder:
        db = str(keep_db if keep_db is not None else Path(folder) / "eval.db")
        with Crosswire(Settings(db=db, max_input_bytes=settings.max_input_bytes, cache_dir=settings.cache_dir)) as cw:
            cw.extractor  # load models before the clock starts: start-up is not throughput  # noqa: B018
            started = time.perf_counter()
            report = cw.ingest_inputs([document.raw_input() for document in documents], on_progress=on_progress)
            seconds = time.perf_counter() - started
            assignment = cw.article_events()
            events = {record.id: record for record in cw.events() if record.id is not None}
            counts_by_hash = _article_counts(cw)
    # Identical documents are one stored article (ingest is idempotent); each keeps its own gold label.
    hashes = [document.raw_input().content_hash for document in documents]
    event_of = [assignment.get(content_hash) for content_hash in hashes]
    counts_of = [counts_by_hash.get(content_hash) for content_hash in hashes]
    return CorpusRun(documents, event_of, events, report, seconds, counts_of)


def _article_counts(cw: Crosswire) -> dict[str, dict[str, int]]:
    """Each stored article's own count claims, keyed by the content hash of its raw input."""
    with cw.store.reading() as session:
        stored = {item.article.id: item.article.content_hash for item in session.stored_articles()}
        claims = session.claims_of_articles([article_id for article_id in stored if article_id is not None])
    found: dict[str, dict[str, int]] = {content_hash: {} for content_hash in stored.values()}
    for claim in claims:
        if claim.field in COUNT_FIELDS and isinstance(claim.value, Count) and claim.article_id in stored:
            found[stored[claim.article_id]][claim.field.value] = claim.value.best
    return found
