"""How an indicator's target and actual figure read on a sheet: the one rule for the printed appraisal
sheets (reports/appraisal_sheet, 2 decimals) and the offline scoring workbook (io/appraisal_workbook, 4).

``line`` is any object with ``method``, ``params``, ``target``, ``actual`` and ``unit`` (a ScoreLine, a
workbook line)."""

from __future__ import annotations

from decimal import Decimal


def number_text(value, places: int = 2) -> str:
    """A whole number without decimals, else up to ``places`` decimals; thousands separated; "" for None."""
    if value is None or value == "":
        return ""
    if not isinstance(value, float | int | Decimal | str):
        return str(value)
    try:
        number = Decimal(str(value))
    except ArithmeticError:
        return str(value)
    if number == number.to_integral_value():
        return f"{number:,.0f}"
    return f"{number:,.{places}f}".rstrip("0").rstrip(".")


def target_text(line, places: int = 2) -> str:
    """Tiered: the two highest tiers (≥100,000:100 / ≥80,000:80); attendance 100; tasks 100%; else the
    target with its % sign."""
    if line.method == "tiered":
        tiers = line.params.get("tiers") or []
        sign = "≥" if (line.params.get("direction") or "higher") == "higher" else "≤"
        return " / ".join(f"{sign}{number_text(t[0], places)}:{number_text(t[1], places)}"
                          for t in tiers[-2:][::-1]) if tiers else ""
    if line.method == "attendance":
        return "100"
    if line.method == "tasks":
        return "100%"
    return number_text(line.target, places) + ("%" if line.target is not None and line.unit == "%" else "")


def actual_text(line, places: int = 2) -> str:
    """Nothing for rated and attendance lines; tasks in %; else the figure with its % sign."""
    if line.method in ("rating", "attendance"):
        return ""
    if line.method == "tasks":
        return "" if line.actual is None else f"{number_text(line.actual, places)}%"
    return number_text(line.actual, places) + ("%" if line.actual is not None and line.unit == "%" else "")
