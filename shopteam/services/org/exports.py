"""The roster as a workbook, for the command line (and any caller with a session)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session

from shopteam.services.attendance.exports import RowsExport
from shopteam.services.context import Actor
from shopteam.services.language import document_language
from shopteam.services.org.roster import list_staff
from shopteam.services.progress import NullProgress, Progress


def export_roster(session: Session, *, actor: Actor, path: str | Path, language: str | None = None,
                  progress: Progress | None = None) -> RowsExport:
    """Everyone the actor may see (``list_staff``: scope, and salaries only for SALARY_VIEW)."""
    from shopteam.io.attendance_export import write_roster

    rows = list_staff(session, actor=actor)
    (progress or NullProgress()).check()
    write_roster(path, rows, language=language or document_language(session))
    return RowsExport(str(path), len(rows))
