"""actual times: when each agenda item really began and ended, kept by the chair's
live view

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-07

Two nullable columns added in place (ALTER TABLE ... ADD COLUMN), not by a batch
rebuild: rebuilding agenda_item would drop the search index's triggers on it with the
old table (see 0005). Existing items get no times: nobody kept them.
"""
from alembic import op
import sqlalchemy as sa

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('agenda_item', sa.Column('actual_start', sa.DateTime(), nullable=True))
    op.add_column('agenda_item', sa.Column('actual_end', sa.DateTime(), nullable=True))


def downgrade() -> None:
    # SQLite 3.35+ drops a column in place, so the search triggers on the table stay.
    op.drop_column('agenda_item', 'actual_end')
    op.drop_column('agenda_item', 'actual_start')
