"""SOR editor: proposal texts, who-when and corrections in the status history,
round recipients, response positions, agenda links and user-added codes.

Revision ID: 0002
Revises: 0001
"""
from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None

_POSITION = sa.Enum('supports', 'supports_with_remarks', 'against', 'no_remarks',
                    name='responseposition', native_enum=False, length=32)


def upgrade() -> None:
    with op.batch_alter_table('sor_proposal', schema=None) as batch_op:
        batch_op.add_column(sa.Column('rationale', sa.Text(), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('open_questions', sa.Text(), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('related_codes', sa.Text(), nullable=False, server_default=''))

    with op.batch_alter_table('sor_status_change', schema=None) as batch_op:
        batch_op.add_column(sa.Column('recorded_at', sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column('recorded_by', sa.String(length=100), nullable=False,
                                      server_default=''))
        batch_op.add_column(sa.Column('corrects_id', sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f('fk_sor_status_change_corrects_id_sor_status_change'),
            'sor_status_change', ['corrects_id'], ['id'], ondelete='SET NULL')

    with op.batch_alter_table('consultation_response', schema=None) as batch_op:
        batch_op.add_column(sa.Column('position', _POSITION, nullable=True))

    op.create_table(
        'round_recipient',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('round_id', sa.Integer(), nullable=False),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.Column('name', sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(['round_id'], ['consultation_round.id'],
                                name=op.f('fk_round_recipient_round_id_consultation_round'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_round_recipient')),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table('round_recipient', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_round_recipient_round_id'), ['round_id'], unique=False)

    op.create_table(
        'sor_item_link',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('proposal_id', sa.Integer(), nullable=False),
        sa.Column('item_id', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['item_id'], ['agenda_item.id'],
                                name=op.f('fk_sor_item_link_item_id_agenda_item'), ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['proposal_id'], ['sor_proposal.id'],
                                name=op.f('fk_sor_item_link_proposal_id_sor_proposal'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_sor_item_link')),
        sa.UniqueConstraint('proposal_id', 'item_id', name=op.f('uq_sor_item_link_proposal_id')),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table('sor_item_link', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sor_item_link_item_id'), ['item_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_sor_item_link_proposal_id'), ['proposal_id'],
                              unique=False)

    op.create_table(
        'sor_code',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('code', sa.String(length=18), nullable=False),
        sa.Column('name', sa.String(length=200), nullable=False),
        sa.Column('kind', sa.Enum('unit_type', 'specialty', name='sorcodekind', native_enum=False,
                                  length=32), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_sor_code')),
        sa.UniqueConstraint('code', name=op.f('uq_sor_code_code')),
        sqlite_autoincrement=True,
    )

    # Every existing round keeps its one recipient as its first addressee.
    op.execute("INSERT INTO round_recipient (round_id, position, name) "
               "SELECT id, 0, recipient FROM consultation_round WHERE trim(recipient) <> ''")


def downgrade() -> None:
    op.drop_table('sor_code')
    with op.batch_alter_table('sor_item_link', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sor_item_link_proposal_id'))
        batch_op.drop_index(batch_op.f('ix_sor_item_link_item_id'))
    op.drop_table('sor_item_link')
    with op.batch_alter_table('round_recipient', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_round_recipient_round_id'))
    op.drop_table('round_recipient')
    with op.batch_alter_table('consultation_response', schema=None) as batch_op:
        batch_op.drop_column('position')
    with op.batch_alter_table('sor_status_change', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_sor_status_change_corrects_id_sor_status_change'),
                                 type_='foreignkey')
        batch_op.drop_column('corrects_id')
        batch_op.drop_column('recorded_by')
        batch_op.drop_column('recorded_at')
    with op.batch_alter_table('sor_proposal', schema=None) as batch_op:
        batch_op.drop_column('related_codes')
        batch_op.drop_column('open_questions')
        batch_op.drop_column('rationale')
