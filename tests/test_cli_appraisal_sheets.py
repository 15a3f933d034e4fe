"""shopteam appraisal export-sheets / import-sheets: a round trip through the command line, a refused file
(one line on stderr naming sheet and cell, exit 1, --json with every problem, nothing changed)."""

from __future__ import annotations

import json
from decimal import Decimal

import openpyxl
import pytest

from shopteam import cli
from shopteam.io import appraisal_workbook as wb
from shopteam.services.appraisal import cycles as ap
from tests.services.appraisal_shop import make_shop


@pytest.fixture
def shop_db(factory, owner, db_url):
    ids = make_shop(factory, owner)
    with factory.begin() as s:
        ids["cycle"] = ap.open_cycle(s, actor=owner, year=2026, month=10)
    ids["owner"], ids["url"] = owner, db_url
    return ids


def _rated(factory, owner, cycle_id, no):
    with factory() as s:
        detail = next(d for d in ap.details_for_cycle(s, actor=owner, cycle_id=cycle_id) if d.row.employee_no == no)
    return detail, [ln for ln in detail.scores if ln.rated]


def _set(path, name, value) -> str:
    book = openpyxl.load_workbook(path)
    (title, ref), = book.defined_names[name].destinations
    book[title][ref.replace("$", "")].value = value
    book.save(path)
    return f"{title}!{ref.replace('$', '')}"


def test_export_fill_and_import_through_the_cli(factory, shop_db, tmp_path, capsys):
    out = tmp_path / "评分.xlsx"
    assert cli.main(["appraisal", "export-sheets", "--period", "2026-10", "--department", "运营部", "--db",
                     shop_db["url"], "--out", str(out), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data == {"ok": True, "file": str(out), "period": "2026-10", "people": 3}
    assert openpyxl.load_workbook(out).sheetnames[1:4] == ["E100 王经理", "E101 李运营", "E103 赵美工"]
    detail, rated = _rated(factory, shop_db["owner"], shop_db["cycle"], "E103")
    _set(out, wb.SCORE_NAME.format(id=rated[0].id), 88)
    _set(out, wb.COMMENT_NAME.format(id=detail.row.id), "画面质量高")

    assert cli.main(["appraisal", "import-sheets", str(out), "--db", shop_db["url"], "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["ok"] and (data["changed"], data["scores"], data["comments"]) == (1, 1, 1)
    _detail, after = _rated(factory, shop_db["owner"], shop_db["cycle"], "E103")
    assert after[0].supervisor_score == Decimal("88.00")

    assert cli.main(["appraisal", "import-sheets", str(out), "--db", shop_db["url"]]) == 0
    assert "0 score(s) and 0 comment(s) of 0 person(s) saved" in capsys.readouterr().out


def test_a_bad_cell_refuses_the_file_with_one_line_naming_it(factory, shop_db, tmp_path, capsys):
    out = tmp_path / "sheets.xlsx"
    assert cli.main(["appraisal", "export-sheets", "--period", "2026-10", "--db", shop_db["url"], "--out",
                     str(out)]) == 0
    capsys.readouterr()
    _detail, rated = _rated(factory, shop_db["owner"], shop_db["cycle"], "E102")
    _set(out, wb.SCORE_NAME.format(id=rated[1].id), 90)
    where = _set(out, wb.SCORE_NAME.format(id=rated[0].id), 150)
    assert where.startswith("E102 张客服!H")

    assert cli.main(["appraisal", "import-sheets", str(out), "--db", shop_db["url"]]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1 and captured.err.startswith("shopteam: error: sheets.xlsx: 1 problem(s)")
    assert f"{where}: 150 is outside the range" in captured.err
    _detail, after = _rated(factory, shop_db["owner"], shop_db["cycle"], "E102")
    assert [ln.supervisor_score for ln in after] == [None] * len(after)

    assert cli.main(["appraisal", "import-sheets", str(out), "--db", shop_db["url"], "--json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["ok"] is False and data["error"]["code"] == "appraisal_workbook_rejected"
    assert data["problems"] == [f"{where}: 150 is outside the range; enter a score from 0 to 100 or leave the cell "
                                "empty."]
    assert cli.main(["appraisal", "import-sheets", str(out), "--period", "2026-11", "--db", shop_db["url"]]) == 1
    assert "no appraisal cycle for 2026-11" in capsys.readouterr().err
    assert cli.main(["appraisal", "import-sheets", "--db", shop_db["url"]]) == 1
    assert "needs the workbook" in capsys.readouterr().err
    assert cli.main(["appraisal", "export-sheets", "--period", "2026-10", "--db", shop_db["url"]]) == 1
    assert "needs --out" in capsys.readouterr().err
