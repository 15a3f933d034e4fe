"""The audit log: who changed what, when, with the record before and after."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import inspect, or_, select
from sqlalchemy.orm import Session

from shopteam.db.models import AuditLog
from shopteam.domain.audit_summary import Summary, decode, encode
from shopteam.domain.audit_summary import summary as note  # noqa: F401 - services call audit.note(...)
from shopteam.services.context import Actor
from shopteam.services.permissions import AUDIT_VIEW, SALARY_VIEW, can, require


def _plain(value: Any) -> Any:
    if isinstance(value, Decimal):
        return f"{value:.2f}"
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def snapshot(obj: Any, exclude: tuple[str, ...] = ("password_hash",)) -> dict[str, Any]:
    """The column values of a mapped object, as JSON-ready values."""
    mapper = inspect(obj).mapper
    return {c.key: _plain(getattr(obj, c.key)) for c in mapper.column_attrs if c.key not in exclude}


def record(
    session: Session,
    actor: Actor,
    action: str,
    entity: str,
    entity_id: int | None,
    *,
    before: dict | None = None,
    after: dict | None = None,
    summary: str | Summary = "",
) -> None:
    """Add one audit record to the caller's transaction (it commits or rolls back with the change).

    ``summary`` is a name (plain text) or ``note(code, **values)``: a sentence the audit screen shows in the
    reader's language (domain.audit_summary)."""
    if before is not None and after is not None:
        changed = {k for k in after if before.get(k) != after.get(k)}
        before = {k: before[k] for k in changed if k in before}
        after = {k: after[k] for k in changed}
    session.add(AuditLog(
        user_id=actor.user_id,
        username=actor.username,
        action=action,
        entity=entity,
        entity_id=entity_id,
        summary=encode(summary),
        before=json.dumps(before, ensure_ascii=False, sort_keys=True) if before is not None else None,
        after=json.dumps(after, ensure_ascii=False, sort_keys=True) if after is not None else None,
    ))


def list_audit(session: Session, *, actor: Actor, entity: str | None = None, entity_id: int | None = None,
               limit: int = 1000) -> list[AuditLog]:
    """The raw records, salaries included: for the owner and those who may see salaries."""
    require(actor, AUDIT_VIEW, "view the audit log")
    require(actor, SALARY_VIEW, "see salaries")
    query = select(AuditLog).order_by(AuditLog.id.desc()).limit(limit)
    if entity:
        query = query.where(AuditLog.entity == entity)
    if entity_id is not None:
        query = query.where(AuditLog.entity_id == entity_id)
    return list(session.scalars(query))


@dataclass(frozen=True)
class AuditRow:
    """One audit record, detached from the session, with before/after decoded."""

    id: int
    at: datetime
    user_id: int | None
    username: str
    action: str
    entity: str
    entity_id: int | None
    summary: str  # the English sentence (or the plain text recorded)
    before: dict | None
    after: dict | None
    before_text: str
    after_text: str
    summary_data: Summary = Summary("text", {"text": ""})  # render(summary_data, lang) for the reader


def _decode(text: str | None) -> dict | None:
    if text is None:
        return None
    try:
        value = json.loads(text)
    except ValueError:
        return {"value": text}
    return value if isinstance(value, dict) else {"value": value}


SALARY_HIDDEN = "***"


#: Salary fields whose name does not say "salary": a person's withholding figures.
SALARY_KEYS = frozenset({"social_insurance_base", "housing_fund_base", "additional_deduction"})


def _hide_salaries(values: dict | None) -> dict | None:
    if values is None:
        return None
    return {k: (SALARY_HIDDEN if ("salary" in k or k in SALARY_KEYS) and v is not None else v)
            for k, v in values.items()}


def _row(log: AuditLog, show_salaries: bool = True) -> AuditRow:
    before, after = _decode(log.before), _decode(log.after)
    before_text, after_text = log.before or "", log.after or ""
    if not show_salaries:
        before, after = _hide_salaries(before), _hide_salaries(after)
        before_text = json.dumps(before, ensure_ascii=False, sort_keys=True) if before is not None else ""
        after_text = json.dumps(after, ensure_ascii=False, sort_keys=True) if after is not None else ""
    data = decode(log.summary)
    return AuditRow(log.id, log.at, log.user_id, log.username, log.action, log.entity, log.entity_id,
                    data.text(), before, after, before_text, after_text, data)


def search_audit(session: Session, *, actor: Actor, entity: str | None = None, username: str | None = None,
                 text: str = "", limit: int = 2000) -> list[AuditRow]:
    """Audit records newest first, filtered by entity, user name and a text found anywhere in them."""
    require(actor, AUDIT_VIEW, "view the audit log")
    query = select(AuditLog).order_by(AuditLog.id.desc()).limit(limit)
    if entity:
        query = query.where(AuditLog.entity == entity)
    if username:
        query = query.where(AuditLog.username == username)
    text = text.strip()
    if not can(actor, SALARY_VIEW):
        # Salaries in before/after are hidden, and so is searching them (no guessing by search).
        rows = [_row(log, show_salaries=False) for log in session.scalars(query.limit(None))]
        if text:
            needle = text.casefold()
            rows = [r for r in rows if any(needle in field.casefold() for field in (
                r.summary, r.username, r.entity, r.action, r.before_text, r.after_text))]
        return rows[:limit]
    if text:
        pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        query = query.where(or_(*(column.ilike(pattern, escape="\\") for column in (
            AuditLog.summary, AuditLog.username, AuditLog.entity, AuditLog.action, AuditLog.before,
            AuditLog.after))))
    return [_row(log) for log in session.scalars(query)]


def audit_filter_choices(session: Session, *, actor: Actor) -> tuple[list[str], list[str]]:
    """The entities and the user names that occur in the audit log, sorted."""
    require(actor, AUDIT_VIEW, "view the audit log")
    entities = sorted(session.scalars(select(AuditLog.entity).distinct()))
    users = sorted(session.scalars(select(AuditLog.username).distinct()))
    return entities, users


def changed_fields(before: dict | None, after: dict | None) -> list[tuple[str, Any, Any]]:
    """(field, before, after) for every field named in either side, in name order."""
    before, after = before or {}, after or {}
    return [(key, before.get(key), after.get(key)) for key in sorted(set(before) | set(after))]
