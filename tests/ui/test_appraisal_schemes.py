"""The appraisal schemes dialog (owner only, "Schemes…" on the Appraisal page): the presets are listed; a weight
change that leaves the sum at 90 turns the weights label red and Save is refused inline; fixed, it is stored
and seen again on reopening; a scheme made from a preset gets a role and a changed tier table, which the
appraisal of a person with that role is scored by; bad parameters are refused next to the parameter;
unsaved changes are asked about; archive/restore; a manager sees no entry and cannot save."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemDelegate, QComboBox, QDoubleSpinBox, QMessageBox

from shopteam.services import accounts
from shopteam.services.appraisal import cycles as ap
from shopteam.services.appraisal import schemes as svc
from shopteam.ui.appraisal.page import AppraisalPage
from shopteam.ui.appraisal.scheme_models import IndicatorModel, SchemeListModel
from shopteam.ui.appraisal.schemes import SchemesDialog
from shopteam.ui.context import AppContext

WEIGHT, SOURCE = IndicatorModel.WEIGHT, IndicatorModel.SOURCE
_alive: list = []


@pytest.fixture(autouse=True)
def _release_pages():
    yield
    _alive.clear()


@pytest.fixture
def no_questions(monkeypatch):
    """Fail loudly if the dialog asks something the test did not expect."""
    def ask(*args, **kwargs):
        raise AssertionError(f"unexpected question: {args[2] if len(args) > 2 else args}")
    monkeypatch.setattr(QMessageBox, "question", ask)


def _open(qtbot, ctx) -> SchemesDialog:
    """The dialog through the page's button; the page is kept alive with it (qtbot holds widgets weakly)."""
    page = AppraisalPage(ctx)
    qtbot.addWidget(page)
    assert page.schemes_button.isVisibleTo(page)
    qtbot.mouseClick(page.schemes_button, Qt.MouseButton.LeftButton)
    dialog = page.schemes_dialog
    assert dialog is not None and dialog.isVisible()
    _alive.append(page)
    return dialog


def _names(dialog) -> list[str]:
    return [dialog.list_model.index(r, 0).data() for r in range(dialog.list_model.rowCount())]


def _pick(qtbot, dialog, name: str) -> None:
    row = _names(dialog).index(name)
    dialog.list_view.setCurrentIndex(dialog.list_model.index(row, 0))
    assert dialog.name_edit.text() == name


def _row(dialog, indicator: str) -> int:
    return [i.name for i in dialog.model.rows].index(indicator)


def _edit_weight(qtbot, dialog, row: int, value: float) -> None:
    index = dialog.model.index(row, WEIGHT)
    dialog.table.setCurrentIndex(index)
    dialog.table.edit(index)
    spin = dialog.table.indexWidget(index)  # the open editor (closed ones linger until deleted)
    assert isinstance(spin, QDoubleSpinBox)
    spin.setValue(value)
    # what Enter does (the delegate's event filter queues it): commit through the delegate, close the editor
    dialog.table.commitData(spin)
    dialog.table.closeEditor(spin, QAbstractItemDelegate.EndEditHint.NoHint)
    assert dialog.model.index(row, WEIGHT).data() == f"{value:g}"


def _save(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)


def _stored(factory, owner, name: str) -> svc.SchemeView:
    with factory() as s:
        return next(v for v in svc.list_schemes(s, actor=owner, include_archived=True) if v.name == name)


def _type(qtbot, edit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)


def test_weights_must_add_up_to_100_before_saving(qtbot, factory, owner, owner_ctx, small_shop, no_questions):
    dialog = _open(qtbot, owner_ctx)
    assert _names(dialog) == ["客服考核方案", "美工考核方案", "推广考核方案", "运营考核方案", "通用考核方案"]
    _pick(qtbot, dialog, "客服考核方案")
    assert dialog.weights_label.text() == "Weights: 100 / 100"
    assert dialog.groups_label.text() == "Results 60  ·  Ability 20  ·  Attitude 20"
    assert dialog.alpha.value() == 30 and "70 % supervisor" in dialog.alpha_hint.text()
    # 平均响应时间 20 -> 10: the sum is 90, the label turns red and Save is refused
    _edit_weight(qtbot, dialog, _row(dialog, "平均响应时间"), 10)
    assert dialog.weights_label.text() == "Weights: 90 / 100"
    assert "#c62828" in dialog.weights_label.styleSheet()
    assert dialog.groups_label.text().startswith("Results 50")
    _save(qtbot, dialog)
    assert dialog.indicators_error.isVisibleTo(dialog)
    assert dialog.indicators_error.text() == "The weights add up to 90, not 100."
    assert _stored(factory, owner, "客服考核方案").indicators[0].weight == 20
    # 询单转化率 25 -> 35 and the target of 平均响应时间 30 -> 25; α to 0
    _edit_weight(qtbot, dialog, _row(dialog, "询单转化率"), 35)
    assert dialog.weights_label.text() == "Weights: 100 / 100"
    assert "#c62828" not in dialog.weights_label.styleSheet()
    dialog.table.setCurrentIndex(dialog.model.index(_row(dialog, "平均响应时间"), 1))
    assert dialog.param_edits["target"].isVisibleTo(dialog) and not dialog.param_edits["tiers"].isVisibleTo(dialog)
    assert dialog.param_edits["target"].text() == "30" and dialog.param_edits["cap"].text() == "120"
    _type(qtbot, dialog.param_edits["target"], "25")
    assert dialog.model.index(0, IndicatorModel.PARAMS).data() == "Target 25, cap 120"
    dialog.alpha.setValue(0)
    assert "does not count" in dialog.alpha_hint.text()
    _save(qtbot, dialog)
    assert not dialog.indicators_error.isVisibleTo(dialog)
    assert "客服考核方案 is saved" in dialog.status.text()
    stored = _stored(factory, owner, "客服考核方案")
    assert [i.weight for i in stored.indicators[:2]] == [10, 35] and stored.self_weight == 0
    assert stored.indicators[0].params["target"] == 25 and stored.indicators[0].params["cap"] == 120
    dialog.reject()
    assert not dialog.isVisible()
    # reopened: the stored values are shown
    again = _open(qtbot, owner_ctx)
    _pick(qtbot, again, "客服考核方案")
    assert again.model.index(0, WEIGHT).data() == "10" and again.model.index(1, WEIGHT).data() == "35"
    assert again.alpha.value() == 0 and again.weights_label.text() == "Weights: 100 / 100"
    again.table.setCurrentIndex(again.model.index(0, 1))
    assert again.param_edits["target"].text() == "25"


def test_scheme_from_a_preset_with_a_role_and_new_tiers_scores_the_appraisal(qtbot, factory, owner, owner_ctx,
                                                                              small_shop, no_questions):
    dialog = _open(qtbot, owner_ctx)
    dialog.preset_actions["designer"].trigger()
    assert dialog.name_edit.text() == "美工考核方案 (copy)"
    assert dialog.title.text() == "New scheme (not saved yet)"
    assert [i.name for i in dialog.model.rows][:2] == ["设计稿按时交付率", "返工次数"]
    dialog.name_edit.setText("运营二号方案")
    role_item = next(dialog.role_list.item(i) for i in range(dialog.role_list.count())
                     if dialog.role_list.item(i).data(Qt.ItemDataRole.UserRole) == small_shop["role"])
    assert role_item.text() == "运营专员"
    role_item.setCheckState(Qt.CheckState.Checked)
    row = _row(dialog, "返工次数")
    dialog.table.setCurrentIndex(dialog.model.index(row, 1))
    assert dialog.param_edits["tiers"].isVisibleTo(dialog) and not dialog.param_edits["target"].isVisibleTo(dialog)
    assert dialog.param_edits["tiers"].text() == "1: 100; 3: 85; 5: 70; 8: 60"
    assert dialog.direction.currentData() == "lower"
    _type(qtbot, dialog.param_edits["tiers"], "1: 100; 2: 90; 4: 70")
    assert dialog.model.index(row, IndicatorModel.PARAMS).data() == "≤1 → 100; ≤2 → 90; ≤4 → 70"
    # the figure is entered by hand on the review form: the data source through its combo box
    source = dialog.model.index(row, SOURCE)
    dialog.table.setCurrentIndex(source)
    dialog.table.edit(source)
    combo = dialog.table.indexWidget(source)
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData("manual"))
    combo.activated.emit(combo.currentIndex())  # the delegate commits on activation
    dialog.table.closeEditor(combo, QAbstractItemDelegate.EndEditHint.NoHint)
    assert dialog.model.index(row, SOURCE).data() == "Entered by hand"
    _save(qtbot, dialog)
    assert "运营二号方案 is saved" in dialog.status.text(), dialog.indicators_error.text()
    assert "运营二号方案" in _names(dialog) and dialog.title.text() == "运营二号方案"
    stored = _stored(factory, owner, "运营二号方案")
    assert stored.role_ids == (small_shop["role"],) and stored.preset is None
    tiers = next(i for i in stored.indicators if i.name == "返工次数")
    assert tiers.params == {"direction": "lower", "tiers": [[1, 100], [2, 90], [4, 70]]} and tiers.source == "manual"
    assert tiers.method == "tiered" and tiers.weight == 20 and tiers.unit == "次"
    # 张三 holds 运营专员: the new cycle appraises him with this scheme, and 2 revisions score 90
    with factory.begin() as s:
        cycle_id = ap.open_cycle(s, actor=owner, year=2026, month=10)
        row_e001 = next(r for r in ap.list_appraisals(s, actor=owner, cycle_id=cycle_id) if r.employee_no == "E001")
        assert row_e001.scheme == "运营二号方案"
        line = next(ln for ln in ap.get_appraisal(s, actor=owner, appraisal_id=row_e001.id).scores
                    if ln.name == "返工次数")
        detail = ap.save_review(s, actor=owner, appraisal_id=row_e001.id, actuals={line.id: 2})
    assert next(ln for ln in detail.scores if ln.name == "返工次数").computed_score == Decimal(90)


def test_a_role_moves_to_the_scheme_it_is_given(qtbot, factory, owner, owner_ctx, small_shop, no_questions):
    dialog = _open(qtbot, owner_ctx)
    _pick(qtbot, dialog, "运营考核方案")
    dialog.role_list.item(0).setCheckState(Qt.CheckState.Checked)
    _save(qtbot, dialog)
    _pick(qtbot, dialog, "通用考核方案")
    item = dialog.role_list.item(0)
    assert item.text() == "运营专员 (now: 运营考核方案)" and item.checkState() == Qt.CheckState.Unchecked
    item.setCheckState(Qt.CheckState.Checked)
    _save(qtbot, dialog)
    assert _stored(factory, owner, "通用考核方案").role_ids == (small_shop["role"],)
    assert _stored(factory, owner, "运营考核方案").role_ids == ()
    assert dialog.list_model.index(_names(dialog).index("运营考核方案"), 1).data() == "(no role)"


def test_bad_parameters_are_refused_next_to_the_parameter(qtbot, factory, owner, owner_ctx, small_shop,
                                                          no_questions):
    dialog = _open(qtbot, owner_ctx)
    _pick(qtbot, dialog, "客服考核方案")
    dialog.table.setCurrentIndex(dialog.model.index(1, 1))  # 询单转化率, target 45
    _type(qtbot, dialog.param_edits["target"], "abc")
    dialog.table.setCurrentIndex(dialog.model.index(3, 1))
    _save(qtbot, dialog)
    assert dialog._row() == 1 and dialog.model.bad_row == 1
    assert dialog.params_error.isVisibleTo(dialog)
    assert dialog.params_error.text() == "Target of 询单转化率 is not a number."
    _type(qtbot, dialog.param_edits["target"], "45")
    # tiers out of order: the service's message, on the tiered indicator
    dialog.table.setCurrentIndex(dialog.model.index(2, 1))  # 客户满意度
    _type(qtbot, dialog.param_edits["tiers"], "4.9: 100; 4.5: 60")
    dialog.table.setCurrentIndex(dialog.model.index(0, 1))
    _save(qtbot, dialog)
    assert dialog._row() == 2
    assert dialog.params_error.text() == "客户满意度: Tier thresholds must be in ascending order."
    assert "#c62828" in dialog.param_edits["tiers"].styleSheet()
    # an empty name and crossed grade thresholds: each next to its field
    _type(qtbot, dialog.param_edits["tiers"], "4.5: 60; 4.9: 100")
    dialog.name_edit.clear()
    _save(qtbot, dialog)
    assert dialog.name_error.text() == "Give the scheme a name." and dialog.name_error.isVisibleTo(dialog)
    dialog.name_edit.setText("客服考核方案")
    dialog.thresholds["good"].setValue(95)
    _save(qtbot, dialog)
    assert not dialog.name_error.isVisibleTo(dialog) and dialog.thresholds_error.isVisibleTo(dialog)
    assert "descend" in dialog.thresholds_error.text()
    stored = _stored(factory, owner, "客服考核方案")
    assert stored.thresholds["good"] == 80 and stored.indicators[2].params["tiers"][0] == [4.5, 60]


def test_unsaved_changes_are_asked_about(qtbot, factory, owner, owner_ctx, small_shop, monkeypatch):
    dialog = _open(qtbot, owner_ctx)
    _pick(qtbot, dialog, "推广考核方案")
    dialog.points_cap.setValue(5)
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel,
               QMessageBox.StandardButton.Save]
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or answers.pop(0))
    # another scheme: Cancel keeps the edited one selected
    dialog.list_view.setCurrentIndex(dialog.list_model.index(0, 0))
    assert dialog.name_edit.text() == "推广考核方案" and dialog.points_cap.value() == 5
    assert dialog.list_view.currentIndex().row() == _names(dialog).index("推广考核方案")
    dialog.reject()  # Close: Cancel keeps the dialog open
    assert dialog.isVisible()
    dialog.reject()  # Save
    assert not dialog.isVisible() and asked == ["Save the changes to this scheme?"] * 3
    assert _stored(factory, owner, "推广考核方案").points_cap == 5


def test_archive_and_restore(qtbot, factory, owner, owner_ctx, small_shop, no_questions):
    dialog = _open(qtbot, owner_ctx)
    _pick(qtbot, dialog, "美工考核方案")
    qtbot.mouseClick(dialog.archive_button, Qt.MouseButton.LeftButton)
    assert _stored(factory, owner, "美工考核方案").archived
    row = _names(dialog).index("美工考核方案")  # still shown while selected, marked archived
    assert dialog.list_model.index(row, 2).data() == "Archived" and dialog.archive_button.text() == "Restore"
    _pick(qtbot, dialog, "客服考核方案")
    dialog.reload()
    assert "美工考核方案" not in _names(dialog)
    dialog.show_archived.setChecked(True)
    _pick(qtbot, dialog, "美工考核方案")
    qtbot.mouseClick(dialog.archive_button, Qt.MouseButton.LeftButton)
    assert not _stored(factory, owner, "美工考核方案").archived
    assert dialog.archive_button.text() == "Archive"


def test_manager_sees_no_entry_and_cannot_save(qtbot, factory, owner, owner_ctx, small_shop, no_questions):
    SchemesDialog(owner_ctx).deleteLater()  # the presets exist
    with factory.begin() as s:
        accounts.create_account(s, actor=owner, username="wang", password="secret123", level="manager",
                                employee_id=small_shop["a"])
        manager = accounts.login(s, username="wang", password="secret123").actor
    ctx = AppContext(factory=factory, actor=manager, shop_name="测试小店")
    page = AppraisalPage(ctx)
    qtbot.addWidget(page)
    assert not page.schemes_button.isVisibleTo(page)
    dialog = SchemesDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.points_cap.setValue(3)
    _save(qtbot, dialog)
    assert dialog.error.isVisibleTo(dialog) and "edit appraisal schemes" in dialog.error.text()
    assert _stored(factory, owner, "客服考核方案").points_cap == 10


def test_item_models(qtmodeltester, factory, owner, owner_ctx, small_shop):
    with factory.begin() as s:
        svc.ensure_preset_schemes(s, actor=owner)
        views = svc.list_schemes(s, actor=owner)
    schemes = SchemeListModel()
    schemes.set_rows(views)
    qtmodeltester.check(schemes)
    indicators = IndicatorModel()
    indicators.set_indicators(views[0].indicators)
    qtmodeltester.check(indicators)
    indicators.set_params(0, {"target": 30, "cap": 120})
    assert indicators.setData(indicators.index(0, IndicatorModel.METHOD), "attendance")
    assert indicators.index(0, SOURCE).data() == "Attendance"
    assert indicators.rows[0].params == {"per_late": 2, "per_absence": 10, "per_missing": 2}  # no stale target
    assert not indicators.setData(indicators.index(0, IndicatorModel.GROUP), "nonsense")
    assert not indicators.setData(indicators.index(0, WEIGHT), "abc")
    assert indicators.move(0, 1) == 1 and indicators.rows[1].name == "平均响应时间"
    indicators.add(svc.IndicatorInput("results", "新指标", 5))
    indicators.remove(0)
    qtmodeltester.check(indicators)
