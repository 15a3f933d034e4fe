"""Bring a database to the schema this version of ShopTeam expects.

Start-up takes the fast path (one query) when the database is already current. Otherwise a copy of the
file is made, then every pending migration runs in one transaction, so a failing one changes nothing.
A database written by a newer ShopTeam (a revision we do not know) is refused and left untouched.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, inspect, text

from shopteam.db.backup import backup_sqlite
from shopteam.db.engine import sqlite_path
from shopteam.domain import clock
from shopteam.domain.errors import SchemaTooNewError

# The newest revision in migrations/versions; a test checks it against Alembic's own view.
SCHEMA_HEAD = "0019_rulesversion"
MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def alembic_config():
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def _has_tables(engine: Engine) -> bool:
    with engine.connect() as conn:
        return bool(inspect(conn).get_table_names())


def upgrade(engine: Engine, *, backup_dir: Path | None = None) -> Path | None:
    """Migrate to head. Returns the path of the backup made first, if one was made."""
    current = current_revision(engine)
    if current == SCHEMA_HEAD:
        return None
    if current is not None and current not in known_revisions():
        raise SchemaTooNewError(revision=current)

    backup = None
    db_file = sqlite_path(str(engine.url))
    if db_file is not None and db_file.exists() and _has_tables(engine):
        folder = backup_dir or db_file.parent / "backups"
        stamp = clock.local_now().strftime("%Y%m%d-%H%M%S")
        backup = backup_sqlite(engine, folder / f"{db_file.stem}-before-migration-{current or 'none'}-{stamp}.db")

    from alembic import command

    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    return backup
