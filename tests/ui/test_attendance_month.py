"""The Attendance screen on a day of a month in progress says it shows the figures to date, in English and
in Chinese, and counts no absence on a day still to come."""

from __future__ import annotations

from datetime import date

import pytest

from shopteam.domain import clock
from shopteam.services.imports.pipeline import commit_import, preview_import
from shopteam.ui.attendance.page import AttendancePage
from tests.conftest import SAMPLE_DATA
from tests.test_translations import chinese  # noqa: F401 - the fixture installing the Chinese translation

ATTENDANCE = SAMPLE_DATA / "attendance"


@pytest.fixture
def september(factory, owner):
    for name, kind in (("roster_foreign.xlsx", "roster"), ("punch_gbk_2026-09.csv", "attendance")):
        with factory.begin() as s:
            commit_import(s, actor=owner, preview=preview_import(s, actor=owner, path=ATTENDANCE / name, kind=kind))
    with clock.frozen(date(2026, 9, 15)):
        yield


def _page(qtbot, owner_ctx, year=2026, month=9) -> AttendancePage:
    page = AttendancePage(owner_ctx)
    qtbot.addWidget(page)
    page.show()
    page.set_month(year, month)
    page.refresh()
    return page


def _column(page, title):
    col = page.model.headers().index(title)
    return [page.model.index(r, col).data() for r in range(page.model.rowCount())]


def test_a_month_in_progress_is_shown_to_date(qtbot, owner_ctx, september):
    page = _page(qtbot, owner_ctx)
    assert page.message.text() == ("Month in progress: figures to date (up to 2026-09-15); "
                                   "days still to come are not counted.")
    assert set(_column(page, "Scheduled days")) == {"11"}  # 1st … 15th of September 2026
    assert max(int(v) for v in _column(page, "Absence days")) <= 11
    page.set_month(2026, 10)
    page.refresh()
    assert page.message.text() == "2026-10 has not begun: nothing is counted yet."
    assert set(_column(page, "Absence days")) == {"0"}
    page.set_month(2026, 8)
    page.refresh()
    assert page.message.text() == ""


@pytest.mark.usefixtures("chinese")
def test_the_same_in_chinese(qtbot, owner_ctx, september):
    page = _page(qtbot, owner_ctx)
    assert page.message.text() == "本月进行中：数据截至 2026-09-15，尚未到来的日子不计入。"
    assert "应出勤 天数" in page.model.headers()
