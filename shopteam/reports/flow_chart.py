"""The board's flow drawn with matplotlib (no Qt): cumulative flow (a stacked area per column, the done
column at the bottom) and throughput per week. Labels come in already translated."""

from __future__ import annotations

from dataclasses import dataclass

from shopteam.reports.fonts import configure_matplotlib
from shopteam.services.boards.flow import CumulativeFlow, FlowSummary

PALETTE = ("#43a047", "#1e88e5", "#fb8c00", "#8e24aa", "#00acc1", "#e53935", "#6d4c41", "#3949ab", "#c0ca33")


@dataclass(frozen=True)
class FlowLabels:
    cfd_title: str
    cards: str
    throughput_title: str
    week: str


def draw_flow(figure, cfd: CumulativeFlow, summary: FlowSummary, labels: FlowLabels) -> None:
    """Draw both charts on ``figure`` (a matplotlib Figure), replacing what was there."""
    configure_matplotlib()
    figure.clear()
    top, bottom = figure.subplots(2, 1, gridspec_kw={"height_ratios": [3, 2]})
    order = list(reversed(cfd.columns))  # the done column at the bottom of the stack
    if cfd.days and order:
        top.stackplot(cfd.days, [cfd.counts[cid] for cid, _ in order], labels=[name for _, name in order],
                      colors=[PALETTE[i % len(PALETTE)] for i in range(len(order))], alpha=0.85)
        handles, names = top.get_legend_handles_labels()
        top.legend(handles[::-1], names[::-1], loc="upper left", fontsize=8, frameon=False)
    top.set_title(labels.cfd_title)
    top.set_ylabel(labels.cards)
    top.grid(axis="y", alpha=0.3)
    figure.autofmt_xdate()
    weeks = [w for w, _ in summary.throughput_per_week]
    counts = [n for _, n in summary.throughput_per_week]
    bottom.bar([w.strftime("%m-%d") for w in weeks], counts, color="#1e88e5")
    bottom.set_title(labels.throughput_title)
    bottom.set_xlabel(labels.week)
    bottom.set_ylabel(labels.cards)
    bottom.tick_params(axis="x", labelsize=8, rotation=45)
    bottom.grid(axis="y", alpha=0.3)
    figure.tight_layout()
