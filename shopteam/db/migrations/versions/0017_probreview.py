"""probation review (转正评估): a purpose on appraisal schemes (monthly or probation) and the supervisor's
assessment with its recommendation

Revision ID: 0017_probreview
Revises: 0016_onboarding
Create Date: 2026-12-07 15:10:00

appraisal_scheme.purpose is one column with a literal default: a plain ALTER TABLE ADD COLUMN on SQLite (the
scheme table, which appraisals and indicators refer to, is never copied, see 0006).
"""
from alembic import op
import sqlalchemy as sa

revision = '0017_probreview'
down_revision = '0016_onboarding'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('appraisal_scheme', schema=None) as batch_op:
        batch_op.add_column(sa.Column('purpose', sa.String(length=12), nullable=False, server_default='monthly'))

    op.create_table('probation_assessment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('employee_id', sa.Integer(), nullable=False),
    sa.Column('scheme_id', sa.Integer(), nullable=True),
    sa.Column('scheme_name', sa.String(length=100), nullable=False),
    sa.Column('indicators', sa.Text(), nullable=False),
    sa.Column('total', sa.Integer(), nullable=True),
    sa.Column('grade', sa.String(length=12), nullable=False),
    sa.Column('recommendation', sa.String(length=10), nullable=False),
    sa.Column('comment', sa.Text(), nullable=False),
    sa.Column('supervisor_id', sa.Integer(), nullable=True),
    sa.Column('supervisor', sa.String(length=100), nullable=False),
    sa.Column('recommended_by', sa.String(length=60), nullable=False),
    sa.Column('recommended_at', sa.DateTime(), nullable=False),
    sa.Column('review_id', sa.Integer(), nullable=True),
    sa.CheckConstraint("recommendation IN ('confirm', 'extend', 'end')",
                       name=op.f('ck_probation_assessment_recommendation')),
    sa.ForeignKeyConstraint(['employee_id'], ['employee.id'],
                            name=op.f('fk_probation_assessment_employee_id_employee'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['scheme_id'], ['appraisal_scheme.id'],
                            name=op.f('fk_probation_assessment_scheme_id_appraisal_scheme'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['supervisor_id'], ['employee.id'],
                            name=op.f('fk_probation_assessment_supervisor_id_employee'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['review_id'], ['probation_review.id'],
                            name=op.f('fk_probation_assessment_review_id_probation_review'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_probation_assessment'))
    )
    with op.batch_alter_table('probation_assessment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_probation_assessment_employee_id'), ['employee_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('probation_assessment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_probation_assessment_employee_id'))
    op.drop_table('probation_assessment')
    op.drop_column('appraisal_scheme', 'purpose')  # ALTER TABLE … DROP COLUMN, never a copy (see 0006)
