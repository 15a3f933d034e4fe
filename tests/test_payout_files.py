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
        "attendance_deduction", "full_attendance_bonus", "rewards", "year_end_bonus", "team_bonus", "penalties",
        "total", "lines"]


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
        assert list(item) == [*KEYS[:-1], "flags", "lines"] and item["flags"] == []
        for key in KEYS[2:-1]:
            assert re.fullmatch(r"-?\d+\.\d\d", item[key]), (key, item[key])
    assert data[1]["total"] == "9266.90" and data[1]["commission"] == "1650.00"
    lines = {line["code"]: line for line in data[1]["lines"]}
    assert lines["attendance_deduction"]["amount"] == "40.00"
    assert lines["attendance_deduction"]["explanation"] == ("1 late arrival after 2 free ones × 20.00 = 20.00; "
                                                            "1 missing punch(es) × 20.00 = 20.00")
    raw = lines["attendance_deduction"]["explanations"][1]
    assert raw["code"] == "missing_punch_deduction" and raw["template"] == "{count} missing punch(es) × {per} = {amount}"
    assert raw["params"] == {"count": 1, "per": "20.00", "amount": "20.00"}
    status, out, _ = run(capsys, "payout", "compute", "--month", "2026-11", "--json", "--lang", "zh_CN", "--db", db_url)
    zh = {line["code"]: line for line in json.loads(out)[1]["lines"]}
    assert zh["attendance_deduction"]["explanation"] == "扣除 2 次免罚后迟到 1 次 × 20.00 = 20.00；缺卡 1 次 × 20.00 = 20.00"
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
                         "--db", db_url, "--json", "--lang", "zh_CN")
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
                      "年终奖", "团队奖金", "罚款", "应发合计"]
    rows = [[c.value for c in r] for r in sheet.iter_rows(min_row=3)]
    labels = [r[0] for r in rows]
    assert labels == ["E100", "E101", "E103", "本部门合计：运营部", "E102", "本部门合计：客服部", "全店合计"]
    li = rows[1]
    assert li[3] == Decimal("6000") or li[3] == 6000
    assert sheet.cell(row=4, column=4).number_format == "#,##0.00"
    assert isinstance(sheet.cell(row=4, column=14).value, int | float) and sheet.cell(row=4, column=14).value == 9266.9
    subtotal_ops, subtotal_cs, shop_total = rows[3], rows[5], rows[6]
    assert subtotal_ops[13] + subtotal_cs[13] == pytest.approx(shop_total[13]) and shop_total[13] == 22285.95
    for col in range(3, 13):
        assert sum(r[col] for r in (rows[0], rows[1], rows[2], rows[4])) == pytest.approx(shop_total[col])
    assert sheet.freeze_panes == "D3" and sheet.print_title_rows == "$2:$2"
    assert sheet.page_setup.orientation == "landscape" and int(sheet.page_setup.paperSize) == 9  # A4


def test_run_workbook_details_sheet_explains_every_line(factory, owner, shop, tmp_path):
    view = _view(factory, owner)
    book = openpyxl.load_workbook(write_run_xlsx(view, tmp_path / "run.xlsx", lang="zh_CN"))
    assert book.sheetnames == ["奖金核算 2026-11", "明细 2026-11"]
    rows = list(book["明细 2026-11"].iter_rows(values_only=True))
    assert rows[0] == ("工号", "姓名", "部门", "项目代码", "项目", "金额", "计算说明")
    li = {r[3]: r for r in rows[1:] if r[0] == "E101"}
    assert li["attendance_deduction"][4:] == ("考勤扣款", 40, "扣除 2 次免罚后迟到 1 次 × 20.00 = 20.00；缺卡 1 次 × 20.00 = 20.00")
    assert li["overtime_pay"][6] == "4 小时 × 6,000.00 / 21.75 / 8 × 1.5（工作日）= 206.90"
    assert li["full_attendance_bonus"][5] == 0 and li["full_attendance_bonus"][6].startswith("无全勤奖：迟到 3 次")
    assert "year_end_bonus" not in li  # nothing paid, nothing to explain
    english = openpyxl.load_workbook(write_run_xlsx(view, tmp_path / "en.xlsx", lang="en"))["Details 2026-11"]
    texts = [r[6] for r in english.iter_rows(min_row=2, values_only=True) if r[0] == "E103" and r[3] == "base_salary"]
    assert texts == ["Base salary 5,000.00 × 11 / 21 workdays employed = 2,619.05"]


def test_payslip_workbook_one_strip_per_person(factory, owner, shop, tmp_path):
    view = _view(factory, owner)
    sheet = openpyxl.load_workbook(write_payslips_xlsx(view, tmp_path / "slips.xlsx", lang="en")).active
    headers = [r for r in sheet.iter_rows(values_only=True) if r[0] == "Employee no."]
    assert len(headers) == 4
    people = [r for r in sheet.iter_rows(values_only=True) if r[0] in ("E100", "E101", "E102", "E103")]
    assert [p[1] for p in people] == ["王经理", "李运营", "张客服", "赵美工"]
    assert people[1][len(COMPONENT_KEYS) + 3] == 9266.9
    rows = list(sheet.iter_rows(values_only=True))
    start = rows.index(people[1])
    lines = [r[1:4] for r in rows[start + 1:] if r[0] is None and r[1]][:8]
    assert lines[0] == ("Base salary", 6000, "Base salary 6,000.00")
    assert ("Penalties", 50, "2026-11-20 漏发货: 50.00") in lines
    assert not any(label == "Full-attendance bonus" for label, _a, _t in lines)  # only lines with an amount


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
    assert "扣除 2 次免罚后迟到 1 次 × 20.00 = 20.00；缺卡 1 次 × 20.00 = 20.00" in text.replace("\n", "")
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    lines = fonts.splitlines()[2:]
    assert lines and all(line.split()[-5] == "yes" for line in lines)  # every font embedded


def test_payslip_strip_shows_each_line_with_its_explanation(factory, owner, shop):
    from shopteam.reports.payslips import strip_html

    view = _view(factory, owner)
    li = next(r for r in view.rows if r.employee_no == "E101")
    html = strip_html(view, li, lang="zh_CN")
    assert "考勤扣款</td><td class='num' width='8%'>40.00</td>" in html
    assert "扣除 2 次免罚后迟到 1 次 × 20.00 = 20.00；缺卡 1 次 × 20.00 = 20.00" in html


def _approved_team_pool(factory, owner, shop):
    from sqlalchemy import select

    from shopteam.db.models.appraisal import Appraisal, AppraisalCycle
    from shopteam.services.payout import pools

    with factory.begin() as s:
        cycle = s.scalar(select(AppraisalCycle).where(AppraisalCycle.year == YEAR, AppraisalCycle.month == MONTH))
        for no in ("E100", "E102"):
            s.add(Appraisal(cycle_id=cycle.id, employee_id=shop[no], final_score=Decimal("85.00"), grade="good",
                            state="finalised"))
    with factory.begin() as s:
        pool = pools.save_draft(s, actor=owner, kind="team", year=YEAR, month=MONTH, amount="100.00", pay_year=YEAR,
                                pay_month=MONTH)
        return pools.approve_pool(s, actor=owner, pool_id=pool.id)


def test_pool_workbook_and_cli_export(factory, owner, shop, db_url, capsys, tmp_path):
    from shopteam.io.pool_export import write_pool_xlsx

    pool = _approved_team_pool(factory, owner, shop)
    sheet = openpyxl.load_workbook(write_pool_xlsx(pool, tmp_path / "pool.xlsx", lang="zh_CN",
                                                   shop_name="测试小店")).active
    assert sheet["A1"].value.startswith("测试小店 团队奖金池 2026-11 · 全店 · 奖金池 100.00 · 发放月份 2026-11")
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert rows[0] == ("工号", "姓名", "部门", "基本工资", "考核等级", "等级系数", "在职月数", "最终得分", "权重",
                       "分配金额", "计算说明")
    assert [(r[0], r[9]) for r in rows[1:5]] == [("E100", 33.34), ("E101", 33.33), ("E102", 33.33), ("E103", 0)]
    assert rows[2][7] == 85 and rows[2][10] == "权重 = 最终得分 85.00；100.00 × 85 / 255 = 33.3333 → 33.33"
    assert rows[5][0] == "合计" and rows[5][9] == 100 and sum(r[9] for r in rows[1:5]) == pytest.approx(100)
    status, out, _ = run(capsys, "export", "pool", "--id", str(pool.id), "--out", str(tmp_path / "cli.xlsx"),
                         "--lang", "en", "--db", db_url, "--json")
    assert status == 0 and json.loads(out) == {"ok": True, "file": str(tmp_path / "cli.xlsx"), "people": 4,
                                               "total": "100.00"}
    header = [c.value for c in openpyxl.load_workbook(tmp_path / "cli.xlsx").active[2]]
    assert header[:3] == ["Employee no.", "Name", "Department"] and header[9] == "Share"
    status, _, err = run(capsys, "export", "pool", "--id", "999", "--out", str(tmp_path / "x.xlsx"), "--db", db_url)
    assert status != 0 and "999" in err


def test_cli_json_carries_the_pool_line(factory, owner, shop, db_url, capsys):
    _approved_team_pool(factory, owner, shop)
    status, out, _ = run(capsys, "payout", "compute", "--month", "2026-11", "--json", "--lang", "en", "--db", db_url)
    li = json.loads(out)[1]
    assert li["team_bonus"] == "33.33" and li["total"] == "9300.23"
    line = next(x for x in li["lines"] if x["code"] == "team_bonus")
    assert line["explanation"] == ("Team bonus pool of 2026-11, whole shop (pool of 100.00); Weight = final score 85.00; "
                                   "100.00 × 85 / 255 = 33.3333 → 33.33")
    assert [e["code"] for e in line["explanations"]] == ["team_pool_shop", "team_weight", "pool_share"]
