"""The Database dialog: a shared server's fields tested against the real test PostgreSQL server, the schema
created in an empty database, and the choice saved without its password; owner only; in English and Chinese."""

from __future__ import annotations

from PySide6.QtCore import QSettings, QThreadPool
from sqlalchemy.engine import make_url

from shopteam.db.migrate import SCHEMA_HEAD
from shopteam.services import database_choice as dc
from shopteam.ui.context import AppContext
from shopteam.ui.database_dialog import ASK_PASSWORD_KEY, URL_KEY, DatabaseDialog, remembered_url
from tests.test_translations import chinese  # noqa: F401 - the fixture installing the Chinese translation


def _dialog(qtbot, owner_ctx):
    QSettings().remove("database")
    d = DatabaseDialog(owner_ctx)
    qtbot.addWidget(d)
    d.show()
    return d


def _fill_server(d, url: str, password: str = "") -> None:
    u = make_url(url)
    d.server_radio.click()
    d.host.setText(u.host)
    d.port.setValue(u.port)
    d.database.setText(u.database)
    d.user.setText(u.username)
    d.password.setText(password)


def test_test_then_save_a_server_without_its_password(qtbot, owner_ctx, pg_url):
    d = _dialog(qtbot, owner_ctx)
    assert d.file_radio.isChecked() and not d.server_box.isEnabled()
    assert d.path.text() == str(dc.default_database_path())  # nothing remembered, no URL in the context
    assert not d.overridden.isVisible()
    _fill_server(d, pg_url, password="not-needed-here")
    assert d.server_box.isEnabled() and not d.file_box.isEnabled()
    d.test_button.click()
    qtbot.waitUntil(lambda: d.task is None and d.result.text().startswith("Connected"), timeout=10000)
    assert d.result.text().startswith("Connected (PostgreSQL 1")
    assert "A ShopTeam database. No shop yet: the first start creates it." in d.result.text()
    assert not d.create_button.isEnabled()  # not empty

    d.save_button.click()
    expected = dc.without_password(pg_url)
    assert QSettings().value(URL_KEY) == expected == remembered_url()
    assert "not-needed-here" not in expected and ":" not in make_url(expected).username
    assert QSettings().value(ASK_PASSWORD_KEY, False, bool) is True
    assert d.result.text().startswith("Saved. ShopTeam must restart")
    assert d.restart_button.isVisible()
    with qtbot.waitSignal(d.restart_requested, timeout=1000):
        d.restart_button.click()


def test_create_the_schema_in_an_empty_server_database(qtbot, owner_ctx, pg_server):
    url = pg_server.create_database("t_dbdialog_empty")
    try:
        d = _dialog(qtbot, owner_ctx)
        _fill_server(d, url)
        d.test_button.click()
        qtbot.waitUntil(lambda: d.task is None and d.last_probe is not None, timeout=10000)
        assert "The database is empty. Create the schema to use it." in d.result.text()
        assert d.create_button.isEnabled()
        d.create_button.click()
        qtbot.waitUntil(lambda: d.task is None, timeout=30000)
        assert d.result.text().startswith("The schema was created. Connected (PostgreSQL")
        assert dc.probe(url).revision == SCHEMA_HEAD
        assert not d.create_button.isEnabled()
    finally:
        pg_server.drop_database("t_dbdialog_empty")


def test_an_unreachable_server_is_said_in_chinese(qtbot, owner_ctx, chinese):  # noqa: F811
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    d = _dialog(qtbot, owner_ctx)
    assert d.windowTitle() == "数据库"
    d.server_radio.click()
    d.host.setText("127.0.0.1")
    d.port.setValue(port)
    d.user.setText("boss")
    d.test_button.click()
    qtbot.waitUntil(lambda: d.task is None and d.result.text() != "正在连接…", timeout=10000)
    assert d.result.text().startswith("无法连接数据库：")
    d.user.setText("")
    d.save_button.click()
    assert d.result.text() == "请填写服务器、数据库和用户名。"
    assert QSettings().value(URL_KEY) is None


def test_only_the_owner_sees_the_menu_entry(qtbot, factory, owner):
    from dataclasses import replace

    from shopteam.ui.main_window import MainWindow

    def entries(actor):
        w = MainWindow(AppContext(factory=factory, actor=actor, shop_name="测试小店"))
        qtbot.addWidget(w)
        QThreadPool.globalInstance().waitForDone()  # the first page's background load reports to a live window
        qtbot.wait(50)
        return [a.text() for a in w.menuBar().actions()[0].menu().actions()]

    assert "Database…" in entries(owner)
    assert "Database…" not in entries(replace(owner, level="manager"))


def test_the_start_takes_db_first_then_the_remembered_choice_then_the_default(monkeypatch, tmp_path):
    from PySide6.QtWidgets import QInputDialog

    from shopteam.app import _chosen_url
    from shopteam.ui.database_dialog import remember

    QSettings().remove("database")
    monkeypatch.delenv("SHOPTEAM_DB", raising=False)
    assert _chosen_url(None) == ""  # resolve_url("") is the default file
    remember(dc.file_url(tmp_path / "店.db"), ask_password=False)
    assert _chosen_url(None) == dc.file_url(tmp_path / "店.db")
    monkeypatch.setenv("SHOPTEAM_DB", "/elsewhere.db")
    assert _chosen_url(None) == "/elsewhere.db"
    assert _chosen_url("postgresql://a@b/c") == "postgresql://a@b/c"
    monkeypatch.delenv("SHOPTEAM_DB")

    server = dc.server_url(host="office-pc", database="shopteam", user="boss", password="s3cret")
    remember(server, ask_password=True)
    assert QSettings().value(URL_KEY) == "postgresql+psycopg://boss@office-pc:5432/shopteam"
    asked = []
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (asked.append(a[2]), ("s3cret", True))[1])
    assert _chosen_url(None) == server
    assert asked == ["Password of boss on office-pc:5432/shopteam:"]
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("", False))
    assert _chosen_url(None) is None  # cancelled: ShopTeam does not start
    remember(server, ask_password=False)  # a server trusting this PC: no question
    assert _chosen_url(None) == dc.without_password(server)


def test_a_remembered_server_that_does_not_open_offers_this_pcs_file(monkeypatch):
    import socket

    from PySide6.QtCore import QProcess
    from PySide6.QtWidgets import QMessageBox

    from shopteam.app import open_database
    from shopteam.ui.database_dialog import remember, server_did_not_open

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    url = dc.server_url(host="127.0.0.1", port=port, database="shopteam", user="boss")
    try:
        open_database(url)
    except Exception as exc:  # noqa: BLE001 - whatever the driver raises is what the start sees
        error = exc
    said, started = [], []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: said.append(text))
    monkeypatch.setattr(QMessageBox, "question", lambda _p, _t, text: (said.append(text),
                                                                        QMessageBox.StandardButton.Yes)[1])
    monkeypatch.setattr(QProcess, "startDetached", lambda *a: started.append(a) or True)

    QSettings().remove("database")  # given with --db: said, nothing forgotten, nothing started
    assert server_did_not_open(url, error) == 2
    assert said[-1].startswith("Could not connect to the database: ") and started == []

    remember(url, ask_password=False)
    assert server_did_not_open(url, error) == 0
    assert "Use this PC's file instead?" in said[-1]
    assert remembered_url() is None and len(started) == 1
