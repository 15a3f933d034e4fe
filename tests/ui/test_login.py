"""First start, login and the application's fonts and language, through the real dialogs."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QRawFont

from shopteam.db.models import Role, Shop, User
from shopteam.services import accounts
from shopteam.ui.fonts import install_fonts
from shopteam.ui.login import FirstStartDialog, LoginDialog


def test_first_start_creates_shop_owner_and_presets(qtbot, factory):
    dialog = FirstStartDialog(factory, "zh_CN")
    qtbot.addWidget(dialog)
    dialog.shop_name.setText("小鹿优选")
    dialog.username.clear()
    qtbot.keyClicks(dialog.username, "laoban")
    qtbot.keyClicks(dialog.password, "secret123")
    qtbot.keyClicks(dialog.repeat, "secret123")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.actor.is_owner
    with factory() as s:
        assert s.query(Shop).one().name == "小鹿优选"
        assert s.query(User).one().username == "laoban"
        assert "运营专员" in {r.name for r in s.query(Role)}  # presets in the chosen language


def test_first_start_refuses_different_passwords(qtbot, factory):
    dialog = FirstStartDialog(factory, "en")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.shop_name.setText("Shop")
    qtbot.keyClicks(dialog.password, "secret123")
    qtbot.keyClicks(dialog.repeat, "secret124")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.error.isVisible()
    assert dialog.error.text() == "The two passwords differ."
    with factory() as s:
        assert s.query(Shop).count() == 0


def test_first_start_offers_the_demo_shop(qtbot, factory):
    dialog = FirstStartDialog(factory, "zh_CN")
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.demo_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    with factory() as s:
        assert accounts.get_shop(s) is not None
        assert accounts.login(s, username="boss", password="demo1234").actor is not None


def test_login_shows_wrong_password_inline_then_succeeds(qtbot, factory, owner):
    dialog = LoginDialog(factory, "测试小店")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.username, "boss")
    qtbot.keyClicks(dialog.password, "wrong-one")
    qtbot.mouseClick(dialog.login_button, Qt.MouseButton.LeftButton)
    assert dialog.error.isVisible()
    assert dialog.error.text() == "Wrong user name or password."
    assert dialog.password.text() == ""
    qtbot.keyClicks(dialog.password, "secret123")
    qtbot.mouseClick(dialog.login_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.actor.username == "boss"


def test_chinese_renders_with_the_bundled_font(qapp):
    chain = install_fonts(qapp)
    assert "Droid Sans Fallback" in chain
    raw = QRawFont.fromFont(QFont("Droid Sans Fallback"))
    glyphs = raw.glyphIndexesForString("网店团队管家员工花名册绩效考核")
    assert len(glyphs) == 15 and all(g != 0 for g in glyphs)  # glyph 0 would be the empty box


def test_benchmark_login_is_the_demo_owners():
    from shopteam.app import BENCH_LOGIN
    from shopteam.services import demo

    assert BENCH_LOGIN == (demo.OWNER_USERNAME, demo.DEMO_PASSWORD)
