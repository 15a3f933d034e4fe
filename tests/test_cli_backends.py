"""The command line on both backends: the demo shop, check and a month's payout give the same figures on a
local SQLite file and on a PostgreSQL server."""

from __future__ import annotations

import json
from datetime import date

from shopteam import cli
from shopteam.domain import clock


def run(capsys, *argv):
    status = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return status, out, err


def _shop(capsys, url: str) -> dict:
    status, _, err = run(capsys, "--db", url, "--lang", "en", "demo")
    assert status == 0, err
    status, out, err = run(capsys, "--db", url, "check", "--json")
    assert status == 0, err
    check = json.loads(out)
    status, out, err = run(capsys, "--db", url, "--lang", "en", "payout", "compute", "--month", "2026-11", "--json")
    assert status == 0, err
    return {"check": check, "payout": json.loads(out)}


def test_demo_check_and_payout_agree_on_sqlite_and_postgresql(capsys, tmp_path, pg_server, monkeypatch):
    monkeypatch.delenv("SHOPTEAM_DB", raising=False)
    clock.set_today(date(2026, 12, 5))
    on_sqlite = _shop(capsys, f"sqlite:///{tmp_path / 'shop.db'}")
    pg_url = pg_server.create_database("cli_demo")
    try:
        on_postgresql = _shop(capsys, pg_url.replace("postgresql+psycopg://", "postgresql://"))
    finally:
        pg_server.drop_database("cli_demo")
    assert on_sqlite["check"]["ok"] is True and on_postgresql["check"]["ok"] is True
    assert (on_postgresql["check"]["staff"], on_postgresql["check"]["accounts"]) == (20, 3)
    assert on_postgresql["check"] == on_sqlite["check"]
    payout = on_postgresql["payout"]
    assert len(payout) >= 10 and sum(float(item["total"]) for item in payout) > 0  # a real month, not nothing
    assert payout == on_sqlite["payout"]  # every person's figures, lines and explanations


def test_migrate_data_to_the_server_and_back_then_backup_and_restore_there(capsys, tmp_path, pg_url, monkeypatch):
    monkeypatch.delenv("SHOPTEAM_DB", raising=False)
    clock.set_today(date(2026, 12, 5))
    local = tmp_path / "shop.db"
    assert run(capsys, "--db", local, "--lang", "en", "demo")[0] == 0
    status, out, err = run(capsys, "--lang", "en", "migrate-data", "--from", local, "--to", pg_url, "--json")
    assert status == 0, err
    moved = json.loads(out)
    assert moved["ok"] is True and moved["tables"]["employee"] == 20 and moved["rows"] == sum(moved["tables"].values())
    status, out, err = run(capsys, "--db", pg_url, "check", "--json")
    assert status == 0 and json.loads(out)["staff"] == 20, err

    status, out, err = run(capsys, "--lang", "en", "migrate-data", "--from", local, "--to", pg_url)
    assert status != 0 and "already holds a shop" in err  # the server holds the shop now: never copied over
    status, out, err = run(capsys, "--lang", "zh_CN", "migrate-data", "--from", local, "--to", pg_url)
    assert status != 0 and "已经有店铺；只能复制到空数据库。" in err  # the service's refusal in Chinese too

    back = tmp_path / "back.db"
    status, out, err = run(capsys, "--lang", "zh_CN", "migrate-data", "--from", pg_url, "--to", back)
    assert status == 0 and f"共 {moved['rows']} 行" in out, err

    snapshot = tmp_path / "server-backup.db"
    assert run(capsys, "--db", pg_url, "backup", "--out", snapshot)[0] == 0
    status, out, err = run(capsys, "--db", pg_url, "--lang", "en", "restore", snapshot, "--json")
    assert status == 0 and json.loads(out)["ok"] is True, err
    status, out, err = run(capsys, "--db", pg_url, "check", "--json")
    assert json.loads(out)["staff"] == 20
