"""Onboarding (入职清单): one newcomer's checklist, ticked off like the leaving handover (the same dialog,
items under their category), and the templates per role the checklists are made from."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from shopteam.domain.onboarding import CATEGORIES, progress_text
from shopteam.services.org import onboarding
from shopteam.services.permissions import ONBOARDING_MANAGE, can
from shopteam.ui.context import AppContext
from shopteam.ui.org.common import ErrorLabel, read, run_change
from shopteam.ui.widgets.checklist import ChecklistDialog

_CATEGORY_TEXT = {
    "accounts": QT_TRANSLATE_NOOP("OnboardingLabels", "Accounts"),
    "training": QT_TRANSLATE_NOOP("OnboardingLabels", "Training"),
    "handover": QT_TRANSLATE_NOOP("OnboardingLabels", "Handover"),
    "equipment": QT_TRANSLATE_NOOP("OnboardingLabels", "Equipment"),
}


def category_text(category: str) -> str:
    return QCoreApplication.translate("OnboardingLabels", _CATEGORY_TEXT.get(category, category))


def progress_cell(done: int, total: int) -> str:
    """``3/5`` for the probation list; ``—`` for someone without a checklist."""
    return progress_text(done, total) or "—"


class OnboardingDialog(ChecklistDialog):
    """One person's onboarding checklist. Those who manage onboarding tick items and add some; staff see their
    own without changing it. Someone on the roster from before checklists existed can get one from the template
    of their role."""

    def __init__(self, ctx: AppContext, staff_id: int, label: str, parent: QWidget | None = None) -> None:
        category = QComboBox()
        category.setObjectName("onboarding_category")
        for key in CATEGORIES:
            category.addItem(category_text(key), key)
        super().__init__(ctx, "", "onboarding", can(ctx.actor, ONBOARDING_MANAGE), parent, extra=(category,))
        self.setWindowTitle(self.tr("Onboarding: %1").replace("%1", label))
        self.category = category
        self.staff_id = staff_id
        self.group = lambda row: category_text(row.category)
        self.start_button = self.buttons.addButton(self.tr("Fill from the role's template"),
                                                   QDialogButtonBox.ButtonRole.ActionRole)
        self.start_button.setObjectName("onboarding_start")
        self.start_button.clicked.connect(self.fill_from_template)
        self.start()

    def load(self) -> None:
        super().load()
        if hasattr(self, "start_button"):
            self.start_button.setVisible(self.editable and not self.rows_shown)
        if not self.rows_shown:
            self.summary.setText(self.tr("No onboarding checklist yet."))

    def rows(self, session):
        rows = onboarding.checklist(session, actor=self.ctx.actor, staff_id=self.staff_id)
        return sorted(rows, key=lambda r: CATEGORIES.index(r.category))  # stable: each category in its order

    def tick(self, session, item_id: int, done: bool) -> None:
        onboarding.set_done(session, actor=self.ctx.actor, item_id=item_id, done=done)

    def add(self, session, text: str) -> None:
        onboarding.add_item(session, actor=self.ctx.actor, staff_id=self.staff_id,
                            category=self.category.currentData(), text=text)

    def fill_from_template(self) -> None:
        self._run(lambda s: onboarding.create_checklist(s, actor=self.ctx.actor, staff_id=self.staff_id))


class OnboardingTemplatesDialog(QDialog):
    """The checklist templates: the shop's default (the owner's) and one per role, one item a line under each
    category. A role left empty uses the default. Changing to another template saves the one shown."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Onboarding checklist templates"))
        self.roles = QListWidget()
        self.roles.setObjectName("template_roles")
        self.roles.setMaximumWidth(240)
        self.texts: dict[str, QPlainTextEdit] = {}
        form = QFormLayout()
        for key in CATEGORIES:
            edit = QPlainTextEdit()
            edit.setObjectName(f"template_{key}")
            edit.setTabChangesFocus(True)
            edit.textChanged.connect(self._changed)
            self.texts[key] = edit
            form.addRow(category_text(key), edit)
        self.heading = QLabel()
        self.heading.setObjectName("template_heading")
        self.heading.setWordWrap(True)
        note = QLabel(self.tr("One item a line. A role without items of its own uses the default checklist. "
                              "Checklists made already keep their items."))
        note.setWordWrap(True)
        self.error = ErrorLabel()
        self.message = QLabel()
        self.message.setObjectName("template_message")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        right = QVBoxLayout()
        right.addWidget(self.heading)
        right.addLayout(form, 1)
        right.addWidget(note)
        right.addWidget(self.error)
        right.addWidget(self.message)
        body = QHBoxLayout()
        body.addWidget(self.roles)
        body.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.buttons)
        self.resize(760, 560)
        self.shown_role: int | None | bool = False  # False: nothing shown yet
        self.dirty = False
        self._fill_roles()
        self.roles.currentItemChanged.connect(self._picked)
        if self.roles.count():
            self.roles.setCurrentRow(0)

    def _fill_roles(self, chosen: int | None | bool = False) -> None:
        """The list of templates with their counts; ``chosen`` the one to mark (False: the one marked now)."""
        if chosen is False:
            chosen = self.roles.currentItem().data(Qt.ItemDataRole.UserRole) if self.roles.currentItem() else None
        rows = read(self.ctx, lambda s: onboarding.template_roles(s, actor=self.ctx.actor))
        self.roles.blockSignals(True)
        self.roles.clear()
        for r in rows:
            if r.role_id is None:
                text = self.tr("Default checklist")
            elif r.items:
                text = self.tr("%1 (%n item(s))", "", r.items).replace("%1", r.name)
            else:
                text = self.tr("%1 (uses the default)").replace("%1", r.name)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, r.role_id)
            item.setData(Qt.ItemDataRole.UserRole + 1, r.name)
            self.roles.addItem(item)
            if self.shown_role is not False and r.role_id == chosen:
                self.roles.setCurrentItem(item)
        self.roles.blockSignals(False)

    def select_role(self, role_id: int | None) -> None:
        for i in range(self.roles.count()):
            if self.roles.item(i).data(Qt.ItemDataRole.UserRole) == role_id:
                self.roles.setCurrentRow(i)
                return

    def _changed(self) -> None:
        self.dirty = True
        self.message.clear()

    def _picked(self, item: QListWidgetItem | None, previous: QListWidgetItem | None) -> None:
        if item is None:
            return
        role_id, name = item.data(Qt.ItemDataRole.UserRole), item.data(Qt.ItemDataRole.UserRole + 1)
        if self.dirty and self.shown_role is not False:
            if not self.save(refill=False):  # stay on the one that could not be saved, its error shown
                self.roles.blockSignals(True)
                self.roles.setCurrentItem(previous)
                self.roles.blockSignals(False)
                return
            self._fill_roles(chosen=role_id)  # the new count of the one saved
        self._show(role_id, name)

    def _show(self, role_id: int | None, name: str) -> None:
        template = read(self.ctx, lambda s: onboarding.template(s, actor=self.ctx.actor, role_id=role_id))
        for key, edit in self.texts.items():
            edit.blockSignals(True)
            edit.setPlainText("\n".join(text for category, text in template.items if category == key))
            edit.blockSignals(False)
        if role_id is None:
            self.heading.setText(self.tr("The default checklist, for roles without items of their own."))
        elif template.own:
            self.heading.setText(self.tr("The checklist of %1.").replace("%1", name))
        else:
            self.heading.setText(self.tr("%1 uses the default checklist (shown); edit it to give %1 its own.")
                                 .replace("%1", name))
        self.shown_role, self.dirty = role_id, False

    def items(self) -> list[tuple[str, str]]:
        return [(key, line.strip()) for key, edit in self.texts.items()
                for line in edit.toPlainText().splitlines() if line.strip()]

    def save(self, refill: bool = True) -> bool:
        if self.shown_role is False:
            return False
        role_id, items = self.shown_role, self.items()
        ok, _r = run_change(self.ctx, self.error, lambda s: onboarding.set_template(
            s, actor=self.ctx.actor, role_id=role_id, items=items))
        if ok:
            self.dirty = False
            self.message.setText(self.tr("Saved."))
            if refill:
                self._fill_roles()
        return ok
