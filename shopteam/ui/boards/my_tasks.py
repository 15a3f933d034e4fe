"""My tasks (我的任务): the cards assigned to me — or to someone I look after — across all boards, overdue
ones red and due-soon ones amber; double-click opens the card; the weekly report exports from here."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from shopteam.domain import clock
from shopteam.services.boards import cards
from shopteam.services.boards import transfer as card_transfer
from shopteam.services.boards.board import CardSummary
from shopteam.services.permissions import visible_employee_ids
from shopteam.ui.boards.card_model import due_state
from shopteam.ui.boards.page import DIR_KEY
from shopteam.ui.context import AppContext
from shopteam.ui.i18n import chosen_language
from shopteam.ui.widgets.columns import fit_columns
from shopteam.ui.widgets.export import ask_save_path, run_export
from shopteam.ui.widgets.rows_model import RowsTableModel

_Index = QModelIndex | QPersistentModelIndex
TITLE, BOARD, COLUMN, DUE, PRIORITY, ASSIGNEES = range(6)
FOREGROUND = {"overdue": "#c62828", "soon": "#e65100"}
BACKGROUND = {"overdue": "#ffebee", "soon": "#fff8e1"}


class MyTasksModel(RowsTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__([], parent)
        self.today = clock.today()
        self.headers = [self.tr("Card"), self.tr("Board"), self.tr("Column"), self.tr("Due date"),
                         self.tr("Priority"), self.tr("Assignees")]
        self._priorities = [self.tr("Low"), self.tr("Normal"), self.tr("High"), self.tr("Urgent")]

    def row_at(self, row: int) -> CardSummary:
        return self.rows[row]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        card, col = self.rows[index.row()], index.column()
        state = due_state(card, self.today)
        if role == Qt.ItemDataRole.DisplayRole:
            return (card.title, card.board_name, card.column_name,
                    card.due_date.isoformat() if card.due_date else "",
                    self._priorities[card.priority] if 0 <= card.priority < 4 else "",
                    "、".join(card.assignees))[col]
        if role == Qt.ItemDataRole.UserRole:
            return (card.title, card.board_name, card.column_name, card.due_date.toordinal() if card.due_date else 0,
                    card.priority, len(card.assignees))[col]
        if role == Qt.ItemDataRole.ForegroundRole and state:
            return QBrush(QColor(FOREGROUND[state]))
        if role == Qt.ItemDataRole.BackgroundRole and state:
            return QBrush(QColor(BACKGROUND[state]))
        if role == Qt.ItemDataRole.ForegroundRole and card.done:
            return QBrush(QColor("#9e9e9e"))
        return None


class MyTasksPage(QWidget):
    # The tables it shows: a commit that writes one reloads it (main_window).
    shows = frozenset({"board", "board_column", "card", "card_assignee", "card_comment", "checklist_item",
                       "card_move", "employee", "department"})
    loads_on_creation = True  # the main window need not refresh it on the first visit

    exported = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.dialog: QDialog | None = None
        self._task = None
        self.model = MyTasksModel(self)
        self.person = QComboBox()
        self.person.setObjectName("tasks_person")
        self.person.setMinimumWidth(160)
        self.show_done = QCheckBox(self.tr("Show done cards"))
        self.count = QLabel()
        weekly = QPushButton(self.tr("Weekly report to Excel…"))
        weekly.clicked.connect(self.export_weekly)
        self.table = QTableView()
        self.table.setObjectName("my_tasks")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        fit_columns(self.table, stretch=TITLE)
        self.table.doubleClicked.connect(lambda index: self.open_card(self.model.row_at(index.row()).id))
        self.message = QLabel()
        self.message.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Person:")))
        top.addWidget(self.person)
        top.addWidget(self.show_done)
        top.addWidget(self.count, 1)
        top.addWidget(weekly)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        self._fill_people()
        self.person.currentIndexChanged.connect(self.refresh)
        self.show_done.toggled.connect(self.refresh)
        self.refresh()

    def _fill_people(self) -> None:
        with self.ctx.factory() as session:
            scope = visible_employee_ids(session, self.ctx.actor)
            people = [p for p in cards.people_choices(session) if scope is None or p[0] in scope]
        own = self.ctx.actor.employee_id
        people.sort(key=lambda p: (p[0] != own, p[1]))
        for pid, no, name in people:
            self.person.addItem(f"{name} ({no})", pid)

    def refresh(self, *_args) -> None:
        employee_id = self.person.currentData()
        with self.ctx.factory() as session:
            rows = cards.my_tasks(session, actor=self.ctx.actor, employee_id=employee_id,
                                  include_done=self.show_done.isChecked()) if employee_id else []
        self.model.set_rows(rows)
        overdue = sum(1 for r in rows if due_state(r) == "overdue")
        self.count.setText(self.tr("%n card(s)", "", len(rows)) + (
            self.tr(", %n overdue", "", overdue) if overdue else ""))

    def open_card(self, card_id: int) -> None:
        from shopteam.ui.boards.card_dialog import CardDialog

        dialog = CardDialog(self.ctx, card_id=card_id, parent=self)
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda *_: self.refresh())
        dialog.open()

    def export_weekly(self) -> None:
        employee_id = self.person.currentData()
        name = self.tr("weekly-report-%1.xlsx").replace("%1", clock.today().strftime("%Y%m%d"))
        path = ask_save_path(self, title=self.tr("Weekly report"), name=name,
                             pattern=self.tr("Excel workbook (*.xlsx)"), settings_key=DIR_KEY, suffix=".xlsx")
        if path:
            self.export_weekly_to(path, employee_id)

    def export_weekly_to(self, path: str, employee_id: int | None) -> None:
        factory, actor, today, language = self.ctx.factory, self.ctx.actor, clock.today(), chosen_language()

        def work(progress):
            with factory() as session:
                return card_transfer.export_weekly(session, actor=actor, week_of=today, path=path,
                                                   employee_id=employee_id, language=language, progress=progress)

        def failed(sentence):
            self._task = None
            self.message.setText(self.tr("Export failed: %1").replace("%1", sentence))

        def saved(_count):
            self._task = None
            self.message.setText(self.tr("Weekly report written to %1.").replace("%1", path))
            self.exported.emit(path)

        self._task = run_export(self, work, title=self.tr("Weekly report"), on_saved=saved, on_failed=failed)
