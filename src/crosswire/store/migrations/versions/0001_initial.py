"""The first schema: articles as received and cleaned, claims, events, their articles, facts and sources.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "articles",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("content_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("input_format", sa.String(10), nullable=False),
        sa.Column("payload", sa.Text, nullable=False),
        sa.Column("given_title", sa.Text),
        sa.Column("given_outlet", sa.Text),
        sa.Column("given_url", sa.Text),
        sa.Column("given_published", sa.String(40)),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("outlet", sa.Text),
        sa.Column("url", sa.Text),
        sa.Column("published", sa.DateTime),
        sa.Column("boilerplate_removed", sa.Integer, nullable=False),
        sa.Column("origin", sa.String(80), nullable=False),
        sa.Column("signature", sa.LargeBinary),
        sa.Column("ingested_at", sa.DateTime, nullable=False),
    )
    op.create_index("articles_published", "articles", ["published"])
    op.create_table(
        "events",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("headline", sa.Text, nullable=False),
        sa.Column("event_date", sa.Date),
        sa.Column("date_precision", sa.Integer),
        sa.Column("event_type", sa.String(60)),
        sa.Column("sub_event_type", sa.String(60)),
        sa.Column("location", sa.JSON),
        sa.Column("place_name", sa.Text),
        sa.Column("geonameid", sa.Integer),
        sa.Column("lat", sa.Float),
        sa.Column("lon", sa.Float),
        sa.Column("admin1", sa.Text),
        sa.Column("country", sa.Text),
        sa.Column("geo_precision", sa.Integer),
        sa.Column("killed", sa.Integer),
        sa.Column("injured", sa.Integer),
        sa.Column("arrested", sa.Integer),
        sa.Column("kidnapped", sa.Integer),
        sa.Column("actors", sa.JSON, nullable=False),
        sa.Column("independent_sources", sa.Integer, nullable=False),
        sa.Column("article_count", sa.Integer, nullable=False),
        sa.Column("rules", sa.JSON, nullable=False),
        sa.Column("profile", sa.JSON, nullable=False),
        sa.Column("first_published", sa.DateTime),
        sa.Column("last_published", sa.DateTime),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )
    op.create_index("events_event_date", "events", ["event_date"])
    op.create_index("events_last_published", "events", ["last_published"])
    op.create_table(
        "event_articles",
        sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("event_id", sa.Integer, sa.ForeignKey("events.id", ondelete="CASCADE"), nullable=False),
        sa.Column("joined", sa.Boolean, nullable=False),
        sa.Column("score", sa.Float, nullable=False),
        sa.Column("reasons", sa.JSON, nullable=False),
        sa.Column("decided_at", sa.DateTime, nullable=False),
    )
    op.create_index("event_articles_event", "event_articles", ["event_id"])
    op.create_table(
        "event_keys",
        sa.Column("event_id", sa.Integer, sa.ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("key", sa.String(200), primary_key=True),
    )
    op.create_index("event_keys_key", "event_keys", ["key"])
    op.create_table(
        "claims",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
        sa.Column("field", sa.String(20), nullable=False),
        sa.Column("value", sa.JSON, nullable=False),
        sa.Column("label", sa.Text, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("quote", sa.Text, nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("extractor", sa.String(40), nullable=False),
        sa.Column("confidence", sa.Float, nullable=False),
    )
    op.create_index("claims_article", "claims", ["article_id"])
    op.create_table(
        "facts",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("event_id", sa.Integer, sa.ForeignKey("events.id", ondelete="CASCADE"), nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("field", sa.String(20), nullable=False),
        sa.Column("value", sa.Text, nullable=False),
        sa.Column("value_json", sa.JSON, nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("independent_sources", sa.Integer, nullable=False),
    )
    op.create_index("facts_event", "facts", ["event_id"])
    op.create_table(
        "fact_sources",
        sa.Column("fact_id", sa.Integer, sa.ForeignKey("facts.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("claim_id", sa.Integer, sa.ForeignKey("claims.id", ondelete="CASCADE"), primary_key=True),
    )


def downgrade() -> None:
    for table in ("fact_sources", "facts", "claims", "event_keys", "event_articles", "events", "articles"):
        op.drop_table(table)
