"""The Appraisal page through real widgets: a manager scores a person and sees the final score and grade;
a finalised cycle refuses edits; staff see only their own appraisal; the table model passes qtmodeltester."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDoubleSpinBox, QMessageBox

from shopteam.services.appraisal import compute as comp
from shopteam.services.appraisal import cycles as ap
from shopteam.services.imports.kpi import set_kpi
from shopteam.ui.appraisal.models import AppraisalTableModel
from shopteam.ui.appraisal.page import AppraisalPage
from shopteam.ui.context import AppContext
from tests.services.appraisal_shop import make_shop

TODAY = date.today()


@pytest.fixture
def shop(factory, owner):
    ids = make_shop(factory, owner)
    with factory.begin() as s:
        cycle_id = ap.open_cycle(s, actor=owner, year=TODAY.year, month=TODAY.month)
        for key, value in (("gmv", 500000), ("conversion", 3)):
            for no in ("E100", "E101"):
                set_kpi(s, actor=owner, employee_id=ids[no], year=TODAY.year, month=TODAY.month, indicator=key,
                        value=value)
        comp.compute_cycle(s, actor=owner, cycle_id=cycle_id)
    ids["cycle"], ids["owner"] = cycle_id, owner
    return ids


def _page(qtbot, factory, actor) -> AppraisalPage:
    page = AppraisalPage(AppContext(factory=factory, actor=actor, shop_name="测试小店"))
    qtbot.addWidget(page)
    page.resize(1300, 800)
    page.show()
    return page


def test_manager_scores_a_person_and_sees_final_score_and_grade(qtbot, factory, shop):
    page = _page(qtbot, factory, shop["mgr"])
    rows = [page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())]
    assert sorted(rows) == ["E100", "E101", "E103"]  # his department, not customer service
    assert page.select_person("E101")
    form = page.form
    assert form.mode == "review" and "李运营" in form.title.text()
    assert form.final_label.text() == "not complete"
    spins = form.findChildren(QDoubleSpinBox)
    assert len(spins) == 3
    for spin in spins:  # type the supervisor's scores
        spin.selectAll()
        qtbot.keyClicks(spin.lineEdit(), "90")
        spin.interpretText()
    form.comment.setPlainText("目标达成，沟通积极")
    # live: GMV 100, conversion 100, three rated 90 (no self-score yet: the supervisor's counts once submitted)
    qtbot.mouseClick(form.submit_button, Qt.MouseButton.LeftButton)
    assert form.message.text() == "Saved."
    att = next(ln for ln in form.detail.scores if ln.method == "attendance").computed_score
    expected = ((Decimal(35 * 100 + 25 * 100 + 3 * 10 * 90) + 10 * att) / 100).quantize(Decimal("0.01"))
    assert form.final_label.text() == f"{expected:.2f}"
    assert form.grade_label.text() in ("Excellent", "Good", "Pass", "Fail") and form.grade_label.text()
    row = next(r for r in range(page.proxy.rowCount()) if page.proxy.index(r, 0).data() == "E101")
    assert page.proxy.index(row, 5).data() == f"{expected:.2f}"
    with factory() as s:
        detail = next(d for d in ap.details_for_cycle(s, actor=shop["owner"], cycle_id=shop["cycle"])
                      if d.row.employee_no == "E101")
    assert detail.supervisor_comment == "目标达成，沟通积极" and detail.row.final_score == expected


def test_finalised_cycle_refuses_edits(qtbot, factory, shop, monkeypatch):
    with factory.begin() as s:
        for d in ap.details_for_cycle(s, actor=shop["owner"], cycle_id=shop["cycle"]):
            ap.save_review(s, actor=shop["owner"], appraisal_id=d.row.id,
                           scores={ln.id: 80 for ln in d.scores if ln.rated}, submit=True)
        for d in ap.details_for_cycle(s, actor=shop["owner"], cycle_id=shop["cycle"]):
            if d.row.final_score is None:  # KPI figures only for E100/E101: give the rest theirs
                for ln in d.scores:
                    if ln.source == "kpi":
                        set_kpi(s, actor=shop["owner"], employee_id=d.row.employee_id, year=TODAY.year,
                                month=TODAY.month, indicator=ln.name, value=ln.target or 1)
        comp.compute_cycle(s, actor=shop["owner"], cycle_id=shop["cycle"])
    page = _page(qtbot, factory, shop["owner"])
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(page.finalise_button, Qt.MouseButton.LeftButton)
    assert page.status.text() == "The cycle is finalised."
    assert page.state.text() == "Finalised" and not page.finalise_button.isEnabled()
    assert page.reopen_button.isEnabled()
    assert page.select_person("E101")
    form = page.form
    assert form.mode == "view" and not form.submit_button.isEnabled() and not form.comment.isEnabled()
    assert form.findChildren(QDoubleSpinBox) == []
    assert "locked" in form.message.text()
    # even a forced save is refused by the service and the reason is shown
    form.mode = "review"
    form.save(submit=False)
    assert "locked" in form.message.text()


def test_staff_see_only_their_own_appraisal(qtbot, factory, shop):
    page = _page(qtbot, factory, shop["s101"])
    assert [page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())] == ["E101"]
    assert not page.compute_button.isEnabled() and not page.finalise_button.isEnabled()
    assert page.select_person("E101")
    assert page.form.mode == "self"
    with factory() as s:
        other = next(r for r in ap.list_appraisals(s, actor=shop["owner"], cycle_id=shop["cycle"])
                     if r.employee_no == "E102")
    page.form.load(other.id)
    assert "not allowed" in page.form.message.text() and page.form.detail is None


def test_appraisal_model_passes_qtmodeltester(qtmodeltester, factory, shop):
    model = AppraisalTableModel()
    with factory() as s:
        model.set_rows(ap.list_appraisals(s, actor=shop["owner"], cycle_id=shop["cycle"]))
    assert model.rowCount() == 4
    qtmodeltester.check(model)


def test_top_row_keeps_the_cycle_steps_and_puts_printing_in_more(qtbot, factory, shop):
    page = _page(qtbot, factory, shop["owner"])
    assert [a.text() for a in page.more_menu.actions()][:2] == ["Print preview…", "Export PDF…"]
    assert page.more_button.menu() is page.more_menu and page.pdf_action.isEnabled()
    for button in (page.compute_button, page.calibration_button, page.finalise_button, page.charts_button):
        assert button.isVisible() and button.isEnabled()
    staff = _page(qtbot, factory, shop["s101"])
    assert not staff.calibration_button.isVisible() and staff.charts_button.isEnabled()


def test_pdf_export_chooses_a_file_and_writes_what_the_actor_sees(qtbot, factory, shop, tmp_path, monkeypatch):
    """Export PDF goes through ui/widgets/export (.pdf added) and reports.appraisal_sheet.export_appraisal_pdf,
    which the command line's 'appraisal print' calls too: one page per person the manager sees."""
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(tmp_path / "sheets"), "")))
    page = _page(qtbot, factory, shop["mgr"])
    page.export_pdf()
    qtbot.waitUntil(lambda: page.pdf_task is None, timeout=20000)
    assert page.status.text() == "3 page(s) written."
    assert (tmp_path / "sheets.pdf").read_bytes().startswith(b"%PDF")
