"""Candidates (招聘候选人) from an Excel export of a job board or a shop's own list.

They come in through the shared import pipeline (``services.imports``, kind ``candidates``): columns 姓名,
电话/手机, 来源, 期望薪资 ('8k', '8000元', '8,000', full-width digits), 应聘职位 (the role of an open position),
简历, 投递日期 and 备注. The position can also be given for the whole file (``position_id``); a row's own
应聘职位 wins. A candidate whose phone is already a candidate's is a duplicate (skipped, or its details
replaced, as the user chooses); two rows with one phone are a problem on the second.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from shopteam.db.models import Role
from shopteam.db.models.people import Candidate, Position
from shopteam.domain import clock
from shopteam.domain.errors import NotFoundError, ValidationError
from shopteam.domain.validation import is_valid_phone, normalise_phone
from shopteam.io.rows import Problem
from shopteam.services.context import Actor
from shopteam.services.imports.preview import PreviewRow, rejected_row
from shopteam.services.permissions import RECRUITMENT, require

MAX = {"name": 50, "source": 40, "phone": 30}


def check_permission(actor: Actor) -> None:
    require(actor, RECRUITMENT, "import candidates")


def open_positions(session: Session) -> dict[str, int]:
    """Role name -> the oldest open position for it (what a row's 应聘职位 names)."""
    found: dict[str, int] = {}
    for pid, role in session.execute(select(Position.id, Role.name).join(Role, Role.id == Position.role_id)
                                     .where(Position.state == "open").order_by(Position.id)):
        found.setdefault(role.strip().lower(), pid)
    return found


def resolve_position(session: Session, *, actor: Actor, text: str | int | None) -> int | None:
    """The open position named by its id or its role's name (the CLI's --position); None for None."""
    check_permission(actor)
    if text is None or str(text).strip() == "":
        return None
    value = str(text).strip()
    if value.lstrip("#").isdigit():
        position = session.get(Position, int(value.lstrip("#")))
        if position is None:
            raise NotFoundError(what="Position", key=value)
        if position.state != "open":
            raise ValidationError("The position {role} is closed.", field="position", code="position_closed",
                                  role=position.role.name)
        return position.id
    found = open_positions(session).get(value.lower())
    if found is None:
        raise NotFoundError(what="Position", key=value)
    return found


def _phone_key(phone: str) -> str:
    return normalise_phone(phone) if phone else ""


def preview_rows(session: Session, actor: Actor, records, cells, preview, position_id: int | None) -> None:
    """Fill ``preview`` (rows, payload) for a candidates file: called by ``imports.preview_import``."""
    check_permission(actor)
    positions = open_positions(session)
    default = position_id
    if default is not None:
        position = session.get(Position, default)
        if position is None or position.state != "open":
            raise ValidationError("The position {role} is closed.", field="position", code="position_closed",
                                  role=position.role.name if position is not None else default)
    existing = {_phone_key(phone): cid for cid, phone in session.execute(select(Candidate.id, Candidate.phone))
                if phone}
    today = clock.today()
    seen: dict[str, int] = {}
    rows: list[PreviewRow] = []
    items: list[dict] = []
    for record in records:
        problems = list(record.problems)
        values = record.values
        name = (values.get("name") or "").strip()
        if name and len(name) > MAX["name"]:
            problems.append(Problem(record.row, "name", "at most 50 characters", name))
        phone = (values.get("phone") or "").strip()
        key = _phone_key(phone)
        if phone and not is_valid_phone(phone):
            problems.append(Problem(record.row, "phone", "a phone number", phone))
        elif key and key in seen:
            problems.append(Problem(record.row, "phone", "one row per phone number (row {first} has it)", phone,
                                    {"first": seen[key]}))
        source = (values.get("source") or "").strip()
        if len(source) > MAX["source"]:
            problems.append(Problem(record.row, "source", "at most 40 characters", source))
        role = (values.get("role") or "").strip()
        target = positions.get(role.lower()) if role else default
        if target is None:
            if role:
                problems.append(Problem(record.row, "role", "the role of an open position ({roles})", role,
                                        {"roles": ", ".join(sorted(positions)) or "—"}))
            else:
                problems.append(Problem(record.row, "role", "the role of an open position (or a position chosen "
                                        "for the whole file)", ""))
        applied = values.get("applied_on")
        if applied is not None and applied > today:
            problems.append(Problem(record.row, "applied_on", "a date that is not in the future",
                                    applied.isoformat()))
        if problems:
            rows.append(rejected_row(record, problems, cells))
            continue
        if key:
            seen[key] = record.row
        item = {"row": record.row, "position_id": target, "name": name, "phone": phone, "source": source,
                "cv_path": (values.get("cv_path") or "").strip(), "expected_salary": values.get("expected_salary"),
                "notes": (values.get("note") or "").strip(), "applied_on": applied,
                "existing_id": existing.get(key) if key else None}
        items.append(item)
        rows.append(PreviewRow(record.row, values, [], "duplicate" if item["existing_id"] else "new"))
    preview.rows = rows
    preview.payload = items


def commit_rows(session: Session, actor: Actor, preview, duplicates: str, summary, progress) -> None:
    """Add the new candidates (each audited as an addition) and skip or update the duplicates."""
    from shopteam.services.recruitment.recruiting import CandidateInput, add_candidate, update_candidate

    for i, item in enumerate(preview.payload or []):
        if i % 100 == 0:
            progress.check()
            progress.report(i, len(preview.payload), "writing")
        data = CandidateInput(name=item["name"], phone=item["phone"], source=item["source"], cv_path=item["cv_path"],
                              expected_salary=item["expected_salary"], notes=item["notes"],
                              applied_on=item["applied_on"])
        existing = item["existing_id"]
        if existing is None:
            add_candidate(session, actor=actor, position_id=item["position_id"], data=data)
            summary.inserted += 1
        elif duplicates == "replace":
            if data.applied_on is None:
                data.applied_on = session.get(Candidate, existing).applied_on
            update_candidate(session, actor=actor, candidate_id=existing, data=data)
            summary.replaced += 1
        else:
            summary.skipped += 1
