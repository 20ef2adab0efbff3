"""options, toetsingskader and decision

Revision ID: 0006_options
Revises: 0005_comment_party
Create Date: 2026-12-06 17:28:32.986637

New tables only (options with their SWOT points, reference cases, scores and what the decision
says of them; the decision; the toetsingskader's steps, criteria, knock-outs and verdicts),
nothing altered, so the insert-only triggers of 0002 stay as they are. A document of 0005 or earlier has no options and keeps
everything it had.

"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel  # noqa: F401  (autogenerate writes sqlmodel types)
from alembic import op

# revision identifiers, used by Alembic.
revision: str = '0006_options'
down_revision: str | Sequence[str] | None = '0005_comment_party'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table('option',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('description', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('decision_status', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('decision_reason', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_option')),
    sa.UniqueConstraint('name', name=op.f('uq_option_name'))
    )
    op.create_table('option_reference',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('option_id', sa.Integer(), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('description', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['option_id'], ['option.id'], name=op.f('fk_option_reference_option_id_option'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_option_reference'))
    )
    with op.batch_alter_table('option_reference', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_option_reference_option_id'), ['option_id'], unique=False)

    op.create_table('option_score',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('option_id', sa.Integer(), nullable=False),
    sa.Column('criterion_id', sa.Integer(), nullable=False),
    sa.Column('municipality_id', sa.Integer(), nullable=True),
    sa.Column('value', sa.Integer(), nullable=False),
    sa.Column('note', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.ForeignKeyConstraint(['criterion_id'], ['criterion.id'], name=op.f('fk_option_score_criterion_id_criterion'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['municipality_id'], ['municipality.id'], name=op.f('fk_option_score_municipality_id_municipality'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['option_id'], ['option.id'], name=op.f('fk_option_score_option_id_option'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_option_score'))
    )
    with op.batch_alter_table('option_score', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_option_score_criterion_id'), ['criterion_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_option_score_municipality_id'), ['municipality_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_option_score_option_id'), ['option_id'], unique=False)
        batch_op.create_index('uq_option_score_agreed', ['option_id', 'criterion_id'], unique=True, sqlite_where=sa.text('municipality_id IS NULL'))
        batch_op.create_index('uq_option_score_municipal', ['option_id', 'criterion_id', 'municipality_id'], unique=True, sqlite_where=sa.text('municipality_id IS NOT NULL'))

    op.create_table('option_swot',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('option_id', sa.Integer(), nullable=False),
    sa.Column('quadrant', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('text', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['option_id'], ['option.id'], name=op.f('fk_option_swot_option_id_option'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_option_swot'))
    )
    with op.batch_alter_table('option_swot', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_option_swot_option_id'), ['option_id'], unique=False)
    op.create_table('frame_step',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('title', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('description', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_frame_step'))
    )
    op.create_table('options_decision',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('decided_on', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('reasons', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_options_decision'))
    )
    op.create_table('frame_criterion',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('step_id', sa.Integer(), nullable=False),
    sa.Column('criterion_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['criterion_id'], ['criterion.id'], name=op.f('fk_frame_criterion_criterion_id_criterion'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['step_id'], ['frame_step.id'], name=op.f('fk_frame_criterion_step_id_frame_step'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_frame_criterion')),
    sa.UniqueConstraint('step_id', 'criterion_id', name='uq_frame_criterion_step_id')
    )
    with op.batch_alter_table('frame_criterion', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_frame_criterion_criterion_id'), ['criterion_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_frame_criterion_step_id'), ['step_id'], unique=False)

    op.create_table('knock_out',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('step_id', sa.Integer(), nullable=False),
    sa.Column('condition', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['step_id'], ['frame_step.id'], name=op.f('fk_knock_out_step_id_frame_step'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_knock_out'))
    )
    with op.batch_alter_table('knock_out', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_knock_out_step_id'), ['step_id'], unique=False)

    op.create_table('knock_out_verdict',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('knock_out_id', sa.Integer(), nullable=False),
    sa.Column('option_id', sa.Integer(), nullable=False),
    sa.Column('verdict', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('reason', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.ForeignKeyConstraint(['knock_out_id'], ['knock_out.id'], name=op.f('fk_knock_out_verdict_knock_out_id_knock_out'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['option_id'], ['option.id'], name=op.f('fk_knock_out_verdict_option_id_option'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_knock_out_verdict')),
    sa.UniqueConstraint('knock_out_id', 'option_id', name='uq_knock_out_verdict_knock_out_id')
    )
    with op.batch_alter_table('knock_out_verdict', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_knock_out_verdict_knock_out_id'), ['knock_out_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_knock_out_verdict_option_id'), ['option_id'], unique=False)


def downgrade() -> None:
    """Downgrade schema."""
    for table in ('knock_out_verdict', 'knock_out', 'frame_criterion', 'options_decision', 'frame_step'):
        op.drop_table(table)
    with op.batch_alter_table('option_swot', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_option_swot_option_id'))

    op.drop_table('option_swot')
    with op.batch_alter_table('option_score', schema=None) as batch_op:
        batch_op.drop_index('uq_option_score_municipal', sqlite_where=sa.text('municipality_id IS NOT NULL'))
        batch_op.drop_index('uq_option_score_agreed', sqlite_where=sa.text('municipality_id IS NULL'))
        batch_op.drop_index(batch_op.f('ix_option_score_option_id'))
        batch_op.drop_index(batch_op.f('ix_option_score_municipality_id'))
        batch_op.drop_index(batch_op.f('ix_option_score_criterion_id'))

    op.drop_table('option_score')
    with op.batch_alter_table('option_reference', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_option_reference_option_id'))

    op.drop_table('option_reference')
    op.drop_table('option')
