"""boards: boards, columns, cards, assignees, checklist, comments, moves, goals

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22 16:32:37.484211
"""
from alembic import op
import sqlalchemy as sa



revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('board',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('department_id', sa.Integer(), nullable=True),
    sa.Column('swimlane', sa.String(length=12), nullable=False),
    sa.Column('archived', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint("kind IN ('content', 'campaign', 'listing', 'custom')", name=op.f('ck_board_kind')),
    sa.CheckConstraint("swimlane IN ('none', 'person', 'department')", name=op.f('ck_board_swimlane')),
    sa.ForeignKeyConstraint(['department_id'], ['department.id'], name=op.f('fk_board_department_id_department'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_board')),
    sa.UniqueConstraint('name', name=op.f('uq_board_name'))
    )
    with op.batch_alter_table('board', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_board_department_id'), ['department_id'], unique=False)

    op.create_table('board_column',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('board_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=60), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('wip_limit', sa.Integer(), nullable=True),
    sa.Column('is_done', sa.Boolean(), nullable=False),
    sa.Column('archived', sa.Boolean(), nullable=False),
    sa.CheckConstraint('wip_limit IS NULL OR wip_limit >= 1', name=op.f('ck_board_column_wip_limit')),
    sa.ForeignKeyConstraint(['board_id'], ['board.id'], name=op.f('fk_board_column_board_id_board'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_board_column'))
    )
    with op.batch_alter_table('board_column', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_board_column_board_id'), ['board_id'], unique=False)

    op.create_table('goal',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('scope', sa.String(length=12), nullable=False),
    sa.Column('department_id', sa.Integer(), nullable=True),
    sa.Column('employee_id', sa.Integer(), nullable=True),
    sa.Column('period', sa.String(length=10), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=True),
    sa.Column('metric', sa.String(length=100), nullable=False),
    sa.Column('unit', sa.String(length=20), nullable=False),
    sa.Column('target', sa.Float(), nullable=False),
    sa.Column('actual', sa.Float(), nullable=True),
    sa.Column('actual_from_cards', sa.Boolean(), nullable=False),
    sa.Column('parent_id', sa.Integer(), nullable=True),
    sa.Column('owner_id', sa.Integer(), nullable=True),
    sa.Column('deadline', sa.Date(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('archived', sa.Boolean(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint("(period = 'year' AND number IS NULL) OR (period = 'quarter' AND number BETWEEN 1 AND 4) OR (period = 'month' AND number BETWEEN 1 AND 12)", name=op.f('ck_goal_number')),
    sa.CheckConstraint("period IN ('year', 'quarter', 'month')", name=op.f('ck_goal_period')),
    sa.CheckConstraint("scope IN ('shop', 'department', 'person')", name=op.f('ck_goal_scope')),
    sa.ForeignKeyConstraint(['department_id'], ['department.id'], name=op.f('fk_goal_department_id_department'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['employee_id'], ['employee.id'], name=op.f('fk_goal_employee_id_employee'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['owner_id'], ['employee.id'], name=op.f('fk_goal_owner_id_employee'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['parent_id'], ['goal.id'], name=op.f('fk_goal_parent_id_goal'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_goal'))
    )
    with op.batch_alter_table('goal', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_goal_parent_id'), ['parent_id'], unique=False)
        batch_op.create_index('ix_goal_year', ['year', 'period', 'number'], unique=False)

    op.create_table('card',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('board_id', sa.Integer(), nullable=False),
    sa.Column('column_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('priority', sa.Integer(), nullable=False),
    sa.Column('tags', sa.String(length=200), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=True),
    sa.Column('due_date', sa.Date(), nullable=True),
    sa.Column('estimate_hours', sa.Float(), nullable=True),
    sa.Column('goal_id', sa.Integer(), nullable=True),
    sa.Column('archived', sa.Boolean(), nullable=False),
    sa.Column('done_at', sa.DateTime(), nullable=True),
    sa.Column('recurrence', sa.String(length=10), nullable=False),
    sa.Column('recurrence_weekday', sa.Integer(), nullable=True),
    sa.Column('recurrence_day', sa.Integer(), nullable=True),
    sa.Column('recurrence_scope', sa.String(length=10), nullable=False),
    sa.Column('template_id', sa.Integer(), nullable=True),
    sa.Column('recurrence_key', sa.String(length=40), nullable=True),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint("recurrence IN ('none', 'weekly', 'monthly')", name=op.f('ck_card_recurrence')),
    sa.CheckConstraint("recurrence_scope IN ('card', 'each', 'everyone')", name=op.f('ck_card_recurrence_scope')),
    sa.CheckConstraint('due_date IS NULL OR start_date IS NULL OR due_date >= start_date', name=op.f('ck_card_dates')),
    sa.CheckConstraint('estimate_hours IS NULL OR estimate_hours >= 0', name=op.f('ck_card_estimate')),
    sa.CheckConstraint('priority BETWEEN 0 AND 3', name=op.f('ck_card_priority')),
    sa.CheckConstraint('recurrence_day IS NULL OR recurrence_day BETWEEN 1 AND 31', name=op.f('ck_card_month_day')),
    sa.CheckConstraint('recurrence_weekday IS NULL OR recurrence_weekday BETWEEN 0 AND 6', name=op.f('ck_card_weekday')),
    sa.ForeignKeyConstraint(['board_id'], ['board.id'], name=op.f('fk_card_board_id_board'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['column_id'], ['board_column.id'], name=op.f('fk_card_column_id_board_column'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['created_by_id'], ['user_account.id'], name=op.f('fk_card_created_by_id_user_account'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['goal_id'], ['goal.id'], name=op.f('fk_card_goal_id_goal'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['template_id'], ['card.id'], name=op.f('fk_card_template_id_card'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_card')),
    sa.UniqueConstraint('template_id', 'recurrence_key', name='uq_card_template_period')
    )
    with op.batch_alter_table('card', schema=None) as batch_op:
        batch_op.create_index('ix_card_board', ['board_id', 'archived'], unique=False)
        batch_op.create_index('ix_card_column_position', ['column_id', 'position'], unique=False)
        batch_op.create_index(batch_op.f('ix_card_due_date'), ['due_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_card_goal_id'), ['goal_id'], unique=False)

    op.create_table('card_assignee',
    sa.Column('card_id', sa.Integer(), nullable=False),
    sa.Column('employee_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['card_id'], ['card.id'], name=op.f('fk_card_assignee_card_id_card'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['employee_id'], ['employee.id'], name=op.f('fk_card_assignee_employee_id_employee'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('card_id', 'employee_id', name=op.f('pk_card_assignee'))
    )
    with op.batch_alter_table('card_assignee', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_card_assignee_employee_id'), ['employee_id'], unique=False)

    op.create_table('card_comment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('card_id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.Column('username', sa.String(length=60), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['card_id'], ['card.id'], name=op.f('fk_card_comment_card_id_card'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['user_id'], ['user_account.id'], name=op.f('fk_card_comment_user_id_user_account'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_card_comment'))
    )
    with op.batch_alter_table('card_comment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_card_comment_card_id'), ['card_id'], unique=False)

    op.create_table('card_move',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('card_id', sa.Integer(), nullable=False),
    sa.Column('from_column_id', sa.Integer(), nullable=True),
    sa.Column('to_column_id', sa.Integer(), nullable=False),
    sa.Column('from_position', sa.Integer(), nullable=True),
    sa.Column('to_position', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.Column('username', sa.String(length=60), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['card_id'], ['card.id'], name=op.f('fk_card_move_card_id_card'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['from_column_id'], ['board_column.id'], name=op.f('fk_card_move_from_column_id_board_column'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['to_column_id'], ['board_column.id'], name=op.f('fk_card_move_to_column_id_board_column'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['user_id'], ['user_account.id'], name=op.f('fk_card_move_user_id_user_account'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_card_move'))
    )
    with op.batch_alter_table('card_move', schema=None) as batch_op:
        batch_op.create_index('ix_card_move_card_at', ['card_id', 'at'], unique=False)
        batch_op.create_index(batch_op.f('ix_card_move_to_column_id'), ['to_column_id'], unique=False)

    op.create_table('checklist_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('card_id', sa.Integer(), nullable=False),
    sa.Column('text', sa.String(length=200), nullable=False),
    sa.Column('done', sa.Boolean(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['card_id'], ['card.id'], name=op.f('fk_checklist_item_card_id_card'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_checklist_item'))
    )
    with op.batch_alter_table('checklist_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_checklist_item_card_id'), ['card_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('checklist_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_checklist_item_card_id'))

    op.drop_table('checklist_item')
    with op.batch_alter_table('card_move', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_card_move_to_column_id'))
        batch_op.drop_index('ix_card_move_card_at')

    op.drop_table('card_move')
    with op.batch_alter_table('card_comment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_card_comment_card_id'))

    op.drop_table('card_comment')
    with op.batch_alter_table('card_assignee', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_card_assignee_employee_id'))

    op.drop_table('card_assignee')
    with op.batch_alter_table('card', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_card_goal_id'))
        batch_op.drop_index(batch_op.f('ix_card_due_date'))
        batch_op.drop_index('ix_card_column_position')
        batch_op.drop_index('ix_card_board')

    op.drop_table('card')
    with op.batch_alter_table('goal', schema=None) as batch_op:
        batch_op.drop_index('ix_goal_year')
        batch_op.drop_index(batch_op.f('ix_goal_parent_id'))

    op.drop_table('goal')
    with op.batch_alter_table('board_column', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_board_column_board_id'))

    op.drop_table('board_column')
    with op.batch_alter_table('board', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_board_department_id'))

    op.drop_table('board')
