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


# --- no import cycles, and permission checks through services/permissions ---------------------------


def _module_name(path: Path, package: Path) -> str:
    parts = list(path.relative_to(package.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def import_graph(package: Path = PACKAGE) -> dict[str, set[str]]:
    """Module -> the modules of ours it imports anywhere in it (function-level imports included)."""
    modules = {_module_name(p, package): p for p in package.rglob("*.py") if "migrations" not in p.parts}
    graph = {}
    for name, path in modules.items():
        found = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level == 0 and (node.module or "").startswith("shopteam"):
                for alias in node.names:
                    full = f"{node.module}.{alias.name}"
                    found.add(full if full in modules else node.module)
            elif isinstance(node, ast.Import):
                found |= {a.name for a in node.names if a.name.startswith("shopteam")}
        graph[name] = {m for m in found if m in modules and m != name}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The groups of modules that import each other, directly or round a loop (Tarjan's components)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    result = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for other in sorted(graph[node]):
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            group = []
            while True:
                other = stack.pop()
                group.append(other)
                if other == node:
                    break
            if len(group) > 1:
                result.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return result


def test_no_module_of_ours_closes_an_import_cycle():
    assert cycles(import_graph()) == []


def test_the_cycle_check_sees_a_lazy_import_loop(tmp_path):
    package = tmp_path / "shopteam"
    package.mkdir()
    (package / "a.py").write_text("from shopteam import b\n")
    (package / "b.py").write_text("def f():\n    from shopteam.a import x\n")
    assert cycles(import_graph(package)) == [["shopteam.a", "shopteam.b"]]


def _level_checks(path: Path) -> list[int]:
    """Lines where a PermissionDenied is raised on the strength of actor.is_owner / is_manager."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.If):
            continue
        raises = any(isinstance(n, ast.Raise) and "PermissionDenied" in ast.unparse(n) for n in node.body)
        levels = any(isinstance(n, ast.Attribute) and n.attr in ("is_owner", "is_manager")
                     for n in ast.walk(node.test))
        if raises and levels:
            found.append(node.lineno)
    return found


def test_permission_checks_go_through_the_registry():
    """Who may do what is named in services/permissions (so a grant reaches it), not written as a level."""
    offenders = {}
    for path in (PACKAGE / "services").rglob("*.py"):
        if path.name not in ("permissions.py", "context.py") and (lines := _level_checks(path)):
            offenders[str(path.relative_to(PACKAGE))] = lines
    assert offenders == {}


def test_the_permission_check_sees_a_level_test(tmp_path):
    sample = tmp_path / "x.py"
    sample.write_text("def f(actor):\n    if not actor.is_owner:\n        raise PermissionDenied(action='x')\n")
    assert _level_checks(sample) == [2]


def _level_tests(path: Path) -> list[int]:
    """Lines that decide on actor.is_owner / is_manager (a screen showing or enabling an action by level)."""
    return sorted({node.lineno for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
                   if isinstance(node, ast.Attribute) and node.attr in ("is_owner", "is_manager")})


def test_screens_ask_the_registry_not_the_level():
    """A widget asks permissions.can(actor, NAME), so a grant shows the action too; the accounts screens
    are the exception: levels are what they edit (only an owner makes another owner)."""
    offenders = {}
    for path in (PACKAGE / "ui").rglob("*.py"):
        if "accounts" not in path.parts and (lines := _level_tests(path)):
            offenders[str(path.relative_to(PACKAGE))] = lines
    assert offenders == {}


def test_no_private_require_helpers():
    """Permission checks call permissions.require/can directly; no _require_owner-style wrappers."""
    import re

    pattern = re.compile(r"def _require_(owner|scorer|admin|cycle_admin|manager)\b")
    assert [str(p.relative_to(PACKAGE)) for p in (PACKAGE / "services").rglob("*.py")
            if pattern.search(p.read_text(encoding="utf-8"))] == []


def test_the_readme_tree_names_every_services_package():
    """README's "How the code is organised" shows the tree: every package under services/ is in it."""
    readme = (PACKAGE.parent / "README.md").read_text(encoding="utf-8")
    tree = readme.split("## How the code is organised", 1)[1].split("```", 2)[1]
    packages = sorted(p.parent.name for p in (PACKAGE / "services").glob("*/__init__.py"))
    assert packages and [name for name in packages if f"    {name}/" not in tree] == []
