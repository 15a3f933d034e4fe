"""Automatic, rotating backups of the local database file, and the list the Backups dialog shows.

One automatic backup at the first start of each day and one when the window closes (both labelled
``auto``), each a checked copy (``db.backup.backup_sqlite``). After each, the automatic backups are
thinned out: the newest of each of the last ``keep_daily`` days that have one, and the newest of each of
the last ``keep_monthly`` months, stay; the rest go. Backups made by hand, before a restore or before a
migration are never deleted here.

File names are ``<db>-<label>-YYYYMMDD-HHMMSS[-n].db`` in the ``backups`` folder beside the database
(``services.maintenance.make_backup``); the moment comes from the name, the PC's local time.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from shopteam.db.engine import sqlite_path
from shopteam.db.models import Setting
from shopteam.domain import clock
from shopteam.domain.errors import ValidationError
from shopteam.services import audit
from shopteam.services.context import Actor
from shopteam.services.maintenance import database_file, default_backup_dir, make_backup
from shopteam.services.permissions import BACKUP, require

AUTO = "auto"
SETTING_KEY = "backup.policy"
_AFTER_STEM = re.compile(r"^(?P<label>.+)-(?P<stamp>\d{8}-\d{6})(?:-\d+)?\.db$")


@dataclass(frozen=True)
class BackupPolicy:
    automatic: bool = True
    keep_daily: int = 14
    keep_monthly: int = 12


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken_at: datetime
    size: int
    kind: str  # auto, backup (by hand), before-restore, before-migration-…, or another label

    @property
    def automatic(self) -> bool:
        return self.kind == AUTO


def is_local(engine: Engine) -> bool:
    """Whether the database is a local file (a server database is backed up with the server's tools)."""
    return sqlite_path(str(engine.url)) is not None


def get_policy(session: Session) -> BackupPolicy:
    raw = session.scalar(select(Setting.value).where(Setting.key == SETTING_KEY))
    try:
        stored = json.loads(raw) if raw else {}
        return BackupPolicy(**{k: v for k, v in stored.items() if k in BackupPolicy.__dataclass_fields__})
    except (ValueError, TypeError):
        return BackupPolicy()


def set_policy(session: Session, *, actor: Actor, policy: BackupPolicy) -> None:
    """Owner (or the backup grant) only; audited."""
    require(actor, BACKUP, "change the backup settings")
    if not isinstance(policy.keep_daily, int) or not 1 <= policy.keep_daily <= 365:
        raise ValidationError("Keep 1 to 365 daily backups.", field="keep_daily", code="keep_daily")
    if not isinstance(policy.keep_monthly, int) or not 0 <= policy.keep_monthly <= 120:
        raise ValidationError("Keep 0 to 120 monthly backups.", field="keep_monthly", code="keep_monthly")
    before = get_policy(session)
    row = session.get(Setting, SETTING_KEY)
    value = json.dumps(asdict(policy))
    if row is None:
        session.add(Setting(key=SETTING_KEY, value=value))
    else:
        row.value = value
    session.flush()
    audit.record(session, actor, "update", "backup_policy", None, before=asdict(before), after=asdict(policy),
                 summary="backup settings")


def _parse(path: Path, stem: str) -> BackupFile | None:
    if not path.name.startswith(stem + "-"):
        return None  # a backup of another database file in the same folder
    match = _AFTER_STEM.match(path.name[len(stem) + 1:])
    if match is None:
        return None
    try:
        taken = datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S")
    except ValueError:
        return None
    return BackupFile(path, taken, path.stat().st_size, match["label"])


def list_backups(engine: Engine) -> list[BackupFile]:
    """Every backup in the folder beside the database, newest first."""
    folder = default_backup_dir(engine)
    if not folder.is_dir():
        return []
    stem = database_file(engine).stem
    found = [b for b in (_parse(p, stem) for p in folder.glob("*.db")) if b is not None]
    return sorted(found, key=lambda b: (b.taken_at, b.path.name), reverse=True)


def to_keep(backups: list[BackupFile], policy: BackupPolicy) -> set[Path]:
    """The automatic backups the policy keeps: the newest of each of the last ``keep_daily`` days with one,
    and the newest of each of the last ``keep_monthly`` months with one."""
    newest_of_day: dict[date, BackupFile] = {}
    newest_of_month: dict[tuple[int, int], BackupFile] = {}
    for b in sorted((b for b in backups if b.automatic), key=lambda b: b.taken_at, reverse=True):
        newest_of_day.setdefault(b.taken_at.date(), b)
        newest_of_month.setdefault((b.taken_at.year, b.taken_at.month), b)
    days = sorted(newest_of_day, reverse=True)[:policy.keep_daily]
    months = sorted(newest_of_month, reverse=True)[:policy.keep_monthly]
    return {newest_of_day[d].path for d in days} | {newest_of_month[m].path for m in months}


def rotate(engine: Engine, policy: BackupPolicy) -> list[Path]:
    """Delete the automatic backups the policy does not keep; returns what was deleted."""
    backups = list_backups(engine)
    keep = to_keep(backups, policy)
    removed = []
    for b in backups:
        if b.automatic and b.path not in keep:
            b.path.unlink(missing_ok=True)
            removed.append(b.path)
    return removed


def backup_at_start(engine: Engine, policy: BackupPolicy) -> Path | None:
    """The day's first start: an automatic backup unless one was already made today (then None)."""
    if not policy.automatic:
        return None
    today = clock.local_now().date()
    if any(b.automatic and b.taken_at.date() == today for b in list_backups(engine)):
        return None
    path = make_backup(engine, label=AUTO)
    rotate(engine, policy)
    return path


def backup_on_close(engine: Engine, policy: BackupPolicy) -> Path | None:
    """When the window closes: an automatic backup, then the rotation."""
    if not policy.automatic:
        return None
    path = make_backup(engine, label=AUTO)
    rotate(engine, policy)
    return path
