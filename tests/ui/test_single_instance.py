"""One window per database file: a second ShopTeam finds the lock, names its holder and can bring the
first window to the front; a lock left by a killed process is taken over."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from shopteam.ui.single_instance import DatabaseLock, RaiseServer, ask_to_raise

HOLD = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from shopteam.ui.single_instance import DatabaseLock
    lock = DatabaseLock(Path(sys.argv[1]))
    assert lock.acquire()
    print("locked", flush=True)
    time.sleep(60)
""")


def test_a_second_window_sees_the_holder_and_takes_over_a_killed_ones_lock(tmp_path):
    db_file = tmp_path / "shop.db"
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(db_file)], stdout=subprocess.PIPE, text=True,
                              cwd=Path(__file__).resolve().parents[2])
    try:
        assert holder.stdout.readline().strip() == "locked"
        second = DatabaseLock(db_file)
        assert not second.acquire()
        assert second.holder().pid == holder.pid
        os.kill(holder.pid, signal.SIGKILL)
        holder.wait(10)
        assert second.acquire()  # the dead process's lock is stale and taken over
        assert second.holder().pid == os.getpid()
        second.release()
        assert not Path(f"{db_file}.lock").exists()
    finally:
        holder.kill()


def test_the_second_start_brings_the_first_window_to_the_front(qtbot, tmp_path):
    db_file = tmp_path / "shop.db"
    raised = []
    server = RaiseServer(db_file, lambda: raised.append(True))
    assert ask_to_raise(db_file)
    qtbot.waitUntil(lambda: raised == [True], timeout=3000)
    server.server.close()
    assert not ask_to_raise(db_file, timeout_ms=300)  # nobody listens any more
