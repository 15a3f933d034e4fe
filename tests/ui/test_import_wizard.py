"""Walk the import wizard with the real widgets: the roster, then a month of punches, then the month's figures."""

import json
import shutil
import threading
import time

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QFileDialog, QWizard
from sqlalchemy import func, select

from shopteam.db.models import Employee
from shopteam.db.models.attendance import PunchRecord
from shopteam.services.imports import pipeline as imports
from shopteam.ui.attendance.page import AttendancePage
from shopteam.ui.imports.preview_model import PROBLEMS, PreviewModel
from shopteam.ui.imports.wizard import ImportWizard
from tests.conftest import SAMPLE_DATA

SAMPLES = SAMPLE_DATA / "attendance"
EXPECTED = json.loads((SAMPLES / "expected_2026-09.json").read_text(encoding="utf-8"))


def next_button(wizard):
    return wizard.button(QWizard.WizardButton.NextButton)


def choose(monkeypatch, wizard, path, kind):
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))
    wizard.file_page.browse.click()
    wizard.file_page.set_kind(kind)
    wizard.file_page.year.setValue(2026)


def advance(qtbot, wizard, to_page):
    next_button(wizard).click()
    qtbot.waitUntil(lambda: wizard.currentId() == to_page, timeout=15000)


def summary_texts(wizard):
    return {key: label.text() for key, label in wizard.summary_page.labels.items()}


def import_file(qtbot, monkeypatch, wizard, path, kind):
    """File → (sheet) → mapping → preview; returns with the preview page showing."""
    choose(monkeypatch, wizard, path, kind)
    advance(qtbot, wizard, wizard.PAGE_MAPPING)
    assert next_button(wizard).isEnabled()
    advance(qtbot, wizard, wizard.PAGE_PREVIEW)


def commit(qtbot, wizard):
    if wizard.currentId() in (wizard.PAGE_PREVIEW, wizard.PAGE_DUPLICATES):
        next_button(wizard).click()
    qtbot.waitUntil(lambda: wizard.currentId() == wizard.PAGE_COMMIT, timeout=5000)
    wizard.button(QWizard.WizardButton.CommitButton).click()
    qtbot.waitUntil(lambda: wizard.currentId() == wizard.PAGE_SUMMARY, timeout=30000)


@pytest.fixture
def wizard(qtbot, owner_ctx):
    widget = ImportWizard(owner_ctx)
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture
def roster_imported(qtbot, monkeypatch, owner_ctx):
    wizard = ImportWizard(owner_ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    import_file(qtbot, monkeypatch, wizard, SAMPLES / "roster_foreign.xlsx", "roster")
    commit(qtbot, wizard)
    return summary_texts(wizard)


def test_preview_model_passes_the_model_tester(qtmodeltester):
    from datetime import date

    from shopteam.domain.timeparse import ClockTime
    from shopteam.io.rows import Problem
    from shopteam.services.imports.preview import PreviewRow

    model = PreviewModel()
    rows = [PreviewRow(2, {"employee_no": "A001", "date": date(2026, 9, 1), "clock_in": ClockTime(
        __import__("datetime").time(8, 52))}, [], "new"),
        PreviewRow(3, {"employee_no": "Z9", "date": None}, [Problem(3, "date", "a date", "x")], "rejected"),
        PreviewRow(4, {"employee_no": "A002", "date": date(2026, 9, 2)}, [], "duplicate")]
    model.set_preview(rows, ["employee_no", "date", "clock_in"])
    qtmodeltester.check(model)
    assert [model.index(0, c).data() for c in range(6)] == ["2", "New", "", "A001", "2026-09-01", "08:52"]
    model.set_only_problems(True)
    assert model.rowCount() == 1 and model.index(0, 1).data() == "Rejected"
    assert model.index(0, PROBLEMS).data() == "Row 3, Date: expected a date, got “x”."
    model.set_only_problems(False)
    model.sort(4, __import__("PySide6.QtCore").QtCore.Qt.SortOrder.DescendingOrder)
    assert [model.index(r, 0).data() for r in range(3)] == ["4", "2", "3"]  # blanks last
    qtmodeltester.check(model)


def test_walk_the_wizard_roster_then_punches_then_the_month(qtbot, monkeypatch, owner_ctx, factory, wizard,
                                                           roster_imported, tmp_path):
    assert roster_imported == {"inserted": "12", "replaced": "0", "skipped": "0", "rejected": "0"}
    with factory() as s:
        assert s.scalar(select(func.count()).select_from(Employee)) == 12

    # the GBK CSV as attendance: one sheet, so the sheet page is skipped
    choose(monkeypatch, wizard, SAMPLES / "punch_gbk_2026-09.csv", "attendance")
    next_button(wizard).click()
    qtbot.waitUntil(lambda: wizard.currentId() == wizard.PAGE_MAPPING, timeout=15000)
    mapping = wizard.mapping_page
    assert mapping.combos["employee_no"].currentText() == "A · 工号"
    assert mapping.combos["clock_out"].currentText() == "E · 下班时间"
    # take the date column away: required, shown in red, Next blocked; put it back
    mapping.combos["date"].setCurrentIndex(0)
    assert not next_button(wizard).isEnabled()
    assert mapping.missing.isVisible() and "Date" in mapping.missing.text()
    mapping.combos["date"].setCurrentIndex(mapping.combos["date"].findData(2))
    assert next_button(wizard).isEnabled() and not mapping.missing.isVisible()
    advance(qtbot, wizard, wizard.PAGE_PREVIEW)

    page = wizard.preview_page
    counts = wizard.preview.counts
    assert page.counts.text() == (f"{counts['new']} new · {counts['duplicate']} already imported · "
                                  f"{counts['rejected']} rejected")
    assert counts["duplicate"] == 0 and counts["new"] > 200
    rejected = [r for r in wizard.preview.rows if r.status == "rejected"]
    page.only_problems.setChecked(True)
    assert page.model.rowCount() == len(rejected)
    for r in range(page.model.rowCount()):
        assert page.model.index(r, 1).data() == "Rejected"
        assert page.model.index(r, PROBLEMS).data()  # the reason is shown
    page.only_problems.setChecked(False)
    assert page.model.rowCount() == len(wizard.preview.rows)

    commit(qtbot, wizard)  # no duplicates: straight to the commit page
    shown = summary_texts(wizard)
    assert shown == {"inserted": str(counts["new"]), "replaced": "0", "skipped": "0",
                     "rejected": str(counts["rejected"])}
    assert wizard.summary_page.save_errors.isVisible() == bool(counts["rejected"])

    # the month on the attendance page
    attendance = AttendancePage(owner_ctx)
    qtbot.addWidget(attendance)
    attendance.set_month(2026, 9)
    headers = attendance.model.headers()

    def figure(no, title):
        row = [attendance.model.index(r, 0).data() for r in range(attendance.model.rowCount())].index(no)
        return attendance.model.index(row, headers.index(title)).data()

    for no in ("A001", "A002", "B001"):
        want = EXPECTED["staff"][no]
        assert figure(no, "Name") == want["name"]
        assert figure(no, "Days worked") == str(want["days_worked"])
        assert figure(no, "Late") == str(want["late_count"])
        assert figure(no, "Missing punch") == str(want["missing_punch_count"])
        assert figure(no, "Absence days") == str(want["absence_days"])
        assert float(figure(no, "Overtime workday (h)")) == want["overtime_hours_workday"]
        assert float(figure(no, "Overtime rest day (h)")) == want["overtime_hours_restday"]

    # export the month in the background
    target = tmp_path / "month.xlsx"
    with qtbot.waitSignal(attendance.exported, timeout=15000):
        attendance.export_to(str(target))
    sheet = load_workbook(target).active
    assert sheet["A1"].value in ("Employee no.", "工号") and sheet.max_row == attendance.model.rowCount() + 1
    assert [c.value for c in sheet[2]][:2] == [attendance.model.index(0, 0).data(), attendance.model.index(0, 1).data()]


def test_reimport_finds_duplicates_and_skips_them(qtbot, monkeypatch, owner_ctx, wizard, roster_imported):
    import_file(qtbot, monkeypatch, wizard, SAMPLES / "roster_foreign.xlsx", "roster")
    assert wizard.preview_page.counts.text() == "0 new · 12 already imported · 0 rejected"
    advance(qtbot, wizard, wizard.PAGE_DUPLICATES)
    assert "12" in wizard.duplicates_page.intro.text()
    assert wizard.duplicates_page.skip.isChecked()
    commit(qtbot, wizard)
    assert summary_texts(wizard) == {"inserted": "0", "replaced": "0", "skipped": "12", "rejected": "0"}


def test_dingtalk_rejects_the_unknown_person_and_saves_the_error_workbook(qtbot, monkeypatch, wizard,
                                                                          roster_imported, tmp_path):
    import_file(qtbot, monkeypatch, wizard, SAMPLES / "dingtalk_daily_2026-09.xlsx", "auto")
    rejected = [r for r in wizard.preview.rows if r.status == "rejected"]
    assert rejected  # the person who is not on the roster
    page = wizard.preview_page
    page.only_problems.setChecked(True)
    assert page.model.index(0, 1).data() == "Rejected"
    assert "roster" in page.model.index(0, PROBLEMS).data()
    commit(qtbot, wizard)
    assert summary_texts(wizard)["rejected"] == str(len(rejected))
    assert wizard.summary_page.save_errors.isVisible()
    target = tmp_path / "errors.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    with qtbot.waitSignal(wizard.errors_saved, timeout=15000):
        wizard.summary_page.save_errors.click()
    sheet = load_workbook(target).active
    assert sheet.max_row == len(rejected) + 1
    last = sheet.max_column
    assert sheet.cell(1, last).value in ("Reason", "原因") and "roster" in sheet.cell(2, last).value
    assert sheet.cell(2, 1).value == rejected[0].row
    assert str(target) in wizard.summary_page.note.text()


def test_a_bad_file_is_explained_on_the_file_page(qtbot, monkeypatch, wizard, tmp_path):
    bad = tmp_path / "photo.xlsx"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 100)
    choose(monkeypatch, wizard, bad, "auto")
    next_button(wizard).click()
    qtbot.waitUntil(lambda: wizard.file_page.error.isVisible(), timeout=5000)
    assert wizard.currentId() == wizard.PAGE_FILE
    assert "photo.xlsx" in wizard.file_page.error.text() and "PNG" in wizard.file_page.error.text()
    wizard.file_page.path_edit.setText(str(tmp_path / "missing.csv"))
    assert not wizard.file_page.error.isVisible()
    next_button(wizard).click()
    qtbot.waitUntil(lambda: wizard.file_page.error.isVisible(), timeout=5000)
    assert "does not exist" in wizard.file_page.error.text()


def test_cancel_during_the_commit_leaves_the_database_unchanged(qtbot, monkeypatch, owner_ctx, factory, wizard,
                                                                roster_imported):
    real = imports.commit_import
    written = threading.Event()

    def slow_commit(session, **kwargs):
        progress = kwargs["progress"]
        summary = real(session, **kwargs)  # everything written, not yet committed
        written.set()
        while True:  # wait for the Cancel like a long import would
            progress.check()
            time.sleep(0.02)
        return summary

    monkeypatch.setattr(imports, "commit_import", slow_commit)
    import_file(qtbot, monkeypatch, wizard, SAMPLES / "punch_gbk_2026-09.csv", "attendance")
    next_button(wizard).click()
    wizard.button(QWizard.WizardButton.CommitButton).click()
    qtbot.waitUntil(lambda: wizard.task is not None, timeout=5000)
    assert not wizard.button(QWizard.WizardButton.BackButton).isEnabled()
    qtbot.waitUntil(written.is_set, timeout=10000)  # every row is written, the transaction still open
    wizard.reject()  # the wizard's Cancel cancels the running work first
    qtbot.waitUntil(lambda: wizard.commit_page.error.isVisible(), timeout=10000)
    assert wizard.isVisible() and wizard.currentId() == wizard.PAGE_COMMIT
    assert "nothing was changed" in wizard.commit_page.error.text()
    with factory() as s:
        assert s.scalar(select(func.count()).select_from(PunchRecord)) == 0
        assert s.scalar(select(func.count()).select_from(Employee)) == 12


def test_sheet_page_lists_the_sheets_of_a_workbook(qtbot, monkeypatch, wizard, tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    book.active.title = "说明"
    book.active["A1"] = "这是说明"
    data = book.create_sheet("花名册")
    data.append(["工号", "姓名", "部门"])
    data.append(["X001", "赵六", "运营部"])
    path = tmp_path / "two.xlsx"
    book.save(path)
    choose(monkeypatch, wizard, path, "roster")
    advance(qtbot, wizard, wizard.PAGE_SHEET)
    items = [wizard.sheet_page.sheets.item(i).text() for i in range(wizard.sheet_page.sheets.count())]
    assert items == ["说明", "花名册"]
    assert wizard.sheet_page.sheets.currentItem().text() == "花名册"  # the first sheet with a header
    wizard.sheet_page.sheets.setCurrentRow(0)  # the instructions: no header there, said on the page
    next_button(wizard).click()
    qtbot.waitUntil(lambda: wizard.sheet_page.error.isVisible(), timeout=5000)
    assert "说明" in wizard.sheet_page.error.text() and wizard.currentId() == wizard.PAGE_SHEET
    wizard.sheet_page.sheets.setCurrentRow(1)
    advance(qtbot, wizard, wizard.PAGE_MAPPING)
    assert wizard.preview.sheet == "花名册"
    assert wizard.mapping_page.combos["name"].currentText() == "B · 姓名"
    shutil.rmtree(tmp_path, ignore_errors=True)


def test_import_from_the_attendance_page_shows_the_imported_month(qtbot, monkeypatch, owner_ctx, roster_imported):
    page = AttendancePage(owner_ctx)
    qtbot.addWidget(page)
    page.show()
    page.set_month(2026, 11)
    page.import_button.click()
    wizard = page.wizard
    assert wizard.file_page.choice() == "attendance"
    import_file(qtbot, monkeypatch, wizard, SAMPLES / "wecom_detail_2026-09.xlsx", "attendance")
    commit(qtbot, wizard)
    assert page.month() == (2026, 9)
    numbers = [page.model.index(r, 0).data() for r in range(page.model.rowCount())]
    assert numbers == sorted(EXPECTED["staff"])
    late = page.model.headers().index("Late")
    assert page.model.index(numbers.index("A002"), late).data() == str(EXPECTED["staff"]["A002"]["late_count"])
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: page.wizard is None, timeout=3000)
