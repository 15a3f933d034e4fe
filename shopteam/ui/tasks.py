"""The one way to run long work off the GUI thread.

Work is a plain function ``fn(progress: Progress, *args)`` that reports with ``progress.report(done,
total, text)`` and calls ``progress.check()`` now and then; Cancel makes ``check()`` raise
the services' ``Cancelled`` (services/progress) so the function's transaction rolls back. The result or the error comes back on the GUI
thread through ``on_done(result, error)``. A progress dialog appears only if the work takes longer
than ``SHOW_AFTER_MS``.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from shopteam.services.progress import Cancelled

__all__ = ["Cancelled", "Progress", "Task", "cancel_all", "run_task"]  # Cancelled: the services' one

SHOW_AFTER_MS = 500


class Progress:
    """Thread-safe progress and cancel state handed to the work function."""

    def __init__(self) -> None:
        self._cancel = threading.Event()
        self._lock = threading.Lock()
        self.done = 0
        self.total = 0
        self.text = ""

    def report(self, done: int, total: int = 0, text: str = "") -> None:
        with self._lock:
            self.done, self.total = done, total
            if text:
                self.text = text
        self.check()

    def snapshot(self) -> tuple[int, int, str]:
        with self._lock:
            return self.done, self.total, self.text

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()


class _Signals(QObject):
    finished = Signal(object, object)  # result, error


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[..., Any], progress: Progress, args: tuple) -> None:
        super().__init__()
        # The Task keeps this object (and its signals) alive and lets it go on the GUI thread; with Qt's
        # auto-delete the pool would delete it on the worker, taking the Python side with it there.
        self.setAutoDelete(False)
        self.fn, self.progress, self.args = fn, progress, args
        self.signals = _Signals()

    def run(self) -> None:
        try:
            result = self.fn(self.progress, *self.args)
        except BaseException as exc:  # noqa: BLE001 - everything goes back to the GUI thread
            self.signals.finished.emit(None, exc)
        else:
            self.signals.finished.emit(result, None)


class Task(QObject):
    """A running piece of background work; keeps itself alive until it has reported."""

    finished = Signal(object, object)
    _running: set[Task] = set()

    def __init__(self, fn, args, on_done, parent: QWidget | None, title: str) -> None:
        super().__init__()
        self.progress = Progress()
        self._on_done = on_done
        self._dialog: QProgressDialog | None = None
        self._parent, self._title = parent, title
        self._runnable = _Runnable(fn, self.progress, args)
        self._runnable.signals.finished.connect(self._finish, Qt.ConnectionType.QueuedConnection)
        self._timer = QTimer(self)
        self._timer.setInterval(100)
        self._timer.timeout.connect(self._tick)
        self._elapsed = 0
        Task._running.add(self)
        self._timer.start()
        QThreadPool.globalInstance().start(self._runnable)

    def _tick(self) -> None:
        self._elapsed += self._timer.interval()
        if self._dialog is None and self._elapsed >= SHOW_AFTER_MS and self._parent is not None:
            self._dialog = QProgressDialog(self._title, self.tr("Cancel"), 0, 0, self._parent)
            self._dialog.setWindowTitle(self._title)
            self._dialog.setWindowModality(Qt.WindowModality.WindowModal)
            self._dialog.setMinimumDuration(0)
            self._dialog.canceled.connect(self.progress.cancel)
            self._dialog.show()
        if self._dialog is not None:
            done, total, text = self.progress.snapshot()
            self._dialog.setMaximum(total)
            self._dialog.setValue(min(done, total) if total else 0)
            if text:
                self._dialog.setLabelText(text)

    def _finish(self, result, error) -> None:
        self._timer.stop()
        if self._dialog is not None:
            self._dialog.canceled.disconnect(self.progress.cancel)
            self._dialog.close()
            self._dialog.deleteLater()
        Task._running.discard(self)
        if self._on_done is not None:
            self._on_done(result, error)
        self.finished.emit(result, error)


def cancel_all() -> None:
    """Ask every running task to stop (their transactions roll back); for quitting."""
    for task in list(Task._running):
        task.progress.cancel()


def run_task(fn: Callable[..., Any], *args, on_done: Callable[[Any, BaseException | None], None] | None = None,
             parent: QWidget | None = None, title: str = "") -> Task:
    """Run ``fn(progress, *args)`` on the thread pool; ``on_done(result, error)`` on the GUI thread."""
    return Task(fn, args, on_done, parent, title)
