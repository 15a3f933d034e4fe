"""The progress/cancel state object long work is handed (Orange3's habit): ``report`` and ``check``.

A service calls ``progress.report(done, total, text)`` now and then and ``progress.check()`` between
steps; ``check`` raises :class:`Cancelled` once the user has asked to stop, so the caller's transaction
rolls back and nothing is written. The UI's task runner (ui/tasks.Progress) has the same two methods and raises this same ``Cancelled``.
"""

from __future__ import annotations

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
