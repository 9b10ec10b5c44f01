"""The store: the only place that knows SQL. Stages hand it model objects and get model objects back.

Every ingested article is written in one transaction together with its claims, its event and the event's
record, so a crash or a kill leaves either all of it or none of it; running the same ingest again completes it.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Connection,
    Engine,
    Table,
    create_engine,
    delete,
    event,
    func,
    insert,
    inspect,
    select,
    text,
    update,
)
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from crosswire.errors import NotFoundError, StoreError
from crosswire.model import (
    Article,
    ArticleRef,
    Claim,
    ClaimField,
    CountRange,
    EventDate,
    EventRecord,
    EventType,
    Fact,
    FactStatus,
    InputFormat,
    MergeDecision,
    Place,
    RawInput,
    SourceQuote,
    claim_value_from_json,
)
from crosswire.store import queries, schema

MIGRATIONS = Path(__file__).parent / "migrations"


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


@dataclass(frozen=True)
class StoredArticle:
    """An article as stored, with what is needed to rebuild it: the raw input, its origin and signature."""

    article: Article
    raw: RawInput
    origin: str
    signature: bytes | None
    event_id: int | None


@dataclass(frozen=True)
class EventFilter:
    """Which events to list."""

    limit: int | None = None
    offset: int = 0
    since: date | None = None
    until: date | None = None
    country: str | None = None
    event_type: str | None = None
    min_sources: int | None = None


SCHEMA_REVISION = "0008"  # the newest migration in migrations/versions; a test keeps the two in step


def _stored_revision(connection: Connection) -> str | None:
    """The schema revision Alembic recorded in this database, or None for a new (or pre-Alembic) database."""
    if not inspect(connection).has_table("alembic_version"):
        return None
    row = connection.execute(text("SELECT version_num FROM alembic_version")).first()
    return str(row[0]) if row else None


class Store:
    """An open crosswire database (SQLite by default; any SQLAlchemy URL)."""

    def __init__(self, url: str) -> None:
        self.url = url
        try:
            parsed = make_url(url)
        except Exception as error:
            raise StoreError(f"--db {url!r} is not a database URL or file path ({error})") from None
        self.is_sqlite = parsed.get_backend_name() == "sqlite"
        if self.is_sqlite and parsed.database and parsed.database != ":memory:":
            folder = Path(parsed.database).expanduser().resolve().parent
            if not folder.is_dir():
                raise StoreError(f"cannot create the database {parsed.database}: folder {folder} does not exist")
        self.engine: Engine = create_engine(url)
        if self.is_sqlite:
            event.listen(self.engine, "connect", _sqlite_pragmas)
        self._migrate()

    def close(self) -> None:
        self.engine.dispose()

    def _migrate(self) -> None:
        """Create or upgrade the schema to the latest migration (first use creates it).

        A store already at the latest revision is recognised from its version table alone: Alembic (a fifth of a
        second to import) is loaded only when there is something to create or upgrade.
        """
        try:
            with self.engine.begin() as connection:
                if _stored_revision(connection) == SCHEMA_REVISION:
                    return
                from alembic import command
                from alembic.config import Config
                from alembic.script import ScriptDirectory

                config = Config()
                config.set_main_option("script_location", str(MIGRATIONS))
                head = ScriptDirectory.from_config(config).get_current_head()
                if head != SCHEMA_REVISION:
                    raise StoreError(f"SCHEMA_REVISION is {SCHEMA_REVISION} but the newest migration is {head}")
                config.attributes["connection"] = connection
                command.upgrade(config, "head")
        except SQLAlchemyError as error:
            raise StoreError(
                f"cannot open or migrate the database {self.url}: {error.__class__.__name__}: "
                f"{str(error).splitlines()[0]}"
            ) from None

    @contextmanager
    def transaction(self) -> Iterator[StoreSession]:
        """One unit of work: committed at the end, rolled back entirely on any error."""
        with self.engine.begin() as connection:
            yield StoreSession(connection)

    @contextmanager
    def reading(self) -> Iterator[StoreSession]:
        with self.engine.connect() as connection:
            yield StoreSession(connection)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


class StoreSession:
    """Reads and writes within one connection (and, when opened by `Store.transaction`, one transaction)."""

    def __init__(self, connection: Connection) -> None:
        self.db = connection

    # articles -----------------------------------------------------------------------------------------------

    def has_article(self, content_hash: str) -> bool:
        query = select(schema.articles.c.id).where(schema.articles.c.content_hash == content_hash)
        return self.db.execute(query).first() is not None

    def outlet_places(self, outlet: str, latest: int = 200) -> list[Place]:
        """The event places claimed by the outlet's latest articles (up to `latest`), newest first."""
        a, c = schema.articles, schema.claims
        recent = select(a.c.id).where(a.c.outlet == outlet).order_by(a.c.id.desc()).limit(latest).subquery()
        query = (
            select(c.c.value)
            .where(c.c.article_id.in_(select(recent.c.id)), c.c.field == ClaimField.LOCATION.value)
            .order_by(c.c.article_id.desc())
        )
        return [Place.from_json(row.value) for row in self.db.execute(query)]

    def add_article(self, raw: RawInput, article: Article, origin: str, signature: bytes | None) -> int:
        result = self.db.execute(
            insert(schema.articles).values(
                content_hash=raw.content_hash,
                source=raw.source,
                input_format=raw.format.value,
                payload=raw.payload,
                given_title=raw.title,
                given_outlet=raw.outlet,
                given_url=raw.url,
                given_published=raw.published,
                ingested_at=_now(),
                **_derived_values(article, origin, signature),
            )
        )
        article_id = _inserted_id(result)
        article.id = article_id
        return article_id

    def set_origin(self, article_id: int, origin: str) -> None:
        self.db.execute(update(schema.articles).where(schema.articles.c.id == article_id).values(origin=origin))

    def article_count(self) -> int:
        return int(self.db.execute(select(func.count()).select_from(schema.articles)).scalar_one())

    def signatures(self) -> Iterator[tuple[int, bytes, datetime | None]]:
        a = schema.articles
        query = select(a.c.id, a.c.signature, a.c.published).where(a.c.signature.is_not(None))
        for article_id, signature, published in self.db.execute(query):
            yield int(article_id), bytes(signature), published

    def stored_articles(self, ids: Sequence[int] | None = None) -> Iterator[StoredArticle]:
        """Stored articles in ingestion order, with their raw inputs."""
        a, ea = schema.articles, schema.event_articles
        query = select(a, ea.c.event_id).outerjoin(ea, ea.c.article_id == a.c.id).order_by(a.c.id)
        if ids is not None:
            query = query.where(a.c.id.in_(list(ids)))
        for row in self.db.execute(query).mappings():
            yield _stored_article(row)

    def article(self, article_id: int) -> StoredArticle:
        found = next(self.stored_articles([article_id]), None)
        if found is None:
            raise NotFoundError(f"there is no article {article_id}")
        return found

    def replace_article_text(self, article_id: int, article: Article, origin: str, signature: bytes | None) -> None:
        self.db.execute(
            update(schema.articles)
            .where(schema.articles.c.id == article_id)
            .values(**_derived_values(article, origin, signature))
        )

    # term frequencies ---------------------------------------------------------------------------------------

    def term_frequencies(self, terms: Sequence[str]) -> dict[str, int]:
        """How many stored articles hold each of `terms` (terms never seen are left out)."""
        found: dict[str, int] = {}
        unique = sorted(set(terms))
        t = schema.term_frequencies
        for start in range(0, len(unique), 500):
            query = select(t.c.term, t.c.documents).where(t.c.term.in_(unique[start : start + 500]))
            found.update({row.term: int(row.documents) for row in self.db.execute(query)})
        return found

    def count_terms(self, terms: Sequence[str]) -> None:
        """Count one more article holding each of `terms`."""
        unique = sorted(set(terms))
        if not unique:
            return
        known = self.term_frequencies(unique)
        t = schema.term_frequencies
        fresh = [{"term": term, "documents": 1} for term in unique if term not in known]
        if fresh:
            self.db.execute(insert(t), fresh)
        seen = [term for term in unique if term in known]
        for start in range(0, len(seen), 500):
            self.db.execute(
                update(t).where(t.c.term.in_(seen[start : start + 500])).values(documents=t.c.documents + 1)
            )

    # line sightings -----------------------------------------------------------------------------------------

    def line_sightings(self, hashes: Sequence[str]) -> dict[str, tuple[int, datetime, datetime]]:
        """For each known line hash: in how many articles it was seen, first and last publication time."""
        t = schema.line_sightings
        found: dict[str, tuple[int, datetime, datetime]] = {}
        unique = sorted(set(hashes))
        for start in range(0, len(unique), 500):
            query = select(t).where(t.c.line_hash.in_(unique[start : start + 500]))
            for row in self.db.execute(query):
                found[row.line_hash] = (int(row.articles), row.first_published, row.last_published)
        return found

    def record_lines(self, hashes: Sequence[str], published: datetime) -> None:
        """Note that an article published at `published` holds these lines."""
        t = schema.line_sightings
        known = self.line_sightings(hashes)
        for line_hash in sorted(set(hashes)):
            if line_hash in known:
                articles, first, last = known[line_hash]
                self.db.execute(
                    update(t)
                    .where(t.c.line_hash == line_hash)
                    .values(
                        articles=articles + 1,
                        first_published=min(first, published),
                        last_published=max(last, published),
                    )
                )
            else:
                self.db.execute(
                    insert(t).values(
                        line_hash=line_hash, articles=1, first_published=published, last_published=published
                    )
                )

    # claims -------------------------------------------------------------------------------------------------

    def add_claims(self, article_id: int, claims: Sequence[Claim]) -> None:
        """Store an article's claims in one statement (an article makes dozens), giving each its id."""
        if not claims:
            return
        rows = [
            {
                "article_id": article_id,
                "field": claim.field.value,
                "value": claim.value.to_json(),
                "label": claim.value.label,
                "text": claim.text,
                "quote": claim.quote,
                "start": claim.start,
                "end": claim.end,
                "extractor": claim.extractor,
                "confidence": claim.confidence,
                "attribution": claim.attribution,
                "hedge": claim.hedge,
            }
            for claim in claims
        ]
        for claim, claim_id in zip(claims, self._insert_returning_ids(schema.claims, rows), strict=True):
            claim.id = claim_id
            claim.article_id = article_id

    def _insert_returning_ids(self, table: Table, rows: list[dict[str, Any]]) -> list[int]:
        """Insert many rows at once and return their new ids in the order of `rows`."""
        statement = insert(table).returning(table.c.id, sort_by_parameter_order=True)
        ids = [int(row[0]) for row in self.db.execute(statement, rows)]
        if len(ids) != len(rows):
            raise StoreError(f"the database returned {len(ids)} ids for {len(rows)} new rows of {table.name}")
        return ids

    def claims_of_articles(self, article_ids: Sequence[int]) -> list[Claim]:
        c = schema.claims
        query = select(c).where(c.c.article_id.in_(list(article_ids))).order_by(c.c.article_id, c.c.id)
        return [_claim(row) for row in self.db.execute(query).mappings()]

    # events -------------------------------------------------------------------------------------------------

    def candidate_events(
        self,
        keys: Sequence[str],
        limit: int = 50,
        published: datetime | None = None,
        window_days: int = 45,
    ) -> list[tuple[int, dict[str, Any]]]:
        """Events sharing at least one index key (place or name), most shared keys first: never a full scan.

        With a publication time, only events whose articles were published within `window_days` of it are
        candidates, so the cost per article stays flat however many events the store holds.
        """
        if not keys:
            return []
        k, e = schema.event_keys, schema.events
        shared = select(k.c.event_id, func.count().label("shared")).where(k.c.key.in_(list(keys)))
        if published is not None:
            window = timedelta(days=window_days)
            # a range scan of the (key, last_published) index per key; then the event's start bounds it
            shared = (
                shared.where(k.c.last_published.is_(None) | (k.c.last_published >= published - window))
                .join(e, e.c.id == k.c.event_id)
                .where(e.c.first_published.is_(None) | (e.c.first_published <= published + window))
            )
        ranked = (
            shared.group_by(k.c.event_id).order_by(func.count().desc(), k.c.event_id.desc()).limit(limit).subquery()
        )
        query = (
            select(e.c.id, e.c.profile)
            .join(ranked, ranked.c.event_id == e.c.id)
            .order_by(ranked.c.shared.desc(), e.c.id.desc())
        )
        return [(int(row.id), dict(row.profile)) for row in self.db.execute(query)]

    def event_profile(self, event_id: int) -> dict[str, Any]:
        row = self.db.execute(select(schema.events.c.profile).where(schema.events.c.id == event_id)).first()
        if row is None:
            raise NotFoundError(f"there is no event {event_id}")
        return dict(row.profile)

    def create_event(self, headline: str) -> int:
        result = self.db.execute(
            insert(schema.events).values(
                headline=headline,
                actors=[],
                independent_sources=0,
                article_count=0,
                rules={},
                profile={},
                updated_at=_now(),
            )
        )
        return _inserted_id(result)

    def attach_article(self, event_id: int, decision: MergeDecision, features: dict[str, Any] | None = None) -> None:
        """Put an article in an event, with the decision that put it there and what clustering compared."""
        self.db.execute(
            insert(schema.event_articles).values(
                article_id=decision.article_id,
                event_id=event_id,
                joined=decision.joined,
                score=decision.score,
                reasons=decision.reasons,
                decided_at=_now(),
                features=features,
            )
        )

    def event_reports(self, event_id: int) -> list[tuple[MergeDecision, dict[str, Any] | None]]:
        """The event's articles in the order they were stored: each one's decision and what clustering compared
        (None for an article stored before that was kept)."""
        ea = schema.event_articles
        query = select(ea).where(ea.c.event_id == event_id).order_by(ea.c.article_id)
        return [
            (_decision(row), dict(row["features"]) if row["features"] is not None else None)
            for row in self.db.execute(query).mappings()
        ]

    def event_report(self, article_id: int) -> tuple[int, MergeDecision, dict[str, Any] | None] | None:
        """The event an article is in, the decision that put it there and what clustering compared (None for an
        article stored before that was kept); None for an article in no event."""
        ea = schema.event_articles
        row = self.db.execute(select(ea).where(ea.c.article_id == article_id)).mappings().first()
        if row is None:
            return None
        features = dict(row["features"]) if row["features"] is not None else None
        return int(row["event_id"]), _decision(row), features

    def move_articles(
        self, from_event: int, to_event: int, note: dict[str, Any], article_ids: Sequence[int] | None = None
    ) -> None:
        """Move an event's articles (all, or `article_ids`) to another event, noting the move (a merge or a split)
        in each article's decision, under "merges"."""
        ea = schema.event_articles
        query = select(ea.c.article_id, ea.c.reasons).where(ea.c.event_id == from_event)
        if article_ids is not None:
            query = query.where(ea.c.article_id.in_(list(article_ids)))
        rows = self.db.execute(query).all()
        for article_id, reasons in rows:
            merges = [*dict(reasons).get("merges", []), note]
            self.db.execute(
                update(ea)
                .where(ea.c.article_id == article_id)
                .values(event_id=to_event, reasons={**dict(reasons), "merges": merges})
            )

    def delete_event(self, event_id: int) -> None:
        """Delete an event that has no articles left (its facts and index keys go with it)."""
        ea = schema.event_articles
        if self.db.execute(select(ea.c.article_id).where(ea.c.event_id == event_id).limit(1)).first():
            raise StoreError(f"event {event_id} still has articles; move them before deleting it")
        self.db.execute(delete(schema.events).where(schema.events.c.id == event_id))

    def event_article_refs(self, event_id: int) -> list[ArticleRef]:
        a, ea = schema.articles, schema.event_articles
        query = (
            select(a.c.id, a.c.title, a.c.outlet, a.c.url, a.c.published, a.c.origin)
            .join(ea, ea.c.article_id == a.c.id)
            .where(ea.c.event_id == event_id)
            .order_by(a.c.id)
        )
        return [
            ArticleRef(int(row.id), row.title, row.outlet, row.url, row.published, row.origin)
            for row in self.db.execute(query)
        ]

    def save_event(self, event_id: int, record: EventRecord, profile: dict[str, Any], keys: Sequence[str]) -> None:
        """Replace the event's derived record (fields, facts, index keys) with `record`."""
        e = schema.events
        location = record.location
        published = [article.published for article in record.articles if article.published]
        self.db.execute(
            update(e)
            .where(e.c.id == event_id)
            .values(
                headline=record.headline,
                event_date=record.event_date.day if record.event_date else None,
                date_precision=int(record.event_date.precision) if record.event_date else None,
                event_type=record.event_type.event_type if record.event_type else None,
                sub_event_type=record.event_type.sub_event_type if record.event_type else None,
                location=location.to_json() if location else None,
                place_name=location.name if location else None,
                geonameid=location.geonameid if location else None,
                lat=location.lat if location else None,
                lon=location.lon if location else None,
                admin1=location.admin1 if location else None,
                country=location.country if location else None,
                geo_precision=location.geo_precision if location else None,
                killed=record.killed,
                injured=record.injured,
                arrested=record.arrested,
                kidnapped=record.kidnapped,
                actors=record.actors,
                independent_sources=record.independent_sources,
                article_count=len(record.articles),
                rules=record.rules,
                count_ranges={name: value.to_json() for name, value in record.count_ranges.items()},
                profile=profile,
                first_published=min(published) if published else None,
                last_published=max(published) if published else None,
                updated_at=_now(),
            )
        )
        self.db.execute(delete(schema.facts).where(schema.facts.c.event_id == event_id))
        fact_rows = [
            {
                "event_id": event_id,
                "position": position,
                "field": fact.field.value,
                "value": fact.value,
                "value_json": fact.value_json,
                "status": fact.status.value,
                "independent_sources": fact.independent_sources,
                "note": fact.note or None,
            }
            for position, fact in enumerate(record.facts)
        ]
        links: list[dict[str, int]] = []
        if fact_rows:
            for fact, fact_id in zip(record.facts, self._insert_returning_ids(schema.facts, fact_rows), strict=True):
                claim_ids = {source.claim_id for source in fact.sources if source.claim_id is not None}
                links.extend({"fact_id": fact_id, "claim_id": claim_id} for claim_id in sorted(claim_ids))
        if links:
            self.db.execute(insert(schema.fact_sources), links)
        self.db.execute(delete(schema.event_keys).where(schema.event_keys.c.event_id == event_id))
        unique_keys = sorted(set(keys))
        if unique_keys:
            last = max(published) if published else None
            self.db.execute(
                insert(schema.event_keys),
                [{"event_id": event_id, "key": key, "last_published": last} for key in unique_keys],
            )

    def event_ids(self, flt: EventFilter | None = None) -> list[int]:
        """Event ids matching a filter, newest event date first (events without a date last)."""
        flt = flt or EventFilter()
        query = queries.EventQuery(
            since=flt.since,
            until=flt.until,
            country=flt.country,
            event_type=flt.event_type,
            min_sources=flt.min_sources,
        )
        return queries.matching_ids(self.db, query, flt.limit, flt.offset)

    def events(self, ids: Sequence[int], with_facts: bool = True) -> list[EventRecord]:
        """Full event records (fields, articles, facts with their quotes, merge decisions), in the order of `ids`."""
        if not ids:
            return []
        e = schema.events
        rows = {int(row.id): row for row in self.db.execute(select(e).where(e.c.id.in_(list(ids)))).mappings()}
        missing = [event_id for event_id in ids if event_id not in rows]
        if missing:
            raise NotFoundError(f"there is no event {missing[0]}: `crosswire events` lists the events stored")
        articles = self._articles_by_event(ids)
        facts = self._facts_by_event(ids, articles) if with_facts else {}
        decisions = self._decisions_by_event(ids)
        return [
            _event_record(
                rows[event_id],
                articles.get(event_id, []),
                facts.get(event_id, []),
                decisions.get(event_id, []),
            )
            for event_id in ids
        ]

    def event(self, event_id: int) -> EventRecord:
        return self.events([event_id])[0]

    def event_count(self) -> int:
        return int(self.db.execute(select(func.count()).select_from(schema.events)).scalar_one())

    def _articles_by_event(self, ids: Sequence[int]) -> dict[int, list[ArticleRef]]:
        a, ea = schema.articles, schema.event_articles
        query = (
            select(ea.c.event_id, a.c.id, a.c.title, a.c.outlet, a.c.url, a.c.published, a.c.origin)
            .join(ea, ea.c.article_id == a.c.id)
            .where(ea.c.event_id.in_(list(ids)))
            .order_by(a.c.published.is_(None), a.c.published, a.c.id)
        )
        found: dict[int, list[ArticleRef]] = {}
        for row in self.db.execute(query):
            found.setdefault(int(row.event_id), []).append(
                ArticleRef(int(row.id), row.title, row.outlet, row.url, row.published, row.origin)
            )
        return found

    def _facts_by_event(self, ids: Sequence[int], articles: dict[int, list[ArticleRef]]) -> dict[int, list[Fact]]:
        f, fs, c = schema.facts, schema.fact_sources, schema.claims
        outlets = {ref.id: ref.outlet for refs in articles.values() for ref in refs}
        fact_rows = list(
            self.db.execute(
                select(f).where(f.c.event_id.in_(list(ids))).order_by(f.c.event_id, f.c.position)
            ).mappings()
        )
        sources: dict[int, list[SourceQuote]] = {}
        if fact_rows:
            query = (
                select(
                    fs.c.fact_id,
                    c.c.id,
                    c.c.article_id,
                    c.c.quote,
                    c.c.text,
                    c.c.start,
                    c.c.end,
                    c.c.attribution,
                    c.c.hedge,
                )
                .join(c, c.c.id == fs.c.claim_id)
                .where(fs.c.fact_id.in_([row["id"] for row in fact_rows]))
                .order_by(c.c.article_id)
            )
            for row in self.db.execute(query):
                sources.setdefault(int(row.fact_id), []).append(
                    SourceQuote(
                        int(row.article_id),
                        outlets.get(int(row.article_id)),
                        row.quote,
                        row.text,
                        int(row.start),
                        int(row.end),
                        int(row.id),
                        row.attribution,
                        row.hedge,
                    )
                )
        found: dict[int, list[Fact]] = {}
        for fact_row in fact_rows:
            found.setdefault(int(fact_row["event_id"]), []).append(
                Fact(
                    field=ClaimField(fact_row["field"]),
                    value=fact_row["value"],
                    value_json=dict(fact_row["value_json"]),
                    status=FactStatus(fact_row["status"]),
                    sources=sources.get(int(fact_row["id"]), []),
                    independent_sources=int(fact_row["independent_sources"]),
                    note=fact_row["note"] or "",
                )
            )
        return found

    def _decisions_by_event(self, ids: Sequence[int]) -> dict[int, list[MergeDecision]]:
        ea = schema.event_articles
        query = select(ea).where(ea.c.event_id.in_(list(ids))).order_by(ea.c.decided_at, ea.c.article_id)
        found: dict[int, list[MergeDecision]] = {}
        for row in self.db.execute(query).mappings():
            found.setdefault(int(row["event_id"]), []).append(_decision(row))
        return found

    # reprocessing -------------------------------------------------------------------------------------------

    def clear_derived(self) -> None:
        """Drop everything derived from the raw inputs (claims, events, facts), keeping the inputs themselves."""
        for table in (
            schema.fact_sources,
            schema.facts,
            schema.event_keys,
            schema.event_articles,
            schema.events,
            schema.claims,
            schema.term_frequencies,
            schema.line_sightings,
        ):
            self.db.execute(delete(table))


def _derived_values(article: Article, origin: str, signature: bytes | None) -> dict[str, Any]:
    """The article columns that cleaning and syndication derive from the raw input (rebuilt by reprocess)."""
    return {
        "title": article.title,
        "text": article.text,
        "outlet": article.outlet,
        "url": article.url,
        "published": article.published,
        "boilerplate_removed": article.boilerplate_removed,
        "origin": origin,
        "signature": signature,
    }


def _inserted_id(result: Any) -> int:
    key = result.inserted_primary_key
    if not key:
        raise StoreError("the database did not return the id of a new row")
    return int(key[0])


def _decision(row: Any) -> MergeDecision:
    return MergeDecision(int(row["article_id"]), bool(row["joined"]), float(row["score"]), dict(row["reasons"]))


def _stored_article(row: Any) -> StoredArticle:
    raw = RawInput(
        source=row["source"],
        format=InputFormat(row["input_format"]),
        payload=row["payload"],
        title=row["given_title"],
        outlet=row["given_outlet"],
        url=row["given_url"],
        published=row["given_published"],
    )
    article = Article(
        content_hash=row["content_hash"],
        source=row["source"],
        title=row["title"],
        text=row["text"],
        outlet=row["outlet"],
        url=row["url"],
        published=row["published"],
        boilerplate_removed=row["boilerplate_removed"],
        id=int(row["id"]),
    )
    signature = bytes(row["signature"]) if row["signature"] is not None else None
    event_id = int(row["event_id"]) if row["event_id"] is not None else None
    return StoredArticle(article, raw, row["origin"], signature, event_id)


def _claim(row: Any) -> Claim:
    claim_field = ClaimField(row["field"])
    return Claim(
        field=claim_field,
        value=claim_value_from_json(claim_field, dict(row["value"])),
        text=row["text"],
        quote=row["quote"],
        start=int(row["start"]),
        end=int(row["end"]),
        extractor=row["extractor"],
        confidence=float(row["confidence"]),
        article_id=int(row["article_id"]),
        id=int(row["id"]),
        attribution=row["attribution"],
        hedge=row["hedge"],
    )


def _event_record(
    row: Any, articles: list[ArticleRef], facts: list[Fact], decisions: list[MergeDecision]
) -> EventRecord:
    event_date = (
        EventDate.from_json({"date": row["event_date"].isoformat(), "precision": row["date_precision"]})
        if row["event_date"] is not None
        else None
    )
    event_type = EventType(row["event_type"], row["sub_event_type"]) if row["event_type"] else None
    location = Place.from_json(dict(row["location"])) if row["location"] else None
    return EventRecord(
        id=int(row["id"]),
        headline=row["headline"],
        articles=articles,
        facts=facts,
        independent_sources=int(row["independent_sources"]),
        event_date=event_date,
        event_type=event_type,
        location=location,
        killed=row["killed"],
        injured=row["injured"],
        arrested=row["arrested"],
        kidnapped=row["kidnapped"],
        actors=list(row["actors"]),
        rules=dict(row["rules"]),
        decisions=decisions,
        count_ranges={name: CountRange.from_json(value) for name, value in (row["count_ranges"] or {}).items()},
    )
