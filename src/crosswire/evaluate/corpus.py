"""Reading evaluation corpora in place (they are third-party data and never copied into the repository)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from crosswire.errors import ConfigError
from crosswire.model import InputFormat, RawInput

T = TypeVar("T")
GVA_FILE = "articles.jsonl"  # id, incident, title, text, published, url
ECB_FILE = "documents.jsonl"  # id, topic, subtopic, title, text (no dates)


@dataclass(frozen=True)
class LabelledDocument:
    """A corpus document with its gold event label."""

    id: str
    gold: str
    title: str
    text: str
    published: str | None = None
    url: str | None = None

    def raw_input(self) -> RawInput:
        """The document as a JSONL record would bring it, so that it goes through ingest like any other input."""
        record = {"title": self.title, "text": self.text, "published": self.published, "url": self.url}
        payload = json.dumps({key: value for key, value in record.items() if value}, ensure_ascii=False)
        return RawInput(source=f"doc:{self.id}", format=InputFormat.JSON, payload=payload)


def read_jsonl(path: Path, parse: Callable[[dict[str, Any]], T], what: str) -> Iterator[T]:
    """Each non-empty line of a JSONL file, parsed; a line that is not JSON or not `what` stops with its number."""
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                yield parse(json.loads(line))
            except (json.JSONDecodeError, KeyError, ValueError, TypeError) as error:
                raise ConfigError(f"{path} line {number}: not {what} ({error})") from None


def _labelled_document(record: dict[str, Any]) -> LabelledDocument:
    return LabelledDocument(
        id=str(record["id"]),
        gold=str(record.get("incident") or record.get("subtopic")),
        title=record.get("title") or "",
        # ECB+ keeps the first sentence as the title: a one-sentence document has empty text.
        text=record["text"] or record.get("title") or "",
        published=record.get("published"),
        url=record.get("url"),
    )


def read_clustering_corpus(data: Path, limit: int | None = None) -> list[LabelledDocument]:
    """Documents of a GVA-format (`articles.jsonl`) or ECB+-format (`documents.jsonl`) folder, in file order."""
    if data.is_file():
        path = data
    elif (data / GVA_FILE).is_file():
        path = data / GVA_FILE
    elif (data / ECB_FILE).is_file():
        path = data / ECB_FILE
    else:
        raise ConfigError(f"{data}: no {GVA_FILE} (GVA format) or {ECB_FILE} (ECB+ format) in this folder")
    documents = []
    for document in read_jsonl(path, _labelled_document, "a corpus record"):
        documents.append(document)
        if limit is not None and len(documents) >= limit:
            break
    return documents
