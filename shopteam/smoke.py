"""`shopteam --smoke-test`: prove that an installed or bundled ShopTeam has every piece it needs.

Each step names the piece it checks; the first failure prints one line naming it and returns 1.
"""

from __future__ import annotations

import os
import sys
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path


def _steps(workdir: Path) -> list[tuple[str, Callable[[], None]]]:
    state: dict = {}

    def resources() -> None:
        from shopteam.paths import bundled_cjk_font, translations_dir

        for path in (bundled_cjk_font(), translations_dir() / "shopteam_zh_CN.qm"):
            if not path.is_file():
                raise FileNotFoundError(path)

    def database() -> None:
        from shopteam.app import open_database
        from shopteam.services import demo

        state["engine"], state["factory"] = open_database(f"sqlite:///{workdir / 'smoke.db'}")
        with state["factory"].begin() as session:
            state["actor"] = demo.create_demo_shop(session, language="zh_CN")

    def main_window() -> None:
        from shopteam.app import create_application
        from shopteam.ui.context import AppContext
        from shopteam.ui.main_window import MainWindow

        app = create_application()
        window = MainWindow(AppContext(factory=state["factory"], actor=state["actor"], shop_name="smoke",
                                       db_url="smoke"))
        window.show()
        for spec in window.specs:
            window.show_page(spec.key)
            app.processEvents()
        window.close()
        app.processEvents()

    def workbook() -> None:
        import openpyxl
        from python_calamine import CalamineWorkbook

        path = workdir / "smoke.xlsx"
        wb = openpyxl.Workbook()
        wb.active.append(["工号", "姓名"])
        wb.active.append(["XL001", "张伟"])
        wb.save(path)
        rows = CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()
        if rows[1] != ["XL001", "张伟"]:
            raise ValueError(f"read back {rows!r}")

    return [("resources (font, translations)", resources), ("database and migrations", database),
            ("main window", main_window), ("Excel workbook write/read", workbook)]


def run_smoke_test() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="shopteam-smoke-") as tmp:
        for name, step in _steps(Path(tmp)):
            try:
                step()
            except Exception as exc:  # noqa: BLE001 - report any failure as the missing piece
                print(f"smoke test failed: {name}: {exc}", file=sys.stderr)
                if os.environ.get("SHOPTEAM_DEBUG"):
                    traceback.print_exc()
                return 1
            print(f"ok: {name}")
    print("smoke test passed")
    return 0
