"""Start time of the desktop bundle next to `python -m shopteam`, and the bundle's size on disk.

Each start opens a copy of a demo-shop database, logs in as its owner (SHOPTEAM_BENCH_DEMO=1 instead of
the login dialog) and quits as soon as the main window has been shown and painted
(SHOPTEAM_EXIT_AFTER_SHOWN=1 prints "shopteam: window shown"). The time is from spawning the process to
that line, so it includes the interpreter (or the bundle's bootloader), imports, the database and the
first paint. Offscreen by default; --display keeps $DISPLAY (e.g. under Xvfb).

    make package && .venv/bin/python benchmarks/bench_bundle_start.py [--runs 7]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUNDLE = ROOT / "dist" / "ShopTeam" / ("ShopTeam.exe" if sys.platform == "win32" else "ShopTeam")
SHOWN = "shopteam: window shown"
LOADED = "shopteam: all loaded"


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def start_once(command: list[str], db: Path, env: dict[str, str], timeout: float = 60) -> float:
    """Seconds from spawning the process to its "window shown" line."""
    return start_times(command, db, env, timeout)[0]


def start_times(command: list[str], db: Path, env: dict[str, str], timeout: float = 60) -> tuple[float, float]:
    """Seconds from spawning the process to its "window shown" line and to its "all loaded" line (what the
    first page loads in the background after the first paint; the same time when there is nothing)."""
    env = dict(env, SHOPTEAM_DB=f"sqlite:///{db}")
    started = time.perf_counter()
    proc = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, encoding="utf-8", errors="replace")
    # A start that never shows the window (e.g. an error box waiting for a click) is killed, not waited on.
    watchdog = threading.Timer(timeout, proc.kill)
    watchdog.start()
    shown = loaded = None
    try:
        for line in proc.stdout:
            if line.strip() == SHOWN:
                shown = time.perf_counter() - started
            elif line.strip() == LOADED:
                loaded = time.perf_counter() - started
                break
        if shown is None:
            raise RuntimeError(f"{command[0]} exited (or was killed after {timeout:.0f} s) without showing the "
                               f"main window; is the bundle older than the source?\n{proc.stderr.read()}")
        proc.wait(timeout=timeout)
    finally:
        watchdog.cancel()
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    return shown, loaded if loaded is not None else shown


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="timed starts of each (after one warm-up)")
    parser.add_argument("--display", action="store_true", help="use $DISPLAY instead of offscreen")
    args = parser.parse_args()
    if not BUNDLE.exists():
        print(f"no bundle at {BUNDLE}: run 'make package' first", file=sys.stderr)
        return 1

    with tempfile.TemporaryDirectory(prefix="shopteam-bench-") as tmp:
        tmp_path = Path(tmp)
        # as a user's second start: the bytecode the first one wrote is there (see bench_startup.py)
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env = dict(env, SHOPTEAM_BENCH_DEMO="1", SHOPTEAM_EXIT_AFTER_SHOWN="1",
                   XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "data"))
        if not args.display:
            env["QT_QPA_PLATFORM"] = "offscreen"
        template = tmp_path / "demo.db"
        subprocess.run([sys.executable, "-m", "shopteam", "--db", f"sqlite:///{template}", "demo"], cwd=ROOT,
                       env=env, check=True, capture_output=True)
        commands = {"bundle": [str(BUNDLE)], "python -m shopteam": [sys.executable, "-m", "shopteam"]}
        times: dict[str, list[float]] = {name: [] for name in commands}
        for run in range(args.runs + 1):  # the first round warms the disk cache and is not counted
            for name, command in commands.items():
                db = tmp_path / f"run-{run}-{len(times[name])}.db"
                shutil.copyfile(template, db)
                elapsed = start_once(command, db, env)
                if run:
                    times[name].append(elapsed)

    size = folder_size(BUNDLE.parent)
    print(f"bundle: {BUNDLE.parent} — {size / 2**20:.0f} MiB on disk, "
          f"{sum(1 for p in BUNDLE.parent.rglob('*') if p.is_file())} files")
    for name, values in times.items():
        print(f"{name:>20}: start to shown main window, median {statistics.median(values):.2f} s "
              f"(min {min(values):.2f}, max {max(values):.2f}, {len(values)} starts)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
