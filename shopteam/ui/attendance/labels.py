"""Labels for leave kinds, request kinds and request statuses (context "AttendanceLabels")."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

LEAVE_KINDS = {
    "annual": QT_TRANSLATE_NOOP("AttendanceLabels", "Annual leave"),
    "personal": QT_TRANSLATE_NOOP("AttendanceLabels", "Personal leave"),
    "sick": QT_TRANSLATE_NOOP("AttendanceLabels", "Sick leave"),
    "compensatory": QT_TRANSLATE_NOOP("AttendanceLabels", "Time off in lieu"),
    "marriage": QT_TRANSLATE_NOOP("AttendanceLabels", "Marriage leave"),
    "maternity": QT_TRANSLATE_NOOP("AttendanceLabels", "Maternity leave"),
    "bereavement": QT_TRANSLATE_NOOP("AttendanceLabels", "Bereavement leave"),
}
REQUEST_KINDS = {
    "leave": QT_TRANSLATE_NOOP("AttendanceLabels", "Leave"),
    "overtime": QT_TRANSLATE_NOOP("AttendanceLabels", "Overtime"),
    "correction": QT_TRANSLATE_NOOP("AttendanceLabels", "Missing-punch correction"),
}
STATUSES = {
    "pending": QT_TRANSLATE_NOOP("AttendanceLabels", "Pending"),
    "approved": QT_TRANSLATE_NOOP("AttendanceLabels", "Approved"),
    "rejected": QT_TRANSLATE_NOOP("AttendanceLabels", "Rejected"),
}


def _t(table: dict[str, str], key: str) -> str:
    return QCoreApplication.translate("AttendanceLabels", table[key]) if key in table else key


def leave_kind_label(key: str) -> str:
    return _t(LEAVE_KINDS, key)


def request_kind_label(key: str) -> str:
    return _t(REQUEST_KINDS, key)


def status_label(key: str) -> str:
    return _t(STATUSES, key)
