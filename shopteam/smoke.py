"""`shopteam --smoke-test`: prove that an installed or bundled ShopTeam has every piece it needs.

Each step names the piece it checks and prints ``ok: <piece>``; the first failure prints one line,
``smoke test failed: <piece>: <what is wrong>``, on stderr and returns 1. It runs offscreen (no display
needed), in a temporary folder, with QSettings redirected there, so it touches none of the user's data.
Extend it as capabilities land: one step per piece a user could find missing.
"""

from __future__ import annotations

import os
import sys
import tempfile
import traceback
import warnings
from collections.abc import Callable
from pathlib import Path

Step = tuple[str, Callable[[], None]]


class Missing(RuntimeError):
    """A piece of the installation is absent or broken."""


def _native_platform_plugin() -> str:
    return {"win32": "qwindows", "darwin": "qcocoa"}.get(sys.platform, "qxcb")


def _steps(workdir: Path) -> list[Step]:
    state: dict = {}

    def fonts() -> None:
        from shopteam.paths import bundled_cjk_font

        path = bundled_cjk_font()
        if not path.is_file() or path.stat().st_size < 1_000_000:
            raise Missing(f"the bundled Chinese font is missing: {path}")

    def icons() -> None:
        from shopteam.paths import resources_dir

        for name in ("shopteam.png", "shopteam.ico"):
            path = resources_dir() / "icons" / name
            if not path.is_file():
                raise Missing(f"{path} missing")

    def qt_plugins() -> None:
        from PySide6.QtCore import QCoreApplication, QLibraryInfo

        folders = [Path(p) for p in QCoreApplication.libraryPaths()]
        folders.append(Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)))
        wanted = {"qoffscreen", _native_platform_plugin()}
        found = {f.name.split(".")[0].removeprefix("lib") for d in folders if (d / "platforms").is_dir()
                 for f in (d / "platforms").iterdir()}
        absent = sorted(wanted - found)
        if absent:
            raise Missing(f"platform plugin(s) {', '.join(absent)} not found in "
                          + ", ".join(str(d / "platforms") for d in folders))

    def application() -> None:
        from PySide6.QtCore import QCoreApplication, QSettings

        # Keep window geometry and the language choice of the smoke test away from the user's settings.
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(workdir / "settings"))
        from shopteam import APP_NAME
        from shopteam.app import create_application
        from shopteam.ui.i18n import save_language

        # Start in English whatever the system's language; the next step installs Chinese explicitly,
        # so a missing translation is reported as such on every machine.
        QCoreApplication.setOrganizationName(APP_NAME)
        QCoreApplication.setApplicationName(APP_NAME)
        save_language("en")

        state["app"] = create_application()

    def translations() -> None:
        from PySide6.QtCore import QCoreApplication

        from shopteam.ui.i18n import install_translators

        installed = install_translators(state["app"], "zh_CN")  # raises naming the .qm when it is missing
        state["app"]._shopteam_translators = installed
        if len(installed) < 2:
            raise Missing("Qt's own translation qtbase_zh_CN.qm was not found")
        if QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel":
            raise Missing("qtbase_zh_CN.qm loaded but does not translate Qt's dialogs")
        if installed[0].isEmpty():
            # The file is there (the bundle is complete) but holds no translated strings yet.
            print("warning: translations: shopteam_zh_CN.qm holds no translated strings", flush=True)

    def database() -> None:
        from shopteam.app import open_database
        from shopteam.services import demo

        state["engine"], state["factory"] = open_database(f"sqlite:///{workdir / 'smoke.db'}")
        with state["factory"].begin() as session:
            state["actor"] = demo.create_demo_shop(session, language="zh_CN")

    def calendar() -> None:
        from datetime import date

        from shopteam.domain.calendar import china_holidays

        days = china_holidays(2025)
        if date(2025, 10, 1) not in days.holidays:
            raise Missing("the holidays package does not know China's National Day")

    def pinyin_order() -> None:
        from shopteam.domain.collation import text_key

        if sorted(["张三", "安娜", "曾小贤"], key=text_key) != ["安娜", "曾小贤", "张三"]:
            raise Missing("names do not sort by pinyin (pypinyin's character table is missing)")

    def server_driver() -> None:
        import psycopg

        if not psycopg.pq.version():
            raise Missing("psycopg has no libpq: a shared PostgreSQL server cannot be reached")

    def main_window() -> None:
        from shopteam.ui.context import AppContext
        from shopteam.ui.main_window import MainWindow

        app = state["app"]
        window = MainWindow(AppContext(factory=state["factory"], actor=state["actor"], shop_name="冒烟测试小店",
                                       db_url="smoke"))
        window.show()
        for spec in window.specs:
            window.show_page(spec.key)
            app.processEvents()
        window.close()
        app.processEvents()
        window.deleteLater()

    def workbook() -> None:
        import openpyxl
        import xlrd  # noqa: F401 - old .xls files are read with it
        from python_calamine import CalamineWorkbook

        path = workdir / "smoke.xlsx"
        wb = openpyxl.Workbook()
        wb.active.title = "花名册"
        wb.active.append(["工号", "姓名"])
        wb.active.append(["XL001", "张伟"])
        wb.save(path)
        rows = CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()
        if rows[1] != ["XL001", "张伟"]:
            raise Missing(f"read back {rows!r}")
        if openpyxl.load_workbook(path, read_only=True)["花名册"]["B2"].value != "张伟":
            raise Missing("openpyxl could not read its own workbook back")

    def chart() -> None:
        import matplotlib

        matplotlib.use("Agg")
        from matplotlib.figure import Figure

        from shopteam.reports.fonts import configure_matplotlib

        configure_matplotlib()
        figure = Figure(figsize=(4, 3), dpi=80)
        axes = figure.add_subplot()
        axes.bar(["客服部", "运营部", "仓储部"], [5, 3, 4])
        axes.set_title("各部门人数")
        path = workdir / "smoke.png"
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            figure.savefig(path)
        missing = [str(w.message) for w in caught if "missing from" in str(w.message).lower()]
        if missing:
            raise Missing(f"no Chinese font for charts: {missing[0]}")
        if not path.read_bytes().startswith(b"\x89PNG"):
            raise Missing("the chart was not written as PNG")
        # The Qt backend loads too (charts are shown in the window).
        import matplotlib.backends.backend_qtagg  # noqa: F401

    def pdf() -> None:
        from PySide6.QtCore import QMarginsF, QSizeF
        from PySide6.QtGui import QFontMetrics, QPageLayout, QPageSize, QPdfWriter, QTextDocument

        path = workdir / "smoke.pdf"
        writer = QPdfWriter(str(path))
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                         QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter))
        writer.setResolution(300)
        doc = QTextDocument()
        doc.setDefaultFont(state["app"].font())
        doc.setHtml("<h2>员工考核表</h2><p>姓名：张伟　部门：客服部　得分：92.5</p>")
        if not QFontMetrics(doc.defaultFont()).inFont("店"):
            raise Missing("the PDF's font has no Chinese glyphs")
        rect = writer.pageLayout().paintRectPixels(writer.resolution())
        doc.setPageSize(QSizeF(rect.width(), rect.height()))
        doc.print_(writer)
        del writer  # finishes the file
        data = path.read_bytes()
        if not data.startswith(b"%PDF"):
            raise Missing("no PDF was written")
        if b"/FontFile2" not in data and b"/FontFile" not in data:
            raise Missing("the PDF has no embedded font")

    return [("fonts", fonts), ("icons", icons), ("Qt platform plugins", qt_plugins),
            ("Qt application", application), ("translations", translations),
            ("database and migrations", database), ("holiday calendar", calendar),
            ("names in pinyin order", pinyin_order), ("PostgreSQL driver", server_driver),
            ("main window", main_window), ("Excel workbook write/read", workbook),
            ("chart with Chinese labels", chart), ("PDF with Chinese text", pdf)]


def run_smoke_test() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="shopteam-smoke-", ignore_cleanup_errors=True) as tmp:
        steps = _steps(Path(tmp))
        for name, step in steps:
            try:
                step()
            except Exception as exc:  # noqa: BLE001 - report any failure as the missing piece
                print(f"smoke test failed: {name}: {exc}", file=sys.stderr, flush=True)
                if os.environ.get("SHOPTEAM_DEBUG"):
                    traceback.print_exc()
                return 1
            print(f"ok: {name}", flush=True)
    print(f"smoke test passed ({len(steps)} pieces)", flush=True)
    return 0
