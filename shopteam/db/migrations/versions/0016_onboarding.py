"""onboarding (入职): checklist templates per role and each newcomer's checklist

Revision ID: 0016_onboarding
Revises: 0015_trainingdocs
Create Date: 2026-12-07 15:20:00

Two new tables; nothing existing is altered.
"""
from alembic import op
import sqlalchemy as sa

revision = '0016_onboarding'
down_revision = '0015_trainingdocs'
branch_labels = None
depends_on = None

CATEGORIES = "category IN ('accounts', 'training', 'handover', 'equipment')"


def upgrade() -> None:
    op.create_table('onboarding_template_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('role_id', sa.Integer(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('category', sa.String(length=12), nullable=False),
    sa.Column('text', sa.String(length=200), nullable=False),
    sa.CheckConstraint(CATEGORIES, name=op.f('ck_onboarding_template_item_category')),
    sa.ForeignKeyConstraint(['role_id'], ['role.id'], name=op.f('fk_onboarding_template_item_role_id_role'),
                            ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_onboarding_template_item'))
    )
    with op.batch_alter_table('onboarding_template_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_onboarding_template_item_role_id'), ['role_id'], unique=False)

    op.create_table('onboarding_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('employee_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('category', sa.String(length=12), nullable=False),
    sa.Column('text', sa.String(length=200), nullable=False),
    sa.Column('done', sa.Boolean(), nullable=False),
    sa.Column('done_on', sa.Date(), nullable=True),
    sa.Column('done_by', sa.String(length=60), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint(CATEGORIES, name=op.f('ck_onboarding_item_category')),
    sa.ForeignKeyConstraint(['employee_id'], ['employee.id'], name=op.f('fk_onboarding_item_employee_id_employee'),
                            ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_onboarding_item'))
    )
    with op.batch_alter_table('onboarding_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_onboarding_item_employee_id'), ['employee_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('onboarding_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_onboarding_item_employee_id'))
    op.drop_table('onboarding_item')
    with op.batch_alter_table('onboarding_template_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_onboarding_template_item_role_id'))
    op.drop_table('onboarding_template_item')
