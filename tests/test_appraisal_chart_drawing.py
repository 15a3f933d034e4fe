"""The appraisal charts drawn without Qt (reports/appraisal_charts): one bar per grade with the counts as
heights and the forced limit marked, the trend's y values equal the monthly scores with gaps, PNG output,
and Chinese labels render without matplotlib's "Glyph ... missing" warning (turned into an error here)."""

from __future__ import annotations

import math
import warnings
from decimal import Decimal
from io import BytesIO

import pytest

from shopteam.reports.appraisal_charts import (
    OVER_COLOUR,
    GradeChartLabels,
    TrendChartLabels,
    draw_grade_distribution,
    draw_score_trend,
    new_figure,
    save_png,
)

ZH_GRADES = GradeChartLabels(title="2026-10 等级分布（共 9 人）", people="人数",
                             limit="上限 %1 人（%2%）", over="超出强制分布")
ZH_TREND = TrendChartLabels(title="李运营：近 12 个月得分", score="得分", month="月份", empty="这段时间没有考核")
TREND = [(f"2026-{m:02d}", None) for m in range(1, 8)] + [
    ("2026-08", Decimal("84.00")), ("2026-09", None), ("2026-10", Decimal("90.50")), ("2026-11", Decimal("78.25")),
    ("2026-12", None)]


def _render(figure) -> bytes:
    out = BytesIO()
    figure.savefig(out, format="png", dpi=80)
    return out.getvalue()


def test_one_bar_per_grade_with_the_counts_and_the_limit():
    fig = new_figure()
    ax = draw_grade_distribution(fig, {"excellent": 3, "good": 5, "pass": 1, "fail": 0}, ZH_GRADES,
                                 allowed={"excellent": 1}, limits={"excellent": 20.0, "fail": None})
    bars = list(ax.containers[0])
    assert [b.get_height() for b in bars] == [3, 5, 1, 0]
    assert [t.get_text() for t in ax.get_xticklabels()] == ["优秀", "良好", "合格", "不合格"]
    from matplotlib.colors import to_hex

    assert to_hex(bars[0].get_facecolor()) == OVER_COLOUR  # over its limit
    assert to_hex(bars[1].get_facecolor()) != OVER_COLOUR
    limit_lines = ax.collections  # the dashed forced-limit mark, at the allowed head count
    assert len(limit_lines) == 1 and limit_lines[0].get_segments()[0][0][1] == 1
    texts = [t.get_text() for t in ax.texts]
    assert "上限 1 人（20%）\n超出强制分布" in texts
    assert [t for t in texts if t in ("3", "5", "1", "0")] == ["3", "5", "1", "0"]  # counts on the bars


def test_within_the_limit_nothing_is_red():
    fig = new_figure()
    ax = draw_grade_distribution(fig, {"excellent": 1, "good": 4}, allowed={"excellent": 1},
                                 limits={"excellent": 20.0})
    from matplotlib.colors import to_hex

    assert [b.get_height() for b in ax.containers[0]] == [1, 4, 0, 0]
    assert OVER_COLOUR not in [to_hex(b.get_facecolor()) for b in ax.containers[0]]
    assert "上限 1 人（20%）" in [t.get_text() for t in ax.texts]  # the Chinese default labels


def test_trend_line_follows_the_monthly_scores_with_gaps():
    fig = new_figure()
    ax = draw_score_trend(fig, TREND, ZH_TREND)
    line = ax.lines[0]
    ys = list(line.get_ydata())
    assert len(ys) == 12
    expected = [None] * 7 + [84.0, None, 90.5, 78.25, None]
    for y, want in zip(ys, expected, strict=True):
        assert math.isnan(y) if want is None else y == want
    assert [t.get_text() for t in ax.get_xticklabels()] == [m for m, _ in TREND]
    assert [t.get_text() for t in ax.texts] == ["84.00", "90.50", "78.25"]


def test_trend_without_any_appraisal_says_so():
    fig = new_figure()
    ax = draw_score_trend(fig, [("2026-01", None), ("2026-02", None)], ZH_TREND)
    assert "这段时间没有考核" in [t.get_text() for t in ax.texts]


def test_chinese_labels_render_without_missing_glyphs(tmp_path):
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # matplotlib's "Glyph 20248 (\N{...}) missing from font(s)" fails the test
        fig = new_figure()
        draw_grade_distribution(fig, {"excellent": 2, "good": 6, "pass": 1, "fail": 0}, ZH_GRADES,
                                allowed={"excellent": 1}, limits={"excellent": 20.0, "fail": None})
        path = save_png(fig, str(tmp_path / "等级分布.png"))
        fig = new_figure()
        draw_score_trend(fig, TREND, ZH_TREND)
        png = _render(fig)
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and (tmp_path / "等级分布.png").stat().st_size > 10_000
    assert path.endswith(".png")


def test_the_glyph_check_would_catch_a_missing_glyph():
    fig = new_figure()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with pytest.raises(UserWarning, match="missing from font"):
            draw_score_trend(fig, TREND, TrendChartLabels(title="\U000f0000"))  # private use: no font has it
            _render(fig)
