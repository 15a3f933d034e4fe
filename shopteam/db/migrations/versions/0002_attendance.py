"""attendance: punches, timesheets, leave and overtime requests, calendar, patterns, mappings

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22 16:30:20.159118
"""
from alembic import op
import sqlalchemy as sa



revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('calendar_override',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.CheckConstraint("kind IN ('workday', 'restday', 'holiday')", name=op.f('ck_calendar_override_kind')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_calendar_override')),
    sa.UniqueConstraint('day', name=op.f('uq_calendar_override_day'))
    )
    op.create_table('import_mapping',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('layout_key', sa.String(length=40), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('columns', sa.Text(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_import_mapping')),
    sa.UniqueConstraint('layout_key', name=op.f('uq_import_mapping_layout_key'))
    )
    op.create_table('leave_request',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('employee_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('start', sa.DateTime(), nullable=False),
    sa.Column('end', sa.DateTime(), nullable=False),
    sa.Column('hours', sa.Float(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('requested_by', sa.String(length=60), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('decided_by_id', sa.Integer(), nullable=True),
    sa.Column('decided_by', sa.String(length=60), nullable=False),
    sa.Column('decided_at', sa.DateTime(), nullable=True),
    sa.Column('decision_note', sa.Text(), nullable=False),
    sa.CheckConstraint("kind IN ('annual', 'personal', 'sick', 'compensatory', 'marriage', 'maternity', 'bereavement')", name=op.f('ck_leave_request_kind')),
    sa.CheckConstraint("status IN ('pending', 'approved', 'rejected')", name=op.f('ck_leave_request_status')),
    sa.CheckConstraint('"end" > start', name=op.f('ck_leave_request_span')),
    sa.CheckConstraint('hours >= 0', name=op.f('ck_leave_request_hours')),
    sa.ForeignKeyConstraint(['employee_id'], ['employee.id'], name=op.f('fk_leave_request_employee_id_employee'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_leave_request'))
    )
    with op.batch_alter_table('leave_request', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_leave_request_employee_id'), ['employee_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_leave_request_status'), ['status'], unique=False)

    op.create_table('overtime_request',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('employee_id', sa.Integer(), nullable=False),
    sa.Column('work_date', sa.Date(), nullable=False),
    sa.Column('start', sa.DateTime(), nullable=True),
    sa.Column('end', sa.DateTime(), nullable=True),
    sa.Column('hours', sa.Float(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('requested_by', sa.String(length=60), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('decided_by_id', sa.Integer(), nullable=True),
    sa.Column('decided_by', sa.String(length=60), nullable=False),
    sa.Column('decided_at', sa.DateTime(), nullable=True),
    sa.Column('decision_note', sa.Text(), nullable=False),
    sa.CheckConstraint("status IN ('pending', 'approved', 'rejected')", name=op.f('ck_overtime_request_status')),
    sa.CheckConstraint('hours > 0', name=op.f('ck_overtime_request_hours')),
    sa.ForeignKeyConstraint(['employee_id'], ['employee.id'], name=op.f('fk_overtime_request_employee_id_employee'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_overtime_request'))
    )
    with op.batch_alter_table('overtime_request', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_overtime_request_employee_id'), ['employee_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_overtime_request_status'), ['status'], unique=False)
        batch_op.create_index(batch_op.f('ix_overtime_request_work_date'), ['work_date'], unique=False)

    op.create_table('punch_record',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('employee_id', sa.Integer(), nullable=False),
    sa.Column('work_date', sa.Date(), nullable=False),
    sa.Column('clock_in', sa.DateTime(), nullable=True),
    sa.Column('clock_out', sa.DateTime(), nullable=True),
    sa.Column('source', sa.String(length=200), nullable=False),
    sa.Column('imported_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['employee_id'], ['employee.id'], name=op.f('fk_punch_record_employee_id_employee'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_punch_record')),
    sa.UniqueConstraint('employee_id', 'work_date', name='uq_punch_record_employee_day')
    )
    with op.batch_alter_table('punch_record', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_punch_record_work_date'), ['work_date'], unique=False)

    op.create_table('timesheet_entry',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('employee_id', sa.Integer(), nullable=False),
    sa.Column('work_date', sa.Date(), nullable=False),
    sa.Column('task', sa.String(length=200), nullable=False),
    sa.Column('hours', sa.Float(), nullable=False),
    sa.Column('overtime_hours', sa.Float(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('source', sa.String(length=200), nullable=False),
    sa.Column('imported_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('hours >= 0 AND overtime_hours >= 0', name=op.f('ck_timesheet_entry_hours')),
    sa.ForeignKeyConstraint(['employee_id'], ['employee.id'], name=op.f('fk_timesheet_entry_employee_id_employee'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_timesheet_entry')),
    sa.UniqueConstraint('employee_id', 'work_date', 'task', name='uq_timesheet_entry_employee_day_task')
    )
    with op.batch_alter_table('timesheet_entry', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_timesheet_entry_work_date'), ['work_date'], unique=False)

    op.create_table('work_pattern',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('weekdays', sa.Integer(), nullable=False),
    sa.Column('periods', sa.Text(), nullable=False),
    sa.Column('role_id', sa.Integer(), nullable=True),
    sa.Column('employee_id', sa.Integer(), nullable=True),
    sa.Column('is_default', sa.Boolean(), nullable=False),
    sa.CheckConstraint('NOT (role_id IS NOT NULL AND employee_id IS NOT NULL)', name=op.f('ck_work_pattern_one_target')),
    sa.CheckConstraint('weekdays >= 0 AND weekdays < 128', name=op.f('ck_work_pattern_weekdays')),
    sa.ForeignKeyConstraint(['employee_id'], ['employee.id'], name=op.f('fk_work_pattern_employee_id_employee'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['role_id'], ['role.id'], name=op.f('fk_work_pattern_role_id_role'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_work_pattern')),
    sa.UniqueConstraint('employee_id', name=op.f('uq_work_pattern_employee_id')),
    sa.UniqueConstraint('role_id', name=op.f('uq_work_pattern_role_id'))
    )


def downgrade() -> None:
    op.drop_table('work_pattern')
    with op.batch_alter_table('timesheet_entry', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_timesheet_entry_work_date'))

    op.drop_table('timesheet_entry')
    with op.batch_alter_table('punch_record', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_punch_record_work_date'))

    op.drop_table('punch_record')
    with op.batch_alter_table('overtime_request', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_overtime_request_work_date'))
        batch_op.drop_index(batch_op.f('ix_overtime_request_status'))
        batch_op.drop_index(batch_op.f('ix_overtime_request_employee_id'))

    op.drop_table('overtime_request')
    with op.batch_alter_table('leave_request', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_leave_request_status'))
        batch_op.drop_index(batch_op.f('ix_leave_request_employee_id'))

    op.drop_table('leave_request')
    op.drop_table('import_mapping')
    op.drop_table('calendar_override')
