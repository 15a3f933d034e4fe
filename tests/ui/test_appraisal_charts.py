"""The appraisal charts through the Appraisal page: the owner's grade distribution has one bar per grade with
the cycle's counts; the trend of the selected person (from the review form) plots their monthly scores with
gaps; staff see only their own trend; the figures render Chinese without missing glyphs and save as PNG."""

from __future__ import annotations

import math
import warnings
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from shopteam.domain import clock
from shopteam.services.appraisal import compute as comp
from shopteam.ui.appraisal.page import AppraisalPage
from shopteam.ui.context import AppContext
from tests.services.appraisal_shop import make_shop
from tests.ui.appraisal_scored import score_cycle

TODAY = date(2026, 12, 31)  # the cycle's month is this month, on its last day (nobody has punched all month)


@pytest.fixture(autouse=True)
def _today():
    with clock.frozen(TODAY):
        yield


def _months_back(n: int) -> tuple[int, int]:
    index = TODAY.year * 12 + TODAY.month - 1 - n
    return index // 12, index % 12 + 1


@pytest.fixture
def shop(factory, owner):
    ids = make_shop(factory, owner)
    earlier = _months_back(2)  # E101 rated 80 then: 35 + 25 + 3 × 8 = 84.00; nothing the month between
    score_cycle(factory, owner, *earlier, ratings={"E100": 90, "E101": 80, "E102": 90, "E103": 90})
    ids["cycle"], ids["owner"] = score_cycle(factory, owner, TODAY.year, TODAY.month), owner
    return ids


def _page(qtbot, factory, actor) -> AppraisalPage:
    page = AppraisalPage(AppContext(factory=factory, actor=actor, shop_name="测试小店"))
    qtbot.addWidget(page)
    page.resize(1300, 800)
    page.show()
    return page


def _charts(qtbot, page):
    assert page.charts_button.isEnabled()
    qtbot.mouseClick(page.charts_button, Qt.MouseButton.LeftButton)
    dialog = page.charts_dialog
    qtbot.addWidget(dialog)
    return dialog


def test_grade_distribution_has_one_bar_per_grade_with_the_cycle_counts(qtbot, factory, shop, tmp_path, monkeypatch):
    dialog = _charts(qtbot, _page(qtbot, factory, shop["owner"]))
    assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())] == ["Grade distribution", "Score trend"]
    assert dialog.tabs.currentWidget() is dialog.grade_tab
    ax = dialog.grade_figure.axes[0]
    heights = [b.get_height() for b in ax.containers[0]]
    with factory() as s:
        counts = comp.grade_distribution(s, actor=shop["owner"], cycle_id=shop["cycle"])
    assert heights == [counts[g] for g in ("excellent", "good", "pass", "fail")] == [2, 0, 2, 0]
    assert [t.get_text() for t in ax.get_xticklabels()] == ["Excellent", "Good", "Pass", "Fail"]
    assert "limit 0 (20 %)\nover the forced limit" in [t.get_text() for t in ax.texts]
    assert ax.get_title() == f"Grades of {TODAY.year}-{TODAY.month:02d} (4 people)"
    assert dialog.grade_message.text() == "Red: more people than the forced distribution allows (2 over)."
    path = dialog.save_png(str(tmp_path / "grades.png"))
    assert (tmp_path / "grades.png").stat().st_size > 5000 and path.endswith(".png")
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(tmp_path / "chosen"), "")))
    dialog.save_clicked()  # the file chosen through ui/widgets/export, .png added
    assert (tmp_path / "chosen.png").stat().st_size > 5000


def test_trend_of_the_selected_person_from_the_review_form(qtbot, factory, shop):
    page = _page(qtbot, factory, shop["owner"])
    assert page.select_person("E101")
    assert page.form.trend_button.isEnabled()
    qtbot.mouseClick(page.form.trend_button, Qt.MouseButton.LeftButton)
    dialog = page.charts_dialog
    qtbot.addWidget(dialog)
    assert dialog.tabs.currentWidget() is dialog.trend_tab
    assert dialog.person.currentText() == "E101 李运营"
    line = dialog.trend_figure.axes[0].lines[0]
    ys = list(line.get_ydata())
    expected = [None] * 9 + [84.0, None, 90.0]
    assert len(ys) == 12
    for y, want in zip(ys, expected, strict=True):
        assert math.isnan(y) if want is None else y == want
    with factory() as s:
        trend = comp.score_trend(s, actor=shop["owner"], employee_id=shop["E101"], year=TODAY.year,
                                 month=TODAY.month)
    assert [v for _, v in trend][-3:] == [Decimal("84.00"), None, Decimal("90.00")]
    labels = [t.get_text() for t in dialog.trend_figure.axes[0].get_xticklabels()]
    assert labels == [m for m, _ in trend] and labels[-1] == f"{TODAY.year}-{TODAY.month:02d}"
    # another person from the combo box redraws the line
    dialog.person.setCurrentIndex(dialog.person.findText("E102 张客服"))
    assert list(dialog.trend_figure.axes[0].lines[0].get_ydata())[-1] == 66.0


def test_staff_see_their_own_trend_only(qtbot, factory, shop):
    page = _page(qtbot, factory, shop["s101"])
    dialog = _charts(qtbot, page)
    assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())] == ["Score trend"]
    assert [dialog.person.itemText(i) for i in range(dialog.person.count())] == ["E101 李运营"]
    assert list(dialog.trend_figure.axes[0].lines[0].get_ydata())[-1] == 90.0
    dialog.person.addItem("E102 张客服", shop["E102"])  # someone else's: the service refuses
    dialog.person.setCurrentIndex(1)
    assert dialog.trend_message.text() == "You are not allowed to open someone else's appraisal."
    assert dialog.trend_figure.axes == []


def test_chinese_charts_render_without_missing_glyphs(qtbot, factory, shop, monkeypatch):
    from shopteam.ui.appraisal import charts

    page = _page(qtbot, factory, shop["owner"])
    assert page.select_person("E101")
    zh = {"Grades of %1 (%n people)": "%1 等级分布（共 %n 人）", "People": "人数", "limit %1 (%2 %)": "上限 %1 人（%2%）",
          "over the forced limit": "超出强制分布", "%1: score over the 12 months to %2": "%1：截至 %2 的近 12 个月得分",
          "Score": "得分", "Month": "月份"}
    monkeypatch.setattr(charts.AppraisalChartsDialog, "tr",
                        lambda self, text, _c=None, n=-1: zh.get(text, text).replace("%n", str(n)))
    monkeypatch.setattr(charts, "grade_label", lambda g: {"excellent": "优秀", "good": "良好", "pass": "合格",
                                                           "fail": "不合格"}[g])
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # "Glyph ... missing from font(s)" would fail here
        dialog = _charts(qtbot, page)
        dialog.grade_canvas.draw()
        dialog.trend_canvas.draw()
    ax = dialog.grade_figure.axes[0]
    assert [t.get_text() for t in ax.get_xticklabels()] == ["优秀", "良好", "合格", "不合格"]
    assert ax.get_title() == f"{TODAY.year}-{TODAY.month:02d} 等级分布（共 4 人）"
    assert dialog.trend_figure.axes[0].get_title().startswith("E101 李运营：截至")
