"""typing drafts: text still being typed, kept within a second so a crash loses at most that

Revision ID: 0004_typing_drafts
Revises: 0003
Create Date: 2026-12-06 17:00:00

One new table and nothing altered, so the insert-only triggers of 0002 stay as they are.

"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel  # noqa: F401  (autogenerate writes sqlmodel types)
from alembic import op

# revision identifiers, used by Alembic.
revision: str = '0004_typing_drafts'
down_revision: str | Sequence[str] | None = '0003'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table('typing_draft',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('text', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('saved_at', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_typing_draft')),
    sa.UniqueConstraint('key', name=op.f('uq_typing_draft_key'))
    )


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_table('typing_draft')
