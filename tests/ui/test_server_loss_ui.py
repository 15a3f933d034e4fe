"""The window when the database server goes away mid-action (a real PostgreSQL server, stopped for real):
the payout page's approval and the import wizard's commit (through ui.tasks) show the sentence of
ServerUnreachable in the window's language, the screen stays usable, and once the server is back the same
click succeeds with the same session factory."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from sqlalchemy import func, select

from shopteam.db.models.attendance import PunchRecord
from shopteam.services.imports import pipeline as imports
from shopteam.services.payout import runs as payout
from shopteam.ui.imports import jobs
from shopteam.ui.imports.wizard import ImportWizard
from shopteam.ui.payout.page import PayoutPage
from tests.services.payout_shop import MONTH, YEAR, make_month
from tests.services.test_server_loss import (  # noqa: F401 - fixtures: this module's own stoppable server
    DAYS,
    PEOPLE,
    db_url,
    punch_file,
    server,
    staff,
)
from tests.ui.test_import_wizard import import_file, next_button

UNREACHABLE = {
    "en": ("The database server cannot be reached. Nothing was saved; ShopTeam tries again when you repeat the "
           "action."),
    "zh_CN": "无法连接数据库服务器。本次操作未保存任何内容；重新执行该操作时会再次尝试连接。",
}


def test_payout_approval_when_the_server_goes_and_comes_back(qtbot, server, factory, owner, monkeypatch,  # noqa: F811
                                                             language):
    from datetime import date

    from shopteam.domain import clock
    from shopteam.ui.context import AppContext

    clock.set_today(date(2026, 12, 7))
    make_month(factory, owner)
    page = PayoutPage(AppContext(factory=factory, actor=owner, shop_name="测试小店"))
    qtbot.addWidget(page)
    page.set_month(YEAR, MONTH)
    qtbot.mouseClick(page.compute_button, Qt.MouseButton.LeftButton)
    assert page.view.state == "draft" and page.approve_button.isEnabled()
    draft = page.state_label.text()

    record, stops = payout.audit.record, []

    def stop_then_record(*args, **kwargs):  # the run is flushed as approved; then the server goes
        if args[3] == "payout_run" and not stops:
            stops.append(args[4])
            server.halt("immediate")
        return record(*args, **kwargs)

    monkeypatch.setattr(payout.audit, "record", stop_then_record)
    qtbot.mouseClick(page.approve_button, Qt.MouseButton.LeftButton)
    assert stops == [page.view.id]
    assert page.message.text() == UNREACHABLE[language]
    assert page.state_label.text() == draft and page.approve_button.isEnabled()  # still the draft, still usable
    assert not page.view.locked

    server.resume()
    qtbot.mouseClick(page.approve_button, Qt.MouseButton.LeftButton)  # the same click, the same factory
    assert page.view.locked and page.message.text() != UNREACHABLE[language]
    assert page.reopen_button.isEnabled() and not page.approve_button.isEnabled()
    with factory() as s:
        assert payout.get_run(s, actor=owner, year=YEAR, month=MONTH).state == "approved"


def test_import_wizard_when_the_server_goes_and_comes_back(qtbot, server, factory, owner_ctx, staff,  # noqa: F811
                                                           punch_file, monkeypatch, language):  # noqa: F811
    monkeypatch.setattr(imports, "CHUNK", 1000)
    wizard = ImportWizard(owner_ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    import_file(qtbot, monkeypatch, wizard, punch_file, "attendance")
    next_button(wizard).click()
    qtbot.waitUntil(lambda: wizard.currentId() == wizard.PAGE_COMMIT, timeout=5000)

    report, reports = jobs.Translated.report, []

    def stop_at_3000_rows(self, done, total=0, text=""):
        reports.append(done)
        if text == "writing" and done >= 3000 and server.running and len(reports) < 100:
            server.halt("fast")
        report(self, done, total, text)

    monkeypatch.setattr(jobs.Translated, "report", stop_at_3000_rows)
    commit_button = wizard.button(QWizard.WizardButton.CommitButton)
    commit_button.click()
    page = wizard.page(wizard.PAGE_COMMIT)
    qtbot.waitUntil(lambda: page.error.isVisible(), timeout=30000)
    assert not server.running and 3000 in reports
    assert page.error.text() == UNREACHABLE[language]
    assert wizard.currentId() == wizard.PAGE_COMMIT and not page.busy  # the wizard stays, ready to try again
    assert commit_button.isEnabled() and wizard.isVisible()

    server.resume()
    monkeypatch.setattr(jobs.Translated, "report", report)
    commit_button.click()
    qtbot.waitUntil(lambda: wizard.currentId() == wizard.PAGE_SUMMARY, timeout=30000)
    assert wizard.summary.inserted == PEOPLE * DAYS
    with factory() as s:
        assert s.scalar(select(func.count()).select_from(PunchRecord)) == PEOPLE * DAYS



def test_a_database_failure_that_escapes_a_screen_is_said_in_a_warning(qtbot, server, factory, owner,  # noqa: F811
                                                                       monkeypatch, language):
    """A screen that catches only the services' refusals lets a driver error through its click handler;
    the window's hook (ui/uncaught, installed by app.main) shows its sentence instead of only printing it."""
    import sys

    from PySide6.QtWidgets import QMessageBox, QPushButton

    from shopteam.ui import uncaught

    shown, passed_on = [], []
    monkeypatch.setattr(sys, "excepthook", lambda kind, error, tb: passed_on.append(error))
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda parent, title, text: shown.append((title, text))))
    uncaught.install()
    uncaught.install()  # once only
    hook = sys.excepthook
    assert hook._shopteam is True

    def count_people():  # what a page's slot does, with no except for database errors
        with factory() as s:
            s.connection().exec_driver_sql("SELECT count(*) FROM employee").scalar()

    button = QPushButton()
    qtbot.addWidget(button)
    button.clicked.connect(count_people)
    server.halt("fast")
    button.click()  # the slot raises; Qt hands the error to sys.excepthook
    assert shown == [("ShopTeam", UNREACHABLE[language])] and passed_on == []

    bug = ValueError("a real bug")
    hook(ValueError, bug, None)
    assert passed_on == [bug] and len(shown) == 1  # anything else goes on to the previous hook
    server.resume()
    count_people()  # the same factory works again
