"""The organisation screens driven through their real widgets (offscreen)."""

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QFileDialog, QMessageBox

from shopteam.db.models import Employee, RoleAssignment
from shopteam.services import org
from shopteam.ui.context import AppContext
from shopteam.ui.org.assign_dialog import AssignRoleDialog
from shopteam.ui.org.chart_layout import BOX_H, BOX_W, layout_chart
from shopteam.ui.org.department_dialog import DepartmentDialog
from shopteam.ui.org.departments import DepartmentsPage
from shopteam.ui.org.orgchart import OrgChartPage
from shopteam.ui.org.roles import RolesPage
from shopteam.ui.org.staffing import StaffingPage


@pytest.fixture
def ctx(factory, owner):
    return AppContext(factory=factory, actor=owner, shop_name="测试小店")


def add_person(factory, no, name, **fields):
    with factory.begin() as s:
        emp = Employee(employee_no=no, name=name, hire_date=fields.pop("hired", date(2024, 1, 1)), **fields)
        s.add(emp)
        s.flush()
        return emp.id


def on_modal(qtbot, action):
    """Run ``action(dialog)`` on the modal dialog that the next click opens."""
    done = []

    def run():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, run)
            return
        try:
            action(dialog)
        finally:
            done.append(True)

    QTimer.singleShot(0, run)
    return done


def click_ok(dialog):
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def table_texts(view):
    model = view.model()
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


# ---- departments -------------------------------------------------------------------------------------------

def test_add_department_through_the_page(qtbot, ctx, factory):
    with factory.begin() as s:
        ops = org.create_department(s, actor=ctx.actor, name="运营部")
    boss = add_person(factory, "A001", "王经理", department_id=ops)
    add_person(factory, "A002", "李四", department_id=ops)
    page = DepartmentsPage(ctx)
    qtbot.addWidget(page)
    page.refresh()
    assert page.item_texts()["运营部"] == ["运营部", "", "2", "2"]

    page.select(ops)

    def fill(dialog):
        qtbot.keyClicks(dialog.name_edit, "Shop team")
        dialog.head_combo.setCurrentIndex(dialog.head_combo.findData(boss))
        click_ok(dialog)

    done = on_modal(qtbot, fill)
    qtbot.mouseClick(page.add_sub_button, Qt.MouseButton.LeftButton)
    assert done
    texts = page.item_texts()
    assert texts["Shop team"] == ["Shop team", "王经理", "0", "0"]
    top = page.tree.topLevelItem(0)
    assert top.text(0) == "运营部" and top.child(0).text(0) == "Shop team"


def test_department_dialog_shows_errors_inline(qtbot, ctx, factory):
    with factory.begin() as s:
        org.create_department(s, actor=ctx.actor, name="Operations")
        child = org.create_department(s, actor=ctx.actor, name="Child")
        org.update_department(s, actor=ctx.actor, department_id=child, name="Child", parent_id=1, head_id=None)
    dialog = DepartmentDialog(ctx)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name_edit, "operations")
    click_ok(dialog)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error_label.isVisibleTo(dialog) and "operations" in dialog.error_label.text().lower()
    assert "exists already" in dialog.error_label.text()
    # editing the top department: neither itself nor its child is offered as a parent (no cycles)
    with factory() as s:
        rows = {r.name: r for r in org.list_departments(s, actor=ctx.actor)}
    edit = DepartmentDialog(ctx, rows["Operations"])
    qtbot.addWidget(edit)
    offered = [edit.parent_combo.itemText(i) for i in range(edit.parent_combo.count())]
    assert "Child" not in offered and "Operations" not in offered


def test_archive_refused_inline_then_allowed(qtbot, ctx, factory, monkeypatch):
    with factory.begin() as s:
        dep = org.create_department(s, actor=ctx.actor, name="Warehouse")
    person = add_person(factory, "A001", "张三", department_id=dep)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page = DepartmentsPage(ctx)
    qtbot.addWidget(page)
    page.refresh()
    page.select(dep)
    qtbot.mouseClick(page.archive_button, Qt.MouseButton.LeftButton)
    assert page.error_label.isVisibleTo(page) and "1" in page.error_label.text()
    assert "Warehouse" in page.item_texts()
    with factory.begin() as s:
        s.get(Employee, person).department_id = None
    page.refresh()
    page.select(dep)
    qtbot.mouseClick(page.archive_button, Qt.MouseButton.LeftButton)
    assert not page.error_label.isVisibleTo(page)
    assert "Warehouse" not in page.item_texts()
    page.show_archived.setChecked(True)
    assert page.item_texts()["Warehouse"][0] == "Warehouse (archived)"


# ---- roles and assignments ---------------------------------------------------------------------------------

def test_create_role_and_band_error(qtbot, ctx, qtmodeltester):
    page = RolesPage(ctx)
    qtbot.addWidget(page)
    page.refresh()
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    form = page.form
    qtbot.keyClicks(form.name_edit, "Designer")
    qtbot.keyClicks(form.salary_min_edit, "9000")
    qtbot.keyClicks(form.salary_max_edit, "5000")
    form.duties_edit.setPlainText("设计主图与详情页")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.error_label.isVisibleTo(page) and "9000.00" in form.error_label.text()
    assert page.model.rowCount() == 0
    form.salary_max_edit.setText("12000")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert not form.error_label.isVisibleTo(page)
    assert table_texts(page.table) == [["Designer", "", "9,000.00 – 12,000.00", "0"]]
    assert page.selected_role().duties == "设计主图与详情页"
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.proxy)


def test_assign_role_through_dialog_and_see_history(qtbot, ctx, factory, qtmodeltester):
    with factory.begin() as s:
        ops = org.create_role(s, actor=ctx.actor, name="Operations Specialist")
        mgr = org.create_role(s, actor=ctx.actor, name="Operations Manager")
    zhang = add_person(factory, "A001", "张三")
    add_person(factory, "A002", "李四")
    page = RolesPage(ctx)
    qtbot.addWidget(page)
    page.refresh()
    panel = page.assignments
    panel.select_person(zhang)
    assert panel.model.rowCount() == 0

    def first(dialog):
        assert isinstance(dialog, AssignRoleDialog)
        dialog.role_combo.setCurrentIndex(dialog.role_combo.findData(ops))
        dialog.start_edit.setDate(QDate(2024, 3, 1))
        qtbot.keyClicks(dialog.note_edit, "hired")
        click_ok(dialog)

    done = on_modal(qtbot, first)
    qtbot.mouseClick(panel.assign_button, Qt.MouseButton.LeftButton)
    assert done
    assert table_texts(panel.table) == [["Operations Specialist", "2024-03-01", "(current)", "Yes", "hired"]]

    def promote(dialog):
        dialog.role_combo.setCurrentIndex(dialog.role_combo.findData(mgr))
        dialog.start_edit.setDate(QDate(2025, 7, 1))
        click_ok(dialog)

    done = on_modal(qtbot, promote)
    qtbot.mouseClick(panel.assign_button, Qt.MouseButton.LeftButton)
    assert done
    assert [row[:4] for row in table_texts(panel.table)] == [
        ["Operations Manager", "2025-07-01", "(current)", "Yes"],
        ["Operations Specialist", "2024-03-01", "2025-06-30", "Yes"],
    ]
    holders = {row[0]: row[3] for row in table_texts(page.table)}
    assert holders == {"Operations Manager": "1", "Operations Specialist": "0"}
    qtmodeltester.check(panel.model)


def test_overlap_error_stays_in_the_dialog(qtbot, ctx, factory):
    with factory.begin() as s:
        ops = org.create_role(s, actor=ctx.actor, name="Ops")
        cs = org.create_role(s, actor=ctx.actor, name="CS")
    zhang = add_person(factory, "A001", "张三")
    with factory.begin() as s:
        org.assign_role(s, actor=ctx.actor, employee_id=zhang, role_id=ops, start_date=date(2024, 1, 1),
                        end_date=date(2024, 12, 31))
    dialog = AssignRoleDialog(ctx, zhang, "张三 (A001)")
    qtbot.addWidget(dialog)
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData(cs))
    dialog.start_edit.setDate(QDate(2024, 6, 1))
    click_ok(dialog)
    assert dialog.result() != QDialog.DialogCode.Accepted
    text = dialog.error_label.text()
    assert "Ops" in text and "2024-01-01" in text and "2024-12-31" in text
    with factory() as s:
        assert s.query(RoleAssignment).count() == 1


def test_staff_sees_read_only_roles(qtbot, factory, owner):
    from shopteam.services import accounts

    emp = add_person(factory, "S001", "小李")
    with factory.begin() as s:
        accounts.create_account(s, actor=owner, username="li", password="secret123", level="staff", employee_id=emp)
        staff = accounts.login(s, username="li", password="secret123").actor
    page = RolesPage(AppContext(factory=factory, actor=staff))
    qtbot.addWidget(page)
    page.refresh()
    assert not page.new_button.isVisibleTo(page) and not page.assignments.assign_button.isVisibleTo(page)
    assert page.form.name_edit.isReadOnly()
    assert [page.assignments.person_combo.itemData(i) for i in range(page.assignments.person_combo.count())] == [emp]


# ---- staffing ----------------------------------------------------------------------------------------------

def test_gap_table_shows_the_right_numbers(qtbot, ctx, factory, monkeypatch, qtmodeltester):
    monkeypatch.setattr("shopteam.ui.org.staffing.current_language", lambda: "en")
    with factory.begin() as s:
        org.seed_presets(s, actor=ctx.actor, language="en")
        roles = {r.key: r.id for r in org.list_roles(s, actor=ctx.actor)}
        for plan in org.list_plans(s, actor=ctx.actor):
            org.delete_plan(s, actor=ctx.actor, plan_id=plan.id)
    for i, key in enumerate(["ops", "ops", "ops", "cs_presale", "designer"]):
        emp = add_person(factory, f"B{i:03}", f"员工{i}")
        with factory.begin() as s:
            org.assign_role(s, actor=ctx.actor, employee_id=emp, role_id=roles[key], start_date=date(2024, 1, 1))
    page = StaffingPage(ctx)
    qtbot.addWidget(page)
    page.refresh()
    assert page.model.rowCount() == 0 and "No staffing plan" in page.totals.text()

    page.preset_combo.setCurrentIndex(page.preset_combo.findData("small"))
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    assert page.plan_combo.currentText() == "Small team"
    gap = {row[0]: row[2:] for row in table_texts(page.table)}
    assert gap["Operations Specialist"] == ["1", "3", "+2"]
    assert gap["Customer Service (pre-sale)"] == ["1", "1", "0"]
    assert gap["Shop Manager"] == ["1", "0", "−1"]
    assert gap["Designer"] == ["0", "1", "+1"]  # held but not planned
    model = page.proxy
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "Shop Manager")
    assert model.index(row, 4).data(Qt.ItemDataRole.BackgroundRole).color().name() == "#f6d5d8"

    # edit the planned headcount in the table
    assert model.setData(model.index(row, 2), 2)
    qtbot.waitUntil(lambda: {r[0]: r[2:] for r in table_texts(page.table)}["Operations Specialist"] == ["1", "3", "+2"]
                    and {r[0]: r[2:] for r in table_texts(page.table)}["Shop Manager"] == ["2", "0", "−2"])
    assert "Planned 6, actual 5" in page.totals.text()
    # a negative figure is refused inline
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "Shop Manager")
    assert not model.setData(model.index(row, 2), -3)
    assert page.error_label.isVisibleTo(page)
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.proxy)

    qtbot.mouseClick(page.active_button, Qt.MouseButton.LeftButton)
    assert page.plan_combo.currentText() == "Small team (active)" and not page.active_button.isEnabled()


# ---- org chart ---------------------------------------------------------------------------------------------

def make_shop(factory, actor, people=40):
    with factory.begin() as s:
        dep = org.create_department(s, actor=actor, name="客服部")
        role = org.create_role(s, actor=actor, name="客服专员")
    boss = add_person(factory, "E000", "老板")
    leads = [add_person(factory, f"E00{i}", f"组长{i}", manager_id=boss, department_id=dep) for i in range(1, 4)]
    for i in range(4, people):
        emp = add_person(factory, f"E{i:03}", f"员工{i}", manager_id=leads[i % 3], department_id=dep)
        with factory.begin() as s:
            org.assign_role(s, actor=actor, employee_id=emp, role_id=role, start_date=date(2024, 1, 1))
    return boss


def test_org_chart_draws_everyone_and_exports(qtbot, ctx, factory, tmp_path, monkeypatch):
    from PySide6.QtPrintSupport import QPrinter

    make_shop(factory, ctx.actor, people=40)
    add_person(factory, "X001", "已离职", status="left", leave_date=date(2025, 1, 1))
    page = OrgChartPage(ctx)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.refresh()
    boxes = page.boxes()
    assert len(boxes) == 40 and "40" in page.summary.text()
    rects = [b.sceneBoundingRect() for b in boxes]
    assert not any(a.intersects(b) for i, a in enumerate(rects) for b in rects[i + 1:])
    agent = next(b for b in boxes if b.node.name == "员工4")
    assert agent.node.role == "客服专员" and agent.node.department == "客服部"

    target = tmp_path / "chart"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",  # ui/widgets/export asks for the file
                        staticmethod(lambda *a, **k: (str(target), "PNG images (*.png)")))
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    image = QImage(str(target) + ".png")
    assert not image.isNull() and image.width() > 1000
    assert "chart.png" in page.status_label.text()

    pdf = tmp_path / "chart.pdf"

    class FakePrintDialog:
        DialogCode = QDialog.DialogCode

        def __init__(self, printer, parent=None):
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(pdf))

        def setWindowTitle(self, title):
            pass

        def exec(self):
            return QDialog.DialogCode.Accepted

    monkeypatch.setattr("PySide6.QtPrintSupport.QPrintDialog", FakePrintDialog)
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    assert pdf.exists() and pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 2000


def test_chart_layout_is_compact_and_without_overlaps():
    class N:
        def __init__(self, name, children=()):
            self.name, self.children = name, list(children)

    teams = [N(f"lead{t}", [N(f"p{t}-{i}") for i in range(n)]) for t, n in enumerate((15, 8, 25))]
    deep = N("ops", [N("a", [N("a1"), N("a2")]), N("b")])
    roots = [N("boss", [*teams, deep]), *[N(f"alone{i}") for i in range(10)]]
    chart = layout_chart(roots)
    assert len(chart.boxes) == 1 + 3 + 48 + 5 + 10
    for i, a in enumerate(chart.boxes):
        for b in chart.boxes[i + 1:]:
            assert abs(a.x - b.x) >= BOX_W or abs(a.y - b.y) >= BOX_H, (a.node.name, b.node.name)
    assert all(0 <= b.x <= chart.width - BOX_W + 0.01 and 0 <= b.y <= chart.height - BOX_H + 0.01
               for b in chart.boxes)
    # 67 people fit in a few screen widths: big teams are lists of ten, not a 25-wide row
    assert chart.width < 14 * BOX_W and chart.height < 13 * BOX_H + 12 * 40
    boss = next(b for b in chart.boxes if b.node.name == "boss")
    leads = [b for b in chart.boxes if b.node.name.startswith("lead")]
    assert all(lead.y > boss.y for lead in leads) and boss.y == 0
    assert layout_chart([]).boxes == []


def test_every_org_error_text_is_listed_for_translators():
    import ast
    from pathlib import Path

    from shopteam.ui.error_texts import texts

    ORG_ERROR_TEXTS = texts()

    services = Path(org.__file__).parent  # shopteam/services/org
    found = set()
    for name in ("__init__.py", "departments.py", "roles.py", "staffing.py"):
        for node in ast.walk(ast.parse((services / name).read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") in (
                    "ValidationError", "NotFoundError", "PermissionDenied", "require", "require_in_scope"):
                found |= {a.value for a in node.args if isinstance(a, ast.Constant) and isinstance(a.value, str)}
                found |= {k.value.value for k in node.keywords
                          if k.arg in ("what", "action") and isinstance(k.value, ast.Constant)}
    assert found and found <= set(ORG_ERROR_TEXTS), found - set(ORG_ERROR_TEXTS)


def test_end_assignment_and_add_role_to_plan(qtbot, ctx, factory):
    with factory.begin() as s:
        ops = org.create_role(s, actor=ctx.actor, name="Ops")
        cs = org.create_role(s, actor=ctx.actor, name="CS")
        plan = org.create_plan(s, actor=ctx.actor, name="Mine")
    zhang = add_person(factory, "A001", "张三")
    with factory.begin() as s:
        org.assign_role(s, actor=ctx.actor, employee_id=zhang, role_id=ops, start_date=date(2024, 1, 1))
    page = RolesPage(ctx)
    qtbot.addWidget(page)
    page.refresh()
    page.assignments.select_person(zhang)
    page.assignments.table.selectRow(0)

    def end(dialog):
        dialog.end_edit.setDate(QDate(2025, 5, 31))
        click_ok(dialog)

    done = on_modal(qtbot, end)
    qtbot.mouseClick(page.assignments.end_button, Qt.MouseButton.LeftButton)
    assert done and table_texts(page.assignments.table)[0][:3] == ["Ops", "2024-01-01", "2025-05-31"]

    staffing = StaffingPage(ctx)
    qtbot.addWidget(staffing)
    staffing.refresh()
    assert staffing.plan_id() == plan
    staffing.add_role_combo.setCurrentIndex(staffing.add_role_combo.findData(cs))
    staffing.add_count.setValue(3)
    qtbot.mouseClick(staffing.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: table_texts(staffing.table) == [["CS", "", "3", "0", "−3"]])
    assert staffing.add_role_combo.findData(cs) < 0
