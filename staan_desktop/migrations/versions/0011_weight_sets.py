"""the municipalities' own weights of the criteria

Revision ID: 0011_weight_sets
Revises: 0010_methods
Create Date: 2026-12-06 22:30:00.000000

One new table, nothing altered: a row per (criterion, municipality) that has a weight of its
own. A document of 0010 has none, so every criterion keeps its shared weight and the content
and fingerprint stay as they were (``weight_sets`` is a later part, left out while empty).

"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel  # noqa: F401  (autogenerate writes sqlmodel types)
from alembic import op

# revision identifiers, used by Alembic.
revision: str = '0011_weight_sets'
down_revision: str | Sequence[str] | None = '0010_methods'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table('criterion_weight',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('criterion_id', sa.Integer(), nullable=False),
    sa.Column('municipality_id', sa.Integer(), nullable=False),
    sa.Column('weight', sa.Float(), nullable=False),
    sa.ForeignKeyConstraint(['criterion_id'], ['criterion.id'], name=op.f('fk_criterion_weight_criterion_id_criterion'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['municipality_id'], ['municipality.id'], name=op.f('fk_criterion_weight_municipality_id_municipality'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_criterion_weight')),
    sa.UniqueConstraint('criterion_id', 'municipality_id', name='uq_criterion_weight_criterion_municipality')
    )
    op.create_index(op.f('ix_criterion_weight_criterion_id'), 'criterion_weight', ['criterion_id'], unique=False)
    op.create_index(op.f('ix_criterion_weight_municipality_id'), 'criterion_weight', ['municipality_id'], unique=False)


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_index(op.f('ix_criterion_weight_municipality_id'), table_name='criterion_weight')
    op.drop_index(op.f('ix_criterion_weight_criterion_id'), table_name='criterion_weight')
    op.drop_table('criterion_weight')
