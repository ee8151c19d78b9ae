"""referat lifecycle (sent, approved by a later meeting) and Indstilling per item

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02
"""
from alembic import op
import sqlalchemy as sa


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Batch mode rebuilds the tables; the store runs migrations with foreign keys off,
    # so rebuilding "meeting" does not cascade to its agenda items.
    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.add_column(sa.Column('minutes_sent_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('minutes_approved_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('minutes_approved_by_id', sa.Integer(), nullable=True))
        batch_op.create_foreign_key(batch_op.f('fk_meeting_minutes_approved_by_id_meeting'),
                                    'meeting', ['minutes_approved_by_id'], ['id'], ondelete='SET NULL')
    with op.batch_alter_table('agenda_item', schema=None) as batch_op:
        batch_op.add_column(sa.Column('proposal', sa.Text(), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('approves_minutes_of_id', sa.Integer(), nullable=True))
        batch_op.create_foreign_key(batch_op.f('fk_agenda_item_approves_minutes_of_id_meeting'),
                                    'meeting', ['approves_minutes_of_id'], ['id'], ondelete='SET NULL')
    op.create_table(
        'attachment',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('item_id', sa.Integer(), nullable=False),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.Column('filename', sa.String(length=255), nullable=False),
        sa.Column('size', sa.Integer(), nullable=False),
        sa.Column('added_on', sa.Date(), nullable=False),
        sa.Column('data', sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(['item_id'], ['agenda_item.id'],
                                name=op.f('fk_attachment_item_id_agenda_item'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_attachment')),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attachment_item_id'), ['item_id'], unique=False)
    # Referater of meetings already marked as sent/approved keep that state (date unknown:
    # the meeting's own date stands in).
    op.execute("UPDATE meeting SET minutes_sent_on = date "
               "WHERE status IN ('minutes_sent', 'minutes_approved')")
    op.execute("UPDATE meeting SET minutes_approved_on = date WHERE status = 'minutes_approved'")


def downgrade() -> None:
    op.drop_table('attachment')
    with op.batch_alter_table('agenda_item', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_agenda_item_approves_minutes_of_id_meeting'),
                                 type_='foreignkey')
        batch_op.drop_column('approves_minutes_of_id')
        batch_op.drop_column('proposal')
    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_meeting_minutes_approved_by_id_meeting'),
                                 type_='foreignkey')
        batch_op.drop_column('minutes_approved_by_id')
        batch_op.drop_column('minutes_approved_on')
        batch_op.drop_column('minutes_sent_on')
