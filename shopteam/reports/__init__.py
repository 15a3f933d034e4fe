"""Printable documents (appraisal sheets, payslips) and matplotlib figures; no QtWidgets."""
