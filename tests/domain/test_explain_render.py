"""Explanations in both languages from one place (domain.explain.render): every code has its Chinese with the
same placeholders as the English, word params are translated, Decimals keep their grouping."""

from __future__ import annotations

import string
from decimal import Decimal

from shopteam.domain.explain import TEMPLATES, Explanation, from_data, render, template_of, to_data
from shopteam.domain.explain_zh import ZH_TEMPLATES


def _fields(template: str) -> set[str]:
    return {name for _text, name, _spec, _conv in string.Formatter().parse(template) if name}


def test_every_code_has_chinese_with_the_same_placeholders():
    assert set(ZH_TEMPLATES) == set(TEMPLATES)
    for code in TEMPLATES:
        assert _fields(ZH_TEMPLATES[code]) == _fields(template_of(code)), code


def test_render_in_both_languages():
    late = Explanation("late_deduction", {"count": 3, "free": 2, "charged": 1, "per": Decimal("20.00"),
                                          "amount": Decimal("20.00")})
    assert render(late, "en") == late.text() == "1 late arrival after 2 free ones × 20.00 = 20.00"
    assert render(late, "zh_CN") == "扣除 2 次免罚后迟到 1 次 × 20.00 = 20.00"
    bonus = Explanation("bonus_grade", {"bonus_base": Decimal("1000.00"), "coefficient": Decimal("1.2"),
                                        "grade": "good", "amount": Decimal("1200.00")})
    assert render(bonus, "zh") == "奖金基数 1,000.00 × 1.2（考核等级 良好）= 1,200.00"
    assert render(Explanation("no_such_code"), "zh") == "no_such_code"


def test_json_form_round_trips():
    items = (Explanation("pool_share", {"pool": Decimal("100.00"), "weight": 85, "total_weight": Decimal("255"),
                                        "exact": Decimal("33.3333"), "amount": Decimal("33.34")}),)
    assert from_data(to_data(items)) == items
    assert from_data(to_data(items))[0].params["exact"] == Decimal("33.3333")
