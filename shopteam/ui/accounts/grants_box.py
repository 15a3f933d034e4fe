"""A group of check boxes, one per permission, with translated labels."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QGridLayout, QGroupBox, QWidget

from shopteam.services.permissions import ALL_PERMISSIONS
from shopteam.ui.accounts.labels import permission_text


class GrantsBox(QGroupBox):
    def __init__(self, granted: tuple[str, ...] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Individual permissions"))
        layout = QGridLayout(self)
        self.boxes: dict[str, QCheckBox] = {}
        for index, permission in enumerate(ALL_PERMISSIONS):
            box = QCheckBox(permission_text(permission), self)
            box.setObjectName(f"grant_{permission}")
            box.setChecked(permission in granted)
            self.boxes[permission] = box
            layout.addWidget(box, index // 2, index % 2)

    def granted(self) -> tuple[str, ...]:
        return tuple(p for p, box in self.boxes.items() if box.isChecked())

    def set_granted(self, granted: tuple[str, ...]) -> None:
        for permission, box in self.boxes.items():
            box.setChecked(permission in granted)
