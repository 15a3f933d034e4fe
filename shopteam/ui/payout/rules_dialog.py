"""The shop's pay rules (PRODUCT §3.6), owner only: edited and saved through services/payout_rules.py, with the
service's validation message shown inline next to the rule it concerns."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from shopteam.domain.errors import ShopTeamError, ValidationError
from shopteam.services import payout_rules
from shopteam.ui.context import AppContext
from shopteam.ui.messages import describe

ERROR_STYLE = "color: #c62828;"
TEXT_KEYS = ("days_per_month", "hours_per_day", "overtime_workday", "overtime_restday", "overtime_holiday",
             "bonus_base", "late_free_count", "late_deduction", "missing_punch_deduction",
             "full_attendance_bonus")


def tiers_text(tiers) -> str:
    return "; ".join(f"{t}: {r}" for t, r in tiers)


def parse_tiers(text: str) -> list[list[str]]:
    tiers = []
    for part in text.replace("；", ";").replace("：", ":").split(";"):
        if part.strip():
            threshold, _sep, rate = part.partition(":")
            tiers.append([threshold.strip().replace(",", ""), rate.strip()])
    return tiers


class PayRulesDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Pay rules"))
        with ctx.factory() as session:
            self.values = payout_rules.shop_rules(session)
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
            "full_attendance_bonus": self.tr("Full-attendance bonus"),
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
        self.tiers = QLineEdit(tiers_text(self.values["commission_tiers"]))
        self.tiers.setObjectName("rule_commission_tiers")
        self.tiers.setToolTip(self.tr("Sales threshold: rate as a fraction, separated by “;”, e.g. "
                                      "0: 0.01; 50000: 0.015"))
        form.addRow(self.tr("Commission mode"), self.commission_mode)
        form.addRow(self.tr("Commission tiers"), self.tiers)
        self.pay_unapproved = QCheckBox(self.tr("Pay all recorded overtime, not only approved applications"))
        self.pay_unapproved.setObjectName("rule_pay_unapproved_overtime")
        self.pay_unapproved.setChecked(bool(self.values["pay_unapproved_overtime"]))
        form.addRow(self.pay_unapproved)
        self.error = QLabel()
        self.error.setObjectName("rules_error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.labels = labels
        self.labels.update({"commission_tiers": self.tr("Commission tiers")})
        self.setMinimumWidth(520)

    def changes(self) -> dict:
        values = {key: edit.text().strip() for key, edit in self.edits.items()}
        values["bonus_mode"] = self.bonus_mode.currentData()
        values["commission_mode"] = self.commission_mode.currentData()
        values["commission_tiers"] = parse_tiers(self.tiers.text())
        values["pay_unapproved_overtime"] = self.pay_unapproved.isChecked()
        return values

    def save(self) -> None:
        for edit in (*self.edits.values(), self.tiers):
            edit.setStyleSheet("")
        try:
            with self.ctx.factory.begin() as session:
                self.values = payout_rules.set_shop_rules(session, actor=self.ctx.actor, changes=self.changes())
        except ShopTeamError as err:
            text = describe(err)
            field = err.field if isinstance(err, ValidationError) else None
            widget = self.tiers if field == "commission_tiers" else self.edits.get(field or "")
            if widget is not None:
                widget.setStyleSheet("border: 1px solid #c62828;")
                widget.setFocus()
                text = f"{self.labels.get(field, field)}: {text}"
            self.error.setText(text)
            self.error.show()
            return
        self.accept()
