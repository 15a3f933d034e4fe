"""The dialogs of the recruitment screen: open a position, add a candidate, record a score, reject and hire
(the probation review is ``review_dialog``). Each runs its service call in one transaction when OK is pressed and
stays open with the reason when it is refused; ``done`` is emitted after a change."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from shopteam.services import org
from shopteam.services.permissions import SALARY_EDIT, can
from shopteam.services.recruitment import recruiting
from shopteam.services.recruitment.recruiting import CandidateInput, CandidateRow, HireInput
from shopteam.ui.context import AppContext
from shopteam.ui.org.common import ErrorLabel, read, run_change
from shopteam.ui.widgets.dates import from_qdate, to_qdate, today_qdate


def stage_label(stage: str) -> str:
    return {
        "screening": QCoreApplication.translate("Recruitment", "Screening"),
        "first_interview": QCoreApplication.translate("Recruitment", "First interview"),
        "second_interview": QCoreApplication.translate("Recruitment", "Second interview"),
        "offer": QCoreApplication.translate("Recruitment", "Offer"),
        "hired": QCoreApplication.translate("Recruitment", "Hired"),
        "rejected": QCoreApplication.translate("Recruitment", "Rejected"),
    }.get(stage, stage)


def review_state_label(state: str) -> str:
    return {
        "overdue": QCoreApplication.translate("Recruitment", "Overdue"),
        "due": QCoreApplication.translate("Recruitment", "Ends soon"),
        "extended": QCoreApplication.translate("Recruitment", "Extended"),
        "pending": QCoreApplication.translate("Recruitment", "Pending"),
        "no_end": QCoreApplication.translate("Recruitment", "No end date"),
    }.get(state, state)


def _date_edit(value=None) -> QDateEdit:
    edit = QDateEdit(to_qdate(value) if value else today_qdate())
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


class _BadAmount(Exception):
    pass


def _money(text: str) -> Decimal | None:
    text = text.strip().replace(",", "")
    if not text:
        return None
    try:
        return Decimal(text)
    except InvalidOperation:
        raise _BadAmount from None


class _ChangeDialog(QDialog):
    done = Signal(object)

    def __init__(self, ctx: AppContext, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.error = ErrorLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    @property
    def ok_button(self):
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def change(self, session):  # pragma: no cover - every dialog overrides it
        raise NotImplementedError

    def _save(self) -> None:
        try:
            self.prepare()
        except _BadAmount:
            self.error.show_error(QCoreApplication.translate("Recruitment", "Enter an amount such as 5000 or 5000.50."))
            return
        ok, result = run_change(self.ctx, self.error, self.change)
        if ok:
            self.done.emit(result)
            self.accept()

    def prepare(self) -> None:
        """Read the fields (raising ValidationError for what the service cannot be given)."""


class PositionDialog(_ChangeDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Open a position"), parent)
        self.role = QComboBox()
        for role in read(ctx, lambda s: org.list_roles(s, actor=ctx.actor)):
            if not role.archived:
                self.role.addItem(role.name, role.id)
        self.headcount = QSpinBox()
        self.headcount.setRange(1, recruiting.MAX_HEADCOUNT)
        self.reason = QLineEdit()
        self.wanted_by = _date_edit()
        self.form.addRow(self.tr("Role"), self.role)
        self.form.addRow(self.tr("Headcount"), self.headcount)
        self.form.addRow(self.tr("Reason"), self.reason)
        self.form.addRow(self.tr("Wanted by"), self.wanted_by)

    def change(self, session):
        return recruiting.open_position(session, actor=self.ctx.actor, role_id=self.role.currentData(),
                                        headcount=self.headcount.value(), reason=self.reason.text(),
                                        wanted_by=from_qdate(self.wanted_by.date()))


class CandidateDialog(_ChangeDialog):
    def __init__(self, ctx: AppContext, position_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Add a candidate"), parent)
        self.position_id = position_id
        self.name = QLineEdit()
        self.phone = QLineEdit()
        self.source = QComboBox()
        self.source.setEditable(True)
        self.source.addItems(list(recruiting.SOURCES))
        self.cv_path = QLineEdit()
        self.salary = QLineEdit()
        self.applied_on = _date_edit()
        self.form.addRow(self.tr("Name"), self.name)
        self.form.addRow(self.tr("Phone"), self.phone)
        self.form.addRow(self.tr("Source"), self.source)
        self.form.addRow(self.tr("CV file"), self.cv_path)
        self.form.addRow(self.tr("Expected salary"), self.salary)
        self.form.addRow(self.tr("Applied on"), self.applied_on)

    def prepare(self) -> None:
        self._salary = _money(self.salary.text())

    def change(self, session):
        return recruiting.add_candidate(session, actor=self.ctx.actor, position_id=self.position_id, data=CandidateInput(
            name=self.name.text(), phone=self.phone.text(), source=self.source.currentText(),
            cv_path=self.cv_path.text(), expected_salary=self._salary,
            applied_on=from_qdate(self.applied_on.date())))


class ScoreDialog(_ChangeDialog):
    def __init__(self, ctx: AppContext, candidate: CandidateRow, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Interview score: %1").replace("%1", candidate.name), parent)
        self.candidate = candidate
        self.competence = QComboBox()
        self.competence.setEditable(True)
        self.competence.addItems([self.tr("Communication"), self.tr("Experience"), self.tr("Attitude"),
                                  self.tr("Skills")])
        self.score = QSpinBox()
        self.score.setRange(1, 5)
        self.score.setValue(3)
        self.note = QLineEdit()
        self.form.addRow(self.tr("Stage"), QLabel(stage_label(candidate.stage)))
        self.form.addRow(self.tr("Competence"), self.competence)
        self.form.addRow(self.tr("Score (1–5)"), self.score)
        self.form.addRow(self.tr("Notes"), self.note)

    def change(self, session):
        return recruiting.record_score(session, actor=self.ctx.actor, candidate_id=self.candidate.id,
                                       competence=self.competence.currentText(), score=self.score.value(),
                                       note=self.note.text())


class RejectDialog(_ChangeDialog):
    def __init__(self, ctx: AppContext, candidate: CandidateRow, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Turn down %1").replace("%1", candidate.name), parent)
        self.candidate = candidate
        self.reason = QLineEdit()
        self.form.addRow(self.tr("Reason"), self.reason)

    def change(self, session):
        return recruiting.reject(session, actor=self.ctx.actor, candidate_id=self.candidate.id,
                                 reason=self.reason.text())


class HireDialog(_ChangeDialog):
    """Hire: the employee no., hire date, department, base salary (with salary.edit) and probation end."""

    def __init__(self, ctx: AppContext, candidate: CandidateRow, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Hire %1").replace("%1", candidate.name), parent)
        self.candidate = candidate
        self.employee_no = QLineEdit()
        self.hire_date = _date_edit()
        self.department = QComboBox()
        self.department.addItem(self.tr("(the position's)"), None)
        for dep in read(ctx, lambda s: org.list_departments(s, actor=ctx.actor)):
            self.department.addItem(dep.name, dep.id)
        self.salary = QLineEdit()
        self.salary.setPlaceholderText(self.tr("set later by the owner") if not can(ctx.actor, SALARY_EDIT) else "")
        self.salary.setEnabled(can(ctx.actor, SALARY_EDIT))
        if candidate.expected_salary is not None and can(ctx.actor, SALARY_EDIT):
            self.salary.setText(f"{candidate.expected_salary:.2f}")
        self.probation_end = _date_edit()
        self.hire_date.dateChanged.connect(lambda _d: self._suggest_end())
        self._suggest_end()
        self.form.addRow(self.tr("Candidate"), QLabel(f"{candidate.name} · {candidate.role}"))
        self.form.addRow(self.tr("Employee no."), self.employee_no)
        self.form.addRow(self.tr("Hire date"), self.hire_date)
        self.form.addRow(self.tr("Department"), self.department)
        self.form.addRow(self.tr("Base salary"), self.salary)
        self.form.addRow(self.tr("Probation ends"), self.probation_end)

    def _suggest_end(self) -> None:
        end = read(self.ctx, lambda s: recruiting.suggest_probation_end(
            s, actor=self.ctx.actor, candidate_id=self.candidate.id, hire_date=from_qdate(self.hire_date.date())))
        if end is not None:
            self.probation_end.setDate(to_qdate(end))

    def prepare(self) -> None:
        self._salary = _money(self.salary.text())

    def change(self, session):
        return recruiting.hire(session, actor=self.ctx.actor, candidate_id=self.candidate.id, data=HireInput(
            employee_no=self.employee_no.text(), hire_date=from_qdate(self.hire_date.date()),
            base_salary=self._salary, probation_end=from_qdate(self.probation_end.date()),
            department_id=self.department.currentData()))
