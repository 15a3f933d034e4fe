"""KPI actuals through the import wizard, and the problems of a preview in the user's language."""

from __future__ import annotations

import openpyxl
import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from shopteam.services.imports import kpi
from shopteam.ui.imports.preview_model import PROBLEMS
from shopteam.ui.imports.wizard import ImportWizard
from tests.test_translations import chinese  # noqa: F401 - the fixture installing the Chinese translation
from tests.ui.test_import_wizard import advance, choose, commit, summary_texts


def kpi_workbook(path, header, rows):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["KPI 数据（生意参谋导出）"])
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def column_texts(model, field_title):
    col = model.headers().index(field_title)
    return [model.index(r, col).data() for r in range(model.rowCount())]


@pytest.fixture
def wizard(qtbot, owner_ctx, small_shop):
    widget = ImportWizard(owner_ctx)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_kpi_file_without_a_month_column_imported_for_the_month_chosen(qtbot, monkeypatch, factory, owner,
                                                                       small_shop, wizard, tmp_path):
    path = kpi_workbook(tmp_path / "kpi.xlsx", ["工号", "姓名", "指标", "实际值"], [
        ["E001", "张三", "销售额", 128000],
        [None, "李四", "转化率", "3.5%"],  # no employee no.: found by the name
        ["E003", "王五", "DSR", 4.8],
        ["E999", "无名", "销售额", 1],  # not on the roster
        ["E002", "李四", "客单价", "abc"],  # not a number
    ])
    choices = [wizard.file_page.kind_combo.itemData(i) for i in range(wizard.file_page.kind_combo.count())]
    assert "kpi" in choices
    choose(monkeypatch, wizard, path, "auto")  # "Find out from the headers"
    advance(qtbot, wizard, wizard.PAGE_MAPPING)
    mapping = wizard.mapping_page
    assert wizard.preview.kind == "kpi" and "KPI actuals" in mapping.detected.text()
    assert mapping.combos["indicator"].currentText() == "C · 指标"
    assert mapping.combos["value"].currentText() == "D · 实际值"
    assert mapping.combos["period"].currentText() == "(not in the file)"
    labels = [mapping.table.item(r, 0).text() for r in range(mapping.table.rowCount())]
    assert labels == ["Employee no.", "Name", "Indicator", "Value", "Month", "Note"]
    # no month column: the month picker says every row is for the month chosen
    assert mapping.month_row.isVisible() and mapping.month_label.text() == "Month of the figures:"
    assert "every row is for this month" in mapping.month_hint.text()
    mapping.month.set_month(2026, 9)
    advance(qtbot, wizard, wizard.PAGE_PREVIEW)  # checked again for September

    assert wizard.preview.period == (2026, 9)
    page = wizard.preview_page
    assert page.counts.text() == "3 new · 0 already imported · 2 rejected"
    page.only_problems.setChecked(False)
    model = page.model
    assert column_texts(model, "Month") == ["2026-09", "2026-09", "2026-09", "", ""]
    problems = dict(zip(column_texts(model, "Row"), column_texts(model, "Problems"), strict=True))
    assert problems["6"] == "Row 6, Employee no.: expected an employee on the roster, got “E999 无名”."
    assert problems["7"] == "Row 7, Value: expected a number, got “abc”."
    assert problems["3"] == ""

    commit(qtbot, wizard)
    assert summary_texts(wizard) == {"inserted": "3", "replaced": "0", "skipped": "0", "rejected": "2"}
    with factory() as s:
        stored = {(k.employee_no, k.indicator): k.value for k in kpi.list_kpis(s, actor=owner, year=2026, month=9)}
        assert stored == {("E001", "销售额"): 128000.0, ("E002", "转化率"): 3.5, ("E003", "DSR"): 4.8}
        assert kpi.list_kpis(s, actor=owner, year=2026, month=10) == []


def test_kpi_month_column_wins_and_the_picker_covers_empty_cells(qtbot, monkeypatch, factory, owner, small_shop,
                                                                  wizard, tmp_path):
    path = kpi_workbook(tmp_path / "kpi.xlsx", ["工号", "姓名", "指标", "数值", "月份"], [
        ["E001", "张三", "销售额", 90000, "2026年8月"],
        ["E002", "李四", "销售额", 70000, None],
    ])
    choose(monkeypatch, wizard, path, "kpi")
    advance(qtbot, wizard, wizard.PAGE_MAPPING)
    mapping = wizard.mapping_page
    assert mapping.combos["period"].currentText() == "E · 月份"
    assert mapping.month_label.text() == "Month of rows without one:"
    mapping.month.set_month(2026, 7)
    advance(qtbot, wizard, wizard.PAGE_PREVIEW)
    assert column_texts(wizard.preview_page.model, "Month") == ["2026-08", "2026-07"]
    commit(qtbot, wizard)
    assert summary_texts(wizard)["inserted"] == "2"
    with factory() as s:
        assert [k.employee_no for k in kpi.list_kpis(s, actor=owner, year=2026, month=8)] == ["E001"]
        assert [k.employee_no for k in kpi.list_kpis(s, actor=owner, year=2026, month=7)] == ["E002"]


@pytest.mark.usefixtures("chinese")
def test_problems_in_chinese_name_the_row_the_field_and_what_was_expected(qtbot, monkeypatch, owner_ctx,
                                                                          small_shop, tmp_path):
    wizard = ImportWizard(owner_ctx)  # made after the translator is installed, as the app does
    qtbot.addWidget(wizard)
    wizard.show()
    path = kpi_workbook(tmp_path / "kpi.xlsx", ["工号", "姓名", "指标", "数值", "月份"], [
        ["E001", "张三", "销售额", 128000, "2026-10"],
        ["E002", "李四", "转化率", "abc", "2026-10"],
        ["E999", "无名", "销售额", 1, "2026-10"],
        ["E003", "王五", "DSR", 4.8, "2026年13月"],
    ])
    choose(monkeypatch, wizard, path, "auto")
    advance(qtbot, wizard, wizard.PAGE_MAPPING)
    assert wizard.mapping_page.month_label.text() == "未填月份的行计入："
    advance(qtbot, wizard, wizard.PAGE_PREVIEW)
    page = wizard.preview_page
    page.only_problems.setChecked(True)
    model = page.model
    assert model.headers()[:3] == ["行号", "状态", "问题"]
    shown = [model.index(r, PROBLEMS).data() for r in range(model.rowCount())]
    assert shown == [
        "第 4 行，数值：应为数字，实际为“abc”。",
        "第 5 行，工号：应为花名册上的员工，实际为“E999 无名”。",
        "第 6 行，月份：应为月份，例如 2026-10（或为文件选择的月份），实际为“2026年13月”。",
    ]
    assert model.index(0, PROBLEMS).data(Qt.ItemDataRole.ToolTipRole) == shown[0]

    # the error workbook saved from the summary carries the same Chinese reasons
    commit(qtbot, wizard)
    target = tmp_path / "errors.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    monkeypatch.setenv("SHOPTEAM_LANG", "zh_CN")
    with qtbot.waitSignal(wizard.errors_saved, timeout=15000):
        wizard.summary_page.save_errors.click()
    sheet = load_workbook(target).active
    assert [c.value for c in sheet[1]][0] == "行号" and sheet.cell(1, sheet.max_column).value == "原因"
    assert [sheet.cell(r, sheet.max_column).value for r in range(2, sheet.max_row + 1)] == shown


def test_a_blank_template_for_the_chosen_kind_with_the_shops_lists(qtbot, monkeypatch, factory, owner, small_shop,
                                                                    wizard, tmp_path):
    from shopteam.services.appraisal import schemes as appraisal_schemes

    with factory.begin() as s:
        appraisal_schemes.ensure_preset_schemes(s, actor=owner)
    page = wizard.file_page
    assert not page.template_button.isEnabled()  # "find out from the headers" has no template
    page.set_kind("kpi")
    assert page.template_button.isEnabled()
    target = tmp_path / "kpi-template"  # the extension is added
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    page.template_button.click()
    qtbot.waitUntil(lambda: "Template saved" in page.note.text(), timeout=10_000)
    book = load_workbook(tmp_path / "kpi-template.xlsx")
    sheet = book.worksheets[0]
    assert [c.value for c in sheet[1]] == ["Employee no.", "Name", "Indicator*", "Value*", "Month", "Note"]
    indicators = [c.value for c in book["Lists"]["E"][1:] if c.value]
    assert "询单转化率" in indicators and "销售额 GMV 达成" in indicators
    assert [dv.formula1 for dv in sheet.data_validations.dataValidation] == [f"=Lists!$E$2:$E${len(indicators) + 1}"]
    assert "Instructions" in book.sheetnames


def test_template_lists_give_kpi_indicators_to_the_owner_and_managers_only(factory, owner, small_shop):
    from shopteam.services.appraisal import schemes as appraisal_schemes
    from shopteam.services.context import Actor
    from shopteam.services.imports.pipeline import template_choices

    with factory.begin() as s:
        appraisal_schemes.ensure_preset_schemes(s, actor=owner)
    staff = Actor(user_id=None, username="kefu", level="staff", employee_id=small_shop["b"])
    with factory() as s:
        mine = template_choices(s, actor=owner)
        theirs = template_choices(s, actor=staff)
    assert "询单转化率" in mine["indicators"] and theirs["indicators"] == []
    assert sorted(mine["departments"]) == sorted(theirs["departments"]) == ["客服部", "运营部"]


def test_template_service_for_the_window_and_the_command_line(factory, owner, small_shop, tmp_path):
    """services/imports/templates.export_template: the lists of what the actor may see (a KPI_IMPORT grant
    reaches the indicators), the headers in the language asked for, else the shop's."""
    from shopteam.services.appraisal import schemes as appraisal_schemes
    from shopteam.services.context import Actor
    from shopteam.services.imports.templates import export_template
    from shopteam.services.permissions import KPI_IMPORT

    with factory.begin() as s:
        appraisal_schemes.ensure_preset_schemes(s, actor=owner)
    granted = Actor(user_id=None, username="kefu", level="staff", employee_id=small_shop["b"],
                    grants=frozenset({KPI_IMPORT}))
    with factory() as s:
        english = export_template(s, actor=granted, kind="kpi", path=tmp_path / "en.xlsx", language="en")
        shops = export_template(s, actor=owner, kind="roster", path=tmp_path / "zh.xlsx")
    book = load_workbook(english)
    assert [c.value for c in book.worksheets[0][1]][:4] == ["Employee no.", "Name", "Indicator*", "Value*"]
    assert "询单转化率" in [c.value for c in book["Lists"]["E"][1:] if c.value]
    assert load_workbook(shops).worksheets[0]["A1"].value.startswith("工号")
