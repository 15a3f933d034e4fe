"""The sentences the organisation services raise, listed for the translators (context "Errors").

ui/messages.describe() looks an error's English template and its text parameters up in that context;
this list only makes lupdate see them. A test checks that every template in the org services is here.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

ORG_ERROR_TEXTS = (
    # departments
    QT_TRANSLATE_NOOP("Errors", "Enter the department's name."),
    QT_TRANSLATE_NOOP("Errors", "The name is longer than {n} characters."),
    QT_TRANSLATE_NOOP("Errors", "A department named {name} exists already."),
    QT_TRANSLATE_NOOP("Errors", "The department {name} is archived."),
    QT_TRANSLATE_NOOP("Errors", "A department cannot be placed under itself or one of its sub-departments."),
    QT_TRANSLATE_NOOP("Errors", "{name} has left and cannot head a department."),
    QT_TRANSLATE_NOOP("Errors", "{name} still has {n} staff; move them to another department first."),
    QT_TRANSLATE_NOOP("Errors", "{name} still has {n} sub-departments; archive or move them first."),
    # roles
    QT_TRANSLATE_NOOP("Errors", "Enter the role's name."),
    QT_TRANSLATE_NOOP("Errors", "A role named {name} exists already."),
    QT_TRANSLATE_NOOP("Errors", "{value} is not an amount."),
    QT_TRANSLATE_NOOP("Errors", "A salary cannot be negative."),
    QT_TRANSLATE_NOOP("Errors", "The top of the salary band ({high}) is below its bottom ({low})."),
    QT_TRANSLATE_NOOP("Errors", "{name} is still held by {n} people; end their assignments first."),
    # role assignments
    QT_TRANSLATE_NOOP("Errors", "The role {name} is archived."),
    QT_TRANSLATE_NOOP("Errors", "Enter the start date."),
    QT_TRANSLATE_NOOP("Errors", "Enter the end date."),
    QT_TRANSLATE_NOOP("Errors", "The end date is before the start date."),
    QT_TRANSLATE_NOOP("Errors", "{name} was hired on {hire}; a role cannot start before that."),
    QT_TRANSLATE_NOOP("Errors", "{name} left on {left}; a role cannot start after that."),
    QT_TRANSLATE_NOOP("Errors", "This overlaps the primary role {role} held from {start} to {end}; a person has one "
                                "primary role at a time."),
    # staffing plans
    QT_TRANSLATE_NOOP("Errors", "Enter the plan's name."),
    QT_TRANSLATE_NOOP("Errors", "A plan named {name} exists already."),
    QT_TRANSLATE_NOOP("Errors", "The headcount must be a whole number from 0 to {max}."),
    QT_TRANSLATE_NOOP("Errors", "Unknown preset {preset}."),
    # parameters: what was not found, and what the actor may not do
    QT_TRANSLATE_NOOP("Errors", "Department"),
    QT_TRANSLATE_NOOP("Errors", "Role"),
    QT_TRANSLATE_NOOP("Errors", "Role assignment"),
    QT_TRANSLATE_NOOP("Errors", "Staff record"),
    QT_TRANSLATE_NOOP("Errors", "Staffing plan"),
    QT_TRANSLATE_NOOP("Errors", "change the organisation"),
    QT_TRANSLATE_NOOP("Errors", "change role assignments"),
    QT_TRANSLATE_NOOP("Errors", "change the staffing plans"),
    QT_TRANSLATE_NOOP("Errors", "see the departments"),
    QT_TRANSLATE_NOOP("Errors", "see the roles"),
    QT_TRANSLATE_NOOP("Errors", "see role assignments"),
    QT_TRANSLATE_NOOP("Errors", "see this person's role assignments"),
    QT_TRANSLATE_NOOP("Errors", "see the staffing plans"),
    QT_TRANSLATE_NOOP("Errors", "see the staff"),
    QT_TRANSLATE_NOOP("Errors", "see the org chart"),
)
