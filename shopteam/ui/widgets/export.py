"""The one way a screen writes a file: choose where (the folder remembered per screen), write it in the
background (ui/tasks.run_task, with its progress dialog and Cancel), then say what happened through the
screen's message line in the one error style (ui/messages.describe)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QWidget

from shopteam.ui.messages import describe
from shopteam.ui.tasks import Task, run_task

ERROR_STYLE = "color: #c62828;"


def ask_save_path(parent: QWidget, *, title: str, name: str, pattern: str, settings_key: str,
                  suffix: str = "") -> str:
    """The file the user chose (``suffix`` added when missing), or "" when cancelled; the folder is kept
    under ``settings_key`` for the next time."""
    settings = QSettings()
    folder = settings.value(settings_key, str(Path.home()))
    path, _filter = QFileDialog.getSaveFileName(parent, title, str(Path(folder) / name), pattern)
    if not path:
        return ""
    if suffix and not path.lower().endswith(suffix):
        path += suffix
    settings.setValue(settings_key, str(Path(path).parent))
    return path


def run_export(parent: QWidget, work: Callable[..., Any], *, title: str,
               on_saved: Callable[[Any], None], on_failed: Callable[[str], None]) -> Task:
    """Run ``work(progress)`` in the background; ``on_saved(result)`` after it, or ``on_failed(sentence)``
    with the error put into words by ui/messages."""

    def done(result, error):
        if error is not None:
            on_failed(describe(error))
        else:
            on_saved(result)

    return run_task(work, on_done=done, parent=parent, title=title)

