"""The Database dialog (File → Database…, owner only): this PC's file or a shared PostgreSQL server, a test
connection and the creation of the schema in the background (ui.tasks), and the choice remembered in the
settings for the next start. The password is never stored: ShopTeam asks for it at start."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from shopteam.domain.errors import ShopTeamError
from shopteam.services import database_choice as dc
from shopteam.ui.context import AppContext
from shopteam.ui.messages import ERROR_STYLE, describe
from shopteam.ui.tasks import run_task

URL_KEY = "database/url"  # the chosen database's URL, never with its password
ASK_PASSWORD_KEY = "database/ask_password"  # the server wants a password: asked at each start


def remembered_url(settings: QSettings | None = None) -> str | None:
    value = (settings or QSettings()).value(URL_KEY, "")
    return str(value) if value else None


def remember(url: str, *, ask_password: bool, settings: QSettings | None = None) -> None:
    settings = settings or QSettings()
    settings.setValue(URL_KEY, dc.without_password(url))
    settings.setValue(ASK_PASSWORD_KEY, bool(ask_password and dc.is_server(url)))
    settings.sync()


def remembered_with_password(parent: QWidget | None = None) -> str | None:
    """The remembered URL for the start, with the password asked for when the server wants one; None when
    nothing is remembered or the user cancelled the question."""
    url = remembered_url()
    if url is None or not dc.is_server(url) or QSettings().value(ASK_PASSWORD_KEY, False, bool) is not True:
        return url
    choice = dc.parse(url)
    password, ok = QInputDialog.getText(
        parent, QCoreApplication.translate("DatabaseDialog", "Database password"),
        QCoreApplication.translate("DatabaseDialog", "Password of %1 on %2:")
        .replace("%1", choice.user).replace("%2", f"{choice.host}:{choice.port}/{choice.database}"),
        QLineEdit.EchoMode.Password)
    return dc.with_password(url, password) if ok else None


def given_at_start() -> bool:
    """The database was named on the command line or in $SHOPTEAM_DB, which come before the remembered one."""
    import os
    import sys

    from shopteam.db.engine import ENV_DB

    return bool(os.environ.get(ENV_DB)) or any(a == "--db" or a.startswith("--db=") for a in sys.argv[1:])


def server_did_not_open(url: str, error: BaseException) -> int:
    """At start: the server did not open. Say why; when the server was the remembered choice, offer to go back
    to this PC's file (forgetting the choice, then starting again). The exit code of the start."""
    from PySide6.QtCore import QProcess
    from PySide6.QtWidgets import QMessageBox

    reason = describe(dc.CannotConnect(reason=dc.first_line(error)))
    if remembered_url() != dc.without_password(url):  # --db or SHOPTEAM_DB: the user gave it, nothing to forget
        QMessageBox.critical(None, "ShopTeam", reason)
        return 2
    answer = QMessageBox.question(None, "ShopTeam", QCoreApplication.translate(
        "DatabaseDialog", "%1\n\nUse this PC's file instead? (The server stays chosen if you answer No; "
        "start ShopTeam again when it is back.)").replace("%1", reason))
    if answer != QMessageBox.StandardButton.Yes:
        return 2
    QSettings().remove("database")
    import sys

    QProcess.startDetached(sys.executable, sys.argv[1:] if getattr(sys, "frozen", False) else sys.argv)
    return 0


_STATES = {
    "empty": QT_TRANSLATE_NOOP("DatabaseDialog", "The database is empty. Create the schema to use it."),
    "missing": QT_TRANSLATE_NOOP("DatabaseDialog", "There is no file there yet: ShopTeam creates it at the next start."),
    "shop": QT_TRANSLATE_NOOP("DatabaseDialog", "A ShopTeam database."),
    "older": QT_TRANSLATE_NOOP("DatabaseDialog", "A ShopTeam database of an older version: it is updated at the next start."),
    "newer": QT_TRANSLATE_NOOP("DatabaseDialog", "Written by a newer version of ShopTeam (schema %1): install that version to use it."),
    "foreign": QT_TRANSLATE_NOOP("DatabaseDialog", "This database holds tables of another program: choose an empty database."),
}


class DatabaseDialog(QDialog):
    restart_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.task = None
        self.last_probe: dc.Probe | None = None
        self.setWindowTitle(self.tr("Database"))

        in_use = self.tr("unknown")
        if ctx.db_url:
            now = dc.parse(ctx.db_url)
            in_use = now.path if now.kind == "file" else dc.without_password(ctx.db_url)
        current = QLabel(self.tr("In use now: %1").replace("%1", in_use))
        current.setObjectName("database_current")
        current.setWordWrap(True)
        current.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.overridden = QLabel(self.tr("ShopTeam was started with --db or SHOPTEAM_DB: that database comes "
                                         "first, the one chosen here is used when ShopTeam starts without them."))
        self.overridden.setObjectName("database_overridden")
        self.overridden.setWordWrap(True)
        self.overridden.setVisible(given_at_start())

        self.file_radio = QRadioButton(self.tr("This PC's file"))
        self.file_radio.setObjectName("database_file_radio")
        self.server_radio = QRadioButton(self.tr("A shared server (PostgreSQL, for several PCs)"))
        self.server_radio.setObjectName("database_server_radio")
        group = QButtonGroup(self)
        group.addButton(self.file_radio)
        group.addButton(self.server_radio)

        self.path = QLineEdit(str(dc.default_database_path()))
        self.path.setObjectName("database_path")
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self.browse)
        default = QPushButton(self.tr("Default"))
        default.clicked.connect(lambda: self.path.setText(str(dc.default_database_path())))
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(browse)
        file_row.addWidget(default)
        self.file_box = QWidget()
        self.file_box.setLayout(file_row)

        self.host = QLineEdit()
        self.host.setObjectName("database_host")
        self.port = QSpinBox()
        self.port.setObjectName("database_port")
        self.port.setRange(1, 65535)
        self.port.setValue(dc.DEFAULT_PORT)
        self.database = QLineEdit("shopteam")
        self.database.setObjectName("database_name")
        self.user = QLineEdit()
        self.user.setObjectName("database_user")
        self.password = QLineEdit()
        self.password.setObjectName("database_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        note = QLabel(self.tr("The password is not stored: ShopTeam asks for it at each start. The server, port, "
                              "database and user are kept in ShopTeam's settings."))
        note.setObjectName("database_password_note")
        note.setWordWrap(True)
        server_form = QFormLayout()
        server_form.addRow(self.tr("Server"), self.host)
        server_form.addRow(self.tr("Port"), self.port)
        server_form.addRow(self.tr("Database"), self.database)
        server_form.addRow(self.tr("User"), self.user)
        server_form.addRow(self.tr("Password"), self.password)
        self.server_box = QWidget()
        self.server_box.setLayout(server_form)

        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.setObjectName("database_test")
        self.test_button.clicked.connect(self.test_connection)
        self.create_button = QPushButton(self.tr("Create the schema"))
        self.create_button.setObjectName("database_create")
        self.create_button.clicked.connect(self.create_schema)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("database_save")
        self.save_button.clicked.connect(self.save)
        self.restart_button = QPushButton(self.tr("Restart now"))
        self.restart_button.setObjectName("database_restart")
        self.restart_button.clicked.connect(self.restart_requested)
        self.restart_button.hide()
        actions = QHBoxLayout()
        actions.addWidget(self.test_button)
        actions.addWidget(self.create_button)
        actions.addStretch(1)
        actions.addWidget(self.save_button)
        actions.addWidget(self.restart_button)

        self.result = QLabel()
        self.result.setObjectName("database_result")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(current)
        layout.addWidget(self.overridden)
        layout.addWidget(self.file_radio)
        layout.addWidget(self.file_box)
        layout.addWidget(self.server_radio)
        layout.addWidget(self.server_box)
        layout.addWidget(note)
        layout.addLayout(actions)
        layout.addWidget(self.result)
        layout.addStretch(1)
        layout.addWidget(close)
        self.resize(560, 0)

        self._fill(remembered_url() or ctx.db_url)
        for widget in (self.path, self.host, self.database, self.user, self.password):
            widget.textEdited.connect(self._changed)
        self.port.valueChanged.connect(self._changed)
        self.file_radio.toggled.connect(self._changed)
        self._changed()

    def _fill(self, url: str | None) -> None:
        choice = dc.parse(url) if url else dc.Choice(kind="file", path=str(dc.default_database_path()))
        if choice.kind == "server":
            self.server_radio.setChecked(True)
            self.host.setText(choice.host)
            self.port.setValue(choice.port)
            self.database.setText(choice.database)
            self.user.setText(choice.user)
        else:
            self.file_radio.setChecked(True)
            self.path.setText(choice.path)

    def _changed(self, *_args) -> None:
        server = self.server_radio.isChecked()
        self.file_box.setEnabled(not server)
        self.server_box.setEnabled(server)
        self.last_probe = None
        self._update_buttons()

    def _update_buttons(self) -> None:
        idle = self.task is None
        self.test_button.setEnabled(idle)
        self.save_button.setEnabled(idle)
        self.create_button.setEnabled(idle and self.last_probe is not None and self.last_probe.state == "empty")

    def browse(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Database file"), self.path.text(), self.tr("ShopTeam database (*.db)"),
            options=QFileDialog.Option.DontConfirmOverwrite)
        if path:
            self.path.setText(path)
            self._changed()

    def url(self) -> str:
        """The chosen database's URL, with the typed password (raises ShopTeamError when fields are missing)."""
        if self.server_radio.isChecked():
            return dc.server_url(host=self.host.text(), port=self.port.value(), database=self.database.text(),
                                 user=self.user.text(), password=self.password.text())
        return dc.file_url(self.path.text().strip() or None)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.result.setStyleSheet(ERROR_STYLE if error else "")
        self.result.setText(text)

    def _run(self, work, url: str, done, title: str) -> None:
        def finish(result, error):
            self.task = None
            if error is not None:
                self.last_probe = None
                self._say(describe(error), error=True)
            else:
                done(result)
            self._update_buttons()

        self._say(self.tr("Connecting…"))
        self.task = run_task(lambda _progress, u: work(u), url, on_done=finish, parent=self, title=title)
        self._update_buttons()

    def test_connection(self) -> None:
        try:
            url = self.url()
        except ShopTeamError as exc:
            self._say(describe(exc), error=True)
            return
        self._run(dc.probe, url, self._show_probe, self.tr("Testing the connection…"))

    def _show_probe(self, found: dc.Probe) -> None:
        self.last_probe = found
        state = self.tr(_STATES[found.state]).replace("%1", found.revision or "")
        if found.state in ("shop", "older") and found.shop_name:
            state = self._join(state, self.tr("Shop: %1.").replace("%1", found.shop_name))
        elif found.state == "shop":
            state = self._join(state, self.tr("No shop yet: the first start creates it."))
        self._say(self.tr("Connected (%1). %2").replace("%1", found.server_version).replace("%2", state),
                  error=found.state in ("newer", "foreign"))

    def _join(self, first: str, second: str) -> str:
        """Two sentences one after the other (a space in English, none in Chinese)."""
        return self.tr("%1 %2").replace("%1", first).replace("%2", second)

    def create_schema(self) -> None:
        try:
            url = self.url()
        except ShopTeamError as exc:
            self._say(describe(exc), error=True)
            return

        def work(u):
            dc.create_schema(u)
            return dc.probe(u)

        def done(found):
            self._show_probe(found)
            self._say(self._join(self.tr("The schema was created."), self.result.text()))

        self._run(work, url, done, self.tr("Creating the schema…"))

    def save(self) -> None:
        try:
            url = self.url()
        except ShopTeamError as exc:
            self._say(describe(exc), error=True)
            return
        remember(url, ask_password=bool(self.password.text()))
        self._say(self.tr("Saved. ShopTeam must restart to use the other database (until then it keeps using "
                          "the one in use now)."))
        self.restart_button.show()
