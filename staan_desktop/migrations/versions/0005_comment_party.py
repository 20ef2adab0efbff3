"""comment party: for which municipality a reviewer's comment speaks

Revision ID: 0005_comment_party
Revises: 0004_typing_drafts
Create Date: 2026-12-06 17:20:00

One column added to review_comment, empty for the comments already there. A plain ADD COLUMN
(no table copy): review_comment has no triggers and nothing refers to it.

"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel  # noqa: F401  (autogenerate writes sqlmodel types)
from alembic import op

# revision identifiers, used by Alembic.
revision: str = '0005_comment_party'
down_revision: str | Sequence[str] | None = '0004_typing_drafts'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema."""
    op.add_column('review_comment', sa.Column('party', sqlmodel.sql.sqltypes.AutoString(), nullable=False, server_default=''))


def downgrade() -> None:
    """Downgrade schema."""
    # SQLite's own DROP COLUMN rather than a batch copy: it gives the table back exactly as 0004
    # made it (a copy would rewrite its CREATE statement, which inspection compares).
    op.execute("ALTER TABLE review_comment DROP COLUMN party")
