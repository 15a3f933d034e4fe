"""The board page: drag and drop (real mime data, through the view and its model), keyboard moves, the WIP
warning, swimlanes, recurring cards, the card dialog, the flow view, my tasks and the goals tree."""

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from shopteam.db.engine import make_engine, make_session_factory
from shopteam.db.models.boards import Card
from shopteam.services.boards import board as boards
from shopteam.services.boards import cards, goals
from shopteam.services.boards.cards import CardInput
from shopteam.services.boards.goals import GoalInput
from shopteam.ui.boards.card_dialog import CardDialog
from shopteam.ui.boards.card_model import CardListModel
from shopteam.ui.boards.my_tasks import MyTasksModel, MyTasksPage
from shopteam.ui.boards.page import BoardPage
from shopteam.ui.context import AppContext
from shopteam.ui.goals.model import PROGRESS, GoalTreeModel
from shopteam.ui.goals.page import GoalsPage


@pytest.fixture
def board(factory, owner, small_shop):
    """The content board with cards A, B, C in 策划 and D in 创作 (A and D for 张三, B overdue for 李四)."""
    today = date.today()
    with factory.begin() as s:
        board_id = boards.create_board(s, actor=owner, name="内容看板", kind="content")
        cols = [c.id for c in boards.active_columns(s, board_id)]
        ids = {}
        for key, col, data in (
                ("A", 0, CardInput("A 写文案", assignee_ids=(small_shop["a"],), due_date=today + timedelta(days=1))),
                ("B", 0, CardInput("B 拍图", assignee_ids=(small_shop["b"],), due_date=today - timedelta(days=2))),
                ("C", 0, CardInput("C 选题")),
                ("D", 1, CardInput("D 剪视频", assignee_ids=(small_shop["a"],)))):
            ids[key] = cards.create_card(s, actor=owner, board_id=board_id, column_id=cols[col], data=data)
    return {"id": board_id, "cols": cols, **ids}


@pytest.fixture
def page(qtbot, owner_ctx, board):
    widget = BoardPage(owner_ctx)
    qtbot.addWidget(widget)
    widget.resize(1400, 800)
    widget.show()
    return widget


def titles(page, column_id, lane=None):
    model = page.kanban.models[(lane, column_id)]
    return [model.card_at(r).title[0] for r in range(model.rowCount())]


def column_of(factory, card_id):
    with factory() as s:
        return s.scalar(select(Card.column_id).where(Card.id == card_id))


def test_card_model_passes_the_model_tester(qtmodeltester, page, board):
    model = page.kanban.models[(None, board["cols"][0])]
    assert model.rowCount() == 3
    qtmodeltester.check(model)
    empty = CardListModel(1)
    qtmodeltester.check(empty)


def test_drop_with_real_mime_data_lands_and_stays_after_reopening(qtbot, page, board, db_url, owner):
    source = page.kanban.models[(None, board["cols"][0])]
    target = page.kanban.models[(None, board["cols"][1])]
    mime = source.mimeData([source.index(1, 0)])  # B
    assert mime.hasFormat("application/x-shopteam-card")
    assert target.canDropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert target.dropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, QModelIndex()) is False  # the page reloads
    qtbot.waitUntil(lambda: titles(page, board["cols"][1]) == ["B", "D"])
    assert titles(page, board["cols"][0]) == ["A", "C"]

    engine = make_engine(db_url)  # a new engine and session: what the file holds
    try:
        fresh = BoardPage(AppContext(factory=make_session_factory(engine), actor=owner))
        qtbot.addWidget(fresh)
        assert titles(fresh, board["cols"][1]) == ["B", "D"]
        assert titles(fresh, board["cols"][0]) == ["A", "C"]
    finally:
        engine.dispose()


def test_drop_event_through_the_view_moves_within_and_between_columns(qtbot, page, board, factory):
    source_view = page.kanban.views[(None, board["cols"][0])]
    target_view = page.kanban.views[(None, board["cols"][1])]
    mime = source_view.model().mimeData([source_view.model().index(2, 0)])  # C
    rect = target_view.visualRect(target_view.model().index(0, 0))
    point = rect.topLeft() + QPoint(5, 2)  # the upper edge of D: drop above it
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    # the drag machinery's sequence: enter (which makes the view the drop target), move, drop
    for event in (QDragEnterEvent(point, Qt.DropAction.MoveAction, mime, buttons, keys),
                  QDragMoveEvent(point, Qt.DropAction.MoveAction, mime, buttons, keys)):
        QApplication.sendEvent(target_view.viewport(), event)
        assert event.isAccepted()
    drop = QDropEvent(point, Qt.DropAction.MoveAction, mime, buttons, keys)
    drop.setAccepted(False)
    QApplication.sendEvent(target_view.viewport(), drop)
    qtbot.waitUntil(lambda: titles(page, board["cols"][1]) == ["C", "D"])
    assert column_of(factory, board["C"]) == board["cols"][1]
    # within a column: drop A below B (row 2 of [A, B])
    model = page.kanban.models[(None, board["cols"][0])]
    model.dropMimeData(model.mimeData([model.index(0, 0)]), Qt.DropAction.MoveAction, 2, 0, QModelIndex())
    qtbot.waitUntil(lambda: titles(page, board["cols"][0]) == ["B", "A"])


def test_keyboard_moves(qtbot, page, board, factory):
    view = page.kanban.views[(None, board["cols"][0])]
    assert page.kanban.select_card(board["A"])
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert titles(page, board["cols"][0]) == ["B", "A", "C"]
    view = page.kanban.views[(None, board["cols"][0])]
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert titles(page, board["cols"][1]) == ["D", "A"]
    assert column_of(factory, board["A"]) == board["cols"][1]
    moved_to = page.kanban.views[(None, board["cols"][1])]
    assert moved_to.current_card().id == board["A"]  # the card stays selected where it went
    qtbot.keyClick(moved_to, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert column_of(factory, board["A"]) == board["cols"][0]
    first = page.kanban.views[(None, board["cols"][0])]
    page.kanban.select_card(board["B"])
    qtbot.keyClick(first, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)  # no column to the left
    assert column_of(factory, board["B"]) == board["cols"][0]


def test_wip_warning_appears_above_the_limit_not_at_it(qtbot, page, board, factory, owner):
    with factory.begin() as s:
        boards.update_column(s, actor=owner, column_id=board["cols"][1], wip_limit=2)
    page.reload()
    header = page.kanban.headers[board["cols"][1]]
    page.key_move(board["A"], 1, 0)  # 创作 now holds D and A: at the limit
    header = page.kanban.headers[board["cols"][1]]
    assert titles(page, board["cols"][1]) == ["D", "A"]
    assert not header.over_limit and header.warning.isHidden()
    page.key_move(board["B"], 1, 0)  # limit + 1
    header = page.kanban.headers[board["cols"][1]]
    assert header.over_limit and header.warning.isVisibleTo(header)
    assert "3" in header.warning.text() and "2" in header.warning.text()
    assert "#e53935" in header.styleSheet()
    assert not page.kanban.headers[board["cols"][0]].over_limit


def test_swimlanes_by_person(qtbot, page, board, small_shop):
    page.lane_combo.setCurrentIndex(page.lane_combo.findData("person"))
    lanes = {lane for lane, _col in page.kanban.models}
    assert lanes == {small_shop["a"], small_shop["b"], None}
    assert titles(page, board["cols"][0], small_shop["a"]) == ["A"]
    assert titles(page, board["cols"][0], None) == ["C"]
    # dropping C (unassigned) into 张三's lane above A puts it before A in the column
    src = page.kanban.models[(None, board["cols"][0])]
    dst = page.kanban.models[(small_shop["a"], board["cols"][0])]
    dst.dropMimeData(src.mimeData([src.index(0, 0)]), Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    qtbot.waitUntil(lambda: [c.title[0] for c in page.column_cards(board["cols"][0])] == ["C", "A", "B"])


def test_overdue_and_due_soon(page, board):
    model = page.kanban.models[(None, board["cols"][0])]
    states = {model.card_at(r).title[0]: model.data(model.index(r, 0), Qt.ItemDataRole.UserRole + 2)
              for r in range(model.rowCount())}
    assert states == {"A": "soon", "B": "overdue", "C": ""}


def test_recurring_card_made_once_per_period_through_the_page(qtbot, owner_ctx, board, factory, owner):
    with factory.begin() as s:
        template = cards.create_card(s, actor=owner, board_id=board["id"], data=CardInput(
            "每周数据", recurrence="weekly", recurrence_weekday=date.today().weekday()))
    first = BoardPage(owner_ctx)
    qtbot.addWidget(first)
    assert titles(first, board["cols"][0]).count("每") == 1
    first.refresh()
    second = BoardPage(owner_ctx)
    qtbot.addWidget(second)
    with factory() as s:
        assert s.scalar(select(func.count()).select_from(Card).where(Card.template_id == template)) == 1
    assert titles(second, board["cols"][0]).count("每") == 1


def test_staff_cannot_move_someone_elses_card(qtbot, factory, owner, board, small_shop):
    from shopteam.services import accounts

    with factory.begin() as s:
        accounts.create_account(s, actor=owner, username="li", password="secret123", level="staff",
                                employee_id=small_shop["b"])
        li = accounts.login(s, username="li", password="secret123").actor
    widget = BoardPage(AppContext(factory=factory, actor=li))
    qtbot.addWidget(widget)
    model = widget.kanban.models[(None, board["cols"][0])]
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsDragEnabled  # A is 张三's
    assert model.flags(model.index(1, 0)) & Qt.ItemFlag.ItemIsDragEnabled  # B is hers
    widget.key_move(board["A"], 1, 0)
    assert column_of(factory, board["A"]) == board["cols"][0]
    assert "not allowed" in widget.message.text()


def test_card_dialog_edits_comments_and_shows_history(qtbot, page, board, factory):
    page.key_move(board["C"], 1, 0)
    dialog = CardDialog(page.ctx, card_id=board["C"], parent=page)
    qtbot.addWidget(dialog)
    assert dialog.history.rowCount() == 2
    assert dialog.history.item(1, 3).text() == "创作"
    dialog.title.setText("C 选题（改）")
    dialog.tags.setText("直播, 双十一")
    dialog.new_item.setText("列提纲")
    dialog.add_item()
    dialog.new_comment.setPlainText("今天完成")
    dialog.add_comment()
    assert dialog.comments.count() == 1
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    with factory() as s:
        card = s.get(Card, board["C"])
        assert (card.title, card.tags) == ("C 选题（改）", "直播,双十一")
        assert [i.text for i in card.checklist] == ["列提纲"]


def test_new_card_error_is_shown_inline(qtbot, page, board):
    dialog = CardDialog(page.ctx, board_id=board["id"], parent=page)
    qtbot.addWidget(dialog)
    dialog.save()
    assert dialog.error.text() == "Enter the card's title."
    dialog.title.setText("新卡片")
    dialog.save()
    assert dialog.saved_id is not None


def test_flow_view_shows_figures_and_saves_png(qtbot, page, board, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from shopteam.ui.boards.flow_view import FlowDialog

    page.key_move(board["D"], 1, 0)
    for _ in range(4):
        page.key_move(board["D"], 1, 0)  # into 复盘, the done column
    dialog = FlowDialog(page.ctx, board["id"], page)
    qtbot.addWidget(dialog)
    assert dialog.summary.cards_done == 1
    assert dialog.figures.text().startswith("Done: 1")
    path = dialog.save_png(str(tmp_path / "flow.png"))
    assert (tmp_path / "flow.png").stat().st_size > 5000 and path.endswith(".png")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(tmp_path / "chosen"), "")))
    dialog.save_clicked()  # the file chosen through ui/widgets/export, .png added
    assert (tmp_path / "chosen.png").stat().st_size > 5000


def test_my_tasks_lists_a_persons_cards_across_boards(qtbot, qtmodeltester, owner_ctx, board, small_shop, factory,
                                                      owner):
    with factory.begin() as s:
        other = boards.create_board(s, actor=owner, name="上新", kind="listing")
        cards.create_card(s, actor=owner, board_id=other, data=CardInput("上架新品", assignee_ids=(small_shop["a"],)))
    widget = MyTasksPage(owner_ctx)
    qtbot.addWidget(widget)
    widget.person.setCurrentIndex(widget.person.findData(small_shop["a"]))
    shown = {widget.model.index(r, 0).data() for r in range(widget.model.rowCount())}
    assert shown == {"A 写文案", "D 剪视频", "上架新品"}
    qtmodeltester.check(widget.model)
    qtmodeltester.check(MyTasksModel())


def test_goals_tree_year_quarter_month_with_progress(qtbot, qtmodeltester, owner_ctx, factory, owner):
    year = date.today().year
    with factory.begin() as s:
        top = goals.create_goal(s, actor=owner, data=GoalInput("年度销售额", year, metric="销售额", unit="万元",
                                                                 target=1200))
        quarters = goals.split_goal(s, actor=owner, goal_id=top)
        months = goals.split_goal(s, actor=owner, goal_id=quarters[0])
        goals.set_actual(s, actor=owner, goal_id=months[0], actual=120)
    widget = GoalsPage(owner_ctx)
    qtbot.addWidget(widget)
    model = widget.model
    assert model.rowCount() == 1
    root = model.index(0, 0)
    assert root.data() == "年度销售额"
    assert model.rowCount(root) == 4
    q1 = model.index(0, 0, root)
    assert model.index(0, 1, root).data() == f"{year} Q1"
    assert model.rowCount(q1) == 3
    assert model.index(0, PROGRESS, q1).data() == "120%"
    assert model.index(0, PROGRESS, root).data() == "120%"
    qtmodeltester.check(model)
    qtmodeltester.check(GoalTreeModel())


def test_main_window_opens_the_new_pages(qtbot, owner_ctx, board):
    from shopteam.ui.main_window import MainWindow

    window = MainWindow(owner_ctx)
    qtbot.addWidget(window)
    for key, cls in (("boards", BoardPage), ("my_tasks", MyTasksPage), ("goals", GoalsPage)):
        assert isinstance(window.show_page(key), cls)


def test_board_exports_choose_a_file_and_say_what_was_written(qtbot, page, owner_ctx, board, tmp_path, monkeypatch):
    """Cards and the weekly report go through ui/widgets/export: the chosen name gets .xlsx, the work runs in
    the background, the message line says what was written, a failure in the error style."""
    from openpyxl import load_workbook
    from PySide6.QtWidgets import QFileDialog

    chosen = [str(tmp_path / "cards")]
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (chosen[0], "")))
    page.export_clicked()
    qtbot.waitUntil(lambda: page._task is None, timeout=10000)
    assert page.message.text() == f"4 card(s) exported to {tmp_path / 'cards.xlsx'}."
    titles_written = [row[0] for row in load_workbook(tmp_path / "cards.xlsx").active.iter_rows(min_row=2,
                                                                                                 values_only=True)]
    assert sorted(titles_written) == ["A 写文案", "B 拍图", "C 选题", "D 剪视频"]
    chosen[0] = str(tmp_path / "missing" / "cards.xlsx")
    page.export_clicked()
    qtbot.waitUntil(lambda: page._task is None, timeout=10000)
    assert page.message.text().startswith("Export failed: ") and "c62828" in page.message.styleSheet()
    tasks = MyTasksPage(owner_ctx)
    qtbot.addWidget(tasks)
    chosen[0] = str(tmp_path / "weekly.xlsx")
    tasks.export_weekly()
    qtbot.waitUntil(lambda: tasks._task is None, timeout=10000)
    assert tasks.message.text() == f"Weekly report written to {tmp_path / 'weekly.xlsx'}."
    assert (tmp_path / "weekly.xlsx").exists()
