"""The Backups dialog (File → Backups…): the backups beside the database with date, kind and size; make one
now, restore one (after a safety copy of the current file), and the automatic backup settings. Every file
operation runs in the background with progress (ui.tasks)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from shopteam.domain.errors import ShopTeamError
from shopteam.services import backups
from shopteam.services.backups import BackupFile, BackupPolicy
from shopteam.services.maintenance import make_backup, restore_backup
from shopteam.ui.context import AppContext
from shopteam.ui.messages import describe
from shopteam.ui.tasks import run_task

_KINDS = {
    "auto": QCoreApplication.translate("Backups", "automatic"),
    "backup": QCoreApplication.translate("Backups", "by hand"),
    "before-restore": QCoreApplication.translate("Backups", "before a restore"),
}


def kind_text(kind: str) -> str:
    if kind.startswith("before-migration"):
        return QCoreApplication.translate("Backups", "before an update")
    return QCoreApplication.translate("Backups", _KINDS[kind]) if kind in _KINDS else kind


def size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / 1024 / 1024:.1f} MB"
    return f"{max(1, round(size / 1024))} KB"


class BackupsDialog(QDialog):
    restored = Signal(str)  # the safety copy's path; the window restarts on it

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.engine = ctx.factory.kw["bind"]
        self.rows: list[BackupFile] = []
        self.task = None
        self.setWindowTitle(self.tr("Backups"))

        self.table = QTableWidget(0, 3)
        self.table.setObjectName("backups_table")
        self.table.setHorizontalHeaderLabels([self.tr("Taken at"), self.tr("Kind"), self.tr("Size")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._update_buttons)

        self.backup_button = QPushButton(self.tr("Back up now"))
        self.backup_button.setObjectName("backups_now")
        self.backup_button.clicked.connect(self.backup_now)
        self.restore_button = QPushButton(self.tr("Restore…"))
        self.restore_button.setObjectName("backups_restore")
        self.restore_button.clicked.connect(self.restore)

        self.automatic = QCheckBox(self.tr("Back up automatically (at the day's first start and on closing)"))
        self.automatic.setObjectName("backups_automatic")
        self.keep_daily = QSpinBox()
        self.keep_daily.setObjectName("backups_keep_daily")
        self.keep_daily.setRange(1, 365)
        self.keep_monthly = QSpinBox()
        self.keep_monthly.setObjectName("backups_keep_monthly")
        self.keep_monthly.setRange(0, 120)
        self.save_button = QPushButton(self.tr("Save the settings"))
        self.save_button.setObjectName("backups_save")
        self.save_button.clicked.connect(self.save_policy)
        self.message = QLabel()
        self.message.setObjectName("backups_message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        folder = QLabel(self.tr("Folder: %1").replace("%1", str(backups.default_backup_dir(self.engine))))
        folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        actions = QHBoxLayout()
        actions.addWidget(self.backup_button)
        actions.addWidget(self.restore_button)
        actions.addStretch(1)
        form = QFormLayout()
        form.addRow(self.automatic)
        form.addRow(self.tr("Daily backups kept"), self.keep_daily)
        form.addRow(self.tr("Monthly backups kept"), self.keep_monthly)
        form.addRow("", self.save_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(folder)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.resize(640, 520)
        with ctx.factory() as session:
            policy = backups.get_policy(session)
        self.automatic.setChecked(policy.automatic)
        self.keep_daily.setValue(policy.keep_daily)
        self.keep_monthly.setValue(policy.keep_monthly)
        self.refresh()

    def refresh(self) -> None:
        self.rows = backups.list_backups(self.engine)
        self.table.setRowCount(len(self.rows))
        for r, b in enumerate(self.rows):
            cells = [b.taken_at.strftime("%Y-%m-%d %H:%M:%S"), kind_text(b.kind), size_text(b.size)]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(str(b.path))
                if c == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        self._update_buttons()

    def selected(self) -> BackupFile | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        busy = self.task is not None
        self.restore_button.setEnabled(not busy and self.selected() is not None)
        self.backup_button.setEnabled(not busy)

    def _run(self, work, done, title: str) -> None:
        def finish(result, error):
            self.task = None
            self._update_buttons()
            done(result, error)

        self.task = run_task(work, on_done=finish, parent=self, title=title)
        self._update_buttons()

    def backup_now(self) -> None:
        def work(progress):
            progress.report(0, 0, self.tr("Backing up…"))
            return make_backup(self.engine)

        def done(path, error):
            if error is not None:
                self.message.setText(describe(error))
                return
            self.refresh()
            self.message.setText(self.tr("Backup written to %1").replace("%1", str(path)))

        self._run(work, done, self.tr("Backup"))

    def restore(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Restore"),
            self.tr("Replace everything in ShopTeam with the backup of %1? A copy of the data as it is now is "
                    "kept first, so this can be undone.").replace("%1", chosen.taken_at.strftime("%Y-%m-%d %H:%M")))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.restore_from(chosen)

    def restore_from(self, chosen: BackupFile) -> None:
        def work(progress):
            progress.report(0, 0, self.tr("Restoring…"))
            return restore_backup(self.engine, chosen.path, actor=self.ctx.actor)

        def done(safety, error):
            if error is not None:
                self.message.setText(describe(error))
                return
            self.refresh()
            self.message.setText(self.tr("Restored. The data as it was before is kept in %1.")
                                 .replace("%1", str(safety)))
            self.restored.emit(str(safety))

        self._run(work, done, self.tr("Restore"))

    def save_policy(self) -> None:
        policy = BackupPolicy(self.automatic.isChecked(), self.keep_daily.value(), self.keep_monthly.value())
        try:
            with self.ctx.factory.begin() as session:
                backups.set_policy(session, actor=self.ctx.actor, policy=policy)
        except ShopTeamError as exc:
            self.message.setText(describe(exc))
            return
        self.message.setText(self.tr("Saved."))
