"""How a card looks on the board: a rounded tile with a priority stripe, the title on up to two lines,
then who, the due date, the checklist and the comments. Overdue cards are red, due-soon cards amber."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from shopteam.ui.boards.card_model import CardRole, DueRole

CARD_HEIGHT = 70
PRIORITY_COLOURS = {0: "#b0bec5", 1: "#64b5f6", 2: "#ffb300", 3: "#e53935"}
FILL = {"overdue": "#ffebee", "soon": "#fff8e1", "": "#ffffff"}
BORDER = {"overdue": "#e53935", "soon": "#ffb300", "": "#d0d7de"}


class CardDelegate(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        return QSize(max(option.rect.width(), 180), CARD_HEIGHT)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        card = index.data(CardRole)
        if card is None:
            return
        state = index.data(DueRole) or ""
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(option.rect.adjusted(4, 3, -4, -3))
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setPen(QPen(QColor("#1565c0" if selected else BORDER[state]), 2 if selected or state else 1))
        painter.setBrush(QColor("#e3f2fd" if selected and not state else FILL[state]))
        painter.drawRoundedRect(rect, 5, 5)
        stripe = QRectF(rect.left() + 1, rect.top() + 4, 4, rect.height() - 8)
        painter.fillRect(stripe, QColor(PRIORITY_COLOURS.get(card.priority, "#64b5f6")))

        text_rect = rect.adjusted(12, 5, -8, -5).toRect()
        title_font = QFont(option.font)
        title_font.setBold(card.priority >= 2)
        painter.setFont(title_font)
        painter.setPen(QColor("#9e9e9e" if card.done else "#212121"))
        metrics = QFontMetrics(title_font)
        title_rect = QRect(text_rect.left(), text_rect.top(), text_rect.width(), metrics.height() * 2)
        title = metrics.elidedText(card.title, Qt.TextElideMode.ElideRight, text_rect.width() * 2 - 20)
        painter.drawText(title_rect, int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignTop), title)

        small = QFont(option.font)
        small.setPointSizeF(max(7.0, option.font.pointSizeF() * 0.85))
        painter.setFont(small)
        parts = []
        if card.assignees:
            parts.append("、".join(card.assignees[:3]) + ("…" if len(card.assignees) > 3 else ""))
        if card.checklist_total:
            parts.append(f"☑ {card.checklist_done}/{card.checklist_total}")
        if card.comments:
            parts.append(f"✉ {card.comments}")
        if card.tags:
            parts.append("#" + " #".join(card.tags[:2]))
        info_rect = QRect(text_rect.left(), text_rect.bottom() - QFontMetrics(small).height(), text_rect.width(),
                          QFontMetrics(small).height())
        due = card.due_date.strftime("%m-%d") if card.due_date else ""
        if due:
            painter.setPen(QColor({"overdue": "#c62828", "soon": "#e65100"}.get(state, "#616161")))
            painter.drawText(info_rect, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), due)
            info_rect.setRight(info_rect.right() - QFontMetrics(small).horizontalAdvance(due) - 8)
        painter.setPen(QColor("#616161"))
        painter.drawText(info_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                         QFontMetrics(small).elidedText("  ·  ".join(parts), Qt.TextElideMode.ElideRight,
                                                        info_rect.width()))
        painter.restore()
