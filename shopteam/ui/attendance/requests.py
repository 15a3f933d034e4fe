"""Leave, overtime and missing-punch requests (请假 / 加班 / 补卡申请): pending and decided, approve or reject
with a note."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from shopteam.domain.errors import ShopTeamError
from shopteam.services.attendance import requests as attendance
from shopteam.ui.attendance.decision_bar import decision_controls
from shopteam.ui.attendance.request_dialogs import CorrectionDialog, LeaveRequestDialog, OvertimeDialog
from shopteam.ui.attendance.requests_model import RequestsModel
from shopteam.ui.context import AppContext
from shopteam.ui.messages import ERROR_STYLE, describe
from shopteam.ui.widgets.columns import fit_columns

SHOW_CHOICES = ("pending", "decided", "all")
KIND_CHOICES = (None, "leave", "overtime", "correction")
MAX_COLUMN_WIDTH = 260


class RequestsPage(QWidget):
    # The tables it shows: a commit that writes one reloads it (main_window).
    shows = frozenset({"leave_request", "overtime_request", "punch_correction", "punch_record",
                       "attendance_rules_version", "work_pattern", "calendar_override", "employee",
                       "department"})
    loads_on_creation = True  # the main window need not refresh it on the first visit

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = RequestsModel(self)
        self.dialog: QDialog | None = None

        self.show_combo = QComboBox()
        self.show_combo.setObjectName("requests_show")
        for key, text in zip(SHOW_CHOICES, (self.tr("Waiting for a decision"), self.tr("Decided"), self.tr("All")),
                             strict=True):
            self.show_combo.addItem(text, key)
        self.show_combo.currentIndexChanged.connect(lambda _i: self.refresh(fit=True))
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("requests_kind")
        kinds = (self.tr("All requests"), self.tr("Leave"), self.tr("Overtime"), self.tr("Missing-punch corrections"))
        for key, text in zip(KIND_CHOICES, kinds, strict=True):
            self.kind_combo.addItem(text, key)
        self.kind_combo.currentIndexChanged.connect(lambda _i: self.refresh(fit=True))
        self.new_leave = QPushButton(self.tr("New leave request…"))
        self.new_leave.setObjectName("requests_new_leave")
        self.new_leave.clicked.connect(lambda: self._open(LeaveRequestDialog(self.ctx, self)))
        self.new_overtime = QPushButton(self.tr("New overtime application…"))
        self.new_overtime.setObjectName("requests_new_overtime")
        self.new_overtime.clicked.connect(lambda: self._open(OvertimeDialog(self.ctx, self)))
        self.new_correction = QPushButton(self.tr("New missing-punch correction…"))
        self.new_correction.setObjectName("requests_new_correction")
        self.new_correction.clicked.connect(lambda: self._open(CorrectionDialog(self.ctx, self)))

        self.table = QTableView()
        self.table.setObjectName("requests_table")
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # newest first
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.model.modelReset.connect(self._update_actions)

        self.note, self.approve_button, self.reject_button, self.message = decision_controls(
            "requests", self.decide)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Show")))
        top.addWidget(self.show_combo)
        top.addWidget(self.kind_combo)
        top.addStretch(1)
        top.addWidget(self.new_leave)
        top.addWidget(self.new_overtime)
        top.addWidget(self.new_correction)
        decide = QHBoxLayout()
        decide.addWidget(self.note, 1)
        decide.addWidget(self.approve_button)
        decide.addWidget(self.reject_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(decide)
        layout.addWidget(self.message)
        self._sized = False
        self.refresh()

    # ------------------------------------------------------------ loading

    def refresh(self, fit: bool = False) -> None:
        selected = self.selected()
        show = self.show_combo.currentData()
        with self.ctx.factory() as session:
            rows = attendance.list_requests(session, actor=self.ctx.actor, kind=self.kind_combo.currentData(),
                                            status="pending" if show == "pending" else None)
        if show == "decided":
            rows = [r for r in rows if r.status != "pending"]
        self.model.set_rows(rows)
        if rows and (fit or not self._sized):
            fit_columns(self.table, max_width=MAX_COLUMN_WIDTH)
            self._sized = True
        if selected is not None:
            self.select(selected.kind, selected.id)

    def apply_filter(self, how: str | None) -> None:
        """Show the requests waiting for a decision ('pending'), decided ones or all (the home screen's links)."""
        index = self.show_combo.findData(how or "pending")
        if index >= 0:
            self.kind_combo.setCurrentIndex(0)
            self.show_combo.setCurrentIndex(index)

    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select(self, kind: str, request_id: int) -> bool:
        row = self.model.row_of(kind, request_id)
        if row is None:
            return False
        self.table.selectRow(row)
        return True

    def _update_actions(self, *_args) -> None:
        row = self.selected()
        can = row is not None and row.status == "pending" and row.can_decide
        self.approve_button.setEnabled(can)
        self.reject_button.setEnabled(can)

    # ------------------------------------------------------------ deciding

    def decide(self, approve: bool) -> None:
        row = self.selected()
        if row is None:
            return
        try:
            with self.ctx.factory.begin() as session:
                attendance.decide_request(session, actor=self.ctx.actor, kind=row.kind, request_id=row.id,
                                          approve=approve, note=self.note.text())
        except ShopTeamError as err:
            self._say(describe(err), error=True)
            self.refresh()
            return
        self.note.clear()
        who = f"{row.employee_no} {row.name}"
        self._say(self.tr("Approved: %1.").replace("%1", who) if approve
                  else self.tr("Rejected: %1.").replace("%1", who))
        self.refresh()

    # ------------------------------------------------------------ new requests

    def _open(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._filed(dialog))
        dialog.finished.connect(lambda *_: setattr(self, "dialog", None) if self.dialog is dialog else None)
        dialog.open()

    def _filed(self, dialog) -> None:
        kind = ("overtime" if isinstance(dialog, OvertimeDialog)
                else "correction" if isinstance(dialog, CorrectionDialog) else "leave")
        if self.show_combo.currentData() == "decided":
            self.show_combo.setCurrentIndex(0)
        else:
            self.refresh()
        self.select(kind, dialog.saved_id)
        self._say(self.tr("The request was filed and waits for a decision."))

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setText(text)
