"""Training (培训): plans for a year or quarter, their sessions, who attended and how they did.

``plans`` keeps plans, sessions, the attendance list of a session and each attendee's evaluation (test score
0–100, passed, satisfaction 1–5); ``records`` a person's training record (sessions, hours per year, average
test score), the year's report per person, and the hours and scores of a period for the appraisal's
``training`` indicator source. Changing anything needs ``training.manage`` (owner and managers, managers for
the people in their scope); staff see only their own record.
"""
