"""Cheap checks of the PyInstaller set-up; the real build and its smoke test run in .ci/run."""

from __future__ import annotations

import ast
import importlib.util
import re
import struct
from pathlib import Path

import shopteam

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "shopteam.spec"


def _spec_text() -> str:
    return SPEC.read_text(encoding="utf-8")


def _version_info_module():
    spec = importlib.util.spec_from_file_location("shopteam_version_info", ROOT / "packaging" / "version_info.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_spec_is_python_and_names_the_bundle():
    tree = ast.parse(_spec_text(), filename=str(SPEC))
    calls = {node.func.id for node in ast.walk(tree) if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)}
    assert {"Analysis", "PYZ", "EXE", "COLLECT"} <= calls
    assert _spec_text().count('name="ShopTeam"') == 2  # the executable and the folder


def test_spec_ships_the_data_the_app_loads_at_run_time():
    text = _spec_text()
    for dest in ('"resources/fonts"', '"resources/icons"', '"resources/i18n"', '"shopteam/db/migrations"',
                 '"shopteam/db/migrations/versions"'):
        assert dest in text, dest
    for source in ("DroidSansFallbackFull.ttf", "LICENSE-DroidSansFallback", "shopteam.ico", "shopteam.png",
                   "qtbase_zh_CN.qm", '"env.py"', '"script.py.mako"', '("*.qm")', '("*.py")'):
        assert source in text, source
    assert '"*.ts"' not in text  # translation sources stay out of the bundle


def test_spec_hidden_imports_and_excludes():
    text = _spec_text()
    for name in ('collect_submodules("shopteam"', '"sqlalchemy.dialects.sqlite"', '"argon2"', '"python_calamine"',
                 '"openpyxl"', '"xlrd"', 'collect_submodules("holidays"', '"matplotlib.backends.backend_qtagg"',
                 'collect_submodules("alembic.runtime")'):
        assert name in text, name
    for name in ('"QtWebEngineCore"', '"QtQml"', '"QtQuick"', '"Qt3DCore"', '"QtMultimedia"', '"tkinter"',
                 '"pytest"'):
        assert name in text, name
    # Printing and PDF export need these: they must never be excluded.
    tree = ast.parse(text)
    unused = next(ast.literal_eval(node.value) for node in ast.walk(tree) if isinstance(node, ast.Assign)
                  and any(isinstance(t, ast.Name) and t.id == "QT_UNUSED" for t in node.targets))
    assert not {"QtCore", "QtGui", "QtWidgets", "QtPrintSupport", "QtSvg"} & set(unused)


def test_spec_windowed_on_windows_with_icon_and_version():
    text = _spec_text()
    assert "console=not WINDOWS" in text
    assert 'icon=str(RES / "icons" / "shopteam.ico")' in text
    assert "version=str(write_version_file(VERSION" in text


def test_every_migration_file_is_matched_by_the_spec():
    migrations = ROOT / "shopteam" / "db" / "migrations"
    files = {p.relative_to(migrations).as_posix() for p in migrations.rglob("*")
             if p.is_file() and "__pycache__" not in p.parts}
    shipped = {"env.py", "script.py.mako"} | {f"versions/{p.name}" for p in (migrations / "versions").glob("*.py")}
    assert files <= shipped, f"migration files the spec would leave out: {sorted(files - shipped)}"


def test_version_info_follows_the_package_version():
    module = _version_info_module()
    assert module.read_version() == shopteam.__version__
    assert module.version_tuple("1.2.3") == (1, 2, 3, 0)
    assert module.version_tuple("0.4.0rc1") == (0, 4, 0, 0)
    assert module.version_tuple("2.0.dev3") == (2, 0, 0, 0)
    text = module.version_file_text(shopteam.__version__)
    tree = ast.parse(text, mode="eval")  # PyInstaller evaluates it with its version-info classes
    strings = {node.args[0].value: node.args[1].value for node in ast.walk(tree)
               if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "StringStruct"}
    assert strings["OriginalFilename"] == "ShopTeam.exe"
    assert strings["FileVersion"] == strings["ProductVersion"] == shopteam.__version__
    assert f"filevers={module.version_tuple(shopteam.__version__)!r}" in text


def test_launcher_runs_the_cli():
    tree = ast.parse((ROOT / "packaging" / "launcher.py").read_text(encoding="utf-8"))
    imports = {(n.module, a.name) for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) for a in n.names}
    assert ("shopteam.cli", "main") in imports


def test_icons_are_there_in_the_sizes_windows_wants():
    png = (ROOT / "resources" / "icons" / "shopteam.png").read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", png[16:24]) == (256, 256)
    ico = (ROOT / "resources" / "icons" / "shopteam.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1)
    sizes = {ico[6 + 16 * i] or 256 for i in range(count)}
    assert {16, 32, 48, 256} <= sizes


def test_ci_builds_and_smoke_tests_the_bundle_with_make_only():
    lines = [line.strip() for line in (ROOT / ".ci" / "run").read_text().splitlines()
             if line.strip() and not line.lstrip().startswith("#")]
    commands = [line for line in lines if not re.match(r"(set |cd |export )", line)]
    assert all(line.startswith("make ") for line in commands), commands
    assert commands.index("make test") < commands.index("make package") < commands.index("make bundle-smoke")
