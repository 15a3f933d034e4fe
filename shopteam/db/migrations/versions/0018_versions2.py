"""versions2: an optimistic-lock version on the shop's settings, the pay-rule overrides and the calendar days

Revision ID: 0018_versions2
Revises: 0017_probreview
Create Date: 2026-12-07 15:30:00

Two PCs saving the shop's pay rules (one setting row), a role's or a person's pay rule or a calendar day: the
second save is refused (db.versions), as 0013 did for the other editable records. Requests (leave, overtime,
punch corrections) get none: a decision is guarded by the request's state (pending), a second decision is
refused naming who decided it. Import mappings get none: a remembered column layout, the latest correction is
the one to remember. Each column is alone in its batch with a literal default: a plain ALTER TABLE ADD COLUMN
on SQLite (no table is copied), the same ALTER on PostgreSQL; existing rows start at 1.
"""
from alembic import op
import sqlalchemy as sa

revision = '0018_versions2'
down_revision = '0017_probreview'
branch_labels = None
depends_on = None

TABLES = ('setting', 'pay_rule_override', 'calendar_override')


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column('version', sa.Integer(), nullable=False, server_default='1'))


def downgrade() -> None:
    for table in reversed(TABLES):
        op.drop_column(table, 'version')  # ALTER TABLE … DROP COLUMN, never a copy (see 0013)
