"""after the session: parties, results and actions, key figures and cost keys, knowledge agenda,
open questions, mandates and existing cooperations

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
    op.create_table('action_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('description', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('owner_person', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('owner_party_id', sa.Integer(), nullable=True),
    sa.Column('target_date', sa.Date(), nullable=True),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('task_field_id', sa.Integer(), nullable=True),
    sa.Column('section_id', sa.Integer(), nullable=True),
    sa.Column('option_id', sa.Integer(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['option_id'], ['option.id'], name=op.f('fk_action_item_option_id_option'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['owner_party_id'], ['municipality.id'], name=op.f('fk_action_item_owner_party_id_municipality'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['section_id'], ['section.id'], name=op.f('fk_action_item_section_id_section'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['task_field_id'], ['task_field.id'], name=op.f('fk_action_item_task_field_id_task_field'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_action_item'))
    )
    for column in ('owner_party_id', 'task_field_id', 'section_id', 'option_id'):
        op.create_index(op.f(f'ix_action_item_{column}'), 'action_item', [column], unique=False)
    op.create_table('key_figure',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('unit', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('source', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('as_of', sa.Date(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_key_figure')),
    sa.UniqueConstraint('name', name=op.f('uq_key_figure_name'))
    )
    op.create_table('figure_value',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('figure_id', sa.Integer(), nullable=False),
    sa.Column('municipality_id', sa.Integer(), nullable=False),
    sa.Column('value', sa.Float(), nullable=False),
    sa.ForeignKeyConstraint(['figure_id'], ['key_figure.id'], name=op.f('fk_figure_value_figure_id_key_figure'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['municipality_id'], ['municipality.id'], name=op.f('fk_figure_value_municipality_id_municipality'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_figure_value')),
    sa.UniqueConstraint('figure_id', 'municipality_id', name='uq_figure_value_figure_municipality')
    )
    op.create_index(op.f('ix_figure_value_figure_id'), 'figure_value', ['figure_id'], unique=False)
    op.create_index(op.f('ix_figure_value_municipality_id'), 'figure_value', ['municipality_id'], unique=False)
    op.create_table('cost_key',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('description', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('chosen', sa.Boolean(), nullable=False),
    sa.Column('reasons', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cost_key')),
    sa.UniqueConstraint('name', name=op.f('uq_cost_key_name'))
    )
    op.create_table('cost_key_term',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('cost_key_id', sa.Integer(), nullable=False),
    sa.Column('figure_id', sa.Integer(), nullable=False),
    sa.Column('weight', sa.Float(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['cost_key_id'], ['cost_key.id'], name=op.f('fk_cost_key_term_cost_key_id_cost_key'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['figure_id'], ['key_figure.id'], name=op.f('fk_cost_key_term_figure_id_key_figure'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cost_key_term'))
    )
    op.create_index(op.f('ix_cost_key_term_cost_key_id'), 'cost_key_term', ['cost_key_id'], unique=False)
    op.create_index(op.f('ix_cost_key_term_figure_id'), 'cost_key_term', ['figure_id'], unique=False)
    op.create_table('knowledge_rubric',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('products', sa.JSON(), nullable=False),
    sa.Column('owner', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('owner_party_id', sa.Integer(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['owner_party_id'], ['municipality.id'], name=op.f('fk_knowledge_rubric_owner_party_id_municipality'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_knowledge_rubric')),
    sa.UniqueConstraint('name', name=op.f('uq_knowledge_rubric_name'))
    )
    op.create_index(op.f('ix_knowledge_rubric_owner_party_id'), 'knowledge_rubric', ['owner_party_id'], unique=False)
    op.create_table('knowledge_question',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('rubric_id', sa.Integer(), nullable=False),
    sa.Column('text', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('answered_in', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['rubric_id'], ['knowledge_rubric.id'], name=op.f('fk_knowledge_question_rubric_id_knowledge_rubric'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_knowledge_question'))
    )
    op.create_index(op.f('ix_knowledge_question_rubric_id'), 'knowledge_question', ['rubric_id'], unique=False)
    op.create_table('open_question',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('theme', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('text', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('answered_in', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_open_question'))
    )
    op.create_table('mandate',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('municipality_id', sa.Integer(), nullable=True),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('text', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('answered_in', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['municipality_id'], ['municipality.id'], name=op.f('fk_mandate_municipality_id_municipality'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mandate'))
    )
    op.create_index(op.f('ix_mandate_municipality_id'), 'mandate', ['municipality_id'], unique=False)
    op.create_table('cooperation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('parties', sa.JSON(), nullable=False),
    sa.Column('field', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('legal_form', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('task_field_ids', sa.JSON(), nullable=False),
    sa.Column('option_ids', sa.JSON(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cooperation')),
    sa.UniqueConstraint('name', name=op.f('uq_cooperation_name'))
    )


def downgrade() -> None:
    """Downgrade schema."""
    for table in ('cooperation', 'mandate', 'open_question', 'knowledge_question', 'knowledge_rubric'):
        op.drop_table(table)
    op.drop_table('cost_key_term')
    op.drop_table('cost_key')
    op.drop_table('figure_value')
    op.drop_table('key_figure')
    op.drop_table('action_item')
    # SQLite's own DROP COLUMN rather than a batch copy: it gives the table back exactly as 0006
    # had it (a copy would rewrite its CREATE statement, which inspection compares).
    for column in ('description', 'acts_for', 'kind'):
        op.execute(f"ALTER TABLE municipality DROP COLUMN {column}")
