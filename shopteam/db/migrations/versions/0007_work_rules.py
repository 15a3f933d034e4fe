"""work rules: dated work patterns and attendance rules, missing-punch corrections

Work patterns get ``effective_from`` (existing ones are in force since ever, 2000-01-01) and may have
several versions per role or person; the attendance rules move from the ``setting`` table into dated
versions; missing-punch corrections (补卡) get their table.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-10 10:00:00
"""
import json
from datetime import date

from alembic import op
import sqlalchemy as sa

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

SINCE_EVER = '2000-01-01'
RULE_FIELDS = {'late_grace_minutes': 5, 'early_grace_minutes': 5, 'overtime_block_minutes': 30}
FREE_CORRECTIONS = 3


def upgrade() -> None:
    with op.batch_alter_table('work_pattern', schema=None) as batch_op:
        batch_op.add_column(sa.Column('effective_from', sa.Date(), nullable=False, server_default=SINCE_EVER))
        batch_op.drop_constraint('uq_work_pattern_employee_id', type_='unique')
        batch_op.drop_constraint('uq_work_pattern_role_id', type_='unique')
        batch_op.create_unique_constraint('uq_work_pattern_employee_from', ['employee_id', 'effective_from'])
        batch_op.create_unique_constraint('uq_work_pattern_role_from', ['role_id', 'effective_from'])

    versions = op.create_table('attendance_rules_version',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('effective_from', sa.Date(), nullable=False),
    sa.Column('late_grace_minutes', sa.Integer(), nullable=False),
    sa.Column('early_grace_minutes', sa.Integer(), nullable=False),
    sa.Column('overtime_block_minutes', sa.Integer(), nullable=False),
    sa.Column('free_corrections_per_month', sa.Integer(), nullable=False),
    sa.CheckConstraint('late_grace_minutes >= 0 AND early_grace_minutes >= 0', name=op.f('ck_attendance_rules_version_grace')),
    sa.CheckConstraint('overtime_block_minutes >= 1', name=op.f('ck_attendance_rules_version_block')),
    sa.CheckConstraint('free_corrections_per_month >= 0', name=op.f('ck_attendance_rules_version_free_corrections')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attendance_rules_version')),
    sa.UniqueConstraint('effective_from', name=op.f('uq_attendance_rules_version_effective_from'))
    )
    _move_settings_into_a_version(versions)

    op.create_table('punch_correction',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('employee_id', sa.Integer(), nullable=False),
    sa.Column('work_date', sa.Date(), nullable=False),
    sa.Column('clock_in', sa.DateTime(), nullable=True),
    sa.Column('clock_out', sa.DateTime(), nullable=True),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('requested_by', sa.String(length=60), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('decided_by_id', sa.Integer(), nullable=True),
    sa.Column('decided_by', sa.String(length=60), nullable=False),
    sa.Column('decided_at', sa.DateTime(), nullable=True),
    sa.Column('decision_note', sa.Text(), nullable=False),
    sa.CheckConstraint("status IN ('pending', 'approved', 'rejected')", name=op.f('ck_punch_correction_status')),
    sa.CheckConstraint('clock_in IS NOT NULL OR clock_out IS NOT NULL', name=op.f('ck_punch_correction_a_time')),
    sa.ForeignKeyConstraint(['employee_id'], ['employee.id'], name=op.f('fk_punch_correction_employee_id_employee'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_punch_correction'))
    )
    with op.batch_alter_table('punch_correction', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_punch_correction_employee_id'), ['employee_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_punch_correction_status'), ['status'], unique=False)
        batch_op.create_index(batch_op.f('ix_punch_correction_work_date'), ['work_date'], unique=False)


def _move_settings_into_a_version(versions) -> None:
    """The rules the shop had set (setting keys attendance.*) become the version in force since ever."""
    conn = op.get_bind()
    stored = dict(conn.execute(sa.text("SELECT key, value FROM setting WHERE key LIKE 'attendance.%'")).all())
    if not stored:
        return
    values = dict(RULE_FIELDS)
    for name in RULE_FIELDS:
        try:
            value = json.loads(stored.get('attendance.' + name, 'null'))
        except ValueError:
            value = None
        if isinstance(value, int) and not isinstance(value, bool):
            values[name] = value
    op.bulk_insert(versions, [{'effective_from': date.fromisoformat(SINCE_EVER),
                               'free_corrections_per_month': FREE_CORRECTIONS, **values}])
    conn.execute(sa.text("DELETE FROM setting WHERE key LIKE 'attendance.%'"))


def downgrade() -> None:
    with op.batch_alter_table('punch_correction', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_punch_correction_work_date'))
        batch_op.drop_index(batch_op.f('ix_punch_correction_status'))
        batch_op.drop_index(batch_op.f('ix_punch_correction_employee_id'))
    op.drop_table('punch_correction')
    op.drop_table('attendance_rules_version')
    op.execute("DELETE FROM work_pattern WHERE periods = '[]'")
    op.execute("DELETE FROM work_pattern WHERE id NOT IN "
               "(SELECT MAX(id) FROM work_pattern GROUP BY role_id, employee_id, is_default)")
    with op.batch_alter_table('work_pattern', schema=None) as batch_op:
        batch_op.drop_constraint('uq_work_pattern_role_from', type_='unique')
        batch_op.drop_constraint('uq_work_pattern_employee_from', type_='unique')
        batch_op.create_unique_constraint('uq_work_pattern_role_id', ['role_id'])
        batch_op.create_unique_constraint('uq_work_pattern_employee_id', ['employee_id'])
        batch_op.drop_column('effective_from')
