"""How a ShopTeam process runs Python, set once by every entry point (``cli.main``, which also starts the
window) and by the benchmarks, so that they measure the code as the application runs it."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

#: Allocations between collections of the youngest generation (Python's default is 700).
YOUNG_GENERATION_THRESHOLD = 50_000


def tune_garbage_collector() -> None:
    """Collect reference cycles less often.

    ShopTeam makes few cycles but a great many short-lived objects (rows, ORM instances, a day result per
    person and day); with Python's default the collector runs thousands of times while a month of 500
    people is summed up or an appraisal cycle computed, each time walking every live object. Measured
    here: imports at start-up 6 % faster, an appraisal compute of 500 people a quarter faster. A cycle
    still lives only until the next collection, so memory stays bounded."""
    gc.set_threshold(YOUNG_GENERATION_THRESHOLD, 20, 20)


_frozen = False


def freeze_startup_objects() -> None:
    """Once the first window is up: everything made so far (modules, classes, Qt wrappers) lives as long as
    the process, so take it out of the collector's walks. Only the first time: after a log-out and log-in
    it would also pin whatever the previous session left for the collector."""
    global _frozen
    if not _frozen:
        _frozen = True
        gc.freeze()


_pause_lock = threading.Lock()
_pauses = 0
_automatic = True  # False once the window collects cycles itself (ui/collector)


def stop_automatic_collection() -> None:
    """From now on cycles are collected only when someone calls ``collect_due()`` (the window does, on its
    own thread); ``gc_paused`` no longer turns the automatic collector back on."""
    global _automatic
    with _pause_lock:
        _automatic = False
        gc.disable()


def collect_due() -> int | None:
    """Collect the oldest generation whose count has passed its threshold, as the automatic collector
    would have; nothing while a ``gc_paused`` block runs. Returns the generation collected, if any."""
    if _pauses:
        return None
    counts, thresholds = gc.get_count(), gc.get_threshold()
    generation = None
    for index in range(3):
        if counts[index] > thresholds[index]:
            generation = index
    if generation is not None:
        gc.collect(generation)
    return generation


@contextmanager
def gc_paused() -> Iterator[None]:
    """No cyclic garbage collection while the block runs (nested and from several threads at once).

    For bulk work that allocates hundreds of thousands of objects that stay alive until it ends (an
    import's rows): each collection of the young generations would walk all of them while holding the
    GIL, which stopped the window for up to 0.2 s during a 100,000-row import and cost a tenth of its
    time. Reference counting still frees everything that is not in a cycle."""
    global _pauses
    with _pause_lock:
        _pauses += 1
        if _pauses == 1:
            gc.disable()
    try:
        yield
    finally:
        with _pause_lock:
            _pauses -= 1
            if _pauses == 0 and _automatic:
                gc.enable()
