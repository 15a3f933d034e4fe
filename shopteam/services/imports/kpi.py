"""KPI actuals (PRODUCT §3.5): the figures shops take from their platform's back office — sales, conversion,
DSR, response time, complaints — one row per person, indicator and month.

They come in through the shared import pipeline (``services.imports``, kind ``kpi``): columns 工号 or 姓名,
指标, 数值 and an optional 期间; the period can also be given for the whole file. A row for a person,
indicator and month that already exists is a duplicate (skipped or replaced, as the user chooses).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from sqlalchemy import delete, select, tuple_
from sqlalchemy.orm import Session

from shopteam.db.models.appraisal import KpiActual
from shopteam.domain import clock
from shopteam.domain.errors import ValidationError
from shopteam.services.context import Actor
from shopteam.services.imports.preview import PreviewRow, rejected_row
from shopteam.services.permissions import KPI_IMPORT, require, visible_employee_ids

_PERIOD = re.compile(r"^\s*(\d{4})\s*(?:[-/.年]\s*(\d{1,2})\s*月?)\s*$")


def parse_period(value) -> tuple[int, int] | None:
    """'2026-10', '2026/10', '2026年10月', '202610', a date cell -> (2026, 10); None when it is not a month."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime | date):
        return value.year, value.month
    text = str(value).strip()
    if re.fullmatch(r"\d{6}", text):
        year, month = int(text[:4]), int(text[4:])
    else:
        text = re.sub(r"\s+00:00:00$", "", text)
        match = _PERIOD.match(text) or re.match(r"^\s*(\d{4})-(\d{1,2})-\d{1,2}\s*$", text)
        if not match:
            return None
        year, month = int(match.group(1)), int(match.group(2))
    return (year, month) if 1 <= month <= 12 and 2000 <= year <= 2100 else None


def period_text(period: tuple[int, int]) -> str:
    return f"{period[0]}-{period[1]:02d}"


def parse_value(value) -> float | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    text = str(value).strip().replace(",", "").replace("，", "")
    text = text.rstrip("%").strip()
    try:
        number = Decimal(text)
    except InvalidOperation:
        return None
    if not number.is_finite():
        return None
    return float(number)


def check_permission(actor: Actor) -> None:
    require(actor, KPI_IMPORT, "import KPI figures")


def preview_rows(session: Session, actor: Actor, records, cells, preview, matcher, period: tuple[int, int] | None):
    """Fill ``preview`` (rows, payload) for a KPI file: called by ``imports.preview_import``."""
    from shopteam.io.rows import Problem

    check_permission(actor)
    scope = visible_employee_ids(session, actor)
    items: dict[tuple[int, int, int, str], dict] = {}
    accepted = []
    rows = []
    for record in records:
        problems = list(record.problems)
        found = matcher.find(record) if not problems else None
        if isinstance(found, Problem):
            problems.append(found)
        values = record.values
        indicator = (values.get("indicator") or "").strip()
        if not problems and not indicator:
            problems.append(Problem(record.row, "indicator", "an indicator name", ""))
        elif len(indicator) > 100:
            problems.append(Problem(record.row, "indicator", "at most 100 characters", indicator))
        value = parse_value(values.get("value"))
        if not problems and value is None:
            problems.append(Problem(record.row, "value", "a number", values.get("value")))
        row_period = parse_period(values.get("period")) if values.get("period") not in (None, "") else period
        if not problems and row_period is None:
            problems.append(Problem(record.row, "period", "a month such as 2026-10 (or the month chosen for the file)",
                                    values.get("period")))
        if not problems and scope is not None and matcher.ids[found.employee_no] not in scope:
            problems.append(Problem(record.row, "employee_no", "a person in your department",
                                    found.employee_no))
        if problems:
            rows.append(rejected_row(record, problems, cells))
            continue
        key = (matcher.ids[found.employee_no], row_period[0], row_period[1], indicator)
        if key in items:
            problems.append(Problem(record.row, "indicator", "one row per person, indicator and month (row {first} "
                                    "has it)", indicator, {"first": items[key]["row"]}))
            rows.append(rejected_row(record, problems, cells))
            continue
        items[key] = {"value": value, "row": record.row}
        accepted.append((record.row, key))
        rows.append(PreviewRow(record.row, {**values, "period": period_text(row_period)}, [], "new"))
    existing = _existing(session, items)
    by_row = dict(accepted)
    for row in rows:
        if row.status == "new" and by_row.get(row.row) in existing:
            row.status = "duplicate"
    preview.rows = rows
    preview.payload = items


def _existing(session: Session, keys) -> set[tuple[int, int, int, str]]:
    if not keys:
        return set()
    periods = {(k[1], k[2]) for k in keys}
    rows = session.execute(select(KpiActual.employee_id, KpiActual.year, KpiActual.month, KpiActual.indicator)
                           .where(tuple_(KpiActual.year, KpiActual.month).in_(list(periods))))
    return {tuple(r) for r in rows} & set(keys)


def commit_rows(session: Session, preview, duplicates: str, summary, progress) -> None:
    items: dict[tuple[int, int, int, str], dict] = preview.payload or {}
    existing = _existing(session, items)
    table = KpiActual.__table__
    if existing and duplicates == "replace":
        keys = list(existing)
        for start in range(0, len(keys), 300):
            progress.check()
            session.connection().execute(delete(table).where(
                tuple_(table.c.employee_id, table.c.year, table.c.month, table.c.indicator).in_(keys[start:start + 300])))
        summary.replaced = len(existing)
        to_write = list(items)
    else:
        summary.skipped = len(existing)
        to_write = [k for k in items if k not in existing]
    now = clock.now().replace(tzinfo=None)
    rows = [{"employee_id": k[0], "year": k[1], "month": k[2], "indicator": k[3], "value": items[k]["value"],
             "source_file": preview.path.name[:200], "source_row": items[k]["row"], "imported_at": now}
            for k in to_write]
    if rows:
        session.connection().execute(table.insert(), rows)
    summary.inserted = len(rows) - summary.replaced


@dataclass(frozen=True)
class KpiRow:
    employee_id: int
    employee_no: str
    name: str
    indicator: str
    value: float
    source_file: str


def list_kpis(session: Session, *, actor: Actor, year: int, month: int) -> list[KpiRow]:
    from shopteam.db.models import Employee

    query = (select(KpiActual.employee_id, Employee.employee_no, Employee.name, KpiActual.indicator, KpiActual.value,
                    KpiActual.source_file).join(Employee, Employee.id == KpiActual.employee_id)
             .where(KpiActual.year == year, KpiActual.month == month)
             .order_by(Employee.employee_no, KpiActual.indicator))
    scope = visible_employee_ids(session, actor)
    return [KpiRow(*r) for r in session.execute(query) if scope is None or r[0] in scope]


def set_kpi(session: Session, *, actor: Actor, employee_id: int, year: int, month: int, indicator: str,
            value: float, source: str = "") -> None:
    """Record one figure directly (demo data, tests); replaces the same person/indicator/month."""
    check_permission(actor)
    if not indicator.strip():
        raise ValidationError("Give the indicator's name.", field="indicator", code="kpi_indicator")
    session.execute(delete(KpiActual).where(KpiActual.employee_id == employee_id, KpiActual.year == year,
                                            KpiActual.month == month, KpiActual.indicator == indicator.strip()))
    session.add(KpiActual(employee_id=employee_id, year=year, month=month, indicator=indicator.strip(),
                          value=float(value), source_file=source))
    session.flush()
