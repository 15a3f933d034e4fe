"""The main window: a navigation list on the left, one page per screen on the right.

Pages are created the first time they are shown, so start-up builds only the first page. A page shows its
data on that first visit: the window refreshes it then, unless the page says it loaded in its constructor
(a class attribute ``loads_on_creation = True``).

After that a page is reloaded only when data it shows changed (issue 14): every commit of the window's session
factory, on the GUI thread or a task runner's worker, tells the window's change feed (ui/changes) the tables it
wrote. A page that shows one of them (its class attribute ``shows``) becomes stale and refreshes when it is
next visited; the page on screen refreshes at once when the change came from a worker (an import, any
background task), while its own saves on the GUI thread it shows itself, as it always did. A visit to a page
whose data did not change reloads nothing. Changes made on another PC are not seen that way: View → Refresh
(F5) reloads the page on screen.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QSettings, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QFont, QFontMetrics, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QStyle,
    QWidget,
)

from shopteam import __version__
from shopteam.services import permissions
from shopteam.ui.changes import ChangeFeed, concerns, shown_by
from shopteam.ui.context import AppContext
from shopteam.ui.i18n import LANGUAGES, chosen_language, save_language
from shopteam.ui.messages import describe
from shopteam.ui.tasks import run_task


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str  # English source text, translated in context "MainWindow"
    target: str  # "module:Class"
    permission: str | None = None


PAGES = (
    PageSpec("home", QCoreApplication.translate("MainWindow", "Home"), "shopteam.ui.home.page:HomePage"),
    PageSpec("roster", QCoreApplication.translate("MainWindow", "Staff"), "shopteam.ui.roster.page:RosterPage"),
    PageSpec("departments", QCoreApplication.translate("MainWindow", "Departments"),
             "shopteam.ui.org.departments:DepartmentsPage"),
    PageSpec("roles", QCoreApplication.translate("MainWindow", "Roles"), "shopteam.ui.org.roles:RolesPage"),
    PageSpec("orgchart", QCoreApplication.translate("MainWindow", "Org chart"),
             "shopteam.ui.org.orgchart:OrgChartPage"),
    PageSpec("staffing", QCoreApplication.translate("MainWindow", "Staffing plan"),
             "shopteam.ui.org.staffing:StaffingPage"),
    PageSpec("attendance", QCoreApplication.translate("MainWindow", "Attendance"),
             "shopteam.ui.attendance.page:AttendancePage"),
    PageSpec("requests", QCoreApplication.translate("MainWindow", "Leave & overtime"),
             "shopteam.ui.attendance.requests:RequestsPage"),
    PageSpec("timesheets", QCoreApplication.translate("MainWindow", "Timesheets"),
             "shopteam.ui.attendance.timesheets:TimesheetsPage"),
    PageSpec("boards", QCoreApplication.translate("MainWindow", "Boards"), "shopteam.ui.boards.page:BoardPage"),
    PageSpec("my_tasks", QCoreApplication.translate("MainWindow", "My tasks"),
             "shopteam.ui.boards.my_tasks:MyTasksPage"),
    PageSpec("goals", QCoreApplication.translate("MainWindow", "Goals"), "shopteam.ui.goals.page:GoalsPage"),
    PageSpec("meeting", QCoreApplication.translate("MainWindow", "Weekly meeting"),
             "shopteam.ui.meetings.page:MeetingPage"),
    PageSpec("appraisal", QCoreApplication.translate("MainWindow", "Appraisal"),
             "shopteam.ui.appraisal.page:AppraisalPage"),
    PageSpec("payout", QCoreApplication.translate("MainWindow", "Payout"), "shopteam.ui.payout.page:PayoutPage"),
    PageSpec("ledger", QCoreApplication.translate("MainWindow", "Rewards & penalties"),
             "shopteam.ui.payout.ledger_page:LedgerPage"),
    PageSpec("recruitment", QCoreApplication.translate("MainWindow", "Recruitment"),
             "shopteam.ui.people.page:RecruitmentPage", permissions.RECRUITMENT),
    PageSpec("training", QCoreApplication.translate("MainWindow", "Training"),
             "shopteam.ui.training.page:TrainingPage"),
    PageSpec("accounts", QCoreApplication.translate("MainWindow", "Accounts"),
             "shopteam.ui.accounts.page:AccountsPage", permissions.ACCOUNTS_MANAGE),
    PageSpec("audit", QCoreApplication.translate("MainWindow", "Audit log"), "shopteam.ui.audit.page:AuditPage",
             permissions.AUDIT_VIEW),
)


def page_title(spec: PageSpec) -> str:
    return QCoreApplication.translate("MainWindow", spec.title)


NAV_FONT_PX = 14  # the side list's font size in its style sheet


def nav_width(nav: QListWidget) -> int:
    """The side list's fixed width: its longest title in this language, the items' padding, the frame and room
    for a scroll bar (a short window), between 160 and 260 px."""
    font = QFont(nav.font())
    font.setPixelSize(NAV_FONT_PX)
    metrics = QFontMetrics(font)
    widest = max((metrics.horizontalAdvance(nav.item(i).text()) for i in range(nav.count())), default=0)
    extra = 2 * 12 + 2 * nav.frameWidth() + nav.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent) + 12
    return max(160, min(260, widest + extra))


class MainWindow(QMainWindow):
    logout_requested = Signal()
    restart_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("ShopTeam — %1").replace("%1", ctx.shop_name))
        self.specs = [s for s in PAGES if s.permission is None or permissions.can(ctx.actor, s.permission)]
        self.pages: dict[str, QWidget] = {}
        self._loaded_at: dict[str, int] = {}  # page key -> the change generation its last refresh started at
        self._stale: set[str] = set()  # pages whose data changed since they loaded
        self.changes = ChangeFeed(ctx.factory, self)
        self.changes.changed.connect(self._data_changed)

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setStyleSheet("QListWidget#navigation { font-size: 14px; } "
                               "QListWidget#navigation::item { padding: 8px 12px; }")
        for spec in self.specs:
            item = QListWidgetItem(page_title(spec))
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            self.nav.addItem(item)
        self.nav.setFixedWidth(nav_width(self.nav))  # one width on every page and at every window size
        self.stack = QStackedWidget()
        central = QWidget()  # the side list keeps its width; the page takes the rest
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.nav.currentRowChanged.connect(self._show_row)

        self._build_menus()
        level = {"owner": self.tr("Owner"), "manager": self.tr("Manager"), "staff": self.tr("Staff")}
        self.statusBar().addPermanentWidget(QLabel(
            self.tr("%1 · %2 (%3)").replace("%1", ctx.shop_name).replace("%2", ctx.actor.username)
            .replace("%3", level.get(ctx.actor.level, ctx.actor.level))))
        self._restore_geometry()
        self.nav.setCurrentRow(0)

    # pages -------------------------------------------------------------------------------------
    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        self.show_page(self.specs[row].key)

    def show_page(self, key: str) -> QWidget:
        self._note_changes()
        page = self.pages.get(key)
        if page is None:
            spec = next(s for s in self.specs if s.key == key)
            module_name, class_name = spec.target.split(":")
            page_class = getattr(importlib.import_module(module_name), class_name)
            self._loaded_at[key] = self.changes.generation  # a constructor that loads reads at least this
            page = page_class(self.ctx, self)
            self.pages[key] = page
            self._track_refreshes(key, page)
            self.stack.addWidget(page)
            if hasattr(page, "open_screen"):  # the home screen's figures open other screens, filtered
                page.open_screen.connect(self.open_filtered)
            if not getattr(page, "loads_on_creation", False):  # constructors need not load: the first visit does
                page.refresh()
        elif key in self._stale:
            page.refresh()
        self.stack.setCurrentWidget(page)
        row = next(i for i, s in enumerate(self.specs) if s.key == key)
        if self.nav.currentRow() != row:
            self.nav.blockSignals(True)  # the page is shown already: selecting its row must not refresh it again
            self.nav.setCurrentRow(row)
            self.nav.blockSignals(False)
        return page

    def _track_refreshes(self, key: str, page: QWidget) -> None:
        """Every ``page.refresh()`` (the window's, the page's own after a save, F5) records the change generation
        it started at, so the message of a commit the page has already reloaded after reloads nothing."""
        refresh = page.refresh

        def tracked(*args, **kwargs):
            self._loaded_at[key] = self.changes.generation
            self._stale.discard(key)
            return refresh(*args, **kwargs)

        page.refresh = tracked

    def _note_changes(self) -> set[str]:
        """Mark the pages that show a table written since they loaded as stale; returns those a worker's commit
        made stale."""
        from_workers: set[str] = set()
        for change in self.changes.take():
            for key, page in self.pages.items():
                if self._loaded_at.get(key, -1) < change.generation and concerns(shown_by(page), change.tables):
                    self._stale.add(key)
                    if not change.on_gui_thread:
                        from_workers.add(key)
        return from_workers

    def current_key(self) -> str | None:
        page = self.stack.currentWidget()
        return next((k for k, p in self.pages.items() if p is page), None)

    def _data_changed(self) -> None:
        from_workers = self._note_changes()
        key = self.current_key()
        if key in from_workers and key in self._stale:
            self.pages[key].refresh()

    def refresh_current(self) -> None:
        """Reload the page on screen: for changes the window cannot see (another PC's)."""
        key = self.current_key()
        if key is not None:
            self.pages[key].refresh()

    def open_filtered(self, key: str, how=None) -> QWidget | None:
        """Show page ``key`` filtered: ``("month", year, month)`` sets its month, anything else goes to the
        page's ``apply_filter`` (None clears it)."""
        if not any(s.key == key for s in self.specs):
            return None
        page = self.show_page(key)
        if isinstance(how, tuple) and how[0] == "month":
            if hasattr(page, "set_month"):
                page.set_month(how[1], how[2])
        elif hasattr(page, "apply_filter"):
            page.apply_filter(how)
        return page

    # menus -------------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        import_action = QAction(self.tr("Import…"), self)
        import_action.triggered.connect(self.open_import)
        file_menu.addAction(import_action)
        file_menu.addSeparator()
        if permissions.can(self.ctx.actor, permissions.BACKUP):
            backup = QAction(self.tr("Backups…"), self)
            backup.triggered.connect(self.open_backups)
            file_menu.addAction(backup)
            check = QAction(self.tr("Check the database"), self)
            check.triggered.connect(self.check_database)
            file_menu.addAction(check)
            file_menu.addSeparator()
        if permissions.can(self.ctx.actor, permissions.DATABASE_CHOOSE):
            database = QAction(self.tr("Database…"), self)
            database.triggered.connect(self.open_database_dialog)
            file_menu.addAction(database)
            file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut("Ctrl+Q")
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.refresh_action = QAction(self.tr("Refresh"), self)
        self.refresh_action.setShortcut(QKeySequence.StandardKey.Refresh)  # F5
        self.refresh_action.triggered.connect(self.refresh_current)
        view_menu.addAction(self.refresh_action)

        account_menu = self.menuBar().addMenu(self.tr("&Account"))
        change_password = QAction(self.tr("Change my password…"), self)
        change_password.triggered.connect(self.change_password)
        account_menu.addAction(change_password)
        logout = QAction(self.tr("Log out"), self)
        logout.triggered.connect(self.logout_requested)
        account_menu.addAction(logout)

        language_menu = self.menuBar().addMenu(self.tr("&Language"))
        current = chosen_language()
        for code, name in LANGUAGES.items():
            action = QAction(name, self, checkable=True, checked=(code == current))
            action.triggered.connect(lambda _=False, c=code: self.switch_language(c))
            language_menu.addAction(action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("About ShopTeam"), self)
        about.triggered.connect(self.about)
        help_menu.addAction(about)

    def open_import(self) -> None:
        from shopteam.ui.imports.wizard import ImportWizard

        wizard = ImportWizard(self.ctx, self)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.open()

    def switch_language(self, code: str) -> None:
        if code == chosen_language():
            return
        save_language(code)
        answer = QMessageBox.question(
            self, self.tr("Language"),
            self.tr("The new language is used after a restart. Restart ShopTeam now?"))
        if answer == QMessageBox.StandardButton.Yes:
            self.restart_requested.emit()

    def change_password(self) -> None:
        from shopteam.ui.accounts.password_dialog import ChangePasswordDialog

        ChangePasswordDialog(self.ctx, self).exec()

    def open_backups(self) -> None:
        from shopteam.ui.backups import BackupsDialog

        dialog = BackupsDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.restored.connect(lambda _safety: self.restart_requested.emit())
        self.backups_dialog = dialog
        dialog.open()

    def open_database_dialog(self) -> None:
        from shopteam.ui.database_dialog import DatabaseDialog

        dialog = DatabaseDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.restart_requested.connect(self.restart_requested)
        self.database_dialog = dialog
        dialog.open()

    def start_automatic_backup(self) -> None:
        """The day's first automatic backup, in the background and silent unless it fails."""
        from shopteam.services import backups

        engine = self.ctx.factory.kw["bind"]
        if not backups.is_local(engine):
            return

        def work(progress):
            with self.ctx.factory() as session:
                policy = backups.get_policy(session)
            return backups.backup_at_start(engine, policy)

        def done(_path, error):
            if error is not None:
                self.statusBar().showMessage(self.tr("The automatic backup failed: %1").replace("%1", describe(error)))

        run_task(work, on_done=done)

    def check_database(self) -> None:
        from shopteam.services import maintenance

        engine = self.ctx.factory.kw["bind"]

        def done(report, error):
            if error is not None:
                QMessageBox.warning(self, self.tr("Check the database"), describe(error))
            elif report.ok:
                QMessageBox.information(self, self.tr("Check the database"),
                                        self.tr("The database is sound: no problems found."))
            else:
                QMessageBox.warning(self, self.tr("Check the database"),
                                    self.tr("Problems found:") + "\n" + "\n".join(report.problems))

        run_task(lambda progress: maintenance.run_check(engine), on_done=done, parent=self,
                 title=self.tr("Check the database"))

    def about(self) -> None:
        QMessageBox.about(self, self.tr("About ShopTeam"),
                          self.tr("ShopTeam %1 — team management for small online shops.\nDatabase: %2")
                          .replace("%1", __version__).replace("%2", self.ctx.db_url))

    # window state ------------------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        geometry = QSettings().value("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        QSettings().setValue("main_window/geometry", self.saveGeometry())
        super().closeEvent(event)
