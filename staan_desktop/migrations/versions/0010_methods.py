"""the method a trajectory follows

Revision ID: 0010_methods
Revises: 0006_options
Create Date: 2026-12-06 19:50:00.000000

One new table, nothing altered: at most one row with the method's key, name and whole
definition (JSON). A document of 0006 or earlier has no row and follows the STAAN-werkwijze,
as it always did; its content and fingerprint stay as they were.

"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel  # noqa: F401  (autogenerate writes sqlmodel types)
from alembic import op

# revision identifiers, used by Alembic.
revision: str = '0010_methods'
down_revision: str | Sequence[str] | None = '0009_room'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table('method',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('definition', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_method'))
    )


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_table('method')
