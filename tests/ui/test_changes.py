"""Screens refresh when data they show changes, and only then (issue 14): one change signal from the session
factory's commits (db/changes, ui/changes) instead of a reload of every page on every visit."""

from __future__ import annotations

import threading
from datetime import date

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import event

from shopteam.db import changes
from shopteam.db.engine import make_engine, make_session_factory
from shopteam.domain import clock
from shopteam.services import audit
from shopteam.services.org import roster
from shopteam.services.org.roster import StaffInput
from shopteam.ui.imports.wizard import ImportWizard
from shopteam.ui.main_window import PAGES, MainWindow
from shopteam.ui.tasks import Task, run_task
from tests.services.dashboard_shop import TODAY, make_dashboard_shop
from tests.ui.test_boards import board  # noqa: F401 - the fixture: the board tests' content board
from tests.ui.test_boards import titles as board_titles
from tests.ui.test_import_wizard import EXPECTED, SAMPLES, commit, import_file, roster_imported  # noqa: F401


def idle(qtbot) -> None:
    """Every background task done and every queued change message delivered."""
    qtbot.waitUntil(lambda: not Task._running, timeout=20000)
    qtbot.wait(20)


def home_loaded(qtbot, window) -> None:
    """The figures and (owner, managers) the headcount chart under them: its query must not fall into a test's
    count of queries later."""
    home = window.pages["home"]
    qtbot.waitUntil(lambda: home.dashboard is not None and not home.loading
                    and (home.staff or (home.chart is not None and not home.chart_loading)), timeout=10000)


def staff_shown(page) -> set[str]:
    col = page.model.headers().index("Name")
    return {page.model.index(r, col).data() for r in range(page.model.rowCount())}


def count_refreshes(monkeypatch, page) -> list[int]:
    """Count the refreshes of a page the window already tracks (its instance's refresh)."""
    calls: list[int] = []
    tracked = page.refresh
    monkeypatch.setattr(page, "refresh", lambda *a: (calls.append(1), tracked(*a))[1])
    return calls


@pytest.fixture
def window(qtbot, owner_ctx, small_shop, monkeypatch):
    monkeypatch.setattr("shopteam.ui.home.page.CHART_DELAY_MS", 0)  # the chart at once, not 1.2 s after the figures
    window = MainWindow(owner_ctx)
    qtbot.addWidget(window)
    home_loaded(qtbot, window)
    return window


def test_switching_between_pages_whose_data_did_not_change_runs_no_query(qtbot, window, engine):
    for key in ("roster", "departments", "boards", "attendance", "home"):
        window.show_page(key)
        idle(qtbot)
    statements: list[str] = []
    event.listen(engine, "before_cursor_execute", lambda _c, _cur, sql, *_a: statements.append(sql))
    for key in ("roster", "departments", "boards", "attendance", "home", "roster"):
        window.show_page(key)
        idle(qtbot)
    assert statements == []


def test_looking_at_every_page_writes_nothing(qtbot, window, factory):
    """A page whose refresh wrote what it shows would reload itself for ever."""
    recorder = changes.recorder_of(factory)
    before = recorder.generation
    for spec in PAGES:
        window.show_page(spec.key)
        idle(qtbot)
    assert recorder.generation == before and window._stale == set()


def test_a_change_marks_only_the_hidden_pages_that_show_it_stale(qtbot, window, factory, owner, monkeypatch):
    for key in ("departments", "audit", "accounts", "roster"):
        window.show_page(key)
    idle(qtbot)
    departments = count_refreshes(monkeypatch, window.pages["departments"])
    with factory.begin() as s:  # only the audit log (as an export's record)
        audit.record(s, owner, "export", "employee", None)
    idle(qtbot)
    assert window._stale == {"audit"}  # the home screen shows nearly everything, not the audit log
    window.show_page("departments")
    assert departments == []


def test_the_page_on_screen_reloads_once_after_its_own_save(qtbot, window, monkeypatch, small_shop):
    page = window.show_page("roster")
    calls = count_refreshes(monkeypatch, page)
    page.table.selectRow(0)
    page.edit_action.trigger()
    form = page.dialog
    form.fields["notes"].setPlainText("换了工位")
    form.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    idle(qtbot)
    assert len(calls) == 1  # the page's own refresh after the save; the change message finds it fresh


def test_a_commit_on_a_worker_refreshes_the_page_on_screen(qtbot, window, factory, owner):
    page = window.show_page("roster")
    threads = []

    def work(_progress):
        threads.append(threading.current_thread())
        with factory.begin() as s:
            roster.create_staff(s, actor=owner, data=StaffInput(employee_no="E020", name="孙七",
                                                                hire_date=date(2026, 1, 5), status="active"))

    run_task(work)
    qtbot.waitUntil(lambda: "孙七" in staff_shown(page), timeout=10000)
    assert threads and threads[0] is not threading.main_thread()
    assert page.count_label.text() == "4 of 4"


def test_an_import_refreshes_the_page_on_screen(qtbot, monkeypatch, owner_ctx):
    window = MainWindow(owner_ctx)  # an empty shop: the sample roster brings its people and departments
    qtbot.addWidget(window)
    home_loaded(qtbot, window)
    page = window.show_page("roster")
    departments = window.show_page("departments")
    assert departments.tree.topLevelItemCount() == 0
    window.show_page("roster")
    assert staff_shown(page) == set()
    window.open_import()
    wizard = window.findChild(ImportWizard)
    import_file(qtbot, monkeypatch, wizard, SAMPLES / "roster_foreign.xlsx", "roster")
    commit(qtbot, wizard)
    qtbot.waitUntil(lambda: len(staff_shown(page)) > 0, timeout=10000)
    assert page.count_label.text() == f"{page.model.rowCount()} of {page.model.rowCount()}"
    idle(qtbot)
    assert window._stale >= {"departments", "home"}
    window.show_page("departments")  # made stale by the import: loaded on this visit
    assert departments.tree.topLevelItemCount() > 0


def test_view_refresh_shows_what_another_pc_saved(qtbot, window, db_url, owner):
    page = window.show_page("roster")
    other = make_engine(db_url)
    try:
        with make_session_factory(other).begin() as s:  # the other PC: its commits are not this window's
            roster.create_staff(s, actor=owner, data=StaffInput(employee_no="E030", name="周八",
                                                                hire_date=date(2026, 1, 5), status="active"))
    finally:
        other.dispose()
    window.show_page("departments")
    window.show_page("roster")
    assert "周八" not in staff_shown(page)  # nothing this window could see changed
    assert window.refresh_action.shortcut().toString() == "F5"
    window.refresh_action.trigger()
    assert "周八" in staff_shown(page)


@pytest.fixture
def dashboard_window(qtbot, factory, owner, owner_ctx):
    with clock.frozen(TODAY):
        make_dashboard_shop(factory)
        window = MainWindow(owner_ctx)
        qtbot.addWidget(window)
        home_loaded(qtbot, window)
        yield window


def test_a_person_added_on_the_roster_marks_home_stale_and_home_shows_the_new_headcount(qtbot, dashboard_window,
                                                                                         monkeypatch):
    window = dashboard_window
    home = window.pages["home"]
    assert home.tiles["headcount"].value.text() == "4"
    assert "2 joined" in home.tiles["headcount"].detail.text()
    home_refreshes = count_refreshes(monkeypatch, home)
    page = window.show_page("roster")
    assert home_refreshes == []
    page.new_action.trigger()
    form = page.dialog
    form.fields["employee_no"].setText("E099")
    form.fields["name"].setText("钱新来")
    form.fields["hire_date"].setDate(QDate(TODAY.year, TODAY.month, TODAY.day))
    form.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert not form.isVisible() and "钱新来" in staff_shown(page)
    idle(qtbot)
    assert "home" in window._stale and home_refreshes == []  # hidden: not reloaded until it is visited
    window.show_page("home")
    assert home_refreshes == [1]
    home_loaded(qtbot, window)
    assert home.tiles["headcount"].value.text() == "5"
    assert "3 joined" in home.tiles["headcount"].detail.text()
    window.show_page("roster")
    window.show_page("home")
    assert home_refreshes == [1]


def test_every_page_declares_the_tables_its_refresh_reads(qtbot, factory, engine):
    """On the demo shop, what each page's load reads is in its ``shows``: a change to any of them reloads it."""
    import re

    from shopteam.services import accounts, demo
    from shopteam.ui.changes import shown_by
    from shopteam.ui.context import AppContext

    with factory.begin() as s:
        demo.create_demo_shop(s)
    with factory.begin() as s:
        actor = accounts.login(s, username="boss", password="demo1234").actor
    window = MainWindow(AppContext(factory=factory, actor=actor, shop_name="demo"))
    qtbot.addWidget(window)
    home_loaded(qtbot, window)
    read: set[str] = set()
    lock = threading.Lock()
    names = re.compile(r'\b(?:FROM|JOIN)\s+"?(\w+)', re.IGNORECASE)

    def on_statement(_conn, _cursor, sql, *_args):
        with lock:
            read.update(t.lower() for t in names.findall(sql))

    event.listen(engine, "before_cursor_execute", on_statement)
    missing = {}
    for spec in PAGES:
        page = window.show_page(spec.key)
        idle(qtbot)
        with lock:
            read.clear()
        window.refresh_current()  # F5: what the page reads when it loads
        idle(qtbot)
        with lock:
            shows = shown_by(page)
            extra = {t for t in read if shows is not None and t not in shows}
        if extra:
            missing[spec.key] = sorted(extra)
    assert missing == {}


def test_a_card_moved_on_the_board_on_screen_does_not_reload_the_board(qtbot, window, board, monkeypatch):  # noqa: F811
    """The board shows its own move without reading the board again; the change reaches the other pages."""
    window.show_page("my_tasks")
    page = window.show_page("boards")
    page.show_board(board["id"])
    idle(qtbot)
    calls = count_refreshes(monkeypatch, page)
    page.key_move(board["A"], 1, 0)
    idle(qtbot)
    assert board_titles(page, board["cols"][1]) == ["D", "A"]
    assert calls == []
    assert {"my_tasks", "home"} <= window._stale and "departments" not in window._stale


def test_an_import_from_the_attendance_page_of_the_same_month_shows_it(roster_imported, qtbot, monkeypatch,  # noqa: F811
                                                                       owner_ctx):
    """The page's import only moves to the imported month; the month on screen is reloaded by the change."""
    window = MainWindow(owner_ctx)
    qtbot.addWidget(window)
    home_loaded(qtbot, window)
    page = window.show_page("attendance")
    page.set_month(2026, 9)
    calls = count_refreshes(monkeypatch, page)
    page.import_button.click()
    wizard = page.wizard
    import_file(qtbot, monkeypatch, wizard, SAMPLES / "wecom_detail_2026-09.xlsx", "attendance")
    commit(qtbot, wizard)
    idle(qtbot)
    assert page.month() == (2026, 9) and len(calls) == 1  # by the change signal, not by the page's import
    numbers = [page.model.index(r, 0).data() for r in range(page.model.rowCount())]
    assert numbers == sorted(EXPECTED["staff"])
    late = page.model.headers().index("Late")
    assert page.model.index(numbers.index("A002"), late).data() == str(EXPECTED["staff"]["A002"]["late_count"])


def test_candidates_imported_from_the_recruitment_page_are_shown(qtbot, monkeypatch, factory, owner, owner_ctx):
    from shopteam.services import org
    from shopteam.services.recruitment import recruiting
    from tests.services.test_candidates_import import SAMPLE

    with factory.begin() as s:
        dep = org.create_department(s, actor=owner, name="客服部")
        role = org.create_role(s, actor=owner, name="客服专员", department_id=dep)
        recruiting.open_position(s, actor=owner, role_id=role, headcount=2)
    window = MainWindow(owner_ctx)
    qtbot.addWidget(window)
    home_loaded(qtbot, window)
    page = window.show_page("recruitment")
    assert page.candidates == []
    page.import_button.click()
    import_file(qtbot, monkeypatch, page.wizard, SAMPLE, "candidates")
    commit(qtbot, page.wizard)
    idle(qtbot)
    assert len(page.candidates) > 0
    assert page.message.text() == f"{summary_inserted(page.wizard)} candidate(s) imported."


def summary_inserted(wizard) -> str:
    return wizard.summary_page.labels["inserted"].text()


def test_the_home_screen_shows_every_table_but_the_log_and_the_accounts():
    from shopteam.ui.changes import concerns, shown_by
    from shopteam.ui.home.page import HomePage

    shows = shown_by(HomePage)
    assert "punch_record" in shows and "meeting_action" in shows and "audit_log" not in shows
    assert concerns(shows, frozenset({"audit_log", "kpi_actual"}))
    assert not concerns(shows, frozenset({"audit_log", "user_account"}))
    assert concerns(None, frozenset({"audit_log"}))  # a page that does not say shows everything
