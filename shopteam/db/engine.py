"""Engine and session factory. SQLite gets its PRAGMAs on every connection and real transactions
(BEGIN is emitted by us, so DDL inside a migration is transactional too)."""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

ENV_DB = "SHOPTEAM_DB"
#: Seconds a connection to a database server may take before it fails; a ``connect_timeout`` in the URL
#: (``...?connect_timeout=10``) or in ``connect_args`` wins.
CONNECT_TIMEOUT_S = 5


def default_database_path() -> Path:
    from platformdirs import user_data_path

    return user_data_path("ShopTeam", appauthor=False) / "shopteam.db"


def resolve_url(url: str | None = None) -> str:
    """The database URL: the argument, else $SHOPTEAM_DB, else the file in the user's data folder.

    A plain path is accepted too and turned into a sqlite URL.
    """
    url = url or os.environ.get(ENV_DB)
    if not url:
        path = default_database_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        return f"sqlite:///{path}"
    if "://" not in url:
        return f"sqlite:///{Path(url).expanduser().resolve()}"
    return _with_driver(url)


def _with_driver(url: str) -> str:
    """A plain ``postgresql://`` (or ``postgres://``) URL means psycopg 3, the driver ShopTeam ships;
    SQLAlchemy's own default for it would be psycopg2, which is not installed."""
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def sqlite_path(url: str) -> Path | None:
    """The file behind a sqlite URL, or None for other databases and in-memory ones."""
    from sqlalchemy.engine import make_url

    u = make_url(url)
    if not u.drivername.startswith("sqlite") or not u.database or u.database == ":memory:":
        return None
    return Path(u.database)


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def on_connect(dbapi_connection, _record):
        # Let us emit BEGIN ourselves: pysqlite's implicit transactions skip DDL.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA busy_timeout = 5000")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def on_begin(conn):
        conn.exec_driver_sql("BEGIN")


def _server_options(url: str, kwargs: dict) -> dict:
    """A server that went away (stopped, restarted, the cable pulled) must cost one failed action, not a
    hanging window or a run of failures after it is back: a connection taken from the pool is checked first
    (``pool_pre_ping``; a lost connection invalidates the whole pool, so the next action reconnects), and
    connecting to a server that does not answer fails after :data:`CONNECT_TIMEOUT_S` seconds."""
    from sqlalchemy.engine import make_url

    if make_url(url).get_backend_name() != "postgresql":
        return kwargs
    options = {"pool_pre_ping": True, **kwargs}
    connect_args = dict(options.get("connect_args") or {})
    if "connect_timeout" not in make_url(url).query:
        connect_args.setdefault("connect_timeout", CONNECT_TIMEOUT_S)
    options["connect_args"] = connect_args
    return options


def make_engine(url: str | None = None, **kwargs) -> Engine:
    url = resolve_url(url)
    path = sqlite_path(url)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.exists():  # a new database is readable by the user only (SQLite gives -wal/-shm its mode)
            os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
    kwargs = _server_options(url, kwargs)
    engine = create_engine(url, **kwargs)
    if engine.dialect.name == "sqlite":
        _configure_sqlite(engine)
    return engine


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions that refuse a save over someone else's newer one with ChangedElsewhere (db.versions) and whose
    commits tell the factory's change recorder which tables they changed (db.changes)."""
    from shopteam.db import changes
    from shopteam.db.versions import ShopSession

    factory = sessionmaker(engine, class_=ShopSession, expire_on_commit=False)
    changes.install(factory, engine)
    return factory
