"""Screenshots of the real window, one PNG per page (and per dialog named with --dialog), for looking at
what a shop owner sees. Not a test: run it under Xvfb (see ../shared/LINUX-GUI.md) on a demo database.

    Xvfb :91 -screen 0 1920x1080x24 &
    SHOPTEAM_LANG=zh_CN SHOPTEAM_TODAY=2026-12-06 DISPLAY=:91 .venv/bin/python tools/screens.py \\
        --db /tmp/demo.db --size 1366x768 --out /tmp/shots payout timesheets attendance:work_rules

A page key is one of ui.main_window.PAGES; ``page:attribute`` also clicks the page's button of that
attribute name and grabs the dialog it opens. The demo shop is made when the database is empty.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from shopteam.app import create_application, open_database  # noqa: E402


def _settle(app: QApplication, rounds: int = 30) -> None:
    from PySide6.QtCore import QThreadPool

    for _ in range(rounds):
        QThreadPool.globalInstance().waitForDone(200)
        app.processEvents()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--size", default="1366x768")
    parser.add_argument("--out", default="shots")
    parser.add_argument("--user", default="boss")
    parser.add_argument("pages", nargs="+")
    args = parser.parse_args()
    width, height = (int(v) for v in args.size.split("x"))
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    app = create_application()
    from shopteam.services import accounts, demo
    from shopteam.ui.context import AppContext
    from shopteam.ui.main_window import MainWindow

    _engine, factory = open_database(args.db)
    with factory.begin() as session:
        if accounts.get_shop(session) is None:
            demo.create_demo_shop(session)
        actor = accounts.login(session, username=args.user, password="demo1234").actor
        shop_name = accounts.get_shop(session).name
    window = MainWindow(AppContext(factory=factory, actor=actor, shop_name=shop_name, db_url=args.db))
    window.resize(width, height)
    window.show()
    _settle(app)
    for item in args.pages:
        key, _, button = item.partition(":")
        page = window.show_page(key)
        _settle(app)
        name = f"{key}-{args.size}"
        if not button:
            window.grab().save(str(out / f"{name}.png"))
            print(out / f"{name}.png")
            continue
        grabbed = {}

        def grab_dialog(tag=f"{name}-{button}", grabbed=grabbed):
            dialog = next((w for w in app.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()), None)
            if dialog is not None:
                _settle(app, 5)
                dialog.grab().save(str(out / f"{tag}.png"))
                grabbed["path"] = out / f"{tag}.png"
                dialog.reject()

        timer = QTimer()
        timer.timeout.connect(grab_dialog)
        timer.start(700)
        getattr(page, button).click()  # a dialog run with exec() is grabbed by the timer, one opened with open() here
        timer.stop()
        _settle(app, 5)
        if not grabbed:
            grab_dialog()
        print(grabbed.get("path", f"{item}: no dialog opened"))
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
