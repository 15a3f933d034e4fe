"""Calibration through real widgets: the owner opens it from the Appraisal page, sees everyone ranked with
the people over the forced distribution in red and the count / allowed per grade; adjusting a score needs a
reason and re-ranks; a finalised cycle is read-only; staff cannot open it; the model passes qtmodeltester."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from sqlalchemy import select

from shopteam.db.models import AuditLog
from shopteam.domain import clock
from shopteam.services.appraisal import compute as comp
from shopteam.services.appraisal import cycles as ap
from shopteam.ui.appraisal.calibration import CalibrationDialog, CalibrationModel
from shopteam.ui.appraisal.page import AppraisalPage
from shopteam.ui.context import AppContext
from tests.services.appraisal_shop import make_shop
from tests.ui.appraisal_scored import score_cycle

TODAY = date(2026, 12, 31)  # the cycle's month is this month, on its last day (nobody has punched all month)


@pytest.fixture(autouse=True)
def _today():
    with clock.frozen(TODAY):
        yield
RED = QColor("#b00020")


@pytest.fixture
def shop(factory, owner):
    ids = make_shop(factory, owner)
    ids["cycle"], ids["owner"] = score_cycle(factory, owner, TODAY.year, TODAY.month), owner
    return ids


def _page(qtbot, factory, actor) -> AppraisalPage:
    page = AppraisalPage(AppContext(factory=factory, actor=actor, shop_name="测试小店"))
    qtbot.addWidget(page)
    page.resize(1300, 800)
    page.show()
    return page


def _open(qtbot, page) -> CalibrationDialog:
    assert page.calibration_button.isVisible() and page.calibration_button.isEnabled()
    qtbot.mouseClick(page.calibration_button, Qt.MouseButton.LeftButton)
    dialog = page.calibration_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.addWidget(dialog)
    return dialog


def _shown(dialog, col: int) -> list[str]:
    return [dialog.model.index(r, col).data() for r in range(dialog.model.rowCount())]


def _red_rows(dialog) -> list[str]:
    return [dialog.model.index(r, 1).data() for r in range(dialog.model.rowCount())
            if dialog.model.index(r, 2).data(Qt.ItemDataRole.ForegroundRole) == RED]


def _stored(factory, owner, cycle_id, no):
    with factory() as s:
        return next(r for r in ap.list_appraisals(s, actor=owner, cycle_id=cycle_id) if r.employee_no == no)


def test_owner_sees_ranking_over_limit_in_red_and_adjusts_with_a_reason(qtbot, factory, shop):
    page = _page(qtbot, factory, shop["owner"])
    dialog = _open(qtbot, page)
    # ranked by score (ties by employee no.): two 优秀 where 20 % of 4 people allows none
    assert _shown(dialog, 0) == ["1", "2", "3", "4"]
    assert _shown(dialog, 1) == ["E100", "E101", "E103", "E102"]
    assert _shown(dialog, 4) == ["90.00", "90.00", "75.83", "66.00"]
    assert _shown(dialog, 5) == ["Excellent", "Excellent", "Pass", "Pass"]
    assert _red_rows(dialog) == ["E100", "E101"]
    assert dialog.grade_labels["excellent"].text() == "Excellent: 2 / 0 (limit 20 %)"
    assert "color: #b00020" in dialog.grade_labels["excellent"].styleSheet()
    assert dialog.grade_labels["pass"].text() == "Pass: 2 (no limit)"
    assert dialog.summary.text().startswith("2 person(s) over the forced distribution")

    assert dialog.select_person("E100")
    assert dialog.person.text() == "王经理 (E100), rank 1" and dialog.score.value() == 90.0
    assert dialog.adjust_button.isEnabled()
    dialog.score.setValue(70)
    dialog.reason.setText("名额所限，调为合格")
    qtbot.mouseClick(dialog.adjust_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "王经理: 70.00 (Pass), now rank 3."
    # re-ranked: E100 moves below 赵美工's 75.83, keeps his computed score and shows the calibrated one
    assert _shown(dialog, 1) == ["E101", "E103", "E100", "E102"]
    row = _shown(dialog, 1).index("E100")
    assert [dialog.model.index(row, c).data() for c in range(9)] == [
        "3", "E100", "王经理", "运营部", "90.00", "Excellent", "70.00", "Pass", "名额所限，调为合格"]
    assert dialog.current_row().employee_no == "E100"
    assert _red_rows(dialog) == ["E101"]
    assert dialog.grade_labels["excellent"].text() == "Excellent: 1 / 0 (limit 20 %)"
    stored = _stored(factory, shop["owner"], shop["cycle"], "E100")
    assert stored.calibrated_score == Decimal("70.00") and stored.calibrated_grade == "pass"
    assert stored.calibration_reason == "名额所限，调为合格"
    # the page behind shows the score that counts now
    page_row = next(r for r in range(page.proxy.rowCount()) if page.proxy.index(r, 0).data() == "E100")
    assert page.proxy.index(page_row, 5).data() == "70.00" and page.proxy.index(page_row, 6).data() == "Pass"
    with factory() as s:
        log = s.scalars(select(AuditLog).where(AuditLog.action == "calibrate")).one()
    assert log.username == "boss" and log.summary.endswith("名额所限，调为合格")


def test_adjusting_without_a_reason_is_refused(qtbot, factory, shop):
    dialog = _open(qtbot, _page(qtbot, factory, shop["mgr"]))
    # the manager sees his department: 王经理 himself and his two reports
    assert _shown(dialog, 1) == ["E100", "E101", "E103"]
    assert dialog.select_person("E101")
    dialog.score.setValue(85)
    dialog.reason.setText("   ")
    qtbot.mouseClick(dialog.adjust_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "An adjustment needs a reason."
    assert _shown(dialog, 6) == ["", "", ""]
    stored = _stored(factory, shop["owner"], shop["cycle"], "E101")
    assert stored.calibrated_score is None and stored.calibration_reason == ""
    # a manager may not calibrate himself either
    assert dialog.select_person("E100")
    dialog.reason.setText("自己调")
    dialog.adjust()
    assert dialog.message.text() == "You are not allowed to score this person's appraisal."
    assert _stored(factory, shop["owner"], shop["cycle"], "E100").calibrated_score is None


def test_finalised_cycle_shows_the_ranking_but_refuses_adjustments(qtbot, factory, shop):
    with factory.begin() as s:
        ap.finalise_cycle(s, actor=shop["owner"], cycle_id=shop["cycle"])
    dialog = _open(qtbot, _page(qtbot, factory, shop["owner"]))
    assert _shown(dialog, 1) == ["E100", "E101", "E103", "E102"]
    assert dialog.heading.text() == f"{TODAY.year}-{TODAY.month:02d} · Finalised · 4 people ranked by score"
    assert dialog.message.text().startswith("The cycle is finalised")
    assert dialog.select_person("E101")
    assert not dialog.adjust_button.isEnabled() and not dialog.reason.isEnabled()
    dialog.reason.setText("想改")  # even a forced attempt is refused by the service
    dialog.score.setEnabled(True)
    dialog.score.setValue(50)
    dialog.adjust()
    assert "finalised and locked" in dialog.message.text()
    assert _stored(factory, shop["owner"], shop["cycle"], "E101").calibrated_score is None


def test_staff_have_no_calibration(qtbot, factory, shop):
    page = _page(qtbot, factory, shop["s101"])
    assert not page.calibration_button.isVisible()
    page.open_calibration()  # even when reached some other way, the service refuses and nothing is listed
    dialog = page.calibration_dialog
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 0 and not dialog.adjust_button.isEnabled()
    assert dialog.message.text() == "You are not allowed to calibrate an appraisal cycle."
    with factory() as s, pytest.raises(ap.PermissionDenied):
        comp.calibration_view(s, actor=shop["s101"], cycle_id=shop["cycle"])


def test_calibration_model_passes_qtmodeltester(qtmodeltester, factory, shop):
    model = CalibrationModel()
    qtmodeltester.check(model)
    with factory() as s:
        model.set_rows(comp.calibration_view(s, actor=shop["owner"], cycle_id=shop["cycle"]).rows)
    assert model.rowCount() == 4 and model.columnCount() == 9
    qtmodeltester.check(model)
