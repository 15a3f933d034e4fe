"""Work rules (考勤规则), for the owner: the attendance rules, the shifts and weekly patterns, and the
calendar overrides. Every change takes effect from a date, so the months before keep their figures."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from shopteam.domain.errors import ConflictError, ShopTeamError
from shopteam.domain.timeparse import periods_text
from shopteam.services.attendance import settings as attendance_settings
from shopteam.services.attendance import worktime
from shopteam.services.attendance.settings import (
    DEFAULT_FREE_CORRECTIONS,
    AttendanceSettings,
    first_of_this_month,
)
from shopteam.services.org import roles, staff_choices
from shopteam.ui.attendance.pattern_dialog import EndPatternDialog, PatternDialog, date_field, weekdays_text
from shopteam.ui.attendance.work_rules_calendar import CalendarTab
from shopteam.ui.context import AppContext
from shopteam.ui.messages import ERROR_STYLE, describe
from shopteam.ui.widgets.dates import from_qdate

SETTINGS_COLUMNS = (
    QT_TRANSLATE_NOOP("WorkRules", "From"), QT_TRANSLATE_NOOP("WorkRules", "Late grace (min)"),
    QT_TRANSLATE_NOOP("WorkRules", "Early-leave grace (min)"), QT_TRANSLATE_NOOP("WorkRules", "Overtime block (min)"),
    QT_TRANSLATE_NOOP("WorkRules", "Free corrections"),
)
PATTERN_COLUMNS = (
    QT_TRANSLATE_NOOP("WorkRules", "Applies to"), QT_TRANSLATE_NOOP("WorkRules", "Name"),
    QT_TRANSLATE_NOOP("WorkRules", "Weekdays"), QT_TRANSLATE_NOOP("WorkRules", "Working periods"),
    QT_TRANSLATE_NOOP("WorkRules", "From"), QT_TRANSLATE_NOOP("WorkRules", "Until"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("WorkRules", text)


def read_only_table(object_name: str, titles) -> QTableWidget:
    table = QTableWidget(0, len(titles))
    table.setObjectName(object_name)
    table.setHorizontalHeaderLabels([_tr(t) for t in titles])
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table


def fill_table(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.setItem(r, c, QTableWidgetItem(value))


class _Tab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.message = QLabel()
        self.message.setWordWrap(True)

    def say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setText(text)


class SettingsTab(_Tab):
    """Grace minutes, the overtime block and the free corrections per month, from a date on."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.message.setObjectName("rules_message")
        with ctx.factory() as session:
            current = attendance_settings.get_attendance_settings(session)
        self.late_grace = self._spin("rules_late_grace", 0, 120, current.late_grace_minutes, self.tr(" min"))
        self.early_grace = self._spin("rules_early_grace", 0, 120, current.early_grace_minutes, self.tr(" min"))
        self.overtime_block = self._spin("rules_overtime_block", 1, 240, current.overtime_block_minutes,
                                         self.tr(" min"))
        self.free_corrections = self._spin("rules_free_corrections", 0, 31, current.free_corrections_per_month, "")
        self.free_corrections.setToolTip(self.tr("Approved missing-punch corrections per person and month that "
                                                 "are free (default %1); more are shown to the owner and can "
                                                 "carry a deduction in the pay rules.")
                                         .replace("%1", str(DEFAULT_FREE_CORRECTIONS)))
        self.effective_from = date_field("rules_effective_from", first_of_this_month())
        self.save_button = QPushButton(self.tr("Save the rules"))
        self.save_button.setObjectName("rules_save")
        self.save_button.clicked.connect(self.save)
        self.history = read_only_table("rules_history", SETTINGS_COLUMNS)
        form = QFormLayout()
        form.addRow(self.tr("Late after the shift start plus"), self.late_grace)
        form.addRow(self.tr("Early leave before the shift end minus"), self.early_grace)
        form.addRow(self.tr("Overtime counts in blocks of"), self.overtime_block)
        form.addRow(self.tr("Free missing-punch corrections per month (default %1)")
                    .replace("%1", str(DEFAULT_FREE_CORRECTIONS)), self.free_corrections)
        form.addRow(self.tr("Takes effect from"), self.effective_from)
        bar = QHBoxLayout()
        bar.addStretch(1)
        bar.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(bar)
        layout.addWidget(self.message)
        layout.addWidget(QLabel(self.tr("Versions (each in force from its date until the next)")))
        layout.addWidget(self.history, 1)
        self.refresh()

    @staticmethod
    def _spin(name: str, lowest: int, highest: int, value: int, suffix: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setObjectName(name)
        spin.setRange(lowest, highest)
        spin.setValue(value)
        spin.setSuffix(suffix)
        return spin

    def refresh(self) -> None:
        with self.ctx.factory() as session:
            versions = attendance_settings.settings_versions(session)
            self.version_by_day = attendance_settings.version_by_day(session)
        if not versions or not worktime.in_force_since_ever(versions[0].effective_from):
            versions.insert(0, AttendanceSettings())  # the product's defaults apply before the first version

        def since(version: AttendanceSettings) -> str:
            first = version.effective_from
            return self.tr("from the start") if first is None or worktime.in_force_since_ever(first) else first.isoformat()

        fill_table(self.history, [[since(v), str(v.late_grace_minutes),
                                   str(v.early_grace_minutes), str(v.overtime_block_minutes),
                                   str(v.free_corrections_per_month)] for v in reversed(versions)])

    def save(self) -> None:
        start = from_qdate(self.effective_from.date())
        chosen = AttendanceSettings(self.late_grace.value(), self.early_grace.value(), self.overtime_block.value(),
                                    self.free_corrections.value())
        try:
            with self.ctx.factory.begin() as session:
                attendance_settings.set_attendance_settings(session, actor=self.ctx.actor, settings=chosen,
                                                            effective_from=start,
                                                            expected_version=self.version_by_day.get(start, 0))
        except ConflictError as err:  # saved elsewhere since this list was read: show theirs, then who and when
            self.refresh()
            self.say(describe(err), error=True)
            return
        except ShopTeamError as err:
            self.say(describe(err), error=True)
            return
        self.say(self.tr("Saved: the rules apply from %1; the days before keep theirs.").replace("%1",
                                                                                                start.isoformat()))
        self.refresh()


class PatternsTab(_Tab):
    """Every version of every weekly pattern; a change or an end is a new version from a date."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.message.setObjectName("patterns_message")
        self.dialog: QDialog | None = None
        self.rows: list[worktime.PatternRow] = []
        self.table = read_only_table("patterns_table", PATTERN_COLUMNS)
        self.table.itemSelectionChanged.connect(self._update_actions)
        self.new_button = QPushButton(self.tr("New pattern…"))
        self.new_button.setObjectName("patterns_new")
        self.new_button.clicked.connect(lambda: self._open(PatternDialog(self.ctx, self)))
        self.change_button = QPushButton(self.tr("Change from a date…"))
        self.change_button.setObjectName("patterns_change")
        self.change_button.clicked.connect(lambda: self._open(PatternDialog(self.ctx, self, self.selected())))
        self.end_button = QPushButton(self.tr("End from a date…"))
        self.end_button.setObjectName("patterns_end")
        self.end_button.clicked.connect(lambda: self._open(EndPatternDialog(self.ctx, self, self.selected())))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setObjectName("patterns_delete")
        self.delete_button.setToolTip(self.tr("Only a version not yet in force can be deleted."))
        self.delete_button.clicked.connect(self.delete)
        bar = QHBoxLayout()
        for button in (self.new_button, self.change_button, self.end_button, self.delete_button):
            bar.addWidget(button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("A person's own pattern wins over their role's, which wins over the "
                                        "shop's. Without any: Monday to Friday, 09:00–12:00 and 13:00–18:00.")))
        layout.addWidget(self.table, 1)
        layout.addLayout(bar)
        layout.addWidget(self.message)
        self.refresh()

    def refresh(self) -> None:
        with self.ctx.factory() as session:
            self.rows = worktime.list_work_patterns(session, actor=self.ctx.actor)
            role_names = {r.id: r.name for r in roles.list_roles(session, actor=self.ctx.actor)}
            people = {p.id: p.label for p in staff_choices(session, actor=self.ctx.actor, include_left=True)}
        lines = []
        for p in self.rows:
            kind, target_id = p.target
            who = (self.tr("Everyone else") if kind == "default"
                   else self.tr("Role: %1").replace("%1", role_names.get(target_id, "?")) if kind == "role"
                   else self.tr("Person: %1").replace("%1", people.get(target_id, "?")))
            since = (self.tr("from the start") if worktime.in_force_since_ever(p.effective_from)
                     else p.effective_from.isoformat())
            if p.ends:
                lines.append([who, self.tr("(own pattern ends)"), "", "", since,
                              p.until.isoformat() if p.until else ""])
                continue
            lines.append([who, p.name, weekdays_text(p.weekdays), periods_text(p.periods),
                          since, p.until.isoformat() if p.until else ""])
        fill_table(self.table, lines)
        self._update_actions()

    def selected(self) -> worktime.PatternRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows else None

    def _update_actions(self) -> None:
        row = self.selected()
        self.change_button.setEnabled(row is not None)
        self.end_button.setEnabled(row is not None and not row.ends)
        self.delete_button.setEnabled(row is not None)

    def _open(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._saved)
        dialog.finished.connect(lambda *_: setattr(self, "dialog", None) if self.dialog is dialog else None)
        dialog.open()

    def _saved(self) -> None:
        self.refresh()
        self.say(self.tr("Saved as a new version; the days before it keep their pattern."))

    def delete(self) -> None:
        row = self.selected()
        if row is None:
            return
        try:
            with self.ctx.factory.begin() as session:
                worktime.delete_work_pattern(session, actor=self.ctx.actor, pattern_id=row.id,
                                             expected_version=row.version)
        except ConflictError as err:  # changed elsewhere since this list was read: show theirs, then say so
            self.refresh()
            self.say(describe(err), error=True)
            return
        except ShopTeamError as err:
            self.say(describe(err), error=True)
            return
        self.refresh()
        self.say(self.tr("The version was deleted."))


class WorkRulesDialog(QDialog):
    """考勤规则: three tabs; closing keeps nothing unsaved (each tab saves with its own button)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Work rules"))
        self.tabs = QTabWidget()
        self.tabs.setObjectName("work_rules_tabs")
        self.settings_tab = SettingsTab(ctx, self)
        self.patterns_tab = PatternsTab(ctx, self)
        self.calendar_tab = CalendarTab(ctx, self)
        self.tabs.addTab(self.settings_tab, self.tr("Rules"))
        self.tabs.addTab(self.patterns_tab, self.tr("Shifts && patterns"))
        self.tabs.addTab(self.calendar_tab, self.tr("Calendar"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.resize(860, 560)
