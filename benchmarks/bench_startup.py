"""Start-up with a big roster: process start -> main window shown and painted with the first screen of staff,
and -> all 10,000 staff in the table (the rest of the roster loads off the GUI thread after the first paint).

Builds a 10,000-person database (benchmarks/make_big_db.py), then starts `python -m shopteam` several
times with SHOPTEAM_BENCH_DEMO=1 (log in as the owner without the dialog) and SHOPTEAM_EXIT_AFTER_SHOWN=1
(print a line once the window has been painted, then quit). Target: under 1 s. Not a CI test.

    .venv/bin/python benchmarks/bench_startup.py [--staff 10000] [--runs 7]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench_bundle_start import start_times  # noqa: E402
from make_big_db import build  # noqa: E402

from shopteam.db.engine import make_engine, make_session_factory  # noqa: E402
from shopteam.db.models import User  # noqa: E402
from shopteam.services.accounts import hash_password  # noqa: E402
from shopteam.services.demo import DEMO_PASSWORD, OWNER_USERNAME  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--staff", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="shopteam-start-") as tmp:
        db = Path(tmp) / "big.db"
        build(db, args.staff)
        engine = make_engine(f"sqlite:///{db}")
        with make_session_factory(engine).begin() as s:  # the bench hook logs in with the demo credentials
            owner = s.query(User).filter_by(level="owner").one()
            owner.username, owner.password_hash = OWNER_USERNAME, hash_password(DEMO_PASSWORD)
        engine.dispose()
        # A user's second start finds the bytecode the first one wrote: let the warm-up start write it even
        # where the shell says not to (PYTHONDONTWRITEBYTECODE makes every start compile our sources again).
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env = dict(env, SHOPTEAM_BENCH_DEMO="1", SHOPTEAM_EXIT_AFTER_SHOWN="1", QT_QPA_PLATFORM="offscreen",
                   XDG_CONFIG_HOME=str(Path(tmp) / "config"), XDG_DATA_HOME=str(Path(tmp) / "data"))
        command = [sys.executable, "-m", "shopteam"]
        start_times(command, db, env)  # warm the disk cache and write the bytecode
        runs = [start_times(command, db, env) for _ in range(args.runs)]
    # a yardstick from the same minutes: this machine's speed drifts by more than half between spells
    control = []
    for _ in range(args.runs):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", "import PySide6.QtWidgets, sqlalchemy.orm"], check=True, env=env)
        control.append(time.perf_counter() - started)
    print(f"yardstick: a bare `import PySide6.QtWidgets, sqlalchemy.orm` process: median "
          f"{statistics.median(control):.3f} s")
    for label, times in (("main window shown with the first screen of staff", [r[0] for r in runs]),
                         (f"all {args.staff:,} staff loaded in the table", [r[1] for r in runs])):
        print(f"start to {label}: median {statistics.median(times):.3f} s, min {min(times):.3f} s, "
              f"max {max(times):.3f} s over {args.runs} starts")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
