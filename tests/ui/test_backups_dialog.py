"""The Backups dialog: lists the backups with date, kind and size, makes one now and restores one (after a
safety copy) in the background, and saves the automatic-backup settings; in English and Chinese."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import select

from shopteam.db.models import Department
from shopteam.domain import clock
from shopteam.services import backups
from shopteam.services.maintenance import database_file, default_backup_dir
from shopteam.ui.backups import BackupsDialog
from tests.test_translations import chinese  # noqa: F401 - the fixture installing the Chinese translation


@pytest.fixture
def dialog(qtbot, owner_ctx):
    folder = default_backup_dir(owner_ctx.factory.kw["bind"])
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{database_file(owner_ctx.factory.kw['bind']).stem}-auto-20261201-090000.db").write_bytes(b"x" * 3000)
    d = BackupsDialog(owner_ctx)
    qtbot.addWidget(d)
    d.show()
    return d


def texts(table):
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def test_back_up_now_then_restore_it(qtbot, dialog, owner_ctx):
    assert texts(dialog.table) == [["2026-12-01 09:00:00", "automatic", "3 KB"]]
    assert not dialog.restore_button.isEnabled()
    with clock.frozen(datetime(2026, 12, 6, 10, 15)):
        dialog.backup_button.click()
        qtbot.waitUntil(lambda: dialog.task is None, timeout=5000)
    assert dialog.message.text().startswith("Backup written to ")
    assert texts(dialog.table)[0][:2] == ["2026-12-06 10:15:00", "by hand"]

    with owner_ctx.factory.begin() as s:
        s.add(Department(name="after the backup"))
    dialog.table.selectRow(0)
    assert dialog.restore_button.isEnabled()
    with qtbot.waitSignal(dialog.restored, timeout=10000), clock.frozen(datetime(2026, 12, 6, 10, 20)):
        dialog.restore_from(dialog.selected())
    with owner_ctx.factory() as s:
        assert s.scalar(select(Department).where(Department.name == "after the backup")) is None
    kinds = [row[1] for row in texts(dialog.table)]
    assert kinds == ["before a restore", "by hand", "automatic"]
    assert dialog.message.text().startswith("Restored. The data as it was before is kept in ")


def test_settings_saved(dialog, owner_ctx):
    assert dialog.automatic.isChecked() and dialog.keep_daily.value() == 14 and dialog.keep_monthly.value() == 12
    dialog.automatic.setChecked(False)
    dialog.keep_daily.setValue(30)
    dialog.save_button.click()
    assert dialog.message.text() == "Saved."
    with owner_ctx.factory() as s:
        assert backups.get_policy(s) == backups.BackupPolicy(automatic=False, keep_daily=30, keep_monthly=12)


@pytest.mark.usefixtures("chinese")
def test_in_chinese(dialog):
    assert dialog.windowTitle() == "备份"
    assert texts(dialog.table) == [["2026-12-01 09:00:00", "自动", "3 KB"]]
    assert dialog.backup_button.text() == "立即备份" and dialog.restore_button.text() == "恢复…"


def test_a_day_without_backup_gets_one_at_start(qtbot, owner_ctx):
    from shopteam.ui.main_window import MainWindow

    window = MainWindow(owner_ctx)
    qtbot.addWidget(window)
    with clock.frozen(date(2026, 12, 6)):
        window.start_automatic_backup()
        qtbot.waitUntil(lambda: backups.list_backups(owner_ctx.factory.kw["bind"]) != [], timeout=5000)
    assert [b.kind for b in backups.list_backups(owner_ctx.factory.kw["bind"])] == ["auto"]
