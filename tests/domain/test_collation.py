"""Names in the order Chinese users expect: by pinyin, then tone; surnames read as surnames; Latin letters
among them without regard to case; digits first."""

from shopteam.domain.collation import text_key


def test_names_sort_by_pinyin_not_by_code_point():
    names = ["周杰", "安娜", "张三", "李四", "王五"]
    assert sorted(names) == ["周杰", "安娜", "张三", "李四", "王五"]  # code points: 周 U+5468 first
    assert sorted(names, key=text_key) == ["安娜", "李四", "王五", "张三", "周杰"]


def test_tone_orders_one_spelling_and_latin_letters_fall_in_between():
    assert sorted(["马云", "妈妈", "Bob", "anna", "11号"], key=text_key) == ["11号", "anna", "Bob", "妈妈", "马云"]


def test_surnames_are_read_as_surnames():
    # 曾 zēng (not céng), 单 shàn (not dān), 解 xiè (not jiě): under Z, S and X as a shop's list has them
    assert sorted(["曾小贤", "张三", "单田芳", "孙悦", "解晓东", "谢娜"], key=text_key) == [
        "单田芳", "孙悦", "谢娜", "解晓东", "曾小贤", "张三"]  # xie4na4 < xie4xiao3
    assert text_key("曾小贤").startswith("zeng1xiao3xian2")
    assert text_key("吕布").startswith("lv3bu4")


def test_one_spelling_keeps_a_fixed_order_and_blanks_come_first():
    assert text_key("张伟") != text_key("章伟") and sorted(["章伟", "张伟"], key=text_key) == sorted(
        ["张伟", "章伟"], key=text_key)
    assert text_key(None) == text_key("  ") == ""
