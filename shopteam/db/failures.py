"""What a database failure means for the user, in one place for the window and the command line.

The driver's error (SQLite's result code, PostgreSQL's SQLSTATE) says what happened: the disk or the
database's size limit is full, another program holds the file, the file is read-only, the server cannot be
reached. Each becomes a :class:`~shopteam.domain.errors.ShopTeamError` with a code and one plain sentence
(translated by the window); whatever was being written was rolled back by the transaction around it.
"""

from __future__ import annotations

import sqlite3

from shopteam.domain.errors import ShopTeamError


class DiskFull(ShopTeamError):
    code = "disk_full"
    template = ("The database ran out of room (the disk, or the database's size limit, is full). Nothing was "
                "saved. Free some space and try again.")


class DatabaseBusy(ShopTeamError):
    code = "database_busy"
    template = "The database is busy: another program is writing to it. Nothing was saved; try again in a moment."


class DatabaseReadOnly(ShopTeamError):
    code = "read_only"
    template = "The database file cannot be written (it is read-only). Nothing was saved."


class DiskError(ShopTeamError):
    code = "io_error"
    template = "The disk reported an error while writing the database. Nothing was saved."


class ServerFull(ShopTeamError):
    code = "disk_full"
    template = "The database server ran out of room (disk or memory). Nothing was saved."


class ServerUnreachable(ShopTeamError):
    code = "server_unreachable"
    template = ("The database server cannot be reached. Nothing was saved; ShopTeam tries again when you repeat "
                "the action.")


_SQLITE = {
    sqlite3.SQLITE_FULL: DiskFull,
    sqlite3.SQLITE_BUSY: DatabaseBusy,
    sqlite3.SQLITE_LOCKED: DatabaseBusy,
    sqlite3.SQLITE_READONLY: DatabaseReadOnly,
    sqlite3.SQLITE_IOERR: DiskError,
}
_SQLSTATE_CLASSES = {"53": ServerFull, "08": ServerUnreachable, "57": ServerUnreachable}


def database_failure(error: BaseException) -> ShopTeamError | None:
    """The user's view of a driver or SQLAlchemy database error; None when it is not one we can explain."""
    original = getattr(error, "orig", None) or error
    code = getattr(original, "sqlite_errorcode", None)
    if code is not None:
        found = _SQLITE.get(code) or _SQLITE.get(code & 0xFF)  # extended codes carry the primary in the low byte
        return None if found is None else found(reason=str(original))
    state = getattr(original, "sqlstate", None) or getattr(original, "pgcode", None)
    if isinstance(state, str) and state[:2] in _SQLSTATE_CLASSES:
        return _SQLSTATE_CLASSES[state[:2]](reason=str(original))
    if getattr(error, "connection_invalidated", False) or _no_answer(original):
        return ServerUnreachable(reason=str(original))
    return None


def _no_answer(original: BaseException) -> bool:
    """psycopg's error of a connection the server never answered (refused, timed out, unknown host) or
    answered only to say it is starting up or shutting down; a server that refused the user or the
    database ("FATAL: password authentication failed …") is reachable, and stays unexplained here."""
    try:
        import psycopg
    except ImportError:  # pragma: no cover - psycopg is a dependency
        return False
    if not isinstance(original, psycopg.OperationalError) or getattr(original, "sqlstate", None):
        return False
    text = str(original)
    return "FATAL:" not in text or "the database system is" in text
