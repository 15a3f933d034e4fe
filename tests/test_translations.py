"""The Chinese translation is complete and keeps up with the code.

- ui/error_texts.py is what tools/collect_error_texts.py makes of the code today;
- the .ts has a translation for every text, and lupdate over the code finds no text the .ts lacks
  (nor one hidden behind a helper lupdate cannot see through, nor a call its parser drops);
- every %1, %n, {name} and accelerator of a source survives in its translation, and glossary terms are
  used as PRODUCT.md §4 says;
- the compiled .qm gives Chinese through a QTranslator, errors included.
"""

from __future__ import annotations

import ast
import importlib.util
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "i18n" / "shopteam_zh_CN.ts"
TOOLS = ROOT / "tools"
BIN = Path(sys.executable).parent


def _tool(name: str):
    if name not in sys.modules:  # dataclasses look their module up in sys.modules
        spec = importlib.util.spec_from_file_location(name, TOOLS / f"{name}.py")
        sys.modules[name] = module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    return sys.modules[name]


def _messages(path: Path = TS):
    return _tool("fill_translations").messages(path.read_text(encoding="utf-8"))


def _qt_tool(name: str) -> str:
    tool = BIN / name
    if not tool.exists():
        tool = shutil.which(name)
        if tool is None:
            pytest.skip(f"{name} is not installed")
    return str(tool)


def test_error_texts_module_is_up_to_date():
    collector = _tool("collect_error_texts")
    content, _dynamic = collector.generate()
    assert collector.OUTPUT.read_text(encoding="utf-8") == content, (
        "shopteam/ui/error_texts.py is out of date: run make translations (it regenerates it) and add the "
        "Chinese of the new texts to tools/zh_CN_translations.py")


def test_error_texts_cover_templates_and_parameters():
    from shopteam.domain.errors import NotFoundError, PermissionDenied, ValidationError
    from shopteam.io.errors import HeaderNotFoundError
    from shopteam.ui.error_texts import texts

    listed = texts()
    for cls in (ValidationError, NotFoundError, PermissionDenied, HeaderNotFoundError):
        assert cls.template in listed
    # a literal template, a keyword parameter, one through a helper (require) and a helper's default
    assert {"Enter the employee no.", "Staff record", "view the roster", "change this card"} <= listed
    assert "field" not in listed and "name" not in listed  # identifiers are not texts


def test_ts_has_no_unfinished_or_empty_translation():
    messages = _messages()
    assert len(messages) > 500
    bad = [(context, source) for context, source, translation, finished in messages
           if not finished or not translation.strip()]
    assert not bad, f"{len(bad)} texts without a translation, e.g. {bad[:5]}"


def test_every_text_in_the_code_is_in_the_ts(tmp_path):
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "shopteam").rglob("*.py"))
    subprocess.run([_qt_tool("pyside6-lupdate"), *sources, "-ts", str(fresh), "-no-obsolete", "-silent"],
                   check=True, capture_output=True, cwd=ROOT)
    in_code = {(context, source) for context, source, _t, _f in _messages(fresh)}
    in_ts = {(context, source) for context, source, _t, _f in _messages()}
    missing = sorted(in_code - in_ts)
    assert not missing, f"run make translations and add these to tools/zh_CN_translations.py: {missing[:10]}"


def test_no_text_hides_from_lupdate_behind_a_helper():
    """A module function `def _t(text): return translate("Ctx", text)` called with a literal: lupdate does
    not see that literal, so the call must be translate("Ctx", "...") (or the text listed elsewhere)."""
    in_ts = {(context, source) for context, source, _t, _f in _messages()}
    hidden = []
    for path in sorted((ROOT / "shopteam").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        wrappers = {}
        for fn in tree.body:
            if isinstance(fn, ast.FunctionDef):
                for call in ast.walk(fn):
                    if (isinstance(call, ast.Call) and getattr(call.func, "attr", "") == "translate"
                            and len(call.args) >= 2 and isinstance(call.args[0], ast.Constant)
                            and isinstance(call.args[1], ast.Name)):
                        wrappers[fn.name] = call.args[0].value
        for call in ast.walk(tree):
            if (isinstance(call, ast.Call) and getattr(call.func, "id", None) in wrappers and call.args
                    and isinstance(call.args[0], ast.Constant) and isinstance(call.args[0].value, str)):
                key = (wrappers[call.func.id], call.args[0].value)
                if key not in in_ts:
                    hidden.append(f"{path.relative_to(ROOT)}:{call.lineno} {key}")
    assert not hidden, hidden


def _literal(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def test_every_literal_translate_call_reached_the_ts():
    """lupdate silently drops some calls it cannot parse, e.g. translate("Ctx", "%n x", None, len(rows))
    (the count must be a plain name or number): every translate("Ctx", "...") and self.tr("...") of the code
    (context: the enclosing class) must have its text in the .ts."""
    in_ts = {(context, source) for context, source, _t, _f in _messages()}
    dropped = []

    def visit(node: ast.AST, cls: str | None, path: Path) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.Call) and isinstance(child.func, ast.Attribute):
                key = None
                if child.func.attr == "translate" and len(child.args) >= 2 and None not in (
                        _literal(child.args[0]), _literal(child.args[1])):
                    key = (_literal(child.args[0]), _literal(child.args[1]))
                elif (child.func.attr == "tr" and cls and child.args and _literal(child.args[0]) is not None
                      and isinstance(child.func.value, ast.Name) and child.func.value.id == "self"):
                    key = (cls, _literal(child.args[0]))
                if key and key not in in_ts:
                    dropped.append(f"{path.relative_to(ROOT)}:{child.lineno} {key}")
            visit(child, child.name if isinstance(child, ast.ClassDef) else cls, path)

    for path in sorted((ROOT / "shopteam").rglob("*.py")):
        visit(ast.parse(path.read_text(encoding="utf-8")), None, path)
    assert not dropped, ("lupdate did not extract these (a tr() inside an f-string, or a count that is an "
                         f"expression); write them so it can, then run make translations: {dropped}")


_PLACEHOLDER = re.compile(r"%n|%L?\d+|\{[A-Za-z_][A-Za-z0-9_]*\}")
_ACCELERATOR = re.compile(r"&(?!&)\S")


def test_placeholders_and_accelerators_survive():
    wrong = []
    for context, source, translation, _finished in _messages():
        if sorted(_PLACEHOLDER.findall(source)) != sorted(_PLACEHOLDER.findall(translation)):
            wrong.append((context, source, translation))
        elif bool(_ACCELERATOR.search(source.replace("&&", ""))) != bool(
                _ACCELERATOR.search(translation.replace("&&", ""))):
            wrong.append((context, source, translation))
    assert not wrong, wrong[:10]


# English source (as the whole text) -> the glossary's Chinese (PRODUCT.md §4), wherever it appears
GLOSSARY = {
    "Roster": "花名册", "Employee no.": "工号", "Role assignment": "任职", "Reports to": "直属上级",
    "Probation": "试用期", "Staffing plan": "人员配置", "Org chart": "组织架构图", "Goal": "目标",
    "WIP limit": "在制品上限", "Weekly report": "周报", "Clock-in": "上班打卡", "Clock-out": "下班打卡",
    "Approve": "批准", "Reject": "驳回", "Audit log": "操作日志", "Board": "看板", "Card": "任务卡片",
}


def test_glossary_terms_are_used():
    wrong = [(context, source, translation) for context, source, translation, _f in _messages()
             if source in GLOSSARY and translation != GLOSSARY[source]]
    assert not wrong, wrong


@pytest.fixture
def chinese(qapp, tmp_path):
    """The .ts compiled now (the .qm of `make setup` may be older) and installed, then removed again."""
    qm = tmp_path / "shopteam_zh_CN.qm"
    subprocess.run([_qt_tool("pyside6-lrelease"), "-silent", str(TS), "-qm", str(qm)], check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)


def test_the_compiled_translation_speaks_chinese(chinese):
    tr = QCoreApplication.translate
    assert tr("MainWindow", "Staff") == "员工"
    assert tr("MainWindow", "Org chart") == "组织架构图"
    assert tr("MainWindow", "&File") == "文件(&F)"
    assert tr("AccountLabels", "Owner") == "店主"
    assert tr("AccountLabels", "Manager") == "经理"
    assert tr("Roster", "Active") == "在职"
    assert tr("Roster", "Left") == "离职"
    assert tr("RosterPage", "Probation") == "试用期"
    assert tr("AttendancePage", "%n person(s)", None, 3) == "3 人"


def test_errors_are_described_in_chinese(chinese):
    from shopteam.domain.errors import NotFoundError, PermissionDenied, ValidationError
    from shopteam.ui.messages import describe

    assert describe(PermissionDenied(action="view the roster")) == "您无权查看花名册。"
    assert describe(NotFoundError(what="Staff record", key=7)) == "员工档案 7 不存在。"
    assert describe(ValidationError("Enter the employee no.", field="employee_no")) == "请输入工号。"
    assert describe(RuntimeError("boom")) == "意外错误：boom"


def test_fill_writes_plain_and_numerus_translations_and_names_the_missing():
    ts = """<TS version="2.1" language="zh_CN">
<context>
    <name>Page</name>
    <message>
        <source>Save &amp; close</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
"""
    fill = _tool("fill_translations")
    filled, missing = fill.fill(ts, {"Save & close": "保存并关闭"}, {"Page": {"%n card(s)": "%n 张任务卡片"}})
    assert missing == [("Page", "Unknown")]
    assert fill.messages(filled) == [("Page", "Save & close", "保存并关闭", True),
                                     ("Page", "%n card(s)", "%n 张任务卡片", True),
                                     ("Page", "Unknown", "", False)]
    assert "<numerusform>%n 张任务卡片</numerusform>" in filled
