"""Imports (PRODUCT §3.7): file → sheet → mapping → preview with every problem on its row → commit.

``preview_import`` reads and checks everything and writes nothing (except remembering a mapping the
user corrected); ``commit_import`` writes the preview's valid rows in the caller's transaction — all or
nothing: a cancel (``progress.check()`` raising) or any error rolls the whole import back. Rows are
written with Core executemany, never ORM objects one by one (100,000 punches in about a second).
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, select, tuple_, update
from sqlalchemy.orm import Session

from shopteam.db import changes
from shopteam.db.locks import one_at_a_time
from shopteam.db.models import Department, Employee, Role, RoleAssignment
from shopteam.db.models.attendance import ImportMapping, PunchRecord, TimesheetEntry
from shopteam.db.punch_text import punch_writers, stored_moment
from shopteam.domain import clock
from shopteam.domain.attendance import DayPunches
from shopteam.domain.errors import PermissionDenied, ValidationError
from shopteam.domain.timeparse import ClockTime
from shopteam.domain.validation import is_valid_email, is_valid_employee_no, is_valid_phone
from shopteam.io import (
    PUNCH_LOG,
    PUNCHES,
    ROSTER,
    TIMESHEET,
    ColumnMapping,
    list_sheets,
    map_columns,
    read_table,
)
from shopteam.io.headers import CANDIDATES, KPI, missing_required
from shopteam.io.punches import Person, PersonMatcher, collect_punches
from shopteam.io.rows import Problem, Record, iter_records
from shopteam.runtime import gc_paused
from shopteam.services import audit
from shopteam.services.attendance.timesheets import card_ids_by_title
from shopteam.services.attendance.worktime import calendars_for
from shopteam.services.context import Actor
from shopteam.services.imports import candidates, kpi
from shopteam.services.imports.preview import FIELD_LABELS, PreviewRow, rejected_row
from shopteam.services.org.roster import WITHHOLDING_FIELDS
from shopteam.services.permissions import (
    ATTENDANCE_IMPORT_ALL,
    KPI_IMPORT,
    ORG_EDIT,
    SALARY_EDIT,
    STAFF_EDIT,
    can,
    require,
)
from shopteam.services.progress import NullProgress, Progress

ATTENDANCE = "attendance"  # 'punches' or 'punch_log', whichever the file is
DUPLICATE_POLICIES = ("skip", "replace")
CHUNK = 5000

_GENDERS = {"男": "male", "女": "female", "male": "male", "female": "female", "m": "male", "f": "female",
            "": ""}


@dataclass
class ImportPreview:
    path: Path
    kind: str  # 'roster' | 'punches' | 'punch_log' | 'timesheet'
    sheet_names: list[str]
    sheet: str
    mapping: ColumnMapping
    headers: list[str]
    rows: list[PreviewRow]
    counts: dict[str, int]  # rows, new, duplicate, rejected
    notes: list[str] = field(default_factory=list)  # e.g. departments the import will create
    year: int | None = None
    period: tuple[int, int] | None = None  # the month given for KPI rows without one of their own
    corrected: bool = False  # the mapping came from the user or was remembered
    match_by_name: bool = False  # rows with an unknown employee no. were matched by their unique name
    name_matches: int = 0  # rows with an unknown employee no. whose name is on the roster once (matched or not)
    payload: Any = field(default=None, repr=False)  # what commit_import writes

    @property
    def missing_fields(self) -> tuple[str, ...]:
        return self.mapping.required_missing


@dataclass
class ImportSummary:
    kind: str
    path: Path
    inserted: int = 0
    replaced: int = 0
    skipped: int = 0
    rejected: int = 0
    rejected_rows: list[tuple[int, str]] = field(default_factory=list)  # (row, English sentences)
    notes: list[str] = field(default_factory=list)
    headers: list[str] = field(default_factory=list)
    rejected_values: dict[int, list[Any]] = field(default_factory=dict)
    rejected_problems: dict[int, list[Problem]] = field(default_factory=dict)  # for a translated reason

    def to_dict(self) -> dict:
        return {
            "kind": self.kind,
            "file": str(self.path),
            "inserted": self.inserted,
            "replaced": self.replaced,
            "skipped": self.skipped,
            "rejected": self.rejected,
            "rejected_rows": [{"row": row, "reason": reason,
                               "problems": [{"field": p.field, "expected": p.expected_text,
                                             "value": None if p.empty else str(p.got)}
                                            for p in self.rejected_problems.get(row, [])]}
                              for row, reason in self.rejected_rows],
            "notes": list(self.notes),
        }


# ------------------------------------------------------------------------------------------ mappings


def remember_mapping(session: Session, *, actor: Actor, mapping: ColumnMapping) -> None:
    """Keep the user's mapping for files of the same layout (stored as field -> column header)."""
    names = mapping.layout.names
    columns = {name: names[col] if col < len(names) else f"#{col}" for name, col in mapping.columns.items()}
    text = json.dumps(columns, ensure_ascii=False, sort_keys=True)
    row = session.scalar(select(ImportMapping).where(ImportMapping.layout_key == mapping.layout_key))
    if row is None:
        session.add(ImportMapping(layout_key=mapping.layout_key, kind=mapping.kind, columns=text))
    elif row.kind != mapping.kind or row.columns != text:
        row.kind, row.columns = mapping.kind, text
    session.flush()


def remembered_mapping(session: Session, mapping: ColumnMapping) -> tuple[str, dict[str, int]] | None:
    """(kind, field -> column) remembered for this layout, or None."""
    row = session.scalar(select(ImportMapping).where(ImportMapping.layout_key == mapping.layout_key))
    if row is None:
        return None
    names = list(mapping.layout.names)
    columns = {}
    for name, header in json.loads(row.columns).items():
        if header in names:
            columns[name] = names.index(header)
        elif header.startswith("#") and header[1:].isdigit():
            columns[name] = int(header[1:])
    return row.kind, columns


# ------------------------------------------------------------------------------------------ preview


def _check_permission(actor: Actor, kind: str) -> None:
    if kind == ROSTER:
        if not can(actor, STAFF_EDIT):
            raise PermissionDenied(action="import the roster")
    elif kind in (PUNCHES, PUNCH_LOG):
        require(actor, ATTENDANCE_IMPORT_ALL, "import attendance for everyone")
    elif kind == KPI:
        kpi.check_permission(actor)
    elif kind == CANDIDATES:
        candidates.check_permission(actor)


def _map(session: Session, sheet, kind: str | None, columns: dict[str, int] | None):
    wanted = None if kind in (None, ATTENDANCE) else kind
    mapping = map_columns(sheet, wanted)
    if kind == ATTENDANCE and mapping.kind not in (PUNCHES, PUNCH_LOG):
        mapping = map_columns(sheet, PUNCHES, mapping.layout)
    corrected = False
    if columns is None:
        remembered = remembered_mapping(session, mapping)
        if remembered is not None and (wanted is None or remembered[0] == wanted) and (
                kind != ATTENDANCE or remembered[0] in (PUNCHES, PUNCH_LOG)):
            r_kind, r_columns = remembered
            if r_kind != mapping.kind:
                mapping = map_columns(sheet, r_kind, mapping.layout)
            mapping = _with_exact_columns(mapping, r_columns)
            corrected = True
    else:
        mapping = _with_exact_columns(mapping, columns)
        corrected = True
    return mapping, corrected


def _with_exact_columns(mapping: ColumnMapping, columns: dict[str, int | None]) -> ColumnMapping:
    from dataclasses import replace

    clean = {name: int(col) for name, col in columns.items() if col is not None and int(col) >= 0}
    return replace(mapping, columns=clean, required_missing=missing_required(mapping.kind, clean))


def template_choices(session: Session, *, actor: Actor) -> dict[str, list[str]]:
    """The drop-down lists of the blank import templates: the departments and roles (names, as the org chart
    shows everyone) and, for whoever may import KPI figures (KPI_IMPORT), the KPI indicators of the
    appraisal schemes in use."""
    from shopteam.db.models.appraisal import AppraisalIndicator, AppraisalScheme

    departments = session.scalars(select(Department.name).where(Department.archived.is_(False))
                                  .order_by(Department.sort_order, Department.name)).all()
    roles = session.scalars(select(Role.name).where(Role.archived.is_(False)).order_by(Role.name)).all()
    names = [] if not can(actor, KPI_IMPORT) else session.scalars(
        select(AppraisalIndicator.name)
        .join(AppraisalScheme, AppraisalScheme.id == AppraisalIndicator.scheme_id)
        .where(AppraisalIndicator.source == "kpi", AppraisalScheme.archived.is_(False))
        .order_by(AppraisalIndicator.name)).all()
    indicators = list(dict.fromkeys(name.strip() for name in names if name.strip()))
    return {"departments": list(departments), "roles": list(roles), "indicators": indicators}


@gc_paused()  # hundreds of thousands of live rows: no collector walks over them while reading
def preview_import(session: Session, *, actor: Actor, path: str | Path, sheet: str | int | None = None,
                   kind: str | None = None, columns: dict[str, int] | None = None, year: int | None = None,
                   progress: Progress | None = None, period: tuple[int, int] | None = None,
                   match_by_name: bool = False, position_id: int | None = None) -> ImportPreview:
    """Read the file and check every row against the database; writes nothing but a corrected mapping.

    ``match_by_name``: a row whose employee no. is not on the roster is matched to the person with its name
    when only one person has it (else it stays rejected); ``name_matches`` counts such rows either way.

    ``position_id``: the open position of candidate rows without an 应聘职位 of their own (kind 'candidates').

    ``period`` (year, month) is the month of KPI rows without a period column of their own (kind 'kpi').

    ``kind`` is 'roster', 'punches', 'punch_log', 'timesheet', 'attendance' (either punch kind) or None
    (guessed from the headers). ``columns`` is the user's mapping, field -> 0-based column.
    """
    progress = progress or NullProgress()
    path = Path(path)
    progress.report(0, 0, "reading")
    raw = read_table(path, sheet)
    progress.check()
    sheet_names = list_sheets(path)
    mapping, corrected = _map(session, raw, kind, columns)
    _check_permission(actor, mapping.kind)
    if columns is not None:
        remember_mapping(session, actor=actor, mapping=mapping)
    progress.report(0, len(raw.rows), "checking")
    records = list(iter_records(raw, mapping, year=year))
    progress.check()
    preview = ImportPreview(path, mapping.kind, sheet_names, raw.name, mapping, list(mapping.layout.names), [], {},
                            year=year, period=period, corrected=corrected, match_by_name=match_by_name)
    if mapping.kind == ROSTER:
        _preview_roster(session, actor, records, raw.rows, preview, progress)
    elif mapping.kind == TIMESHEET:
        _preview_timesheet(session, actor, records, raw.rows, preview, progress)
    elif mapping.kind == KPI:
        people, ids = _people(session)
        matcher = PersonMatcher(people, match_by_name=match_by_name)
        matcher.ids = ids
        kpi.preview_rows(session, actor, records, raw.rows, preview, matcher, period)
        preview.name_matches = len(matcher.name_matches)
    elif mapping.kind == CANDIDATES:
        candidates.preview_rows(session, actor, records, raw.rows, preview, position_id)
    else:
        _preview_punches(session, actor, records, raw.rows, preview, progress)
    statuses = [r.status for r in preview.rows]
    preview.counts = {"rows": len(statuses), "new": statuses.count("new"),
                      "duplicate": statuses.count("duplicate"), "rejected": statuses.count("rejected"),
                      "matched_by_name": preview.name_matches if match_by_name else 0}
    progress.report(len(statuses), len(statuses), "checked")
    return preview


def _people(session: Session) -> tuple[list[Person], dict[str, int]]:
    rows = session.connection().execute(
        select(Employee.id, Employee.employee_no, Employee.name, Employee.hire_date, Employee.leave_date)).all()
    return [Person(r[1], r[2], r[3], r[4]) for r in rows], {r[1]: r[0] for r in rows}


def _preview_punches(session, actor, records: list[Record], cells, preview: ImportPreview, progress) -> None:
    people, ids = _people(session)
    days = [r.values.get("date") for r in records if isinstance(r.values.get("date"), date)]
    moments = [r.values.get("punch_time") for r in records if isinstance(r.values.get("punch_time"), datetime)]
    all_days = days + [m.date() for m in moments]
    first = min(all_days, default=clock.today()) - timedelta(days=1)
    last = max(all_days, default=clock.today()) + timedelta(days=1)
    default, per_person = calendars_for(session, None, first, last)
    matcher = PersonMatcher(people, match_by_name=preview.match_by_name)
    if per_person:  # people on their own pattern: pair and resolve their punches with their calendar
        number_of = {i: n for n, i in ids.items()}
        groups: dict[int, list[Record]] = defaultdict(list)
        calendar_ids = {number_of[i]: id(c) for i, c in per_person.items() if i in number_of}
        calendars = {id(c): c for c in per_person.values()} | {id(default): default}
        for record in records:
            found = None if record.problems else matcher.find(record)
            number = found.employee_no if isinstance(found, Person) else None
            groups[calendar_ids.get(number, id(default))].append(record)
        parts = [collect_punches(group, preview.kind, people, calendars[key], matcher=matcher)
                 for key, group in groups.items()]
    else:
        parts = [collect_punches(records, preview.kind, people, default, matcher=matcher)]
    preview.name_matches = len(matcher.name_matches)
    progress.check()
    rejected: dict[int, list[Problem]] = defaultdict(list)
    row_key: dict[int, tuple[int, date]] = {}
    items: dict[tuple[int, date], DayPunches] = {}
    for collected in parts:
        for problem in collected.rejected:
            rejected[problem.row].append(problem)
        for (number, day), rows in collected.source_rows.items():
            key = (ids[number], day)
            for row in rows:
                row_key[row] = key
        for number, per_day in collected.days.items():
            employee_id = ids[number]
            for day, punches in per_day.items():
                items[(employee_id, day)] = punches
    existing = _existing_punch_keys(session, items)
    rows: list[PreviewRow] = []
    for record in records:
        problems = rejected.get(record.row)
        if problems:
            rows.append(rejected_row(record, problems, cells))
            continue
        key = row_key.get(record.row)
        if key is None:  # should not happen: every accepted row has its day
            rows.append(rejected_row(record, [Problem(record.row, "date", "a usable row", "")], cells))
            continue
        rows.append(PreviewRow(record.row, record.values, [], "duplicate" if key in existing else "new"))
    preview.rows = rows
    preview.payload = items


def _existing_punch_keys(session: Session, keys) -> set[tuple[int, date]]:
    if not keys:
        return set()
    days = [k[1] for k in keys]
    rows = session.connection().execute(
        select(PunchRecord.employee_id, PunchRecord.work_date)
        .where(PunchRecord.work_date >= min(days), PunchRecord.work_date <= max(days)))
    return {(r[0], r[1]) for r in rows} & set(keys)


def _preview_timesheet(session, actor, records, cells, preview: ImportPreview, progress) -> None:
    people, ids = _people(session)
    matcher = PersonMatcher(people, match_by_name=preview.match_by_name)
    everyone = can(actor, ATTENDANCE_IMPORT_ALL)
    own_id = actor.employee_id
    keys_seen: dict[tuple[int, date, str], int] = {}
    accepted: list[tuple[Record, tuple[int, date, str]]] = []
    rows: list[PreviewRow] = []
    items: dict[tuple[int, date, str], dict] = {}
    for record in records:
        if record.problems:
            rows.append(rejected_row(record, record.problems, cells))
            continue
        person = matcher.find(record)
        if isinstance(person, Problem):
            rows.append(rejected_row(record, [person], cells))
            continue
        employee_id = ids[person.employee_no]
        if not everyone and employee_id != own_id:
            rows.append(rejected_row(record, [Problem(record.row, "employee_no", "your own employee no. "
                                                       "(you may import only your own timesheet)",
                                                       person.employee_no)], cells))
            continue
        day = record.values["date"]
        if not person.employed_on(day):
            rows.append(rejected_row(record, [Problem(record.row, "date", "a date within the person's "
                                                       "employment", day.isoformat())], cells))
            continue
        task = (record.values.get("task") or "")[:200]
        hours = record.values.get("hours") or Decimal(0)
        overtime = record.values.get("overtime_hours") or Decimal(0)
        if hours > 24 or overtime > 24:
            rows.append(rejected_row(record, [Problem(record.row, "hours", "at most 24 hours a day",
                                                       str(max(hours, overtime)))], cells))
            continue
        key = (employee_id, day, task)
        if key in keys_seen:
            rows.append(rejected_row(record, [Problem(record.row, "task", "one row per person, day and task "
                                                       "(row {first} has it)", task, {"first": keys_seen[key]})],
                                      cells))
            continue
        keys_seen[key] = record.row
        items[key] = {"hours": float(hours), "overtime_hours": float(overtime),
                      "note": record.values.get("note") or ""}
        accepted.append((record, key))
        rows.append(PreviewRow(record.row, record.values, [], "new"))
    existing = set()
    if items:
        days = [k[1] for k in items]
        existing = {tuple(r) for r in session.connection().execute(
            select(TimesheetEntry.employee_id, TimesheetEntry.work_date, TimesheetEntry.task)
            .where(TimesheetEntry.work_date >= min(days), TimesheetEntry.work_date <= max(days)))}
    by_row = {record.row: key for record, key in accepted}
    for preview_row in rows:
        key = by_row.get(preview_row.row)
        if key is not None and key in existing:
            preview_row.status = "duplicate"
    preview.rows = sorted(rows, key=lambda r: r.row)
    preview.payload = items
    preview.name_matches = len(matcher.name_matches)


def _preview_roster(session, actor, records, cells, preview: ImportPreview, progress) -> None:
    existing = {r[0].lower(): r[1] for r in session.execute(select(Employee.employee_no, Employee.id))}
    departments = {n for n in session.scalars(select(Department.name))}
    roles = {n for n in session.scalars(select(Role.name))}
    new_departments: list[str] = []
    new_roles: list[str] = []
    seen: dict[str, int] = {}
    rows: list[PreviewRow] = []
    items: list[dict] = []
    for record in records:
        problems = list(record.problems)
        values = record.values
        number = values.get("employee_no")
        if not problems:
            if not number:
                problems.append(Problem(record.row, "employee_no", "an employee no.", ""))
            elif not is_valid_employee_no(number):
                problems.append(Problem(record.row, "employee_no", "letters, digits, '-' or '_' (at most 32)",
                                        number))
            elif number.lower() in seen:
                problems.append(Problem(record.row, "employee_no", "one row per person (row {first} has it)", number,
                                        {"first": seen[number.lower()]}))
        is_new = bool(number) and number.lower() not in existing
        if not problems and is_new:
            if not values.get("name"):
                problems.append(Problem(record.row, "name", "a name", ""))
            if values.get("hire_date") is None:
                problems.append(Problem(record.row, "hire_date", "a hire date", ""))
        gender = str(values.get("gender") or "").strip().lower()
        if gender not in _GENDERS:
            problems.append(Problem(record.row, "gender", "男/女 or male/female", values.get("gender")))
        if values.get("phone") and not is_valid_phone(str(values["phone"])):
            problems.append(Problem(record.row, "phone", "a phone number", values["phone"]))
        if values.get("email") and not is_valid_email(str(values["email"])):
            problems.append(Problem(record.row, "email", "an e-mail address", values["email"]))
        for key in WITHHOLDING_FIELDS:
            if values.get(key) is not None and values[key] < 0:
                problems.append(Problem(record.row, key, "an amount of 0 or more", values[key]))
        if values.get("name") and len(values["name"]) > 50:
            problems.append(Problem(record.row, "name", "at most 50 characters", values["name"]))
        if problems:
            rows.append(rejected_row(record, problems, cells))
            continue
        seen[number.lower()] = record.row
        for what, known, new in (("department", departments, new_departments), ("role", roles, new_roles)):
            name = values.get(what)
            if name and name not in known and name not in new:
                new.append(name)
        items.append({**values, "gender": _GENDERS[gender], "_id": existing.get(number.lower())})
        rows.append(PreviewRow(record.row, values, [], "new" if is_new else "duplicate"))
    if (new_departments or new_roles) and not can(actor, ORG_EDIT):
        raise PermissionDenied(action="create departments or roles")
    preview.notes = [f"New department: {n}" for n in new_departments] + [f"New role: {n}" for n in new_roles]
    preview.rows = rows
    preview.payload = {"items": items, "departments": new_departments, "roles": new_roles}


# ------------------------------------------------------------------------------------------ commit


def rejected_summary(preview: ImportPreview) -> ImportSummary:
    """The summary of an import before anything is written: the rejected rows with their cells and problems
    (what the error workbook holds). Also the whole summary of a file none of whose rows can be imported."""
    summary = ImportSummary(preview.kind, preview.path, headers=list(preview.headers), notes=list(preview.notes))
    for row in preview.rows:
        if row.status == "rejected":
            summary.rejected_rows.append((row.row, row.reason))
            summary.rejected_problems[row.row] = list(row.problems)
            if row.raw is not None:
                summary.rejected_values[row.row] = list(row.raw)
    summary.rejected = len(summary.rejected_rows)
    return summary


@gc_paused()
def commit_import(session: Session, *, actor: Actor, preview: ImportPreview, duplicates: str = "skip",
                  progress: Progress | None = None) -> ImportSummary:
    """Write the preview's valid rows in the caller's transaction; duplicates are skipped or replaced.

    One import at a time per database (db.locks.one_at_a_time, before anything is read): a second PC's import
    of the same month waits for the first, then finds its rows there and skips or replaces them as chosen;
    nothing is written twice or overwritten behind the first one's back."""
    progress = progress or NullProgress()
    if duplicates not in DUPLICATE_POLICIES:
        raise ValidationError("Unknown duplicates policy {policy}.", field="duplicates", code="duplicates",
                              policy=duplicates)
    _check_permission(actor, preview.kind)
    if preview.mapping.required_missing:
        missing = ", ".join(FIELD_LABELS.get(f, f) for f in preview.mapping.required_missing)
        raise ValidationError("No column is mapped to {fields}; choose the column and try again.",
                              field="mapping", code="mapping_incomplete", fields=missing)
    one_at_a_time(session.connection(), "import", sqlite_table=ImportMapping.__tablename__)
    if preview.corrected:
        remember_mapping(session, actor=actor, mapping=preview.mapping)
    summary = rejected_summary(preview)
    if preview.kind == ROSTER:
        _commit_roster(session, actor, preview, duplicates, summary, progress)
    elif preview.kind == TIMESHEET:
        _commit_timesheet(session, preview, duplicates, summary, progress)
    elif preview.kind == KPI:
        kpi.commit_rows(session, preview, duplicates, summary, progress)
    elif preview.kind == CANDIDATES:
        candidates.commit_rows(session, actor, preview, duplicates, summary, progress)
    else:
        _commit_punches(session, preview, duplicates, summary, progress)
    progress.check()
    audit.record(session, actor, "import", f"import_{preview.kind}", None,
                 after={"file": preview.path.name, "sheet": preview.sheet, "duplicates": duplicates,
                        "inserted": summary.inserted, "replaced": summary.replaced, "skipped": summary.skipped,
                        "rejected": summary.rejected, "notes": summary.notes},
                 summary=audit.note("import_counts", file=preview.path.name, inserted=summary.inserted,
                                    replaced=summary.replaced, skipped=summary.skipped, rejected=summary.rejected))
    return summary


def _executemany(session: Session, table, rows: list[dict], progress, done: int, total: int, text: str) -> int:
    conn = session.connection()
    for start in range(0, len(rows), CHUNK):
        progress.check()
        conn.execute(table.insert(), rows[start:start + CHUNK])
        done += min(CHUNK, len(rows) - start)
        progress.report(done, total, text)
    return done


def _commit_punches(session, preview, duplicates, summary, progress) -> None:
    items: dict[tuple[int, date], DayPunches] = preview.payload or {}
    existing = _existing_punch_keys(session, items)
    source = f"{preview.path.name} ({preview.kind})"[:200]
    now = clock.now().replace(tzinfo=None)
    new_rows = [(k[0], k[1], v.clock_in, v.clock_out) for k, v in items.items() if k not in existing]
    total = len(items)
    done = 0
    if existing:
        if duplicates == "replace":
            table = PunchRecord.__table__
            conn = session.connection()
            stmt = (update(table).where(table.c.employee_id == _bind("k_emp"), table.c.work_date == _bind("k_day"))
                    .values(clock_in=_bind("v_in"), clock_out=_bind("v_out"), source=source, imported_at=now))
            params = [{"k_emp": k[0], "k_day": k[1], "v_in": _on(items[k].clock_in, k[1]),
                       "v_out": _on(items[k].clock_out, k[1])} for k in existing]
            for start in range(0, len(params), CHUNK):
                progress.check()
                conn.execute(stmt, params[start:start + CHUNK])
            summary.replaced = len(existing)
        else:
            summary.skipped = len(existing)
        done = len(existing)
    _insert_punches(session, new_rows, source, now, progress, done, total)
    summary.inserted = len(new_rows)


def _on(clock: ClockTime | None, day: date) -> datetime | None:
    return None if clock is None else clock.on(day)


def _insert_punches(session: Session, rows: list[tuple], source: str, now: datetime, progress, done: int,
                    total: int) -> None:
    """(employee_id, day, clock_in, clock_out) rows into punch_record, in the caller's transaction.

    On SQLite the values go to the driver's executemany already in the text form SQLAlchemy stores
    (the same as ``stored_moment``): per-value type processing was two thirds of the write time of a 100,000-row
    import. On PostgreSQL (psycopg) the rows go in with one COPY: executemany was nine times the floor of a
    100,000-row import (calamine read + COPY), COPY brings it near it (benchmarks/bench_postgres.py). Other
    databases take the Core path."""
    conn = session.connection()
    changes.note(session, PunchRecord.__tablename__)  # the driver's cursor and COPY pass by SQLAlchemy's events
    if conn.dialect.name == "postgresql" and conn.dialect.driver == "psycopg":
        _copy_punches(conn, rows, source, now, progress, done, total)
        return
    if conn.dialect.name != "sqlite":
        _executemany(session, PunchRecord.__table__, [
            {"employee_id": e, "work_date": d, "clock_in": _on(i, d), "clock_out": _on(o, d), "source": source,
             "imported_at": now}
            for e, d, i, o in rows], progress, done, total, "writing")
        return
    table = PunchRecord.__table__
    sql = (f"INSERT INTO {table.name} (employee_id, work_date, clock_in, clock_out, source, imported_at) "
           "VALUES (?, ?, ?, ?, ?, ?)")
    stamp = stored_moment(now)
    day_text, moment_text = punch_writers()
    cursor = conn.connection.driver_connection.cursor()
    try:
        for start in range(0, len(rows), CHUNK):
            progress.check()
            cursor.executemany(sql, [(e, day_text(d), moment_text(i, d), moment_text(o, d), source, stamp)
                                     for e, d, i, o in rows[start:start + CHUNK]])
            done += min(CHUNK, len(rows) - start)
            progress.report(done, total, "writing")
    finally:
        cursor.close()


def _copy_punches(conn, rows: list[tuple], source: str, now: datetime, progress, done: int, total: int) -> None:
    """The rows through psycopg's COPY, in the connection's transaction; cancelling (progress.check raising)
    aborts the COPY and the caller's transaction rolls back as with executemany. A driver error is raised as
    SQLAlchemy's (as the Core path raises it), so callers and db/failures see the same exception either way."""
    import psycopg
    from sqlalchemy.exc import DBAPIError

    table = PunchRecord.__table__
    sql = f"COPY {table.name} (employee_id, work_date, clock_in, clock_out, source, imported_at) FROM STDIN"
    driver = conn.connection.driver_connection
    cursor = driver.cursor()
    try:
        with cursor.copy(sql) as copy:
            for start in range(0, len(rows), CHUNK):
                progress.check()
                for e, d, i, o in rows[start:start + CHUNK]:
                    copy.write_row((e, d, _on(i, d), _on(o, d), source, now))
                done += min(CHUNK, len(rows) - start)
                progress.report(done, total, "writing")
    except psycopg.Error as err:
        raise DBAPIError.instance(sql, None, err, psycopg.Error, connection_invalidated=driver.closed,
                                  dialect=conn.dialect) from err
    finally:
        cursor.close()


def _bind(name: str):
    from sqlalchemy import bindparam

    return bindparam(name)


def _commit_timesheet(session, preview, duplicates, summary, progress) -> None:
    items: dict[tuple[int, date, str], dict] = preview.payload or {}
    existing: set = set()
    if items:
        days = [k[1] for k in items]
        existing = {tuple(r) for r in session.connection().execute(
            select(TimesheetEntry.employee_id, TimesheetEntry.work_date, TimesheetEntry.task)
            .where(TimesheetEntry.work_date >= min(days), TimesheetEntry.work_date <= max(days)))} & set(items)
    source = preview.path.name[:200]
    now = clock.now().replace(tzinfo=None)
    if existing and duplicates == "replace":
        table = TimesheetEntry.__table__
        keys = list(existing)
        for start in range(0, len(keys), 500):
            progress.check()
            session.connection().execute(delete(table).where(
                tuple_(table.c.employee_id, table.c.work_date, table.c.task).in_(keys[start:start + 500])))
        summary.replaced = len(existing)
        to_write = list(items)
    else:
        summary.skipped = len(existing)
        to_write = [k for k in items if k not in existing]
    cards = card_ids_by_title(session)  # a task that is one card's title is that card's hours
    rows = [{"employee_id": k[0], "work_date": k[1], "task": k[2], **items[k], "source": source,
             "imported_at": now, "status": "pending", "card_id": cards.get(k[2].strip())} for k in to_write]
    _executemany(session, TimesheetEntry.__table__, rows, progress, 0, len(items), "writing")
    summary.inserted = len(rows) - summary.replaced


def _commit_roster(session, actor, preview, duplicates, summary, progress) -> None:
    payload = preview.payload or {"items": [], "departments": [], "roles": []}
    departments = {d.name: d for d in session.scalars(select(Department))}
    roles = {r.name: r for r in session.scalars(select(Role))}
    for name in payload["departments"]:
        if name not in departments:
            dep = Department(name=name, sort_order=len(departments))
            session.add(dep)
            departments[name] = dep
    session.flush()
    for name in payload["roles"]:
        if name not in roles:
            roles[name] = Role(name=name)
            session.add(roles[name])
    session.flush()
    for name in payload["departments"]:
        audit.record(session, actor, "create", "department", departments[name].id, after={"name": name},
                     summary=audit.note("imported_name", name=name))
    for name in payload["roles"]:
        audit.record(session, actor, "create", "role", roles[name].id, after={"name": name},
                     summary=audit.note("imported_name", name=name))
    may_salary = can(actor, SALARY_EDIT)
    current_ids = {r[0].lower(): r[1] for r in session.execute(select(Employee.employee_no, Employee.id))}
    for i, item in enumerate(payload["items"]):
        if i % 200 == 0:
            progress.check()
            progress.report(i, len(payload["items"]), "writing")
        employee_id = current_ids.get(item["employee_no"].lower())
        dep = departments.get(item.get("department") or "")
        role = roles.get(item.get("role") or "")
        if employee_id is None:
            emp = Employee(employee_no=item["employee_no"], name=item["name"], hire_date=item["hire_date"],
                           gender=item["gender"], phone=str(item.get("phone") or ""),
                           email=str(item.get("email") or ""), notes=str(item.get("note") or ""),
                           department=dep, status="active",
                           base_salary=item.get("base_salary") if may_salary and item.get("base_salary") is not None
                           else Decimal("0.00"))
            for key in WITHHOLDING_FIELDS:
                setattr(emp, key, item[key] if may_salary and item.get(key) is not None else Decimal("0.00"))
            session.add(emp)
            session.flush()
            if role is not None:
                session.add(RoleAssignment(employee_id=emp.id, role_id=role.id, start_date=emp.hire_date,
                                           is_primary=True))
            audit.record(session, actor, "create", "employee", emp.id,
                         after=audit.snapshot(emp, exclude=("created_at", "updated_at", "id_card_no", "bank_account")),
                         summary=audit.note("imported_name", name=f"{emp.employee_no} {emp.name}"))
            summary.inserted += 1
            continue
        if duplicates == "skip":
            summary.skipped += 1
            continue
        emp = session.get(Employee, employee_id)
        before = audit.snapshot(emp, exclude=("created_at", "updated_at", "id_card_no", "bank_account"))
        if item.get("name"):
            emp.name = item["name"]
        if item.get("hire_date") is not None:
            emp.hire_date = item["hire_date"]
        if dep is not None:
            emp.department = dep
        for attr, key in (("phone", "phone"), ("email", "email"), ("notes", "note")):
            if item.get(key):
                setattr(emp, attr, str(item[key]))
        if item.get("gender"):
            emp.gender = item["gender"]
        if may_salary and item.get("base_salary") is not None:
            emp.base_salary = item["base_salary"]
        for key in WITHHOLDING_FIELDS:
            if may_salary and item.get(key) is not None:
                setattr(emp, key, item[key])
        if role is not None:
            current = session.scalar(select(RoleAssignment).where(
                RoleAssignment.employee_id == emp.id, RoleAssignment.is_primary,
                RoleAssignment.end_date.is_(None)).order_by(RoleAssignment.start_date.desc()).limit(1))
            if current is None:
                session.add(RoleAssignment(employee_id=emp.id, role_id=role.id, start_date=emp.hire_date,
                                           is_primary=True))
            elif current.role_id != role.id:
                today = clock.today()
                start = max(today, current.start_date + timedelta(days=1))
                current.end_date = start - timedelta(days=1)
                session.add(RoleAssignment(employee_id=emp.id, role_id=role.id, start_date=start, is_primary=True))
        session.flush()
        audit.record(session, actor, "update", "employee", emp.id, before=before,
                     after=audit.snapshot(emp, exclude=("created_at", "updated_at", "id_card_no", "bank_account")),
                     summary=audit.note("imported_name", name=f"{emp.employee_no} {emp.name}"))
        summary.replaced += 1


def import_counts(session: Session) -> dict[str, int]:
    """Rows in the attendance tables (for checks and tests)."""
    return {table.__tablename__: session.scalar(select(func.count()).select_from(table))
            for table in (PunchRecord, TimesheetEntry, Employee, Department, Role)}
