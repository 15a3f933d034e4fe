"""The month's attendance summary as a workbook, for the command line (and any caller with a session)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from shopteam.services.attendance.month import month_summary
from shopteam.services.context import Actor
from shopteam.services.language import document_language
from shopteam.services.progress import NullProgress, Progress


@dataclass(frozen=True)
class RowsExport:
    """A file written and the number of its rows (JSON: ok, file, rows)."""
    file: str
    rows: int

    def to_dict(self) -> dict:
        return {"ok": True, "file": self.file, "rows": self.rows}


def export_attendance(session: Session, *, actor: Actor, year: int, month: int, path: str | Path,
                      department_id: int | None = None, language: str | None = None,
                      progress: Progress | None = None) -> RowsExport:
    """Everyone the actor may see (``month_summary``, its scope and checks) in the month, one row each."""
    from shopteam.io.attendance_export import write_attendance_summary

    rows = month_summary(session, actor=actor, year=year, month=month, department_id=department_id)
    (progress or NullProgress()).check()
    write_attendance_summary(path, rows, year=year, month=month, language=language or document_language(session))
    return RowsExport(str(path), len(rows))
