"""The command line speaks the language of the one rule: --lang, else the system locale, else the shop's."""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import openpyxl
import pytest

from shopteam import cli
from shopteam.cli_zh import ZH

CLI_SOURCE = Path(cli.__file__).read_text(encoding="utf-8")


def _literal_texts() -> set[str]:
    texts = set()
    for node in ast.walk(ast.parse(CLI_SOURCE)):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "_" and node.args:
            if isinstance(node.args[0], ast.Constant):
                texts.add(node.args[0].value)
    return texts


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_message_of_the_command_line_has_its_chinese_with_the_same_placeholders():
    texts = _literal_texts()
    assert len(texts) > 60
    missing = sorted(t for t in texts if t not in ZH)
    assert missing == []
    for text in texts:
        assert _fields(ZH[text]) == _fields(text), text
        assert re.search(r"[\u4e00-\u9fff]", ZH[text]) or text == "kpi", text


def run(capsys, *argv):
    status = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def db(tmp_path, monkeypatch):
    monkeypatch.delenv("SHOPTEAM_DB", raising=False)
    return tmp_path / "shop.db"


def _locale(monkeypatch, value: str) -> None:
    monkeypatch.setenv("LANG", value)
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)


def test_chinese_locale_chinese_messages_headings_and_errors(capsys, db, monkeypatch, tmp_path):
    _locale(monkeypatch, "zh_CN.UTF-8")
    status, out, err = run(capsys, "--db", db, "demo")
    assert status == 0 and err == ""
    assert "演示店铺已创建：20 名员工（3 名已离职）" in out and "boss (店主)" in out
    status, out, _ = run(capsys, "--db", db, "check")
    assert status == 0 and "未发现问题。" in out and "员工：20 名（在职 17 名，离职 3 名）" in out
    status, out, _ = run(capsys, "--db", db, "report", "attendance", "--month", "2026-10")
    heading, columns = out.splitlines()[:2]
    assert heading.startswith("考勤汇总 2026-10") and heading.endswith(" 人")
    assert columns.split("\t")[:4] == ["工号", "姓名", "应出勤天数", "出勤天数"]
    status, out, err = run(capsys, "--db", db, "report", "attendance", "--month", "2026-13")
    assert status != 0 and err.strip() == "shopteam: 错误: --month 的格式应为 2026-09，而不是 '2026-13'"
    out_file = tmp_path / "考勤.xlsx"
    status, out, _ = run(capsys, "--db", db, "export", "attendance", "--month", "2026-10", "--out", out_file)
    assert status == 0 and out.startswith("已将 ") and "行写入" in out
    assert openpyxl.load_workbook(out_file).active["A1"].value == "工号"  # the document follows the same rule


def test_chinese_help_texts(capsys, monkeypatch):
    _locale(monkeypatch, "zh_CN.UTF-8")
    status, out, _ = run(capsys, "--help")
    assert status == 0
    assert "小网店的团队管理。不带命令时打开窗口。" in out and "输出机器可读的 JSON" in out
    assert "在空数据库中创建演示店铺（小鹿优选旗舰店）" in out
    status, out, _ = run(capsys, "payout", "--help")
    assert "要写出的文件（export、payslips）" in out


def test_english_locale_english_even_for_a_chinese_shop(capsys, db, monkeypatch, tmp_path):
    _locale(monkeypatch, "en_US.UTF-8")
    assert run(capsys, "--db", db, "--lang", "zh_CN", "demo")[0] == 0  # the demo shop speaks Chinese
    status, out, _ = run(capsys, "--db", db, "check")
    assert "No problems found." in out and "Staff: 20 (17 current, 3 left)" in out
    status, out, _ = run(capsys, "--db", db, "report", "attendance", "--month", "2026-10")
    assert out.startswith("Attendance 2026-10: ") and out.splitlines()[1].startswith("employee_no\tname\t")
    out_file = tmp_path / "a.xlsx"
    assert run(capsys, "--db", db, "export", "attendance", "--month", "2026-10", "--out", out_file)[0] == 0
    assert openpyxl.load_workbook(out_file).active["A1"].value == "Employee no."
    status, out, _ = run(capsys, "--help")
    assert "Without a command it opens the window." in " ".join(out.split())


def test_lang_option_wins_over_the_locale(capsys, db, monkeypatch):
    _locale(monkeypatch, "zh_CN.UTF-8")
    status, out, _ = run(capsys, "--db", db, "--lang", "en", "demo")
    assert status == 0 and out.startswith("Demo shop created: 20 staff")
    status, out, _ = run(capsys, "--db", db, "check", "--lang", "en")
    assert "No problems found." in out


@pytest.mark.parametrize(("shop_language", "expected"), [("zh_CN", "未发现问题。"), ("en", "No problems found.")])
def test_without_a_locale_the_shop_decides(capsys, db, monkeypatch, shop_language, expected):
    _locale(monkeypatch, "C.UTF-8")
    assert run(capsys, "--db", db, "--lang", shop_language, "demo")[0] == 0
    status, out, _ = run(capsys, "--db", db, "check")
    assert status == 0 and expected in out


def test_a_services_refusal_is_printed_in_chinese(capsys, tmp_path, monkeypatch):
    """A ShopTeamError's English template reaches a Chinese user in Chinese, its values filled in."""
    from shopteam import cli

    monkeypatch.delenv("SHOPTEAM_DB", raising=False)
    status = cli.main(["--lang", "zh_CN", "--db", str(tmp_path / "shop.db"), "restore", str(tmp_path / "nope.db")])
    err = capsys.readouterr().err
    assert status != 0 and f"文件 {tmp_path / 'nope.db'} 不存在。" in err
