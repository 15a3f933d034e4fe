"""The task runner's Cancel raises the services' Cancelled: one cancel for the UI and the services."""

from shopteam.services import progress as services_progress
from shopteam.ui import tasks


def test_cancel_raises_the_services_cancelled(qtbot):
    seen = []

    def work(progress):
        while True:  # a service loop: it checks between steps
            progress.check()
            if not seen:
                seen.append("ran")
                progress.cancel()

    results = []
    tasks.run_task(work, on_done=lambda result, error: results.append((result, error)))
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    result, error = results[0]
    assert result is None and isinstance(error, services_progress.Cancelled)
    assert error.code == "cancelled" and tasks.Cancelled is services_progress.Cancelled
    assert not hasattr(services_progress, "CancelFlag")
