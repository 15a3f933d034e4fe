"""Attendance screens: the month's summary per person, and leave and overtime requests."""
