"""room: rounds, voters apart from ballots, contributions waiting for moderation

Revision ID: 0009_room
Revises: 0006_options
Create Date: 2026-12-06 19:35:33

New tables only (participants scoring and contributing from their phones, see
``domain/room_tables.py``), nothing altered, so the insert-only triggers of 0002 stay as they
are. A document without them has held no room and keeps everything it had.

"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel  # noqa: F401  (autogenerate writes sqlmodel types)
from alembic import op

# revision identifiers, used by Alembic.
revision: str = '0009_room'
down_revision: str | Sequence[str] | None = '0008_public_function'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table('room_session',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('token_hash', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('opened_at', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('closed_at', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_room_session')),
    sa.UniqueConstraint('token_hash', name=op.f('uq_room_session_token_hash'))
    )
    op.create_table('room_round',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('rule', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('state', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('revealed', sa.Boolean(), nullable=False),
    sa.Column('opened_at', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('closed_at', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.ForeignKeyConstraint(['session_id'], ['room_session.id'], name=op.f('fk_room_round_session_id_room_session'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_room_round'))
    )
    with op.batch_alter_table('room_round', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_room_round_session_id'), ['session_id'], unique=False)

    op.create_table('room_ballot',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('round_id', sa.Integer(), nullable=False),
    sa.Column('municipality_id', sa.Integer(), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=False),
    sa.Column('criterion_id', sa.Integer(), nullable=False),
    sa.Column('value', sa.Integer(), nullable=False),
    sa.Column('hand', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['criterion_id'], ['criterion.id'], name=op.f('fk_room_ballot_criterion_id_criterion'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['municipality_id'], ['municipality.id'], name=op.f('fk_room_ballot_municipality_id_municipality'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['round_id'], ['room_round.id'], name=op.f('fk_room_ballot_round_id_room_round'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_room_ballot'))
    )
    with op.batch_alter_table('room_ballot', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_room_ballot_criterion_id'), ['criterion_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_room_ballot_municipality_id'), ['municipality_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_room_ballot_round_id'), ['round_id'], unique=False)

    op.create_table('room_contribution',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('round_id', sa.Integer(), nullable=False),
    sa.Column('municipality_id', sa.Integer(), nullable=True),
    sa.Column('submission', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('text', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('statement_id', sa.Integer(), nullable=True),
    sa.Column('submitted_at', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.ForeignKeyConstraint(['municipality_id'], ['municipality.id'], name=op.f('fk_room_contribution_municipality_id_municipality'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['round_id'], ['room_round.id'], name=op.f('fk_room_contribution_round_id_room_round'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['statement_id'], ['statement.id'], name=op.f('fk_room_contribution_statement_id_statement'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_room_contribution')),
    sa.UniqueConstraint('submission', name=op.f('uq_room_contribution_submission'))
    )
    with op.batch_alter_table('room_contribution', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_room_contribution_municipality_id'), ['municipality_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_room_contribution_round_id'), ['round_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_room_contribution_statement_id'), ['statement_id'], unique=False)

    op.create_table('room_voter',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('round_id', sa.Integer(), nullable=False),
    sa.Column('device', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('submission', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.ForeignKeyConstraint(['round_id'], ['room_round.id'], name=op.f('fk_room_voter_round_id_room_round'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_room_voter')),
    sa.UniqueConstraint('round_id', 'device', name='uq_room_voter_round_id'),
    sa.UniqueConstraint('submission', name='uq_room_voter_submission')
    )
    with op.batch_alter_table('room_voter', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_room_voter_round_id'), ['round_id'], unique=False)



def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table('room_voter', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_room_voter_round_id'))

    op.drop_table('room_voter')
    with op.batch_alter_table('room_contribution', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_room_contribution_statement_id'))
        batch_op.drop_index(batch_op.f('ix_room_contribution_round_id'))
        batch_op.drop_index(batch_op.f('ix_room_contribution_municipality_id'))

    op.drop_table('room_contribution')
    with op.batch_alter_table('room_ballot', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_room_ballot_round_id'))
        batch_op.drop_index(batch_op.f('ix_room_ballot_municipality_id'))
        batch_op.drop_index(batch_op.f('ix_room_ballot_criterion_id'))

    op.drop_table('room_ballot')
    with op.batch_alter_table('room_round', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_room_round_session_id'))

    op.drop_table('room_round')
    op.drop_table('room_session')
