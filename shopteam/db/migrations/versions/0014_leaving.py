"""leaving (离职): how a person left (resignation or dismissal) and their handover checklist

Revision ID: 0014_leaving
Revises: 0013_versions
Create Date: 2026-12-07 11:30:00

employee.leave_kind is one column with a literal default: a plain ALTER TABLE ADD COLUMN on SQLite (the
employee table is never copied, see 0006).
"""
from alembic import op
import sqlalchemy as sa

revision = '0014_leaving'
down_revision = '0013_versions'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('employee', schema=None) as batch_op:
        batch_op.add_column(sa.Column('leave_kind', sa.String(length=12), nullable=False, server_default=''))

    op.create_table('handover_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('employee_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('text', sa.String(length=200), nullable=False),
    sa.Column('done', sa.Boolean(), nullable=False),
    sa.Column('done_on', sa.Date(), nullable=True),
    sa.Column('done_by', sa.String(length=60), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['employee_id'], ['employee.id'], name=op.f('fk_handover_item_employee_id_employee'),
                            ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_handover_item'))
    )
    with op.batch_alter_table('handover_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_handover_item_employee_id'), ['employee_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('handover_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_handover_item_employee_id'))
    op.drop_table('handover_item')
    op.drop_column('employee', 'leave_kind')  # ALTER TABLE … DROP COLUMN, never a copy (see 0006)
