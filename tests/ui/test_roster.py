from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, QItemSelectionModel, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from shopteam.db.models import Employee
from shopteam.services import accounts
from shopteam.services.org import roster
from shopteam.services.org.roster import StaffRow
from shopteam.ui.context import AppContext
from shopteam.ui.roster.form import StaffForm
from shopteam.ui.roster.leave_dialog import LeaveDialog
from shopteam.ui.roster.model import StaffTableModel
from shopteam.ui.roster.page import RosterPage


@pytest.fixture
def page(qtbot, owner_ctx, small_shop):
    widget = RosterPage(owner_ctx)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def column(page, title):
    return page.model.headers().index(title)


def shown(page, title="Employee no."):
    col = column(page, title)
    return [page.model.index(r, col).data() for r in range(page.model.rowCount())]


def cell(page, employee_no, title):
    row = shown(page).index(employee_no)
    return page.model.index(row, column(page, title)).data()


def select(page, *employee_nos):
    selection = page.table.selectionModel()
    selection.clearSelection()
    for no in employee_nos:
        selection.select(page.model.index(shown(page).index(no), 0),
                         QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)


def save(form):
    form.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def row(i, name, status="active", salary="5000", department="运营部", phone="13800000000"):
    return StaffRow(id=i, employee_no=f"E{i:03d}", name=name, gender="male", department_id=1,
                    department=department, role="运营专员", manager="", phone=phone, hire_date=date(2025, 1, i),
                    status=status, base_salary=None if salary is None else Decimal(salary), version=1)


# ---------------------------------------------------------------- the model alone


def test_model_passes_the_model_tester(qtmodeltester):
    model = StaffTableModel(show_salary=True)
    model.set_rows([row(1, "张三"), row(2, "李四", salary=None), row(3, "王五", status="left")])
    qtmodeltester.check(model)
    model.set_status_filter(None)
    model.sort(9, Qt.SortOrder.DescendingOrder)
    model.set_filter_text("e00")
    qtmodeltester.check(model)


def test_names_sort_by_pinyin_in_the_table():
    model = StaffTableModel(show_salary=True)
    model.set_rows([row(1, "周杰"), row(2, "安娜"), row(3, "张三"), row(4, "曾小贤"), row(5, "李四")])
    name = [c.key for c in model.columns].index("name")
    model.sort(name, Qt.SortOrder.AscendingOrder)
    assert [model.index(r, name).data() for r in range(5)] == ["安娜", "李四", "曾小贤", "张三", "周杰"]
    model.sort(name, Qt.SortOrder.DescendingOrder)
    assert [r.name for r in model.rows_shown()] == ["周杰", "张三", "曾小贤", "李四", "安娜"]


def test_model_filters_sorts_and_gives_raw_values():
    model = StaffTableModel(show_salary=True)
    model.set_rows([row(1, "Zhang San", salary="9000"), row(2, "Li Si", department="客服部", salary="100"),
                    row(3, "Wang Wu", status="left", salary="7000", phone="13912345678")])
    assert model.rowCount() == 2  # the default filter hides people who left
    model.set_status_filter(None)
    model.set_filter_text("LI")
    assert [r.name for r in model.rows_shown()] == ["Li Si"]
    model.set_filter_text("客服")
    assert [r.name for r in model.rows_shown()] == ["Li Si"]
    model.set_filter_text("e00 1391")  # every word must match
    assert [r.name for r in model.rows_shown()] == ["Wang Wu"]
    model.set_filter_text("")
    salary = [c.key for c in model.columns].index("base_salary")
    model.sort(salary, Qt.SortOrder.AscendingOrder)
    assert [r.name for r in model.rows_shown()] == ["Li Si", "Wang Wu", "Zhang San"]  # 100 < 7000 < 9000
    assert model.index(0, salary).data() == "100.00"
    assert model.index(0, salary).data(Qt.ItemDataRole.UserRole) == 100.0
    hire = [c.key for c in model.columns].index("hire_date")
    assert model.index(0, hire).data(Qt.ItemDataRole.UserRole) == date(2025, 1, 2)
    status = [c.key for c in model.columns].index("status")
    assert model.index(1, status).data() == "Left"


def test_salary_column_only_when_allowed():
    assert "base_salary" not in [c.key for c in StaffTableModel(show_salary=False).columns]


# ---------------------------------------------------------------- the page


def test_page_shows_the_roster(page):
    assert shown(page) == ["E001", "E002", "E003"]
    assert cell(page, "E001", "Department") == "运营部"
    assert cell(page, "E001", "Role") == "运营专员"
    assert cell(page, "E002", "Status") == "Active"
    assert cell(page, "E002", "Base salary") == "5,000.00"
    assert page.table.selectionMode() == page.table.SelectionMode.ExtendedSelection
    assert page.count_label.text() == "3 of 3"


def test_create_a_person_through_the_form(qtbot, page, factory, small_shop):
    page.new_action.trigger()
    form = page.dialog
    assert isinstance(form, StaffForm) and form.isVisible()
    f = form.fields
    qtbot.keyClicks(f["employee_no"], "E010")
    f["name"].setText("赵六")
    qtbot.keyClicks(f["phone"], "12345")
    assert form.error_text("phone")  # as-you-type format check
    f["phone"].clear()
    qtbot.keyClicks(f["phone"], "13812345678")
    assert form.error_text("phone") == ""
    qtbot.keyClicks(f["email"], "zhao@example.com")
    f["department_id"].setCurrentIndex(f["department_id"].findData(small_shop["cs"]))
    f["manager_id"].setCurrentIndex(f["manager_id"].findData(small_shop["b"]))
    f["hire_date"].setDate(QDate(2026, 3, 2))
    qtbot.keyClicks(f["base_salary"], "6,500.5")
    qtbot.keyClicks(f["id_card_no"], "11010519491231002X")
    save(form)
    assert not form.isVisible()
    assert "E010" in shown(page)
    assert cell(page, "E010", "Name") == "赵六"
    assert cell(page, "E010", "Department") == "客服部"
    assert cell(page, "E010", "Reports to") == "李四"
    assert cell(page, "E010", "Status") == "Probation"
    assert cell(page, "E010", "Base salary") == "6,500.50"
    assert [r.employee_no for r in page.selected_rows()] == ["E010"]
    with factory() as s:
        emp = s.query(Employee).filter_by(employee_no="E010").one()
        assert (emp.hire_date, emp.id_card_no, emp.email) == (date(2026, 3, 2), "11010519491231002X",
                                                              "zhao@example.com")


def test_form_shows_the_services_error_next_to_the_field(qtbot, page):
    page.new_action.trigger()
    form = page.dialog
    qtbot.keyClicks(form.fields["employee_no"], "e001")
    form.fields["name"].setText("重复")
    save(form)
    assert form.isVisible()
    assert "taken" in form.error_text("employee_no")
    assert form.error_text("name") == ""
    form.fields["employee_no"].clear()
    qtbot.keyClicks(form.fields["employee_no"], "E011")
    form.fields["name"].clear()
    save(form)
    assert form.isVisible() and form.error_text("name") == "Enter the name."


def test_edit_a_person(qtbot, page, factory, small_shop):
    select(page, "E002")
    assert page.edit_action.isEnabled()
    page.edit_action.trigger()
    form = page.dialog
    assert form.fields["name"].text() == "李四"
    form.fields["phone"].clear()
    qtbot.keyClicks(form.fields["phone"], "13711112222")
    qtbot.keyClicks(form.fields["notes"], "moved desk")
    save(form)
    assert not form.isVisible()
    assert cell(page, "E002", "Phone") == "13711112222"
    with factory() as s:
        assert s.get(Employee, small_shop["b"]).notes == "moved desk"


def test_double_click_opens_the_form(qtbot, page):
    index = page.model.index(shown(page).index("E003"), 1)
    rect = page.table.visualRect(index)
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert isinstance(page.dialog, StaffForm) and page.dialog.fields["name"].text() == "王五"
    page.dialog.reject()
    assert page.dialog is None


def test_edit_conflict_is_shown_as_a_message(qtbot, page, factory, owner, small_shop, monkeypatch):
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))
    select(page, "E003")
    page.edit_action.trigger()
    form = page.dialog
    with factory.begin() as s:  # someone else saves first
        d = roster.get_staff(s, actor=owner, staff_id=small_shop["c"])
        s.get(Employee, small_shop["c"]).notes = "changed elsewhere"
        assert d.version == 1
    qtbot.keyClicks(form.fields["notes"], "mine")
    save(form)
    assert form.isVisible() and len(warnings) == 1 and warnings[0].startswith("This record was changed by ")
    assert warnings[0].endswith("; it has been reloaded.") and form.fields["notes"].toPlainText() == "changed elsewhere"
    with factory() as s:
        assert s.get(Employee, small_shop["c"]).notes == "changed elsewhere"


def test_filter_as_you_type(qtbot, page):
    qtbot.keyClicks(page.filter_edit, "e00")
    assert shown(page) == ["E001", "E002", "E003"]
    qtbot.keyClicks(page.filter_edit, "2")
    assert shown(page) == ["E002"]
    page.filter_edit.clear()
    qtbot.keyClicks(page.filter_edit, "1380000")  # phone
    assert shown(page) == ["E001", "E002"]
    page.filter_edit.setText("客服")  # department, typed through the widget's API (Chinese)
    assert shown(page) == ["E002", "E003"]
    page.filter_edit.setText("运营专员")  # role
    assert shown(page) == ["E001"]
    page.filter_edit.setText("王五")
    assert shown(page) == ["E003"]
    assert page.count_label.text() == "1 of 3"
    page.filter_edit.clear()
    assert len(shown(page)) == 3


def test_sorting_by_clicking_the_header(qtbot, page):
    page.table.sortByColumn(column(page, "Employee no."), Qt.SortOrder.DescendingOrder)
    assert shown(page) == ["E003", "E002", "E001"]


def test_mark_as_left(qtbot, page, factory, small_shop):
    select(page, "E002", "E003")
    page.leave_action.trigger()
    dialog = page.dialog
    assert isinstance(dialog, LeaveDialog)
    dialog.leave_date.setDate(QDate(2024, 1, 1))  # before the hire date
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible() and "before the hire date" in dialog.error.text()
    dialog.leave_date.setDate(QDate(2026, 5, 31))
    dialog.reason.setText("个人原因")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert not dialog.isVisible()
    assert shown(page) == ["E001"]  # the default filter hides who left
    page.status_combo.setCurrentIndex(page.status_combo.findData("all"))
    assert cell(page, "E002", "Status") == "Left" and cell(page, "E003", "Status") == "Left"
    page.status_combo.setCurrentIndex(page.status_combo.findData("left"))
    assert shown(page) == ["E002", "E003"]
    with factory() as s:
        emp = s.get(Employee, small_shop["b"])
        assert (emp.leave_date, emp.leave_reason) == (date(2026, 5, 31), "个人原因")
    select(page, "E003")
    assert page.rejoin_action.isEnabled() and not page.leave_action.isEnabled()
    page.rejoin_action.trigger()
    assert shown(page) == ["E002"]
    page.status_combo.setCurrentIndex(0)  # current staff again
    assert shown(page) == ["E001", "E003"]


def test_delete_refused_for_history_and_allowed_otherwise(qtbot, page, factory, owner, monkeypatch):
    infos, questions = [], []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: infos.append(a[2]))
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: questions.append(a[2]) or QMessageBox.StandardButton.Yes)
    select(page, "E001")  # holds a role
    page.delete_action.trigger()
    assert len(infos) == 1 and "Mark them as left" in infos[0] and questions == []
    assert "E001" in shown(page)
    select(page, "E003")
    page.delete_action.trigger()
    assert len(questions) == 1 and "王五" in questions[0]
    assert shown(page) == ["E001", "E002"]
    with factory() as s:
        assert s.query(Employee).filter_by(employee_no="E003").count() == 0


def test_export_writes_what_the_table_shows(qtbot, page, tmp_path):
    from openpyxl import load_workbook

    page.filter_edit.setText("客服")
    page.table.sortByColumn(column(page, "Employee no."), Qt.SortOrder.DescendingOrder)
    target = tmp_path / "roster.xlsx"
    with qtbot.waitSignal(page.exported, timeout=10000):
        page.export_to(str(target))
    ws = load_workbook(target).active
    values = list(ws.values)
    assert list(values[0]) == page.model.headers()
    assert [r[0] for r in values[1:]] == ["E003", "E002"]
    hire = column(page, "Hire date")
    salary = column(page, "Base salary")
    assert ws.cell(row=2, column=hire + 1).value.date() == date(2025, 1, 6)
    assert ws.cell(row=2, column=salary + 1).value == 5000
    assert ws.cell(row=2, column=column(page, "Status") + 1).value == "Active"
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref


def test_staff_account_sees_only_themselves_without_salary(qtbot, factory, owner, small_shop):
    with factory.begin() as s:
        accounts.create_account(s, actor=owner, username="li", password="secret123", level="staff",
                                employee_id=small_shop["b"])
    with factory.begin() as s:
        actor = accounts.login(s, username="li", password="secret123").actor
    widget = RosterPage(AppContext(factory=factory, actor=actor))
    qtbot.addWidget(widget)
    assert shown(widget) == ["E002"]
    assert "Base salary" not in widget.model.headers()
    assert not widget.new_action.isVisible() and not widget.delete_action.isVisible()
    select(widget, "E002")
    widget.edit_action.trigger()
    form = widget.dialog
    assert not form.buttons.button(QDialogButtonBox.StandardButton.Save).isVisible()
    assert form.fields["base_salary"].text() == ""


def test_every_roster_error_text_is_listed_for_translators():
    import ast
    import inspect

    from shopteam.services.org import roster as service
    from shopteam.ui.error_texts import texts

    TEXTS = texts()

    found = set()
    for node in ast.walk(ast.parse(inspect.getsource(service))):
        if not isinstance(node, ast.Call):
            continue
        name = getattr(node.func, "id", getattr(node.func, "attr", ""))
        if name in ("_invalid", "ValidationError", "require", "require_in_scope") and node.args:
            last = node.args[-1]
            if isinstance(last, ast.Constant) and isinstance(last.value, str) and " " in last.value:
                found.add(last.value)
        for kw in node.keywords:
            if kw.arg in ("action", "what") and isinstance(kw.value, ast.Constant):
                found.add(kw.value.value)
    assert len(found) > 25 and found <= set(TEXTS), found - set(TEXTS)


def _many(factory, count: int) -> None:
    with factory.begin() as s:
        s.execute(Employee.__table__.insert(), [
            {"employee_no": f"B{i:04d}", "name": f"员工{i:04d}", "hire_date": date(2025, 1, 1), "status": "active",
             "gender": "", "phone": "", "email": "", "wechat": "", "id_card_no": "", "leave_reason": "",
             "base_salary": Decimal(0), "bank_account": "", "notes": "", "version": 1}
            for i in range(count)])


def test_a_big_roster_shows_a_first_screen_and_the_rest_arrives_from_a_worker(qtbot, factory, owner_ctx,
                                                                              small_shop):
    from shopteam.ui.roster import page as page_module

    _many(factory, page_module.FIRST_SCREEN + 50)  # and the small shop's three
    widget = RosterPage(owner_ctx)
    qtbot.addWidget(widget)
    assert widget.loading and widget.model.total_count == page_module.FIRST_SCREEN
    assert "loading" in widget.count_label.text()
    widget.filter_edit.setText("B0249")  # typed while the rest is on its way: applies to it too
    qtbot.waitUntil(lambda: not widget.loading, timeout=10_000)
    assert widget.model.total_count == page_module.FIRST_SCREEN + 53
    assert shown(widget) == ["B0249"]
    assert widget.count_label.text() == f"1 of {page_module.FIRST_SCREEN + 53}"


def test_a_refresh_before_the_rest_arrives_is_not_overwritten_by_it(qtbot, factory, owner_ctx, small_shop):
    from shopteam.ui.roster import page as page_module

    _many(factory, page_module.FIRST_SCREEN + 10)
    widget = RosterPage(owner_ctx)
    qtbot.addWidget(widget)
    assert widget.loading
    task = widget._rest_task
    late = page_module.FIRST_SCREEN  # the background result, as if it came after this refresh
    with factory.begin() as s:
        roster.create_staff(s, actor=owner_ctx.actor, data=roster.StaffInput(
            employee_no="Z999", name="新来的", hire_date=date(2026, 1, 5), status="active"))
    widget.refresh()
    widget._rest_loaded(widget.model.rows_shown()[:late], None, generation=1)  # a stale generation
    assert not widget.loading and widget.model.total_count == page_module.FIRST_SCREEN + 14
    if task in type(task)._running:  # the real one arrives after the refresh: ignored too
        with qtbot.waitSignal(task.finished, timeout=10_000):
            pass
    assert "Z999" in shown(widget)
    assert widget.model.total_count == page_module.FIRST_SCREEN + 14


def test_the_first_screen_shows_people_who_have_not_left(qtbot, factory, owner_ctx, small_shop):
    from shopteam.ui.roster import page as page_module

    _many(factory, page_module.FIRST_SCREEN + 20)
    with factory.begin() as s:  # the early numbers all left long ago
        s.execute(Employee.__table__.update().where(Employee.employee_no < "B0100").values(status="left"))
    widget = RosterPage(owner_ctx)
    qtbot.addWidget(widget)
    # every one of the 123 current staff is on the first screen, though 100 people who left come before them
    assert widget.loading and widget.model.rowCount() == page_module.FIRST_SCREEN + 23 - 100
    assert shown(widget)[0] == "B0100"
    qtbot.waitUntil(lambda: not widget.loading, timeout=10_000)
    assert widget.model.total_count == page_module.FIRST_SCREEN + 23
