"""The goal dialog: name, period, whom it is for, metric, unit, target, actual (typed or from cards),
owner, deadline and the parent goal."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from shopteam.domain import clock
from shopteam.domain.errors import ConflictError, ShopTeamError
from shopteam.services.boards import cards, goals
from shopteam.services.boards.goals import GoalInput, GoalRow
from shopteam.services.org import departments
from shopteam.ui.boards.card_dialog import OptionalDate
from shopteam.ui.context import AppContext
from shopteam.ui.messages import ERROR_STYLE, describe


class GoalDialog(QDialog):
    def __init__(self, ctx: AppContext, *, goal: GoalRow | None = None, defaults: GoalInput | None = None,
                 parents: list[GoalRow] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.goal = goal
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("Goal") if goal else self.tr("New goal"))
        self.resize(480, 0)
        with ctx.factory() as session:
            deps = departments.list_departments(session, actor=ctx.actor, include_archived=False)
            people = cards.people_choices(session)
        data = goal.data if goal else defaults or GoalInput(name="", year=clock.today().year)
        self.name = QLineEdit(data.name)
        self.name.setObjectName("goal_name")
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(data.year)
        self.period = QComboBox()
        for key, text in (("year", self.tr("Year")), ("quarter", self.tr("Quarter")), ("month", self.tr("Month"))):
            self.period.addItem(text, key)
        self.period.setCurrentIndex(max(0, self.period.findData(data.period)))
        self.number = QSpinBox()
        self.number.setRange(1, 12)
        self.number.setValue(data.number or 1)
        self.scope = QComboBox()
        for key, text in (("shop", self.tr("Whole shop")), ("department", self.tr("Department")),
                          ("person", self.tr("Person"))):
            self.scope.addItem(text, key)
        self.scope.setCurrentIndex(max(0, self.scope.findData(data.scope)))
        self.department = QComboBox()
        for dep in deps:
            self.department.addItem(dep.name, dep.id)
        self.department.setCurrentIndex(max(0, self.department.findData(data.department_id)))
        self.employee = QComboBox()
        self.owner = QComboBox()
        self.owner.addItem(self.tr("(nobody)"), None)
        for pid, no, name in people:
            self.employee.addItem(f"{name} ({no})", pid)
            self.owner.addItem(f"{name} ({no})", pid)
        self.employee.setCurrentIndex(max(0, self.employee.findData(data.employee_id)))
        self.owner.setCurrentIndex(max(0, self.owner.findData(data.owner_id)))
        self.metric = QLineEdit(data.metric)
        self.metric.setPlaceholderText(self.tr("e.g. sales, conversion rate, response time"))
        self.unit = QLineEdit(data.unit)
        self.target = QDoubleSpinBox()
        self.target.setRange(0, 1e12)
        self.target.setDecimals(2)
        self.target.setValue(data.target)
        self.has_actual = QCheckBox(self.tr("Typed actual"))
        self.actual = QDoubleSpinBox()
        self.actual.setRange(-1e12, 1e12)
        self.actual.setDecimals(2)
        self.has_actual.setChecked(data.actual is not None and not data.actual_from_cards)
        self.actual.setValue(data.actual or 0)
        self.from_cards = QCheckBox(self.tr("Count the done cards linked to this goal as its actual"))
        self.from_cards.setChecked(data.actual_from_cards)
        self.deadline = OptionalDate()
        self.deadline.set_value(data.deadline)
        self.parent_goal = QComboBox()
        self.parent_goal.addItem(self.tr("(none)"), None)
        for row in parents:
            if goal is None or row.id != goal.id:
                self.parent_goal.addItem(f"{row.data.name} · {row.data.year} {row.data.period} {row.data.number or ''}",
                                         row.id)
        self.parent_goal.setCurrentIndex(max(0, self.parent_goal.findData(data.parent_id)))
        self.notes = QPlainTextEdit(data.notes)
        self.notes.setMaximumHeight(70)
        self.error = QLabel()
        self.error.setObjectName("goal_error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Year"), self.year)
        form.addRow(self.tr("Period"), self.period)
        form.addRow(self.tr("Quarter / month"), self.number)
        form.addRow(self.tr("For"), self.scope)
        form.addRow(self.tr("Department"), self.department)
        form.addRow(self.tr("Person"), self.employee)
        form.addRow(self.tr("Metric"), self.metric)
        form.addRow(self.tr("Unit"), self.unit)
        form.addRow(self.tr("Target"), self.target)
        form.addRow(self.has_actual, self.actual)
        form.addRow("", self.from_cards)
        form.addRow(self.tr("Owner"), self.owner)
        form.addRow(self.tr("Deadline"), self.deadline)
        form.addRow(self.tr("Parent goal"), self.parent_goal)
        form.addRow(self.tr("Notes"), self.notes)
        self.form = form
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        for signal in (self.period.currentIndexChanged, self.scope.currentIndexChanged, self.has_actual.toggled,
                       self.from_cards.toggled):
            signal.connect(self._update)
        self._update()

    def _update(self, *_args) -> None:
        period, scope = self.period.currentData(), self.scope.currentData()
        self.number.setEnabled(period != "year")
        self.number.setMaximum(4 if period == "quarter" else 12)
        self.department.setEnabled(scope == "department")
        self.employee.setEnabled(scope == "person")
        self.actual.setEnabled(self.has_actual.isChecked() and not self.from_cards.isChecked())
        self.has_actual.setEnabled(not self.from_cards.isChecked())

    def values(self) -> GoalInput:
        period, scope = self.period.currentData(), self.scope.currentData()
        typed = self.has_actual.isChecked() and not self.from_cards.isChecked()
        base = GoalInput(name=self.name.text(), year=self.year.value(), period=period)
        return replace(
            base, number=None if period == "year" else self.number.value(), scope=scope,
            department_id=self.department.currentData() if scope == "department" else None,
            employee_id=self.employee.currentData() if scope == "person" else None,
            metric=self.metric.text(), unit=self.unit.text(), target=self.target.value(),
            actual=self.actual.value() if typed else None, actual_from_cards=self.from_cards.isChecked(),
            parent_id=self.parent_goal.currentData(), owner_id=self.owner.currentData(),
            deadline=self.deadline.value(), notes=self.notes.toPlainText())

    def save(self) -> None:
        data = self.values()
        try:
            with self.ctx.factory.begin() as session:
                if self.goal is None:
                    self.saved_id = goals.create_goal(session, actor=self.ctx.actor, data=data)
                else:
                    goals.update_goal(session, actor=self.ctx.actor, goal_id=self.goal.id, data=data,
                                      version=self.goal.version)
                    self.saved_id = self.goal.id
        except ConflictError as err:  # saved elsewhere since it was opened: theirs is shown, then who and when
            self.reload()
            self.error.setText(describe(err))
            return
        except ShopTeamError as err:
            self.error.setText(describe(err))
            return
        self.accept()

    def reload(self) -> None:
        """Show the goal as it is saved now (after a save refused because another PC saved it first)."""
        with self.ctx.factory() as session:
            rows = goals.list_goals(session, actor=self.ctx.actor, include_archived=True)
        fresh = next((r for r in rows if r.id == self.goal.id), None)
        if fresh is None:
            return
        self.goal, data = fresh, fresh.data
        self.name.setText(data.name)
        self.year.setValue(data.year)
        self.period.setCurrentIndex(max(0, self.period.findData(data.period)))
        self.number.setValue(data.number or 1)
        self.scope.setCurrentIndex(max(0, self.scope.findData(data.scope)))
        for combo, value in ((self.department, data.department_id), (self.employee, data.employee_id),
                             (self.owner, data.owner_id), (self.parent_goal, data.parent_id)):
            combo.setCurrentIndex(max(0, combo.findData(value)))
        self.metric.setText(data.metric)
        self.unit.setText(data.unit)
        self.target.setValue(data.target)
        self.has_actual.setChecked(data.actual is not None and not data.actual_from_cards)
        self.actual.setValue(data.actual or 0)
        self.from_cards.setChecked(data.actual_from_cards)
        self.deadline.set_value(data.deadline)
        self.notes.setPlainText(data.notes)
        self._update()
