"""session agenda: planned minutes per step

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 03:48:43.989001

One new table and nothing altered, so the insert-only triggers of 0002 stay as they are.
A step without a row keeps the default duration of the werkwijze's agenda.

"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel  # noqa: F401  (autogenerate writes sqlmodel types)
from alembic import op

# revision identifiers, used by Alembic.
revision: str = '0003'
down_revision: str | Sequence[str] | None = '0002'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table('agenda_step',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('minutes', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agenda_step')),
    sa.UniqueConstraint('key', name=op.f('uq_agenda_step_key'))
    )


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_table('agenda_step')
