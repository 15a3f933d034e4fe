"""Dialogs of a board: a new board (from a preset pipeline or custom) and its columns with WIP limits."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from shopteam.domain.errors import ShopTeamError
from shopteam.services.boards import board as boards
from shopteam.services.language import shop_language
from shopteam.services.org import departments
from shopteam.ui.context import AppContext
from shopteam.ui.messages import ERROR_STYLE, describe


class NewBoardDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("New board"))
        self.resize(460, 0)
        with ctx.factory() as session:
            deps = departments.list_departments(session, actor=ctx.actor, include_archived=False)
            self.language = shop_language(session)
        self.kind = QComboBox()
        self.kind.setObjectName("board_kind")
        for key, text in (("content", self.tr("Content pipeline: 策划 → 创作 → 审核 → 发布 → 推广 → 复盘")),
                          ("campaign", self.tr("Campaign pipeline: 策划 → 筹备 → 执行 → 监控 → 总结")),
                          ("listing", self.tr("Listing pipeline: 选品 → 上架 → 优化")),
                          ("custom", self.tr("Custom: To do → Doing → Done"))):
            self.kind.addItem(text, key)
        self.name = QLineEdit()
        self.name.setObjectName("board_name")
        self.department = QComboBox()
        self.department.addItem(self.tr("(whole shop)"), None)
        for dep in deps:
            self.department.addItem(dep.name, dep.id)
        self.swimlane = QComboBox()
        for key, text in (("none", self.tr("None")), ("person", self.tr("By person")),
                          ("department", self.tr("By department"))):
            self.swimlane.addItem(text, key)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Pipeline"), self.kind)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Department"), self.department)
        form.addRow(self.tr("Swimlanes"), self.swimlane)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._kind_changed()

    def _kind_changed(self, *_args) -> None:
        self.name.setText(boards.preset_name(self.kind.currentData(), self.language))

    def save(self) -> None:
        try:
            with self.ctx.factory.begin() as session:
                self.saved_id = boards.create_board(
                    session, actor=self.ctx.actor, name=self.name.text(), kind=self.kind.currentData(),
                    department_id=self.department.currentData(), swimlane=self.swimlane.currentData())
        except ShopTeamError as err:
            self.error.setText(describe(err))
            return
        self.accept()


NAME, WIP, DONE = range(3)


class ColumnsDialog(QDialog):
    """Rename, reorder, add and remove columns, set WIP limits (0 = none) and the done column."""

    def __init__(self, ctx: AppContext, board_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.board_id = board_id
        self.setWindowTitle(self.tr("Columns and WIP limits"))
        self.resize(520, 380)
        with ctx.factory() as session:
            self.columns = boards.active_columns(session, board_id)
            self.original = {c.id: (c.name, c.wip_limit, c.is_done) for c in self.columns}
        self.removed: list[int] = []
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("columns_table")
        self.table.setHorizontalHeaderLabels([self.tr("Column"), self.tr("WIP limit"), self.tr("Done column")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(NAME, 200)
        self.table.setColumnWidth(WIP, 110)
        self.table.verticalHeader().hide()
        for column in self.columns:
            self._add_row(column.id, column.name, column.wip_limit, column.is_done)
        add = QPushButton(self.tr("Add column"))
        add.clicked.connect(lambda: self._add_row(None, self.tr("New column"), None, False))
        remove = QPushButton(self.tr("Remove column"))
        remove.clicked.connect(self._remove_row)
        up = QPushButton(self.tr("Move up"))
        up.clicked.connect(lambda: self._shift(-1))
        down = QPushButton(self.tr("Move down"))
        down.clicked.connect(lambda: self._shift(1))
        row = QHBoxLayout()
        for button in (add, remove, up, down):
            row.addWidget(button)
        row.addStretch(1)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _add_row(self, column_id: int | None, name: str, wip: int | None, done: bool) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        item = QTableWidgetItem(name)
        item.setData(256, column_id)
        self.table.setItem(row, NAME, item)
        spin = QSpinBox()
        spin.setRange(0, 999)
        spin.setSpecialValueText(self.tr("none"))
        spin.setValue(wip or 0)
        self.table.setCellWidget(row, WIP, spin)
        combo = QComboBox()
        combo.addItems([self.tr("No"), self.tr("Yes")])
        combo.setCurrentIndex(int(done))
        self.table.setCellWidget(row, DONE, combo)

    def _row(self, row: int) -> tuple[int | None, str, int | None, bool]:
        item = self.table.item(row, NAME)
        wip = self.table.cellWidget(row, WIP).value()
        return item.data(256), item.text(), wip or None, self.table.cellWidget(row, DONE).currentIndex() == 1

    def _set_row(self, row: int, values) -> None:
        column_id, name, wip, done = values
        self.table.item(row, NAME).setText(name)
        self.table.item(row, NAME).setData(256, column_id)
        self.table.cellWidget(row, WIP).setValue(wip or 0)
        self.table.cellWidget(row, DONE).setCurrentIndex(int(done))

    def _remove_row(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        column_id = self._row(row)[0]
        if column_id is not None:
            self.removed.append(column_id)
        self.table.removeRow(row)

    def _shift(self, step: int) -> None:
        row = self.table.currentRow()
        other = row + step
        if row < 0 or not 0 <= other < self.table.rowCount():
            return
        a, b = self._row(row), self._row(other)
        self._set_row(row, b)
        self._set_row(other, a)
        self.table.setCurrentCell(other, NAME)

    def save(self) -> None:
        actor = self.ctx.actor
        rows = [self._row(r) for r in range(self.table.rowCount())]
        try:
            with self.ctx.factory.begin() as session:
                for column_id in self.removed:
                    boards.remove_column(session, actor=actor, column_id=column_id)
                for position, (column_id, name, wip, done) in enumerate(rows):
                    if column_id is None:
                        boards.add_column(session, actor=actor, board_id=self.board_id, name=name, wip_limit=wip,
                                          position=position, is_done=done)
                        continue
                    if self.original[column_id] != (name, wip, done):
                        boards.update_column(session, actor=actor, column_id=column_id, name=name, wip_limit=wip,
                                             is_done=done)
                    boards.move_column(session, actor=actor, column_id=column_id, to_position=position)
        except ShopTeamError as err:
            self.error.setText(describe(err))
            return
        self.accept()
