"""The one language rule: --lang, else the system locale, else the shop's language."""

from shopteam.domain.language import choose_language, locale_language


def test_locale_language_reads_the_posix_order():
    assert locale_language({"LANG": "zh_CN.UTF-8"}) == "zh_CN"
    assert locale_language({"LANG": "en_US.UTF-8"}) == "en"
    assert locale_language({"LANG": "de_DE.UTF-8"}) == "en"
    assert locale_language({"LC_ALL": "en_GB.UTF-8", "LANG": "zh_CN.UTF-8"}) == "en"
    assert locale_language({"LC_MESSAGES": "zh_TW", "LANG": "en_US.UTF-8"}) == "zh_CN"
    assert locale_language({"LANG": "C.UTF-8"}) is None  # the neutral locale names no language
    assert locale_language({"LANG": "POSIX"}) is None
    assert locale_language({}) is None


def test_option_then_locale_then_shop():
    assert choose_language("en", "zh_CN", "zh_CN") == "en"
    assert choose_language(None, "en", "zh_CN") == "en"
    assert choose_language(None, None, "en") == "en"
    assert choose_language(None, None, None) == "zh_CN"
    assert choose_language("fr", None, "en") == "en"  # not a language of ours: the next rule decides


def test_the_shop_is_asked_only_when_needed():
    asked = []

    def shop():
        asked.append(True)
        return "en"

    assert choose_language("zh_CN", None, shop) == "zh_CN" and asked == []
    assert choose_language(None, None, shop) == "en" and asked == [True]
