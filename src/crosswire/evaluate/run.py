"""Running a labelled corpus through the real pipeline, the way every evaluation that needs events does it."""

from __future__ import annotations

import tempfile
import time
from dataclasses import dataclass, field, replace
from pathlib import Path

from crosswire.errors import ConfigError
from crosswire.evaluate.corpus import LabelledDocument
from crosswire.model import Claim, ClaimField, EventRecord
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
    article_of: list[int | None] = field(default_factory=list)  # each document's stored article id
    claims: dict[int, list[Claim]] = field(default_factory=dict)  # each article's slot claims (statements left out)

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
        with Crosswire(replace(settings, db=db)) as cw:
            cw.extractor  # load models before the clock starts: start-up is not throughput  # noqa: B018
            started = time.perf_counter()
            report = cw.ingest_inputs([document.raw_input() for document in documents], on_progress=on_progress)
            seconds = time.perf_counter() - started
            index = cw.article_index()
            events = {record.id: record for record in cw.events() if record.id is not None}
            claims: dict[int, list[Claim]] = {}
            for claim in cw.claims(sorted(article_id for article_id, _ in index.values())):
                if claim.article_id is not None and claim.field is not ClaimField.STATEMENT:
                    claims.setdefault(claim.article_id, []).append(claim)
    # Identical documents are one stored article (ingest is idempotent); each keeps its own gold label.
    hashes = [document.raw_input().content_hash for document in documents]
    event_of = [index[content_hash][1] if content_hash in index else None for content_hash in hashes]
    article_of = [index[content_hash][0] if content_hash in index else None for content_hash in hashes]
    return CorpusRun(documents, event_of, events, report, seconds, article_of, claims)
