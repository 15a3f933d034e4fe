"""Add or change a weekly pattern (班次与工作周), or end one, from a date on: a new version each time."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from shopteam.domain.errors import ConflictError, ShopTeamError
from shopteam.domain.timeparse import ParseError, parse_periods, periods_text
from shopteam.services.attendance import worktime
from shopteam.services.attendance.settings import first_of_this_month
from shopteam.services.attendance.worktime import PatternRow
from shopteam.services.org import roles, staff_choices
from shopteam.ui.context import AppContext
from shopteam.ui.messages import ERROR_STYLE, describe
from shopteam.ui.widgets.dates import from_qdate, to_qdate

HINT_STYLE = "color: #666;"
WEEKDAYS = (
    QT_TRANSLATE_NOOP("PatternDialog", "Mon"), QT_TRANSLATE_NOOP("PatternDialog", "Tue"),
    QT_TRANSLATE_NOOP("PatternDialog", "Wed"), QT_TRANSLATE_NOOP("PatternDialog", "Thu"),
    QT_TRANSLATE_NOOP("PatternDialog", "Fri"), QT_TRANSLATE_NOOP("PatternDialog", "Sat"),
    QT_TRANSLATE_NOOP("PatternDialog", "Sun"),
)
TARGETS = ("default", "role", "person")


def weekdays_text(weekdays: int) -> str:
    return " ".join(QCoreApplication.translate("PatternDialog", WEEKDAYS[i]) for i in range(7) if weekdays & (1 << i))


def date_field(object_name: str, value: date) -> QDateEdit:
    edit = QDateEdit(to_qdate(value))
    edit.setObjectName(object_name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


class _DatedDialog(QDialog):
    """Whom the pattern is for, the date the change takes effect, the inline error and the buttons."""

    def __init__(self, ctx: AppContext, parent: QWidget | None, pattern: PatternRow | None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.saved_id: int | None = None
        self.target = QComboBox()
        self.target.setObjectName("pattern_target")
        for key, text in zip(TARGETS, (self.tr("Everyone else (the shop's pattern)"), self.tr("A role"),
                                       self.tr("A person")), strict=True):
            self.target.addItem(text, key)
        self.who = QComboBox()
        self.who.setObjectName("pattern_who")
        with ctx.factory() as session:
            self.roles = [(r.id, r.name) for r in roles.list_roles(session, actor=ctx.actor, include_archived=False)]
            self.people = [(p.id, p.label) for p in staff_choices(session, actor=ctx.actor)]
        self._read_versions()
        self.target.currentIndexChanged.connect(lambda _i: self._fill_who())
        self.effective_from = date_field("pattern_effective_from", first_of_this_month())
        self.effective_from.dateChanged.connect(lambda _d: self._update_hint())
        self.hint = QLabel()
        self.hint.setObjectName("pattern_hint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(HINT_STYLE)
        self.error = QLabel()
        self.error.setObjectName("pattern_error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self.form = QFormLayout()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.hint)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)
        if pattern is not None:
            kind, target_id = pattern.target
            self.target.setCurrentIndex(TARGETS.index(kind))
            self._fill_who()
            self.who.setCurrentIndex(max(self.who.findData(target_id), 0))
        else:
            self._fill_who()
        self._update_hint()

    def _add_target_rows(self) -> None:
        self.form.addRow(self.tr("Applies to"), self.target)
        self.form.addRow("", self.who)
        self.form.addRow(self.tr("Takes effect from"), self.effective_from)

    def _fill_who(self) -> None:
        kind = self.target.currentData()
        self.who.clear()
        for target_id, text in self.roles if kind == "role" else self.people if kind == "person" else ():
            self.who.addItem(text, target_id)
        self.who.setVisible(kind != "default")

    def _update_hint(self) -> None:
        start = from_qdate(self.effective_from.date())
        text = self.tr("Days before %1 keep the pattern they had.").replace("%1", start.isoformat())
        if start < first_of_this_month():
            text += " " + self.tr("This reaches back into an earlier month: its figures will change.")
        self.hint.setText(text)

    def _read_versions(self) -> None:
        """The versions as they are saved now: a save lands on the one of its target and date as read here."""
        with self.ctx.factory() as session:
            self.versions = {(p.target, p.effective_from): p for p in worktime.list_work_patterns(session)}

    def shown_version(self) -> PatternRow | None:
        """The version the chosen target has from the chosen date, as this dialog read it (None: none then)."""
        kind = self.target.currentData()
        target = (kind, None if kind == "default" else self.who.currentData())
        return self.versions.get((target, from_qdate(self.effective_from.date())))

    def target_args(self) -> dict:
        kind = self.target.currentData()
        shown = self.shown_version()
        return {"role_id": self.who.currentData() if kind == "role" else None,
                "employee_id": self.who.currentData() if kind == "person" else None,
                "is_default": kind == "default", "effective_from": from_qdate(self.effective_from.date()),
                "expected_version": shown.version if shown is not None else 0}

    def reload(self) -> None:
        """After a refused save (someone else saved that day's version first): theirs is what is saved over."""
        self._read_versions()

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def file(self, session) -> int:
        raise NotImplementedError

    def save(self) -> None:
        if self.target.currentData() != "default" and self.who.currentData() is None:
            self.show_error(self.tr("Choose the role or the person the pattern is for."))
            return
        try:
            with self.ctx.factory.begin() as session:
                self.saved_id = self.file(session)
        except ConflictError as err:  # saved elsewhere since this dialog was opened: say who and when, show theirs
            self.reload()
            self.show_error(describe(err))
            return
        except ShopTeamError as err:
            self.show_error(describe(err))
            return
        self.accept()


class PatternDialog(_DatedDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None, pattern: PatternRow | None = None) -> None:
        super().__init__(ctx, parent, pattern)
        self.setWindowTitle(self.tr("Change a work pattern") if pattern else self.tr("New work pattern"))
        self.name = QLineEdit(pattern.name if pattern else "")
        self.name.setObjectName("pattern_name")
        self.name.setPlaceholderText(self.tr("e.g. Day shift"))
        self.days: list[QCheckBox] = []
        row = QHBoxLayout()
        for i, label in enumerate(WEEKDAYS):
            box = QCheckBox(QCoreApplication.translate("PatternDialog", label))
            box.setObjectName(f"pattern_day_{i}")
            box.setChecked(bool((pattern.weekdays if pattern else 0b0011111) & (1 << i)))
            self.days.append(box)
            row.addWidget(box)
        self.periods = QLineEdit(periods_text(pattern.periods) if pattern and pattern.periods
                                 else "09:00–12:00, 13:00–18:00")
        self.periods.setObjectName("pattern_periods")
        self.periods.setToolTip(self.tr("Working periods separated by commas; the gaps are breaks. A period "
                                        "ending before it starts (20:00–00:30) runs past midnight."))
        self.form.addRow(self.tr("Name"), self.name)
        self.form.addRow(self.tr("Weekdays"), row)
        self.form.addRow(self.tr("Working periods"), self.periods)
        self._add_target_rows()

    def weekdays(self) -> int:
        return sum(1 << i for i, box in enumerate(self.days) if box.isChecked())

    def reload(self) -> None:
        super().reload()
        shown = self.shown_version()
        if shown is not None and not shown.ends:
            self.name.setText(shown.name)
            for i, box in enumerate(self.days):
                box.setChecked(bool(shown.weekdays & (1 << i)))
            self.periods.setText(periods_text(shown.periods))

    def save(self) -> None:
        try:
            self.parsed = parse_periods(self.periods.text())
        except ParseError as err:
            self.show_error(self.tr("Write the working periods like 09:00–12:00, 13:00–18:00 (20:00–00:30 runs "
                                    "past midnight): “%1” is not one.").replace("%1", str(err.got)))
            self.periods.setFocus()
            return
        super().save()

    def file(self, session) -> int:
        return worktime.save_work_pattern(session, actor=self.ctx.actor, name=self.name.text(),
                                          weekdays=self.weekdays(), periods=self.parsed, **self.target_args())


class EndPatternDialog(_DatedDialog):
    """From a date on the role or person has no pattern of its own (the role's or the shop's applies)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, pattern: PatternRow | None = None) -> None:
        super().__init__(ctx, parent, pattern)
        self.setWindowTitle(self.tr("End a work pattern"))
        self._add_target_rows()
        self.target.setEnabled(pattern is None)
        self.who.setEnabled(pattern is None)

    def file(self, session) -> int:
        return worktime.end_work_pattern(session, actor=self.ctx.actor, **self.target_args())
