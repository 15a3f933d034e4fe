"""The window's side of the change signal (db/changes): which tables were written since a page loaded.

A page says which tables it shows with a class attribute ``shows`` (a set of table names; a page without it
counts as showing every table). :class:`ChangeFeed` collects the recorder's messages from any thread (the
GUI's own commits and the task runner's workers) and emits ``changed`` on the GUI thread, queued, once per
turn of the event loop however many commits came in; whoever handles it asks :meth:`ChangeFeed.take` for the
:class:`Change` records since the last call. ``take`` also works without the event loop having run, so a
window that switches pages right after a commit sees that commit.

A change says whether it was committed on the GUI thread: there it is a screen's own save, which that screen
shows itself (it reloads after its dialogs, the board moves a card without reading the board again); from a
worker (an import, any task) nobody on screen has shown it yet.
"""

from __future__ import annotations

import threading
from typing import NamedTuple

from PySide6.QtCore import QObject, Qt, Signal
from sqlalchemy.orm import Session, sessionmaker

from shopteam.db import changes


class Change(NamedTuple):
    generation: int
    tables: frozenset[str]
    on_gui_thread: bool


class EveryTableBut:
    """What a page that shows nearly everything (the home screen) shows: every table but the few named. Known
    without the complete metadata, whose capability tables are imported only when a service needs them."""

    def __init__(self, *tables: str) -> None:
        self.excluded = frozenset(tables)

    def __contains__(self, table: object) -> bool:
        return table not in self.excluded

    def isdisjoint(self, tables) -> bool:
        return all(t in self.excluded for t in tables)


def every_table_but(*tables: str) -> EveryTableBut:
    return EveryTableBut(*tables)


Shows = frozenset[str] | EveryTableBut


def shown_by(page: object) -> Shows | None:
    """The tables a page shows; None: it did not say, so every change concerns it."""
    shows = getattr(page, "shows", None)
    if shows is None or isinstance(shows, EveryTableBut):
        return shows
    return frozenset(shows)


def concerns(shows: Shows | None, tables: frozenset[str]) -> bool:
    return shows is None or not shows.isdisjoint(tables)


class ChangeFeed(QObject):
    """The committed changes of one session factory, for one window."""

    changed = Signal()  # on the GUI thread: take() has something
    _arrived = Signal()  # emitted on the committing thread, delivered queued on the GUI thread

    def __init__(self, factory: sessionmaker[Session], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.recorder = changes.recorder_of(factory)
        self._lock = threading.Lock()
        self._pending: list[Change] = []
        self._gui_thread = threading.get_ident()  # made by the window, on the GUI thread
        self._nudged = False
        self._arrived.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._stop = self.recorder.listen(self._committed)
        self.destroyed.connect(self._stop)

    @property
    def generation(self) -> int:
        """The number of the newest commit that changed something (grows by one per such commit)."""
        return self.recorder.generation

    def _committed(self, generation: int, tables: frozenset[str]) -> None:  # any thread
        with self._lock:
            self._pending.append(Change(generation, tables, threading.get_ident() == self._gui_thread))
            nudge, self._nudged = not self._nudged, True
        if nudge:
            try:
                self._arrived.emit()
            except RuntimeError:  # the window is gone
                self._stop()

    def _deliver(self) -> None:
        with self._lock:
            self._nudged = False
            if not self._pending:
                return
        self.changed.emit()

    def take(self) -> list[Change]:
        with self._lock:
            taken, self._pending = self._pending, []
        return taken

    def stop(self) -> None:
        self._stop()
