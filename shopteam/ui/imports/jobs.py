"""The wizard's background work, as plain functions ``fn(progress, ...)`` for ``ui.tasks.run_task``.

Each opens its own Session. The preview writes nothing (its session is rolled back); the commit runs
in one transaction, so a Cancel (``progress.check()`` raising) or an error rolls everything back.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication

#: The file page's choice -> the service's kind ('attendance' lets the headers pick punches or a punch log).
SERVICE_KINDS = {"auto": None, "roster": "roster", "attendance": "attendance", "timesheet": "timesheet",
                 "kpi": "kpi", "candidates": "candidates"}




class Translated:
    """Passes progress on to the task's Progress with the service's step names in the user's language."""

    def __init__(self, progress) -> None:
        self.progress = progress
        checking = QCoreApplication.translate("ImportWizard", "Checking the rows…")
        self.texts = {"reading": QCoreApplication.translate("ImportWizard", "Reading the file…"),
                      "checking": checking, "checked": checking}
        self.importing = QCoreApplication.translate("ImportWizard", "Importing…")

    def report(self, done: int, total: int = 0, text: str = "") -> None:
        self.progress.report(done, total, self.texts.get(text, self.importing if text else ""))

    def check(self) -> None:
        self.progress.check()


def make_preview(progress, factory, actor, path: str, sheet: str | None, kind: str | None,
                 columns: dict[str, int] | None, year: int | None, period: tuple[int, int] | None = None,
                 match_by_name: bool = False, position_id: int | None = None):
    """Read and check the file; ``columns`` None means the detected (or remembered) mapping.

    ``period`` (year, month) is the month of KPI rows without one of their own; ``match_by_name`` matches
    rows with an unknown employee no. by their unique name; ``position_id`` is the open position of candidate
    rows without one of their own."""
    from shopteam.services.imports import pipeline as imports

    progress.report(0, 0, QCoreApplication.translate("ImportWizard", "Reading %1…").replace("%1", Path(path).name))
    with factory() as session:
        try:
            return imports.preview_import(session, actor=actor, path=path, sheet=sheet, kind=kind,
                                          columns=columns, year=year, progress=Translated(progress),
                                          period=period, match_by_name=match_by_name,
                                          position_id=position_id)
        finally:
            session.rollback()  # the preview never writes; a corrected mapping is kept at the commit


def find_and_preview(progress, factory, actor, path: str, kind: str | None, year: int | None,
                     period: tuple[int, int] | None = None, match_by_name: bool = False,
                     position_id: int | None = None):
    """The first sheet whose header can be found, previewed with the detected (or remembered) mapping."""
    from shopteam.io.errors import EmptySheetError, HeaderNotFoundError
    from shopteam.io.reader import list_sheets

    first_error = None
    for name in list_sheets(path):
        try:
            return make_preview(progress, factory, actor, path, name, kind, None, year, period, match_by_name,
                                position_id)
        except (EmptySheetError, HeaderNotFoundError) as exc:
            first_error = first_error or exc
        progress.check()
    raise first_error


def commit(progress, factory, actor, preview, duplicates: str):
    from shopteam.services.imports import pipeline as imports

    progress.report(0, 0, QCoreApplication.translate("ImportWizard", "Importing…"))
    with factory.begin() as session:
        summary = imports.commit_import(session, actor=actor, preview=preview, duplicates=duplicates,
                                        progress=Translated(progress))
        progress.check()  # a Cancel up to the last moment still rolls back
        return summary


def save_errors(progress, path: str, summary, language: str):
    """The rejected rows as a workbook: row number, the row's cells as in the file, and the reason
    (in the language of the screens: the translator is installed for ``language``)."""
    from shopteam.io.attendance_export import write_error_workbook
    from shopteam.ui.imports.problems import problems_text

    progress.report(0, 0, QCoreApplication.translate("ImportWizard", "Saving the error workbook…"))
    return write_error_workbook(summary, path, language=language, describe=problems_text)


def example_text(value) -> str:
    """A parsed or raw value as the mapping page shows it as an example."""
    from shopteam.ui.imports.texts import value_text

    if isinstance(value, datetime) and not (value.hour or value.minute):
        return value.date().isoformat()
    if isinstance(value, date | time | timedelta):
        return value.isoformat() if not isinstance(value, timedelta) else str(value)
    return value_text(value)


def write_template(progress, factory, actor, path: str, kind: str, language: str) -> Path:
    """A blank import template for ``kind``, its drop-down lists filled from the shop (services/imports/templates)."""
    from shopteam.services.imports.templates import export_template

    with factory() as session:
        return export_template(session, actor=actor, kind=kind, path=path, language=language, progress=progress)
