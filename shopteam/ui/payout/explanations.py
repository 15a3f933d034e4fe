"""Explanations in the window's language: the one rendering of ``domain.explain.render`` (the workbooks,
payslips and the command line use it too), in the language of the installed translation."""

from __future__ import annotations

from shopteam.domain.explain import Explanation, render
from shopteam.ui.i18n import ui_language


def explanation_text(explanation: Explanation) -> str:
    """The sentence in the window's language."""
    return render(explanation, ui_language())
