"""The audit log: records newest first, filters, before → after of the selected record, Excel export."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from shopteam.domain import clock
from shopteam.domain.errors import ShopTeamError
from shopteam.services import audit
from shopteam.services.permissions import AUDIT_VIEW, can
from shopteam.ui.audit.labels import action_text, entity_text, summary_text
from shopteam.ui.audit.model import WHEN, AuditModel, ChangesModel, what_text, when_text
from shopteam.ui.context import AppContext
from shopteam.ui.messages import describe
from shopteam.ui.tasks import Task
from shopteam.ui.widgets.columns import fit_columns
from shopteam.ui.widgets.export import ERROR_STYLE, ask_save_path, export_table

LIMIT = 5000
FILTER_DELAY_MS = 200
EXPORT_DIR_KEY = "audit/export_dir"


def _table(parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    return view


class AuditPage(QWidget):
    # The tables it shows: a commit that writes one reloads it (main_window).
    shows = frozenset({"audit_log"})
    loads_on_creation = True  # the main window need not refresh it on the first visit

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.allowed = can(ctx.actor, AUDIT_VIEW)
        self.export_task: Task | None = None
        self._sized = False
        layout = QVBoxLayout(self)
        self.title = QLabel(self.tr("Audit log"), self)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        layout.addWidget(self.title)
        if not self.allowed:
            self.denied_label = QLabel(self.tr("You are not allowed to see the audit log."), self)
            layout.addWidget(self.denied_label)
            layout.addStretch(1)
            self.model = self.changes = None
            return

        filters = QHBoxLayout()
        self.entity_combo = QComboBox(self)
        self.user_combo = QComboBox(self)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search summary and values…"))
        self.search.setClearButtonEnabled(True)
        self.export_button = QPushButton(self.tr("Export to Excel…"), self)
        filters.addWidget(QLabel(self.tr("Record kind:"), self))
        filters.addWidget(self.entity_combo)
        filters.addWidget(QLabel(self.tr("User:"), self))
        filters.addWidget(self.user_combo)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.export_button)
        layout.addLayout(filters)

        self.model = AuditModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(Qt.ItemDataRole.UserRole)
        self.view = _table(self)
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(WHEN, Qt.SortOrder.DescendingOrder)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

        detail = QWidget(self)
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        self.detail_title = QLabel(self.tr("Select a record to see what changed."), detail)
        self.detail_title.setWordWrap(True)
        self.detail_title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.changes = ChangesModel(self)
        self.changes_view = _table(detail)
        self.changes_view.setModel(self.changes)
        self.changes_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        changes_header = self.changes_view.horizontalHeader()
        changes_header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        changes_header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.changes_view.setWordWrap(True)
        self.changes_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        detail_layout.addWidget(self.detail_title)
        detail_layout.addWidget(self.changes_view, 1)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.view)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)

        self.status = QLabel(self)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self.load_records)
        self.search.textChanged.connect(lambda _text: self._filter_timer.start())
        self.entity_combo.currentIndexChanged.connect(lambda _i: self.load_records())
        self.user_combo.currentIndexChanged.connect(lambda _i: self.load_records())
        self.view.selectionModel().selectionChanged.connect(self._show_detail)
        self.export_button.clicked.connect(self.export)
        self.refresh()

    # -- data -------------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the filter choices and the records (keeping the chosen filters)."""
        if not self.allowed:
            return
        try:
            with self.ctx.factory() as session:
                entities, users = audit.audit_filter_choices(session, actor=self.ctx.actor)
        except ShopTeamError as error:
            self._show_status(describe(error), error=True)
            return
        self._fill_combo(self.entity_combo, self.tr("All kinds"), [(entity_text(e), e) for e in entities])
        self._fill_combo(self.user_combo, self.tr("All users"), [(u, u) for u in users])
        self.load_records()

    @staticmethod
    def _fill_combo(combo: QComboBox, all_text: str, items: list[tuple[str, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(all_text, None)
        for text, value in sorted(items):
            combo.addItem(text, value)
        index = combo.findData(current) if current is not None else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def load_records(self) -> None:
        self._filter_timer.stop()
        selected = self.selected_record()
        try:
            with self.ctx.factory() as session:
                rows = audit.search_audit(session, actor=self.ctx.actor, entity=self.entity_combo.currentData(),
                                          username=self.user_combo.currentData(), text=self.search.text(),
                                          limit=LIMIT)
        except ShopTeamError as error:
            self._show_status(describe(error), error=True)
            return
        self.model.set_rows(rows)
        if not self._sized and rows:
            self._sized = True
            fit_columns(self.view)
        if len(rows) >= LIMIT:
            self._show_status(self.tr("Showing the newest {n} records; narrow the filter to see older ones.")
                              .format(n=LIMIT))
        else:
            self._show_status(self.tr("{n} records").format(n=len(rows)))
        if selected is not None:
            self.select_record(selected.id)
        self._show_detail()

    def selected_record(self) -> audit.AuditRow | None:
        if self.model is None:
            return None
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(self.proxy.mapToSource(rows[0]).row()) if rows else None

    def select_record(self, record_id: int) -> None:
        for row in range(self.model.rowCount()):
            if self.model.row_at(row).id == record_id:
                self.view.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())
                return

    def _show_detail(self, *_args) -> None:
        record = self.selected_record()
        self.changes.set_record(record)
        if record is None:
            self.detail_title.setText(self.tr("Select a record to see what changed."))
            return
        title = self.tr("{when} · {who} · {action} {what}").format(
            when=when_text(record), who=record.username, action=action_text(record.action), what=what_text(record))
        if record.summary:
            title += "\n" + summary_text(record)
        if not self.changes.rowCount():
            title += "\n" + self.tr("No field values were recorded for this change.")
        self.detail_title.setText(title)

    def _show_status(self, text: str, *, error: bool = False) -> None:
        self.status.setStyleSheet(ERROR_STYLE if error else "")
        self.status.setText(text)

    # -- export -----------------------------------------------------------------------------------
    def export_rows(self) -> tuple[list[str], list[list]]:
        """The shown records in the shown order, as typed values with translated headers."""
        headers = [self.tr("When"), self.tr("Who"), self.tr("Action"), self.tr("Record kind"),
                   self.tr("Record no."), self.tr("Summary"), self.tr("Before"), self.tr("After")]
        rows = []
        for view_row in range(self.proxy.rowCount()):
            record = self.model.row_at(self.proxy.mapToSource(self.proxy.index(view_row, 0)).row())
            rows.append([record.at.astimezone().replace(tzinfo=None), record.username, action_text(record.action),
                         entity_text(record.entity), record.entity_id, summary_text(record), record.before_text,
                         record.after_text])
        return headers, rows

    def export(self) -> None:
        if self.export_task is not None:
            return
        path = ask_save_path(self, title=self.tr("Export the audit log"), name=f"audit-log-{clock.today():%Y%m%d}.xlsx",
                             pattern=self.tr("Excel workbook (*.xlsx)"), settings_key=EXPORT_DIR_KEY, suffix=".xlsx")
        if not path:
            return
        headers, rows = self.export_rows()
        self.export_button.setEnabled(False)
        self._show_status(self.tr("Exporting…"))

        def finished(text: str, error: bool = False) -> None:
            self.export_task = None
            self.export_button.setEnabled(True)
            self._show_status(text, error=error)

        self.export_task = export_table(
            self, path, headers, rows, sheet_title="Audit", datetime_format="yyyy-mm-dd hh:mm:ss",
            title=self.tr("Exporting the audit log…"),
            on_saved=lambda written: finished(self.tr("Exported {n} records to {path}.").format(n=len(rows),
                                                                                                  path=written)),
            on_failed=lambda reason: finished(self.tr("The export failed: {reason}").format(reason=reason), True),
            on_cancelled=lambda: finished(self.tr("The export was cancelled; no file was written.")))
