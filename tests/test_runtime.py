"""The process settings of shopteam.runtime: collector thresholds and pausing it for bulk work."""

from __future__ import annotations

import gc
import threading

import pytest

from shopteam import runtime
from shopteam.runtime import YOUNG_GENERATION_THRESHOLD, gc_paused, tune_garbage_collector


@pytest.fixture(autouse=True)
def _automatic_collection(monkeypatch):
    """These tests are about a process whose collector runs by itself (the command line); the test
    process collects on the GUI thread like the window (ui/collector)."""
    was_enabled = gc.isenabled()
    monkeypatch.setattr(runtime, "_automatic", True)
    gc.enable()
    yield
    if not was_enabled:
        gc.disable()


def test_tuning_raises_the_young_generation_threshold():
    before = gc.get_threshold()
    try:
        tune_garbage_collector()
        assert gc.get_threshold()[0] == YOUNG_GENERATION_THRESHOLD
    finally:
        gc.set_threshold(*before)


def test_gc_is_paused_inside_nested_blocks_and_back_after_the_last():
    assert gc.isenabled()
    with gc_paused():
        assert not gc.isenabled()
        with gc_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the outer block still runs
    assert gc.isenabled()


def test_two_threads_pausing_at_once_leave_it_enabled_when_both_are_done():
    inside, release = threading.Barrier(2), threading.Event()

    def work():
        with gc_paused():
            inside.wait()
            release.wait(5)

    worker = threading.Thread(target=work)
    worker.start()
    with gc_paused():
        inside.wait()
    assert not gc.isenabled()  # the worker's block is still running
    release.set()
    worker.join()
    assert gc.isenabled()


def test_an_error_inside_still_enables_it_again():
    try:
        with gc_paused():
            raise KeyError("boom")
    except KeyError:
        pass
    assert gc.isenabled()


def test_as_a_decorator():
    @gc_paused()
    def state():
        return gc.isenabled()

    assert state() is False and gc.isenabled()
