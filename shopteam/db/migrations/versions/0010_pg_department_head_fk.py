"""pg: the department head's foreign key on PostgreSQL

Revision ID: 0010_pg
Revises: 0010_people
Create Date: 2026-12-07 05:15:00

0001 declared department.head_id -> employee.id with use_alter (the two tables refer to each other).
SQLite keeps such a key inline in CREATE TABLE; on PostgreSQL SQLAlchemy leaves a use_alter key out of
CREATE TABLE for a later ALTER that op.create_table never emits, so a server database had no such key.
Added here, on PostgreSQL only (SQLite already has it).
"""
from alembic import op
import sqlalchemy as sa

revision = '0010_pg'
down_revision = '0010_people'
branch_labels = None
depends_on = None

NAME = 'fk_department_head_id_employee'


def _has_key() -> bool:
    keys = sa.inspect(op.get_bind()).get_foreign_keys('department')
    return any(k['constrained_columns'] == ['head_id'] for k in keys)


def upgrade() -> None:
    if op.get_bind().dialect.name == 'sqlite' or _has_key():
        return
    op.create_foreign_key(NAME, 'department', 'employee', ['head_id'], ['id'], ondelete='SET NULL')


def downgrade() -> None:
    if op.get_bind().dialect.name == 'sqlite' or not _has_key():
        return
    op.drop_constraint(NAME, 'department', type_='foreignkey')
