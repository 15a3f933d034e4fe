"""The board page (看板): pick a board, see its columns side by side, drag cards or move them with
Ctrl+arrows, open a card, and reach the board's columns, flow, Excel export/import and weekly report."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QScrollArea,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from shopteam.domain import clock
from shopteam.domain.errors import ShopTeamError
from shopteam.services.boards import board as boards
from shopteam.services.boards import cards
from shopteam.services.boards import transfer as card_transfer
from shopteam.services.boards.board import BoardView, CardSummary
from shopteam.services.permissions import BOARDS_MANAGE, can
from shopteam.ui.boards.card_model import due_state
from shopteam.ui.boards.kanban import KanbanView
from shopteam.ui.context import AppContext
from shopteam.ui.i18n import chosen_language
from shopteam.ui.messages import describe
from shopteam.ui.tasks import run_task
from shopteam.ui.widgets.export import ERROR_STYLE, ask_open_path, ask_save_path, run_export

LAST_BOARD_KEY = "boards/last_board"
DIR_KEY = "boards/last_dir"
BIG = 1 << 30


class BoardPage(QWidget):
    # The tables it shows: a commit that writes one reloads it (main_window).
    shows = frozenset({"board", "board_column", "card", "card_assignee", "card_comment", "checklist_item",
                       "card_move", "goal", "employee", "department"})
    loads_on_creation = True  # the main window need not refresh it on the first visit

    moved = Signal(int)  # a card id whose move was saved
    exported = Signal(str)
    imported = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.view: BoardView | None = None
        self.dialog: QDialog | None = None
        self._task = None
        self._select_after: int | None = None

        self.board_combo = QComboBox()
        self.board_combo.setObjectName("board_picker")
        self.board_combo.setMinimumWidth(200)
        self.board_combo.currentIndexChanged.connect(self._board_chosen)
        self.lane_combo = QComboBox()
        self.lane_combo.setObjectName("swimlanes")
        for key, text in (("none", self.tr("No swimlanes")), ("person", self.tr("Swimlanes by person")),
                          ("department", self.tr("Swimlanes by department"))):
            self.lane_combo.addItem(text, key)
        self.lane_combo.currentIndexChanged.connect(self._lanes_chosen)

        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.new_card_action = self._action(self.tr("New card"), self.new_card)
        self.new_card_action.setShortcut("Ctrl+N")
        self.toolbar.addSeparator()
        self.flow_action = self._action(self.tr("Flow"), self.show_flow)
        self.weekly_action = self._action(self.tr("Weekly report"), self.export_weekly)
        more = QMenu(self)
        self.new_board_action = more.addAction(self.tr("New board…"), self.new_board)
        self.columns_action = more.addAction(self.tr("Columns and WIP limits…"), self.edit_columns)
        self.weekly_card_action = more.addAction(self.tr("Add the Friday weekly-report card for everyone"),
                                                 self.add_weekly_card)
        self.recurring_menu = more.addMenu(self.tr("Recurring cards"))
        more.addSeparator()
        self.export_action = more.addAction(self.tr("Export cards to Excel…"), self.export_clicked)
        self.import_action = more.addAction(self.tr("Import cards from Excel…"), self.import_clicked)
        more.addSeparator()
        self.archive_action = more.addAction(self.tr("Archive this board"), self.archive_board)
        more_button = QToolButton()
        more_button.setText(self.tr("Board"))
        more_button.setMenu(more)
        more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.toolbar.addWidget(more_button)
        self.new_board_action.setVisible(can(ctx.actor, BOARDS_MANAGE))

        self.kanban = KanbanView()
        self.kanban.can_drag = self._can_move
        self.kanban.dropped.connect(self._dropped)
        self.kanban.key_move.connect(self.key_move)
        self.kanban.open_card.connect(self.open_card)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.kanban)

        self.message = QLabel()
        self.message.setObjectName("board_message")
        self.message.setWordWrap(True)
        self.hint = QLabel(self.tr("Drag cards between columns, or select one and press Ctrl+←/→ (column) "
                                   "or Ctrl+↑/↓ (order). Double-click or Enter opens a card."))
        self.hint.setStyleSheet("color: #757575;")

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Board:")))
        top.addWidget(self.board_combo)
        top.addWidget(self.lane_combo)
        self.overdue_only = QCheckBox(self.tr("Overdue only"))
        self.overdue_only.setObjectName("board_overdue_only")
        self.overdue_only.toggled.connect(lambda _on: self.reload())
        top.addWidget(self.overdue_only)
        top.addWidget(self.toolbar, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.hint)
        self.refresh()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self.kanban.fit_width(self.scroll.viewport().width())

    def _action(self, text: str, slot) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(slot)
        self.toolbar.addAction(action)
        return action

    # ------------------------------------------------------------------ loading

    def refresh(self) -> None:
        """Make this period's recurring cards, reload the board list and the current board."""
        try:
            with self.ctx.factory.begin() as session:
                cards.generate_recurring_cards(session, today=clock.today(), actor=self.ctx.actor)
        except ShopTeamError as err:
            self._say(describe(err), error=True)
        with self.ctx.factory() as session:
            rows = boards.list_boards(session, actor=self.ctx.actor)
        wanted = self.view.id if self.view else QSettings().value(LAST_BOARD_KEY, None, int)
        self.board_combo.blockSignals(True)
        self.board_combo.clear()
        for row in rows:
            self.board_combo.addItem(row.name, row.id)
        index = self.board_combo.findData(wanted) if wanted is not None else -1
        self.board_combo.setCurrentIndex(index if index >= 0 else 0 if rows else -1)
        self.board_combo.blockSignals(False)
        self.reload()

    def apply_filter(self, how: str | None) -> None:
        """'overdue' shows only the cards past their due date, on the first board that has any (the home
        screen's link); None shows every card."""
        if how == "overdue":
            from shopteam.services.dashboard import first_board_with_overdue

            with self.ctx.factory() as session:
                board_id = first_board_with_overdue(session, actor=self.ctx.actor)
            if board_id is not None and board_id != self.current_board_id():
                self.show_board(board_id)
        self.overdue_only.setChecked(how == "overdue")

    def current_board_id(self) -> int | None:
        return self.board_combo.currentData()

    def show_board(self, board_id: int) -> None:
        index = self.board_combo.findData(board_id)
        if index >= 0:
            self.board_combo.setCurrentIndex(index)

    def _board_chosen(self, _index: int) -> None:
        if self.current_board_id() is not None:
            QSettings().setValue(LAST_BOARD_KEY, self.current_board_id())
        self.view = None
        self.reload()

    def reload(self) -> None:
        board_id = self.current_board_id()
        if board_id is None:
            self.view = None
            self.kanban.show_board(BoardView(0, "", "custom", None, "none", False, 0, (), (), False, {}), "none")
            self._update_actions()
            return
        first = self.view is None or self.view.id != board_id
        with self.ctx.factory() as session:
            self.view = boards.load_board(session, actor=self.ctx.actor, board_id=board_id)
            templates = cards.recurring_templates(session, board_id=board_id)
        if first:
            self.lane_combo.blockSignals(True)
            self.lane_combo.setCurrentIndex(max(0, self.lane_combo.findData(self.view.swimlane)))
            self.lane_combo.blockSignals(False)
        shown = self.view
        if self.overdue_only.isChecked():
            shown = replace(self.view, cards=tuple(c for c in self.view.cards
                                                               if due_state(c) == "overdue"))
        self.kanban.show_board(shown, self.lane_combo.currentData())
        self.kanban.fit_width(self.scroll.viewport().width())
        self.recurring_menu.clear()
        for template_id, title, recurrence in templates:
            label = self.tr("%1 (weekly)") if recurrence == "weekly" else self.tr("%1 (monthly)")
            self.recurring_menu.addAction(label.replace("%1", title), lambda t=template_id: self.open_card(t))
        self.recurring_menu.setEnabled(bool(templates))
        if self._select_after is not None:
            self.kanban.select_card(self._select_after)
            self._select_after = None
        self._update_actions()

    def _update_actions(self) -> None:
        manage = bool(self.view and self.view.can_manage)
        for action in (self.columns_action, self.archive_action, self.weekly_card_action):
            action.setEnabled(manage)
        has_board = self.view is not None
        for action in (self.new_card_action, self.flow_action, self.export_action, self.import_action):
            action.setEnabled(has_board)

    def _lanes_chosen(self, _index: int) -> None:
        if self.view is None:
            return
        mode = self.lane_combo.currentData()
        if self.view.can_manage and mode != self.view.swimlane:
            try:
                with self.ctx.factory.begin() as session:
                    boards.set_swimlane(session, actor=self.ctx.actor, board_id=self.view.id, swimlane=mode)
            except ShopTeamError as err:
                self._say(describe(err), error=True)
        self.reload()

    # ------------------------------------------------------------------ moving cards

    def _can_move(self, card: CardSummary) -> bool:
        if self.overdue_only.isChecked():  # positions within a filtered column are not the board's
            return False
        if self.view is not None and self.view.can_manage:
            return True
        return self.ctx.actor.employee_id is not None and self.ctx.actor.employee_id in card.assignee_ids

    def column_cards(self, column_id: int) -> list[CardSummary]:
        return [c for c in self.view.cards if c.column_id == column_id] if self.view else []

    def _dropped(self, card_id: int, column_id: int, row: int, model) -> None:
        """A card was dropped at ``row`` of a list (a column, or a swimlane cell of it): work out its place
        among all of the column's cards and save the move."""
        lane_cards = model.cards()
        others = [c.id for c in self.column_cards(column_id) if c.id != card_id]
        after = [c.id for c in lane_cards[row:] if c.id != card_id]
        before = [c.id for c in lane_cards[:row] if c.id != card_id]
        if after:
            position = others.index(after[0])
        elif before:
            position = others.index(before[-1]) + 1
        else:
            position = len(others)
        self.move(card_id, column_id, position, later=True)

    def move(self, card_id: int, column_id: int, position: int, *, later: bool = False) -> bool:
        """Save a move; the board reloads (at once, or after the drop event when ``later``)."""
        try:
            with self.ctx.factory.begin() as session:
                changed = cards.move_card(session, actor=self.ctx.actor, card_id=card_id, to_column_id=column_id,
                                          to_position=position)
        except ShopTeamError as err:
            self._say(describe(err), error=True)
            return False
        self._say("")
        if later:  # not inside the drop event: the dragged-from list may still be in use
            QTimer.singleShot(0, lambda: self._show_moved(card_id, column_id, position))
        else:
            self._show_moved(card_id, column_id, position)
        if changed:
            self.moved.emit(card_id)
        return changed

    def _show_moved(self, card_id: int, column_id: int, position: int) -> None:
        """Show a saved move without reading the whole board again: the same renumbering as move_card."""
        view = self.view
        card = next((c for c in view.cards if c.id == card_id), None) if view else None
        if card is None:
            self._select_after = card_id
            self.reload()
            return
        done_columns = {c.id for c in view.columns if c.is_done}
        by_column = {c.id: [x for x in view.cards if x.column_id == c.id and x.id != card_id] for c in view.columns}
        target = by_column[column_id]
        target.insert(max(0, min(position, len(target))), replace(card, column_id=column_id,
                                                                  done=column_id in done_columns))
        ordered = [replace(x, position=i) if x.position != i else x
                   for c in view.columns for i, x in enumerate(by_column[c.id])]
        self.view = replace(view, cards=tuple(ordered))
        self.kanban.show_board(self.view, self.lane_combo.currentData())
        self.kanban.select_card(card_id)

    def key_move(self, card_id: int, columns: int, places: int) -> None:
        if self.view is None:
            return
        card = next((c for c in self.view.cards if c.id == card_id), None)
        if card is None:
            return
        if columns:
            ids = [c.id for c in self.view.columns]
            index = ids.index(card.column_id) + columns
            if 0 <= index < len(ids):
                self.move(card_id, ids[index], BIG)
            return
        ids = [c.id for c in self.column_cards(card.column_id)]
        position = ids.index(card_id) + places
        if 0 <= position < len(ids):
            self.move(card_id, card.column_id, position)

    # ------------------------------------------------------------------ dialogs

    def _open(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda *_: self._closed(dialog))
        dialog.open()

    def _closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        self.reload()

    def open_card(self, card_id: int) -> None:
        from shopteam.ui.boards.card_dialog import CardDialog

        try:
            self._open(CardDialog(self.ctx, card_id=card_id, parent=self))
        except ShopTeamError as err:
            self._say(describe(err), error=True)

    def new_card(self) -> None:
        from shopteam.ui.boards.card_dialog import CardDialog

        if self.view is not None:
            self._open(CardDialog(self.ctx, board_id=self.view.id, parent=self))

    def new_board(self) -> None:
        from shopteam.ui.boards.board_dialogs import NewBoardDialog

        dialog = NewBoardDialog(self.ctx, self)
        dialog.accepted.connect(lambda: (self.refresh(), self.show_board(dialog.saved_id)))
        self._open(dialog)

    def edit_columns(self) -> None:
        from shopteam.ui.boards.board_dialogs import ColumnsDialog

        if self.view is not None:
            self._open(ColumnsDialog(self.ctx, self.view.id, self))

    def show_flow(self) -> None:
        from shopteam.ui.boards.flow_view import FlowDialog

        if self.view is not None:
            self._open(FlowDialog(self.ctx, self.view.id, self))

    def add_weekly_card(self) -> None:
        if self.view is None:
            return
        try:
            with self.ctx.factory.begin() as session:
                cards.ensure_weekly_report_card(session, actor=self.ctx.actor, board_id=self.view.id)
                made = cards.generate_recurring_cards(session, today=clock.today(), actor=self.ctx.actor)
        except ShopTeamError as err:
            self._say(describe(err), error=True)
            return
        self.reload()
        self._say(self.tr("The weekly-report card appears every Friday for everyone (%1 made now).")
                  .replace("%1", str(len(made))))

    def archive_board(self) -> None:
        if self.view is None:
            return
        answer = QMessageBox.question(self, self.tr("Archive this board"),
                                      self.tr("Archive the board %1? Its cards and history are kept.")
                                      .replace("%1", self.view.name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            with self.ctx.factory.begin() as session:
                boards.archive_board(session, actor=self.ctx.actor, board_id=self.view.id)
        except ShopTeamError as err:
            self._say(describe(err), error=True)
            return
        self.view = None
        self.refresh()

    # ------------------------------------------------------------------ Excel

    def _ask_path(self, title: str, suggested: str, save: bool) -> str:
        pattern = self.tr("Excel workbook (*.xlsx)")
        if save:
            return ask_save_path(self, title=title, name=suggested, pattern=pattern, settings_key=DIR_KEY,
                                 suffix=".xlsx")
        return ask_open_path(self, title=title, pattern=pattern, settings_key=DIR_KEY)

    def export_clicked(self) -> None:
        if self.view is not None:
            path = self._ask_path(self.tr("Export cards to Excel"), f"{self.view.name}.xlsx", save=True)
            if path:
                self.export_to(path)

    def _export_failed(self, sentence: str) -> None:
        self._task = None
        self._say(self.tr("Export failed: %1").replace("%1", sentence), error=True)

    def export_to(self, path: str) -> None:
        factory, actor, board_id = self.ctx.factory, self.ctx.actor, self.view.id
        language = chosen_language()  # documents from the window speak the window's language

        def work(progress):
            with factory() as session:
                return card_transfer.export_cards(session, actor=actor, board_id=board_id, path=path,
                                                  language=language, progress=progress)

        def saved(count):
            self._task = None
            self._say(self.tr("%n card(s) exported to %1.", "", count).replace("%1", path))
            self.exported.emit(path)

        self._task = run_export(self, work, title=self.tr("Exporting cards…"), on_saved=saved,
                                on_failed=self._export_failed)

    def import_clicked(self) -> None:
        if self.view is not None:
            path = self._ask_path(self.tr("Import cards from Excel"), "", save=False)
            if path:
                self.import_from(path)

    def import_from(self, path: str) -> None:
        factory, actor, board_id = self.ctx.factory, self.ctx.actor, self.view.id

        def work(progress):
            with factory.begin() as session:
                return card_transfer.import_cards(session, actor=actor, board_id=board_id, path=path,
                                                  progress=progress)

        def done(result, error):
            self._task = None
            if error is not None:
                self._say(self.tr("Import failed, nothing was added: %1").replace("%1", describe(error)), error=True)
                return
            self.reload()
            self._say(self.tr("%n card(s) imported.", "", result.created))
            self.imported.emit(result.created)

        self._task = run_task(work, on_done=done, parent=self, title=self.tr("Importing cards…"))

    def export_weekly(self) -> None:
        today = clock.today()
        path = self._ask_path(self.tr("Weekly report"), self.tr("weekly-report-%1.xlsx")
                              .replace("%1", today.strftime("%Y%m%d")), save=True)
        if not path:
            return
        factory, actor, language = self.ctx.factory, self.ctx.actor, chosen_language()

        def work(progress):
            with factory() as session:
                return card_transfer.export_weekly(session, actor=actor, week_of=today, path=path,
                                                   language=language, progress=progress)

        def saved(count):
            self._task = None
            self._say(self.tr("Weekly report of %n person(s) written to %1.", "", count).replace("%1", path))
            self.exported.emit(path)

        self._task = run_export(self, work, title=self.tr("Weekly report"), on_saved=saved,
                                on_failed=self._export_failed)

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setText(text)
