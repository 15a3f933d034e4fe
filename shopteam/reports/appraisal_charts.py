"""The appraisal charts drawn with matplotlib (no Qt): a cycle's grade distribution against the forced
limits (a bar per grade) and one person's monthly score trend (a line with gaps for months without an
appraisal). The UI embeds the figures; ``save_png`` writes them for a report or a chat message.

Labels come in already translated (the defaults are the Chinese ones, for the command line)."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from shopteam.reports.fonts import configure_matplotlib

GRADE_ORDER = ("excellent", "good", "pass", "fail")
GRADE_COLOURS = {"excellent": "#43a047", "good": "#1e88e5", "pass": "#fb8c00", "fail": "#757575"}
OVER_COLOUR = "#d32f2f"
LIMIT_COLOUR = "#263238"
LINE_COLOUR = "#1e88e5"


@dataclass(frozen=True)
class GradeChartLabels:
    title: str = "等级分布"
    people: str = "人数"
    grades: Mapping[str, str] = field(default_factory=lambda: {
        "excellent": "优秀", "good": "良好", "pass": "合格", "fail": "不合格"})
    limit: str = "上限 %1 人（%2%）"  # %1 allowed people, %2 the limit in percent
    over: str = "超出强制分布"


@dataclass(frozen=True)
class TrendChartLabels:
    title: str = "得分趋势"
    score: str = "得分"
    month: str = "月份"
    empty: str = "这段时间没有考核"


def new_figure(width: float = 7.0, height: float = 4.2, dpi: int = 100):
    """A matplotlib Figure without pyplot (no global state, no GUI backend)."""
    from matplotlib.figure import Figure

    return Figure(figsize=(width, height), dpi=dpi)


def save_png(figure, path: str, dpi: int = 150) -> str:
    figure.savefig(path, dpi=dpi, format="png")
    return path


def _percent(value: float | Decimal) -> str:
    return f"{float(value):g}"


def draw_grade_distribution(figure, counts: Mapping[str, int], labels: GradeChartLabels | None = None,
                            allowed: Mapping[str, int] | None = None,
                            limits: Mapping[str, float | None] | None = None):
    """One bar per grade (excellent, good, pass, fail) with its head count; a grade with a forced limit
    gets a dashed line at the people it allows, and its bar turns red when more people have it.
    Returns the Axes (its first container holds the bars, in grade order)."""
    configure_matplotlib()
    from matplotlib.ticker import MaxNLocator

    labels = labels or GradeChartLabels()
    allowed, limits = allowed or {}, limits or {}
    figure.clear()
    ax = figure.add_subplot(1, 1, 1)
    heights = [int(counts.get(g, 0)) for g in GRADE_ORDER]
    over = [g in allowed and heights[i] > allowed[g] for i, g in enumerate(GRADE_ORDER)]
    colours = [OVER_COLOUR if over[i] else GRADE_COLOURS[g] for i, g in enumerate(GRADE_ORDER)]
    bars = ax.bar(range(len(GRADE_ORDER)), heights, color=colours, width=0.6)
    ax.set_xticks(range(len(GRADE_ORDER)), [labels.grades.get(g, g) for g in GRADE_ORDER])
    ax.bar_label(bars, labels=[str(h) for h in heights], padding=2, fontsize=10)
    top = max([*heights, *(allowed.get(g, 0) for g in GRADE_ORDER), 1])
    for i, g in enumerate(GRADE_ORDER):
        if g not in allowed or limits.get(g) is None:
            continue
        ax.hlines(allowed[g], i - 0.42, i + 0.42, colors=LIMIT_COLOUR, linestyles="dashed", linewidth=1.6)
        text = labels.limit.replace("%1", str(allowed[g])).replace("%2", _percent(limits[g]))
        if over[i]:
            text += "\n" + labels.over
        ax.annotate(text, (i, max(allowed[g], heights[i])), xytext=(0, 14 if over[i] else 16),
                    textcoords="offset points", ha="center", va="bottom", fontsize=8, color=OVER_COLOUR)
    ax.set_ylim(0, top * 1.35 + 0.5)
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_ylabel(labels.people)
    ax.set_title(labels.title)
    ax.grid(axis="y", alpha=0.3)
    ax.spines[["top", "right"]].set_visible(False)
    figure.tight_layout()
    return ax


def draw_score_trend(figure, trend: Sequence[tuple[str, Decimal | None]], labels: TrendChartLabels | None = None):
    """The monthly scores as a line over the months (``trend``: ('YYYY-MM', score or None), oldest first);
    a month without an appraisal leaves a gap. Returns the Axes (its first line holds the scores)."""
    configure_matplotlib()
    labels = labels or TrendChartLabels()
    figure.clear()
    ax = figure.add_subplot(1, 1, 1)
    months = [m for m, _ in trend]
    ys = [math.nan if v is None else float(v) for _, v in trend]
    xs = list(range(len(months)))
    ax.plot(xs, ys, marker="o", color=LINE_COLOUR, linewidth=2)
    for x, y in zip(xs, ys, strict=True):
        if not math.isnan(y):
            ax.annotate(f"{y:.2f}", (x, y), xytext=(0, 8), textcoords="offset points", ha="center", fontsize=8,
                        bbox={"boxstyle": "round,pad=0.15", "facecolor": "white", "edgecolor": "none", "alpha": 0.85})
    known = [y for y in ys if not math.isnan(y)]
    ax.set_ylim(0, max([100.0, *known]) + 8)
    ax.set_xlim(-0.5, max(len(months) - 0.5, 0.5))
    ax.set_xticks(xs, months, rotation=45, ha="right", fontsize=8)
    if not known:
        ax.text(0.5, 0.5, labels.empty, transform=ax.transAxes, ha="center", va="center", color="#757575")
    ax.set_ylabel(labels.score)
    ax.set_xlabel(labels.month)
    ax.set_title(labels.title)
    ax.grid(axis="y", alpha=0.3)
    ax.spines[["top", "right"]].set_visible(False)
    figure.tight_layout()
    return ax
