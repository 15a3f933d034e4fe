"""Withholding outside the window: `payout compute --json` (withheld, net and the withholding lines), the
run workbook (代扣合计 and 实发合计 columns, the 明细 sheet) and the payslips (实发合计 only when on)."""

from __future__ import annotations

import json
import shutil
import subprocess

import openpyxl
import pytest

from shopteam import cli
from shopteam.domain import clock
from shopteam.io.payout_export import write_payslips_xlsx, write_run_xlsx
from shopteam.reports.payslips import strip_html
from tests.services.test_payout_withholding import TODAY, compute, row, shop  # noqa: F401  (the fixture)


def test_cli_json_has_withheld_net_and_the_lines(db_url, shop, capsys):  # noqa: F811
    with clock.frozen(TODAY):
        status = cli.main(["payout", "compute", "--month", "2027-01", "--json", "--db", db_url])
    assert status == 0
    data = {item["employee_no"]: item for item in json.loads(capsys.readouterr().out)}
    li = data["E101"]
    assert (li["total"], li["withheld"], li["net"]) == ("10000.00", "1787.50", "8212.50")
    assert list(li)[-4:] == ["withheld", "net", "flags", "lines"]
    lines = {line["code"]: line for line in li["lines"]}
    assert lines["withhold_pension"]["amount"] == "800.00"
    assert lines["withhold_pension"]["explanation"] == "Pension insurance 10,000.00 × 8% = 800.00"
    assert lines["withhold_income_tax"]["amount"] == "37.50"
    assert lines["withhold_income_tax"]["explanations"][0]["params"]["taxable"] == "1250.00"
    with clock.frozen(TODAY):
        cli.main(["payout", "compute", "--month", "2027-01", "--json", "--lang", "zh_CN", "--db", db_url])
    zh = {line["code"]: line for line in json.loads(capsys.readouterr().out)[1]["lines"]}
    assert zh["withhold_housing_fund"]["explanation"] == "住房公积金 10,000.00 × 7% = 700.00"


def test_cli_json_without_withholding_has_no_such_keys(db_url, factory, owner, shop, capsys):  # noqa: F811
    from shopteam.services.payout import rules as payout_rules

    with factory.begin() as s:
        payout_rules.set_shop_rules(s, actor=owner, changes={"withholding": False})
    with clock.frozen(TODAY):
        cli.main(["payout", "compute", "--month", "2027-01", "--json", "--db", db_url])
    li = json.loads(capsys.readouterr().out)[1]
    assert "withheld" not in li and "net" not in li
    assert not any(line["code"].startswith("withhold_") for line in li["lines"])


def test_run_workbook_has_withheld_and_net_columns_and_details(factory, owner, shop, tmp_path):  # noqa: F811
    view = compute(factory, owner, 1)
    book = openpyxl.load_workbook(write_run_xlsx(view, tmp_path / "run.xlsx", lang="zh_CN"))
    sheet = book.active
    header = [c.value for c in sheet[2]]
    assert header[-3:] == ["应发合计", "代扣合计", "实发合计"]
    rows = {r[0]: r for r in sheet.iter_rows(min_row=3, values_only=True)}
    assert rows["E101"][-3:] == (10000, 1787.5, 8212.5)
    total = rows["全店合计"]
    assert total[-1] == float(view.shop.net) and total[-2] == float(view.shop.withheld)
    details = [r for r in book["明细 2027-01"].iter_rows(min_row=2, values_only=True) if r[0] == "E101"]
    by_code = {r[3]: r for r in details}
    assert by_code["withhold_income_tax"][4:] == ("个人所得税", 37.5, (
        "累计收入 10,000.00 − 累计减除费用 5,000.00（1 × 5,000）− 累计专项扣除 1,750.00 − 累计专项附加扣除 2,000.00 "
        "= 累计应纳税所得额 1,250.00；× 3% − 速算扣除数 0.00 = 37.50；减已预扣 0.00 = 37.50"))
    assert by_code["withhold_medical"][4:6] == ("医疗保险", 200)


def test_payslips_show_net_pay_only_with_withholding(factory, owner, shop, tmp_path):  # noqa: F811
    view = compute(factory, owner, 1)
    sheet = openpyxl.load_workbook(write_payslips_xlsx(view, tmp_path / "slips.xlsx", lang="zh_CN")).active
    header = next(r for r in sheet.iter_rows(values_only=True) if r[0] == "工号")
    assert header[-3:] == ("应发合计", "代扣合计", "实发合计")
    values = list(sheet.iter_rows(values_only=True))
    li = next(r for r in values if r[0] == "E101")
    assert li[-1] == 8212.5
    after = values[values.index(li) + 1:]
    assert ("养老保险", 800) in [r[1:3] for r in after[:8]]
    html = strip_html(view, row(view, "E101"), lang="zh_CN")
    assert "实发合计" in html and "<td class='total'>8,212.50</td>" in html and "个人所得税" in html

    from shopteam.services.payout import rules as payout_rules

    with factory.begin() as s:
        payout_rules.set_shop_rules(s, actor=owner, changes={"withholding": False})
    off = compute(factory, owner, 1)
    html = strip_html(off, row(off, "E101"), lang="zh_CN")
    assert "应发合计" in html and "实发合计" not in html and "代扣合计" not in html and "养老保险" not in html


@pytest.mark.skipif(not (shutil.which("pdftotext")), reason="poppler-utils not installed")
def test_payslips_pdf_with_withholding(qapp, factory, owner, shop, tmp_path):  # noqa: F811
    from shopteam.reports.payslips import write_payslips_pdf

    view = compute(factory, owner, 1)
    path = tmp_path / "slips.pdf"
    write_payslips_pdf(view, path, lang="zh_CN", shop_name="测试小店")
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout.replace("\n", "")
    assert text.count("实发合计") == 3 and text.count("代扣合计") == 3  # E103 joins in March
    assert "8,212.50" in text and "30,000.00" in text and "住房公积金 10,000.00 × 7% = 700.00" in text
