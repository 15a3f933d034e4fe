"""versions: an optimistic-lock version on every editable record that had none

Revision ID: 0013_versions
Revises: 0012_training
Create Date: 2026-12-07 11:30:00

Two PCs saving the same record: the second save is refused (db.versions). Meeting parts and action items,
recruitment positions, staffing plans, timesheet entries, work patterns, training evaluations and board columns
get the ``version`` column the other editable tables have had from the start; existing rows start at 1.
Each is one column with a literal default alone in its batch: a plain ALTER TABLE ADD COLUMN on SQLite (no
table is copied, so nothing that refers to these rows is touched), the same ALTER on PostgreSQL.
"""
from alembic import op
import sqlalchemy as sa

revision = '0013_versions'
down_revision = '0012_training'
branch_labels = None
depends_on = None

TABLES = ('meeting_part', 'meeting_action', 'recruit_position', 'staffing_plan', 'timesheet_entry',
          'work_pattern', 'training_evaluation', 'board_column')


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column('version', sa.Integer(), nullable=False, server_default='1'))


def downgrade() -> None:
    for table in reversed(TABLES):
        op.drop_column(table, 'version')  # ALTER TABLE … DROP COLUMN, never a copy (see above)
