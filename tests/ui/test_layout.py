"""The screens look finished at 1366×768 (issue 14): on the demo shop the side list keeps one width, table
columns fit their contents and fill the table's width (nothing squashed, nothing cut off, no empty strip at
the right), the org chart fits the window and zooms, and the welcome dialog counts the demo's departments."""

from __future__ import annotations

import re
import shutil
from datetime import date

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QHeaderView, QTableView, QTreeView

from shopteam.db.engine import make_engine, make_session_factory
from shopteam.db.models import Department, Employee
from shopteam.domain import clock
from shopteam.services import accounts, demo
from shopteam.ui.context import AppContext
from shopteam.ui.fonts import install_fonts
from shopteam.ui.login import FirstStartDialog
from shopteam.ui.main_window import MainWindow
from shopteam.ui.payout.ledger_page import COLUMN_TITLES

TODAY = date(2026, 12, 7)


@pytest.fixture(scope="module")
def demo_db(template_db, tmp_path_factory):
    """One demo shop for the module (made once: it takes a few seconds)."""
    path = tmp_path_factory.mktemp("layout") / "demo.db"
    shutil.copyfile(template_db, path)
    engine = make_engine(f"sqlite:///{path}")
    with clock.frozen(TODAY), make_session_factory(engine).begin() as session:
        demo.create_demo_shop(session, language="zh_CN", today=TODAY)
    engine.dispose()
    return path


@pytest.fixture
def window(qtbot, demo_db, tmp_path, language):
    app = QApplication.instance()
    font = app.font()
    install_fonts(app)  # the fonts the application uses: the widths below depend on them
    path = tmp_path / "demo.db"
    shutil.copyfile(demo_db, path)
    engine = make_engine(f"sqlite:///{path}")
    factory = make_session_factory(engine)
    clock.set_today(TODAY)
    with factory() as session:
        actor = accounts.login(session, username="boss", password=demo.DEMO_PASSWORD).actor
    window = MainWindow(AppContext(factory=factory, actor=actor, shop_name="小鹿优选旗舰店", db_url=str(path)))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()
    engine.dispose()
    app.setFont(font)


def settle(qtbot) -> None:
    QApplication.processEvents()
    qtbot.wait(30)  # the fitter's zero timer and any refit after a scroll bar came or went


def header_of(view) -> QHeaderView:
    return view.horizontalHeader() if isinstance(view, QTableView) else view.header()


def shown_columns(view) -> list[int]:
    header = header_of(view)
    return [c for c in range(header.count()) if not header.isSectionHidden(c)]


def assert_fills_width(view, language: str = "zh_CN") -> None:
    """The columns end at the table's right edge (within a few px): no empty strip, no last column cut off.
    English headers are longer: there a wide table may scroll sideways instead, still with no empty strip."""
    header = header_of(view)
    assert header.length() >= view.viewport().width() - 3, (header.length(), view.viewport().width())
    if language != "en" or header.length() <= view.viewport().width() + 3:
        assert abs(header.length() - view.viewport().width()) <= 3, (header.length(), view.viewport().width())
        assert view.horizontalScrollBar().maximum() == 0
    else:
        assert view.horizontalScrollBar().maximum() > 0  # the last columns are reached by scrolling


def assert_nothing_squashed(view) -> None:
    """No column narrower than its header text or (up to the fitter's cap) than its widest shown cell."""
    header = header_of(view)
    metrics = header.fontMetrics()
    model = view.model()
    for column in shown_columns(view):
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        widest_line = max((metrics.horizontalAdvance(line) for line in title.split("\n")), default=0)
        assert header.sectionSize(column) >= widest_line, (title, header.sectionSize(column))
        assert header.sectionSize(column) >= min(view.sizeHintForColumn(column), 260), title


def test_the_side_list_keeps_one_width_on_every_page(window, qtbot):
    widths = set()
    for key in ("home", "roster", "orgchart", "goals", "payout", "ledger", "audit"):
        window.show_page(key)
        settle(qtbot)
        widths.add((window.nav.width(), window.stack.geometry().left()))
    assert len(widths) == 1
    (nav_width, page_left), = widths
    assert 160 <= nav_width <= 260
    assert page_left - nav_width <= 2  # the page starts where the list ends: no empty strip between them
    longest = max(window.nav.visualItemRect(window.nav.item(i)).width() for i in range(window.nav.count()))
    assert longest <= nav_width


def test_payout_columns_fill_the_table(window, qtbot, language):
    page = window.show_page("payout")
    page.set_month(2026, 11)  # the demo's approved month
    settle(qtbot)
    assert page.model.rowCount() > 10
    assert_fills_width(page.table, language)
    assert_nothing_squashed(page.table)
    window.resize(1920, 1080)
    settle(qtbot)
    assert_fills_width(page.table, language)


@pytest.mark.parametrize("language", ["zh_CN"], indirect=True)
def test_appraisal_columns_fill_the_table(window, qtbot):
    page = window.show_page("appraisal")
    settle(qtbot)
    assert page.table.model().rowCount() > 10
    assert_fills_width(page.table)
    assert_nothing_squashed(page.table)


def test_the_rewards_list_gives_the_room_to_the_reason(window, qtbot, language):
    page = window.show_page("ledger")
    page.all_months.setChecked(True)
    settle(qtbot)
    assert page.model.rowCount() > 0
    assert_fills_width(page.table, language)
    assert_nothing_squashed(page.table)
    header = page.table.horizontalHeader()
    reason = COLUMN_TITLES.index("Reason")
    widest = max(range(header.count()), key=header.sectionSize)
    assert widest == reason  # the reason is the long text, not 记录人


@pytest.mark.parametrize("language", ["zh_CN"], indirect=True)
def test_the_goals_tree_shows_its_last_column(window, qtbot):
    page = window.show_page("goals")
    settle(qtbot)
    tree: QTreeView = page.tree
    assert_fills_width(tree)
    assert_nothing_squashed(tree)
    last = shown_columns(tree)[-1]
    assert tree.header().sectionViewportPosition(last) + tree.header().sectionSize(last) <= tree.viewport().width()


@pytest.mark.parametrize("language", ["zh_CN"], indirect=True)
@pytest.mark.parametrize("key", ["roster", "attendance", "accounts", "audit", "my_tasks"])
def test_list_screens_fill_their_width(window, qtbot, key):
    page = window.show_page(key)
    settle(qtbot)
    view = next(getattr(page, name) for name in ("table", "view") if isinstance(getattr(page, name, None),
                                                                           QTableView))
    assert view.model().rowCount() > 0
    assert_fills_width(view)
    assert_nothing_squashed(view)


@pytest.mark.parametrize("language", ["zh_CN"], indirect=True)
def test_the_org_chart_fits_the_window_and_zooms(window, qtbot):
    page = window.show_page("orgchart")
    qtbot.waitUntil(lambda: page._first_fit_done)
    view = page.view
    shown = view.mapFromScene(page.scene.sceneRect()).boundingRect()
    assert view.viewport().rect().adjusted(-2, -2, 2, 2).contains(shown)  # the whole chart is in view
    scale = view.transform().m11()
    assert 0.3 < scale <= 1.0
    page.zoom_in_button.click()
    assert view.transform().m11() == pytest.approx(scale * 1.25)
    centre = QPointF(view.viewport().rect().center())
    wheel = QWheelEvent(centre, QPointF(view.mapToGlobal(centre.toPoint())), QPoint(0, 0), QPoint(0, -120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier, Qt.ScrollPhase.NoScrollPhase,
                        False)
    QApplication.sendEvent(view.viewport(), wheel)
    assert view.transform().m11() == pytest.approx(scale * 1.25 / 1.15)
    page.actual_button.click()
    assert view.transform().m11() == pytest.approx(1.0)
    page.fit_button.click()
    assert view.transform().m11() == pytest.approx(scale, rel=0.02)


def test_the_welcome_dialog_counts_the_demo_departments(qtbot, factory, language):
    dialog = FirstStartDialog(factory, "zh_CN")
    qtbot.addWidget(dialog)
    hint = dialog.findChild(type(dialog.error), "demo_hint").text()
    qtbot.mouseClick(dialog.demo_button, Qt.MouseButton.LeftButton)
    with factory() as s:
        departments = s.query(Department).count()
        staff = s.query(Employee).filter(Employee.leave_date.is_(None)).count()
    if language == "en":
        said = re.search(r"has (\d+) people in (\d+) departments", hint)
        assert said is not None, hint
        people, shown = int(said.group(1)), int(said.group(2))
    else:
        said = re.search(r"有 (\d+) 个部门、(\d+) 名员工", hint)
        assert said is not None, hint
        shown, people = int(said.group(1)), int(said.group(2))
    assert shown == departments == 8
    assert people == staff
    assert "boss" in hint and "demo1234" in hint
