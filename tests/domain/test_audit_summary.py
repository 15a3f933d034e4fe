"""Audit summaries are data: a code and values, rendered in English or Chinese, kept with their English."""

from decimal import Decimal

from shopteam.domain.audit_summary import (
    TEMPLATES,
    ZH_TEMPLATES,
    decode,
    encode,
    fields,
    render,
    summary,
)


def test_every_code_has_its_chinese_with_the_same_placeholders():
    assert set(TEMPLATES) == set(ZH_TEMPLATES)
    for code, template in TEMPLATES.items():
        assert fields(ZH_TEMPLATES[code]) == fields(template), code


def test_stored_with_its_english_and_read_back():
    note = summary("payout_approved", period="2026-11")
    stored = encode(note)
    assert '"text": "payout 2026-11 approved"' in stored  # a reader of the raw table still has words
    back = decode(stored)
    assert back == note
    assert render(back, "en") == "payout 2026-11 approved"
    assert render(back, "zh_CN") == "2026-11 奖金核算已批准"


def test_words_plain_text_and_money():
    assert render(summary("cycle_state", period="2026-10", before="self_assessment", state="calibration"),
                  "zh") == "2026-10：自评 → 校准"
    assert render(summary("recurring_cards", count=17, day="2026-12-06"), "zh") == "2026-12-06 的 17 张周期卡片"
    assert summary("pool_saved", kind="team", period="2026", amount=Decimal("1000"), count=3).text() == \
        "team bonus pool 2026 of 1000.00 saved as a draft for 3 people"
    plain = decode("E001 张三")
    assert render(plain, "zh") == render(plain, "en") == "E001 张三"
    assert encode("E001 张三") == "E001 张三"
    assert render(summary("no_such_code", a=1), "en") == "no_such_code 1"
