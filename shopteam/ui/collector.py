"""Reference cycles are collected on the GUI thread only.

Python runs its cycle collector in whichever thread happens to allocate when a threshold is passed. With
work on the thread pool (an export, an import) that is often a worker thread, and a cycle that holds the
last reference to a Qt widget of a closed dialog then deletes that widget outside the GUI thread: Qt
aborts or the process crashes. So the window turns the automatic collector off and a timer on its own
thread collects what is due, generation by generation, exactly as the automatic collector would have.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from shopteam.runtime import collect_due, stop_automatic_collection

CHECK_EVERY_MS = 250


class GuiThreadCollector(QObject):
    """Made once, on the GUI thread, after the QApplication; lives as long as the application."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        stop_automatic_collection()
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(collect_due)
        self.timer.start()


def collect_on_gui_thread(app: QObject) -> GuiThreadCollector:
    """Install the collector on ``app`` (once; a second call returns the first)."""
    existing = getattr(app, "_shopteam_collector", None)
    if existing is None:
        existing = app._shopteam_collector = GuiThreadCollector(app)
    return existing
