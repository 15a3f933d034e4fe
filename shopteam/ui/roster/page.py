"""The roster page (花名册): the staff table with filter-as-you-type, a status filter and the actions."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from shopteam.domain import clock
from shopteam.domain.errors import ShopTeamError
from shopteam.services.org import roster
from shopteam.services.org.roster import StaffRow
from shopteam.services.permissions import STAFF_EDIT, can
from shopteam.ui.context import AppContext
from shopteam.ui.messages import describe
from shopteam.ui.roster.model import CURRENT, StaffTableModel
from shopteam.ui.tasks import run_task
from shopteam.ui.widgets.columns import fit_columns
from shopteam.ui.widgets.export import ERROR_STYLE, ask_save_path, export_table

STATUS_FILTERS = (  # (key, statuses shown); the first is the default
    ("current", CURRENT),
    ("all", None),
    ("probation", frozenset({"probation"})),
    ("active", frozenset({"active"})),
    ("left", frozenset({"left"})),
)
EXPORT_DIR_KEY = "roster/export_dir"


#: People listed at once when the page opens; a bigger roster's rest is loaded right after, off the GUI thread.
FIRST_SCREEN = 200


def _list_staff_job(_progress, factory, actor) -> list[StaffRow]:
    with factory() as session:
        return roster.list_staff(session, actor=actor)


class RosterPage(QWidget):
    # The tables it shows: a commit that writes one reloads it (main_window).
    shows = frozenset({"employee", "department", "role", "role_assignment"})
    loads_on_creation = True  # the main window need not refresh it on the first visit

    exported = Signal(str)  # the path of a finished export
    export_failed = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.can_edit = can(ctx.actor, STAFF_EDIT)
        self.model = StaffTableModel(show_salary=roster.sensitive_access(ctx.actor).salary_view, parent=self)
        self._export_task = None
        self.dialog: QDialog | None = None

        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.new_action = self._action(self.tr("New"), self.new_staff, QKeySequence.StandardKey.New)
        self.edit_action = self._action(self.tr("Edit"), self.edit_selected)
        self.leave_action = self._action(self.tr("Mark as left"), self.mark_selected_left)
        self.rejoin_action = self._action(self.tr("Rejoin"), self.rejoin_selected)
        self.handover_action = self._action(self.tr("Handover…"), self.handover_selected)
        self.onboarding_action = self._action(self.tr("Onboarding…"), self.onboarding_selected)
        self.delete_action = self._action(self.tr("Delete"), self.delete_selected)
        self.toolbar.addSeparator()
        self.export_action = self._action(self.tr("Export to Excel"), self.export_clicked)
        self.chart_action = self._action(self.tr("Headcount chart…"), self.open_headcount_chart)
        self.chart_action.setVisible(ctx.actor.level != "staff")
        self.chart_dialog = None
        for action in (self.new_action, self.leave_action, self.rejoin_action, self.handover_action,
                       self.delete_action):
            action.setVisible(self.can_edit)
        if not self.can_edit:
            self.edit_action.setText(self.tr("Open"))

        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("roster_filter")
        self.filter_edit.setPlaceholderText(self.tr("Filter by no., name, department, role or phone"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._filter_changed)
        self.status_combo = QComboBox()
        self.status_combo.setObjectName("roster_status")
        labels = {"current": self.tr("Current staff (not left)"), "all": self.tr("All"),
                  "probation": self.tr("Probation"), "active": self.tr("Active"), "left": self.tr("Left")}
        for key, _statuses in STATUS_FILTERS:
            self.status_combo.addItem(labels[key], key)
        self.status_combo.currentIndexChanged.connect(self._status_changed)
        self.count_label = QLabel()
        self.count_label.setObjectName("roster_count")

        self.table = QTableView()
        self.table.setObjectName("roster_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.horizontalHeader().setStretchLastSection(True)
        # widths from the first 50 rows: sizing from 200 rows cost a fifth of a second with 10,000 people
        self.table.horizontalHeader().setResizeContentsPrecision(50)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.model.modelReset.connect(self._update_actions)

        self.message = QLabel()
        self.message.setObjectName("roster_message")
        self.message.setWordWrap(True)

        filters = QHBoxLayout()
        filters.addWidget(self.filter_edit, 1)
        filters.addWidget(self.status_combo)
        filters.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        self._sized = False
        self._generation = 0  # bumped by every load, so a late background result never overwrites a newer one
        self.loading = False
        self._rest_task = None
        self._load_first_screen()

    def open_headcount_chart(self) -> None:
        """Headcount by department at each month end over the last 12 months (a window of its own)."""
        from shopteam.ui.widgets.shop_charts import HeadcountChart, open_chart

        self.chart_dialog = open_chart(self, HeadcountChart(self.ctx), self.tr("Headcount by department"))

    def _action(self, text: str, slot, shortcut=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        self.toolbar.addAction(action)
        return action

    # ------------------------------------------------------------ loading and filtering

    def _load_first_screen(self) -> None:
        """At start-up: the first screenful of people at once, the rest from a worker right after the window
        is up (a big roster then no longer holds back the first paint). A small shop gets everyone here."""
        with self.ctx.factory() as session:
            rows = roster.list_staff(session, actor=self.ctx.actor, limit=FIRST_SCREEN + 1)
        if len(rows) <= FIRST_SCREEN:
            self._show(rows)
            return
        self._show(rows[:FIRST_SCREEN])
        self.loading = True
        self._update_count()
        generation = self._generation
        self._rest_task = run_task(_list_staff_job, self.ctx.factory, self.ctx.actor,
                                   on_done=lambda rows, error: self._rest_loaded(rows, error, generation))

    def _rest_loaded(self, rows, error, generation: int) -> None:
        if not isValid(self):  # the window closed before the rest arrived
            return
        self._rest_task = None
        if self._generation != generation:  # refreshed meanwhile: that load is newer
            return
        self.loading = False
        if error is not None:
            self._say(self.tr("Only the first %1 people could be loaded: %2").replace("%1", str(FIRST_SCREEN))
                      .replace("%2", describe(error)), error=True)
            self.count_label.setText(self.tr("%1 shown, the list is incomplete").replace(
                "%1", str(self.model.rowCount())))
            return
        self._show(rows)

    def refresh(self) -> None:
        """Reload the roster from the database, keeping the filters and, where possible, the selection."""
        with self.ctx.factory() as session:
            rows = roster.list_staff(session, actor=self.ctx.actor)
        self.loading = False
        self._show(rows)

    def _show(self, rows: list[StaffRow]) -> None:
        self._generation += 1
        selected = {r.id for r in self.selected_rows()}
        self.model.set_rows(rows)
        if not self._sized and rows:
            fit_columns(self.table, stretch=None)
            self._sized = True
        self.select_ids(selected)
        self._update_count()

    def _filter_changed(self, text: str) -> None:
        self.model.set_filter_text(text)
        self._update_count()

    def _status_changed(self, index: int) -> None:
        self.model.set_status_filter(STATUS_FILTERS[index][1])
        self._update_count()

    def _update_count(self) -> None:
        if self.loading:
            self.count_label.setText(self.tr("%1 shown, loading the rest…").replace("%1", str(self.model.rowCount())))
            return
        self.count_label.setText(self.tr("%1 of %2").replace("%1", str(self.model.rowCount()))
                                 .replace("%2", str(self.model.total_count)))

    # ------------------------------------------------------------ selection

    def selected_rows(self) -> list[StaffRow]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.row_at(r) for r in rows]

    def select_ids(self, ids: set[int]) -> None:
        selection = self.table.selectionModel()
        selection.clearSelection()
        for staff_id in ids:
            row = self.model.row_of(staff_id)
            if row is not None:
                selection.select(self.model.index(row, 0), selection.SelectionFlag.Select
                                 | selection.SelectionFlag.Rows)

    def _update_actions(self, *_args) -> None:
        rows = self.selected_rows()
        self.edit_action.setEnabled(len(rows) == 1)
        self.leave_action.setEnabled(bool(rows) and all(r.status != "left" for r in rows))
        self.rejoin_action.setEnabled(bool(rows) and all(r.status == "left" for r in rows))
        self.handover_action.setEnabled(len(rows) == 1)
        self.onboarding_action.setEnabled(len(rows) == 1)
        self.delete_action.setEnabled(bool(rows))

    # ------------------------------------------------------------ actions

    def new_staff(self) -> None:
        from shopteam.ui.roster.form import StaffForm  # the dialogs load when first needed, not at start-up

        form = StaffForm(self.ctx, parent=self)
        form.accepted.connect(lambda: self._form_saved(form, created=True))
        self._open(form)

    def edit_selected(self) -> None:
        rows = self.selected_rows()
        if len(rows) != 1:
            return
        from shopteam.ui.roster.form import StaffForm

        try:
            form = StaffForm(self.ctx, rows[0].id, parent=self)
        except ShopTeamError as err:
            self._say(describe(err), error=True)
            return
        form.accepted.connect(lambda: self._form_saved(form, created=False))
        self._open(form)

    def _form_saved(self, form, created: bool) -> None:
        if created:
            self.filter_edit.clear()
        self.refresh()
        self.select_ids({form.saved_id})
        name = form.values().name.strip()
        self._say(self.tr("%1 was added.").replace("%1", name) if created
                  else self.tr("%1 was saved.").replace("%1", name))

    def mark_selected_left(self) -> None:
        rows = [r for r in self.selected_rows() if r.status != "left"]
        if not rows:
            return
        if len(rows) == 1:  # one person: how, the last day, the reason and the handover checklist
            from shopteam.ui.roster.leaving_dialog import LeavingDialog

            dialog = LeavingDialog(self.ctx, rows[0], parent=self)
        else:  # several at once: the same last day and reason for all
            from shopteam.ui.roster.leave_dialog import LeaveDialog

            dialog = LeaveDialog(self.ctx, rows, parent=self)
        dialog.accepted.connect(lambda: self._left(len(rows)))
        self._open(dialog)

    def handover_selected(self) -> None:
        rows = self.selected_rows()
        if len(rows) != 1:
            return
        from shopteam.ui.roster.leaving_dialog import HandoverDialog

        try:
            dialog = HandoverDialog(self.ctx, rows[0], parent=self)
        except ShopTeamError as err:
            self._say(describe(err), error=True)
            return
        self._open(dialog)

    def onboarding_selected(self) -> None:
        """The onboarding checklist (入职清单) of the person chosen; staff see their own, without ticking."""
        rows = self.selected_rows()
        if len(rows) != 1:
            return
        from shopteam.ui.people.onboarding import OnboardingDialog

        try:
            dialog = OnboardingDialog(self.ctx, rows[0].id, f"{rows[0].employee_no} {rows[0].name}", parent=self)
        except ShopTeamError as err:
            self._say(describe(err), error=True)
            return
        self._open(dialog)

    def _left(self, count: int) -> None:
        self.refresh()
        self._say(self.tr("%n people marked as left.", "", count))

    def rejoin_selected(self) -> None:
        rows = [r for r in self.selected_rows() if r.status == "left"]
        if not rows:
            return
        try:
            with self.ctx.factory.begin() as session:
                for row in rows:
                    roster.rejoin(session, actor=self.ctx.actor, staff_id=row.id)
        except ShopTeamError as err:
            self._say(describe(err), error=True)
            return
        self.refresh()
        self._say(self.tr("%n people are back on the roster.", "", len(rows)))

    def _open(self, dialog: QDialog) -> None:
        """Show a window-modal dialog without a nested event loop; ``self.dialog`` is the open one."""
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda *_: self._closed(dialog))
        dialog.open()

    def delete_selected(self) -> None:
        rows = self.selected_rows()
        if not rows:
            return
        with self.ctx.factory() as session:
            kept = [r for r in rows if roster.has_history(session, staff_id=r.id)]
        deletable = [r for r in rows if r not in kept]
        if kept:
            names = "、".join(r.name for r in kept[:8])
            QMessageBox.information(
                self, self.tr("Cannot delete"),
                self.tr("%1 already have history (roles, attendance, tasks, appraisals, pay …) and "
                        "cannot be deleted. Mark them as left instead.").replace("%1", names))
        if not deletable:
            return
        names = "、".join(r.name for r in deletable[:8])
        answer = QMessageBox.question(
            self, self.tr("Delete staff records"),
            self.tr("Delete %n record(s) for good: %1?", "", len(deletable)).replace("%1", names))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            with self.ctx.factory.begin() as session:
                for row in deletable:
                    roster.delete_staff(session, actor=self.ctx.actor, staff_id=row.id)
        except ShopTeamError as err:
            QMessageBox.warning(self, self.tr("Cannot delete"), describe(err))
            return
        self.refresh()
        self._say(self.tr("%n record(s) deleted.", "", len(deletable)))

    # ------------------------------------------------------------ export

    def export_clicked(self) -> None:
        if self.loading:  # only the first screen is here yet: export the whole roster, not part of it
            self._say(self.tr("The staff list is still loading; export again in a moment."), error=True)
            return
        path = ask_save_path(self, title=self.tr("Export to Excel"),
                             name=self.tr("roster-%1.xlsx").replace("%1", clock.today().strftime("%Y%m%d")),
                             pattern=self.tr("Excel workbook (*.xlsx)"), settings_key=EXPORT_DIR_KEY, suffix=".xlsx")
        if not path:
            return
        self.export_to(path)

    def export_to(self, path: str) -> None:
        """Write what the table shows to ``path`` in the background; ``exported`` fires when done."""
        headers, rows = self.model.export_table()

        def failed(text):
            self._export_task = None
            self._say(self.tr("Export failed: %1").replace("%1", text), error=True)
            self.export_failed.emit(text)

        def saved(result):
            self._export_task = None
            self._say(self.tr("%n row(s) exported to %1.", "", len(rows)).replace("%1", str(result)))
            self.exported.emit(str(result))

        self._export_task = export_table(self, path, headers, rows, sheet_title=self.tr("Roster"),
                                         title=self.tr("Exporting the roster…"), on_saved=saved, on_failed=failed)

    def _closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setText(text)
