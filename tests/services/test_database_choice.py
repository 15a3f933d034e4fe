"""The Database dialog's logic without Qt: URLs built and taken apart, the password kept out of the remembered
one, and the test connection on a real PostgreSQL server and on SQLite files."""

from __future__ import annotations

import shutil

import pytest
from sqlalchemy import text

from shopteam.db.engine import default_database_path, make_engine, make_session_factory
from shopteam.db.migrate import SCHEMA_HEAD
from shopteam.domain.errors import ShopTeamError
from shopteam.services import accounts
from shopteam.services import database_choice as dc


def test_server_url_round_trip_and_password_kept_out():
    url = dc.server_url(host="office-pc", port=5433, database="shopteam", user="boss", password="p@ss/word:1")
    assert url == "postgresql+psycopg://boss:p%40ss%2Fword%3A1@office-pc:5433/shopteam"
    assert dc.without_password(url) == "postgresql+psycopg://boss@office-pc:5433/shopteam"
    assert dc.with_password(dc.without_password(url), "p@ss/word:1") == url
    assert dc.parse(url) == dc.Choice(kind="server", host="office-pc", port=5433, database="shopteam", user="boss")
    assert dc.is_server(url) and not dc.is_server(dc.file_url("/tmp/x.db"))


def test_server_url_needs_host_database_and_user():
    with pytest.raises(ShopTeamError) as e:
        dc.server_url(host=" ", database="shopteam", user="boss")
    assert e.value.code == "required"


def test_file_url_defaults_to_the_users_data_folder(tmp_path):
    assert dc.file_url() == f"sqlite:///{default_database_path().resolve()}"
    assert dc.parse(dc.file_url(tmp_path / "店.db")) == dc.Choice(kind="file", path=str(tmp_path / "店.db"))


def test_probe_a_missing_file_creates_nothing(tmp_path):
    found = dc.probe(dc.file_url(tmp_path / "none.db"))
    assert found.state == "missing" and found.server_version.startswith("SQLite ")
    assert not (tmp_path / "none.db").exists()


def test_probe_sqlite_shop_older_and_newer(template_db, tmp_path):
    path = tmp_path / "shop.db"
    shutil.copyfile(template_db, path)
    url = dc.file_url(path)
    assert dc.probe(url).state == "shop" and dc.probe(url).shop_name is None
    engine = make_engine(url)
    with make_session_factory(engine).begin() as s:
        accounts.create_shop(s, shop_name="测试小店", owner_username="boss", password="secret123")
    assert dc.probe(url) == dc.Probe(state="shop", server_version=dc.probe(url).server_version,
                                     shop_name="测试小店", revision=SCHEMA_HEAD)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0012_training'"))
    assert (dc.probe(url).state, dc.probe(url).shop_name) == ("older", "测试小店")
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0099_future'"))
    assert (dc.probe(url).state, dc.probe(url).revision) == ("newer", "0099_future")
    engine.dispose()


def test_probe_and_create_schema_on_an_empty_server_database(pg_server):
    url = pg_server.create_database("t_dbchoice_empty")
    try:
        found = dc.probe(url)
        assert found.state == "empty" and found.server_version.startswith("PostgreSQL 1")
        dc.create_schema(url)
        assert dc.probe(url) == dc.Probe(state="shop", server_version=found.server_version, revision=SCHEMA_HEAD)
        with pytest.raises(dc.NotEmpty):
            dc.create_schema(url)
    finally:
        pg_server.drop_database("t_dbchoice_empty")


def test_probe_a_server_shop(pg_url):
    engine = make_engine(pg_url)
    with make_session_factory(engine).begin() as s:
        accounts.create_shop(s, shop_name="总店", owner_username="boss", password="secret123")
    engine.dispose()
    found = dc.probe(pg_url)
    assert (found.state, found.shop_name, found.revision) == ("shop", "总店", SCHEMA_HEAD)


def test_probe_a_server_nobody_answers_on():
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(dc.CannotConnect) as e:
        dc.probe(dc.server_url(host="127.0.0.1", port=port, database="shopteam", user="boss", password="x"))
    assert "Could not connect to the database: " in str(e.value)
    assert "x@" not in str(e.value)
