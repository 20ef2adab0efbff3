"""room rounds: polls, interests and SWOT rounds, anonymity levels, changing one's vote

Revision ID: 0013_room_rounds
Revises: 0011_weight_sets
Create Date: 2026-12-06 22:30:00

Two new tables (a poll's choices and its votes) and new columns with defaults on the room's
tables, nothing else altered: a round of an older document was ``by municipality`` (what the
room then stored) and keeps everything it had. The content of the startdocument is untouched.

"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel  # noqa: F401  (autogenerate writes sqlmodel types)
from alembic import op

# revision identifiers, used by Alembic.
revision: str = '0013_room_rounds'
down_revision: str | Sequence[str] | None = '0011_weight_sets'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TEXT = sqlmodel.sql.sqltypes.AutoString()


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table('room_choice',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('round_id', sa.Integer(), nullable=False),
    sa.Column('text', _TEXT, nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['round_id'], ['room_round.id'], name=op.f('fk_room_choice_round_id_room_round'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_room_choice'))
    )
    with op.batch_alter_table('room_choice', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_room_choice_round_id'), ['round_id'], unique=False)

    op.create_table('room_vote',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('round_id', sa.Integer(), nullable=False),
    sa.Column('choice_id', sa.Integer(), nullable=False),
    sa.Column('municipality_id', sa.Integer(), nullable=True),
    sa.Column('name', _TEXT, nullable=False),
    sa.Column('replace_key', _TEXT, nullable=True),
    sa.ForeignKeyConstraint(['choice_id'], ['room_choice.id'], name=op.f('fk_room_vote_choice_id_room_choice'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['municipality_id'], ['municipality.id'], name=op.f('fk_room_vote_municipality_id_municipality'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['round_id'], ['room_round.id'], name=op.f('fk_room_vote_round_id_room_round'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_room_vote'))
    )
    with op.batch_alter_table('room_vote', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_room_vote_choice_id'), ['choice_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_room_vote_municipality_id'), ['municipality_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_room_vote_round_id'), ['round_id'], unique=False)

    # ADD COLUMN with a default: SQLite adds them in place, no table is copied.
    op.add_column('room_round', sa.Column('anonymity', _TEXT, nullable=False, server_default='municipality'))
    op.add_column('room_round', sa.Column('question', _TEXT, nullable=False, server_default=''))
    op.add_column('room_round', sa.Column('target_id', sa.Integer(), nullable=True))
    op.add_column('room_ballot', sa.Column('replace_key', _TEXT, nullable=True))
    op.add_column('room_ballot', sa.Column('name', _TEXT, nullable=False, server_default=''))
    op.add_column('room_contribution', sa.Column('quadrant', _TEXT, nullable=False, server_default=''))
    op.add_column('room_contribution', sa.Column('name', _TEXT, nullable=False, server_default=''))
    op.add_column('room_contribution', sa.Column('made_id', sa.Integer(), nullable=True))


def downgrade() -> None:
    """Downgrade schema."""
    for table, column in (
        ('room_contribution', 'made_id'), ('room_contribution', 'name'), ('room_contribution', 'quadrant'),
        ('room_ballot', 'name'), ('room_ballot', 'replace_key'),
        ('room_round', 'target_id'), ('room_round', 'question'), ('room_round', 'anonymity'),
    ):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column(column)
    with op.batch_alter_table('room_vote', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_room_vote_round_id'))
        batch_op.drop_index(batch_op.f('ix_room_vote_municipality_id'))
        batch_op.drop_index(batch_op.f('ix_room_vote_choice_id'))
    op.drop_table('room_vote')
    with op.batch_alter_table('room_choice', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_room_choice_round_id'))
    op.drop_table('room_choice')
