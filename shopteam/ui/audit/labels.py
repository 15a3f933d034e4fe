"""Translated names of audit actions, record kinds and field values."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from shopteam.domain import audit_summary
from shopteam.services.audit import AuditRow
from shopteam.ui.accounts.labels import level_text, permission_text
from shopteam.ui.i18n import ui_language

_CONTEXT = "AuditLabels"

_ACTIONS = {
    "create": QT_TRANSLATE_NOOP("AuditLabels", "Created"),
    "update": QT_TRANSLATE_NOOP("AuditLabels", "Changed"),
    "delete": QT_TRANSLATE_NOOP("AuditLabels", "Deleted"),
    "approve": QT_TRANSLATE_NOOP("AuditLabels", "Approved"),
    "reject": QT_TRANSLATE_NOOP("AuditLabels", "Rejected"),
    "lock": QT_TRANSLATE_NOOP("AuditLabels", "Locked"),
    "unlock": QT_TRANSLATE_NOOP("AuditLabels", "Unlocked"),
    "archive": QT_TRANSLATE_NOOP("AuditLabels", "Archived"),
    "restore": QT_TRANSLATE_NOOP("AuditLabels", "Restored"),
    "leave": QT_TRANSLATE_NOOP("AuditLabels", "Marked as left"),
    "import": QT_TRANSLATE_NOOP("AuditLabels", "Imported"),
    "export": QT_TRANSLATE_NOOP("AuditLabels", "Exported"),
    "login": QT_TRANSLATE_NOOP("AuditLabels", "Logged in"),
    "move": QT_TRANSLATE_NOOP("AuditLabels", "Moved"),
    "rejoin": QT_TRANSLATE_NOOP("AuditLabels", "Rejoined"),
    "reopen": QT_TRANSLATE_NOOP("AuditLabels", "Reopened"),
    "calibrate": QT_TRANSLATE_NOOP("AuditLabels", "Calibrated"),
    "compute": QT_TRANSLATE_NOOP("AuditLabels", "Computed"),
}

_ENTITIES = {
    "shop": QT_TRANSLATE_NOOP("AuditLabels", "Shop"),
    "setting": QT_TRANSLATE_NOOP("AuditLabels", "Setting"),
    "user": QT_TRANSLATE_NOOP("AuditLabels", "Account"),
    "employee": QT_TRANSLATE_NOOP("AuditLabels", "Staff member"),
    "department": QT_TRANSLATE_NOOP("AuditLabels", "Department"),
    "role": QT_TRANSLATE_NOOP("AuditLabels", "Role"),
    "role_assignment": QT_TRANSLATE_NOOP("AuditLabels", "Role assignment"),
    "staffing_plan": QT_TRANSLATE_NOOP("AuditLabels", "Staffing plan"),
    "staffing_plan_line": QT_TRANSLATE_NOOP("AuditLabels", "Staffing plan line"),
    "database": QT_TRANSLATE_NOOP("AuditLabels", "Database"),
    "backup_policy": QT_TRANSLATE_NOOP("AuditLabels", "Backup settings"),
    "demo": QT_TRANSLATE_NOOP("AuditLabels", "Demo shop"),
    "attendance_settings": QT_TRANSLATE_NOOP("AuditLabels", "Attendance rules"),
    "calendar_override": QT_TRANSLATE_NOOP("AuditLabels", "Work calendar day"),
    "work_pattern": QT_TRANSLATE_NOOP("AuditLabels", "Work pattern"),
    "leave_request": QT_TRANSLATE_NOOP("AuditLabels", "Leave request"),
    "overtime_request": QT_TRANSLATE_NOOP("AuditLabels", "Overtime application"),
    "correction_request": QT_TRANSLATE_NOOP("AuditLabels", "Missing-punch correction"),
    "import_roster": QT_TRANSLATE_NOOP("AuditLabels", "Roster import"),
    "import_punches": QT_TRANSLATE_NOOP("AuditLabels", "Attendance import"),
    "import_punch_log": QT_TRANSLATE_NOOP("AuditLabels", "Attendance import"),
    "import_timesheet": QT_TRANSLATE_NOOP("AuditLabels", "Timesheet import"),
    "timesheet_entry": QT_TRANSLATE_NOOP("AuditLabels", "Timesheet entry"),
    "board": QT_TRANSLATE_NOOP("AuditLabels", "Board"),
    "board_column": QT_TRANSLATE_NOOP("AuditLabels", "Column"),
    "card": QT_TRANSLATE_NOOP("AuditLabels", "Card"),
    "card_comment": QT_TRANSLATE_NOOP("AuditLabels", "Card comment"),
    "checklist_item": QT_TRANSLATE_NOOP("AuditLabels", "Checklist item"),
    "goal": QT_TRANSLATE_NOOP("AuditLabels", "Goal"),
    "appraisal_scheme": QT_TRANSLATE_NOOP("AuditLabels", "Appraisal scheme"),
    "appraisal_cycle": QT_TRANSLATE_NOOP("AuditLabels", "Appraisal cycle"),
    "appraisal": QT_TRANSLATE_NOOP("AuditLabels", "Appraisal"),
    "ledger_entry": QT_TRANSLATE_NOOP("AuditLabels", "Reward or penalty"),
    "payout_run": QT_TRANSLATE_NOOP("AuditLabels", "Payout"),
    "pay_rules": QT_TRANSLATE_NOOP("AuditLabels", "Pay rules"),
    "pay_rule_override": QT_TRANSLATE_NOOP("AuditLabels", "Pay rule override"),
    "year_end_bonus": QT_TRANSLATE_NOOP("AuditLabels", "Year-end bonus"),
    "meeting": QT_TRANSLATE_NOOP("AuditLabels", "Weekly meeting"),
    "meeting_part": QT_TRANSLATE_NOOP("AuditLabels", "Weekly meeting part"),
    "meeting_item": QT_TRANSLATE_NOOP("AuditLabels", "Issue or decision"),
    "meeting_action": QT_TRANSLATE_NOOP("AuditLabels", "Action item"),
}


_FIELDS = {
    "name": QT_TRANSLATE_NOOP("AuditLabels", "Name"),
    "username": QT_TRANSLATE_NOOP("AuditLabels", "User name"),
    "level": QT_TRANSLATE_NOOP("AuditLabels", "Access level"),
    "grants": QT_TRANSLATE_NOOP("AuditLabels", "Individual permissions"),
    "is_active": QT_TRANSLATE_NOOP("AuditLabels", "Active"),
    "employee_id": QT_TRANSLATE_NOOP("AuditLabels", "Staff record"),
    "employee_no": QT_TRANSLATE_NOOP("AuditLabels", "Employee no."),
    "status": QT_TRANSLATE_NOOP("AuditLabels", "Status"),
    "phone": QT_TRANSLATE_NOOP("AuditLabels", "Phone"),
    "department_id": QT_TRANSLATE_NOOP("AuditLabels", "Department"),
    "manager_id": QT_TRANSLATE_NOOP("AuditLabels", "Manager"),
    "hire_date": QT_TRANSLATE_NOOP("AuditLabels", "Hire date"),
    "leave_date": QT_TRANSLATE_NOOP("AuditLabels", "Leave date"),
    "leave_reason": QT_TRANSLATE_NOOP("AuditLabels", "Reason for leaving"),
    "base_salary": QT_TRANSLATE_NOOP("AuditLabels", "Base salary"),
    "notes": QT_TRANSLATE_NOOP("AuditLabels", "Notes"),
    "attendance_from_timesheets": QT_TRANSLATE_NOOP("AuditLabels", "Attendance from timesheets"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def summary_text(row: AuditRow) -> str:
    """The record's summary in the window's language (a code and values recorded by the service)."""
    return audit_summary.render(row.summary_data, ui_language())


def action_text(action: str) -> str:
    return _tr(_ACTIONS[action]) if action in _ACTIONS else action


def entity_text(entity: str) -> str:
    return _tr(_ENTITIES[entity]) if entity in _ENTITIES else entity


def field_text(field: str) -> str:
    """A field's name for the detail pane: translated where known, else the stored name."""
    return _tr(_FIELDS[field]) if field in _FIELDS else field


def value_text(value: Any, field: str = "") -> str:
    """A before/after value as the detail pane shows it (levels and permissions by their names)."""
    if field == "level" and isinstance(value, str):
        return level_text(value)
    if field == "grants" and isinstance(value, list):
        return ", ".join(permission_text(str(v)) for v in value)
    if value is None:
        return ""
    if isinstance(value, bool):
        return _tr(QT_TRANSLATE_NOOP("AuditLabels", "yes")) if value else _tr(QT_TRANSLATE_NOOP("AuditLabels", "no"))
    if isinstance(value, list | tuple):
        return ", ".join(value_text(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)
