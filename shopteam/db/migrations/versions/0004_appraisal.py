"""appraisal: schemes, indicators, cycles, appraisals, scores, KPI actuals, reward/penalty ledger

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22 16:48:03.931646
"""
from alembic import op
import sqlalchemy as sa

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('appraisal_cycle',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('month', sa.Integer(), nullable=False),
    sa.Column('state', sa.String(length=20), nullable=False),
    sa.Column('opened_by', sa.String(length=60), nullable=False),
    sa.Column('opened_at', sa.DateTime(), nullable=False),
    sa.Column('finalised_by', sa.String(length=60), nullable=True),
    sa.Column('finalised_at', sa.DateTime(), nullable=True),
    sa.Column('reopen_history', sa.Text(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint("state IN ('draft', 'self_assessment', 'supervisor_review', 'calibration', 'finalised', 'interviewed')", name=op.f('ck_appraisal_cycle_state')),
    sa.CheckConstraint('month >= 1 AND month <= 12', name=op.f('ck_appraisal_cycle_month')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_appraisal_cycle')),
    sa.UniqueConstraint('year', 'month', name='uq_appraisal_cycle_year_month')
    )
    op.create_table('appraisal_scheme',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('preset', sa.String(length=40), nullable=True),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('self_weight', sa.Integer(), nullable=False),
    sa.Column('grade_thresholds', sa.Text(), nullable=False),
    sa.Column('forced_limits', sa.Text(), nullable=False),
    sa.Column('points_cap', sa.Float(), nullable=False),
    sa.Column('archived', sa.Boolean(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint('self_weight >= 0 AND self_weight <= 100', name=op.f('ck_appraisal_scheme_self_weight')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_appraisal_scheme')),
    sa.UniqueConstraint('name', name=op.f('uq_appraisal_scheme_name'))
    )
    op.create_table('appraisal_indicator',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('scheme_id', sa.Integer(), nullable=False),
    sa.Column('group', sa.String(length=12), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('key', sa.String(length=60), nullable=False),
    sa.Column('weight', sa.Float(), nullable=False),
    sa.Column('method', sa.String(length=20), nullable=False),
    sa.Column('params', sa.Text(), nullable=False),
    sa.Column('source', sa.String(length=12), nullable=False),
    sa.Column('unit', sa.String(length=20), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.CheckConstraint("method IN ('rating', 'higher_is_better', 'lower_is_better', 'tiered', 'tasks', 'attendance')", name=op.f('ck_appraisal_indicator_method')),
    sa.CheckConstraint("source IN ('manual', 'kpi', 'boards', 'attendance')", name=op.f('ck_appraisal_indicator_source')),
    sa.CheckConstraint('"group" IN (\'results\', \'ability\', \'attitude\')', name=op.f('ck_appraisal_indicator_group')),
    sa.CheckConstraint('weight >= 0', name=op.f('ck_appraisal_indicator_weight')),
    sa.ForeignKeyConstraint(['scheme_id'], ['appraisal_scheme.id'], name=op.f('fk_appraisal_indicator_scheme_id_appraisal_scheme'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_appraisal_indicator'))
    )
    with op.batch_alter_table('appraisal_indicator', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_appraisal_indicator_scheme_id'), ['scheme_id'], unique=False)

    op.create_table('appraisal',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('cycle_id', sa.Integer(), nullable=False),
    sa.Column('employee_id', sa.Integer(), nullable=False),
    sa.Column('scheme_id', sa.Integer(), nullable=True),
    sa.Column('scheme_name', sa.String(length=100), nullable=False),
    sa.Column('department_name', sa.String(length=100), nullable=False),
    sa.Column('role_name', sa.String(length=100), nullable=False),
    sa.Column('self_weight', sa.Integer(), nullable=False),
    sa.Column('base_score', sa.Integer(), nullable=True),
    sa.Column('points', sa.Integer(), nullable=True),
    sa.Column('final_score', sa.Integer(), nullable=True),
    sa.Column('grade', sa.String(length=12), nullable=False),
    sa.Column('calibrated_score', sa.Integer(), nullable=True),
    sa.Column('calibrated_grade', sa.String(length=12), nullable=False),
    sa.Column('calibration_reason', sa.Text(), nullable=False),
    sa.Column('self_comment', sa.Text(), nullable=False),
    sa.Column('supervisor_comment', sa.Text(), nullable=False),
    sa.Column('interview_notes', sa.Text(), nullable=False),
    sa.Column('improvement_plan', sa.Text(), nullable=False),
    sa.Column('state', sa.String(length=20), nullable=False),
    sa.Column('self_submitted_at', sa.DateTime(), nullable=True),
    sa.Column('scored_by', sa.String(length=60), nullable=True),
    sa.Column('scored_at', sa.DateTime(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint("state IN ('draft', 'self_assessment', 'supervisor_review', 'calibration', 'finalised', 'interviewed')", name=op.f('ck_appraisal_state')),
    sa.ForeignKeyConstraint(['cycle_id'], ['appraisal_cycle.id'], name=op.f('fk_appraisal_cycle_id_appraisal_cycle'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['employee_id'], ['employee.id'], name=op.f('fk_appraisal_employee_id_employee'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['scheme_id'], ['appraisal_scheme.id'], name=op.f('fk_appraisal_scheme_id_appraisal_scheme'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_appraisal')),
    sa.UniqueConstraint('cycle_id', 'employee_id', name='uq_appraisal_cycle_employee')
    )
    with op.batch_alter_table('appraisal', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_appraisal_employee_id'), ['employee_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_appraisal_scheme_id'), ['scheme_id'], unique=False)

    op.create_table('appraisal_scheme_role',
    sa.Column('scheme_id', sa.Integer(), nullable=False),
    sa.Column('role_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['role_id'], ['role.id'], name=op.f('fk_appraisal_scheme_role_role_id_role'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['scheme_id'], ['appraisal_scheme.id'], name=op.f('fk_appraisal_scheme_role_scheme_id_appraisal_scheme'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('scheme_id', 'role_id', name=op.f('pk_appraisal_scheme_role'))
    )
    op.create_table('kpi_actual',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('employee_id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('month', sa.Integer(), nullable=False),
    sa.Column('indicator', sa.String(length=100), nullable=False),
    sa.Column('value', sa.Float(), nullable=False),
    sa.Column('source_file', sa.String(length=200), nullable=False),
    sa.Column('source_row', sa.Integer(), nullable=True),
    sa.Column('imported_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['employee_id'], ['employee.id'], name=op.f('fk_kpi_actual_employee_id_employee'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_kpi_actual')),
    sa.UniqueConstraint('employee_id', 'year', 'month', 'indicator', name='uq_kpi_actual_employee_period')
    )
    with op.batch_alter_table('kpi_actual', schema=None) as batch_op:
        batch_op.create_index('ix_kpi_actual_period', ['year', 'month'], unique=False)

    op.create_table('ledger_entry',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('entry_date', sa.Date(), nullable=False),
    sa.Column('employee_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('amount', sa.Integer(), nullable=True),
    sa.Column('points', sa.Integer(), nullable=True),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('recorded_by', sa.String(length=60), nullable=False),
    sa.Column('recorded_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint("kind IN ('commendation', 'bonus', 'warning', 'fine', 'demotion_note')", name=op.f('ck_ledger_entry_kind')),
    sa.CheckConstraint('amount IS NULL OR amount >= 0', name=op.f('ck_ledger_entry_amount')),
    sa.ForeignKeyConstraint(['employee_id'], ['employee.id'], name=op.f('fk_ledger_entry_employee_id_employee'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ledger_entry'))
    )
    with op.batch_alter_table('ledger_entry', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_ledger_entry_employee_id'), ['employee_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_ledger_entry_entry_date'), ['entry_date'], unique=False)

    op.create_table('appraisal_score',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('appraisal_id', sa.Integer(), nullable=False),
    sa.Column('indicator_id', sa.Integer(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('group', sa.String(length=12), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('key', sa.String(length=60), nullable=False),
    sa.Column('weight', sa.Float(), nullable=False),
    sa.Column('method', sa.String(length=20), nullable=False),
    sa.Column('params', sa.Text(), nullable=False),
    sa.Column('source', sa.String(length=12), nullable=False),
    sa.Column('unit', sa.String(length=20), nullable=False),
    sa.Column('actual', sa.Float(), nullable=True),
    sa.Column('target', sa.Float(), nullable=True),
    sa.Column('self_score', sa.Integer(), nullable=True),
    sa.Column('supervisor_score', sa.Integer(), nullable=True),
    sa.Column('computed_score', sa.Integer(), nullable=True),
    sa.Column('explanation', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['appraisal_id'], ['appraisal.id'], name=op.f('fk_appraisal_score_appraisal_id_appraisal'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['indicator_id'], ['appraisal_indicator.id'], name=op.f('fk_appraisal_score_indicator_id_appraisal_indicator'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_appraisal_score'))
    )
    with op.batch_alter_table('appraisal_score', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_appraisal_score_appraisal_id'), ['appraisal_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_appraisal_score_indicator_id'), ['indicator_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('appraisal_score', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_appraisal_score_indicator_id'))
        batch_op.drop_index(batch_op.f('ix_appraisal_score_appraisal_id'))

    op.drop_table('appraisal_score')
    with op.batch_alter_table('ledger_entry', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_ledger_entry_entry_date'))
        batch_op.drop_index(batch_op.f('ix_ledger_entry_employee_id'))

    op.drop_table('ledger_entry')
    with op.batch_alter_table('kpi_actual', schema=None) as batch_op:
        batch_op.drop_index('ix_kpi_actual_period')

    op.drop_table('kpi_actual')
    op.drop_table('appraisal_scheme_role')
    with op.batch_alter_table('appraisal', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_appraisal_scheme_id'))
        batch_op.drop_index(batch_op.f('ix_appraisal_employee_id'))

    op.drop_table('appraisal')
    with op.batch_alter_table('appraisal_indicator', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_appraisal_indicator_scheme_id'))

    op.drop_table('appraisal_indicator')
    op.drop_table('appraisal_scheme')
    op.drop_table('appraisal_cycle')
