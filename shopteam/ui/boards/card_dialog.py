"""The card dialog: every field, the checklist, comments and the history of moves. A new card is saved
with Save; the checklist and comments of an existing card are saved as they are changed."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from shopteam.domain.errors import ConflictError, ShopTeamError
from shopteam.services.attendance import timesheets
from shopteam.services.boards import cards, goals
from shopteam.services.boards.cards import CardInput
from shopteam.ui.context import AppContext
from shopteam.ui.messages import ERROR_STYLE, describe
from shopteam.ui.widgets.dates import today_qdate


def local_time(value) -> str:
    return value.astimezone().strftime("%Y-%m-%d %H:%M") if value else ""


class OptionalDate(QWidget):
    """A date that may be empty: a check box and a date editor."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox()
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd")
        self.edit.setDate(today_qdate())
        self.edit.setEnabled(False)
        self.check.toggled.connect(self.edit.setEnabled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)

    def value(self) -> date | None:
        return self.edit.date().toPython() if self.check.isChecked() else None

    def set_value(self, value: date | None) -> None:
        self.check.setChecked(value is not None)
        if value is not None:
            self.edit.setDate(QDate(value.year, value.month, value.day))


class CardDialog(QDialog):
    def __init__(self, ctx: AppContext, *, card_id: int | None = None, board_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.card_id = card_id
        self.board_id = board_id
        self.saved_id: int | None = None
        self.detail = None
        with ctx.factory() as session:
            if card_id is not None:
                self.detail = cards.read_card(session, actor=ctx.actor, card_id=card_id)
                self.board_id = self.detail.board_id
            assigned = tuple(self.detail.data.assignee_ids) if self.detail else ()
            people = cards.people_choices(session, include_ids=assigned)
            goal_list = goals.goal_choices(session)
            self.hours_logged = None if card_id is None else timesheets.card_hours(session, card_id=card_id)
        editable = self.detail is None or self.detail.can_edit
        self.setWindowTitle(self.tr("Card") if self.detail else self.tr("New card"))
        self.resize(640, 600)

        self.title = QLineEdit()
        self.title.setObjectName("card_title")
        self.description = QPlainTextEdit()
        self.description.setMaximumHeight(110)
        self.priority = QComboBox()
        for value, text in ((0, self.tr("Low")), (1, self.tr("Normal")), (2, self.tr("High")), (3, self.tr("Urgent"))):
            self.priority.addItem(text, value)
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("Separate tags with commas"))
        self.start = OptionalDate()
        self.due = OptionalDate()
        self.estimate = QDoubleSpinBox()
        self.estimate.setRange(0, 1000)
        self.estimate.setDecimals(1)
        self.estimate.setSpecialValueText(self.tr("none"))
        self.estimate.setSuffix(self.tr(" h"))
        self.goal = QComboBox()
        self.goal.addItem(self.tr("(no goal)"), None)
        for gid, label in goal_list:
            self.goal.addItem(label, gid)
        self.people = QListWidget()
        self.people.setMaximumHeight(120)
        for pid, no, name in people:
            item = QListWidgetItem(f"{no} {name}")
            item.setData(Qt.ItemDataRole.UserRole, pid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.people.addItem(item)
        self.recurrence = QComboBox()
        for key, text in (("none", self.tr("Does not recur")), ("weekly", self.tr("Every week")),
                          ("monthly", self.tr("Every month"))):
            self.recurrence.addItem(text, key)
        self.weekday = QComboBox()
        for i, text in enumerate((self.tr("Monday"), self.tr("Tuesday"), self.tr("Wednesday"), self.tr("Thursday"),
                                  self.tr("Friday"), self.tr("Saturday"), self.tr("Sunday"))):
            self.weekday.addItem(text, i)
        self.weekday.setCurrentIndex(4)
        self.month_day = QSpinBox()
        self.month_day.setRange(1, 31)
        self.month_day.setPrefix(self.tr("day "))
        self.scope = QComboBox()
        for key, text in (("card", self.tr("one card")), ("each", self.tr("one card per assignee")),
                          ("everyone", self.tr("one card for everyone"))):
            self.scope.addItem(text, key)
        recur_row = QHBoxLayout()
        for widget in (self.recurrence, self.weekday, self.month_day, self.scope):
            recur_row.addWidget(widget)
        self.recurrence.currentIndexChanged.connect(self._recurrence_changed)
        if self.detail is not None and self.detail.data.recurrence == "none":
            self.recurrence.setEnabled(False)  # a card on the board stays a card

        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Description"), self.description)
        form.addRow(self.tr("Assignees"), self.people)
        form.addRow(self.tr("Priority"), self.priority)
        form.addRow(self.tr("Tags"), self.tags)
        form.addRow(self.tr("Start date"), self.start)
        form.addRow(self.tr("Due date"), self.due)
        form.addRow(self.tr("Estimate"), self.estimate)
        if self.hours_logged is not None:
            self.hours_label = QLabel(self.tr("%1 h").replace("%1", f"{self.hours_logged:g}"))
            self.hours_label.setObjectName("card_hours_logged")
            self.hours_label.setToolTip(self.tr("Hours reported in timesheets for this card (not rejected)"))
            form.addRow(self.tr("Hours logged"), self.hours_label)
        form.addRow(self.tr("Goal"), self.goal)
        form.addRow(self.tr("Recurrence"), recur_row)
        details = QWidget()
        details.setLayout(form)
        if self.detail is not None:
            where = self.tr("%1 · %2 · created %3 by %4").replace("%1", self.detail.board_name) \
                .replace("%2", self.detail.column_name).replace("%3", local_time(self.detail.created_at)) \
                .replace("%4", self.detail.created_by or "—")
            form.insertRow(0, QLabel(where))

        self.tabs = QTabWidget()
        self.tabs.addTab(details, self.tr("Details"))
        if self.detail is not None:
            self.tabs.addTab(self._checklist_tab(editable), self.tr("Checklist"))
            self.tabs.addTab(self._comments_tab(), self.tr("Comments"))
            self.tabs.addTab(self._history_tab(), self.tr("History"))

        self.error = QLabel()
        self.error.setObjectName("card_error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.archive_button = None
        if self.detail is not None and editable:
            self.archive_button = self.buttons.addButton(
                self.tr("Restore") if self.detail.archived else self.tr("Archive"),
                QDialogButtonBox.ButtonRole.ActionRole)
            self.archive_button.clicked.connect(self.toggle_archive)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(editable)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        if self.detail is not None:
            self._fill(self.detail.data)
        self._recurrence_changed()
        for widget in (self.title, self.description, self.people, self.priority, self.tags, self.start, self.due,
                       self.estimate, self.goal):
            widget.setEnabled(editable)

    # ------------------------------------------------------------------ tabs

    def _checklist_tab(self, editable: bool) -> QWidget:
        self.checklist = QListWidget()
        self.checklist.setObjectName("checklist")
        self._fill_checklist()
        self.checklist.itemChanged.connect(self._check_toggled)
        self.new_item = QLineEdit()
        self.new_item.setPlaceholderText(self.tr("New checklist item"))
        self.new_item.returnPressed.connect(self.add_item)
        add = QPushButton(self.tr("Add"))
        add.clicked.connect(self.add_item)
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(self.remove_item)
        for widget in (self.new_item, add, remove):
            widget.setEnabled(editable)
        row = QHBoxLayout()
        row.addWidget(self.new_item, 1)
        row.addWidget(add)
        row.addWidget(remove)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(self.checklist, 1)
        layout.addLayout(row)
        return tab

    def _fill_checklist(self) -> None:
        self.checklist.blockSignals(True)
        self.checklist.clear()
        for entry in self.detail.checklist:
            item = QListWidgetItem(entry.text)
            item.setData(Qt.ItemDataRole.UserRole, entry.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if entry.done else Qt.CheckState.Unchecked)
            self.checklist.addItem(item)
        self.checklist.blockSignals(False)

    def _comments_tab(self) -> QWidget:
        self.comments = QListWidget()
        self.comments.setObjectName("comments")
        self.comments.setWordWrap(True)
        for comment in self.detail.comments:
            self.comments.addItem(f"{local_time(comment.at)}  {comment.username}：{comment.body}")
        self.new_comment = QPlainTextEdit()
        self.new_comment.setMaximumHeight(70)
        self.new_comment.setPlaceholderText(self.tr("Write a comment"))
        send = QPushButton(self.tr("Add comment"))
        send.clicked.connect(self.add_comment)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(self.comments, 1)
        layout.addWidget(self.new_comment)
        layout.addWidget(send, 0, Qt.AlignmentFlag.AlignRight)
        return tab

    def _history_tab(self) -> QWidget:
        self.history = QTableWidget(len(self.detail.moves), 4)
        self.history.setObjectName("history")
        self.history.setHorizontalHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("From"), self.tr("To")])
        self.history.verticalHeader().hide()
        self.history.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, move in enumerate(self.detail.moves):
            values = (local_time(move.at), move.username, move.from_column or self.tr("(created)"), move.to_column)
            for col, value in enumerate(values):
                self.history.setItem(row, col, QTableWidgetItem(value))
        self.history.resizeColumnsToContents()
        self.history.horizontalHeader().setStretchLastSection(True)
        return self.history

    # ------------------------------------------------------------------ values

    def _recurrence_changed(self, *_args) -> None:
        kind = self.recurrence.currentData()
        self.weekday.setVisible(kind == "weekly")
        self.month_day.setVisible(kind == "monthly")
        self.scope.setVisible(kind != "none")

    def _fill(self, data: CardInput) -> None:
        self.title.setText(data.title)
        self.description.setPlainText(data.description)
        self.priority.setCurrentIndex(max(0, self.priority.findData(data.priority)))
        self.tags.setText(", ".join(data.tags))
        self.start.set_value(data.start_date)
        self.due.set_value(data.due_date)
        self.estimate.setValue(data.estimate_hours or 0)
        self.goal.setCurrentIndex(max(0, self.goal.findData(data.goal_id)))
        for i in range(self.people.count()):
            item = self.people.item(i)
            checked = item.data(Qt.ItemDataRole.UserRole) in data.assignee_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.recurrence.setCurrentIndex(max(0, self.recurrence.findData(data.recurrence)))
        if data.recurrence_weekday is not None:
            self.weekday.setCurrentIndex(data.recurrence_weekday)
        if data.recurrence_day is not None:
            self.month_day.setValue(data.recurrence_day)
        self.scope.setCurrentIndex(max(0, self.scope.findData(data.recurrence_scope)))

    def values(self) -> CardInput:
        people = tuple(self.people.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.people.count())
                       if self.people.item(i).checkState() == Qt.CheckState.Checked)
        tags = tuple(t.strip() for t in self.tags.text().replace("，", ",").split(",") if t.strip())
        return CardInput(
            title=self.title.text(), description=self.description.toPlainText(), priority=self.priority.currentData(),
            tags=tags, start_date=self.start.value(), due_date=self.due.value(),
            estimate_hours=self.estimate.value() or None, goal_id=self.goal.currentData(), assignee_ids=people,
            recurrence=self.recurrence.currentData(), recurrence_weekday=self.weekday.currentData(),
            recurrence_day=self.month_day.value(), recurrence_scope=self.scope.currentData())

    # ------------------------------------------------------------------ saving

    def _run(self, fn) -> bool:
        try:
            with self.ctx.factory.begin() as session:
                fn(session)
        except ConflictError as err:  # saved elsewhere since it was opened: say who and when, show theirs
            self.error.setText(describe(err))
            if self.detail is not None:
                self.reload()
            return False
        except ShopTeamError as err:
            self.error.setText(describe(err))
            return False
        self.error.clear()
        return True

    def save(self) -> None:
        data = self.values()
        actor = self.ctx.actor

        def work(session):
            if self.detail is None:
                self.saved_id = cards.create_card(session, actor=actor, board_id=self.board_id, data=data)
            else:
                cards.update_card(session, actor=actor, card_id=self.detail.id, data=data, version=self.detail.version)
                self.saved_id = self.detail.id

        if self._run(work):
            self.accept()

    def toggle_archive(self) -> None:
        archived = not self.detail.archived
        if self._run(lambda s: cards.archive_card(s, actor=self.ctx.actor, card_id=self.detail.id, archived=archived)):
            self.accept()

    def reload(self) -> None:
        """Show the card as it is saved now (after a refused save): its fields, checklist and version."""
        with self.ctx.factory() as session:
            self.detail = cards.read_card(session, actor=self.ctx.actor, card_id=self.detail.id)
        self._fill(self.detail.data)
        if hasattr(self, "checklist"):
            self._fill_checklist()

    def _reload_detail(self) -> None:
        with self.ctx.factory() as session:
            fresh = cards.read_card(session, actor=self.ctx.actor, card_id=self.detail.id)
        self.detail.checklist, self.detail.comments, self.detail.version = fresh.checklist, fresh.comments, fresh.version

    def add_item(self) -> None:
        text = self.new_item.text()
        if self._run(lambda s: cards.add_checklist_item(s, actor=self.ctx.actor, card_id=self.detail.id, text=text)):
            self.new_item.clear()
            self._reload_detail()
            self._fill_checklist()

    def remove_item(self) -> None:
        item = self.checklist.currentItem()
        if item is not None and self._run(lambda s: cards.remove_checklist_item(
                s, actor=self.ctx.actor, item_id=item.data(Qt.ItemDataRole.UserRole))):
            self._reload_detail()
            self._fill_checklist()

    def _check_toggled(self, item: QListWidgetItem) -> None:
        done = item.checkState() == Qt.CheckState.Checked
        if not self._run(lambda s: cards.set_checklist_done(s, actor=self.ctx.actor,
                                                            item_id=item.data(Qt.ItemDataRole.UserRole), done=done)):
            self._fill_checklist()

    def add_comment(self) -> None:
        body = self.new_comment.toPlainText()
        if self._run(lambda s: cards.add_comment(s, actor=self.ctx.actor, card_id=self.detail.id, body=body)):
            self.new_comment.clear()
            self._reload_detail()
            self.comments.clear()
            for comment in self.detail.comments:
                self.comments.addItem(f"{local_time(comment.at)}  {comment.username}：{comment.body}")
