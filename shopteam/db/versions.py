"""Optimistic locking: a save over a record someone else saved since it was read is refused, never written over.

Every editable table has a ``version`` column mapped as SQLAlchemy's ``version_id_col``: each UPDATE says
``... WHERE id = ? AND version = <the version read>`` and bumps it, so of two PCs that read version 3 the
second one's UPDATE finds no row. That refusal (SQLAlchemy's StaleDataError, at a flush or at the commit)
becomes :class:`~shopteam.domain.errors.ChangedElsewhere` here, in one place: the sessions of
:func:`shopteam.db.engine.make_session_factory` are :class:`ShopSession`. A screen keeps the version it
showed and the service compares it first (:func:`check_version`), so a form left open while someone else
saved is refused even though the service reads the record afresh in a new session.

Who and when: the record's own ``updated_by``/``updated_at`` when it has them, else the newest audit record
of that entity (audit.record is written in the same transaction as every change).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, inspect, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Mapper, Session
from sqlalchemy.orm.attributes import get_history
from sqlalchemy.orm.exc import StaleDataError

from shopteam.db.models import AuditLog
from shopteam.domain.errors import ChangedElsewhere

#: The audit entities whose records change a table, where they are more than the table's own name.
AUDIT_ENTITIES: dict[str, tuple[str, ...]] = {
    "employee": ("employee", "probation"),
    "recruit_candidate": ("recruit_candidate",),
    "attendance_rules_version": ("attendance_settings",),
}


#: A setting row (keyed by its name) -> the audit entity of its changes (recorded without an id).
SETTING_ENTITIES: dict[str, str] = {
    "payout.rules": "pay_rules",
    "backup.policy": "backup_policy",
}


def _entities(table: str) -> tuple[str, ...]:
    return AUDIT_ENTITIES.get(table, (table,))


def _audit_of(table: str, entity_id: int | str):
    """The audit records of a record: by entity and id, or for a setting row by the entity of its key."""
    if isinstance(entity_id, str):
        return AuditLog.entity == SETTING_ENTITIES.get(entity_id, "setting"), AuditLog.entity_id.is_(None)
    return AuditLog.entity.in_(_entities(table)), AuditLog.entity_id == entity_id


def last_change(conn: Connection | Session, table: str, entity_id: int | str,
                row: dict[str, Any] | None = None) -> tuple[str, datetime | None]:
    """Who last changed the record and when: ``updated_by``/``updated_at`` of ``row`` when it has both, else
    the newest audit record of it (unless the row's ``updated_at`` is later: a change the log does not
    know); ("", None) when nothing tells."""
    if row and row.get("updated_by") and row.get("updated_at") is not None:
        return row["updated_by"], row["updated_at"]
    found = conn.execute(
        select(AuditLog.username, AuditLog.at)
        .where(*_audit_of(table, entity_id))
        .order_by(AuditLog.id.desc()).limit(1)).first()
    updated_at = (row or {}).get("updated_at")
    if found is None or (updated_at is not None and found[1] is not None
                         and updated_at - found[1] > timedelta(seconds=1)):
        return "", updated_at  # changed behind the application's back: the audit log does not tell who
    return found[0], found[1]


def changed_elsewhere(table: str, entity_id: int | str, who: str, at: datetime | None) -> ChangedElsewhere:
    if not who:
        return ChangedElsewhere("This record was changed by someone else; it has been reloaded.",
                                at=at, entity=table, entity_id=entity_id)
    return ChangedElsewhere(who=who, at=at, entity=table, entity_id=entity_id)


def _row_of(session_or_conn, mapper: Mapper, entity_id: int | str) -> dict[str, Any] | None:
    table = mapper.local_table
    columns = [c for c in table.c if c.name in ("updated_by", "updated_at")]
    if not columns:
        return None
    pk = list(table.primary_key.columns)[0]
    found = session_or_conn.execute(select(*columns).where(pk == entity_id)).mappings().first()
    return dict(found) if found else None


def check_version(session: Session, obj: Any, expected_version: int | None) -> None:
    """Refuse with ChangedElsewhere when ``obj`` (read in ``session``) is no longer at the version the screen
    loaded. ``None``: the caller has no version to compare (a command, a script), nothing is checked."""
    if expected_version is None:
        return
    mapper = inspect(obj).mapper
    column = mapper.version_id_col
    if column is None:
        raise TypeError(f"{mapper.class_.__name__} has no version column")
    current = getattr(obj, mapper.get_property_by_column(column).key)
    if current == expected_version:
        return
    table = mapper.local_table.name
    entity_id = inspect(obj).identity[0]
    who, at = last_change(session, table, entity_id, _row_of(session, mapper, entity_id))
    raise changed_elsewhere(table, entity_id, who, at)


def _versioned(session: Session) -> list[tuple[Mapper, int, Any]]:
    """(mapper, id, version read) of every changed or deleted versioned record: the candidates of a refusal."""
    found = []
    for obj in (*session.dirty, *session.deleted):
        state = inspect(obj)
        mapper = state.mapper
        if mapper.version_id_col is None or state.identity is None:
            continue
        key = mapper.get_property_by_column(mapper.version_id_col).key
        history = get_history(obj, key)
        read = (history.deleted or history.unchanged or history.added or [None])[0]
        found.append((mapper, state.identity[0], read))
    return found


def _explain_stale(session: Session, candidates: list[tuple[Mapper, int, Any]]) -> ChangedElsewhere | None:
    """Which of the candidates someone else changed (read on a connection of its own: the failed flush has
    spoilt this session's transaction), and who did it when; None when none of them changed."""
    if not candidates:
        return None
    with session.get_bind(candidates[0][0]).connect() as conn:
        for mapper, entity_id, read in candidates:
            table = mapper.local_table
            pk = list(table.primary_key.columns)[0]
            current = conn.execute(select(mapper.version_id_col).where(pk == entity_id)).scalar()
            if current == read:
                continue
            who, at = last_change(conn, table.name, entity_id, _row_of(conn, mapper, entity_id))
            return changed_elsewhere(table.name, entity_id, who, at)
    return None


#: SQLite's SQLITE_BUSY_SNAPSHOT: this transaction read the file before another one's commit and now wants to
#: write; in WAL mode it cannot (PostgreSQL's UPDATE ... WHERE version = ? finds no row instead).
SQLITE_BUSY_SNAPSHOT = 517


class ShopSession(Session):
    """A Session whose flushes (explicit, automatic and the commit's) refuse a stale save with ChangedElsewhere."""

    def flush(self, objects=None) -> None:
        candidates = [] if self._is_clean() else _versioned(self)
        try:
            super().flush(objects)
        except StaleDataError:
            explained = _explain_stale(self, candidates)
            if explained is None and candidates:
                mapper, entity_id, _read = candidates[0]
                explained = changed_elsewhere(mapper.local_table.name, entity_id, "", None)
            raise (explained or changed_elsewhere("", 0, "", None)) from None
        except OperationalError as err:
            if getattr(err.orig, "sqlite_errorcode", None) != SQLITE_BUSY_SNAPSHOT:
                raise
            explained = _explain_stale(self, candidates)
            if explained is None:  # someone else wrote other rows since this read: the plain "busy" refusal
                raise
            raise explained from None
