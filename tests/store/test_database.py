"""The SQLite store: schema by migration on first use, WAL and foreign keys, and records that round-trip."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine

from crosswire.errors import StoreError
from crosswire.model import (
    Article,
    ArticleRef,
    Claim,
    ClaimField,
    Count,
    EventDate,
    EventRecord,
    InputFormat,
    MergeDecision,
    RawInput,
)
from crosswire.reconcile import build_event_record
from crosswire.settings import database_url
from crosswire.store import Store
from crosswire.store.database import MIGRATIONS


def test_first_use_creates_the_schema_through_alembic(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    Store(database_url(str(path))).close()
    with sqlite3.connect(path) as connection:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert {
            "articles",
            "claims",
            "events",
            "event_articles",
            "event_keys",
            "facts",
            "fact_sources",
        } <= tables
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone()[0] == _head()
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def _head() -> str:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    head = ScriptDirectory.from_config(config).get_current_head()
    assert head is not None
    return head


def test_a_database_of_the_first_schema_is_upgraded_keeping_its_articles(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    engine = create_engine(database_url(str(path)))
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
        connection.exec_driver_sql(
            "INSERT INTO articles (content_hash, source, input_format, payload, title, text, boilerplate_removed, "
            "origin, ingested_at) VALUES ('h', 'old.txt', 'text', 'T\n\nBody', 'T', 'Body', 0, 'article:h', "
            "'2026-01-01 00:00:00')"
        )
    engine.dispose()
    store = Store(database_url(str(path)))
    with store.reading() as session:
        assert session.article_count() == 1
        assert session.term_frequencies(["anything"]) == {}
    store.close()
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone()[0] == _head()


def test_connections_enforce_foreign_keys(tmp_path: Path) -> None:
    store = Store(database_url(str(tmp_path / "fk.db")))
    with store.reading() as session:
        assert session.db.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    store.close()


def test_a_folder_that_does_not_exist_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="does not exist"):
        Store(database_url(str(tmp_path / "nowhere" / "x.db")))


def test_a_file_that_is_not_a_database_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("these are my notes, not a database\n" * 100)
    with pytest.raises(StoreError, match="cannot open or migrate"):
        Store(database_url(str(path)))
    assert path.read_text().startswith("these are my notes")  # and nothing was overwritten


def test_event_record_round_trips(tmp_path: Path) -> None:
    store = Store(database_url(str(tmp_path / "rt.db")))
    raw = RawInput("t.txt", InputFormat.TEXT, "Title\n\nTwo people were killed.", outlet="Daily")
    article = Article(
        raw.content_hash,
        "t.txt",
        "Title",
        "Two people were killed.",
        outlet="Daily",
        published=datetime(2026, 11, 4, 8, 30),
    )
    claims = [
        Claim(
            ClaimField.KILLED,
            Count(2, 2, "Two people"),
            "Two people were killed",
            "Two people were killed.",
            0,
            23,
            "test",
            0.9,
        ),
        Claim(
            ClaimField.EVENT_DATE,
            EventDate(date(2026, 11, 3)),
            "Tuesday",
            "Two people were killed.",
            0,
            23,
            "test",
            0.9,
        ),
    ]
    with store.transaction() as session:
        article_id = session.add_article(raw, article, "outlet:daily", None)
        session.add_claims(article_id, claims)
        event_id = session.create_event("Title")
        session.attach_article(event_id, MergeDecision(article_id, False, 0.0, {"summary": "started a new event"}))
        refs = session.event_article_refs(event_id)
        record = build_event_record(refs, session.claims_of_articles([article_id]))
        session.save_event(event_id, record, {"event_id": event_id}, ["name:daily"])
    with store.reading() as session:
        loaded: EventRecord = session.event(event_id)
        assert session.candidate_events(["name:daily"])[0][0] == event_id
        assert session.candidate_events(["name:other"]) == []
    assert loaded.killed == 2
    assert loaded.event_date == EventDate(date(2026, 11, 3))
    assert loaded.articles == [
        ArticleRef(article_id, "Title", "Daily", None, datetime(2026, 11, 4, 8, 30), "outlet:daily")
    ]
    assert [(f.field, f.value, f.sources[0].quote) for f in loaded.facts] == [
        (ClaimField.EVENT_DATE, "2026-11-03", "Two people were killed."),
        (ClaimField.KILLED, "2", "Two people were killed."),
    ]
    assert loaded.decisions[0].explanation == "started a new event"
    store.close()


def test_a_failed_transaction_leaves_nothing_behind(tmp_path: Path) -> None:
    store = Store(database_url(str(tmp_path / "tx.db")))
    raw = RawInput("t.txt", InputFormat.TEXT, "Title\n\nBody text here.")
    article = Article(raw.content_hash, "t.txt", "Title", "Body text here.")
    with pytest.raises(RuntimeError), store.transaction() as session:
        session.add_article(raw, article, "article:x", None)
        raise RuntimeError("crash between writes")
    with store.reading() as session:
        assert session.article_count() == 0
    store.close()


def test_schema_revision_constant_is_the_newest_migration() -> None:
    from crosswire.store.database import SCHEMA_REVISION

    assert _head() == SCHEMA_REVISION
