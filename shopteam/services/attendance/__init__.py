"""Attendance: the month to date (month), leave and overtime requests (requests), work rules (worktime)."""
