"""The audit log screen: who changed what and when, with before/after, exportable to Excel."""

from shopteam.ui.audit.page import AuditPage

__all__ = ["AuditPage"]
