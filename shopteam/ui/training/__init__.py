"""The training screen (培训): plans, sessions, attendance and evaluations, the year's report, and one's own
training record."""
