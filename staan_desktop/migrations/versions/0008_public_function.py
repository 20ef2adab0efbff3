"""public function: whether a person's name may be published (Woo, AVG)

Revision ID: 0008_public_function
Revises: 0006_options
Create Date: 2026-12-06 19:45:00

A nullable flag on every table that names a person (participant, owner, member) and on the
trajectory for its procesmanager. NULL, as for every row already there, means "the default
for the person's role" (domain/publication.py), so an older document reads as it did. Plain
ADD COLUMNs: no table is copied.

"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel  # noqa: F401  (autogenerate writes sqlmodel types)
from alembic import op

# revision identifiers, used by Alembic.
revision: str = '0008_public_function'
down_revision: str | Sequence[str] | None = '0007_parties'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PERSON_TABLES = ('participant', 'owner', 'member')


def upgrade() -> None:
    """Upgrade schema."""
    for table in PERSON_TABLES:
        op.add_column(table, sa.Column('public_function', sa.Boolean(), nullable=True))
    op.add_column('trajectory', sa.Column('procesmanager_public', sa.Boolean(), nullable=True))


def downgrade() -> None:
    """Downgrade schema."""
    # SQLite's own DROP COLUMN gives each table back exactly as 0006 left it (see 0005).
    op.execute("ALTER TABLE trajectory DROP COLUMN procesmanager_public")
    for table in reversed(PERSON_TABLES):
        op.execute(f"ALTER TABLE {table} DROP COLUMN public_function")
