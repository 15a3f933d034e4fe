"""Shared fixtures: a fresh migrated SQLite database per test (copied from a template migrated once)."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Keep QSettings and the default data folder of tests away from the real user's.
_SANDBOX = tempfile.mkdtemp(prefix="shopteam-tests-")
os.environ["XDG_CONFIG_HOME"] = os.path.join(_SANDBOX, "config")
os.environ["XDG_DATA_HOME"] = os.path.join(_SANDBOX, "data")
os.environ.pop("SHOPTEAM_DB", None)
# The command line speaks the system locale's language: English unless a test sets a Chinese one.
os.environ["LANG"] = "en_US.UTF-8"
os.environ.pop("LC_ALL", None)
os.environ.pop("LC_MESSAGES", None)


from shopteam.db.engine import make_engine, make_session_factory  # noqa: E402
from shopteam.db.migrate import upgrade  # noqa: E402
from shopteam.domain import clock  # noqa: E402
from shopteam.services import accounts  # noqa: E402

_QAPP = None


@pytest.fixture(autouse=True)
def _qapplication(request):
    """One QApplication per test process, made before the first test that is not a domain test: a
    command-line test that prints (the CLI makes a bare QGuiApplication when none exists) must not leave a
    worker where widgets cannot be created. The domain tests run without Qt."""
    global _QAPP
    if _QAPP is None and "domain" not in request.path.parent.parts[-1:]:
        from PySide6.QtWidgets import QApplication

        from shopteam.ui.collector import collect_on_gui_thread

        _QAPP = QApplication.instance() or QApplication(["shopteam-tests"])
        collect_on_gui_thread(_QAPP)  # as the window does: no collection of Qt wrappers on a worker thread
    yield
    if _QAPP is not None:  # a test that never spun the event loop still leaves its cycles to be collected
        from shopteam.runtime import collect_due

        collect_due()


@pytest.fixture(autouse=True)
def _system_clock_after_each_test():
    """A test that fixes the clock (``clock.set_today``) leaves the next one the system clock."""
    yield
    clock.set_now(None)


#: The sample workbooks (copied from the product's shared samples, so a clone alone runs the tests).
SAMPLE_DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session")
def template_db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.db"
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine)
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()
    return path


BACKENDS = ("sqlite", "postgresql")


def pytest_configure(config):
    config.addinivalue_line(
        "markers", "both_backends: run the test on SQLite and on a throwaway PostgreSQL server")
    config.addinivalue_line("markers", "sqlite_only: in a both_backends module, a test of SQLite itself")


def pytest_generate_tests(metafunc):
    """Tests marked ``both_backends`` (module-wide with ``pytestmark``) run once per backend; every other
    test runs on SQLite, the embedded default."""
    marked = metafunc.definition.get_closest_marker
    if "backend" in metafunc.fixturenames and marked("both_backends") and not marked("sqlite_only"):
        metafunc.parametrize("backend", BACKENDS, indirect=True)


@pytest.fixture
def backend(request) -> str:
    return getattr(request, "param", "sqlite")


@pytest.fixture(scope="session")
def pg_server():
    """One PostgreSQL server per test process (each xdist worker starts its own), with a migrated
    template database every test's database is created from. Started on first use, stopped at the
    end of the session whatever the tests did."""
    from sqlalchemy import text

    from tests.pg_server import TEMPLATE, PgServer

    server = PgServer().start()  # raises with the server's log when it cannot start: no silent skip
    try:
        engine = make_engine(server.create_database(TEMPLATE))
        upgrade(engine)
        with engine.connect() as conn:  # the template must have no open connection when it is copied
            conn.execute(text("SELECT 1"))
        engine.dispose()
        yield server
    finally:
        server.stop()


_PG_DATABASES = iter(range(1, 10**9))


@pytest.fixture
def pg_url(request):
    """A fresh migrated database on the test PostgreSQL server (a copy of the template)."""
    from tests.pg_server import TEMPLATE

    server = request.getfixturevalue("pg_server")
    name = f"t{os.getpid()}_{next(_PG_DATABASES)}"
    url = server.create_database(name, template=TEMPLATE)
    yield url
    server.drop_database(name)


@pytest.fixture
def db_url(backend, template_db, tmp_path, request) -> str:
    if backend == "postgresql":
        return request.getfixturevalue("pg_url")
    path = tmp_path / "shopteam.db"
    shutil.copyfile(template_db, path)
    return f"sqlite:///{path}"


@pytest.fixture
def engine(db_url):
    eng = make_engine(db_url)
    yield eng
    eng.dispose()


@pytest.fixture
def factory(engine):
    return make_session_factory(engine)


@pytest.fixture
def owner(factory):
    """A shop with its owner account; returns the owner's Actor."""
    with factory.begin() as session:
        return accounts.create_shop(session, shop_name="测试小店", owner_username="boss", password="secret123")
