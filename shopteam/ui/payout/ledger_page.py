"""The reward/penalty ledger (奖惩记录): entries of a month, by person; new, edit and delete through
services/payout/ledger.py, with the service's errors shown inline in the dialog."""

from __future__ import annotations

import calendar
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from shopteam.db.models.appraisal import LEDGER_KINDS
from shopteam.domain import clock
from shopteam.domain.errors import ConflictError, ShopTeamError
from shopteam.domain.money import format_money
from shopteam.services.org import roster
from shopteam.services.payout import ledger
from shopteam.services.payout.ledger import LedgerRow
from shopteam.services.permissions import LEDGER_RECORD, can
from shopteam.ui.context import AppContext
from shopteam.ui.messages import ERROR_STYLE, describe
from shopteam.ui.widgets.columns import fit_columns
from shopteam.ui.widgets.dates import from_qdate, today_qdate
from shopteam.ui.widgets.rows_model import RowsTableModel

# lupdate cannot see through a helper; QT_TRANSLATE_NOOP marks the texts with their context
KIND_LABELS = {
    "commendation": QT_TRANSLATE_NOOP("LedgerKinds", "Commendation"),
    "bonus": QT_TRANSLATE_NOOP("LedgerKinds", "Bonus"),
    "warning": QT_TRANSLATE_NOOP("LedgerKinds", "Warning"),
    "fine": QT_TRANSLATE_NOOP("LedgerKinds", "Fine"),
    "demotion_note": QT_TRANSLATE_NOOP("LedgerKinds", "Demotion note"),
}

COLUMN_TITLES = (
    QT_TRANSLATE_NOOP("LedgerModel", "Date"), QT_TRANSLATE_NOOP("LedgerModel", "Employee no."),
    QT_TRANSLATE_NOOP("LedgerModel", "Name"), QT_TRANSLATE_NOOP("LedgerModel", "Kind"),
    QT_TRANSLATE_NOOP("LedgerModel", "Amount"), QT_TRANSLATE_NOOP("LedgerModel", "Points"),
    QT_TRANSLATE_NOOP("LedgerModel", "Reason"), QT_TRANSLATE_NOOP("LedgerModel", "Recorded by"),
)
AMOUNT_COLUMN, POINTS_COLUMN = 4, 5


def kind_label(kind: str) -> str:
    text = KIND_LABELS.get(kind)
    return QCoreApplication.translate("LedgerKinds", text) if text else kind


def _points_text(points) -> str:
    if points is None:
        return ""
    text = f"{points.normalize():f}"
    return f"+{text}" if points > 0 else text


class LedgerModel(RowsTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__([QCoreApplication.translate("LedgerModel", t) for t in COLUMN_TITLES], parent)

    def entry(self, row: int) -> LedgerRow | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def row_of(self, entry_id: int | None) -> int:
        for i, row in enumerate(self.rows):
            if row.id == entry_id:
                return i
        return -1

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (row.entry_date.isoformat(), row.employee_no, row.name, kind_label(row.kind),
                    format_money(row.amount), _points_text(row.points), row.reason, row.recorded_by)[column]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column in (AMOUNT_COLUMN, POINTS_COLUMN):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column in (3, AMOUNT_COLUMN):
            if row.kind in ("fine", "warning", "demotion_note"):
                return QBrush(QColor("#c62828"))
            return QBrush(QColor("#2e7d32"))
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None


class LedgerEntryDialog(QDialog):
    """A new entry (``entry`` None) or an edit of one; the person of an entry is not changed."""

    def __init__(self, ctx: AppContext, people: list[tuple[int, str]], entry: LedgerRow | None = None,
                 employee_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.entry = entry
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("Edit entry") if entry else self.tr("New reward or penalty"))
        self.person = QComboBox()
        self.person.setObjectName("ledger_person")
        if entry is not None:
            self.person.addItem(f"{entry.employee_no} {entry.name}", entry.employee_id)
            self.person.setEnabled(False)
        else:
            for pid, label in people:
                self.person.addItem(label, pid)
            if employee_id is not None:
                self.person.setCurrentIndex(max(self.person.findData(employee_id), 0))
        self.day = QDateEdit(today_qdate())
        self.day.setObjectName("ledger_date")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.kind = QComboBox()
        self.kind.setObjectName("ledger_kind")
        for key in LEDGER_KINDS:
            self.kind.addItem(kind_label(key), key)
        self.amount = QLineEdit()
        self.amount.setObjectName("ledger_amount")
        self.amount.setPlaceholderText(self.tr("Only for a bonus or a fine, e.g. 50.00"))
        self.points = QLineEdit()
        self.points.setObjectName("ledger_points")
        self.points.setPlaceholderText(self.tr("Appraisal points, -100 to 100, e.g. -2"))
        self.reason = QLineEdit()
        self.reason.setObjectName("ledger_reason")
        if entry is not None:
            self._fill(entry)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        self.error = QLabel()
        self.error.setObjectName("ledger_error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("Person"), self.person)
        form.addRow(self.tr("Date"), self.day)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Amount"), self.amount)
        form.addRow(self.tr("Points"), self.points)
        form.addRow(self.tr("Reason"), self.reason)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)

    def _kind_changed(self, *_args) -> None:
        carries = self.kind.currentData() in ledger.CARRIES_AMOUNT
        self.amount.setEnabled(carries)
        if not carries:
            self.amount.clear()

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def save(self) -> None:
        amount = self.amount.text().replace(",", "").replace("¥", "").strip() or None
        points = self.points.text().strip() or None
        if self.person.currentData() is None:
            self.show_error(self.tr("Choose the person."))
            return
        try:
            with self.ctx.factory.begin() as session:
                if self.entry is None:
                    self.saved_id = ledger.add_entry(
                        session, actor=self.ctx.actor, employee_id=self.person.currentData(),
                        entry_date=from_qdate(self.day.date()), kind=self.kind.currentData(),
                        reason=self.reason.text(), amount=amount, points=points)
                else:
                    ledger.edit_entry(session, actor=self.ctx.actor, entry_id=self.entry.id,
                                      version=self.entry.version, entry_date=from_qdate(self.day.date()),
                                      kind=self.kind.currentData(), amount=amount, points=points,
                                      reason=self.reason.text())
                    self.saved_id = self.entry.id
        except ConflictError as err:  # saved elsewhere since it was opened: theirs is shown, then who and when
            self.reload()
            self.show_error(describe(err))
            return
        except ShopTeamError as err:
            self.show_error(describe(err))
            return
        self.accept()

    def _fill(self, entry: LedgerRow) -> None:
        self.day.setDate(QDate(entry.entry_date.year, entry.entry_date.month, entry.entry_date.day))
        self.kind.setCurrentIndex(max(self.kind.findData(entry.kind), 0))
        self.amount.setText("" if entry.amount is None else f"{entry.amount:.2f}")
        self.points.setText("" if entry.points is None else f"{entry.points.normalize():f}")
        self.reason.setText(entry.reason)

    def reload(self) -> None:
        """Show the entry as it is saved now (after a save refused because another PC saved it first)."""
        with self.ctx.factory() as session:
            rows = ledger.list_entries(session, actor=self.ctx.actor, employee_id=self.entry.employee_id)
        fresh = next((r for r in rows if r.id == self.entry.id), None)
        if fresh is not None:
            self.entry = fresh
            self._fill(fresh)


class LedgerPage(QWidget):
    # The tables it shows: a commit that writes one reloads it (main_window).
    shows = frozenset({"ledger_entry", "employee", "department", "role", "role_assignment"})
    loads_on_creation = True  # the main window need not refresh it on the first visit

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.dialog: LedgerEntryDialog | None = None
        self.model = LedgerModel(self)
        self.may_record = can(ctx.actor, LEDGER_RECORD)

        self.month_edit = QDateEdit()
        self.month_edit.setObjectName("ledger_month")
        self.month_edit.setDisplayFormat("yyyy-MM")
        today = clock.today()
        self.month_edit.setDate(QDate(today.year, today.month, 1))
        self.month_edit.dateChanged.connect(lambda _d: self.refresh())
        self.all_months = QCheckBox(self.tr("All months"))
        self.all_months.setObjectName("ledger_all_months")
        self.all_months.toggled.connect(lambda on: (self.month_edit.setEnabled(not on), self.refresh()))
        self.person_filter = QComboBox()
        self.person_filter.setObjectName("ledger_person_filter")
        self.person_filter.addItem(self.tr("Everyone"), None)
        self.people: list[tuple[int, str]] = []
        try:
            with ctx.factory() as session:
                staff = roster.list_staff(session, actor=ctx.actor)
        except ShopTeamError:
            staff = []
        for row in staff:
            label = f"{row.employee_no} {row.name}"
            self.person_filter.addItem(label, row.id)
            if row.status != "left":
                self.people.append((row.id, label))
        self.person_filter.currentIndexChanged.connect(lambda _i: self.refresh())

        self.new_button = QPushButton(self.tr("New entry…"))
        self.new_button.setObjectName("ledger_new")
        self.new_button.clicked.connect(self.new_entry)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setObjectName("ledger_edit")
        self.edit_button.clicked.connect(self.edit_entry)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setObjectName("ledger_delete")
        self.delete_button.clicked.connect(self.delete_entry)

        self.table = QTableView()
        self.table.setObjectName("ledger_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.doubleClicked.connect(lambda _i: self.edit_entry())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

        self.message = QLabel()
        self.message.setObjectName("ledger_message")
        self.message.setWordWrap(True)

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Month")))
        bar.addWidget(self.month_edit)
        bar.addWidget(self.all_months)
        bar.addSpacing(12)
        bar.addWidget(QLabel(self.tr("Person")))
        bar.addWidget(self.person_filter)
        bar.addStretch(1)
        for button in (self.new_button, self.edit_button, self.delete_button):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        if not self.may_record:
            why = self.tr("Only the owner and managers can record rewards and penalties; you see your own "
                          "entries here.")
            self.new_button.setToolTip(why)
        self.refresh()

    # ------------------------------------------------------------ loading

    def set_month(self, year: int, month: int) -> None:
        self.month_edit.setDate(QDate(year, month, 1))

    def _range(self) -> tuple[date | None, date | None]:
        if self.all_months.isChecked():
            return None, None
        d = self.month_edit.date()
        year, month = d.year(), d.month()
        return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])

    def refresh(self) -> None:
        start, end = self._range()
        try:
            with self.ctx.factory() as session:
                rows = ledger.list_entries(session, actor=self.ctx.actor, start=start, end=end,
                                           employee_id=self.person_filter.currentData())
        except ShopTeamError as err:
            rows = []
            self._say(describe(err), error=True)
        else:
            if not self.may_record:
                self._say(self.new_button.toolTip())
            elif not rows:
                self._say(self.tr("No entries for this selection."))
            else:
                self._say(self.tr("%n entry(ies)", "", len(rows)))
        self.model.set_rows(rows)
        fit_columns(self.table, stretch=COLUMN_TITLES.index("Reason"))
        self._update_buttons()

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(ERROR_STYLE if error else "")

    def current(self) -> LedgerRow | None:
        index = self.table.currentIndex()
        return self.model.entry(index.row()) if index.isValid() else None

    def select(self, entry_id: int | None) -> None:
        row = self.model.row_of(entry_id)
        if row >= 0:
            self.table.selectRow(row)

    def _update_buttons(self) -> None:
        self.new_button.setEnabled(self.may_record)
        has = self.current() is not None
        self.edit_button.setEnabled(self.may_record and has)
        self.delete_button.setEnabled(self.may_record and has)

    # ------------------------------------------------------------ actions

    def _open(self, dialog: LedgerEntryDialog) -> None:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: (self.refresh(), self.select(dialog.saved_id)))
        dialog.finished.connect(lambda *_: setattr(self, "dialog", None))
        dialog.open()

    def new_entry(self) -> None:
        if not self.may_record:
            self._say(self.new_button.toolTip(), error=True)
            return
        self._open(LedgerEntryDialog(self.ctx, self.people, employee_id=self.person_filter.currentData(),
                                     parent=self))

    def edit_entry(self) -> None:
        entry = self.current()
        if entry is None or not self.may_record:
            return
        self._open(LedgerEntryDialog(self.ctx, self.people, entry=entry, parent=self))

    def confirm_delete(self, entry: LedgerRow) -> bool:
        text = self.tr("Delete the %1 of %2 dated %3?").replace("%1", kind_label(entry.kind)).replace(
            "%2", entry.name).replace("%3", entry.entry_date.isoformat())
        answer = QMessageBox.question(self, self.tr("Delete entry"), text)
        return answer == QMessageBox.StandardButton.Yes

    def delete_entry(self) -> None:
        entry = self.current()
        if entry is None or not self.may_record or not self.confirm_delete(entry):
            return
        try:
            with self.ctx.factory.begin() as session:
                ledger.delete_entry(session, actor=self.ctx.actor, entry_id=entry.id)
        except ShopTeamError as err:
            self._say(describe(err), error=True)
            return
        self.refresh()
        self._say(self.tr("The entry is deleted."))
