"""Import problems (io.rows.Problem) as sentences in the user's language.

A problem is data: its row, its field, the English phrase of what was expected (with ``{name}``
placeholders and their values) and the value found. The phrase is looked up in the "Errors" context,
like the templates of ShopTeamError in ui/messages.py (tools/collect_error_texts.py lists every phrase
for the translators in ui/error_texts.py); the field's label comes from ui/imports/texts.py, and the
sentence around them from the "ImportProblems" context below.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from shopteam.ui.imports.texts import field_label, value_text


def expected_text(problem) -> str:
    """What was expected, translated, with its placeholders filled."""
    text = QCoreApplication.translate("Errors", problem.expected)
    if not problem.params:
        return text
    try:
        return text.format(**problem.params)
    except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder: fall back to English
        return problem.expected.format(**problem.params)


def problem_text(problem) -> str:
    """'Row 5, Date: expected a real calendar date, got “2026-02-30”.' in the user's language."""
    if problem.empty:
        text = QCoreApplication.translate("ImportProblems", "Row %1, %2: expected %3, the cell is empty.")
    else:
        text = QCoreApplication.translate("ImportProblems", "Row %1, %2: expected %3, got “%4”.")
    text = text.replace("%1", str(problem.row)).replace("%2", field_label(problem.field))
    text = text.replace("%3", expected_text(problem))
    return text if problem.empty else text.replace("%4", value_text(problem.got))


def problems_text(problems: Iterable, separator: str = " ") -> str:
    """A row's problems, one sentence each."""
    return separator.join(problem_text(p) for p in problems)
