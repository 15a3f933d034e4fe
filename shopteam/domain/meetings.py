"""The weekly meeting (周例会): ISO weeks written as ``2026-W45`` and the prefilled texts of a person's part.

A meeting belongs to one ISO week (Monday–Sunday). A person's part is prefilled from what the cards and
timesheets say: this week's summary (本周总结) lists the cards done this week and the approved timesheet
hours; next week's plan (下周计划) lists the open cards due by the end of next week.

>>> week_start("2026-W45")
datetime.date(2026, 11, 2)
>>> week_label(date(2026, 11, 8))
'2026-W45'
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta

from shopteam.domain.errors import ValidationError

ITEM_KINDS = ("issue", "risk", "decision")
TEXT_MAX = 4000
_WEEK = re.compile(r"^\s*(\d{4})-?[Ww](\d{1,2})\s*$")


def week_label(day: date) -> str:
    """The ISO week that holds ``day``, as ``YYYY-Www``."""
    iso = day.isocalendar()
    return f"{iso.year}-W{iso.week:02d}"


def week_start(label: str) -> date:
    """The Monday of an ISO week written ``2026-W45`` (also ``2026W45``, ``2026-w5``)."""
    match = _WEEK.match(label or "")
    if match:
        try:
            return date.fromisocalendar(int(match[1]), int(match[2]), 1)
        except ValueError:
            pass
    raise ValidationError("{week} is not a week like 2026-W45.", field="week", code="week", week=label)


def normal_week(label: str) -> str:
    """The canonical ``YYYY-Www`` of a week label (raises ValidationError when it is none)."""
    return week_label(week_start(label))


def week_end(label: str) -> date:
    return week_start(label) + timedelta(days=6)


_WORDS = {
    "zh": {"done": "本周完成：", "none_done": "本周无已完成任务", "hours": "工时：{hours} 小时（已批准）",
           "overtime": "，其中加班 {hours} 小时", "due": "（截止 {day}）", "none_planned": "下周暂无到期任务"},
    "en": {"done": "Done this week:", "none_done": "No card done this week", "hours": "Hours: {hours} h (approved)",
           "overtime": ", of which overtime {hours} h", "due": " (due {day})", "none_planned": "No card due next week"},
}


def _hours(value: float) -> str:
    return f"{value:g}"


def prefill_summary(done: Sequence[str], hours: float, overtime: float, language: str) -> str:
    """This week's summary: one line per card done (its title), then the approved hours if any.

    >>> prefill_summary(["上架新品", "直播复盘"], 38.5, 2, "zh_CN")
    '本周完成：\\n- 上架新品\\n- 直播复盘\\n工时：38.5 小时（已批准），其中加班 2 小时'
    >>> prefill_summary([], 0, 0, "en")
    'No card done this week'
    """
    words = _WORDS["zh" if language.startswith("zh") else "en"]
    lines = [words["done"], *(f"- {title}" for title in done)] if done else [words["none_done"]]
    if hours or overtime:
        line = words["hours"].format(hours=_hours(hours))
        if overtime:
            line += words["overtime"].format(hours=_hours(overtime))
        lines.append(line)
    return "\n".join(lines)


def prefill_plan(planned: Sequence[tuple[str, date | None]], language: str) -> str:
    """Next week's plan: one line per open card due by the end of next week, with its due date.

    >>> prefill_plan([("双十二预热", date(2026, 11, 12)), ("客服话术", None)], "zh_CN")
    '- 双十二预热（截止 2026-11-12）\\n- 客服话术'
    """
    words = _WORDS["zh" if language.startswith("zh") else "en"]
    if not planned:
        return words["none_planned"]
    return "\n".join(f"- {title}" + (words["due"].format(day=due.isoformat()) if due else "")
                     for title, due in planned)


def clean_text(text: str | None, field: str) -> str:
    """A text of the meeting, stripped; longer than TEXT_MAX characters is refused."""
    text = (text or "").strip()
    if len(text) > TEXT_MAX:
        raise ValidationError("The text is longer than {n} characters.", field=field, code="text_long", n=TEXT_MAX)
    return text
