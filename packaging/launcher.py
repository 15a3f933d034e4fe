"""Entry point of the PyInstaller bundle: the same as the ``shopteam`` console script.

On Windows the bundle is a windowed program (no console window pops up on a double-click), so
``ShopTeam.exe --version`` or ``--smoke-test`` typed in a terminal would print nowhere; when started from
a terminal we attach to that terminal's console so the output shows up there.
"""

from __future__ import annotations

import multiprocessing
import sys


def _attach_parent_console() -> None:
    if sys.platform != "win32" or sys.stdout is not None:
        return
    try:
        import ctypes

        if ctypes.windll.kernel32.AttachConsole(-1):  # ATTACH_PARENT_PROCESS
            sys.stdout = open("CONOUT$", "w", encoding="utf-8", errors="replace")  # noqa: SIM115
            sys.stderr = open("CONOUT$", "w", encoding="utf-8", errors="replace")  # noqa: SIM115
    except (AttributeError, OSError):
        pass


if __name__ == "__main__":
    multiprocessing.freeze_support()
    _attach_parent_console()
    from shopteam.cli import main

    raise SystemExit(main())
