"""shopteam export cards / import cards / report flow."""

import json
from datetime import timedelta

import pytest

from shopteam import cli
from shopteam.db.base import utcnow
from shopteam.db.engine import make_engine, make_session_factory
from shopteam.db.migrate import upgrade
from shopteam.services import accounts
from shopteam.services.boards import board as boards
from shopteam.services.boards import cards
from shopteam.services.boards.cards import CardInput


@pytest.fixture
def db(tmp_path, monkeypatch):
    monkeypatch.delenv("SHOPTEAM_DB", raising=False)
    path = tmp_path / "shop.db"
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine)
    with make_session_factory(engine).begin() as s:
        owner = accounts.create_shop(s, shop_name="店", owner_username="boss", password="secret123")
        board = boards.create_board(s, actor=owner, name="上新", kind="listing")
        boards.create_board(s, actor=owner, name="空的", kind="listing")
        cols = [c.id for c in boards.active_columns(s, board)]
        start = utcnow() - timedelta(days=6)
        for i in range(3):
            card = cards.create_card(s, actor=owner, board_id=board, data=CardInput(f"款{i}"), now=start)
            cards.move_card(s, actor=owner, card_id=card, to_column_id=cols[1], to_position=0,
                            now=start + timedelta(days=1))
            if i < 2:
                cards.move_card(s, actor=owner, card_id=card, to_column_id=cols[2], to_position=0,
                                now=start + timedelta(days=3 + i))
    engine.dispose()
    return path


def run(capsys, *argv):
    status = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return status, out, err


def test_report_flow_json(db, capsys):
    status, out, err = run(capsys, "--db", db, "report", "flow", "--board", "上新", "--weeks", "2", "--json")
    assert status == 0, err
    data = json.loads(out)
    assert data["cards_done"] == 2
    assert sum(w["cards_done"] for w in data["throughput_per_week"]) == 2
    assert data["lead_time_days_median"] == 3.5 and data["cycle_time_days_median"] == 2.5
    assert set(data) >= {"cards_done", "throughput_per_week", "lead_time_days_median", "cycle_time_days_median"}


def test_export_then_import_cards(db, tmp_path, capsys):
    out_file = tmp_path / "cards.xlsx"
    status, out, err = run(capsys, "--db", db, "export", "cards", "--board", "上新", "--out", out_file)
    assert status == 0 and "3 cards" in out, err
    status, out, err = run(capsys, "--db", db, "import", "cards", out_file, "--board", "空的", "--json")
    assert status == 0, err
    assert json.loads(out) == {"ok": True, "board": "空的", "created": 3}


def test_unknown_board_is_one_error_line(db, capsys):
    status, out, err = run(capsys, "--db", db, "report", "flow", "--board", "没有", "--json")
    assert status == 1
    assert err.strip() == "shopteam: error: Board 没有 does not exist."
    assert json.loads(out)["error"]["code"] == "not_found"
    status, out, err = run(capsys, "--db", db, "export", "cards", "--out", "x.xlsx")
    assert status != 0 and "--board" in err
