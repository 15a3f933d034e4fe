"""Keeping the database sound: the integrity check, backups and restoring a backup.

These work on the engine (not a caller's session) because SQLite's own checks and its online backup
run on a raw connection. A local file is backed up with SQLite's online backup; a shared PostgreSQL database
is backed up as a SQLite file too (db/transfer: one consistent read), so every backup is a file that
``restore`` reads back on either kind of database, and ``migrate_data`` moves a shop between them.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import Engine, func, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from shopteam.db.backup import backup_sqlite, integrity_check, restore_sqlite
from shopteam.db.engine import default_database_path, make_engine, resolve_url, sqlite_path
from shopteam.db.migrate import SCHEMA_HEAD, current_revision, known_revisions, upgrade
from shopteam.db.models import AuditLog, Department, Employee, Role, RoleAssignment, Shop, User
from shopteam.db.transfer import TransferError, copy_database, is_empty
from shopteam.domain import clock
from shopteam.domain.errors import SchemaTooNewError, ShopTeamError
from shopteam.services import audit
from shopteam.services.context import Actor
from shopteam.services.progress import NullProgress, Progress

SQLITE_MAGIC = b"SQLite format 3\x00"


@dataclass(frozen=True)
class Problem:
    code: str
    message: str

    def to_dict(self) -> dict[str, str]:
        return {"code": self.code, "message": self.message}


@dataclass
class CheckReport:
    ok: bool
    problems: list[Problem]
    schema: str | None
    counts: dict[str, int] = field(default_factory=dict)

    def to_dict(self) -> dict:
        return {"ok": self.ok, "problems": [p.to_dict() for p in self.problems], "schema": self.schema,
                **self.counts}


# ---------------------------------------------------------------------------------------------- check

def run_check(engine: Engine) -> CheckReport:
    """SQLite's integrity and foreign-key checks, the schema revision and the business rules."""
    problems: list[Problem] = []
    if engine.dialect.name == "sqlite":
        problems += [Problem("sqlite", text) for text in integrity_check(engine)]
    schema = current_revision(engine)
    if schema != SCHEMA_HEAD:
        problems.append(Problem("schema", f"The schema is at revision {schema or 'none'}, "
                                          f"this version of ShopTeam expects {SCHEMA_HEAD}."))
        return CheckReport(False, problems, schema)
    with Session(engine) as session:
        problems += business_problems(session)
        counts = count_records(session)
    return CheckReport(not problems, problems, schema, counts)


def business_problems(session: Session) -> list[Problem]:
    """The rules the data must keep, whichever screen or import wrote it."""
    return [
        *_overlapping_primary_roles(session),
        *_reporting_cycles(session),
        *_department_cycles(session),
        *_left_without_date(session),
        *_owner_missing(session),
    ]


def _overlapping_primary_roles(session: Session) -> list[Problem]:
    rows = session.execute(
        select(RoleAssignment.employee_id, RoleAssignment.start_date, RoleAssignment.end_date, Employee.employee_no)
        .join(Employee, Employee.id == RoleAssignment.employee_id)
        .where(RoleAssignment.is_primary)
        .order_by(RoleAssignment.employee_id, RoleAssignment.start_date)
    ).all()
    problems, last_end, last_emp = [], date.min, None
    for emp_id, start, end, emp_no in rows:
        if emp_id == last_emp and (last_end is None or start <= last_end):
            problems.append(Problem("primary_role_overlap",
                                    f"Staff {emp_no} has overlapping primary roles from {start.isoformat()}."))
        if emp_id != last_emp:
            last_end = end
        elif last_end is not None:
            last_end = None if end is None else max(last_end, end)
        last_emp = emp_id
    return problems


def _cycles(edges: dict[int, int | None]) -> list[list[int]]:
    """Each cycle in a parent map (child -> parent), once, as the ids on it."""
    found, done = [], set()
    for start in edges:
        path, seen, node = [], {}, start
        while node is not None and node not in done and node not in seen:
            seen[node] = len(path)
            path.append(node)
            node = edges.get(node)
        if node is not None and node in seen:
            found.append(path[seen[node]:])
        done.update(path)
    return found


def _reporting_cycles(session: Session) -> list[Problem]:
    rows = session.execute(select(Employee.id, Employee.manager_id, Employee.employee_no)).all()
    numbers = {r.id: r.employee_no for r in rows}
    return [Problem("reporting_cycle", "Reporting lines go round in a circle: "
                    + " → ".join(numbers[i] for i in cycle + cycle[:1]) + ".")
            for cycle in _cycles({r.id: r.manager_id for r in rows})]


def _department_cycles(session: Session) -> list[Problem]:
    rows = session.execute(select(Department.id, Department.parent_id, Department.name)).all()
    names = {r.id: r.name for r in rows}
    return [Problem("department_cycle", "Departments are their own parents: "
                    + " → ".join(names[i] for i in cycle + cycle[:1]) + ".")
            for cycle in _cycles({r.id: r.parent_id for r in rows})]


def _left_without_date(session: Session) -> list[Problem]:
    numbers = session.scalars(select(Employee.employee_no).where(Employee.status == "left",
                                                                 Employee.leave_date.is_(None))).all()
    return [Problem("left_without_date", f"Staff {no} has left but has no leave date.") for no in numbers]


def _owner_missing(session: Session) -> list[Problem]:
    """A shop (or any account) without an active owner cannot be administered."""
    has_shop = session.scalar(select(func.count()).select_from(Shop)) > 0
    has_users = session.scalar(select(func.count()).select_from(User)) > 0
    if not (has_shop or has_users):
        return []  # not set up yet: the first start creates the shop and its owner together
    owners = session.scalar(select(func.count()).select_from(User).where(User.level == "owner", User.is_active))
    return [] if owners else [Problem("no_owner", "There is no active owner account.")]


def count_records(session: Session) -> dict[str, int]:
    """How many of each thing the database holds (the figures the check reports)."""

    def count(model, *where) -> int:
        return session.scalar(select(func.count()).select_from(model).where(*where))

    return {
        "shops": count(Shop),
        "departments": count(Department),
        "departments_staffed": session.scalar(select(func.count(func.distinct(Employee.department_id)))
                                              .where(Employee.status != "left")),
        "roles": count(Role),
        "staff": count(Employee),
        "staff_current": count(Employee, Employee.status != "left"),
        "staff_left": count(Employee, Employee.status == "left"),
        "role_assignments": count(RoleAssignment),
        "accounts": count(User),
        "audit_records": count(AuditLog),
    }


# --------------------------------------------------------------------------------------------- backup

def database_file(engine: Engine) -> Path:
    path = sqlite_path(str(engine.url))
    if path is None:
        raise ShopTeamError("Backup and restore work on a local database file only; "
                            "back up a server database with the server's own tools.", code="not_local")
    return path


def default_backup_dir(engine: Engine) -> Path:
    """The backups/ folder beside the database file (the same one migrations back up into); for a server
    database the one beside this PC's default database file."""
    path = sqlite_path(str(engine.url))
    return (path if path is not None else default_database_path()).parent / "backups"


def _unique(path: Path) -> Path:
    candidate, n = path, 1
    while candidate.exists():
        candidate = path.with_name(f"{path.stem}-{n}{path.suffix}")
        n += 1
    return candidate


def make_backup(engine: Engine, target: Path | str | None = None, *, label: str = "backup") -> Path:
    """A consistent copy of the database (safe while the app runs, and while other PCs work on a server
    database). Returns the file written: always a SQLite file."""
    db_file = sqlite_path(str(engine.url))
    if target is None:
        stamp = clock.local_now().strftime("%Y%m%d-%H%M%S")
        stem = db_file.stem if db_file is not None else f"server-{engine.url.database}"
        target = _unique(default_backup_dir(engine) / f"{stem}-{label}-{stamp}.db")
    target = Path(target).expanduser().resolve()
    if db_file is not None and target == db_file.resolve():
        raise ShopTeamError("The backup cannot overwrite the database itself.", code="backup_target")
    if target.is_dir():
        raise ShopTeamError("{path} is a folder; name the backup file.", code="backup_target", path=str(target))
    if db_file is not None:
        return backup_sqlite(engine, target)
    return _server_backup(engine, target)


def _server_backup(engine: Engine, target: Path, progress: Progress | None = None) -> Path:
    """A server database written into a new SQLite file: migrated, filled in one consistent read, checked,
    and only then given its name."""
    target.parent.mkdir(parents=True, exist_ok=True)
    part = target.with_suffix(target.suffix + ".part")
    part.unlink(missing_ok=True)
    os.close(os.open(part, os.O_CREAT | os.O_WRONLY, 0o600))  # private from the start: it holds people's pay
    file_engine = make_engine(f"sqlite:///{part}")
    try:
        upgrade(file_engine)
        _copy(engine, file_engine, progress=progress)
        problems = integrity_check(file_engine)
    except BaseException:
        file_engine.dispose()
        part.unlink(missing_ok=True)
        raise
    file_engine.dispose()
    if problems:
        part.unlink(missing_ok=True)
        raise ShopTeamError("The backup copy failed SQLite's integrity check and was not kept: {reason}",
                            code="backup_not_sound", reason="; ".join(problems[:3]))
    part.replace(target)
    return target


def _copy(source: Engine, target: Engine, *, replace: bool = False, progress: Progress | None = None):
    progress = progress or NullProgress()
    try:
        return copy_database(source, target, replace=replace, report=progress.report, check=progress.check)
    except TransferError as exc:
        raise ShopTeamError("The copy did not go through: {reason}", code="transfer_failed", reason=str(exc)) from exc


def migrate_data(source_url: str, target_url: str, *, progress: Progress | None = None) -> dict[str, int]:
    """Move a shop from one database to another (this PC's file to a server, or back): both are migrated to
    this version's schema, everything is copied in one transaction on the target, and the row counts of
    every table are compared. The target must hold no shop. Returns the rows per table."""
    source_file = sqlite_path(resolve_url(source_url))
    if source_file is not None and not source_file.is_file():
        raise ShopTeamError("The file {path} does not exist.", code="file_not_found", path=str(source_file))
    source, target = make_engine(source_url), make_engine(target_url)
    try:
        if str(source.url) == str(target.url):
            raise ShopTeamError("The source and the target are the same database.", code="transfer_same")
        if current_revision(source) is None:
            raise ShopTeamError("{url} holds no ShopTeam database.", code="not_a_database",
                                url=source.url.render_as_string(hide_password=True))
        upgrade(source)
        upgrade(target)
        with target.connect() as conn:
            if not is_empty(conn):
                raise ShopTeamError("{url} already holds a shop; copy only into an empty database.",
                                    code="transfer_target_not_empty",
                                    url=target.url.render_as_string(hide_password=True))
        return _copy(source, target, progress=progress).counts
    finally:
        source.dispose()
        target.dispose()


def inspect_backup(source: Path) -> str:
    """The schema revision of a backup file; refuses anything that is not a sound ShopTeam database
    this version can open."""
    if not source.is_file():
        raise ShopTeamError("The file {path} does not exist.", code="file_not_found", path=str(source))
    with source.open("rb") as fh:
        if fh.read(len(SQLITE_MAGIC)) != SQLITE_MAGIC:
            raise ShopTeamError("{path} is not a ShopTeam database.", code="not_a_database", path=str(source))
    try:
        conn = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise ShopTeamError("{path} is damaged.", code="damaged", path=str(source))
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if not {"alembic_version", "shop", "employee"} <= tables:
                raise ShopTeamError("{path} is not a ShopTeam database.", code="not_a_database", path=str(source))
            revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise ShopTeamError("{path} cannot be read: {reason}", code="not_a_database", path=str(source),
                            reason=str(exc)) from None
    if revision is None:
        raise ShopTeamError("{path} is not a ShopTeam database.", code="not_a_database", path=str(source))
    if revision[0] not in known_revisions():
        raise SchemaTooNewError(revision=revision[0])
    return revision[0]


def damage_of(error: BaseException) -> str | None:
    """'damaged' or 'not_a_database' when ``error`` (as the driver or SQLAlchemy raised it) says the database
    file itself cannot be read; None for anything else (locked, disk full, read-only, a failed migration),
    which a restore must never be offered for."""
    original = getattr(error, "orig", None) or error
    code = getattr(original, "sqlite_errorcode", None)
    if code == sqlite3.SQLITE_CORRUPT:
        return "damaged"
    if code == sqlite3.SQLITE_NOTADB:
        return "not_a_database"
    return None


def _replace_damaged(db_file: Path, source: Path, folder: Path) -> Path:
    """Put the backup in place of a database file that cannot be read; returns where the damaged file went.

    The backup is first copied (with SQLite's backup API, so a -wal of it is included) to a new file beside
    the database; only then is the damaged file (and its -wal/-shm) moved, unchanged, into ``folder`` and the
    copy renamed into place. If anything fails on the way the damaged file stays where it was."""
    folder.mkdir(parents=True, exist_ok=True)
    stamp = clock.local_now().strftime("%Y%m%d-%H%M%S")
    copy = db_file.with_name(f"{db_file.name}.restoring")
    copy.unlink(missing_ok=True)
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dest = sqlite3.connect(copy)
        try:
            src.backup(dest)
        finally:
            dest.close()
    finally:
        src.close()
    target = _unique(folder / f"{db_file.stem}-unreadable-{stamp}{db_file.suffix}")
    moved: list[tuple[Path, Path]] = []
    try:
        for suffix in ("-wal", "-shm", ""):
            part = Path(f"{db_file}{suffix}")
            if part.exists():
                part.replace(Path(f"{target}{suffix}"))
                moved.append((Path(f"{target}{suffix}"), part))
        copy.replace(db_file)
    except OSError:
        for aside, original in reversed(moved):  # put the damaged file back as it was
            aside.replace(original)
        copy.unlink(missing_ok=True)
        raise
    return target


def restore_backup(engine: Engine, source: Path | str, *, actor: Actor | None = None) -> Path:
    """Replace the database's content with a backup's, after copying the current content aside.

    Returns the safety backup of the database as it was. An older backup is migrated after restoring. A
    database that cannot be read at all (damaged) is moved aside as it is and the backup copied in its place.
    """
    source = Path(source).expanduser().resolve()
    db_file = sqlite_path(str(engine.url))
    if db_file is None:
        return _server_restore(engine, source, actor=actor)
    if source == db_file.resolve():
        raise ShopTeamError("That file is the database itself.", code="restore_source")
    inspect_backup(source)
    try:
        safety = make_backup(engine, label="before-restore")
    except (DBAPIError, sqlite3.DatabaseError) as exc:
        if damage_of(exc) is None:  # locked, disk full …: the database is fine, leave it alone
            raise
        engine.dispose()
        safety = _replace_damaged(db_file, source, default_backup_dir(engine))
    else:
        restore_sqlite(source, engine)
    engine.dispose()  # pooled connections may cache the old schema
    upgrade(engine)
    if actor is not None:
        with Session(engine) as session, session.begin():
            audit.record(session, actor, "restore", "database", None, summary=audit.note("restored", file=source.name),
                         after={"source": str(source), "safety_backup": str(safety)})
    return safety


def _server_restore(engine: Engine, source: Path, *, actor: Actor | None) -> Path:
    """A backup file put back into a server database: the file is checked and brought to this version's schema
    on a private copy, the server's content is backed up first, then replaced in one transaction."""
    inspect_backup(source)
    safety = make_backup(engine, label="before-restore")
    with tempfile.TemporaryDirectory(prefix="shopteam-restore-") as folder:
        copy = Path(folder) / "backup.db"
        shutil.copyfile(source, copy)
        file_engine = make_engine(f"sqlite:///{copy}")
        try:
            upgrade(file_engine, backup_dir=Path(folder))
            _copy(file_engine, engine, replace=True)
        finally:
            file_engine.dispose()
    if actor is not None:
        with Session(engine) as session, session.begin():
            audit.record(session, actor, "restore", "database", None, summary=audit.note("restored", file=source.name),
                         after={"source": str(source), "safety_backup": str(safety)})
    return safety
