"""Which driver a database URL gets."""

from shopteam.db.engine import make_engine, resolve_url


def test_plain_postgresql_url_means_psycopg_3():
    assert resolve_url("postgresql://shop:pw@office-pc/shopteam") == "postgresql+psycopg://shop:pw@office-pc/shopteam"
    assert resolve_url("postgres://office-pc/shopteam") == "postgresql+psycopg://office-pc/shopteam"
    assert resolve_url("postgresql+psycopg://office-pc/shopteam") == "postgresql+psycopg://office-pc/shopteam"
    engine = make_engine("postgresql://shop:pw@127.0.0.1:1/shopteam")  # the driver is installed: no error
    assert (engine.dialect.name, engine.dialect.driver) == ("postgresql", "psycopg")
    engine.dispose()
