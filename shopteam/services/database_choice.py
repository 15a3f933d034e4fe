"""Which database ShopTeam opens: this PC's file or a shared PostgreSQL server (the Database dialog).

URLs are built and read with SQLAlchemy's ``URL`` (never by string pasting, so a password or a path with
``@`` or ``/`` stays intact); the remembered URL never carries the password (:func:`without_password`).
:func:`probe` connects once and tells what is there: the server's version, and whether the database is
empty, holds a ShopTeam shop (and its name), an older schema (updated at the next start) or a newer one.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError

from shopteam.db.engine import default_database_path, sqlite_path
from shopteam.db.migrate import SCHEMA_HEAD, known_revisions, upgrade
from shopteam.domain.errors import ShopTeamError

SERVER_DRIVER = "postgresql+psycopg"
DEFAULT_PORT = 5432
CONNECT_TIMEOUT_S = 5


class CannotConnect(ShopTeamError):
    code = "cannot_connect"
    template = "Could not connect to the database: {reason}"


class NotEmpty(ShopTeamError):
    code = "not_empty"
    template = "The database is not empty: the schema is only created in an empty database."


@dataclass(frozen=True)
class Choice:
    """A database URL taken apart for the dialog's fields."""

    kind: str  # "file" or "server"
    path: str = ""
    host: str = ""
    port: int = DEFAULT_PORT
    database: str = ""
    user: str = ""


@dataclass(frozen=True)
class Probe:
    """What a test connection found."""

    state: str  # "empty", "shop", "older", "newer", "foreign" (tables but not ShopTeam's), "missing" (no file yet)
    server_version: str
    shop_name: str | None = None
    revision: str | None = None


def file_url(path: str | Path | None = None) -> str:
    """The URL of a database file (the default one in the user's data folder when ``path`` is empty)."""
    chosen = Path(path).expanduser() if path else default_database_path()
    return URL.create("sqlite", database=str(chosen.resolve())).render_as_string(hide_password=False)


def server_url(*, host: str, port: int = DEFAULT_PORT, database: str, user: str, password: str | None = None) -> str:
    """The psycopg 3 URL of a PostgreSQL database (with the password only when one is given)."""
    if not host.strip() or not database.strip() or not user.strip():
        raise ShopTeamError("Enter the server, the database and the user.", code="required")
    url = URL.create(SERVER_DRIVER, username=user.strip(), password=password or None, host=host.strip(),
                     port=int(port), database=database.strip())
    return url.render_as_string(hide_password=False)


def with_password(url: str, password: str | None) -> str:
    """``url`` with ``password`` (none when it is empty). ``URL.set(password=None)`` would keep the old one."""
    u = make_url(url)
    return URL.create(u.drivername, username=u.username, password=password or None, host=u.host, port=u.port,
                      database=u.database, query=u.query).render_as_string(hide_password=False)


def without_password(url: str) -> str:
    return with_password(url, None)


def is_server(url: str) -> bool:
    return make_url(url).get_backend_name() == "postgresql"


def parse(url: str) -> Choice:
    """The fields of ``url`` (a sqlite file or a server); the password is not part of them."""
    path = sqlite_path(url)
    if path is not None:
        return Choice(kind="file", path=str(path))
    u = make_url(url)
    return Choice(kind="server", host=u.host or "", port=u.port or DEFAULT_PORT, database=u.database or "",
                  user=u.username or "")


def _engine(url: str):
    connect_args = {"connect_timeout": CONNECT_TIMEOUT_S} if is_server(url) else {}
    return create_engine(url, connect_args=connect_args)


def probe(url: str) -> Probe:
    """Connect to ``url`` once and say what it holds. A file that does not exist is not created."""
    path = sqlite_path(url)
    if path is not None and not path.exists():
        return Probe(state="missing", server_version=f"SQLite {sqlite3.sqlite_version}")
    engine = _engine(url)
    try:
        try:
            conn = engine.connect()
        except DBAPIError as exc:
            raise CannotConnect(reason=first_line(exc)) from exc
        with conn:
            if engine.dialect.name == "postgresql":
                version = "PostgreSQL " + str(conn.exec_driver_sql("SHOW server_version").scalar())
            else:
                version = f"SQLite {sqlite3.sqlite_version}"
            tables = set(inspect(conn).get_table_names())
            if not tables:
                return Probe(state="empty", server_version=version)
            if "alembic_version" not in tables:
                return Probe(state="foreign", server_version=version)
            revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
            if revision != SCHEMA_HEAD and revision not in known_revisions():
                return Probe(state="newer", server_version=version, revision=revision)
            name = None
            if "shop" in tables:
                name = conn.execute(text("SELECT name FROM shop ORDER BY id LIMIT 1")).scalar()
            state = "shop" if revision == SCHEMA_HEAD else "older"
            return Probe(state=state, server_version=version, shop_name=name, revision=revision)
    finally:
        engine.dispose()


def create_schema(url: str) -> None:
    """ShopTeam's tables in an empty database: the same Alembic migrations as at start, in one transaction."""
    if probe(url).state not in ("empty", "missing"):
        raise NotEmpty()
    from shopteam.db.engine import make_engine

    engine = make_engine(url, connect_args={"connect_timeout": CONNECT_TIMEOUT_S} if is_server(url) else {})
    try:
        upgrade(engine)
    finally:
        engine.dispose()


def first_line(exc: BaseException) -> str:
    """The driver's first line about a failure (psycopg adds hints on further lines)."""
    text_ = str(getattr(exc, "orig", None) or exc).strip()
    return text_.splitlines()[0] if text_ else type(exc).__name__
