"""training documents: the link from a training result to the reward or penalty recorded for it

Revision ID: 0015_trainingdocs
Revises: 0014_leaving
Create Date: 2026-12-07 15:00:00

training_ledger_link is a new table (nothing is altered): one row per attendance row whose result became a
ledger entry, so the results of a session are never booked twice.
"""
from alembic import op
import sqlalchemy as sa

revision = '0015_trainingdocs'
down_revision = '0014_leaving'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('training_ledger_link',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('attendance_id', sa.Integer(), nullable=False),
    sa.Column('ledger_entry_id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['attendance_id'], ['training_attendance.id'],
                            name=op.f('fk_training_ledger_link_attendance_id_training_attendance'),
                            ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['ledger_entry_id'], ['ledger_entry.id'],
                            name=op.f('fk_training_ledger_link_ledger_entry_id_ledger_entry'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_training_ledger_link')),
    sa.UniqueConstraint('attendance_id', name=op.f('uq_training_ledger_link_attendance_id')),
    sa.UniqueConstraint('ledger_entry_id', name=op.f('uq_training_ledger_link_ledger_entry_id'))
    )


def downgrade() -> None:
    op.drop_table('training_ledger_link')
