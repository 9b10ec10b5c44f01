"""Each article's decision keeps what clustering compared about it, so that an event found to hold two can be
rebuilt as two from its reports.

Revision ID: 0008
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("event_articles", sa.Column("features", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("event_articles") as batch:
        batch.drop_column("features")
