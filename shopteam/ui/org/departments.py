"""The departments page: the department tree with head and headcount; add, edit, archive."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from shopteam.services import org
from shopteam.services.org.departments import DepartmentRow
from shopteam.ui.context import AppContext
from shopteam.ui.org.common import ErrorLabel, may_edit, read, run_change
from shopteam.ui.org.department_dialog import DepartmentDialog

ID_ROLE = Qt.ItemDataRole.UserRole + 1
NAME, HEAD, HEADCOUNT, TOTAL = range(4)


class DepartmentsPage(QWidget):
    # The tables it shows: a commit that writes one reloads it (main_window).
    shows = frozenset({"department", "employee"})
    changed = Signal()  # something in the organisation changed (other pages may refresh)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._rows: dict[int, DepartmentRow] = {}

        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Department"), self.tr("Head"), self.tr("Staff"),
                                   self.tr("Staff incl. sub-departments")])
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for col in (HEAD, HEADCOUNT, TOTAL):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.tree.itemDoubleClicked.connect(lambda *_: self.edit_department())

        self.add_button = QPushButton(self.tr("&Add…"))
        self.add_sub_button = QPushButton(self.tr("Add &sub-department…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.archive_button = QPushButton(self.tr("A&rchive"))
        self.show_archived = QCheckBox(self.tr("Show archived"))
        self.add_button.clicked.connect(lambda: self.add_department())
        self.add_sub_button.clicked.connect(lambda: self.add_department(sub=True))
        self.edit_button.clicked.connect(self.edit_department)
        self.archive_button.clicked.connect(self.toggle_archive)
        self.show_archived.toggled.connect(lambda _on: self.refresh())
        self.summary = QLabel()
        self.error_label = ErrorLabel()

        buttons = QHBoxLayout()
        for button in (self.add_button, self.add_sub_button, self.edit_button, self.archive_button):
            buttons.addWidget(button)
            button.setVisible(may_edit(ctx))
        buttons.addStretch(1)
        buttons.addWidget(self.show_archived)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.error_label)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.summary)
        self._update_buttons()

    # -- loading --
    def refresh(self) -> None:
        selected = self.selected_id()
        rows = read(self.ctx, lambda s: org.list_departments(s, actor=self.ctx.actor))
        if not self.show_archived.isChecked():
            rows = [r for r in rows if not r.archived]
        self._rows = {r.id: r for r in rows}
        children: dict[int | None, list[DepartmentRow]] = {}
        for row in rows:
            parent = row.parent_id if row.parent_id in self._rows else None
            children.setdefault(parent, []).append(row)

        def total(row_id: int) -> int:
            return self._rows[row_id].headcount + sum(total(c.id) for c in children.get(row_id, []))

        self.tree.clear()
        items: dict[int, QTreeWidgetItem] = {}

        def add(parent_item, parent_id) -> None:
            for row in children.get(parent_id, []):
                item = QTreeWidgetItem([row.name, row.head_name, str(row.headcount), str(total(row.id))])
                item.setData(NAME, ID_ROLE, row.id)
                for col in (HEADCOUNT, TOTAL):
                    item.setTextAlignment(col, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if row.archived:
                    item.setText(NAME, self.tr("%1 (archived)").replace("%1", row.name))
                    for col in range(4):
                        item.setForeground(col, QBrush(QColor("#888888")))
                if parent_item is None:
                    self.tree.addTopLevelItem(item)
                else:
                    parent_item.addChild(item)
                items[row.id] = item
                add(item, row.id)

        add(None, None)
        self.tree.expandAll()
        if selected in items:
            self.tree.setCurrentItem(items[selected])
        active = [r for r in rows if not r.archived]
        self.summary.setText(self.tr("%1 departments, %2 staff").replace("%1", str(len(active)))
                             .replace("%2", str(sum(r.headcount for r in active))))
        self._update_buttons()

    def selected_id(self) -> int | None:
        item = self.tree.currentItem()
        return item.data(NAME, ID_ROLE) if item is not None and item.isSelected() else None

    def select(self, department_id: int) -> None:
        for item in self._all_items():
            if item.data(NAME, ID_ROLE) == department_id:
                self.tree.setCurrentItem(item)
                return

    def item_texts(self) -> dict[str, list[str]]:
        """name -> the texts of its row; what the tree shows (for tests and the status bar)."""
        return {self._rows[i.data(NAME, ID_ROLE)].name: [i.text(c) for c in range(4)] for i in self._all_items()}

    def _all_items(self) -> list[QTreeWidgetItem]:
        result, todo = [], [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        while todo:
            item = todo.pop(0)
            result.append(item)
            todo.extend(item.child(i) for i in range(item.childCount()))
        return result

    def _update_buttons(self) -> None:
        dep = self._rows.get(self.selected_id())
        self.add_sub_button.setEnabled(dep is not None and not dep.archived)
        self.edit_button.setEnabled(dep is not None and not dep.archived)
        self.archive_button.setEnabled(dep is not None)
        self.archive_button.setText(self.tr("&Restore") if dep is not None and dep.archived else self.tr("A&rchive"))

    # -- actions --
    def add_department(self, sub: bool = False) -> None:
        dialog = DepartmentDialog(self.ctx, None, self, default_parent_id=self.selected_id() if sub else None)
        if dialog.exec() == DepartmentDialog.DialogCode.Accepted:
            self._after_change(dialog.department_id)

    def edit_department(self) -> None:
        dep = self._rows.get(self.selected_id())
        if dep is None or dep.archived or not may_edit(self.ctx):
            return
        dialog = DepartmentDialog(self.ctx, dep, self)
        if dialog.exec() == DepartmentDialog.DialogCode.Accepted:
            self._after_change(dep.id)

    def toggle_archive(self) -> None:
        dep = self._rows.get(self.selected_id())
        if dep is None:
            return
        if not dep.archived:
            answer = QMessageBox.question(self, self.tr("Archive department"),
                                          self.tr("Archive %1? It stays in the history but is no longer offered.")
                                          .replace("%1", dep.name))
            if answer != QMessageBox.StandardButton.Yes:
                return
        ok, _ = run_change(self.ctx, self.error_label, lambda s: org.archive_department(
            s, actor=self.ctx.actor, department_id=dep.id, archived=not dep.archived))
        if ok:
            self._after_change(dep.id)

    def _after_change(self, department_id: int | None) -> None:
        self.error_label.clear_error()
        self.refresh()
        if department_id is not None:
            self.select(department_id)
        self.changed.emit()
