"""The cards of one board column (or one swimlane cell of it) as a list model with drag and drop.

Dragging puts the card's id and column in MIME_TYPE; a drop calls ``on_drop(card_id, column_id, row)``
(the page saves the move with ``cards.move_card`` and reloads). The model never moves rows itself, so a
refused move leaves the board as the database has it.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QAbstractListModel, QByteArray, QMimeData, QModelIndex, QPersistentModelIndex, Qt

from shopteam.domain import clock
from shopteam.services.boards.board import CardSummary

_Index = QModelIndex | QPersistentModelIndex
MIME_TYPE = "application/x-shopteam-card"
CardRole = Qt.ItemDataRole.UserRole + 1
DueRole = Qt.ItemDataRole.UserRole + 2
DUE_SOON_DAYS = 2


def due_state(card: CardSummary, today: date | None = None) -> str:
    """'overdue', 'soon' (due within DUE_SOON_DAYS days) or '' — done cards are never late."""
    if card.done or card.due_date is None:
        return ""
    today = today or clock.today()
    if card.due_date < today:
        return "overdue"
    if card.due_date <= today + timedelta(days=DUE_SOON_DAYS):
        return "soon"
    return ""


class CardListModel(QAbstractListModel):
    def __init__(self, column_id: int, parent=None) -> None:
        super().__init__(parent)
        self.column_id = column_id
        self._cards: list[CardSummary] = []
        self.on_drop: Callable[[int, int, int, CardListModel], bool] | None = None
        self.can_drag: Callable[[CardSummary], bool] = lambda card: True
        self.today = clock.today()

    def set_cards(self, cards: list[CardSummary]) -> None:
        self.beginResetModel()
        self._cards = list(cards)
        self.endResetModel()

    def cards(self) -> list[CardSummary]:
        return list(self._cards)

    def card_at(self, row: int) -> CardSummary:
        return self._cards[row]

    def row_of(self, card_id: int) -> int | None:
        return next((i for i, c in enumerate(self._cards) if c.id == card_id), None)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._cards)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._cards):
            return None
        card = self._cards[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return card.title
        if role == CardRole:
            return card
        if role == DueRole:
            return due_state(card, self.today)
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [card.title]
            if card.assignees:
                lines.append("、".join(card.assignees))
            if card.due_date:
                lines.append(self.tr("Due %1").replace("%1", card.due_date.isoformat()))
            return "\n".join(lines)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.can_drag(self._cards[index.row()]):
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        return flags

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes) -> QMimeData:
        ids = sorted({self._cards[i.row()].id for i in indexes if i.isValid()})
        mime = QMimeData()
        mime.setData(MIME_TYPE, QByteArray(json.dumps({"cards": ids, "column": self.column_id}).encode()))
        return mime

    def canDropMimeData(self, data: QMimeData, action, row, column, parent) -> bool:
        return data.hasFormat(MIME_TYPE) and action in (Qt.DropAction.MoveAction, Qt.DropAction.CopyAction)

    def dropMimeData(self, data: QMimeData, action, row: int, column: int, parent: _Index) -> bool:
        """Save the move; returns False so the view removes nothing (the page reloads the board)."""
        if not self.canDropMimeData(data, action, row, column, parent) or self.on_drop is None:
            return False
        try:
            payload = json.loads(bytes(data.data(MIME_TYPE)).decode())
        except ValueError:
            return False
        if row < 0:
            row = parent.row() if parent.isValid() else len(self._cards)
        for offset, card_id in enumerate(payload.get("cards", [])):
            self.on_drop(card_id, self.column_id, row + offset, self)
        return False
