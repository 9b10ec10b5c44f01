"""Index keys carry their event's last publication time, so that candidates are found by a range scan per key.

Without it, a key shared by thousands of events over the years (a province, a common name) makes every lookup
read them all before the time window is applied.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("event_keys") as batch:
        batch.add_column(sa.Column("last_published", sa.DateTime))
    op.execute(
        "UPDATE event_keys SET last_published = "
        "(SELECT events.last_published FROM events WHERE events.id = event_keys.event_id)"
    )
    op.create_index("event_keys_key_time", "event_keys", ["key", "last_published"])
    op.drop_index("event_keys_key", table_name="event_keys")


def downgrade() -> None:
    op.create_index("event_keys_key", "event_keys", ["key"])
    op.drop_index("event_keys_key_time", table_name="event_keys")
    with op.batch_alter_table("event_keys") as batch:
        batch.drop_column("last_published")
