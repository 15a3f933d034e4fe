"""The one way a screen writes a file: choose where (the folder remembered per screen), write it in the
background (ui/tasks.run_task, with its progress dialog and Cancel), then say what happened through the
screen's message line in the one error style (ui/messages.describe).

Files read from the database are written by services (or reports) the command line calls too; a screen
passes them to ``run_export``. A table as the screen shows it (sorted, filtered, in the screen's language)
is written by ``export_table``, the one place the screens reach io's table writer. Pictures drawn on the
screen (charts, the org chart) only ask for the path here and save at once. ``ask_open_path`` is the
same choice for a file to read."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QWidget

from shopteam.ui.messages import ERROR_STYLE, describe
from shopteam.ui.tasks import Cancelled, Task, run_task

__all__ = ["ERROR_STYLE", "ask_open_path", "ask_save_path", "export_table", "run_export"]


def ask_save_path(parent: QWidget, *, title: str, name: str, pattern: str, settings_key: str,
                  suffix: str = "", folder: str | Path | None = None) -> str:
    """The file the user chose (``suffix`` added when missing), or "" when cancelled; the folder is kept
    under ``settings_key`` for the next time (the first time: ``folder``, else the home folder)."""
    settings = QSettings()
    start = settings.value(settings_key, str(folder or Path.home()))
    path, _filter = QFileDialog.getSaveFileName(parent, title, str(Path(start) / name), pattern)
    if not path:
        return ""
    if suffix and not path.lower().endswith(suffix):
        path += suffix
    settings.setValue(settings_key, str(Path(path).parent))
    return path


def ask_open_path(parent: QWidget, *, title: str, pattern: str, settings_key: str) -> str:
    """The file the user chose to read, or "" when cancelled; the folder is kept like ``ask_save_path``'s."""
    settings = QSettings()
    folder = settings.value(settings_key, str(Path.home()))
    path, _filter = QFileDialog.getOpenFileName(parent, title, str(folder), pattern)
    if path:
        settings.setValue(settings_key, str(Path(path).parent))
    return path


def run_export(parent: QWidget, work: Callable[..., Any], *, title: str,
               on_saved: Callable[[Any], None], on_failed: Callable[[str], None],
               on_cancelled: Callable[[], None] | None = None) -> Task:
    """Run ``work(progress)`` in the background; ``on_saved(result)`` after it, or ``on_failed(sentence)``
    with the error put into words by ui/messages (``on_cancelled()`` instead after a Cancel, when given)."""

    def done(result, error):
        if isinstance(error, Cancelled) and on_cancelled is not None:
            on_cancelled()
        elif error is not None:
            on_failed(describe(error))
        else:
            on_saved(result)

    return run_task(work, on_done=done, parent=parent, title=title)


def export_table(parent: QWidget, path: str, headers: list[str], rows: list[list], *, sheet_title: str,
                 title: str, on_saved: Callable[[Any], None], on_failed: Callable[[str], None],
                 on_cancelled: Callable[[], None] | None = None, datetime_format: str | None = None) -> Task:
    """Write the table as the screen shows it (``headers``, typed ``rows``) to ``path`` in the background,
    through ``run_export``; ``on_saved`` receives the path written."""

    def work(progress):
        from shopteam.io.table_export import DATETIME_FORMAT, write_xlsx

        return write_xlsx(path, headers, rows, sheet_title=sheet_title, datetime_format=datetime_format or
                          DATETIME_FORMAT, progress=lambda done, total: progress.report(done, total))

    return run_export(parent, work, title=title, on_saved=on_saved, on_failed=on_failed, on_cancelled=on_cancelled)
