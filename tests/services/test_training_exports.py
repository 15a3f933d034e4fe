"""Training on paper and in Excel: a session's sign-in sheet (who it lists, the PDF's text read back with the
attendees' names and its fonts embedded, the command line) and the year's workbook of plans, sessions and
records in Chinese and English."""

import json
from datetime import date
from decimal import Decimal

import openpyxl
import pytest

from shopteam import cli
from shopteam.domain.errors import PermissionDenied
from shopteam.services.training import exports, plans
from tests.pdf_text import fonts, page_texts
from tests.services.test_training import _trained, shop  # noqa: F401 - the fixture

pytestmark = pytest.mark.both_backends


def test_sign_in_sheet_lists_the_attendance_list_or_everyone_employed(factory, owner, shop):  # noqa: F811
    t = _trained(factory, owner, shop)
    with factory() as s:
        held = exports.sign_in_sheet(s, actor=owner, session_id=t["first"])
        coming = exports.sign_in_sheet(s, actor=owner, session_id=t["future"])
        scoped = exports.sign_in_sheet(s, actor=shop["manager"], session_id=t["future"])
        with pytest.raises(PermissionDenied):
            exports.sign_in_sheet(s, actor=shop["staff"], session_id=t["first"])
    assert (held.shop_name, held.topic, held.day, held.hours, held.trainer, held.place, held.online) == \
        ("测试小店", "售前话术", date(2026, 11, 10), Decimal("2.00"), "王主管", "会议室", False)
    assert [(p.employee_no, p.name, p.department) for p in held.people] == [("S001", "小李", "客服部"),
                                                                            ("S002", "小张", "客服部")]
    assert [p.employee_no for p in coming.people] == ["M001", "O001", "S001", "S002"]
    assert [p.employee_no for p in scoped.people] == ["M001", "S001", "S002"]  # the manager's scope


def test_sign_in_pdf_has_the_names_and_embedded_fonts(qapp, factory, owner, shop, db_url, tmp_path,  # noqa: F811
                                                      capsys):
    from shopteam.reports.training_sign_in import export_sign_in_sheet

    t = _trained(factory, owner, shop)
    out = tmp_path / "签到表.pdf"
    with factory() as s:
        result = export_sign_in_sheet(s, actor=owner, session_id=t["future"], path=out, language="zh_CN")
    assert (result.pages, result.people) == (1, 4)
    (page,) = page_texts(out)
    for text in ("培训签到表", "店铺：测试小店", "售前话术", "2026-12-20", "会议室", "工号", "姓名", "部门", "签到",
                 "备注", "讲师签字", "王主管", "小李", "小张", "小赵", "运营部", "S002"):
        assert text in page, text
    lines = page.splitlines()
    assert [lines.index(no) for no in ("M001", "O001", "S001", "S002")] == sorted(
        lines.index(no) for no in ("M001", "O001", "S001", "S002"))
    assert lines[lines.index("S002") - 1] == "4" and lines[lines.index("S002") + 1] == "小张"
    embedded = fonts(out)
    assert embedded and all(flag for _name, flag in embedded)
    assert any("Droid" in name or "CJK" in name or "Hei" in name for name, _flag in embedded)

    english = tmp_path / "sign-in.pdf"  # the command line, in English
    assert cli.main(["--db", db_url, "--lang", "en", "export", "training-signin", "--session", str(t["second"]),
                     "--out", str(english), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"ok": True, "file": str(english), "pages": 1, "people": 2}
    (page,) = page_texts(english)
    page = " ".join(page.split())  # the spaces are drawn in another font: a text block each
    for text in ("Training sign-in sheet", "Topic", "Signature", "Online", "1.5 h", "小李", "小张"):
        assert text in page, text
    assert "小赵" not in page
    assert cli.main(["--db", db_url, "export", "training-signin", "--out", str(english)]) != 0
    assert "--session" in capsys.readouterr().err


def test_many_people_go_on_to_more_pages_with_the_header_again(qapp):
    from PySide6.QtCore import QSizeF

    from shopteam.reports.training_sign_in import page_rows

    sheet = exports.SignInSheet("店", "消防", date(2026, 12, 1), Decimal(1), "", "仓库", False,
                                tuple(exports.SignInPerson(f"E{i:03}", f"员工{i}", "仓储部") for i in range(40)))
    size = QSizeF(680, 1032)
    pages = page_rows(sheet, size)
    assert len(pages) == 2 and len(pages[0]) == 25 and len(pages[1]) == 29
    people = [p for page in pages for p in page if p is not None]
    assert [p.employee_no for p in people] == [f"E{i:03}" for i in range(40)]
    assert sum(1 for p in pages[1] if p is None) >= sheet.extra_rows


def test_training_workbook_three_sheets(factory, owner, shop, db_url, tmp_path, capsys):  # noqa: F811
    t = _trained(factory, owner, shop)
    with factory.begin() as s:
        plans.create_plan(s, actor=owner, year=2025, topic="去年的计划", planned_hours=1)
    path = tmp_path / "training.xlsx"
    with factory() as s:
        result = exports.export_training(s, actor=owner, year=2026, path=path, language="zh_CN")
        with pytest.raises(PermissionDenied):
            exports.export_training(s, actor=shop["staff"], year=2026, path=tmp_path / "no.xlsx")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["计划", "场次", "培训记录"]
    values = {name: [tuple(c.value for c in row) for row in book[name].iter_rows()] for name in book.sheetnames}
    assert values["计划"] == [
        ("年份", "季度", "培训主题", "适用岗位", "计划学时", "已完成学时", "场次", "备注"),
        (2026, "Q4", "售前话术", "客服专员（售前）", 8, 3.5, 3, None)]
    assert values["场次"][0] == ("培训主题", "日期", "讲师", "地点", "线上", "学时", "名单人数", "出席人数", "资料")
    assert [(r[1].date(), r[2], r[3], r[4], r[5], r[6], r[7]) for r in values["场次"][1:]] == [
        (date(2026, 11, 10), "王主管", "会议室", "否", 2, 2, 1),
        (date(2026, 11, 24), "外请讲师", None, "是", 1.5, 2, 2),
        (date(2026, 12, 20), None, "会议室", "否", 2, 0, 0)]
    assert values["培训记录"] == [
        ("年份", "工号", "姓名", "出席场次", "培训学时", "平均测试成绩"),
        (2026, "M001", "王主管", 0, 0, None), (2026, "O001", "小赵", 0, 0, None),
        (2026, "S001", "小李", 2, 3.5, 87.75), (2026, "S002", "小张", 1, 1.5, 70)]
    assert result.rows == 1 + 3 + 4
    assert t

    english = tmp_path / "training-en.xlsx"  # the command line, English headers, the manager-free owner view
    assert cli.main(["--db", db_url, "--lang", "en", "export", "training", "--year", "2026", "--out", str(english),
                     "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["rows"] == 8
    book = openpyxl.load_workbook(english)
    assert book.sheetnames == ["Plans", "Sessions", "Records"]
    assert [c.value for c in book["Records"][1]] == ["Year", "Employee no.", "Name", "Sessions attended", "Hours",
                                                     "Average test score"]
    assert book["Plans"]["B2"].value == "Q4" and book["Sessions"]["E3"].value == "Yes"
