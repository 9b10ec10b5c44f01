"""Claims keep who is said to say them and the word that hedges them; facts keep why they have their status;
events keep the low / best / high of each count.

Databases built before this revision get the columns empty: `crosswire reprocess` fills them, and extracts the
statements that earlier versions did not.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("claims") as batch:
        batch.add_column(sa.Column("attribution", sa.Text))
        batch.add_column(sa.Column("hedge", sa.String(40)))
    with op.batch_alter_table("facts") as batch:
        batch.add_column(sa.Column("note", sa.Text))
    with op.batch_alter_table("events") as batch:
        batch.add_column(sa.Column("count_ranges", sa.JSON))


def downgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.drop_column("count_ranges")
    with op.batch_alter_table("facts") as batch:
        batch.drop_column("note")
    with op.batch_alter_table("claims") as batch:
        batch.drop_column("hedge")
        batch.drop_column("attribution")
