"""The progress/cancel state object long work is handed (Orange3's habit): ``report`` and ``check``.

A service calls ``progress.report(done, total, text)`` now and then and ``progress.check()`` between
steps; ``check`` raises :class:`Cancelled` once the user has asked to stop, so the caller's transaction
rolls back and nothing is written. The UI passes its own object with the same two methods.
"""

from __future__ import annotations

import threading
from typing import Protocol

from shopteam.domain.errors import ShopTeamError


class Cancelled(ShopTeamError):
    code = "cancelled"
    template = "Cancelled; nothing was changed."


class Progress(Protocol):
    def report(self, done: int, total: int, text: str = "") -> None: ...

    def check(self) -> None: ...


class NullProgress:
    """Reports nowhere and is never cancelled."""

    def report(self, done: int, total: int, text: str = "") -> None:
        pass

    def check(self) -> None:
        pass


class CancelFlag:
    """A thread-safe progress object: ``cancel()`` from any thread makes the next ``check()`` raise.

    ``last`` holds the most recent (done, total, text) for whoever polls it.
    """

    def __init__(self) -> None:
        self._event = threading.Event()
        self.last: tuple[int, int, str] = (0, 0, "")

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def report(self, done: int, total: int, text: str = "") -> None:
        self.last = (done, total, text)

    def check(self) -> None:
        if self._event.is_set():
            raise Cancelled()
