"""The dialogs of the training screen: a new plan, a new session, the attendance list of a session and one
attendee's evaluation. Each runs its service call in one transaction when OK is pressed and stays open with
the reason when it is refused; ``done`` is emitted after a change."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from shopteam.domain import clock
from shopteam.services.org.roster import list_staff
from shopteam.services.training import editing, plans, rewards
from shopteam.services.training.plans import AttendeeRow, PlanRow, SessionRow
from shopteam.ui.context import AppContext
from shopteam.ui.org.common import ErrorLabel, read, run_change
from shopteam.ui.widgets.dates import from_qdate, to_qdate, today_qdate


def _hours(value) -> str:
    text = f"{value:.2f}"
    return text.rstrip("0").rstrip(".")


class _ChangeDialog(QDialog):
    done = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.form = QFormLayout()
        self.error = ErrorLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def change(self, session):  # pragma: no cover - every dialog overrides it
        raise NotImplementedError

    def reload(self) -> None:
        """After a save refused because someone else saved first: show theirs (the dialogs with a record)."""

    def _save(self) -> None:
        ok, result = run_change(self.ctx, self.error, self.change, on_conflict=self.reload)
        if ok:
            self.done.emit(result)
            self.accept()


class PlanDialog(_ChangeDialog):
    """A new plan, or the plan ``row`` changed (compared with the version shown)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, row: PlanRow | None = None) -> None:
        super().__init__(ctx, parent)
        self.row = row
        self.setWindowTitle(self.tr("New training plan") if row is None else
                            self.tr("Edit training plan: %1").replace("%1", row.topic))
        self.year = QSpinBox()
        self.year.setRange(plans.MIN_YEAR, plans.MAX_YEAR)
        self.year.setValue(clock.today().year)
        self.quarter = QComboBox()
        self.quarter.addItem(self.tr("Whole year"), None)
        for q in range(1, 5):
            self.quarter.addItem(self.tr("Quarter %1").replace("%1", str(q)), q)
        self.topic = QLineEdit()
        self.target_roles = QLineEdit()
        self.target_roles.setPlaceholderText(self.tr("for example: customer service, operations"))
        self.planned_hours = QLineEdit("8")
        self.notes = QLineEdit()
        self.form.addRow(self.tr("Year"), self.year)
        self.form.addRow(self.tr("Quarter"), self.quarter)
        self.form.addRow(self.tr("Topic"), self.topic)
        self.form.addRow(self.tr("For roles"), self.target_roles)
        self.form.addRow(self.tr("Planned hours"), self.planned_hours)
        self.form.addRow(self.tr("Notes"), self.notes)
        if row is not None:
            self.year.setValue(row.year)
            self.quarter.setCurrentIndex(self.quarter.findData(row.quarter) if row.quarter else 0)
            self.topic.setText(row.topic)
            self.target_roles.setText(row.target_roles)
            self.planned_hours.setText(_hours(row.planned_hours))
            self.notes.setText(row.notes)

    def change(self, session):
        if self.row is not None:
            return editing.update_plan(session, actor=self.ctx.actor, plan_id=self.row.id, version=self.row.version,
                                       year=self.year.value(), quarter=self.quarter.currentData(),
                                       topic=self.topic.text(), planned_hours=self.planned_hours.text(),
                                       target_roles=self.target_roles.text(), notes=self.notes.text())
        return plans.create_plan(session, actor=self.ctx.actor, year=self.year.value(),
                                 quarter=self.quarter.currentData(), topic=self.topic.text(),
                                 planned_hours=self.planned_hours.text(), target_roles=self.target_roles.text(),
                                 notes=self.notes.text())


class SessionDialog(_ChangeDialog):
    """A new session of the plan, or the session ``row`` changed."""

    def __init__(self, ctx: AppContext, plan_id: int, topic: str, parent: QWidget | None = None,
                 row: SessionRow | None = None) -> None:
        super().__init__(ctx, parent)
        self.plan_id, self.row = plan_id, row
        self.setWindowTitle(self.tr("New session: %1").replace("%1", topic) if row is None else
                            self.tr("Edit session: %1, %2").replace("%1", topic)
                            .replace("%2", row.session_date.isoformat()))
        self.day = QDateEdit(today_qdate())
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.hours = QLineEdit("2")
        self.trainer = QLineEdit()
        self.place = QLineEdit()
        self.online = QCheckBox(self.tr("Online"))
        self.materials = QPlainTextEdit()
        self.materials.setFixedHeight(60)
        self.form.addRow(self.tr("Date"), self.day)
        self.form.addRow(self.tr("Hours"), self.hours)
        self.form.addRow(self.tr("Trainer"), self.trainer)
        self.form.addRow(self.tr("Place"), self.place)
        self.form.addRow("", self.online)
        self.form.addRow(self.tr("Materials"), self.materials)
        if row is not None:
            self.day.setDate(to_qdate(row.session_date))
            self.hours.setText(_hours(row.hours))
            self.trainer.setText(row.trainer)
            self.place.setText(row.place)
            self.online.setChecked(row.online)
            self.materials.setPlainText(row.materials)

    def change(self, session):
        if self.row is not None:
            return editing.update_session(session, actor=self.ctx.actor, session_id=self.row.id,
                                          version=self.row.version, day=from_qdate(self.day.date()),
                                          hours=self.hours.text(), trainer=self.trainer.text(),
                                          place=self.place.text(), online=self.online.isChecked(),
                                          materials=self.materials.toPlainText())
        return plans.create_session(session, actor=self.ctx.actor, plan_id=self.plan_id,
                                    day=from_qdate(self.day.date()), hours=self.hours.text(),
                                    trainer=self.trainer.text(), place=self.place.text(),
                                    online=self.online.isChecked(), materials=self.materials.toPlainText())


class AttendanceDialog(_ChangeDialog):
    """Everyone in the actor's scope who has not left, ticked when they attended. Unticking someone already on
    the list marks them absent; people never ticked stay off the list."""

    def __init__(self, ctx: AppContext, row: SessionRow, attendees: list[AttendeeRow],
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.session_id = row.id
        self.setWindowTitle(self.tr("Attendance: %1, %2").replace("%1", row.topic)
                            .replace("%2", row.session_date.isoformat()))
        self.listed = {a.employee_id: a.attended for a in attendees}
        self.people = QListWidget()
        for person in read(ctx, lambda s: list_staff(s, actor=ctx.actor)):
            if person.status == "left" and person.id not in self.listed:
                continue
            item = QListWidgetItem(f"{person.employee_no}  {person.name}  {person.department}")
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if self.listed.get(person.id) else Qt.CheckState.Unchecked)
            self.people.addItem(item)
        self.form.addRow(QLabel(self.tr("Tick those who attended:")))
        self.form.addRow(self.people)

    def choices(self) -> dict[int, bool]:
        result = {}
        for i in range(self.people.count()):
            item = self.people.item(i)
            employee_id = item.data(Qt.ItemDataRole.UserRole)
            ticked = item.checkState() == Qt.CheckState.Checked
            if ticked or employee_id in self.listed:
                result[employee_id] = ticked
        return result

    def change(self, session):
        return plans.take_attendance(session, actor=self.ctx.actor, session_id=self.session_id,
                                     attended=self.choices())


class EvaluationDialog(_ChangeDialog):
    def __init__(self, ctx: AppContext, session_id: int, attendee: AttendeeRow, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.session_id, self.employee_id = session_id, attendee.employee_id
        self.setWindowTitle(self.tr("Evaluation: %1").replace("%1", attendee.name))
        self.test_score = QLineEdit()
        self.test_score.setPlaceholderText(self.tr("0–100, empty for no test"))
        self.passed = QComboBox()
        for label, value in ((self.tr("(not stated)"), None), (self.tr("Passed"), True), (self.tr("Not passed"), False)):
            self.passed.addItem(label, value)
        self.satisfaction = QComboBox()
        self.satisfaction.addItem(self.tr("(not stated)"), None)
        for n in range(1, 6):
            self.satisfaction.addItem(str(n), n)
        self.comment = QLineEdit()
        self._show(attendee)
        self.form.addRow(self.tr("Test score"), self.test_score)
        self.form.addRow(self.tr("Passed"), self.passed)
        self.form.addRow(self.tr("Satisfaction (1–5)"), self.satisfaction)
        self.form.addRow(self.tr("Comment"), self.comment)

    def _show(self, attendee: AttendeeRow) -> None:
        self.attendee = attendee  # its evaluation's version is what the save lands on
        self.test_score.setText("" if attendee.test_score is None else str(attendee.test_score))
        self.passed.setCurrentIndex(self.passed.findData(attendee.passed) if attendee.passed is not None else 0)
        self.satisfaction.setCurrentIndex(self.satisfaction.findData(attendee.satisfaction)
                                          if attendee.satisfaction is not None else 0)
        self.comment.setText(attendee.comment)

    def reload(self) -> None:
        rows = read(self.ctx, lambda s: plans.session_attendees(s, actor=self.ctx.actor, session_id=self.session_id))
        attendee = next((a for a in rows if a.employee_id == self.employee_id), None)
        if attendee is not None:
            self._show(attendee)

    def change(self, session):
        return plans.record_evaluation(session, actor=self.ctx.actor, session_id=self.session_id,
                                       employee_id=self.employee_id, test_score=self.test_score.text(),
                                       passed=self.passed.currentData(), satisfaction=self.satisfaction.currentData(),
                                       comment=self.comment.text(), expected_version=self.attendee.evaluation_version)


class ResultsDialog(_ChangeDialog):
    """Rewards and penalties from the session's results: what a pass and a fail are worth (an amount in yuan
    and/or appraisal points), the date of the entries; each attendee's result is booked once."""

    def __init__(self, ctx: AppContext, row: SessionRow, attendees: list[AttendeeRow], booked: set[int],
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.session_id = row.id
        self.setMinimumWidth(460)
        self.setWindowTitle(self.tr("Rewards and penalties: %1, %2").replace("%1", row.topic)
                            .replace("%2", row.session_date.isoformat()))
        open_rows = [a for a in attendees if a.attended and a.employee_id not in booked]
        passed = sum(1 for a in open_rows if a.passed is True)
        failed = sum(1 for a in open_rows if a.passed is False)
        already = sum(1 for a in attendees if a.employee_id in booked)
        self.summary = QLabel(self.tr("Passed: %1 · not passed: %2 · already in the ledger: %3")
                              .replace("%1", str(passed)).replace("%2", str(failed)).replace("%3", str(already)))
        self.summary.setWordWrap(True)
        self.reward_amount = QLineEdit()
        self.reward_amount.setPlaceholderText(self.tr("yuan, e.g. 50"))
        self.reward_points = QLineEdit()
        self.reward_points.setPlaceholderText(self.tr("appraisal points, e.g. 2"))
        self.penalty_amount = QLineEdit()
        self.penalty_amount.setPlaceholderText(self.tr("yuan, e.g. 20"))
        self.penalty_points = QLineEdit()
        self.penalty_points.setPlaceholderText(self.tr("points taken off, e.g. 1"))
        self.entry_date = QDateEdit(today_qdate())
        self.entry_date.setCalendarPopup(True)
        self.entry_date.setDisplayFormat("yyyy-MM-dd")
        self.form.addRow(self.summary)
        self.form.addRow(self.tr("Passed: reward (yuan)"), self.reward_amount)
        self.form.addRow(self.tr("Passed: points"), self.reward_points)
        self.form.addRow(self.tr("Not passed: penalty (yuan)"), self.penalty_amount)
        self.form.addRow(self.tr("Not passed: points off"), self.penalty_points)
        self.form.addRow(self.tr("Entry date"), self.entry_date)
        note = QLabel(self.tr("Each attendee's result goes into the reward/penalty ledger once; attendees "
                              "without passed / not passed are left out."))
        note.setWordWrap(True)
        self.form.addRow(note)

    def change(self, session):
        rule = rewards.ResultsRule(reward_amount=self.reward_amount.text(), reward_points=self.reward_points.text(),
                                   penalty_amount=self.penalty_amount.text(),
                                   penalty_points=self.penalty_points.text())
        return rewards.book_results(session, actor=self.ctx.actor, session_id=self.session_id, rule=rule,
                                    entry_date=from_qdate(self.entry_date.date()))  # reasons in the shop's language
