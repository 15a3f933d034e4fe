"""withholding: contribution bases and special additional deductions per person; withholding on payout lines

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06 19:45:00
"""
from alembic import op
import sqlalchemy as sa

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None

EMPLOYEE_COLUMNS = ('social_insurance_base', 'housing_fund_base', 'additional_deduction')
LINE_COLUMNS = ('withheld', 'net', 'special_deductions', 'additional_deductions', 'income_tax')


def upgrade() -> None:
    # Plain ALTER TABLE ADD COLUMN, never a batch copy: dropping the copied employee table with foreign keys
    # on would delete every row that refers to a person.
    for name in EMPLOYEE_COLUMNS:
        op.add_column('employee', sa.Column(name, sa.Integer(), nullable=False, server_default='0'))
    # Lines computed before withholding existed were computed without it: NULL.
    for name in LINE_COLUMNS:
        op.add_column('payout_line', sa.Column(name, sa.Integer(), nullable=True))
    op.add_column('payout_line', sa.Column('withholding', sa.Text(), nullable=True))


def downgrade() -> None:
    # ALTER TABLE … DROP COLUMN (SQLite 3.35+), never a copy (see above)
    op.drop_column('payout_line', 'withholding')
    for name in reversed(LINE_COLUMNS):
        op.drop_column('payout_line', name)
    for name in reversed(EMPLOYEE_COLUMNS):
        op.drop_column('employee', name)
