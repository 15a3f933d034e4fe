"""The weekly meeting (周例会): per ISO week, for the shop or one department, each person's summary of the
week and plan for the next, the issues, risks and decisions, and the action items that become cards.

``prefill`` computes the parts from the week's done cards, approved timesheet hours and next week's due
cards; ``meeting`` creates and keeps the meeting (``meetings.edit`` holds it; everyone edits their own
part); ``exports`` writes the record to Excel (reports/meeting_sheet prints it on A4). Every change writes an
audit record.
"""
