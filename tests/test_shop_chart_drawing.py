"""The shop's charts drawn without Qt (reports/shop_charts): bar heights equal the figures of
services/dashboard/charts, PNG output, and Chinese labels render without matplotlib's "Glyph ... missing"
warning (turned into an error here, as in test_appraisal_chart_drawing)."""

from __future__ import annotations

import math
import warnings
from datetime import date
from decimal import Decimal

from shopteam.reports.appraisal_charts import new_figure, save_png
from shopteam.reports.shop_charts import (
    CostSalesChartLabels,
    HeadcountChartLabels,
    OvertimeChartLabels,
    draw_cost_sales,
    draw_headcount,
    draw_overtime,
)
from shopteam.services.dashboard.charts import CostSalesSeries, HeadcountSeries

MONTHS = tuple(f"2026-{m:02d}" for m in range(1, 13))
HEADCOUNT = HeadcountSeries(MONTHS, tuple(date(2026, m, 28) for m in range(1, 13)), ("运营部", "客服部", ""),
                            {"运营部": (3,) * 6 + (4,) * 6, "客服部": (2,) * 12, "": (0,) * 11 + (1,)})
OVERTIME = {"workday": (1.5,) + (0.0,) * 11, "restday": (0.0,) * 11 + (4.0,), "holiday": (0.0,) * 9 + (8.0, 0.0, 0.0)}
COST_SALES = CostSalesSeries(MONTHS, (None,) * 9 + (Decimal("5000.50"), Decimal("5200.00"), None),
                             (Decimal("0"),) * 9 + (Decimal("80000.25"), Decimal("40000.00"), Decimal("10000.00")),
                             ("销售额",))


def test_headcount_bars_stack_the_departments_with_the_total_above():
    fig = new_figure()
    ax = draw_headcount(fig, HEADCOUNT, HeadcountChartLabels(no_department="未分配部门"))
    assert len(ax.containers) == 3
    assert [b.get_height() for b in ax.containers[0]] == [3] * 6 + [4] * 6
    assert [b.get_y() for b in ax.containers[1]] == [3] * 6 + [4] * 6  # 客服部 sits on 运营部
    assert [b.get_height() for b in ax.containers[2]][-1] == 1
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["运营部", "客服部", "未分配部门"]
    assert [t.get_text() for t in ax.texts] == ["5"] * 6 + ["6"] * 5 + ["7"]
    assert [t.get_text() for t in ax.get_xticklabels()][0] == "26-01"
    assert ax.get_title() == "各部门人数（月末）"


def test_overtime_bars_stack_the_kinds():
    fig = new_figure()
    ax = draw_overtime(fig, MONTHS, OVERTIME)
    assert [b.get_height() for b in ax.containers[0]] == list(OVERTIME["workday"])
    assert [b.get_height() for b in ax.containers[2]] == list(OVERTIME["holiday"])
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["工作日加班", "休息日加班", "节假日加班"]
    assert [t.get_text() for t in ax.texts] == ["1.5", "8", "4"]


def test_overtime_without_hours_says_so():
    fig = new_figure()
    ax = draw_overtime(fig, MONTHS[:2], {})
    assert "这段时间没有已批准的加班" in [t.get_text() for t in ax.texts]


def test_cost_and_sales_bars_and_the_share_line():
    fig = new_figure()
    ax, right = draw_cost_sales(fig, COST_SALES)
    assert [b.get_height() for b in ax.containers[0]][-3:] == [80000.25, 40000.0, 10000.0]
    assert [b.get_height() for b in ax.containers[1]][-3:] == [5000.5, 5200.0, 0.0]
    ys = list(right.lines[0].get_ydata())
    assert all(math.isnan(y) for y in ys[:9]) and ys[9:11] == [6.3, 13.0] and math.isnan(ys[11])
    assert [t.get_text() for t in right.texts] == ["6.3%", "13.0%"]
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["销售额", "薪酬成本（已审批）", "成本占销售额 %"]


def test_chinese_labels_render_without_missing_glyphs(tmp_path):
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # "Glyph ... missing from font(s)" fails the test
        for name, draw in (("人数", lambda f: draw_headcount(f, HEADCOUNT)),
                           ("加班", lambda f: draw_overtime(f, MONTHS, OVERTIME, OvertimeChartLabels(title="运营部加班"))),
                           ("成本", lambda f: draw_cost_sales(f, COST_SALES, CostSalesChartLabels()))):
            fig = new_figure()
            draw(fig)
            path = save_png(fig, str(tmp_path / f"{name}.png"))
            data = (tmp_path / f"{name}.png").read_bytes()
            assert path.endswith(".png") and data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 10_000
