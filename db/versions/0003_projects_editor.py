"""projects editor: start date and documents of a project, milestone status, financing model

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02
"""
from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None

_STATUS = sa.Enum('planned', 'in_progress', 'reached', 'postponed', 'cancelled',
                  name='milestonestatus', native_enum=False, length=32, create_constraint=False)


def upgrade() -> None:
    with op.batch_alter_table('project', schema=None) as batch_op:
        batch_op.add_column(sa.Column('started_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('documents', sa.Text(), server_default='', nullable=False))
    with op.batch_alter_table('milestone', schema=None) as batch_op:
        batch_op.add_column(sa.Column('status', _STATUS, server_default='planned', nullable=False))
    with op.batch_alter_table('financing', schema=None) as batch_op:
        batch_op.add_column(sa.Column('model', sa.String(length=300), server_default='',
                                      nullable=False))
    # A milestone reached before this version has its actual date: call it reached.
    op.execute("UPDATE milestone SET status = 'reached' WHERE actual_on IS NOT NULL")


def downgrade() -> None:
    with op.batch_alter_table('financing', schema=None) as batch_op:
        batch_op.drop_column('model')
    with op.batch_alter_table('milestone', schema=None) as batch_op:
        batch_op.drop_column('status')
    with op.batch_alter_table('project', schema=None) as batch_op:
        batch_op.drop_column('documents')
        batch_op.drop_column('started_on')
