"""Browsing queries over a real SQLite store: filters, full-text search, map grid, timeline, facets."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from crosswire.model import FactStatus
from crosswire.settings import database_url
from crosswire.store import Store
from crosswire.store.queries import (
    BoundingBox,
    EventQuery,
    SyntheticEvent,
    add_synthetic_events,
    event_clusters,
    event_facets,
    event_page,
    event_timeline,
)


def _event(headline: str, day: date, place: str, country: str, lat: float, lon: float, **kw: object) -> SyntheticEvent:
    values: dict[str, object] = {
        "headline": headline,
        "event_date": day,
        "event_type": "Battles",
        "sub_event_type": "Armed clash",
        "place_name": place,
        "country": country,
        "admin1": "",
        "lat": lat,
        "lon": lon,
        "killed": 1,
        "injured": None,
        "independent_sources": 1,
        "facts": [("killed", "1", "single-source")],
    }
    values.update(kw)
    return SyntheticEvent(**values)  # type: ignore[arg-type]


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    store = Store(database_url(str(tmp_path / "browse.db")))
    with store.transaction() as session:
        add_synthetic_events(
            session.db,
            [
                _event("Clash at Konduga market", date(2026, 1, 5), "Konduga", "Nigeria", 11.65, 13.42, killed=9),
                _event(
                    "Protest in Nairobi",
                    date(2026, 2, 1),
                    "Nairobi",
                    "Kenya",
                    -1.28,
                    36.82,
                    event_type="Protests",
                    killed=None,
                    independent_sources=3,
                    facts=[("killed", "2", "contested"), ("killed", "5", "contested")],
                ),
                _event("Raid on Suva port", date(2025, 6, 1), "Suva", "Fiji", -18.14, 178.44),
                _event("Storm of Apia", date(2025, 6, 2), "Apia", "Samoa", -13.83, -171.76),
            ],
        )
    yield store
    store.close()


def _ids(store: Store, query: EventQuery) -> set[str]:
    with store.reading() as session:
        return {event.place_name or "" for event in event_page(session.db, query, 50, 0).events}


def test_filters_combine_in_sql(store: Store) -> None:
    assert _ids(store, EventQuery(country="KENYA")) == {"Nairobi"}
    assert _ids(store, EventQuery(min_sources=2)) == {"Nairobi"}
    assert _ids(store, EventQuery(status=FactStatus.CONTESTED)) == {"Nairobi"}
    assert _ids(store, EventQuery(since=date(2026, 1, 1), event_type="battles")) == {"Konduga"}
    assert _ids(store, EventQuery(bbox=BoundingBox(0, 0, 40, 20))) == {"Konduga"}


def test_a_window_across_the_antimeridian_holds_both_sides(store: Store) -> None:
    assert _ids(store, EventQuery(bbox=BoundingBox(170, -25, -165, -10))) == {"Suva", "Apia"}


def test_search_matches_word_prefixes_and_never_parses_user_syntax(store: Store) -> None:
    assert _ids(store, EventQuery(text="konduga MARK")) == {"Konduga"}
    assert _ids(store, EventQuery(text="nigeria")) == {"Konduga"}  # the country is searched too
    assert _ids(store, EventQuery(text='"unbalanced AND (')) == set()
    assert _ids(store, EventQuery(text="!!!")) == set()


def test_search_index_follows_updates_and_deletes(store: Store) -> None:
    with store.transaction() as session:
        session.db.execute(text("UPDATE events SET headline = 'Ambush near Gwoza' WHERE place_name = 'Konduga'"))
        session.db.execute(text("DELETE FROM events WHERE place_name = 'Suva'"))
    assert _ids(store, EventQuery(text="gwoza")) == {"Konduga"}
    assert _ids(store, EventQuery(text="market")) == set()
    assert _ids(store, EventQuery(text="suva")) == set()


def test_page_counts_all_matches_and_orders_newest_first(store: Store) -> None:
    with store.reading() as session:
        page = event_page(session.db, EventQuery(), 2, 1)
    assert page.total == 4
    assert [event.place_name for event in page.events] == ["Konduga", "Apia"]


def test_clusters_sum_events_and_name_the_single_ones(store: Store) -> None:
    with store.reading() as session:
        coarse = event_clusters(session.db, EventQuery(), 180.0)
        fine = event_clusters(session.db, EventQuery(), 1.0)
    assert sum(cluster.count for cluster in coarse) == 4 and len(coarse) < 4
    assert len(fine) == 4 and all(cluster.event_id is not None for cluster in fine)
    konduga = next(cluster for cluster in fine if cluster.lat > 10)
    assert konduga.killed == 9 and konduga.types == {"Battles": 1}


def test_timeline_buckets_and_auto_choice(store: Store) -> None:
    with store.reading() as session:
        auto = event_timeline(session.db, EventQuery(), "auto")
        years = event_timeline(session.db, EventQuery(), "year")
    assert [(bucket.start, bucket.count) for bucket in auto] == [
        (date(2025, 6, 1), 2),
        (date(2026, 1, 1), 1),
        (date(2026, 2, 1), 1),
    ]
    assert {bucket.size for bucket in auto} == {"month"}
    assert [(bucket.start.year, bucket.count) for bucket in years] == [(2025, 2), (2026, 2)]


def test_facets_count_types_and_countries(store: Store) -> None:
    with store.reading() as session:
        facets = event_facets(session.db)
    assert facets.event_types == [("Battles", 3), ("Protests", 1)]
    assert facets.first_date == date(2025, 6, 1) and facets.last_date == date(2026, 2, 1) and facets.total == 4


def test_upgrading_an_older_store_indexes_its_events_for_search(tmp_path: Path) -> None:
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine

    from crosswire.store.database import MIGRATIONS

    url = database_url(str(tmp_path / "old.db"))
    engine = create_engine(url)
    with engine.begin() as connection:
        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS))
        config.attributes["connection"] = connection
        command.upgrade(config, "0005")
        connection.execute(
            text(
                "INSERT INTO events (headline, place_name, actors, independent_sources, article_count, rules, "
                "profile, updated_at) VALUES ('Ambush near Gwoza', 'Gwoza', '[]', 1, 1, '{}', '{}', '2026-01-01')"
            )
        )
    engine.dispose()
    store = Store(url)  # opening migrates to the newest revision
    try:
        assert _ids(store, EventQuery(text="gwoza")) == {"Gwoza"}
    finally:
        store.close()


def test_the_search_without_full_text_index_reads_the_same_columns(store: Store) -> None:
    """Other databases search with LIKE; the words found must be the same as SQLite's index finds."""
    from sqlalchemy import select

    from crosswire.store import schema
    from crosswire.store.queries import _search_condition

    class OtherDialect:
        name = "postgresql"

    class OtherConnection:
        dialect = OtherDialect()

    with store.reading() as session:
        for words, expected in (
            (["protests"], {"Nairobi"}),
            (["konduga", "mark"], {"Konduga"}),
            (["kenya"], {"Nairobi"}),
        ):
            condition = _search_condition(OtherConnection(), words)  # type: ignore[arg-type]
            found = {row.place_name for row in session.db.execute(select(schema.events).where(condition))}
            assert found == expected
