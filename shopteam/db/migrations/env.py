"""Alembic environment: always run from code (shopteam.db.migrate) with a connection handed in."""

from alembic import context

from shopteam.db import models
from shopteam.db.base import Base

models.load_all()  # every table, for autogenerate
config = context.config
connection = config.attributes["connection"]

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
    transaction_per_migration=False,
)
with context.begin_transaction():
    context.run_migrations()
