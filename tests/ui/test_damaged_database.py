"""A database that no longer opens at start-up: the user is offered to restore a backup."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox
from sqlalchemy import select
from sqlalchemy.orm import Session

from shopteam.app import open_database
from shopteam.db.models import Shop
from shopteam.services.maintenance import make_backup
from shopteam.ui import damaged


def _break(db_url: str) -> Path:
    path = Path(db_url.removeprefix("sqlite:///"))
    path.write_bytes(b"\x00" * 8192)  # what a failed disk may leave
    return path


def test_restoring_a_backup_from_the_offer_lets_the_start_go_on(qtbot, monkeypatch, engine, db_url, owner,
                                                                tmp_path):
    saved = make_backup(engine, tmp_path / "saved.db")
    engine.dispose()
    path = _break(db_url)
    try:
        open_database(db_url)
    except Exception as exc:  # noqa: BLE001 - whatever the driver raises is what the app sees
        error = exc
    asked = []
    monkeypatch.setattr(damaged, "ask_restore", lambda p, reason: asked.append((p, reason)) or True)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(saved), "")))
    assert damaged.rescue_database(db_url, error) is True
    assert asked == [(path, "the file is not a database, or its start is damaged")]
    engine_again, _factory = open_database(db_url)
    with Session(engine_again) as s:
        assert s.scalar(select(Shop.name)) == "测试小店"
    engine_again.dispose()
    kept = list((path.parent / "backups").glob("*unreadable*"))
    assert len(kept) == 1 and kept[0].read_bytes() == b"\x00" * 8192


def test_a_refused_backup_is_explained_and_quitting_leaves_the_file_alone(qtbot, monkeypatch, engine, db_url,
                                                                          tmp_path):
    engine.dispose()
    path = _break(db_url)
    not_a_backup = tmp_path / "notes.db"
    not_a_backup.write_text("hello", encoding="utf-8")
    answers = iter([True, False])  # try a file, then give up
    warnings = []
    monkeypatch.setattr(damaged, "ask_restore", lambda p, reason: next(answers))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(not_a_backup), "")))
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda parent, title, text: warnings.append(text)))
    assert damaged.rescue_database(db_url, RuntimeError("file is not a database")) is False
    assert warnings and "notes.db" in warnings[0]
    assert path.read_bytes() == b"\x00" * 8192  # nothing moved or changed
