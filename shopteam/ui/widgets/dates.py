"""Dates between Python and Qt, and today's date for date fields (from the one clock)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate

from shopteam.domain import clock


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def today_qdate() -> QDate:
    return to_qdate(clock.today())
