"""A month chooser: ◀ yyyy-MM ▶, as the attendance and payout screens use it."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QToolButton, QWidget


class MonthPicker(QWidget):
    """Emits ``changed(year, month)`` whenever the month changes (typed, stepped or set)."""

    changed = Signal(int, int)

    def __init__(self, year: int, month: int, object_name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prev_button = QToolButton()
        self.prev_button.setArrowType(Qt.ArrowType.LeftArrow)
        self.prev_button.setToolTip(self.tr("Previous month"))
        self.prev_button.clicked.connect(lambda: self.step(-1))
        self.edit = QDateEdit(QDate(year, month, 1))
        if object_name:
            self.edit.setObjectName(object_name)
        self.edit.setDisplayFormat("yyyy-MM")
        self.edit.setCurrentSection(QDateEdit.Section.MonthSection)
        self.edit.dateChanged.connect(lambda d: self.changed.emit(d.year(), d.month()))
        self.next_button = QToolButton()
        self.next_button.setArrowType(Qt.ArrowType.RightArrow)
        self.next_button.setToolTip(self.tr("Next month"))
        self.next_button.clicked.connect(lambda: self.step(1))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.prev_button)
        layout.addWidget(self.edit)
        layout.addWidget(self.next_button)

    def month(self) -> tuple[int, int]:
        d = self.edit.date()
        return d.year(), d.month()

    def set_month(self, year: int, month: int) -> None:
        self.edit.setDate(QDate(year, month, 1))

    def step(self, delta: int) -> None:
        self.edit.setDate(self.edit.date().addMonths(delta))
