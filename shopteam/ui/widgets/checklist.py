"""One person's checklist whose items are ticked off — the leaving handover (离职交接) and the onboarding
checklist (入职清单) alike: a line of progress, the items with a tick box (each tick saved at once and audited by
the service), the day and who ticked after a ticked item, a line to add one more, the error in red."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from shopteam.domain.errors import ShopTeamError
from shopteam.ui.context import AppContext
from shopteam.ui.messages import ERROR_STYLE, describe


class ChecklistRow(Protocol):
    id: int
    text: str
    done: bool
    done_on: Any
    done_by: str


def item_text(row: ChecklistRow) -> str:
    """The item, and after a ticked one when and by whom."""
    if not row.done:
        return row.text
    return QCoreApplication.translate("ChecklistDialog", "%1 (done %2, %3)").replace("%1", row.text).replace(
        "%2", row.done_on.isoformat() if row.done_on else "").replace("%3", row.done_by)


def progress_line(done: int, total: int) -> str:
    return QCoreApplication.translate("ChecklistDialog", "%1 of %2 items done").replace("%1", str(done)).replace("%2", str(total))


class ChecklistDialog(QDialog):
    """The checklist of one person. A subclass says how to read, tick and add (``rows``, ``tick``, ``add``);
    ``editable`` False shows the ticks without letting them change (staff looking at their own). ``group`` names
    the heading an item goes under (onboarding: its category), None for a plain list."""

    group: Callable[[Any], str] | None = None

    def __init__(self, ctx: AppContext, title: str, prefix: str, editable: bool,
                 parent: QWidget | None = None, extra: Sequence[QWidget] = ()) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.editable = editable
        self.setWindowTitle(title)
        self.items = QListWidget()
        self.items.setObjectName(f"{prefix}_items")
        self.new_item = QLineEdit()
        self.new_item.setObjectName(f"{prefix}_new")
        self.new_item.setPlaceholderText(QCoreApplication.translate("ChecklistDialog", "Another item, then Enter"))
        self.new_item.returnPressed.connect(self.add_item)
        self.summary = QLabel()
        self.summary.setObjectName(f"{prefix}_summary")
        self.error = QLabel()
        self.error.setObjectName(f"{prefix}_error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.adding = QWidget()
        adding = QHBoxLayout(self.adding)
        adding.setContentsMargins(0, 0, 0, 0)
        for widget in extra:
            adding.addWidget(widget)
        adding.addWidget(self.new_item, 1)
        self.adding.setVisible(editable)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.items, 1)
        layout.addWidget(self.adding)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self.rows_shown: list[Any] = []

    # what a subclass says
    def rows(self, session) -> list[Any]:
        raise NotImplementedError

    def tick(self, session, item_id: int, done: bool) -> None:
        raise NotImplementedError

    def add(self, session, text: str) -> None:
        raise NotImplementedError

    def start(self) -> None:
        """Fill the list (call at the end of the subclass's __init__)."""
        self.load()
        self.items.itemChanged.connect(self._ticked)

    def load(self) -> None:
        with self.ctx.factory() as session:
            rows = self.rows(session)
        self.rows_shown = rows
        self.items.blockSignals(True)
        self.items.clear()
        heading = None
        for r in rows:
            if self.group is not None and self.group(r) != heading:
                heading = self.group(r)
                head = QListWidgetItem(heading)
                font = QFont(head.font())
                font.setBold(True)
                head.setFont(font)
                head.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.items.addItem(head)
            item = QListWidgetItem(item_text(r))
            item.setData(Qt.ItemDataRole.UserRole, r.id)
            flags = item.flags() | Qt.ItemFlag.ItemIsUserCheckable
            if not self.editable:
                flags &= ~Qt.ItemFlag.ItemIsUserCheckable
            item.setFlags(flags)
            item.setCheckState(Qt.CheckState.Checked if r.done else Qt.CheckState.Unchecked)
            self.items.addItem(item)
        self.items.setCurrentRow(-1)  # no item marked current: a heading would look chosen
        self.items.blockSignals(False)
        self.summary.setText(progress_line(sum(1 for r in rows if r.done), len(rows)))

    def item_for(self, item_id: int) -> QListWidgetItem | None:
        for i in range(self.items.count()):
            if self.items.item(i).data(Qt.ItemDataRole.UserRole) == item_id:
                return self.items.item(i)
        return None

    def _run(self, work) -> None:
        try:
            with self.ctx.factory.begin() as session:
                work(session)
        except ShopTeamError as err:
            self.error.setText(describe(err))
            self.error.show()
        else:
            self.error.hide()
        self.load()

    def _ticked(self, item: QListWidgetItem) -> None:
        item_id = item.data(Qt.ItemDataRole.UserRole)
        if item_id is None:  # a heading
            return
        done = item.checkState() == Qt.CheckState.Checked
        self._run(lambda s: self.tick(s, item_id, done))

    def add_item(self) -> None:
        text = self.new_item.text()
        self._run(lambda s: self.add(s, text))
        if self.error.isHidden():
            self.new_item.clear()
