"""Write shopteam/ui/error_texts.py: every English sentence and text parameter an error can carry.

ui/messages.describe() looks the template of a ShopTeamError and each of its string parameters up in
the "Errors" translation context. lupdate only sees literal ``translate()`` calls, so this script walks
the code under shopteam/ with ``ast`` and lists, for the translators:

- the ``template`` class attribute of every ShopTeamError subclass (found through the class definitions,
  wherever they are: domain/errors.py, io/errors.py, services, ...);
- string literals given to those classes: the first positional argument (the template) and every
  keyword argument but ``field``, ``code`` and ``permission`` (which are identifiers, not text);
- the same through helpers that pass a parameter on to such a call (``require(actor, perm, "see ...")``,
  ``_invalid(field, code, "Enter ...")``, ``require_edit(..., action="...")``), including the helpers'
  string defaults, found to a fixed point;
- literals reaching those arguments through a local variable (``what = "A" if x else "B"``) or through
  a describing function of the same module (``reason=_describe_bytes(head)``);
- but no identifiers (``zh_CN``, ``employee_no``): single lowercase words stay, as they can be the
  value a sentence names ("not a {kind}" with kind="bonus").
- literals handed to the module functions that call ``QCoreApplication.translate("Errors", text)``;
- the "expected" phrase of every import problem: ``Problem(row, field, expected, got)`` (io/rows.py)
  and ``ParseError(expected, got)`` (domain/timeparse.py); ui/imports/problems.py translates it.

Texts built at run time (f-strings) cannot be translated; ``--check`` names them.

    .venv/bin/python tools/collect_error_texts.py          # rewrite the module
    .venv/bin/python tools/collect_error_texts.py --check  # exit 1 if it is out of date
"""

from __future__ import annotations

import argparse
import ast
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "shopteam"
OUTPUT = PACKAGE / "ui" / "error_texts.py"
CONTEXT = "Errors"
BASE_CLASS = "ShopTeamError"
NOT_TEXT = frozenset({"field", "code", "permission"})  # keyword arguments that hold identifiers
#: Constructors of import problems and the argument that is their English phrase (position, keyword).
PHRASES = {"Problem": (2, "expected"), "ParseError": (0, "expected")}
IDENTIFIER = re.compile(r"[a-z]{2}(_[A-Z]{2})?|[a-z0-9]+(_[A-Za-z0-9]+)+")  # zh_CN, en, employee_no


@dataclass
class Sink:
    """Where a callable takes text that ends up in an error: positions and keyword names (None: any)."""

    positions: set[int] = field(default_factory=set)
    keywords: set[str] | None = field(default_factory=set)

    def texts_of(self, call: ast.Call) -> list[ast.expr]:
        found = [a for i, a in enumerate(call.args) if i in self.positions and not isinstance(a, ast.Starred)]
        for kw in call.keywords:
            if kw.arg is not None and kw.arg not in NOT_TEXT and (self.keywords is None or kw.arg in self.keywords):
                found.append(kw.value)
        return found


def _callee(call: ast.Call) -> str:
    func = call.func
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""


def _base_names(cls: ast.ClassDef) -> set[str]:
    return {b.id if isinstance(b, ast.Name) else b.attr for b in cls.bases if isinstance(b, ast.Name | ast.Attribute)}


def _functions(tree: ast.Module):
    """(function, is_method) for every def of the module, nested ones included."""
    methods = {id(f) for c in ast.walk(tree) if isinstance(c, ast.ClassDef) for f in c.body
               if isinstance(f, ast.FunctionDef | ast.AsyncFunctionDef)}
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            yield node, id(node) in methods


def _positional_params(fn: ast.FunctionDef, is_method: bool) -> list[ast.arg]:
    params = fn.args.posonlyargs + fn.args.args
    return params[1:] if is_method and params and params[0].arg in ("self", "cls") else params


class Collector:
    def __init__(self, files: list[Path]) -> None:
        self.trees = {path: ast.parse(path.read_text(encoding="utf-8"), str(path)) for path in files}
        self.texts: dict[str, str] = {}  # text -> where it was first seen (path:line)
        self.dynamic: list[str] = []  # places where an error gets text built at run time
        self.classes = self._error_classes()
        # callables that take error text: error classes and public functions by name, private ones
        # (a leading "_") by (file, name), since every module may have its own ``_invalid`` or ``_t``
        self.sinks: dict[str | tuple[Path, str], Sink] = {name: Sink({0}, None) for name in self.classes}
        self.sinks |= {name: Sink({position}, {keyword}) for name, (position, keyword) in PHRASES.items()}

    def _sink(self, path: Path, call: ast.Call) -> Sink | None:
        name = _callee(call)
        return self.sinks.get((path, name)) or self.sinks.get(name)

    @staticmethod
    def _key(path: Path, name: str) -> str | tuple[Path, str]:
        return (path, name) if name.startswith("_") else name

    # --- what can carry text ------------------------------------------------------------------------

    def _error_classes(self) -> set[str]:
        classes = {BASE_CLASS}
        defs = [c for tree in self.trees.values() for c in ast.walk(tree) if isinstance(c, ast.ClassDef)]
        while True:
            more = {c.name for c in defs if c.name not in classes and _base_names(c) & classes}
            if not more:
                return classes
            classes |= more

    def _find_sinks(self) -> None:
        """Functions that hand a parameter on to an error (or to another such function), to a fixed point."""
        for path, tree in self.trees.items():
            for fn in tree.body:
                if isinstance(fn, ast.FunctionDef) and self._translates_errors(fn):
                    self.sinks[self._key(path, fn.name)] = Sink({0})
        changed = True
        while changed:
            changed = False
            for path, tree in self.trees.items():
                for fn, is_method in _functions(tree):
                    changed |= self._learn(path, fn, is_method)

    @staticmethod
    def _translates_errors(fn: ast.FunctionDef) -> bool:
        return any(isinstance(c, ast.Call) and _callee(c) == "translate" and c.args
                   and isinstance(c.args[0], ast.Constant) and c.args[0].value == CONTEXT
                   and isinstance(c.func, ast.Attribute) for c in ast.walk(fn))

    def _learn(self, path: Path, fn: ast.FunctionDef, is_method: bool) -> bool:
        if fn.name.startswith("__"):
            return False  # __init__ and friends: the name says nothing about which class
        positional = [a.arg for a in _positional_params(fn, is_method)]
        keyword_only = [a.arg for a in fn.args.kwonlyargs]
        kwargs = fn.args.kwarg.arg if fn.args.kwarg else None
        key = self._key(path, fn.name)
        sink = self.sinks.get(key) or Sink()
        before = (set(sink.positions), None if sink.keywords is None else set(sink.keywords))
        for call in (c for c in ast.walk(fn) if isinstance(c, ast.Call)):
            target = self._sink(path, call)
            if target is None or target is sink:
                continue
            for arg in target.texts_of(call):
                if isinstance(arg, ast.Name) and arg.id in positional + keyword_only:
                    if arg.id in positional:
                        sink.positions.add(positional.index(arg.id))
                    if sink.keywords is not None:
                        sink.keywords.add(arg.id)
            if target.keywords is None and kwargs and any(k.arg is None and isinstance(k.value, ast.Name)
                                                          and k.value.id == kwargs for k in call.keywords):
                sink.keywords = None
        after = (sink.positions, sink.keywords)
        if after == before:
            return False
        self.sinks[key] = sink
        return True

    # --- the texts ----------------------------------------------------------------------------------

    def collect(self) -> dict[str, str]:
        self._find_sinks()
        for path, tree in self.trees.items():
            rel = path.relative_to(ROOT).as_posix()
            module_functions = {f.name: f for f in tree.body if isinstance(f, ast.FunctionDef)}
            for node in ast.walk(tree):
                if isinstance(node, ast.ClassDef) and node.name in self.classes:
                    for stmt in node.body:
                        if (isinstance(stmt, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "template"
                                                                 for t in stmt.targets)):
                            self._add(stmt.value, None, module_functions, f"{rel}:{stmt.lineno}")
            for fn, is_method in _functions(tree):
                self._defaults(path, fn, is_method, module_functions, rel)
                for call in (c for c in ast.walk(fn) if isinstance(c, ast.Call)):
                    sink = self._sink(path, call)
                    if sink is not None:
                        for arg in sink.texts_of(call):
                            self._add(arg, fn, module_functions, f"{rel}:{call.lineno}")
            for call in self._module_level_calls(tree):
                sink = self._sink(path, call)
                if sink is not None:
                    for arg in sink.texts_of(call):
                        self._add(arg, None, module_functions, f"{rel}:{call.lineno}")
        return self.texts

    @staticmethod
    def _module_level_calls(tree: ast.Module):
        inside = {id(n) for fn, _ in _functions(tree) for n in ast.walk(fn)}
        return [n for n in ast.walk(tree) if isinstance(n, ast.Call) and id(n) not in inside]

    def _defaults(self, path: Path, fn: ast.FunctionDef, is_method: bool, module_functions, rel: str) -> None:
        sink = self.sinks.get(self._key(path, fn.name))
        if sink is None:
            return
        params = fn.args.posonlyargs + fn.args.args
        named = dict(zip([a.arg for a in params[len(params) - len(fn.args.defaults):]], fn.args.defaults,
                         strict=True))
        named |= {a.arg: d for a, d in zip(fn.args.kwonlyargs, fn.args.kw_defaults, strict=True) if d is not None}
        positional = [a.arg for a in _positional_params(fn, is_method)]
        for name, default in named.items():
            if (name in positional and positional.index(name) in sink.positions) or (
                    sink.keywords is not None and name in sink.keywords):
                self._add(default, None, module_functions, f"{rel}:{fn.lineno}")

    def _add(self, expr: ast.expr, fn, module_functions, where: str, depth: int = 0) -> None:
        if depth > 5:
            return
        if isinstance(expr, ast.Constant):
            if isinstance(expr.value, str) and expr.value.strip() and not IDENTIFIER.fullmatch(expr.value):
                self.texts.setdefault(expr.value, where)
        elif isinstance(expr, ast.IfExp):
            for part in (expr.body, expr.orelse):
                self._add(part, fn, module_functions, where, depth + 1)
        elif isinstance(expr, ast.BoolOp):
            for part in expr.values:
                self._add(part, fn, module_functions, where, depth + 1)
        elif isinstance(expr, ast.JoinedStr):
            self.dynamic.append(f"{where}: {ast.unparse(expr)}")
        elif isinstance(expr, ast.Name) and fn is not None:
            for node in ast.walk(fn):  # a local variable: what was assigned to it
                if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == expr.id
                                                        for t in node.targets):
                    self._add(node.value, fn, module_functions, where, depth + 1)
        elif (isinstance(expr, ast.Call) and isinstance(expr.func, ast.Name)
              and expr.func.id in module_functions):
            self._describer(module_functions[expr.func.id], module_functions, where, depth)

    def _describer(self, fn: ast.FunctionDef, module_functions, where: str, depth: int) -> None:
        """A function of the same module that returns a sentence: its literal results and table values."""
        for node in ast.walk(fn):
            if isinstance(node, ast.Return) and node.value is not None:
                if isinstance(node.value, ast.Name):
                    for d in ast.walk(fn):
                        if isinstance(d, ast.Dict):
                            for value in d.values:
                                self._add(value, None, module_functions, where, depth + 1)
                else:
                    self._add(node.value, fn, module_functions, where, depth + 1)


def source_files() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if p != OUTPUT and "migrations" not in p.parts)


def render(texts: dict[str, str]) -> str:
    lines = [
        '"""Every English sentence and text parameter an error can carry, listed for the translators.',
        "",
        "GENERATED by tools/collect_error_texts.py from the code under shopteam/: do not edit by hand; run",
        "``.venv/bin/python tools/collect_error_texts.py`` then ``make translations`` after adding an error",
        "(tests/test_translations.py fails while this file is out of date). ui/messages.describe() looks an",
        'error\'s template and its text parameters up in the "Errors" context; these calls only make lupdate',
        "see them.",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "from PySide6.QtCore import QCoreApplication",
        "",
        "",
        "def _listed_for_lupdate() -> None:  # never called",
    ]
    current = None
    for text, where in sorted(texts.items(), key=lambda item: _order(item[1])):
        path = where.split(":")[0]
        if path != current:
            lines.append(f"    # {path}")
            current = path
        lines.append(f'    QCoreApplication.translate("{CONTEXT}", {_literal(text)})')
    lines += [
        "",
        "",
        "def texts() -> frozenset[str]:",
        '    """The texts listed above, read back from this module\'s source (for tests)."""',
        "    import ast",
        "    import inspect",
        "",
        "    tree = ast.parse(inspect.getsource(_listed_for_lupdate))",
        "    return frozenset(c.args[1].value for c in ast.walk(tree) if isinstance(c, ast.Call))",
        "",
    ]
    return "\n".join(lines)


def _order(where: str) -> tuple[str, int]:
    path, line = where.rsplit(":", 1)
    return path, int(line)


def _literal(text: str) -> str:
    """A double-quoted Python literal (lupdate reads plain string literals)."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{escaped}"'


def generate() -> tuple[str, list[str]]:
    collector = Collector(source_files())
    return render(collector.collect()), collector.dynamic


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="only check that the module is up to date")
    args = parser.parse_args(argv)
    content, dynamic = generate()
    if args.check:
        for place in dynamic:
            print(f"built at run time, cannot be translated: {place}", file=sys.stderr)
        current = OUTPUT.read_text(encoding="utf-8") if OUTPUT.exists() else ""
        if current != content:
            print(f"{OUTPUT.relative_to(ROOT)} is out of date: run tools/collect_error_texts.py", file=sys.stderr)
            return 1
        return 0
    OUTPUT.write_text(content, encoding="utf-8")
    print(f"{OUTPUT.relative_to(ROOT)}: {content.count('QCoreApplication.translate(')} texts")
    return 0


if __name__ == "__main__":
    sys.exit(main())
