"""after the session: parties around the table, results and actions, key figures and cost keys

Revision ID: 0007_parties
Revises: 0006_options
Create Date: 2026-12-06 17:30:00

A party that is not a municipality lives in the municipality table with its ``kind``, so that
every existing reference (participant, owner, member, interest) can name it. Existing rows are
municipalities. Columns are added, never altered, so no table is recreated and the insert-only
triggers of 0002 stay.

"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel  # noqa: F401  (autogenerate writes sqlmodel types)
from alembic import op

# revision identifiers, used by Alembic.
revision: str = '0007_parties'
down_revision: str | Sequence[str] | None = '0006_options'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema."""
    op.add_column('municipality', sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(), nullable=False, server_default='gemeente'))
    op.add_column('municipality', sa.Column('acts_for', sa.JSON(), nullable=False, server_default='[]'))
    op.add_column('municipality', sa.Column('description', sqlmodel.sql.sqltypes.AutoString(), nullable=False, server_default=''))


def downgrade() -> None:
    """Downgrade schema."""
    # SQLite's own DROP COLUMN rather than a batch copy: it gives the table back exactly as 0006
    # had it (a copy would rewrite its CREATE statement, which inspection compares).
    for column in ('description', 'acts_for', 'kind'):
        op.execute(f"ALTER TABLE municipality DROP COLUMN {column}")
