"""timesheets: a decision on each timesheet entry, the card it names; attendance from timesheets per person

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06 13:30:00
"""
from alembic import op
import sqlalchemy as sa

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ALTER TABLE ADD COLUMN (a literal default, nothing else in the batch): the employee table must
    # never be copied and dropped, since dropping it with foreign keys on deletes every row that refers to it.
    with op.batch_alter_table('employee', schema=None) as batch_op:
        batch_op.add_column(sa.Column('attendance_from_timesheets', sa.Boolean(), nullable=False,
                                      server_default='0'))

    with op.batch_alter_table('timesheet_entry', schema=None) as batch_op:  # copied: no table refers to it
        batch_op.add_column(sa.Column('card_id', sa.Integer(), nullable=True))
        # entries imported before are undecided: pending
        batch_op.add_column(sa.Column('status', sa.String(length=10), nullable=False, server_default='pending'))
        batch_op.add_column(sa.Column('decided_by_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('decided_by', sa.String(length=60), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('decided_at', sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column('decision_note', sa.Text(), nullable=False, server_default=''))
        batch_op.create_foreign_key(batch_op.f('fk_timesheet_entry_card_id_card'), 'card', ['card_id'], ['id'],
                                    ondelete='SET NULL')
        batch_op.create_check_constraint(batch_op.f('ck_timesheet_entry_status'),
                                         "status IN ('pending', 'approved', 'rejected')")
        batch_op.create_index(batch_op.f('ix_timesheet_entry_card_id'), ['card_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_timesheet_entry_status'), ['status'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('timesheet_entry', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_timesheet_entry_status'))
        batch_op.drop_index(batch_op.f('ix_timesheet_entry_card_id'))
        batch_op.drop_constraint(batch_op.f('ck_timesheet_entry_status'), type_='check')
        batch_op.drop_constraint(batch_op.f('fk_timesheet_entry_card_id_card'), type_='foreignkey')
        batch_op.drop_column('decision_note')
        batch_op.drop_column('decided_at')
        batch_op.drop_column('decided_by')
        batch_op.drop_column('decided_by_id')
        batch_op.drop_column('status')
        batch_op.drop_column('card_id')

    op.drop_column('employee', 'attendance_from_timesheets')  # ALTER TABLE … DROP COLUMN, never a copy (see above)
