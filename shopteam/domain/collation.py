"""The order Chinese users expect for names and other text: by pinyin (安 an < 李 li < 王 wang < 张 zhang), the
tone next (妈 ma1 < 马 ma3), Latin letters among them without regard to case (Anna next to 安娜), digits first.

The database's own collation differs by backend (SQLite compares code points, PostgreSQL its locale), so lists
are put in this order in Python, the same on every backend: services sort with :func:`text_key`, and the
table models of the window sort their text columns with it.

The readings come from pypinyin's table of characters (its first reading of each). A name's first character is
read as a surname where the reading differs (曾 zēng, 单 shàn, 解 xiè, 区 ōu …), which is where a shop's
lists differ from a dictionary's. The table loads on the first call (about 0.3 s), not at start-up.
"""

from __future__ import annotations

from functools import lru_cache

# Surnames read otherwise than the character's first reading.
SURNAME_READINGS = {
    "曾": "zeng1", "单": "shan4", "解": "xie4", "区": "ou1", "仇": "qiu2", "朴": "piao2", "查": "zha1",
    "乐": "yue4", "覃": "qin2", "翟": "zhai2", "尉": "yu4", "繁": "po2", "盖": "ge3", "缪": "miao4",
    "召": "shao4", "长": "chang2", "重": "chong2", "种": "chong2", "秘": "bi4", "冼": "xian3", "任": "ren2",
    "华": "hua4", "纪": "ji3", "过": "guo1", "员": "yun4", "句": "gou1", "能": "nai4", "沈": "shen3",
    "参": "shen1", "藏": "zang4", "万": "wan4", "黑": "he4", "隗": "wei3", "宁": "ning4", "于": "yu2",
}

_TONED = {}
for _plain, _marks in (("a", "āáǎà"), ("e", "ēéěè"), ("i", "īíǐì"), ("o", "ōóǒò"), ("u", "ūúǔù"),
                       ("v", "ǖǘǚǜ"), ("n", "ńňǹ"), ("m", "ḿ")):
    for _tone, _mark in enumerate(_marks, start=1):
        _TONED[_mark] = (_plain, _tone if _plain not in "nm" else _tone + 1)
_TONED["ü"] = ("v", 0)


def _tone3(reading: str) -> str:
    """``zhāng`` -> ``zhang1``; ``lǚ`` -> ``lv3``; no mark (轻声) -> tone 5."""
    letters, tone = [], 5
    for ch in reading:
        plain, mark = _TONED.get(ch, (ch, 0))
        letters.append(plain)
        tone = mark or tone
    return "".join(letters) + str(tone)


@lru_cache(maxsize=1)
def _table() -> dict[int, str]:
    from pypinyin.pinyin_dict import pinyin_dict

    return pinyin_dict


@lru_cache(maxsize=65536)
def _char_key(ch: str) -> str:
    if ch.isascii():
        return ch.casefold()
    readings = _table().get(ord(ch))
    if readings is None:
        return ch.casefold()
    return _tone3(readings.split(",", 1)[0])


@lru_cache(maxsize=65536)
def text_key(text: str | None) -> str:
    """A sort key: the pinyin spelling with tone numbers (``zeng1xiao3xian2``), then the text itself, so that
    characters of one reading (张, 章) still keep one fixed order. A plain string, so that Qt's sort role can
    carry it too."""
    text = (text or "").strip()
    if not text:
        return ""
    parts = [SURNAME_READINGS.get(text[0]) or _char_key(text[0])] + [_char_key(ch) for ch in text[1:]]
    return "".join(parts) + "\x00" + text
