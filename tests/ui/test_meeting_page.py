"""The weekly meeting screen (周例会): creating a meeting shows the prefilled parts; a part is edited, an
issue noted, an action item made a card, the record exported; staff edit only their own part. In English
and in Chinese (the .ts compiled for the test)."""

from __future__ import annotations

import shutil
import subprocess
from datetime import UTC, date, datetime

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import select

from shopteam.db.models.attendance import TimesheetEntry
from shopteam.db.models.boards import Card, card_assignee
from shopteam.domain import clock
from shopteam.services import accounts
from shopteam.services.boards import board as boards
from shopteam.services.boards import cards
from shopteam.services.boards.cards import CardInput
from shopteam.ui.context import AppContext
from shopteam.ui.main_window import MainWindow
from shopteam.ui.meetings.page import MeetingPage

TODAY = date(2026, 11, 6)  # Friday of 2026-W45


@pytest.fixture
def shop(factory, owner, small_shop):
    """张三 (运营部) finished a card this week, has one due next week and 7.5 approved hours; 李四 and 王五
    (客服部) have an account each."""
    clock.set_today(TODAY)
    with factory.begin() as s:
        board = boards.create_board(s, actor=owner, name="内容", kind="content", department_id=small_shop["ops"])
        done = boards.active_columns(s, board)[-1].id
        card = cards.create_card(s, actor=owner, board_id=board, data=CardInput("双十一主图", assignee_ids=(
            small_shop["a"],)))
        cards.move_card(s, actor=owner, card_id=card, to_column_id=done, to_position=0,
                        now=datetime(2026, 11, 4, 8, tzinfo=UTC))
        cards.create_card(s, actor=owner, board_id=board, data=CardInput(
            "双十二预热文案", due_date=date(2026, 11, 12), assignee_ids=(small_shop["a"],)))
        s.add(TimesheetEntry(employee_id=small_shop["a"], work_date=date(2026, 11, 3), task="主图", hours=7.5,
                             status="approved"))
        accounts.create_account(s, actor=owner, username="lisi", password="secret123", level="staff",
                                employee_id=small_shop["b"])
    with factory.begin() as s:
        staff = accounts.login(s, username="lisi", password="secret123").actor
    return {**small_shop, "board": board, "staff": staff}


def _page(qtbot, factory, actor):
    page = MeetingPage(AppContext(factory=factory, actor=actor, shop_name="测试小店"))
    qtbot.addWidget(page)
    page.show()
    return page


def _cells(table, row):
    return [table.item(row, c).text() for c in range(table.columnCount()) if c != 2]


def test_create_shows_the_prefilled_parts_then_edit_note_and_make_a_card(qtbot, factory, owner, shop, language,
                                                                          tmp_path, monkeypatch):
    zh = language == "zh_CN"
    page = _page(qtbot, factory, owner)
    assert page.week() == "2026-W45"
    assert page.department_combo.itemText(0) == ("全店" if zh else "The whole shop")
    page.choose("2026-W45", shop["ops"])
    assert page.status.text() == ("本周尚无周例会；下列汇报由本周的任务卡片和工时预填。" if zh else
                                  "No meeting for this week yet; the parts shown are prefilled from the week's cards "
                                  "and timesheets.")
    assert page.create_button.isEnabled() and page.parts_table.rowCount() == 1  # the preview, not yet saved
    assert not page.export_button.isEnabled() and not page.pdf_button.isEnabled()
    assert _cells(page.parts_table, 0) == ["E001", "张三", "本周完成： …", "- 双十二预热文案（截止 2026-11-12）"]
    assert page.parts_table.item(0, 2).text() == "" and not page.parts_table.item(0, 2).flags() & \
        Qt.ItemFlag.ItemIsUserCheckable
    page.parts_table.selectRow(0)
    assert page.summary_edit.toPlainText() == "" and not page.save_part_button.isEnabled()
    page.create_button.click()
    assert not page.create_button.isEnabled()
    assert page.parts_table.horizontalHeaderItem(3).text() == ("本周总结" if zh else "This week's summary")
    assert page.parts_table.rowCount() == 1
    assert _cells(page.parts_table, 0) == ["E001", "张三", "本周完成： …", "- 双十二预热文案（截止 2026-11-12）"]
    assert page.parts_table.item(0, 2).checkState() == Qt.CheckState.Checked
    page.parts_table.selectRow(0)
    assert page.summary_edit.toPlainText() == "本周完成：\n- 双十一主图\n工时：7.5 小时（已批准）"
    page.summary_edit.setPlainText("主图全部上线")
    page.save_part_button.click()
    assert page.detail.parts[0].summary == "主图全部上线" and page.parts_table.item(0, 3).text() == "主图全部上线"

    page.kind_combo.setCurrentIndex(page.kind_combo.findData("decision"))
    page.item_edit.setText("双十二主推 A 款")
    page.add_item_button.click()
    assert page.items_list.item(0).text() == ("[决议] 双十二主推 A 款" if zh else "[Decision] 双十二主推 A 款")

    page.action_edit.setText("整理差评原因")
    page.add_action_button.click()
    assert page.actions_table.rowCount() == 1 and page.actions_table.item(0, 1).text() == "E001 张三"
    assert page.actions_table.horizontalHeaderItem(1).text() == ("负责人" if zh else "Owner")
    page.actions_table.selectRow(0)
    assert page.make_card_button.isEnabled()
    page.board_combo.setCurrentIndex(page.board_combo.findData(shop["board"]))
    page.make_card_button.click()
    assert page.error.isHidden()
    with factory() as s:
        card = s.scalar(select(Card).where(Card.title == "整理差评原因"))
        assert card.due_date == TODAY and list(s.scalars(select(card_assignee.c.employee_id).where(
            card_assignee.c.card_id == card.id))) == [shop["a"]]
    assert page.actions_table.item(0, 4).text() == f"#{card.id}" and page.actions_table.item(0, 3).text() == "内容"
    assert page.past_list.count() == 1 and page.past_list.item(0).text() == "2026-W45 运营部 (1/1)"

    out = tmp_path / "meeting.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    monkeypatch.setenv("SHOPTEAM_LANG", language)  # the window's language, which its documents speak
    page.export_button.click()
    qtbot.waitUntil(lambda: page.export_task is None, timeout=10000)
    assert load_workbook(out)["个人汇报" if zh else "Parts"]["E3"].value == "主图全部上线"
    assert page.status.text().endswith(str(out) + ("。" if language == "zh_CN" else "."))

    pdf = tmp_path / "meeting.pdf"  # the record on A4, in the window's language
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(pdf), ""))
    assert page.pdf_button.text() == ("打印/PDF(&P)…" if zh else "&Print / PDF…") and page.pdf_button.isEnabled()
    page.pdf_button.click()
    qtbot.waitUntil(lambda: page.export_task is None, timeout=10000)
    assert pdf.read_bytes().startswith(b"%PDF") and page.error.isHidden()
    assert page.status.text().endswith(str(pdf) + ("。" if zh else "."))
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
        assert "张三" in text and "主图全部上线" in text and "整理差评原因" in text
        assert ("周例会记录" if zh else "Weekly meeting record") in text


def test_staff_edit_only_their_own_part(qtbot, factory, owner, shop, language):
    from shopteam.services.meetings import meeting as meetings

    with factory.begin() as s:
        meetings.create_meeting(s, actor=owner, week="2026-W45", department_id=shop["cs"])
    page = _page(qtbot, factory, shop["staff"])
    page.choose("2026-W45", shop["cs"])
    assert not page.create_button.isEnabled() and not page.add_item_button.isEnabled()
    names = [page.parts_table.item(r, 1).text() for r in range(page.parts_table.rowCount())]
    assert names == ["李四", "王五"]
    page.parts_table.selectRow(1)
    assert not page.save_part_button.isEnabled() and page.summary_edit.isReadOnly()
    page.parts_table.selectRow(0)
    assert page.save_part_button.isEnabled()
    page.plan_edit.setPlainText("回复差评")
    page.save_part_button.click()
    assert page.detail.parts[0].plan == "回复差评"
    page.choose("2026-W45", shop["ops"])  # not their department: nothing to see
    assert page.parts_table.rowCount() == 0
    assert page.status.text() == ("本周没有您参加的周例会。" if language == "zh_CN" else
                                  "No meeting of this week that you take part in.")


def test_in_the_side_list_for_everyone(qtbot, factory, shop):
    window = MainWindow(AppContext(factory=factory, actor=shop["staff"], shop_name="测试小店"))
    qtbot.addWidget(window)
    home = window.pages["home"]
    qtbot.waitUntil(lambda: home.dashboard is not None and not home.loading, timeout=10000)
    keys = [window.nav.item(i).data(Qt.ItemDataRole.UserRole) for i in range(window.nav.count())]
    assert "meeting" in keys
    assert isinstance(window.show_page("meeting"), MeetingPage)
