"""The English sentences the roster service raises, listed for the translators.

``ui.messages.describe`` looks every error template and text parameter up in the "Errors" context;
QT_TRANSLATE_NOOP only marks them so lupdate puts them in the .ts file. A test keeps this list in
step with services/roster.py.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

TEXTS = (
    # validation
    QT_TRANSLATE_NOOP("Errors", "Enter the employee no."),
    QT_TRANSLATE_NOOP("Errors", "The employee no. may hold only letters, digits, '-' and '_' (at most 32)."),
    QT_TRANSLATE_NOOP("Errors", "The employee no. {employee_no} is taken."),
    QT_TRANSLATE_NOOP("Errors", "Enter the name."),
    QT_TRANSLATE_NOOP("Errors", "The name is longer than {n} characters."),
    QT_TRANSLATE_NOOP("Errors", "Unknown gender {gender}."),
    QT_TRANSLATE_NOOP("Errors", "{phone} is not a phone number."),
    QT_TRANSLATE_NOOP("Errors", "{email} is not an e-mail address."),
    QT_TRANSLATE_NOOP("Errors", "The ID-card number is not valid (check digit)."),
    QT_TRANSLATE_NOOP("Errors", "Department {key} does not exist."),
    QT_TRANSLATE_NOOP("Errors", "A person cannot report to themselves."),
    QT_TRANSLATE_NOOP("Errors", "Staff record {key} does not exist."),
    QT_TRANSLATE_NOOP("Errors",
                      "This would make a reporting cycle: the chosen manager reports to this person."),
    QT_TRANSLATE_NOOP("Errors", "Enter the hire date."),
    QT_TRANSLATE_NOOP("Errors", "Unknown status {status}."),
    QT_TRANSLATE_NOOP("Errors", "The leave date is before the hire date."),
    QT_TRANSLATE_NOOP("Errors", "The salary cannot be negative."),
    QT_TRANSLATE_NOOP("Errors", "A bank account number has 8 to 30 digits."),
    QT_TRANSLATE_NOOP("Errors", "A new staff record cannot start as left."),
    QT_TRANSLATE_NOOP("Errors", "Enter the leave date."),
    QT_TRANSLATE_NOOP("Errors", "{name} has not left."),
    QT_TRANSLATE_NOOP("Errors", "{name} has history (roles, reports, an account or a department) and cannot be "
                                "deleted. Mark them as left instead."),
    # what / action parameters
    QT_TRANSLATE_NOOP("Errors", "Staff record"),
    QT_TRANSLATE_NOOP("Errors", "view the roster"),
    QT_TRANSLATE_NOOP("Errors", "view this staff record"),
    QT_TRANSLATE_NOOP("Errors", "add staff"),
    QT_TRANSLATE_NOOP("Errors", "add staff outside your department"),
    QT_TRANSLATE_NOOP("Errors", "edit staff records"),
    QT_TRANSLATE_NOOP("Errors", "edit this staff record"),
    QT_TRANSLATE_NOOP("Errors", "mark staff as left"),
    QT_TRANSLATE_NOOP("Errors", "delete staff records"),
    QT_TRANSLATE_NOOP("Errors", "delete this staff record"),
    QT_TRANSLATE_NOOP("Errors", "change salaries"),
    QT_TRANSLATE_NOOP("Errors", "change ID-card numbers"),
    QT_TRANSLATE_NOOP("Errors", "change bank accounts"),
)
