"""Translated names for access levels and permissions (the errors' sentences are in ui/messages)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from shopteam.services import permissions as p

_CONTEXT = "AccountLabels"

LEVELS = ("staff", "manager", "owner")

_LEVEL_TEXT = {
    "owner": QT_TRANSLATE_NOOP("AccountLabels", "Owner"),
    "manager": QT_TRANSLATE_NOOP("AccountLabels", "Manager"),
    "staff": QT_TRANSLATE_NOOP("AccountLabels", "Staff"),
}

_PERMISSION_TEXT = {
    p.STAFF_VIEW: QT_TRANSLATE_NOOP("AccountLabels", "May see the roster"),
    p.STAFF_EDIT: QT_TRANSLATE_NOOP("AccountLabels", "May edit staff records"),
    p.ORG_EDIT: QT_TRANSLATE_NOOP("AccountLabels", "May edit departments, roles and plans"),
    p.SALARY_VIEW: QT_TRANSLATE_NOOP("AccountLabels", "May see salaries"),
    p.SALARY_EDIT: QT_TRANSLATE_NOOP("AccountLabels", "May change salaries"),
    p.IDCARD_VIEW: QT_TRANSLATE_NOOP("AccountLabels", "May see ID card numbers"),
    p.BANK_VIEW: QT_TRANSLATE_NOOP("AccountLabels", "May see bank accounts"),
    p.ACCOUNTS_MANAGE: QT_TRANSLATE_NOOP("AccountLabels", "May manage accounts"),
    p.AUDIT_VIEW: QT_TRANSLATE_NOOP("AccountLabels", "May see the audit log"),
    p.ATTENDANCE_IMPORT_ALL: QT_TRANSLATE_NOOP("AccountLabels", "May import attendance for everyone"),
    p.PAYOUT_MANAGE: QT_TRANSLATE_NOOP("AccountLabels", "May compute, approve and reopen the payout"),
    p.PAY_RULES_EDIT: QT_TRANSLATE_NOOP("AccountLabels", "May change the pay rules"),
    p.APPRAISAL_ADMIN: QT_TRANSLATE_NOOP("AccountLabels", "May open appraisal cycles and edit schemes"),
    p.APPRAISAL_SCORE: QT_TRANSLATE_NOOP("AccountLabels", "May compute, calibrate and score appraisals"),
    p.KPI_IMPORT: QT_TRANSLATE_NOOP("AccountLabels", "May import KPI figures"),
    p.LEDGER_RECORD: QT_TRANSLATE_NOOP("AccountLabels", "May record rewards and penalties"),
    p.REQUESTS_FOR_OTHERS: QT_TRANSLATE_NOOP("AccountLabels", "May file leave and overtime for others"),
    p.BACKUP: QT_TRANSLATE_NOOP("AccountLabels", "May make and restore backups"),
    p.WORK_RULES_EDIT: QT_TRANSLATE_NOOP("AccountLabels", "May change the work rules (shifts, calendar)"),
    p.BOARDS_MANAGE: QT_TRANSLATE_NOOP("AccountLabels", "May create boards and set goals for their departments"),
    p.RECRUITMENT: QT_TRANSLATE_NOOP("AccountLabels", "May recruit (positions, candidates, hiring)"),
    p.PROBATION_REVIEW: QT_TRANSLATE_NOOP("AccountLabels", "May review probations"),
    p.MEETING_EDIT: QT_TRANSLATE_NOOP("AccountLabels", "May hold the weekly meeting of their departments"),
    p.TRAINING_MANAGE: QT_TRANSLATE_NOOP("AccountLabels", "May manage training (plans, sessions, attendance, evaluations)"),
    p.ONBOARDING_MANAGE: QT_TRANSLATE_NOOP("AccountLabels", "May manage onboarding checklists (templates, ticking items)"),
}



def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def level_text(level: str) -> str:
    return _tr(_LEVEL_TEXT[level]) if level in _LEVEL_TEXT else level


def permission_text(permission: str) -> str:
    return _tr(_PERMISSION_TEXT[permission]) if permission in _PERMISSION_TEXT else permission
