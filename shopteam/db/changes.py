"""What each committed transaction changed, as table names, for the screens that show those tables.

One place records it: the sessions of :func:`shopteam.db.engine.make_session_factory`. Every INSERT, UPDATE or
DELETE executed on a session's connection (the ORM's flushes, ``session.execute(insert(...))``, Core statements
on ``session.connection()``, text SQL) adds its table to the session's pending set; the commit hands the set to
the factory's :class:`ChangeRecorder`, a rollback drops it. Writes that bypass SQLAlchemy (the driver's own
cursor, PostgreSQL COPY) say so with :func:`note`. Changes made by another PC on the same server are not seen:
the screens keep an explicit refresh for those.

Listeners are called on the committing thread (a worker's, for the task runner's work); they must be quick and
hand over to their own thread (the window's feed in ui/changes does). No Qt here.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Callable

from sqlalchemy import Connection, Engine, event
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.sql.dml import UpdateBase
from sqlalchemy.sql.elements import TextClause

log = logging.getLogger(__name__)

Listener = Callable[[int, frozenset[str]], None]

_RECORDER = "shopteam.changes"  # session.info / sessionmaker info key: the factory's recorder
_PENDING = "shopteam.changes.pending"  # session.info key: the tables written in the open transaction
_CONNECTION_PENDING = "_shopteam_changes_pending"  # attribute on the session's Connection: the same set
_WRITE = re.compile(r'^\s*(?:INSERT\s+(?:OR\s+\w+\s+)?INTO|UPDATE|DELETE\s+FROM|COPY)\s+"?(\w+)', re.IGNORECASE)


class ChangeRecorder:
    """The committed changes of one session factory: a generation number that grows by one per commit that
    changed something, and the listeners told ``(generation, tables)`` after each such commit."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._listeners: list[Listener] = []
        self.generation = 0

    def listen(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener(generation, tables)`` after every commit that changed tables; returns the function that
        stops it."""
        with self._lock:
            self._listeners.append(listener)

        def stop() -> None:
            with self._lock:
                if listener in self._listeners:
                    self._listeners.remove(listener)

        return stop

    def publish(self, tables: frozenset[str]) -> int:
        with self._lock:
            self.generation += 1
            generation = self.generation
            listeners = list(self._listeners)
        for listener in listeners:
            try:
                listener(generation, tables)
            except Exception:  # noqa: BLE001 - a listener's failure must never fail a commit that happened
                log.exception("a change listener failed")
        return generation


def recorder_of(factory: sessionmaker[Session]) -> ChangeRecorder:
    """The recorder of a factory made by :func:`install` (make_session_factory installs it)."""
    return factory.kw["info"][_RECORDER]


def note(session: Session, *tables: str) -> None:
    """Record writes the connection did not see (the driver's cursor, COPY) in the session's transaction."""
    session.info.setdefault(_PENDING, set()).update(tables)


def written_table(statement) -> str | None:
    """The table an INSERT/UPDATE/DELETE statement (Core, ORM-enabled, text or a plain string) writes, else None."""
    if isinstance(statement, UpdateBase):
        table = getattr(statement, "table", None)
        name = getattr(table, "name", None)
        if name is None and hasattr(table, "__table__"):  # an ORM entity
            name = table.__table__.name
        return name
    if isinstance(statement, TextClause):
        statement = statement.text
    if isinstance(statement, str):
        found = _WRITE.match(statement)
        return found.group(1).lower() if found else None
    return None


def _after_execute(conn: Connection, statement, *_args) -> None:
    pending = getattr(conn, _CONNECTION_PENDING, None)
    if pending is None:
        return
    table = written_table(statement)
    if table is not None:
        pending.add(table)


def _watch_engine(engine: Engine) -> None:
    if not getattr(engine, "_shopteam_changes_watched", False):
        event.listen(engine, "after_execute", _after_execute)
        engine._shopteam_changes_watched = True


def install(factory: sessionmaker[Session], engine: Engine) -> ChangeRecorder:
    """Give ``factory`` a recorder and the events that feed it; called before any of its sessions connects (a
    connection opened before its engine is watched would not report)."""
    recorder = ChangeRecorder()
    factory.kw.setdefault("info", {})[_RECORDER] = recorder
    _watch_engine(engine)

    @event.listens_for(factory, "after_begin")
    def begun(session: Session, _transaction, connection: Connection) -> None:
        pending = session.info.setdefault(_PENDING, set())
        setattr(connection, _CONNECTION_PENDING, pending)

    @event.listens_for(factory, "after_commit")
    def committed(session: Session) -> None:
        pending = session.info.pop(_PENDING, None)
        if pending:
            recorder.publish(frozenset(pending))

    @event.listens_for(factory, "after_rollback")
    def rolled_back(session: Session) -> None:
        session.info.pop(_PENDING, None)

    return recorder
