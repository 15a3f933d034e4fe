"""rulesversion: an optimistic-lock version on the dated attendance rules

Revision ID: 0019_rulesversion
Revises: 0018_versions2
Create Date: 2026-12-07 17:00:00

Two PCs saving the attendance rules from the same date: the second save is refused (db.versions), as 0018
did for the calendar days. One column alone in its batch with a literal default: a plain ALTER TABLE ADD
COLUMN on SQLite, the same ALTER on PostgreSQL; existing rows start at 1.
"""
from alembic import op
import sqlalchemy as sa

revision = '0019_rulesversion'
down_revision = '0018_versions2'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('attendance_rules_version', schema=None) as batch_op:
        batch_op.add_column(sa.Column('version', sa.Integer(), nullable=False, server_default='1'))


def downgrade() -> None:
    op.drop_column('attendance_rules_version', 'version')  # ALTER TABLE … DROP COLUMN, never a copy (see 0013)
