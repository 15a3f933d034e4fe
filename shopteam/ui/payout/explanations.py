"""Explanations in the user's language: the English template of ``domain.explain.TEMPLATES[code]`` is
translated in the context "Explanations" (listed for lupdate in explanation_texts.py) and filled in."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from shopteam.domain.explain import TEMPLATES, Explanation, percent

#: Domain templates that are functions (plural forms) get one sentence here.
STRING_TEMPLATES = {"late_deduction": "{charged} late arrival(s) after {free} free ones × {per} = {amount}"}
WORDS = {"kind", "grade"}  # params whose values are words to translate (workday, good …)


def _t(text: str) -> str:
    return QCoreApplication.translate("Explanations", text)


def _n(value: Any) -> str:
    if isinstance(value, Decimal | int) and not isinstance(value, bool):
        return f"{value:,}"
    return str(value)


def template_of(code: str) -> str:
    template = TEMPLATES[code]
    return STRING_TEMPLATES[code] if callable(template) else template


def explanation_text(explanation: Explanation) -> str:
    """The sentence in the current language (English when there is no translation)."""
    if explanation.code not in TEMPLATES:
        return explanation.code
    params = {k: (_t(v) if k in WORDS and isinstance(v, str) else _n(v)) for k, v in explanation.params.items()}
    try:
        return _t(template_of(explanation.code)).format(**params)
    except (KeyError, IndexError, ValueError):
        return explanation.text()


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
    return _t(template).format(amount=_n(flag.amount), limit=_n(flag.limit), share=_n(percent(flag.share)))
