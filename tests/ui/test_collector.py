"""Cycles made on a worker thread are collected on the GUI thread, never on the worker."""

from __future__ import annotations

import gc
import threading

from shopteam.runtime import gc_paused
from shopteam.ui.collector import CHECK_EVERY_MS
from shopteam.ui.tasks import run_task


class _Cycle:
    deleted_on: list[str] = []

    def __init__(self) -> None:
        self.me = self

    def __del__(self) -> None:
        _Cycle.deleted_on.append(threading.current_thread().name)


def test_the_automatic_collector_is_off_and_stays_off_after_a_paused_block():
    assert not gc.isenabled()
    with gc_paused():
        pass
    assert not gc.isenabled()


def test_cycles_made_on_a_worker_die_on_the_gui_thread(qtbot):
    _Cycle.deleted_on.clear()
    threshold = gc.get_threshold()[0]

    def work(progress):
        for _ in range(3 * threshold):  # far past the threshold: the automatic collector would run here
            _Cycle()
        return threading.current_thread().name

    with qtbot.waitSignal(run_task(work).finished, timeout=20000) as blocker:
        pass
    worker = blocker.args[0]
    qtbot.wait(2 * CHECK_EVERY_MS)  # the collector's timer has its turn
    gc.collect()  # whatever is left below the threshold
    assert len(_Cycle.deleted_on) == 3 * threshold
    assert worker != threading.main_thread().name
    assert set(_Cycle.deleted_on) == {threading.main_thread().name}
