"""The commission tiers of the pay rules as a table (threshold in yuan, rate in %), through the real widgets:
edit, add and remove tiers, rows kept in order of threshold, a bad cell marked with the rule's own sentence
and saving blocked; the saved rules give PRODUCT §3.6's example (120,000 → 1,650.00 progressively,
2,400.00 on the whole amount). English and Chinese."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemDelegate, QDialogButtonBox, QLineEdit

from shopteam.domain.commission import commission
from shopteam.services.payout import rules as payout_rules
from shopteam.ui.payout.rules_dialog import PayRulesDialog
from tests.test_translations import chinese  # noqa: F401


def _dialog(qtbot, owner_ctx) -> PayRulesDialog:
    dialog = PayRulesDialog(owner_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def type_cell(qtbot, table, row: int, column: int, text: str) -> None:
    """Edit a cell as a user does: open its editor, replace the text by typing, and commit it (what Enter does;
    the offscreen platform gives the editor no keyboard focus, so the delegate is told directly)."""
    table.setCurrentCell(row, column)
    table.scrollToItem(table.item(row, column))
    table.editItem(table.item(row, column))
    editor = next(e for e in table.viewport().findChildren(QLineEdit) if e.isVisible())
    editor.selectAll()
    editor.del_() if not text else qtbot.keyClicks(editor, text)
    assert editor.text() == text
    delegate = table.itemDelegate()
    delegate.commitData.emit(editor)
    delegate.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)


def _save(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


def _earned(factory, sales: str) -> tuple[Decimal, Decimal]:
    from shopteam.domain.commission import CommissionMode

    with factory() as s:
        rules = payout_rules.pay_rules(payout_rules.shop_rules(s))
    return tuple(commission(Decimal(sales), rules.commission_tiers, mode).amount
                 for mode in (CommissionMode.PROGRESSIVE, CommissionMode.WHOLE))


def test_edit_tiers_in_the_table_and_get_the_product_example(qtbot, factory, owner_ctx):
    with factory.begin() as s:  # start from other tiers: 0 → 1 %, 50,000 → 1.5 %
        payout_rules.set_shop_rules(s, actor=owner_ctx.actor, changes={"commission_tiers": [["0", "0.01"],
                                                                                           ["50000", "0.015"]]})
    dialog = _dialog(qtbot, owner_ctx)
    editor = dialog.tiers
    table = editor.table
    assert table.horizontalHeaderItem(0).text() == "From sales (yuan)"
    assert table.horizontalHeaderItem(1).text() == "Rate (%)"
    assert editor.texts() == [("0", "1"), ("50,000", "1.5")]
    assert dialog.commission_mode.currentData() == "progressive"
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)  # one more step of 50,000 at the last rate
    assert editor.texts() == [("0", "1"), ("50,000", "1.5"), ("100,000", "1.5")]
    type_cell(qtbot, table, 2, 1, "2")
    # a tier typed at the top goes to its place; removing it takes it away again
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    type_cell(qtbot, table, 3, 0, "20000")
    assert editor.texts() == [("0", "1"), ("20,000", "2"), ("50,000", "1.5"), ("100,000", "2")]
    assert table.currentRow() == 1
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    assert editor.texts() == [("0", "1"), ("50,000", "1.5"), ("100,000", "2")]
    assert editor.tiers() == [["0", "0.01"], ["50000", "0.015"], ["100000", "0.02"]]
    assert editor.error.isHidden()
    _save(qtbot, dialog)
    assert not dialog.isVisible()
    with factory() as s:
        assert payout_rules.shop_rules(s)["commission_tiers"] == [["0", "0.01"], ["50000", "0.015"],
                                                                 ["100000", "0.02"]]
    assert _earned(factory, "120000") == (Decimal("1650.00"), Decimal("2400.00"))
    assert _earned(factory, "50000") == (Decimal("500.00"), Decimal("750.00"))


@pytest.mark.parametrize(("row", "column", "text", "message"), [
    (1, 1, "abc", "Tier 2, rate: abc is not a number."),
    (1, 1, "-1", "Tier 2, rate: Commission thresholds and rates cannot be negative."),
    (2, 0, "-5", "Tier 1, from sales: Commission thresholds and rates cannot be negative."),
    (1, 0, "", "Tier 3, from sales: Enter a number."),
    (2, 0, "50000", "Tier 3, from sales: Two commission tiers start at 50,000; each threshold once."),
])
def test_a_bad_cell_shows_its_error_and_blocks_saving(qtbot, factory, owner_ctx, row, column, text, message):
    dialog = _dialog(qtbot, owner_ctx)
    editor = dialog.tiers
    type_cell(qtbot, editor.table, row, column, text)
    assert not editor.error.isHidden() and editor.error.text() == message
    bad = [(r, c) for r in range(editor.table.rowCount()) for c in (0, 1)
           if editor.table.item(r, c).toolTip()]
    assert len(bad) == 1
    r, c = bad[0]
    assert message.endswith(editor.table.item(r, c).toolTip())
    _save(qtbot, dialog)
    assert dialog.isVisible() and dialog.error.text() == "Commission tiers: correct the marked cells first."
    with factory() as s:
        assert payout_rules.shop_rules(s)["commission_tiers"] == payout_rules.DEFAULTS["commission_tiers"]


def test_first_threshold_above_zero_is_allowed_and_said(qtbot, factory, owner_ctx):
    dialog = _dialog(qtbot, owner_ctx)
    editor = dialog.tiers
    assert editor.hint.isHidden()
    type_cell(qtbot, editor.table, 0, 0, "10000")
    assert editor.error.isHidden() and editor.hint.text() == "Sales below 10,000 earn no commission."
    _save(qtbot, dialog)
    assert not dialog.isVisible()
    assert _earned(factory, "9999") == (Decimal("0.00"), Decimal("0.00"))


def test_service_names_each_bad_cell():
    problems = payout_rules.tier_problems([["0", "0.01"], ["x", "0.02"], ["50000", "0.015"], ["50000", "0.03"],
                                           ["60000", "-1"]])
    assert [(r, c, e.code) for r, c, e in problems] == [
        (1, 0, "number"), (3, 0, "commission_tier_duplicate"), (4, 1, "commission_tier_negative")]
    assert payout_rules.tier_problems(payout_rules.DEFAULTS["commission_tiers"]) == []


@pytest.mark.usefixtures("chinese")
def test_tiers_table_in_chinese(qtbot, factory, owner_ctx):
    dialog = _dialog(qtbot, owner_ctx)
    editor = dialog.tiers
    assert editor.table.horizontalHeaderItem(0).text() == "销售额起点（元）"
    assert editor.table.horizontalHeaderItem(1).text() == "提成比例（%）"
    assert editor.add_button.text() == "添加档位" and editor.remove_button.text() == "删除档位"
    assert dialog.commission_mode.itemText(0).startswith("超额累进")
    assert dialog.commission_mode.itemText(1).startswith("全额累进")
    type_cell(qtbot, editor.table, 1, 1, "abc")
    assert editor.error.text() == "第 2 档，提成比例：abc 不是数字。"
    _save(qtbot, dialog)
    assert dialog.error.text() == "提成档位：请先改正标出的单元格。"
    type_cell(qtbot, editor.table, 1, 1, "1.5")
    assert editor.error.isHidden() and dialog.error.isHidden()
    _save(qtbot, dialog)
    assert not dialog.isVisible()
    assert _earned(factory, "120000") == (Decimal("1650.00"), Decimal("2400.00"))
