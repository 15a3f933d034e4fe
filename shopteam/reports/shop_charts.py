"""The shop's charts drawn with matplotlib (no Qt), from the figures of services/dashboard/charts:
headcount by department over 12 months (stacked bars, the total above each month), overtime hours of a
month by kind (stacked bars: workday, rest day, holiday) and the payout cost against sales (two bars a
month, the cost's share of sales as a line on the right axis). Figures and PNG files as in
reports/appraisal_charts (``new_figure``, ``save_png``).

Labels come in already translated (the defaults are the Chinese ones, for the command line)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from shopteam.reports.fonts import configure_matplotlib
from shopteam.services.dashboard.charts import OVERTIME_KINDS, CostSalesSeries, HeadcountSeries

PALETTE = ("#1e88e5", "#43a047", "#fb8c00", "#8e24aa", "#00acc1", "#e53935", "#6d4c41", "#3949ab", "#c0ca33",
           "#757575")
KIND_COLOURS = {"workday": "#1e88e5", "restday": "#fb8c00", "holiday": "#e53935"}
SALES_COLOUR = "#90caf9"
COST_COLOUR = "#e65100"
RATIO_COLOUR = "#263238"


@dataclass(frozen=True)
class HeadcountChartLabels:
    title: str = "各部门人数（月末）"
    people: str = "人数"
    no_department: str = "未分配部门"
    empty: str = "这段时间没有在职人员"


@dataclass(frozen=True)
class OvertimeChartLabels:
    title: str = "加班时长（按类型）"
    hours: str = "小时"
    kinds: Mapping[str, str] = field(default_factory=lambda: {
        "workday": "工作日加班", "restday": "休息日加班", "holiday": "节假日加班"})
    empty: str = "这段时间没有已批准的加班"


@dataclass(frozen=True)
class CostSalesChartLabels:
    title: str = "奖金薪酬成本与销售额"
    amount: str = "金额（元）"
    sales: str = "销售额"
    cost: str = "薪酬成本（已审批）"
    ratio: str = "成本占销售额 %"
    empty: str = "这段时间没有销售额和已审批的发放"


def _months_axis(ax, months: Sequence[str]) -> None:
    ax.set_xticks(range(len(months)), [m[2:] for m in months], fontsize=8)  # '26-11: twelve fit at any width
    ax.set_xlim(-0.6, len(months) - 0.4)


def _finish(ax, title: str) -> None:
    ax.set_title(title)
    ax.grid(axis="y", alpha=0.3)
    ax.set_axisbelow(True)
    ax.spines[["top", "right"]].set_visible(False)


def _legend(ax, handles, names) -> None:
    """Under the months, where it never covers a bar (up to six entries a row)."""
    ax.legend(handles, names, loc="upper center", bbox_to_anchor=(0.5, -0.08), fontsize=8, frameon=False,
              ncols=min(6, max(1, len(names))))


def _empty(ax, text: str) -> None:
    ax.text(0.5, 0.5, text, transform=ax.transAxes, ha="center", va="center", color="#757575")


def draw_headcount(figure, series: HeadcountSeries, labels: HeadcountChartLabels | None = None):
    """A stacked bar a month, one colour a department (containers in ``series.departments`` order), the
    month's total above it. Returns the Axes."""
    configure_matplotlib()
    from matplotlib.ticker import MaxNLocator

    labels = labels or HeadcountChartLabels()
    figure.clear()
    ax = figure.add_subplot(1, 1, 1)
    xs = range(len(series.months))
    bottom = [0] * len(series.months)
    for i, department in enumerate(series.departments):
        counts = series.counts[department]
        ax.bar(xs, counts, bottom=bottom, width=0.65, color=PALETTE[i % len(PALETTE)],
               label=department or labels.no_department)
        bottom = [b + c for b, c in zip(bottom, counts, strict=True)]
    totals = series.total()
    for x, total in zip(xs, totals, strict=True):
        if total:
            ax.annotate(str(total), (x, total), xytext=(0, 3), textcoords="offset points", ha="center",
                        va="bottom", fontsize=8)
    if not any(totals):
        _empty(ax, labels.empty)
    ax.set_ylim(0, max([*totals, 1]) * 1.12 + 0.5)
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    _months_axis(ax, series.months)
    ax.set_ylabel(labels.people)
    if series.departments:
        _legend(ax, *ax.get_legend_handles_labels())
    _finish(ax, labels.title)
    figure.tight_layout()
    return ax


def draw_overtime(figure, months: Sequence[str], hours: Mapping[str, Sequence[float]],
                  labels: OvertimeChartLabels | None = None):
    """A stacked bar a month, one colour a kind (containers in OVERTIME_KINDS order: workday, rest day,
    holiday), the month's total hours above it. ``hours``: kind -> hours per month. Returns the Axes."""
    configure_matplotlib()
    labels = labels or OvertimeChartLabels()
    figure.clear()
    ax = figure.add_subplot(1, 1, 1)
    xs = range(len(months))
    bottom = [0.0] * len(months)
    for kind in OVERTIME_KINDS:
        values = [float(v) for v in hours.get(kind, [0.0] * len(months))]
        ax.bar(xs, values, bottom=bottom, width=0.65, color=KIND_COLOURS[kind], label=labels.kinds.get(kind, kind))
        bottom = [b + v for b, v in zip(bottom, values, strict=True)]
    for x, total in zip(xs, bottom, strict=True):
        if total:
            ax.annotate(f"{total:g}", (x, total), xytext=(0, 3), textcoords="offset points", ha="center",
                        va="bottom", fontsize=8)
    if not any(bottom):
        _empty(ax, labels.empty)
    ax.set_ylim(0, max([*bottom, 1.0]) * 1.12)
    _months_axis(ax, months)
    ax.set_ylabel(labels.hours)
    _legend(ax, *ax.get_legend_handles_labels())
    _finish(ax, labels.title)
    figure.tight_layout()
    return ax


def _yuan(value: float, _pos=None) -> str:
    return f"{value:,.0f}"


def draw_cost_sales(figure, series: CostSalesSeries, labels: CostSalesChartLabels | None = None):
    """Two bars a month — sales (containers[0]) and the approved payout cost (containers[1], 0 without an
    approved run) — and the cost's share of sales in percent on a right-hand axis (its line has gaps).
    Returns (the Axes, the right-hand Axes)."""
    configure_matplotlib()
    import math

    from matplotlib.ticker import FuncFormatter

    labels = labels or CostSalesChartLabels()
    figure.clear()
    ax = figure.add_subplot(1, 1, 1)
    xs = list(range(len(series.months)))
    sales = [float(v) for v in series.sales]
    cost = [0.0 if v is None else float(v) for v in series.cost]
    ax.bar([x - 0.2 for x in xs], sales, width=0.38, color=SALES_COLOUR, label=labels.sales)
    ax.bar([x + 0.2 for x in xs], cost, width=0.38, color=COST_COLOUR, label=labels.cost)
    ax.yaxis.set_major_formatter(FuncFormatter(_yuan))
    ax.set_ylim(0, max([*sales, *cost, 1.0]) * 1.12)
    ax.set_ylabel(labels.amount)
    _months_axis(ax, series.months)
    right = ax.twinx()
    ratios = [math.nan if r is None else float(r) for r in series.ratio()]
    right.plot(xs, ratios, color=RATIO_COLOUR, marker="o", linewidth=1.6, label=labels.ratio)
    for x, r in zip(xs, ratios, strict=True):
        if not math.isnan(r):
            right.annotate(f"{r:.1f}%", (x, r), xytext=(0, 8), textcoords="offset points", ha="center",
                           fontsize=8, color=RATIO_COLOUR,
                           bbox={"boxstyle": "round,pad=0.15", "facecolor": "white", "edgecolor": "none",
                                 "alpha": 0.85})
    known = [r for r in ratios if not math.isnan(r)]
    right.set_ylim(0, max([*known, 10.0]) * 1.3)
    right.set_ylabel(labels.ratio)
    right.spines[["top"]].set_visible(False)
    if not any(sales) and not any(cost):
        _empty(ax, labels.empty)
    handles, names = ax.get_legend_handles_labels()
    more, more_names = right.get_legend_handles_labels()
    _legend(ax, handles + more, names + more_names)
    ax.set_title(labels.title)
    ax.grid(axis="y", alpha=0.3)
    ax.set_axisbelow(True)
    ax.spines[["top"]].set_visible(False)
    figure.tight_layout()
    return ax, right

