"""Which driver a database URL gets."""

from shopteam.db.engine import make_engine, resolve_url


def test_plain_postgresql_url_means_psycopg_3():
    assert resolve_url("postgresql://shop:pw@office-pc/shopteam") == "postgresql+psycopg://shop:pw@office-pc/shopteam"
    assert resolve_url("postgres://office-pc/shopteam") == "postgresql+psycopg://office-pc/shopteam"
    assert resolve_url("postgresql+psycopg://office-pc/shopteam") == "postgresql+psycopg://office-pc/shopteam"
    engine = make_engine("postgresql://shop:pw@127.0.0.1:1/shopteam")  # the driver is installed: no error
    assert (engine.dialect.name, engine.dialect.driver) == ("postgresql", "psycopg")
    engine.dispose()


def _closed_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_a_server_engine_checks_its_connections_and_gives_up_connecting_after_a_few_seconds():
    from shopteam.db.engine import CONNECT_TIMEOUT_S

    engine = make_engine("postgresql://shop@127.0.0.1:1/shopteam")
    assert engine.pool._pre_ping is True  # a connection lost while idle is replaced, not handed out
    assert CONNECT_TIMEOUT_S == 5
    engine.dispose()
    file_engine = make_engine("sqlite://")
    assert file_engine.pool._pre_ping is False
    file_engine.dispose()


def test_connecting_to_a_closed_port_fails_at_once_and_says_the_server_cannot_be_reached():
    import time

    import pytest
    from sqlalchemy.exc import OperationalError

    from shopteam.db.failures import database_failure

    engine = make_engine(f"postgresql://shop@127.0.0.1:{_closed_port()}/shopteam")
    started = time.monotonic()
    with pytest.raises(OperationalError) as failed:
        engine.connect()
    assert time.monotonic() - started < 5
    assert database_failure(failed.value).code == "server_unreachable"
    assert database_failure(failed.value).message == (
        "The database server cannot be reached. Nothing was saved; ShopTeam tries again when you repeat the action.")
    engine.dispose()


def test_a_server_that_accepts_but_never_answers_fails_after_the_connect_timeout():
    """A listening socket that never speaks (a frozen server, a half-open firewall) costs the timeout, not
    a hang: the default 5 s, or the URL's own connect_timeout."""
    import socket
    import time

    import pytest
    from sqlalchemy.exc import OperationalError

    from shopteam.db.failures import database_failure

    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(8)
        port = silent.getsockname()[1]
        for url, low, high in ((f"postgresql://shop@127.0.0.1:{port}/shopteam", 4.5, 12),
                               (f"postgresql://shop@127.0.0.1:{port}/shopteam?connect_timeout=1", 0.8, 4)):
            engine = make_engine(url)
            started = time.monotonic()
            with pytest.raises(OperationalError) as failed:
                engine.connect()
            assert low <= time.monotonic() - started < high
            assert database_failure(failed.value).code == "server_unreachable"
            engine.dispose()


def test_a_server_that_answers_no_is_not_called_unreachable():
    import psycopg

    from shopteam.db.failures import database_failure

    refused = psycopg.OperationalError('connection failed: connection to server at "127.0.0.1", port 5432 '
                                       'failed: FATAL:  password authentication failed for user "shop"')
    assert database_failure(refused) is None
    starting = psycopg.OperationalError('connection failed: connection to server at "127.0.0.1", port 5432 '
                                        'failed: FATAL:  the database system is starting up')
    assert database_failure(starting).code == "server_unreachable"
