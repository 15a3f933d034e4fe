"""The kanban grid: a header per column (red with a warning when the WIP limit is exceeded) and, per
swimlane, one card list per column. Lists accept drops from each other; Ctrl+arrows move the current
card (left/right: to the end of the previous/next column; up/down: one place within the column)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QLabel,
    QListView,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from shopteam.services.boards.board import BoardView, CardSummary, ColumnInfo
from shopteam.ui.boards.card_model import CardListModel
from shopteam.ui.boards.delegate import CARD_HEIGHT, CardDelegate

COLUMN_WIDTH = 250
MIN_WIDTH, MAX_WIDTH = 180, 320
HEADER_OK = "QFrame#column_header { background: #eceff1; border-radius: 4px; }"
HEADER_OVER = "QFrame#column_header { background: #ffcdd2; border: 1px solid #e53935; border-radius: 4px; }"


class CardListView(QListView):
    key_move = Signal(int, int, int)  # card id, columns (-1/+1), places (-1/+1)
    open_card = Signal(int)

    def __init__(self, model: CardListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setItemDelegate(CardDelegate(self))
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFixedWidth(COLUMN_WIDTH)
        self.setStyleSheet("QListView { background: #f5f7f9; border: none; }")
        self.doubleClicked.connect(lambda index: self.open_card.emit(model.card_at(index.row()).id))

    def card_model(self) -> CardListModel:
        return self.model()

    def current_card(self) -> CardSummary | None:
        index = self.currentIndex()
        return self.card_model().card_at(index.row()) if index.isValid() else None

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        card = self.current_card()
        if card is not None and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            step = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0), Qt.Key.Key_Up: (0, -1),
                    Qt.Key.Key_Down: (0, 1)}.get(Qt.Key(event.key()))
            if step is not None:
                self.key_move.emit(card.id, *step)
                event.accept()
                return
        if card is not None and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.open_card.emit(card.id)
            event.accept()
            return
        super().keyPressEvent(event)


class ColumnHeader(QFrame):
    def __init__(self, column: ColumnInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("column_header")
        self.column = column
        self.setFixedWidth(COLUMN_WIDTH)
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: bold; font-size: 14px;")
        self.warning = QLabel()
        self.warning.setObjectName("wip_warning")
        self.warning.setStyleSheet("color: #b71c1c;")
        self.warning.setWordWrap(True)
        self.warning.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.title)
        layout.addWidget(self.warning)
        self.set_count(0)

    @property
    def over_limit(self) -> bool:
        return not self.warning.isHidden()

    def set_count(self, count: int) -> None:
        column = self.column
        limit = f" / {column.wip_limit}" if column.wip_limit else ""
        done = " ✓" if column.is_done else ""
        self.title.setText(f"{column.name}{done}  ({count}{limit})")
        over = column.wip_limit is not None and count > column.wip_limit
        self.warning.setVisible(over)
        if over:
            self.warning.setText(self.tr("Over the WIP limit: %1 cards, limit %2")
                                 .replace("%1", str(count)).replace("%2", str(column.wip_limit)))
        self.setStyleSheet(HEADER_OVER if over else HEADER_OK)


def lanes_of(view: BoardView, mode: str, unassigned: str, no_department: str) -> list[tuple[object, str]]:
    """(lane key, label) in order; the key a card belongs to is ``lane_key(card, mode)``."""
    if mode == "person":
        names: dict[int, str] = {}
        for card in view.cards:
            if card.assignee_ids:
                names.setdefault(card.assignee_ids[0], card.assignees[0])
        lanes = sorted(names.items(), key=lambda item: item[1])
        return [*lanes, (None, unassigned)]
    if mode == "department":
        deps = sorted({c.department_ids[0] for c in view.cards if c.department_ids},
                      key=lambda d: view.departments.get(d, ""))
        return [*((d, view.departments.get(d, "")) for d in deps), (None, no_department)]
    return [(None, "")]


def lane_key(card: CardSummary, mode: str):
    if mode == "person":
        return card.assignee_ids[0] if card.assignee_ids else None
    if mode == "department":
        return card.department_ids[0] if card.department_ids else None
    return None


class KanbanView(QWidget):
    """Builds headers and card lists for a BoardView; ``models`` maps (lane, column id) to the model."""

    dropped = Signal(int, int, int, object)  # card id, column id, row, model
    key_move = Signal(int, int, int)
    open_card = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setHorizontalSpacing(10)
        self.grid.setVerticalSpacing(6)
        self.grid.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.headers: dict[int, ColumnHeader] = {}
        self.models: dict[tuple[object, int], CardListModel] = {}
        self.views: dict[tuple[object, int], CardListView] = {}
        self._shape: tuple | None = None
        self.column_width = COLUMN_WIDTH
        self.can_drag = lambda card: True

    def _clear(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()
        for row in range(self.grid.rowCount()):
            self.grid.setRowStretch(row, 0)
        self.headers.clear()
        self.models.clear()
        self.views.clear()

    def show_board(self, view: BoardView, mode: str) -> None:
        lanes = lanes_of(view, mode, self.tr("Unassigned"), self.tr("No department"))
        shape = (tuple(view.columns), tuple(lanes), mode)
        if shape != self._shape:
            self._build(view, lanes, mode)
            self._shape = shape
        cells: dict[tuple[object, int], list[CardSummary]] = {key: [] for key in self.models}
        counts = {c.id: 0 for c in view.columns}
        for card in view.cards:
            cells.setdefault((lane_key(card, mode), card.column_id), []).append(card)
            counts[card.column_id] = counts.get(card.column_id, 0) + 1
        for key, model in self.models.items():
            model.set_cards(cells.get(key, []))
        for column_id, header in self.headers.items():
            header.set_count(counts.get(column_id, 0))
        if mode != "none":
            for key, list_view in self.views.items():
                rows = max(1, len(cells.get(key, [])))
                list_view.setFixedHeight(rows * CARD_HEIGHT + 8)

    def _build(self, view: BoardView, lanes: list[tuple[object, str]], mode: str) -> None:
        self._clear()
        for col, column in enumerate(view.columns):
            header = ColumnHeader(column, self)
            self.headers[column.id] = header
            self.grid.addWidget(header, 0, col)
        row = 1
        for lane, label in lanes:
            if mode != "none":
                title = QLabel(label)
                title.setStyleSheet("font-weight: bold; color: #37474f; padding-top: 6px;"
                                    "border-bottom: 1px solid #cfd8dc;")
                self.grid.addWidget(title, row, 0, 1, max(1, len(view.columns)))
                row += 1
            for col, column in enumerate(view.columns):
                model = CardListModel(column.id, self)
                model.can_drag = self.can_drag
                model.on_drop = lambda card_id, column_id, r, m: self.dropped.emit(card_id, column_id, r, m)
                list_view = CardListView(model, self)
                list_view.setObjectName(f"cards_{column.id}_{lane}")
                list_view.key_move.connect(self.key_move)
                list_view.open_card.connect(self.open_card)
                if mode == "none":
                    list_view.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
                    list_view.setMinimumHeight(CARD_HEIGHT * 2)
                self.models[(lane, column.id)] = model
                self.views[(lane, column.id)] = list_view
                if mode == "none":
                    self.grid.addWidget(list_view, row, col)
                else:
                    self.grid.addWidget(list_view, row, col, Qt.AlignmentFlag.AlignTop)
            if mode == "none":
                self.grid.setRowStretch(row, 1)
            row += 1
        if mode != "none":
            self.grid.setRowStretch(row, 1)  # lanes keep their height; the space left goes below them
        self.set_column_width(self.column_width)

    def set_column_width(self, width: int) -> None:
        """Columns share the width they are given (within MIN_WIDTH…MAX_WIDTH)."""
        self.column_width = max(MIN_WIDTH, min(MAX_WIDTH, width))
        for header in self.headers.values():
            header.setFixedWidth(self.column_width)
        for view in self.views.values():
            view.setFixedWidth(self.column_width)

    def fit_width(self, available: int) -> None:
        count = max(1, len(self.headers))
        spacing = self.grid.horizontalSpacing() * (count - 1) + 56  # margins and a vertical scroll bar
        self.set_column_width((available - spacing) // count)

    def select_card(self, card_id: int) -> bool:
        for key, model in self.models.items():
            row = model.row_of(card_id)
            if row is not None:
                view = self.views[key]
                view.setCurrentIndex(model.index(row, 0))
                view.setFocus()
                view.scrollTo(model.index(row, 0))
                return True
        return False

    def current_card(self) -> CardSummary | None:
        for view in self.views.values():
            if view.hasFocus() and view.current_card() is not None:
                return view.current_card()
        for view in self.views.values():
            if view.selectionModel().hasSelection():
                return view.current_card()
        return None

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(len(self.headers) * (self.column_width + 10), 400)
