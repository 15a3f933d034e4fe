"""Automatic rotating backups: one at the day's first start, one on close, 14 daily and 12 monthly kept."""

import os
import sqlite3
import stat
from datetime import datetime, timedelta

import pytest

from shopteam.domain import clock
from shopteam.domain.errors import PermissionDenied, ValidationError
from shopteam.services.backups import (
    BackupPolicy,
    backup_at_start,
    backup_on_close,
    get_policy,
    list_backups,
    rotate,
    set_policy,
)
from shopteam.services.context import Actor
from shopteam.services.maintenance import database_file, default_backup_dir, make_backup


def fake_auto(engine, moment: datetime, label: str = "auto"):
    folder = default_backup_dir(engine)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{database_file(engine).stem}-{label}-{moment:%Y%m%d-%H%M%S}.db"
    path.write_bytes(b"x")
    return path


def test_first_start_of_the_day_makes_one_checked_private_backup(engine, owner):
    policy = BackupPolicy()
    with clock.frozen(datetime(2026, 12, 6, 8, 30)):
        first = backup_at_start(engine, policy)
        assert first is not None and first.name.endswith("-auto-20261206-083000.db")
        assert backup_at_start(engine, policy) is None  # the second start that day makes none
    with sqlite3.connect(first) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT name FROM shop").fetchone()[0] != ""
    if os.name == "posix":
        assert stat.S_IMODE(first.stat().st_mode) == 0o600
    with clock.frozen(datetime(2026, 12, 7, 8, 0)):
        assert backup_at_start(engine, policy) is not None
    with clock.frozen(datetime(2026, 12, 7, 18, 0)):
        closed = backup_on_close(engine, policy)
    assert [b.path for b in list_backups(engine)][0] == closed
    # the rotation keeps the newest of each day: the morning's backup of the 7th gave way to the evening's
    assert [b.taken_at for b in list_backups(engine)] == [datetime(2026, 12, 7, 18, 0), datetime(2026, 12, 6, 8, 30)]


def test_automatic_off_makes_none(engine, owner):
    off = BackupPolicy(automatic=False)
    with clock.frozen(datetime(2026, 12, 6, 8, 30)):
        assert backup_at_start(engine, off) is None and backup_on_close(engine, off) is None
    assert list_backups(engine) == []


def test_rotation_keeps_14_days_and_12_months_and_every_backup_by_hand(engine, owner):
    start = datetime(2025, 6, 1, 9, 0)
    made = []
    for n in range(0, 560, 3):  # a backup every third day for 18 months, two on each of those days
        day = start + timedelta(days=n)
        made += [fake_auto(engine, day), fake_auto(engine, day + timedelta(hours=9))]
    by_hand = fake_auto(engine, start, label="backup")
    before_migration = fake_auto(engine, start, label="before-migration-0005")
    other_db = default_backup_dir(engine) / "other-auto-20250601-090000.db"
    other_db.write_bytes(b"x")

    removed = rotate(engine, BackupPolicy())
    kept = [b for b in list_backups(engine) if b.automatic]
    kept_days = sorted({b.taken_at.date() for b in kept})
    last = start + timedelta(days=558)
    daily = [b for b in kept if b.taken_at.date() > (last - timedelta(days=14 * 3)).date()]
    assert len(daily) == 14 and all(b.taken_at.hour == 18 for b in daily)  # the newest of each day
    months = {(b.taken_at.year, b.taken_at.month) for b in kept}
    assert len(months) == 12 and len(kept) < 14 + 12
    assert max(kept_days) == last.date()
    assert len(removed) + len(kept) == len(made)
    assert by_hand.exists() and before_migration.exists() and other_db.exists()


def test_policy_is_owner_only_validated_and_audited(factory, owner):
    with factory.begin() as s:
        assert get_policy(s) == BackupPolicy()
        set_policy(s, actor=owner, policy=BackupPolicy(keep_daily=7, keep_monthly=24))
    with factory() as s:
        assert get_policy(s) == BackupPolicy(keep_daily=7, keep_monthly=24)
    with factory.begin() as s, pytest.raises(ValidationError) as bad:
        set_policy(s, actor=owner, policy=BackupPolicy(keep_daily=0))
    assert bad.value.field == "keep_daily"
    with factory.begin() as s, pytest.raises(PermissionDenied):
        set_policy(s, actor=Actor(user_id=99, username="kefu", level="staff"), policy=BackupPolicy())


def test_a_backup_by_hand_is_private_too(engine, owner):
    path = make_backup(engine)
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert list_backups(engine)[0].kind == "backup"


def test_a_new_database_file_and_its_journal_are_private(tmp_path):
    from shopteam.db.engine import make_engine
    from shopteam.db.migrate import upgrade

    engine = make_engine(f"sqlite:///{tmp_path / 'new' / 'shop.db'}")
    upgrade(engine)
    if os.name == "posix":
        for name in ("shop.db", "shop.db-wal"):
            path = tmp_path / "new" / name
            if path.exists():
                assert stat.S_IMODE(path.stat().st_mode) == 0o600, name
    engine.dispose()
