"""The database schema: every table crosswire stores, in one place. Migrations in `migrations/` create it.

Raw inputs are kept as received (`articles.payload`), so everything derived (cleaned text, claims, events, facts)
can be rebuilt by `crosswire reprocess`.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

articles = Table(
    "articles",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("content_hash", String(64), nullable=False, unique=True),
    Column("source", Text, nullable=False),
    Column("input_format", String(10), nullable=False),
    Column("payload", Text, nullable=False),
    Column("given_title", Text),
    Column("given_outlet", Text),
    Column("given_url", Text),
    Column("given_published", String(40)),
    Column("title", Text, nullable=False),
    Column("text", Text, nullable=False),
    Column("outlet", Text),
    Column("url", Text),
    Column("published", DateTime),
    Column("boilerplate_removed", Integer, nullable=False, default=0),
    Column("origin", String(80), nullable=False),
    Column("signature", LargeBinary),
    Column("ingested_at", DateTime, nullable=False),
)
Index("articles_published", articles.c.published)
Index("articles_outlet", articles.c.outlet, articles.c.id)

events = Table(
    "events",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("headline", Text, nullable=False),
    Column("event_date", Date),
    Column("date_precision", Integer),
    Column("event_type", String(60)),
    Column("sub_event_type", String(60)),
    Column("location", JSON),
    Column("place_name", Text),
    Column("geonameid", Integer),
    Column("lat", Float),
    Column("lon", Float),
    Column("admin1", Text),
    Column("country", Text),
    Column("geo_precision", Integer),
    Column("killed", Integer),
    Column("injured", Integer),
    Column("arrested", Integer),
    Column("kidnapped", Integer),
    Column("actors", JSON, nullable=False),
    Column("independent_sources", Integer, nullable=False),
    Column("article_count", Integer, nullable=False),
    Column("rules", JSON, nullable=False),
    Column("count_ranges", JSON),
    Column("profile", JSON, nullable=False),
    Column("first_published", DateTime),
    Column("last_published", DateTime),
    Column("updated_at", DateTime, nullable=False),
)
Index("events_event_date", events.c.event_date)
Index("events_last_published", events.c.last_published)
Index("events_lat_lon", events.c.lat, events.c.lon, events.c.event_date, events.c.event_type, events.c.killed)
Index("events_event_type", events.c.event_type)
Index("events_country", events.c.country)

event_articles = Table(
    "event_articles",
    metadata,
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("event_id", Integer, ForeignKey("events.id", ondelete="CASCADE"), nullable=False),
    Column("joined", Boolean, nullable=False),
    Column("score", Float, nullable=False),
    Column("reasons", JSON, nullable=False),
    Column("decided_at", DateTime, nullable=False),
    # what clustering compared about the article, to rebuild its event's profile when the event is split
    Column("features", JSON),
)
Index("event_articles_event", event_articles.c.event_id)

event_keys = Table(
    "event_keys",
    metadata,
    Column("event_id", Integer, ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    Column("key", String(200), primary_key=True),
    Column("last_published", DateTime),
)
Index("event_keys_key_time", event_keys.c.key, event_keys.c.last_published)

claims = Table(
    "claims",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("field", String(20), nullable=False),
    Column("value", JSON, nullable=False),
    Column("label", Text, nullable=False),
    Column("text", Text, nullable=False),
    Column("quote", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("extractor", String(40), nullable=False),
    Column("confidence", Float, nullable=False),
    Column("attribution", Text),
    Column("hedge", String(40)),
)
Index("claims_article", claims.c.article_id)

facts = Table(
    "facts",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("event_id", Integer, ForeignKey("events.id", ondelete="CASCADE"), nullable=False),
    Column("position", Integer, nullable=False),
    Column("field", String(20), nullable=False),
    Column("value", Text, nullable=False),
    Column("value_json", JSON, nullable=False),
    Column("status", String(20), nullable=False),
    Column("independent_sources", Integer, nullable=False),
    Column("note", Text),
)
Index("facts_event", facts.c.event_id)
Index("facts_status_event", facts.c.status, facts.c.event_id)

fact_sources = Table(
    "fact_sources",
    metadata,
    Column("fact_id", Integer, ForeignKey("facts.id", ondelete="CASCADE"), primary_key=True),
    Column("claim_id", Integer, ForeignKey("claims.id", ondelete="CASCADE"), primary_key=True),
)

term_frequencies = Table(
    "term_frequencies",
    metadata,
    Column("term", String(200), primary_key=True),
    Column("documents", Integer, nullable=False),
)

line_sightings = Table(
    "line_sightings",
    metadata,
    Column("line_hash", String(32), primary_key=True),
    Column("articles", Integer, nullable=False),
    Column("first_published", DateTime, nullable=False),
    Column("last_published", DateTime, nullable=False),
)
