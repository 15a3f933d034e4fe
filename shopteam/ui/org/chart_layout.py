"""Where the boxes of the org chart go. Pure geometry, no Qt, so it is tested on its own.

Managers sit above their reports. A manager whose reports have no reports of their own gets them as a
vertical list under the box (indented, ten to a list), which keeps a team of 15 customer-service agents narrow; deeper
teams are laid out side by side. Roots without any reports are stacked in columns at the end.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

BOX_W = 176.0
BOX_H = 58.0
H_GAP = 28.0
V_GAP = 40.0
STACK_GAP = 12.0
INDENT = 24.0
LONERS_PER_COLUMN = 8
STACK_MAX = 10  # reports per list before a second list starts beside it


@dataclass
class Box:
    node: Any
    x: float
    y: float


@dataclass
class Layout:
    boxes: list[Box] = field(default_factory=list)
    lines: list[tuple[float, float, float, float]] = field(default_factory=list)
    width: float = 0.0
    height: float = 0.0


def _kids(node) -> list:
    return list(getattr(node, "children", []))


@dataclass
class _Sub:
    """A laid-out subtree at origin (0, 0): its own boxes/lines, width and height."""

    boxes: list[Box]
    lines: list[tuple[float, float, float, float]]
    width: float
    height: float
    anchor: float  # x of the top box's centre


def _shift(sub: _Sub, dx: float, dy: float) -> tuple[list[Box], list[tuple[float, float, float, float]]]:
    return ([Box(b.node, b.x + dx, b.y + dy) for b in sub.boxes],
            [(x1 + dx, y1 + dy, x2 + dx, y2 + dy) for x1, y1, x2, y2 in sub.lines])


def _layout(node) -> _Sub:
    kids = _kids(node)
    if not kids:
        return _Sub([Box(node, 0, 0)], [], BOX_W, BOX_H, BOX_W / 2)
    if all(not _kids(k) for k in kids):  # a team of individual contributors: vertical lists
        boxes, lines = [Box(node, 0, 0)], []
        per = -(-len(kids) // -(-len(kids) // STACK_MAX))  # balanced lists of at most STACK_MAX
        columns = [kids[i:i + per] for i in range(0, len(kids), per)]
        bar_y = BOX_H + STACK_GAP / 2
        height = BOX_H
        for c, column in enumerate(columns):
            left = INDENT + c * (INDENT + BOX_W + H_GAP / 2)
            spine_x = left - INDENT / 2
            y = BOX_H + STACK_GAP
            for kid in column:
                boxes.append(Box(kid, left, y))
                lines.append((spine_x, y + BOX_H / 2, left, y + BOX_H / 2))
                y += BOX_H + STACK_GAP
            lines.append((spine_x, BOX_H if c == 0 else bar_y, spine_x, y - STACK_GAP - BOX_H / 2))
            height = max(height, y - STACK_GAP)
        if len(columns) > 1:
            lines.append((INDENT / 2, bar_y, INDENT / 2 + (len(columns) - 1) * (INDENT + BOX_W + H_GAP / 2), bar_y))
        width = INDENT + len(columns) * (INDENT + BOX_W + H_GAP / 2) - INDENT - H_GAP / 2
        return _Sub(boxes, lines, max(width, BOX_W), height, BOX_W / 2)
    subs = [_layout(k) for k in kids]
    boxes, lines = [], []
    x, top = 0.0, BOX_H + V_GAP
    anchors = []
    for sub in subs:
        b, ln = _shift(sub, x, top)
        boxes += b
        lines += ln
        anchors.append(x + sub.anchor)
        x += sub.width + H_GAP
    width = x - H_GAP
    centre = (anchors[0] + anchors[-1]) / 2
    left = max(0.0, centre - BOX_W / 2)
    width = max(width, left + BOX_W)
    mid_y = BOX_H + V_GAP / 2
    lines.append((left + BOX_W / 2, BOX_H, left + BOX_W / 2, mid_y))
    lines.append((min(anchors[0], left + BOX_W / 2), mid_y, max(anchors[-1], left + BOX_W / 2), mid_y))
    lines += [(a, mid_y, a, top) for a in anchors]
    height = top + max(s.height for s in subs)
    return _Sub([Box(node, left, 0), *boxes], lines, width, height, left + BOX_W / 2)


def layout_chart(roots: list) -> Layout:
    """Place every node of the forest; coordinates start at (0, 0) and grow right and down."""
    result = Layout()
    x = 0.0
    teams = [r for r in roots if _kids(r)]
    loners = [r for r in roots if not _kids(r)]
    for root in teams:
        sub = _layout(root)
        b, ln = _shift(sub, x, 0)
        result.boxes += b
        result.lines += ln
        result.height = max(result.height, sub.height)
        x += sub.width + H_GAP * 2
    for start in range(0, len(loners), LONERS_PER_COLUMN):
        column = loners[start:start + LONERS_PER_COLUMN]
        for i, node in enumerate(column):
            result.boxes.append(Box(node, x, i * (BOX_H + STACK_GAP)))
        result.height = max(result.height, len(column) * (BOX_H + STACK_GAP) - STACK_GAP)
        x += BOX_W + H_GAP
    result.width = max(0.0, x - (H_GAP if loners else H_GAP * 2)) if roots else 0.0
    return result
