"""versions and presence: a version number on every row a user edits (optimistic
concurrency: a write names the version it read), and a row per open app (who, where,
since, last seen) and a log of who changed what when, for a database several people share

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07

The version column is added with ALTER TABLE ADD COLUMN, never a batch rebuild: on
SQLite a rebuilt table loses the search index's triggers (revision 0005). Existing
rows start at version 1. The list of tables is frozen here."""
from alembic import op
import sqlalchemy as sa

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

VERSIONED = (
    "action_item", "agenda_item", "attachment", "attendance", "consultation_response",
    "consultation_round", "financing", "group", "meeting", "membership", "milestone",
    "next_meeting_topic", "organisation", "person", "presenter", "project",
    "project_decision", "project_item_link", "project_status_note", "risk",
    "round_recipient", "sor_code", "sor_item_link", "sor_proposal", "sor_status_change",
    "sub_point",
)


def upgrade() -> None:
    for table in VERSIONED:
        op.add_column(table, sa.Column('version', sa.Integer(), server_default='1',
                                       nullable=False))
    op.create_table(
        'app_session',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('who', sa.String(length=100), nullable=False),
        sa.Column('machine', sa.String(length=100), nullable=False),
        sa.Column('since', sa.DateTime(), nullable=False),
        sa.Column('last_seen', sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_app_session')),
        sqlite_autoincrement=True,
    )
    op.create_table(
        'change_log',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('at', sa.DateTime(), nullable=False),
        sa.Column('who', sa.String(length=100), nullable=False),
        sa.Column('machine', sa.String(length=100), nullable=False),
        sa.Column('areas', sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_change_log')),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table('change_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_change_log_at'), ['at'], unique=False)


def downgrade() -> None:
    op.drop_table('change_log')
    op.drop_table('app_session')
    for table in VERSIONED:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column('version')
