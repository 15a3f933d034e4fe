"""The demo shop's appraisal month as a PDF (one A4 page per person, names and Chinese headings found by
pdftotext, fonts embedded) and the appraisal CLI (compute --json, print, import kpi)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from datetime import date

import openpyxl
import pytest

from shopteam import cli
from shopteam.services.appraisal import cycles as appraisal
from shopteam.services.context import system_owner
from shopteam.services.demo import create_demo_shop

TODAY = date(2026, 11, 16)
POPPLER = shutil.which("pdftotext") and shutil.which("pdffonts") and shutil.which("pdfinfo")


@pytest.fixture
def demo_db(factory, db_url):
    with factory.begin() as s:
        create_demo_shop(s, language="zh_CN", today=TODAY)
    return db_url


def _pages(path) -> int:
    if POPPLER:
        info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
        return int(re.search(r"Pages:\s+(\d+)", info).group(1))
    return len(re.findall(rb"/Type\s*/Page[^s]", path.read_bytes()))


def test_demo_month_pdf_one_page_per_person(qapp, factory, demo_db, tmp_path, capsys):
    # pytest-qt's QApplication: a bare QGuiApplication here would crash later widget tests in this process
    with factory() as s:
        cycle = appraisal.find_cycle(s, year=2026, month=10)
        assert cycle is not None and cycle.state == "interviewed"
        details = appraisal.details_for_cycle(s, actor=system_owner(), cycle_id=cycle.id)
        assert appraisal.find_cycle(s, year=2026, month=11).state == "self_assessment"
        assert {appraisal.find_cycle(s, year=2026, month=m).state for m in (8, 9)} == {"interviewed"}
    names = [d.row.name for d in details]
    assert len(names) == 17 and all(d.row.final_score is not None for d in details)
    assert all(d.supervisor_comment and d.interview_notes for d in details)

    out = tmp_path / "sheets.pdf"
    assert cli.main(["appraisal", "print", "--period", "2026-10", "--db", demo_db, "--out", str(out),
                     "--lang", "zh_CN"]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert _pages(out) == len(names)
    if not POPPLER:
        pytest.skip("poppler-utils (pdftotext, pdffonts) not installed")
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True).stdout
    pages = text.split("\f")
    for name, page in zip(names, pages, strict=False):
        assert name in page
        for heading in ("月度绩效考核表", "工作业绩", "工作能力", "工作态度", "上级评语", "绩效面谈记录",
                        "改进计划", "员工签字", "考核人签字", "最终得分"):
            assert heading in page
    assert text.count("月度绩效考核表") == len(names)
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout
    rows = [line.split() for line in fonts.splitlines()[2:] if line.strip()]
    assert rows and all("yes" == row[-5] for row in rows)  # the 'emb' column
    assert any("Droid" in row[0] or "CJK" in row[0] or "Hei" in row[0] for row in rows)

    dept = tmp_path / "cs.pdf"
    assert cli.main(["appraisal", "print", "--period", "2026-10", "--department", "客服部", "--db", demo_db,
                     "--out", str(dept)]) == 0
    assert _pages(dept) == sum(1 for d in details if d.row.department == "客服部") == 5
    capsys.readouterr()

    # the CLI computes the open month (one object per person) and imports KPI figures
    assert cli.main(["appraisal", "compute", "--period", "2026-11", "--db", demo_db, "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == 17 and set(rows[0]) == {"employee_no", "name", "scheme", "final_score", "grade", "state"}
    assert any(r["final_score"] is None for r in rows) and any(r["final_score"] for r in rows)
    path = tmp_path / "kpi.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["工号", "姓名", "指标", "数值"])
    wb.active.append(["XL009", "吴倩", "response_time", 18])
    wb.save(path)
    assert cli.main(["import", "kpi", str(path), "--period", "2026-11", "--duplicates", "replace", "--db", demo_db,
                     "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["kind"] == "kpi" and summary["replaced"] + summary["inserted"] == 1
    assert cli.main(["appraisal", "compute", "--period", "2030-01", "--db", demo_db]) != 0
