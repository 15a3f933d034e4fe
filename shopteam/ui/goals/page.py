"""The goals page (目标): the goals of a year as a tree (year → quarter → month) with metric, target,
actual and a progress bar; new goal, sub-goal, edit, break down into quarters or months, archive."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QAction, QColor, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from shopteam.domain import clock
from shopteam.domain.errors import ShopTeamError
from shopteam.services.boards import goals
from shopteam.services.boards.goals import GoalRow
from shopteam.services.permissions import BOARDS_MANAGE, can
from shopteam.ui.context import AppContext
from shopteam.ui.goals.model import NAME, PROGRESS, GoalTreeModel, ProgressRole
from shopteam.ui.messages import ERROR_STYLE, describe
from shopteam.ui.widgets.columns import fit_columns

BAR_WIDTH = 110  # px: the progress bar beside its percentage

class ProgressDelegate(QStyledItemDelegate):
    """A progress bar (filled up to 100 %) with the real share written beside it in dark text."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802 - Qt override
        hint = super().sizeHint(option, index)
        return QSize(max(hint.width(), BAR_WIDTH + option.fontMetrics.horizontalAdvance("1000%") + 18), hint.height())

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        value = index.data(ProgressRole)
        if value is None:
            super().paint(painter, option, index)
            return
        painter.save()
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(option.rect, option.palette.highlight())
        text = f"{value * 100:.0f}%"
        text_width = option.fontMetrics.horizontalAdvance("1000%") + 6
        bar = QRect(option.rect.left() + 4, option.rect.top() + 5, option.rect.width() - text_width - 8,
                    option.rect.height() - 10)
        painter.setPen(QColor("#b0bec5"))
        painter.setBrush(QColor("#eceff1"))
        painter.drawRect(bar)
        colour = "#43a047" if value >= 1 else "#1e88e5" if value >= 0.6 else "#fb8c00"
        filled = QRect(bar.left() + 1, bar.top() + 1, int((bar.width() - 1) * max(0.0, min(1.0, value))),
                       bar.height() - 1)
        painter.fillRect(filled, QColor(colour))
        painter.setPen(option.palette.highlightedText().color() if option.state & QStyle.StateFlag.State_Selected
                       else QColor("#212121"))
        painter.drawText(QRect(bar.right() + 4, option.rect.top(), text_width, option.rect.height()),
                         int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), text)
        painter.restore()


class GoalsPage(QWidget):
    # The tables it shows: a commit that writes one reloads it (main_window).
    shows = frozenset({"goal", "card", "board", "board_column", "employee", "department"})
    loads_on_creation = True  # the main window need not refresh it on the first visit

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.dialog: QDialog | None = None
        self.rows: list[GoalRow] = []
        self.model = GoalTreeModel(self)
        self.year = QComboBox()
        self.year.setObjectName("goals_year")
        this_year = clock.today().year
        for year in range(this_year + 1, this_year - 4, -1):
            self.year.addItem(str(year), year)
        self.year.setCurrentIndex(1)
        self.year.currentIndexChanged.connect(self.refresh)
        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.new_action = self._action(self.tr("New goal"), self.new_goal)
        self.sub_action = self._action(self.tr("New sub-goal"), self.new_sub_goal)
        self.edit_action = self._action(self.tr("Edit"), self.edit_selected)
        self.split_action = self._action(self.tr("Break down"), self.split_selected)
        self.split_action.setToolTip(self.tr("Split a year goal into quarters, or a quarter goal into months"))
        self.archive_action = self._action(self.tr("Archive"), self.archive_selected)
        self.tree = QTreeView()
        self.tree.setObjectName("goals_tree")
        self.tree.setModel(self.model)
        self.tree.setItemDelegateForColumn(PROGRESS, ProgressDelegate(self.tree))
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.doubleClicked.connect(lambda _i: self.edit_selected())
        self.tree.selectionModel().selectionChanged.connect(self._update_actions)
        fit_columns(self.tree, stretch=NAME)
        self.message = QLabel()
        self.message.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Year:")))
        top.addWidget(self.year)
        top.addWidget(self.toolbar, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.message)
        self.refresh()

    def _action(self, text: str, slot) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(slot)
        self.toolbar.addAction(action)
        return action

    def refresh(self, *_args) -> None:
        selected = self.selected()
        with self.ctx.factory() as session:
            self.rows = goals.list_goals(session, actor=self.ctx.actor, year=self.year.currentData())
        self.model.set_rows(self.rows)
        self.tree.expandAll()
        if selected is not None:
            self.select(selected.id)
        self.new_action.setEnabled(can(self.ctx.actor, BOARDS_MANAGE))
        self._update_actions()

    def selected(self) -> GoalRow | None:
        indexes = self.tree.selectionModel().selectedRows() if self.tree.selectionModel() else []
        return self.model.goal_at(indexes[0]) if indexes else None

    def select(self, goal_id: int) -> None:
        index = self.model.index_of(goal_id)
        if index.isValid():
            self.tree.setCurrentIndex(index)

    def _update_actions(self, *_args) -> None:
        row = self.selected()
        editable = row is not None and row.can_edit
        self.edit_action.setEnabled(row is not None)
        self.sub_action.setEnabled(editable and row.data.period != "month")
        self.split_action.setEnabled(editable and row.data.period != "month" and row.children == 0)
        self.archive_action.setEnabled(editable)

    def _open(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: (self.refresh(), self.select(dialog.saved_id)))
        dialog.finished.connect(lambda *_: setattr(self, "dialog", None))
        dialog.open()

    def new_goal(self) -> None:
        from shopteam.ui.goals.dialog import GoalDialog

        defaults = goals.GoalInput(name="", year=self.year.currentData())
        self._open(GoalDialog(self.ctx, defaults=defaults, parents=self.rows, parent=self))

    def new_sub_goal(self) -> None:
        from shopteam.ui.goals.dialog import GoalDialog

        row = self.selected()
        if row is None:
            return
        d = row.data
        period, number = ("quarter", 1) if d.period == "year" else ("month", (d.number - 1) * 3 + 1)
        defaults = replace(d, period=period, number=number, parent_id=row.id, actual=None, deadline=None, notes="")
        self._open(GoalDialog(self.ctx, defaults=defaults, parents=self.rows, parent=self))

    def edit_selected(self) -> None:
        from shopteam.ui.goals.dialog import GoalDialog

        row = self.selected()
        if row is not None:
            dialog = GoalDialog(self.ctx, goal=row, parents=self.rows, parent=self)
            dialog.buttons.setEnabled(row.can_edit)
            self._open(dialog)

    def _run(self, fn) -> bool:
        try:
            with self.ctx.factory.begin() as session:
                fn(session)
        except ShopTeamError as err:
            self.message.setStyleSheet(ERROR_STYLE)
            self.message.setText(describe(err))
            return False
        self.message.clear()
        return True

    def split_selected(self) -> None:
        row = self.selected()
        if row is not None and self._run(lambda s: goals.split_goal(s, actor=self.ctx.actor, goal_id=row.id)):
            self.refresh()

    def archive_selected(self) -> None:
        row = self.selected()
        if row is not None and self._run(lambda s: goals.archive_goal(s, actor=self.ctx.actor, goal_id=row.id)):
            self.refresh()
