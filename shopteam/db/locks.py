"""One writer at a time for work that reads what is there and then writes on that basis (an import: which
rows are new, which are duplicates), when several PCs share one database.

:func:`one_at_a_time` is the first statement of such work in its transaction and holds until the transaction
ends (commit, rollback, or a connection the server lost):

- PostgreSQL: ``pg_advisory_xact_lock`` on a key of the work's name. A second import waits for the first to
  end, then reads the rows the first committed (READ COMMITTED: each statement sees the latest commits), so
  its duplicates are skipped or replaced by the user's choice instead of failing on a unique key.
- SQLite: a write that changes nothing takes the file's write lock at once (what ``BEGIN IMMEDIATE`` would
  do), so the second import waits (``busy_timeout``, 5 s) before it reads rather than failing afterwards
  with a stale snapshot. One that waits longer is refused with ``DatabaseBusy`` ("try again in a moment"),
  rolled back whole.
"""

from __future__ import annotations

import zlib

from sqlalchemy import text
from sqlalchemy.engine import Connection


def lock_key(name: str) -> int:
    """A stable advisory-lock key of ``name`` (a PostgreSQL bigint), the same on every PC."""
    return int.from_bytes(b"ST", "big") << 32 | zlib.crc32(name.encode("utf-8"))


def one_at_a_time(connection: Connection, name: str, *, sqlite_table: str) -> None:
    """Wait until no other transaction holds ``name``, then hold it until this transaction ends.

    ``sqlite_table`` is a table of the work; on SQLite the lock is a no-op ``UPDATE`` of it."""
    dialect = connection.dialect.name
    if dialect == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": lock_key(name)})
    elif dialect == "sqlite":
        connection.exec_driver_sql(f"UPDATE {sqlite_table} SET id = id WHERE 1 = 0")
