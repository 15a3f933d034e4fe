"""Start the desktop application: fonts, language, database, first start or login, main window."""

from __future__ import annotations

import os
import sqlite3
import sys

from PySide6.QtCore import QCoreApplication, QProcess, QThreadPool, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from shopteam import APP_NAME, __version__
from shopteam.paths import resources_dir
from shopteam.runtime import freeze_startup_objects


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with ShopTeam's names, fonts and translators (idempotent)."""
    from shopteam.ui.collector import collect_on_gui_thread
    from shopteam.ui.fonts import install_fonts
    from shopteam.ui.i18n import chosen_language, install_translators

    app = QApplication.instance()
    if app is None:
        QCoreApplication.setOrganizationName(APP_NAME)
        QCoreApplication.setApplicationName(APP_NAME)
        QCoreApplication.setApplicationVersion(__version__)
        app = QApplication(argv if argv is not None else sys.argv[:1])
    icon = resources_dir() / "icons" / "shopteam.png"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    install_fonts(app)
    collect_on_gui_thread(app)
    app._shopteam_translators = install_translators(app, chosen_language())  # keep them alive
    return app


def open_database(url: str | None):
    """Engine and session factory for ``url``, migrated to the current schema."""
    from shopteam.db.engine import make_engine, make_session_factory
    from shopteam.db.migrate import upgrade

    engine = make_engine(url)
    upgrade(engine)
    return engine, make_session_factory(engine)


def authenticate(factory):
    """First start or login; returns (actor, shop name) or (None, None) when the user gave up."""
    from shopteam.services import accounts
    from shopteam.ui.i18n import chosen_language
    from shopteam.ui.login import FirstStartDialog, LoginDialog

    with factory() as session:
        shop = accounts.get_shop(session)
    if shop is None:
        dialog = FirstStartDialog(factory, chosen_language())
    else:
        dialog = LoginDialog(factory, shop.name)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None, None
    with factory() as session:
        return dialog.actor, accounts.get_shop(session).name


# The demo owner's published log-in (services/demo/__init__.py; a test keeps the two equal). Kept here so that the
# benchmark start does not import the demo builder when the shop exists.
BENCH_LOGIN = ("boss", "demo1234")


def _bench_login(factory):
    """SHOPTEAM_BENCH_DEMO=1 (benchmarks only): fill an empty database with the demo shop and log in with
    the demo owner's published password instead of showing the login dialog."""
    from shopteam.services import accounts

    with factory.begin() as session:
        if accounts.get_shop(session) is None:
            from shopteam.services import demo

            demo.create_demo_shop(session)
        result = accounts.login(session, username=BENCH_LOGIN[0], password=BENCH_LOGIN[1])
        return result.actor, accounts.get_shop(session).name


def _exit_when_shown(app: QApplication) -> None:
    """SHOPTEAM_EXIT_AFTER_SHOWN=1 (benchmarks only): once the shown window has been painted, print
    "shopteam: window shown"; then wait for what the first page still loads in the background (the rest of
    a big roster), print "shopteam: all loaded" and quit."""

    def done():
        print("shopteam: window shown", flush=True)
        QThreadPool.globalInstance().waitForDone()
        app.processEvents()  # hand the results to the page
        print("shopteam: all loaded", flush=True)
        app.quit()

    QTimer.singleShot(0, done)  # runs after the show/expose/paint events queued by show()


#: The day's first automatic backup starts this long after the window is shown (not to slow the first screen).
AUTOMATIC_BACKUP_DELAY_MS = 3000


def _backup_on_close(factory) -> None:
    """The automatic backup when ShopTeam closes; a failure is printed (there is no window left to say it)."""
    from shopteam.domain.errors import ShopTeamError
    from shopteam.services import backups

    engine = factory.kw["bind"]
    if not backups.is_local(engine):
        return
    try:
        with factory() as session:
            policy = backups.get_policy(session)
        backups.backup_on_close(engine, policy)
    except (ShopTeamError, OSError, sqlite3.Error) as exc:
        print(f"shopteam: the automatic backup on closing failed: {exc}", file=sys.stderr)


def main(db_url: str | None = None) -> int:
    from shopteam.db.engine import resolve_url, sqlite_path
    from shopteam.ui.uncaught import install as say_uncaught_database_failures

    app = create_application()
    say_uncaught_database_failures()  # the server gone mid-click on a screen that catches only refusals
    url = _chosen_url(db_url)
    if url is None:  # the password of the remembered server was not given
        return 0
    url = resolve_url(url)
    db_file = sqlite_path(url)
    lock = None
    if db_file is not None:  # a server database is meant for several windows
        lock = _claim(db_file)
        if lock is None:
            return 0
    try:
        return _open_and_run(app, url, db_file, lock)
    finally:
        if lock is not None:
            lock.release()


def _chosen_url(db_url: str | None) -> str | None:
    """--db or $SHOPTEAM_DB first, then the database remembered by the Database dialog (asking for the
    server's password when it wants one), then "" for the default file; None when the user cancelled."""
    from shopteam.db.engine import ENV_DB
    from shopteam.ui.database_dialog import remembered_url, remembered_with_password

    chosen = db_url or os.environ.get(ENV_DB)
    if chosen:
        return chosen
    if remembered_url() is None:
        return ""
    return remembered_with_password()


def _claim(db_file):
    """The lock of ``db_file`` for this window; None when another ShopTeam has it (which was asked to come
    to the front when the user wanted that)."""
    from shopteam.ui.single_instance import DatabaseLock, ask_to_raise

    db_file.parent.mkdir(parents=True, exist_ok=True)
    lock = DatabaseLock(db_file)
    if lock.acquire():
        return lock
    holder = lock.holder()
    text = QCoreApplication.translate(
        "SingleInstance", "ShopTeam already has this database open (process %1 on %2). Switch to that window?")
    text = text.replace("%1", str(holder.pid if holder else "?")).replace("%2", holder.host if holder else "?")
    answer = QMessageBox.question(None, APP_NAME, text)
    if answer == QMessageBox.StandardButton.Yes and not ask_to_raise(db_file):
        QMessageBox.information(None, APP_NAME, QCoreApplication.translate(
            "SingleInstance", "That window does not answer. Close it, or end its process, then start ShopTeam again."))
    return None


def _open_and_run(app, url, db_file, lock) -> int:
    from sqlalchemy.exc import DBAPIError

    from shopteam.domain.errors import ShopTeamError
    from shopteam.ui.context import AppContext
    from shopteam.ui.main_window import MainWindow
    from shopteam.ui.messages import describe
    from shopteam.ui.tasks import cancel_all

    while True:
        try:
            _engine, factory = open_database(url)
            break
        except ShopTeamError as exc:
            QMessageBox.critical(None, APP_NAME, describe(exc))
            return 2
        except (DBAPIError, sqlite3.DatabaseError) as exc:
            from shopteam.services.maintenance import damage_of
            from shopteam.ui.damaged import rescue_database

            if db_file is None:  # a server: it may be down, or the remembered choice no longer right
                from shopteam.ui.database_dialog import server_did_not_open

                return server_did_not_open(url, exc)
            if damage_of(exc) is None:  # locked, read-only, disk full …: nothing a backup would mend
                QMessageBox.critical(None, APP_NAME, str(getattr(exc, "orig", None) or exc))
                return 2
            if not rescue_database(url, exc):  # the file itself no longer opens: offer a backup
                return 2

    state = {"restart": False}
    current = {"window": None}
    raise_server = None
    if db_file is not None:
        from shopteam.ui.single_instance import RaiseServer, bring_to_front

        raise_server = RaiseServer(db_file, lambda: current["window"] and bring_to_front(current["window"]))
    while True:
        bench = os.environ.get("SHOPTEAM_BENCH_DEMO") == "1"
        actor, shop_name = _bench_login(factory) if bench else authenticate(factory)
        if actor is None:
            return 0
        window = MainWindow(AppContext(factory=factory, actor=actor, shop_name=shop_name, db_url=url))
        current["window"] = window
        logged_out = {"value": False}

        def on_logout(w=window, flag=logged_out):
            flag["value"] = True
            w.close()

        def on_restart(w=window):
            state["restart"] = True
            w.close()

        window.logout_requested.connect(on_logout)
        window.restart_requested.connect(on_restart)
        window.show()
        freeze_startup_objects()
        if os.environ.get("SHOPTEAM_EXIT_AFTER_SHOWN") == "1":
            _exit_when_shown(app)
        else:
            QTimer.singleShot(AUTOMATIC_BACKUP_DELAY_MS, window.start_automatic_backup)
        app.exec()
        cancel_all()  # the window is gone: unfinished background work rolls back
        QThreadPool.globalInstance().waitForDone()
        if not logged_out["value"]:
            _backup_on_close(factory)
        if state["restart"]:
            if lock is not None:
                lock.release()  # before the new process looks for it
            if raise_server is not None:
                raise_server.server.close()
            QProcess.startDetached(sys.executable, sys.argv[1:] if getattr(sys, "frozen", False) else sys.argv)
            return 0
        if not logged_out["value"]:
            return 0
