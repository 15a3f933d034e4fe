"""The payout CLI (compute --json keys and money formats, export, payslips), the Excel workbooks (typed money
cells, department subtotals and the shop total, page setup) and the payslips PDF (one strip per person,
names and 工资条 found by pdftotext, fonts embedded)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from decimal import Decimal

import openpyxl
import pytest

from shopteam import cli
from shopteam.domain.incentives import COMPONENT_KEYS
from shopteam.io.payout_export import write_payslips_xlsx, write_run_xlsx
from shopteam.services.payout import runs as payout
from tests.services.payout_shop import MONTH, YEAR, make_month

POPPLER = shutil.which("pdftotext") and shutil.which("pdffonts")
KEYS = ["employee_no", "name", "base_salary", "overtime_pay", "performance_bonus", "commission",
        "attendance_deduction", "full_attendance_bonus", "rewards", "penalties", "total"]


@pytest.fixture
def shop(factory, owner):
    return make_month(factory, owner)


def run(capsys, *argv):
    status = cli.main(list(argv))
    out = capsys.readouterr()
    return status, out.out, out.err


def test_cli_compute_json(db_url, shop, capsys):
    status, out, _ = run(capsys, "payout", "compute", "--month", "2026-11", "--json", "--db", db_url)
    assert status == 0
    data = json.loads(out)
    assert [item["employee_no"] for item in data] == ["E100", "E101", "E102", "E103"]
    for item in data:
        assert list(item) == [*KEYS, "flags"] and item["flags"] == []
        for key in KEYS[2:]:
            assert re.fullmatch(r"-?\d+\.\d\d", item[key]), (key, item[key])
    assert data[1]["total"] == "9266.90" and data[1]["commission"] == "1650.00"
    status, _, err = run(capsys, "payout", "compute", "--month", "2026-13", "--db", db_url)
    assert status != 0 and "--month" in err


def test_cli_export_and_payslips(qapp, db_url, shop, capsys, tmp_path):  # qapp: a QApplication, not the CLI's
    # QGuiApplication, so that later widget tests in this process can still make widgets
    status, _, err = run(capsys, "payout", "export", "--month", "2026-11", "--out", str(tmp_path / "x.xlsx"),
                         "--db", db_url)
    assert status == 1 and "payout compute" in err  # nothing computed yet
    run(capsys, "payout", "compute", "--month", "2026-11", "--db", db_url)
    status, out, _ = run(capsys, "payout", "export", "--month", "2026-11", "--out", str(tmp_path / "run.xlsx"),
                         "--db", db_url, "--json")
    assert status == 0 and json.loads(out)["people"] == 4
    assert openpyxl.load_workbook(tmp_path / "run.xlsx").active["B3"].value == "王经理"
    status, out, _ = run(capsys, "payout", "payslips", "--month", "2026-11", "--out", str(tmp_path / "p.pdf"),
                         "--db", db_url, "--json")
    assert status == 0 and json.loads(out)["pages"] == 1
    assert (tmp_path / "p.pdf").read_bytes().startswith(b"%PDF")


def _view(factory, owner):
    with factory.begin() as s:
        return payout.compute_run(s, actor=owner, year=YEAR, month=MONTH)


def test_run_workbook(factory, owner, shop, tmp_path):
    view = _view(factory, owner)
    path = write_run_xlsx(view, tmp_path / "run.xlsx", lang="zh_CN", shop_name="测试小店")
    sheet = openpyxl.load_workbook(path).active
    assert "测试小店 奖金核算 2026年11月" in sheet["A1"].value
    header = [c.value for c in sheet[2]]
    assert header == ["工号", "姓名", "部门", "基本工资", "加班费", "绩效奖金", "提成", "考勤扣款", "全勤奖", "奖励",
                      "罚款", "应发合计"]
    rows = [[c.value for c in r] for r in sheet.iter_rows(min_row=3)]
    labels = [r[0] for r in rows]
    assert labels == ["E100", "E101", "E103", "本部门合计：运营部", "E102", "本部门合计：客服部", "全店合计"]
    li = rows[1]
    assert li[3] == Decimal("6000") or li[3] == 6000
    assert sheet.cell(row=4, column=4).number_format == "#,##0.00"
    assert isinstance(sheet.cell(row=4, column=12).value, int | float) and sheet.cell(row=4, column=12).value == 9266.9
    subtotal_ops, subtotal_cs, shop_total = rows[3], rows[5], rows[6]
    assert subtotal_ops[11] + subtotal_cs[11] == pytest.approx(shop_total[11]) and shop_total[11] == 22285.95
    for col in range(3, 11):
        assert sum(r[col] for r in (rows[0], rows[1], rows[2], rows[4])) == pytest.approx(shop_total[col])
    assert sheet.freeze_panes == "D3" and sheet.print_title_rows == "$2:$2"
    assert sheet.page_setup.orientation == "landscape" and int(sheet.page_setup.paperSize) == 9  # A4


def test_payslip_workbook_one_strip_per_person(factory, owner, shop, tmp_path):
    view = _view(factory, owner)
    sheet = openpyxl.load_workbook(write_payslips_xlsx(view, tmp_path / "slips.xlsx", lang="en")).active
    headers = [r for r in sheet.iter_rows(values_only=True) if r[0] == "Employee no."]
    assert len(headers) == 4
    people = [r for r in sheet.iter_rows(values_only=True) if r[0] in ("E100", "E101", "E102", "E103")]
    assert [p[1] for p in people] == ["王经理", "李运营", "张客服", "赵美工"]
    assert people[1][-1] == 9266.9 and len(people[1]) == 3 + len(COMPONENT_KEYS) + 1


@pytest.mark.skipif(not POPPLER, reason="poppler-utils not installed")
def test_payslips_pdf(qapp, factory, owner, shop, tmp_path):
    from shopteam.reports.payslips import write_payslips_pdf

    view = _view(factory, owner)
    path = tmp_path / "slips.pdf"
    assert write_payslips_pdf(view, path, lang="zh_CN", shop_name="测试小店") == 1
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert text.count("工资条") == 4  # one strip (with its own header row) per person
    assert text.count("应发合计") == 4
    for name in ("王经理", "李运营", "张客服", "赵美工"):
        assert name in text
    assert "9,266.90" in text
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    lines = fonts.splitlines()[2:]
    assert lines and all(line.split()[-5] == "yes" for line in lines)  # every font embedded
