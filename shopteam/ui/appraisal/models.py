"""Item models of the appraisal screens (tested with qtmodeltester)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from shopteam.services.appraisal.cycles import AppraisalRow
from shopteam.ui.widgets.rows_model import RowsTableModel

SORT_ROLE = Qt.ItemDataRole.UserRole + 1


def tr(text: str) -> str:
    return QCoreApplication.translate("Appraisal", text)


# lupdate reads QT_TRANSLATE_NOOP with its context; a tr("...") outside a class it files under no context
GRADES = {"excellent": QT_TRANSLATE_NOOP("Appraisal", "Excellent"), "good": QT_TRANSLATE_NOOP("Appraisal", "Good"),
          "pass": QT_TRANSLATE_NOOP("Appraisal", "Pass"), "fail": QT_TRANSLATE_NOOP("Appraisal", "Fail")}
STATES = {"draft": QT_TRANSLATE_NOOP("Appraisal", "Draft"),
          "self_assessment": QT_TRANSLATE_NOOP("Appraisal", "Self-assessment"),
          "supervisor_review": QT_TRANSLATE_NOOP("Appraisal", "Supervisor review"),
          "calibration": QT_TRANSLATE_NOOP("Appraisal", "Calibration"),
          "finalised": QT_TRANSLATE_NOOP("Appraisal", "Finalised"),
          "interviewed": QT_TRANSLATE_NOOP("Appraisal", "Interviewed")}


def grade_label(grade: str) -> str:
    return tr(GRADES[grade]) if grade in GRADES else ""


def state_label(state: str) -> str:
    return tr(STATES[state]) if state in STATES else state


def score_text(value: Decimal | None) -> str:
    return "" if value is None else f"{value:.2f}"


class AppraisalTableModel(RowsTableModel):
    COLUMNS = (QT_TRANSLATE_NOOP("Appraisal", "Employee no."), QT_TRANSLATE_NOOP("Appraisal", "Name"),
               QT_TRANSLATE_NOOP("Appraisal", "Department"), QT_TRANSLATE_NOOP("Appraisal", "Role"),
               QT_TRANSLATE_NOOP("Appraisal", "Scheme"), QT_TRANSLATE_NOOP("Appraisal", "Final score"),
               QT_TRANSLATE_NOOP("Appraisal", "Grade"), QT_TRANSLATE_NOOP("Appraisal", "State"))

    def __init__(self, parent=None) -> None:
        super().__init__([tr(c) for c in self.COLUMNS], parent)
        self.rows: list[AppraisalRow] = []

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        r = self.rows[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            values = (r.employee_no, r.name, r.department, r.role, r.scheme, r.score, r.effective_grade, r.state)
            value = values[col]
            if role == SORT_ROLE:
                return float(value) if isinstance(value, Decimal) else (value if value is not None else -1.0)
            if col == 5:
                return score_text(value)
            if col == 6:
                return grade_label(value)
            if col == 7:
                return state_label(value)
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 5:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and col == 6 and r.effective_grade == "fail":
            return QColor("#b00020")
        if role == Qt.ItemDataRole.UserRole:
            return r.id
        return None
