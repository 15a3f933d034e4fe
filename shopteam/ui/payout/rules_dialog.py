"""The shop's pay rules (PRODUCT §3.6), owner only: edited and saved through services/payout/rules.py, with the
service's validation message shown inline next to the rule it concerns.

The "Withholding" tab turns withholding on (off by default: the payout is gross, 应发) and holds the
employee's contribution rates, typed as percentages (8 for 8 %) and stored as fractions; a rate out of its
range is refused with the reason under the rate.

The "Overrides" tab lists the rules changed for one role or one person; adding or removing one is saved at
once, in its own transaction, through the same service (which normalises and validates the value)."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from shopteam.domain.errors import ConflictError, ShopTeamError, ValidationError
from shopteam.services.org import roles, roster
from shopteam.services.payout import rules as payout_rules
from shopteam.ui.context import AppContext
from shopteam.ui.messages import ERROR_STYLE, describe
from shopteam.ui.payout.tiers_editor import CommissionTiersEditor, rate_text, threshold_text

TEXT_KEYS = ("days_per_month", "hours_per_day", "overtime_workday", "overtime_restday", "overtime_holiday",
             "bonus_base", "late_free_count", "late_deduction", "missing_punch_deduction", "correction_deduction",
             "full_attendance_bonus", "deduction_cap_share", "minimum_wage")
RATE_KEYS = ("pension_rate", "medical_rate", "unemployment_rate", "housing_fund_rate")


def percent_text(fraction) -> str:
    """A stored rate as the dialog shows it: '0.005' -> '0.5', '0.08' -> '8'."""
    try:
        value = Decimal(str(fraction)) * 100
    except InvalidOperation:
        return str(fraction)
    text = f"{value:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def fraction_text(percent: str) -> str:
    """A typed percentage as the stored fraction ('8' -> '0.08'); text that is no number goes as typed, for
    the service to refuse."""
    text = percent.strip().rstrip("%").strip()
    try:
        value = Decimal(text)
    except InvalidOperation:
        return percent.strip()
    return str(value / 100) if value.is_finite() else percent.strip()


def tiers_text(tiers) -> str:
    """Tiers in one line, as the table shows them: '0: 1%; 50,000: 1.5%'."""
    return "; ".join(f"{threshold_text(t)}: {rate_text(r)}%" for t, r in tiers)


class PayRulesDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Pay rules"))
        with ctx.factory() as session:
            self.values = payout_rules.shop_rules(session)
            self.rules_version = payout_rules.shop_rules_version(session)  # what the save lands on (db.versions)
        labels = {
            "days_per_month": self.tr("Workdays per month (daily rate divisor)"),
            "hours_per_day": self.tr("Hours per day (hourly rate divisor)"),
            "overtime_workday": self.tr("Overtime multiplier, workday"),
            "overtime_restday": self.tr("Overtime multiplier, rest day"),
            "overtime_holiday": self.tr("Overtime multiplier, statutory holiday"),
            "bonus_base": self.tr("Performance bonus base"),
            "late_free_count": self.tr("Free late arrivals per month"),
            "late_deduction": self.tr("Deduction per late arrival"),
            "missing_punch_deduction": self.tr("Deduction per missing punch"),
            "correction_deduction": self.tr("Deduction per missing-punch correction beyond the free ones (0 = none)"),
            "full_attendance_bonus": self.tr("Full-attendance bonus"),
            "deduction_cap_share": self.tr("Flag deductions above this share of the month's pay (0.20 = 20 %)"),
            "minimum_wage": self.tr("Flag pay below the minimum wage (0 = off)"),
        }
        self.edits: dict[str, QLineEdit] = {}
        form = QFormLayout()
        for key in TEXT_KEYS:
            edit = QLineEdit(str(self.values[key]))
            edit.setObjectName(f"rule_{key}")
            self.edits[key] = edit
            form.addRow(labels[key], edit)
        self.bonus_mode = QComboBox()
        self.bonus_mode.setObjectName("rule_bonus_mode")
        self.bonus_mode.addItem(self.tr("Bonus base × grade coefficient"), "grade")
        self.bonus_mode.addItem(self.tr("Bonus base × final score / 100"), "score")
        self.bonus_mode.setCurrentIndex(max(self.bonus_mode.findData(self.values["bonus_mode"]), 0))
        form.insertRow(6, self.tr("Performance bonus mode"), self.bonus_mode)
        self.commission_mode = QComboBox()
        self.commission_mode.setObjectName("rule_commission_mode")
        self.commission_mode.addItem(self.tr("Progressive (each slice at its own rate)"), "progressive")
        self.commission_mode.addItem(self.tr("Whole amount (all sales at the reached rate)"), "whole")
        self.commission_mode.setCurrentIndex(max(self.commission_mode.findData(self.values["commission_mode"]), 0))
        self.tiers = CommissionTiersEditor(self.values["commission_tiers"])
        self.tiers.setObjectName("rule_commission_tiers")
        self.tiers.setToolTip(self.tr("Each tier applies from its sales threshold (inclusive) at its rate."))
        self.tiers.changed.connect(self._tiers_changed)
        form.addRow(self.tr("Commission mode"), self.commission_mode)
        form.addRow(self.tr("Commission tiers"), self.tiers)
        self.pay_unapproved = QCheckBox(self.tr("Pay all recorded overtime, not only approved applications"))
        self.pay_unapproved.setObjectName("rule_pay_unapproved_overtime")
        self.pay_unapproved.setChecked(bool(self.values["pay_unapproved_overtime"]))
        form.addRow(self.pay_unapproved)
        self.partial_month = QCheckBox(self.tr("Full-attendance bonus also for someone who joined or left during "
                                               "the month"))
        self.partial_month.setObjectName("rule_full_attendance_partial_month")
        self.partial_month.setChecked(bool(self.values["full_attendance_partial_month"]))
        form.addRow(self.partial_month)
        self.error = QLabel()
        self.error.setObjectName("rules_error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.labels = labels
        self.labels.update({"commission_tiers": self.tr("Commission tiers")})
        shop_tab = QWidget()
        shop_layout = QVBoxLayout(shop_tab)
        shop_layout.addLayout(form)
        shop_layout.addWidget(self.error)
        self.tabs = QTabWidget()
        self.tabs.addTab(shop_tab, self.tr("Shop rules"))
        self.tabs.addTab(self._overrides_tab(), self.tr("Overrides"))
        self.withholding_tab = self._withholding_tab()
        self.tabs.addTab(self.withholding_tab, self.tr("Withholding"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.refresh_overrides()

    # ------------------------------------------------------------ withholding

    def _withholding_tab(self) -> QWidget:
        tab = QWidget()
        self.withholding = QCheckBox(self.tr("Withhold social insurance, housing fund and income tax: payslips "
                                             "show net pay"))
        self.withholding.setObjectName("rule_withholding")
        self.withholding.setChecked(bool(self.values["withholding"]))
        self.labels.update({
            "pension_rate": self.tr("Pension insurance, employee's share (%)"),
            "medical_rate": self.tr("Medical insurance, employee's share (%)"),
            "unemployment_rate": self.tr("Unemployment insurance, employee's share (%)"),
            "housing_fund_rate": self.tr("Housing fund, employee's share (%)"),
        })
        self.rate_edits: dict[str, QLineEdit] = {}
        self.rate_errors: dict[str, QLabel] = {}
        form = QFormLayout()
        form.addRow(self.withholding)
        for key in RATE_KEYS:
            edit = QLineEdit(percent_text(self.values[key]))
            edit.setObjectName(f"rule_{key}")
            error = QLabel()
            error.setObjectName(f"rule_{key}_error")
            error.setStyleSheet(ERROR_STYLE)
            error.setWordWrap(True)
            error.hide()
            box = QWidget()
            inner = QVBoxLayout(box)
            inner.setContentsMargins(0, 0, 0, 0)
            inner.setSpacing(2)
            inner.addWidget(edit)
            inner.addWidget(error)
            edit.textEdited.connect(lambda _text, k=key: self._rate_edited(k))
            self.rate_edits[key], self.rate_errors[key] = edit, error
            form.addRow(self.labels[key], box)
        note = QLabel(self.tr("Each person's contribution bases and special additional deductions are set in "
                              "their staff record. Income tax is withheld by the cumulative method, with the year "
                              "to date taken from the approved payouts of the year."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        layout = QVBoxLayout(tab)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addStretch(1)
        self.withholding.toggled.connect(self._withholding_toggled)
        self._withholding_toggled(self.withholding.isChecked())
        return tab

    def _withholding_toggled(self, on: bool) -> None:
        for edit in self.rate_edits.values():
            edit.setEnabled(on)

    def _rate_edited(self, key: str) -> None:
        self.rate_errors[key].hide()
        self.rate_edits[key].setStyleSheet("")

    # ------------------------------------------------------------ overrides (per role, per person)

    def _overrides_tab(self) -> QWidget:
        self.scope_names = {"role": self.tr("Role"), "person": self.tr("Person")}
        with self.ctx.factory() as session:
            self.role_names = {r.id: r.name for r in roles.list_roles(session, actor=self.ctx.actor)}
            self.person_names = dict(roster.manager_choices(session, actor=self.ctx.actor))
        tab = QWidget()
        self.override_table = QTableWidget(0, 4)
        self.override_table.setObjectName("override_table")
        self.override_table.setHorizontalHeaderLabels(
            [self.tr("Applies to"), self.tr("Who"), self.tr("Rule"), self.tr("Value")])
        self.override_table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.override_table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.override_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.override_table.horizontalHeader().setStretchLastSection(True)
        self.override_scope = QComboBox()
        self.override_scope.setObjectName("override_scope")
        for scope in ("role", "person"):
            self.override_scope.addItem(self.scope_names[scope], scope)
        self.override_target = QComboBox()
        self.override_target.setObjectName("override_target")
        self.override_key = QComboBox()
        self.override_key.setObjectName("override_key")
        for key in TEXT_KEYS:
            self.override_key.addItem(self.labels[key], key)
        self.override_value = QLineEdit()
        self.override_value.setObjectName("override_value")
        self.add_override_button = QPushButton(self.tr("Add override"))
        self.add_override_button.setObjectName("add_override")
        self.remove_override_button = QPushButton(self.tr("Remove"))
        self.remove_override_button.setObjectName("remove_override")
        self.override_error = QLabel()
        self.override_error.setObjectName("override_error")
        self.override_error.setStyleSheet(ERROR_STYLE)
        self.override_error.setWordWrap(True)
        self.override_error.hide()
        self.override_scope.currentIndexChanged.connect(self._fill_targets)
        self.override_key.currentIndexChanged.connect(self._show_current_value)
        self.add_override_button.clicked.connect(self.add_override)
        self.remove_override_button.clicked.connect(self.remove_override)
        self.override_table.itemSelectionChanged.connect(self._update_remove)
        self._fill_targets()
        self._show_current_value()
        add_form = QFormLayout()
        add_form.addRow(self.tr("Applies to"), self.override_scope)
        add_form.addRow(self.tr("Who"), self.override_target)
        add_form.addRow(self.tr("Rule"), self.override_key)
        add_form.addRow(self.tr("Value"), self.override_value)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_override_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(tab)
        layout.addWidget(QLabel(self.tr("A person's rule is their own override, else their primary role's, "
                                        "else the shop's. Overrides are saved at once.")))
        layout.addWidget(self.override_table)
        remove_row = QHBoxLayout()
        remove_row.addStretch(1)
        remove_row.addWidget(self.remove_override_button)
        layout.addLayout(remove_row)
        layout.addLayout(add_form)
        layout.addLayout(buttons)
        layout.addWidget(self.override_error)
        return tab

    def _fill_targets(self) -> None:
        self.override_target.clear()
        names = self.role_names if self.override_scope.currentData() == "role" else self.person_names
        for target_id, name in names.items():
            self.override_target.addItem(name, target_id)

    def _show_current_value(self) -> None:
        key = self.override_key.currentData()
        self.override_value.setPlaceholderText(self.tr("Shop: %1").replace("%1", str(self.values.get(key, ""))))

    def _target_name(self, scope: str, target_id: int) -> str:
        names = self.role_names if scope == "role" else self.person_names
        return names.get(target_id, f"#{target_id}")

    def refresh_overrides(self) -> None:
        with self.ctx.factory() as session:
            stored = payout_rules.overrides(session)
            self.override_versions = payout_rules.override_versions(session)
        rows = []
        for (scope, target_id), values in stored.items():
            for key, value in values.items():
                rows.append((scope, target_id, key, value))
        rows.sort(key=lambda r: (r[0] != "role", self._target_name(r[0], r[1]), r[2]))
        self.override_rows = rows
        self.override_table.setRowCount(len(rows))
        for i, (scope, target_id, key, value) in enumerate(rows):
            shown = tiers_text(value) if key == "commission_tiers" else str(value)
            cells = (self.scope_names.get(scope, scope), self._target_name(scope, target_id),
                     self.labels.get(key, key), shown)
            for column, text in enumerate(cells):
                self.override_table.setItem(i, column, QTableWidgetItem(text))
        self.override_table.resizeColumnsToContents()
        self._update_remove()

    def _update_remove(self) -> None:
        self.remove_override_button.setEnabled(self.override_table.currentRow() >= 0
                                               and bool(self.override_table.selectedItems()))

    def _show_override_error(self, err: ShopTeamError) -> None:
        text = describe(err)
        field = err.field if isinstance(err, ValidationError) else None
        if field in self.labels:
            text = f"{self.labels[field]}: {text}"
        self.override_error.setText(text)
        self.override_error.show()

    def add_override(self) -> None:
        self.override_error.hide()
        target_id = self.override_target.currentData()
        if target_id is None:
            self.override_error.setText(self.tr("Choose whom the override is for."))
            self.override_error.show()
            return
        scope = self.override_scope.currentData()
        key = self.override_key.currentData()
        try:
            with self.ctx.factory.begin() as session:
                payout_rules.set_override(session, actor=self.ctx.actor, scope=scope, target_id=target_id,
                                          key=key, value=self.override_value.text().strip(),
                                          expected_version=self.override_versions.get((scope, target_id, key), 0))
        except ConflictError as err:  # saved elsewhere since this list was read: theirs shown, then the sentence
            self.refresh_overrides()
            self._show_override_error(err)
            return
        except ShopTeamError as err:
            self._show_override_error(err)
            return
        self.override_value.clear()
        self.refresh_overrides()

    def remove_override(self) -> None:
        self.override_error.hide()
        row = self.override_table.currentRow()
        if not 0 <= row < len(self.override_rows):
            return
        scope, target_id, key, _value = self.override_rows[row]
        try:
            with self.ctx.factory.begin() as session:
                payout_rules.delete_override(session, actor=self.ctx.actor, scope=scope, target_id=target_id,
                                             key=key, expected_version=self.override_versions.get((scope, target_id,
                                                                                                   key), 0))
        except ConflictError as err:
            self.refresh_overrides()
            self._show_override_error(err)
            return
        except ShopTeamError as err:
            self._show_override_error(err)
            return
        self.refresh_overrides()

    def changes(self) -> dict:
        values = {key: edit.text().strip() for key, edit in self.edits.items()}
        values["bonus_mode"] = self.bonus_mode.currentData()
        values["commission_mode"] = self.commission_mode.currentData()
        values["commission_tiers"] = self.tiers.tiers()
        values["pay_unapproved_overtime"] = self.pay_unapproved.isChecked()
        values["full_attendance_partial_month"] = self.partial_month.isChecked()
        values["withholding"] = self.withholding.isChecked()
        values.update({key: fraction_text(edit.text()) for key, edit in self.rate_edits.items()})
        return values

    def reload(self) -> None:
        """Show the shop's rules as they are saved now (after a refused save): the version to save over is theirs."""
        with self.ctx.factory() as session:
            self.values = payout_rules.shop_rules(session)
            self.rules_version = payout_rules.shop_rules_version(session)
        for key, edit in self.edits.items():
            edit.setText(str(self.values[key]))
        self.bonus_mode.setCurrentIndex(max(self.bonus_mode.findData(self.values["bonus_mode"]), 0))
        self.commission_mode.setCurrentIndex(max(self.commission_mode.findData(self.values["commission_mode"]), 0))
        self.tiers.set_tiers(self.values["commission_tiers"])
        self.pay_unapproved.setChecked(bool(self.values["pay_unapproved_overtime"]))
        self.partial_month.setChecked(bool(self.values["full_attendance_partial_month"]))
        self.withholding.setChecked(bool(self.values["withholding"]))
        for key, edit in self.rate_edits.items():
            edit.setText(percent_text(self.values[key]))

    def _tiers_changed(self) -> None:
        if self.tiers.validate() and self.error.text().startswith(self.labels["commission_tiers"]):
            self.error.hide()

    def save(self) -> None:
        for edit in (*self.edits.values(), *self.rate_edits.values(), self.tiers.table):
            edit.setStyleSheet("")
        self.error.hide()
        for label in self.rate_errors.values():
            label.hide()
        if not self.tiers.validate():  # each bad cell is marked and named under the table
            self.error.setText(self.tr("%1: correct the marked cells first.").replace(
                "%1", self.labels["commission_tiers"]))
            self.error.show()
            self.tiers.table.setFocus()
            return
        try:
            with self.ctx.factory.begin() as session:
                self.values = payout_rules.set_shop_rules(session, actor=self.ctx.actor, changes=self.changes(),
                                                          expected_version=self.rules_version)
        except ConflictError as err:  # saved elsewhere since this dialog was opened: say who and when, show theirs
            self.reload()
            self.error.setText(describe(err))
            self.error.show()
            return
        except ShopTeamError as err:
            text = describe(err)
            field = err.field if isinstance(err, ValidationError) else None
            if field in self.rate_edits:  # under the rate, on its tab
                self.tabs.setCurrentWidget(self.withholding_tab)
                self.rate_edits[field].setStyleSheet("border: 1px solid #c62828;")
                self.rate_edits[field].setFocus()
                self.rate_errors[field].setText(text)
                self.rate_errors[field].show()
                return
            widget = self.tiers.table if field in ("commission_tiers", "tiers") else self.edits.get(field or "")
            if widget is not None:
                widget.setStyleSheet("border: 1px solid #c62828;")
                widget.setFocus()
                text = f"{self.labels.get(field, self.labels['commission_tiers'])}: {text}"
            self.error.setText(text)
            self.error.show()
            return
        self.accept()
