"""Articles are found by outlet, so that an outlet's usual area can be read from its latest reports.

Revision ID: 0007
Revises: 0006
"""

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("articles_outlet", "articles", ["outlet", "id"])


def downgrade() -> None:
    op.drop_index("articles_outlet", table_name="articles")
