"""The weekly meeting screen (周例会): pick the week and the department (or the whole shop), create or open
its meeting; the people's parts (this week's summary, next week's plan, attended), the issues and
decisions, the action items that become cards; the record to Excel or printed on A4 (a PDF); past meetings
found by text."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from shopteam.domain import clock
from shopteam.domain.errors import PermissionDenied
from shopteam.domain.meetings import ITEM_KINDS, week_label
from shopteam.services.boards.board import list_boards
from shopteam.services.meetings import meeting as meetings
from shopteam.services.meetings.exports import export_meeting
from shopteam.services.meetings.meeting import MeetingDetail
from shopteam.services.meetings.prefill import weekly_parts
from shopteam.services.org.departments import list_departments
from shopteam.ui.context import AppContext
from shopteam.ui.i18n import chosen_language
from shopteam.ui.org.common import ErrorLabel, read, run_change
from shopteam.ui.widgets.columns import fit_columns
from shopteam.ui.widgets.dates import from_qdate, today_qdate
from shopteam.ui.widgets.export import ask_save_path, run_export

DIR_KEY = "meetings/last_folder"
WEEKS_BACK = 26


def _first_line(text: str) -> str:
    lines = [line for line in text.splitlines() if line.strip()]
    return lines[0] + (" …" if len(lines) > 1 else "") if lines else ""


class MeetingPage(QWidget):
    # The tables it shows: a commit that writes one reloads it (main_window).
    shows = frozenset({"meeting", "meeting_part", "meeting_item", "meeting_action", "board", "board_column",
                       "card", "card_assignee", "card_move", "timesheet_entry", "employee", "department",
                       "shop"})
    loads_on_creation = True  # the main window need not refresh it on the first visit

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.detail: MeetingDetail | None = None
        self.preview: tuple = ()  # the prefilled parts while the week has no meeting yet
        self.export_task = None
        self._loading = False
        self.kind_names = {"issue": self.tr("Issue"), "risk": self.tr("Risk"), "decision": self.tr("Decision")}

        self.week_combo = QComboBox()
        self.department_combo = QComboBox()
        self.create_button = QPushButton(self.tr("&Create meeting"))
        self.export_button = QPushButton(self.tr("&Export to Excel…"))
        self.pdf_button = QPushButton(self.tr("&Print / PDF…"))
        self.pdf_button.setToolTip(self.tr("The meeting record on A4 as a PDF, to print or to send"))
        self.status = QLabel()
        self.error = ErrorLabel()
        top = QHBoxLayout()
        for label, widget in ((self.tr("Week"), self.week_combo), (self.tr("Department"), self.department_combo)):
            top.addWidget(QLabel(label))
            top.addWidget(widget)
        top.addWidget(self.create_button)
        top.addWidget(self.export_button)
        top.addWidget(self.pdf_button)
        top.addWidget(self.status, 1)

        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search past meetings"))
        self.past_list = QListWidget()
        past = QWidget()
        past_layout = QVBoxLayout(past)
        past_layout.setContentsMargins(0, 0, 0, 0)
        past_layout.addWidget(QLabel(self.tr("Past meetings")))
        past_layout.addWidget(self.search_edit)
        past_layout.addWidget(self.past_list)

        splitter = QSplitter()
        splitter.addWidget(past)
        splitter.addWidget(self._build_meeting())
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.error)
        layout.addWidget(splitter, 1)

        self.create_button.clicked.connect(self.create_meeting)
        self.export_button.clicked.connect(self.export_clicked)
        self.pdf_button.clicked.connect(self.pdf_clicked)
        self.search_edit.textChanged.connect(lambda _t: self.load_past())
        self.past_list.itemActivated.connect(self._open_past)
        self.past_list.itemClicked.connect(self._open_past)
        self._fill_choices()
        self.week_combo.currentIndexChanged.connect(lambda _i: self.load_meeting())
        self.department_combo.currentIndexChanged.connect(lambda _i: self.load_meeting())
        self.refresh()

    # ---------------------------------------------------------------- building
    def _build_meeting(self) -> QWidget:
        self.parts_table = QTableWidget(0, 5)
        self.parts_table.setHorizontalHeaderLabels([self.tr("Employee no."), self.tr("Name"), self.tr("Attended"),
                                                    self.tr("This week's summary"), self.tr("Next week's plan")])
        self.parts_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.parts_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.parts_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.parts_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.parts_table.horizontalHeader().setStretchLastSection(True)
        self.parts_table.verticalHeader().hide()
        self.parts_table.itemSelectionChanged.connect(self._part_picked)
        self.parts_table.itemChanged.connect(self._attendance_changed)
        self.summary_edit = QPlainTextEdit()
        self.plan_edit = QPlainTextEdit()
        self.save_part_button = QPushButton(self.tr("&Save part"))
        self.save_part_button.clicked.connect(self.save_part)
        editor = QHBoxLayout()
        for label, edit in ((self.tr("This week's summary"), self.summary_edit),
                            (self.tr("Next week's plan"), self.plan_edit)):
            box = QVBoxLayout()
            box.addWidget(QLabel(label))
            box.addWidget(edit)
            editor.addLayout(box)
        parts_box = QGroupBox(self.tr("People"))
        parts_layout = QVBoxLayout(parts_box)
        parts_layout.addWidget(self.parts_table, 2)
        parts_layout.addLayout(editor, 1)
        parts_layout.addWidget(self.save_part_button, 0, Qt.AlignmentFlag.AlignRight)

        self.items_list = QListWidget()
        self.kind_combo = QComboBox()
        for kind in ITEM_KINDS:
            self.kind_combo.addItem(self.kind_names[kind], kind)
        self.item_edit = QLineEdit()
        self.add_item_button = QPushButton(self.tr("Add"))
        self.remove_item_button = QPushButton(self.tr("Remove"))
        self.add_item_button.clicked.connect(self.add_item)
        self.remove_item_button.clicked.connect(self.remove_item)
        items_box = QGroupBox(self.tr("Issues and decisions"))
        items_layout = QVBoxLayout(items_box)
        items_layout.addWidget(self.items_list)
        row = QHBoxLayout()
        for widget in (self.kind_combo, self.item_edit, self.add_item_button, self.remove_item_button):
            row.addWidget(widget)
        items_layout.addLayout(row)

        self.actions_table = QTableWidget(0, 5)
        self.actions_table.setHorizontalHeaderLabels([self.tr("Action item"), self.tr("Owner"), self.tr("Due date"),
                                                      self.tr("Board"), self.tr("Card")])
        self.actions_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.actions_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.actions_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        fit_columns(self.actions_table, stretch=0)
        self.actions_table.verticalHeader().hide()
        self.actions_table.itemSelectionChanged.connect(self._update_buttons)
        self.action_edit = QLineEdit()
        self.owner_combo = QComboBox()
        self.due_edit = QDateEdit(today_qdate())
        self.due_edit.setCalendarPopup(True)
        self.due_edit.setDisplayFormat("yyyy-MM-dd")
        self.board_combo = QComboBox()
        self.add_action_button = QPushButton(self.tr("Add action item"))
        self.make_card_button = QPushButton(self.tr("&Make card"))
        self.add_action_button.clicked.connect(self.add_action)
        self.make_card_button.clicked.connect(self.make_card)
        actions_box = QGroupBox(self.tr("Action items"))
        actions_layout = QVBoxLayout(actions_box)
        actions_layout.addWidget(self.actions_table)
        form = QFormLayout()
        form.addRow(self.tr("Action item"), self.action_edit)
        form.addRow(self.tr("Owner"), self.owner_combo)
        form.addRow(self.tr("Due date"), self.due_edit)
        form.addRow(self.tr("Board"), self.board_combo)
        actions_layout.addLayout(form)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.add_action_button)
        buttons.addWidget(self.make_card_button)
        actions_layout.addLayout(buttons)

        lower = QSplitter()
        lower.addWidget(items_box)
        lower.addWidget(actions_box)
        vertical = QSplitter(Qt.Orientation.Vertical)
        vertical.addWidget(parts_box)
        vertical.addWidget(lower)
        vertical.setStretchFactor(0, 2)
        vertical.setSizes([640, 300])  # the people's parts first: at 1366×768 about eight of them in view
        return vertical

    def _fill_choices(self) -> None:
        monday = clock.today() - timedelta(days=clock.today().weekday())
        for weeks in range(-1, WEEKS_BACK):
            label = week_label(monday - timedelta(weeks=weeks))
            self.week_combo.addItem(label, label)
        self.week_combo.setCurrentIndex(1)  # this week
        self.department_combo.addItem(self.tr("The whole shop"), None)
        departments = read(self.ctx, lambda s: list_departments(s, actor=self.ctx.actor, include_archived=False))
        for dep in departments:
            self.department_combo.addItem(dep.name, dep.id)
        boards = read(self.ctx, lambda s: list_boards(s, actor=self.ctx.actor))
        for board in boards:
            self.board_combo.addItem(board.name, board.id)

    # ---------------------------------------------------------------- loading
    def week(self) -> str:
        return self.week_combo.currentData()

    def department_id(self) -> int | None:
        return self.department_combo.currentData()

    def choose(self, week: str, department_id: int | None) -> None:
        """Show the meeting of ``week`` and the department (None: the shop's)."""
        if self.week_combo.findData(week) < 0:
            self.week_combo.addItem(week, week)
        self._loading = True
        self.week_combo.setCurrentIndex(self.week_combo.findData(week))
        self.department_combo.setCurrentIndex(max(0, self.department_combo.findData(department_id)))
        self._loading = False
        self.load_meeting()

    def refresh(self) -> None:
        self.load_past()
        self.load_meeting()

    def load_past(self) -> None:
        text = self.search_edit.text()
        rows = read(self.ctx, lambda s: meetings.list_meetings(s, actor=self.ctx.actor, text=text))
        self.past_list.clear()
        for row in rows:
            item = QListWidgetItem(f"{row.week} {row.department or self.tr('The whole shop')} "
                                   f"({row.attended}/{row.people})")
            item.setData(Qt.ItemDataRole.UserRole, (row.week, row.department_id))
            self.past_list.addItem(item)

    def _open_past(self, item: QListWidgetItem) -> None:
        self.choose(*item.data(Qt.ItemDataRole.UserRole))

    def load_meeting(self) -> None:
        if self._loading or self.week() is None:
            return
        week, department_id = self.week(), self.department_id()

        def fetch(s):
            meeting_id = meetings.find_meeting(s, week=week, department_id=department_id)
            can_hold = meetings.can_hold(s, self.ctx.actor, department_id)
            if meeting_id is not None:
                try:
                    return meetings.read_meeting(s, actor=self.ctx.actor, meeting_id=meeting_id), (), can_hold
                except PermissionDenied:
                    return None, (), False
            preview = weekly_parts(s, actor=self.ctx.actor, week=week, department_id=department_id)
            return None, tuple(preview) if can_hold else (), can_hold

        self.detail, self.preview, can_hold = read(self.ctx, fetch)
        self.create_button.setEnabled(self.detail is None and can_hold)
        if self.detail is None:
            self.status.setText(self.tr("No meeting for this week yet; the parts shown are prefilled from the "
                                        "week's cards and timesheets.") if self.preview else
                                self.tr("No meeting for this week yet.") if can_hold else
                                self.tr("No meeting of this week that you take part in."))
        else:
            self.status.setText(self.tr("Meeting of %1, held on %2").replace("%1", self.detail.week)
                                .replace("%2", self.detail.held_on.isoformat()))
        self._show_detail()

    def _show_detail(self) -> None:
        d = self.detail
        self._loading = True
        self.parts_table.setRowCount(0)
        self.items_list.clear()
        self.actions_table.setRowCount(0)
        self.owner_combo.clear()
        for part in d.parts if d else []:
            r = self.parts_table.rowCount()
            self.parts_table.insertRow(r)
            self.parts_table.setItem(r, 0, QTableWidgetItem(part.employee_no))
            self.parts_table.setItem(r, 1, QTableWidgetItem(part.name))
            attended = QTableWidgetItem()
            flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
            attended.setFlags(flags | Qt.ItemFlag.ItemIsUserCheckable if d.can_hold else flags)
            attended.setCheckState(Qt.CheckState.Checked if part.attended else Qt.CheckState.Unchecked)
            attended.setData(Qt.ItemDataRole.UserRole, part.id)
            self.parts_table.setItem(r, 2, attended)
            self.parts_table.setItem(r, 3, QTableWidgetItem(_first_line(part.summary)))
            self.parts_table.setItem(r, 4, QTableWidgetItem(_first_line(part.plan)))
            self.parts_table.item(r, 3).setToolTip(part.summary)
            self.parts_table.item(r, 4).setToolTip(part.plan)
            self.owner_combo.addItem(f"{part.employee_no} {part.name}", part.employee_id)
        for part in self.preview if d is None else ():  # what Create meeting will save; nothing to edit yet
            r = self.parts_table.rowCount()
            self.parts_table.insertRow(r)
            for col, text in ((0, part.employee_no), (1, part.name), (2, ""), (3, _first_line(part.summary)),
                              (4, _first_line(part.plan))):
                cell = QTableWidgetItem(text)
                cell.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.parts_table.setItem(r, col, cell)
            self.parts_table.item(r, 3).setToolTip(part.summary)
            self.parts_table.item(r, 4).setToolTip(part.plan)
        for item in d.items if d else []:
            entry = QListWidgetItem(f"[{self.kind_names.get(item.kind, item.kind)}] {item.text}")
            entry.setData(Qt.ItemDataRole.UserRole, item.id)
            self.items_list.addItem(entry)
        for action in d.actions if d else []:
            r = self.actions_table.rowCount()
            self.actions_table.insertRow(r)
            card = self.tr("#%1").replace("%1", str(action.card_id)) if action.card_id else ""
            for col, text in enumerate((action.text, action.owner, action.due_date.isoformat() if action.due_date
                                        else "", action.board, card)):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, action.id)
                self.actions_table.setItem(r, col, cell)
        self._loading = False
        self.summary_edit.clear()
        self.plan_edit.clear()
        self._update_buttons()

    # ---------------------------------------------------------------- state
    def selected_part(self):
        rows = self.parts_table.selectionModel().selectedRows()
        if not rows or self.detail is None:
            return None
        return self.detail.parts[rows[0].row()]

    def selected_action(self):
        rows = self.actions_table.selectionModel().selectedRows()
        if not rows or self.detail is None:
            return None
        return self.detail.actions[rows[0].row()]

    def _part_picked(self) -> None:
        part = self.selected_part()
        self.summary_edit.setPlainText(part.summary if part else "")
        self.plan_edit.setPlainText(part.plan if part else "")
        self._update_buttons()

    def _update_buttons(self) -> None:
        holds = self.detail is not None and self.detail.can_hold
        part, action = self.selected_part(), self.selected_action()
        editable = part is not None and part.can_edit
        self.summary_edit.setReadOnly(not editable)
        self.plan_edit.setReadOnly(not editable)
        self.save_part_button.setEnabled(editable)
        self.export_button.setEnabled(self.detail is not None)
        self.pdf_button.setEnabled(self.detail is not None)
        for widget in (self.add_item_button, self.item_edit, self.kind_combo, self.add_action_button,
                       self.action_edit, self.owner_combo, self.due_edit, self.board_combo):
            widget.setEnabled(holds)
        self.remove_item_button.setEnabled(holds and self.items_list.count() > 0)
        self.make_card_button.setEnabled(holds and action is not None and action.card_id is None)

    # ---------------------------------------------------------------- changes
    def _changed(self, fn) -> bool:
        ok, _r = run_change(self.ctx, self.error, fn, on_conflict=self.refresh)  # theirs shown after a refusal
        if ok:
            chosen = self.selected_part()
            self.refresh()
            if chosen is not None and self.detail is not None:
                row = next((i for i, p in enumerate(self.detail.parts) if p.id == chosen.id), None)
                if row is not None:
                    self.parts_table.selectRow(row)
        return ok

    def create_meeting(self) -> None:
        week, department_id = self.week(), self.department_id()
        self._changed(lambda s: meetings.create_meeting(s, actor=self.ctx.actor, week=week,
                                                        department_id=department_id))

    def save_part(self) -> None:
        part = self.selected_part()
        if part is not None:
            summary, plan = self.summary_edit.toPlainText(), self.plan_edit.toPlainText()
            self._changed(lambda s: meetings.edit_part(s, actor=self.ctx.actor, part_id=part.id, summary=summary,
                                                       plan=plan, expected_version=part.version))

    def _attendance_changed(self, item: QTableWidgetItem) -> None:
        if self._loading or item.column() != 2:
            return
        attended = item.checkState() == Qt.CheckState.Checked
        part_id = item.data(Qt.ItemDataRole.UserRole)
        self._changed(lambda s: meetings.set_attended(s, actor=self.ctx.actor, part_id=part_id, attended=attended))

    def add_item(self) -> None:
        if self.detail is not None:
            meeting_id, kind, text = self.detail.id, self.kind_combo.currentData(), self.item_edit.text()
            if self._changed(lambda s: meetings.add_item(s, actor=self.ctx.actor, meeting_id=meeting_id, kind=kind,
                                                         text=text)):
                self.item_edit.clear()

    def remove_item(self) -> None:
        item = self.items_list.currentItem()
        if item is not None:
            item_id = item.data(Qt.ItemDataRole.UserRole)
            self._changed(lambda s: meetings.remove_item(s, actor=self.ctx.actor, item_id=item_id))

    def add_action(self) -> None:
        if self.detail is not None:
            meeting_id, text = self.detail.id, self.action_edit.text()
            owner, due, board = self.owner_combo.currentData(), from_qdate(self.due_edit.date()), None
            if self._changed(lambda s: meetings.add_action(s, actor=self.ctx.actor, meeting_id=meeting_id, text=text,
                                                           owner_id=owner, due_date=due, board_id=board)):
                self.action_edit.clear()

    def make_card(self) -> None:
        action = self.selected_action()
        if action is not None:
            board = self.board_combo.currentData()
            if self._changed(lambda s: meetings.make_card(s, actor=self.ctx.actor, action_id=action.id,
                                                          board_id=board, expected_version=action.version)):
                self.status.setText(self.tr("The action item is now a card on %1.")
                                    .replace("%1", self.board_combo.currentText()))

    def export_clicked(self) -> None:
        if self.detail is None:
            return
        path = ask_save_path(self, title=self.tr("Export the meeting to Excel"),
                             name=self.tr("weekly-meeting-%1.xlsx").replace("%1", self.detail.week),
                             pattern=self.tr("Excel workbook (*.xlsx)"), settings_key=DIR_KEY, suffix=".xlsx")
        if not path:
            return
        factory, actor, meeting_id, language = self.ctx.factory, self.ctx.actor, self.detail.id, chosen_language()

        def work(progress):
            with factory() as session:
                return export_meeting(session, actor=actor, meeting_id=meeting_id, path=path, language=language,
                                      progress=progress)

        self._write(work, self.tr("Export the meeting to Excel"))

    def pdf_clicked(self) -> None:
        """The record on A4 (reports/meeting_sheet) as a PDF, in the window's language."""
        if self.detail is None:
            return
        path = ask_save_path(self, title=self.tr("Print the meeting record (PDF)"),
                             name=self.tr("weekly-meeting-%1.pdf").replace("%1", self.detail.week),
                             pattern=self.tr("PDF (*.pdf)"), settings_key=DIR_KEY, suffix=".pdf")
        if not path:
            return
        factory, actor, meeting_id, language = self.ctx.factory, self.ctx.actor, self.detail.id, chosen_language()

        def work(progress):
            from shopteam.reports.meeting_sheet import export_meeting_pdf

            with factory() as session:
                return export_meeting_pdf(session, actor=actor, meeting_id=meeting_id, path=path, language=language,
                                          progress=progress).file

        self._write(work, self.tr("Print the meeting record (PDF)"))

    def _write(self, work, title: str) -> None:
        def failed(sentence: str) -> None:
            self.export_task = None
            self.error.show_error(sentence)

        def saved(written) -> None:
            self.export_task = None
            self.error.clear_error()
            self.status.setText(self.tr("The meeting was written to %1.").replace("%1", str(written)))

        self.export_task = run_export(self, work, title=title, on_saved=saved, on_failed=failed)
