"""Nothing outside ui/ (and the app bootstrap) imports QtWidgets; import-linter keeps the layers
(`make lint`), but it cannot name a submodule of an external package, so this test does."""

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "shopteam"
ALLOWED = {"app.py"}  # the bootstrap; everything under ui/ is allowed too


def imported_modules(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def test_only_the_ui_imports_qtwidgets():
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        relative = path.relative_to(PACKAGE)
        if relative.parts[0] == "ui" or str(relative) in ALLOWED:
            continue
        if any(name.startswith("PySide6.QtWidgets") for name in imported_modules(path)):
            offenders.append(str(relative))
    assert offenders == []


def test_the_check_sees_a_qtwidgets_import(tmp_path):
    sample = tmp_path / "x.py"
    sample.write_text("from PySide6 import QtWidgets\nfrom PySide6.QtWidgets import QLabel\n")
    assert "PySide6.QtWidgets" in imported_modules(sample)
