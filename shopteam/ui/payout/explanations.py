"""Explanations in the window's language: the one rendering of ``domain.explain.render`` (the workbooks,
payslips and the command line use it too), in the language of the installed translation."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from shopteam.domain.explain import Explanation, percent, render
from shopteam.ui.i18n import ui_language


def explanation_text(explanation: Explanation) -> str:
    """The sentence in the window's language."""
    return render(explanation, ui_language())


def _n(value: Any) -> str:
    if isinstance(value, Decimal | int) and not isinstance(value, bool):
        return f"{value:,}"
    return str(value)


#: Why a payout line needs a second look (services.payout.closing.LineFlag codes).
FLAG_TEXTS = {
    "negative": QT_TRANSLATE_NOOP("Explanations", "Pay {amount} is below zero"),
    "deductions_over_cap": QT_TRANSLATE_NOOP(
        "Explanations", "Deductions {amount} exceed {share}% of the month's pay ({limit})"),
    "below_minimum_wage": QT_TRANSLATE_NOOP("Explanations", "Pay {amount} is below the minimum wage {limit}"),
}


def flag_text(flag) -> str:
    """One flag of a payout line as a sentence in the current language."""
    template = FLAG_TEXTS.get(flag.code)
    if template is None:
        return flag.code
    return QCoreApplication.translate("Explanations", template).format(
        amount=_n(flag.amount), limit=_n(flag.limit), share=_n(percent(flag.share)))
