from datetime import date

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from shopteam.db.models import Employee
from shopteam.services import accounts, audit
from shopteam.ui.audit import AuditPage
from shopteam.ui.audit.model import AuditModel, ChangesModel
from shopteam.ui.context import AppContext
from tests.test_translations import chinese  # noqa: F401


@pytest.fixture
def zhang_id(factory, owner):
    with factory.begin() as s:
        return accounts.create_account(s, actor=owner, username="zhang", password="secret123", level="staff")


@pytest.fixture
def page(qtbot, factory, owner, zhang_id):
    widget = AuditPage(AppContext(factory=factory, actor=owner))
    qtbot.addWidget(widget)
    widget.show()
    return widget


def shown(page):
    proxy = page.view.model()
    return [[proxy.index(r, c).data() for c in range(proxy.columnCount())] for r in range(proxy.rowCount())]


def test_records_newest_first_and_detail_shows_before_after(qtbot, page, factory, owner, zhang_id):
    assert [(r[1], r[2], r[3], r[4]) for r in shown(page)] == [
        ("boss", "Created", f"Account #{zhang_id}", "zhang"),
        ("boss", "Created", f"Account #{owner.user_id}", "boss"),
        ("boss", "Created", "Shop #1", "测试小店"),
    ]
    with factory.begin() as s:
        accounts.set_grants(s, actor=owner, user_id=zhang_id, grants=("salary.view", "bank.view"))
        accounts.set_active(s, actor=owner, user_id=zhang_id, active=False)
    page.refresh()
    rows = shown(page)
    assert len(rows) == 5
    assert rows[0][2] == "Changed" and rows[0][4] == "zhang"
    assert len(rows[0][0]) == 19 and rows[0][0][4] == "-"  # local time, to the second

    page.view.selectRow(0)
    changes = page.changes
    assert [[changes.index(r, c).data() for c in range(3)] for r in range(changes.rowCount())] == [
        ["Active", "yes", "no"]]
    page.view.selectRow(1)
    assert [[changes.index(r, c).data() for c in range(3)] for r in range(changes.rowCount())] == [
        ["Individual permissions", "", "May see bank accounts, May see salaries"]]
    assert "Changed Account" in page.detail_title.text()

    # oldest first, sorted by the raw value under UserRole
    page.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert shown(page)[0][4] == "测试小店"


def test_filters(qtbot, page, factory, owner):
    page.entity_combo.setCurrentIndex(page.entity_combo.findData("shop"))
    assert [r[4] for r in shown(page)] == ["测试小店"]
    page.entity_combo.setCurrentIndex(0)
    qtbot.keyClicks(page.search, "zha")
    qtbot.waitUntil(lambda: len(shown(page)) == 1, timeout=2000)
    assert shown(page)[0][4] == "zhang"
    assert page.status.text() == "1 records"
    page.search.clear()
    page.user_combo.setCurrentIndex(page.user_combo.findData("boss"))
    page.load_records()
    assert len(shown(page)) == 3


def test_export_writes_matching_workbook(qtbot, page, factory, owner, tmp_path, monkeypatch):
    with factory.begin() as s:
        audit.record(s, owner, "update", "employee", 9, before={"notes": "a"}, after={"notes": "=1+1"},
                     summary="=SUM(A1)")
    page.refresh()
    target = tmp_path / "audit"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.export_task is None, timeout=10000)
    path = tmp_path / "audit.xlsx"
    assert page.status.text() == f"Exported 4 records to {path}."
    sheet = load_workbook(path).active
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert values[0] == ["When", "Who", "Action", "Record kind", "Record no.", "Summary", "Before", "After"]
    assert len(values) == 5
    first = values[1]
    assert first[1:6] == ["boss", "Changed", "Staff member", 9, "=SUM(A1)"]
    assert sheet["F2"].data_type == "s" and sheet["H2"].value == '{"notes": "=1+1"}'
    assert sheet["A2"].is_date and sheet["E2"].data_type == "n"
    assert first[0].strftime("%Y-%m-%d %H:%M:%S") == shown(page)[0][0]
    assert [row[5] for row in values[1:]] == [r[4] for r in shown(page)]
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == "A1:H5"


def test_export_cancelled_in_file_dialog_writes_nothing(qtbot, page, tmp_path, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: ("", "")))
    page.export()
    assert page.export_task is None and page.export_button.isEnabled()
    assert list(tmp_path.glob("*.xlsx")) == []


def test_staff_actor_sees_not_allowed(qtbot, factory, owner, zhang_id):
    with factory.begin() as s:
        staff = accounts.login(s, username="zhang", password="secret123").actor
    widget = AuditPage(AppContext(factory=factory, actor=staff))
    qtbot.addWidget(widget)
    assert widget.model is None
    assert widget.denied_label.text() == "You are not allowed to see the audit log."


def test_granted_staff_sees_the_log(qtbot, factory, owner):
    with factory.begin() as s:
        s.add(Employee(employee_no="A001", name="张三", hire_date=date(2025, 1, 1)))
        accounts.create_account(s, actor=owner, username="li", password="secret123", level="staff",
                                grants=("audit.view",))
        actor = accounts.login(s, username="li", password="secret123").actor
    widget = AuditPage(AppContext(factory=factory, actor=actor))
    qtbot.addWidget(widget)
    assert widget.model.rowCount() == 3


def test_models(qtmodeltester, factory, owner, zhang_id):
    with factory.begin() as s:
        accounts.set_active(s, actor=owner, user_id=zhang_id, active=False)
    with factory() as s:
        rows = audit.search_audit(s, actor=owner)
    model = AuditModel()
    model.set_rows(rows)
    assert model.index(0, 0).data(Qt.ItemDataRole.UserRole) == rows[0].id
    qtmodeltester.check(model)
    changes = ChangesModel()
    changes.set_record(rows[0])
    assert changes.rowCount() == 1
    qtmodeltester.check(changes)


@pytest.mark.usefixtures("chinese")
def test_summaries_are_shown_in_the_readers_language(qtbot, factory, owner, zhang_id):
    with factory.begin() as s:
        audit.record(s, owner, "lock", "payout_run", 7, summary=audit.note("payout_approved", period="2026-11"))
        audit.record(s, owner, "create", "card", None, summary=audit.note("recurring_cards", count=17,
                                                                          day="2026-12-06"))
    widget = AuditPage(AppContext(factory=factory, actor=owner))
    qtbot.addWidget(widget)
    summaries = [row[4] for row in shown(widget)]
    assert summaries[:2] == ["2026-12-06 的 17 张周期卡片", "2026-11 奖金核算已批准"]
    with factory() as s:  # the service keeps the English beside the code, for scripts and old readers
        assert audit.search_audit(s, actor=owner, text="approved")[0].summary == "payout 2026-11 approved"
