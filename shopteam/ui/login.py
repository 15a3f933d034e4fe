"""The two dialogs before the main window: first start (create the shop or open the demo) and login."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from shopteam.domain.errors import ShopTeamError
from shopteam.services import accounts
from shopteam.services.context import Actor
from shopteam.ui.i18n import LANGUAGES
from shopteam.ui.messages import ERROR_STYLE, describe


def _error_label() -> QLabel:
    label = QLabel()
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


def _show_error(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


class FirstStartDialog(QDialog):
    """Creates the shop and its owner account, or fills the database with the demo shop."""

    def __init__(self, factory: sessionmaker[Session], language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.factory = factory
        self.language = language
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Welcome to ShopTeam"))
        self.setMinimumWidth(440)

        intro = QLabel(self.tr("Set up your shop. You will be its owner and can add managers and staff later."))
        intro.setWordWrap(True)
        self.shop_name = QLineEdit()
        self.shop_name.setPlaceholderText(self.tr("e.g. Little Deer Select Store"))
        self.username = QLineEdit("boss")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.language_combo = QComboBox()
        for code, name in LANGUAGES.items():
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(list(LANGUAGES).index(language) if language in LANGUAGES else 0)
        self.error = _error_label()

        form = QFormLayout()
        form.addRow(self.tr("Shop name"), self.shop_name)
        form.addRow(self.tr("Owner's user name"), self.username)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Repeat password"), self.repeat)
        form.addRow(self.tr("Language of preset data"), self.language_combo)

        buttons = QDialogButtonBox()
        self.create_button = buttons.addButton(self.tr("Create shop"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.demo_button = buttons.addButton(self.tr("Open a demo shop"), QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.create_button.clicked.connect(self.create_shop)
        self.demo_button.clicked.connect(self.open_demo)
        buttons.rejected.connect(self.reject)

        from shopteam.services.demo import DEMO_PASSWORD, OWNER_USERNAME, PEOPLE
        from shopteam.services.demo import DEPARTMENTS as DEMO_DEPARTMENTS

        staff = sum(1 for p in PEOPLE if not p.has_left)  # the people on the roster, as the shop opens
        demo_hint = QLabel(self.tr("The demo shop has %1 people in %2 departments. "
                                   "Log in later as %3 with the password %4.")
                           .replace("%1", str(staff)).replace("%2", str(len(DEMO_DEPARTMENTS)))
                           .replace("%3", OWNER_USERNAME).replace("%4", DEMO_PASSWORD))
        demo_hint.setObjectName("demo_hint")
        demo_hint.setWordWrap(True)
        demo_hint.setStyleSheet("color: #666;")

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(demo_hint)
        layout.addWidget(buttons)

    def create_shop(self) -> None:
        if self.password.text() != self.repeat.text():
            _show_error(self.error, self.tr("The two passwords differ."))
            return
        try:
            with self.factory.begin() as session:
                self.actor = accounts.create_shop(
                    session, shop_name=self.shop_name.text(), owner_username=self.username.text(),
                    password=self.password.text(), language=self.language_combo.currentData())
                from shopteam.services import org

                org.seed_presets(session, actor=self.actor, language=self.language_combo.currentData())
        except ShopTeamError as exc:
            _show_error(self.error, describe(exc))
            return
        self.accept()

    def open_demo(self) -> None:
        from shopteam.services import demo

        try:
            with self.factory.begin() as session:
                self.actor = demo.create_demo_shop(session, language=self.language_combo.currentData())
        except ShopTeamError as exc:
            _show_error(self.error, describe(exc))
            return
        self.accept()


class LoginDialog(QDialog):
    def __init__(self, factory: sessionmaker[Session], shop_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.factory = factory
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Log in — %1").replace("%1", shop_name))
        self.setMinimumWidth(360)
        title = QLabel(shop_name)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title.setStyleSheet("font-size: 18px; font-weight: 600; margin: 8px;")
        self.username = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = _error_label()
        form = QFormLayout()
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Password"), self.password)
        self.login_button = QPushButton(self.tr("Log in"))
        self.login_button.setDefault(True)
        self.login_button.clicked.connect(self.try_login)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.login_button)

    def try_login(self) -> None:
        with self.factory.begin() as session:  # failures are counted, so always commit
            result = accounts.login(session, username=self.username.text(), password=self.password.text())
        if result.actor is None:
            _show_error(self.error, describe(result.error))
            self.password.clear()
            self.password.setFocus()
            return
        self.actor = result.actor
        self.accept()
