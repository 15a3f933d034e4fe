"""Regression: PySide6-Essentials 6.12.0 on Python 3.11 drops a reference to None on every Qt call that
returns nothing; after about 5,200 such calls the process aborts with "Fatal Python error: none_dealloc".

The calls run in a subprocess, so an abort fails this test instead of killing pytest.
"""

from __future__ import annotations

import os
import subprocess
import sys

VOID_CALLS = 20_000

SNIPPET = f"""
import sys
from PySide6.QtCore import QCoreApplication, QObject, QTimer

app = QCoreApplication([])
obj = QObject()
timer = QTimer()
before = sys.getrefcount(None)
for i in range({VOID_CALLS // 2}):
    obj.setObjectName("n%d" % (i % 7))   # returns None
    timer.setInterval(i % 1000)          # returns None
after = sys.getrefcount(None)
print(before, after)
"""


def test_twenty_thousand_void_qt_calls_do_not_abort():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run([sys.executable, "-c", SNIPPET], capture_output=True, text=True, timeout=120, env=env)
    assert "none_dealloc" not in proc.stderr
    assert proc.returncode == 0, proc.stderr[-2000:]
    before, after = (int(n) for n in proc.stdout.split())
    # A leaking binding loses one reference per call (thousands); a sound one loses none.
    assert after >= before - 100, (before, after)


def test_the_broken_pyside_python_pair_is_not_installed():
    import PySide6

    pyside = tuple(PySide6.__version_info__[:3])
    assert (pyside, sys.version_info[:2]) != ((6, 12, 0), (3, 11))
