"""Sightings of text lines across articles, to recognise a site's template text (a line that recurs weeks apart).

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "line_sightings",
        sa.Column("line_hash", sa.String(32), primary_key=True),
        sa.Column("articles", sa.Integer, nullable=False),
        sa.Column("first_published", sa.DateTime, nullable=False),
        sa.Column("last_published", sa.DateTime, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("line_sightings")
