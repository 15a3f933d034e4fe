"""Consistent copies of a SQLite database (the online backup API, safe while the app is running)."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from sqlalchemy import Engine

from shopteam.domain.errors import ShopTeamError


def backup_sqlite(engine: Engine, target: Path) -> Path:
    """Copy the database to ``target`` (readable by the user only), keeping it only when the copy passes
    ``PRAGMA integrity_check``."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(target.suffix + ".part")
    tmp.unlink(missing_ok=True)
    os.close(os.open(tmp, os.O_CREAT | os.O_WRONLY, 0o600))  # created private: it holds people's pay
    raw = engine.raw_connection()
    try:
        dest = sqlite3.connect(tmp)
        try:
            raw.driver_connection.backup(dest)
            verdict = [r[0] for r in dest.execute("PRAGMA integrity_check").fetchall()]
        finally:
            dest.close()
    finally:
        raw.close()
    if verdict != ["ok"]:
        tmp.unlink(missing_ok=True)
        raise ShopTeamError("The backup copy failed SQLite's integrity check and was not kept: {reason}",
                            code="backup_not_sound", reason="; ".join(verdict[:3]))
    tmp.replace(target)  # only a complete, checked copy ever carries the final name
    return target


def restore_sqlite(source: Path, engine: Engine) -> None:
    """Replace the database's content with the backup file's, in one step."""
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        raw = engine.raw_connection()
        try:
            src.backup(raw.driver_connection)
        finally:
            raw.close()
    finally:
        src.close()


def integrity_check(engine: Engine) -> list[str]:
    """Problems SQLite reports (empty when the file is sound), foreign keys included."""
    problems: list[str] = []
    raw = engine.raw_connection()
    try:
        cur = raw.driver_connection.cursor()
        rows = [r[0] for r in cur.execute("PRAGMA integrity_check").fetchall()]
        if rows != ["ok"]:
            problems.extend(rows)
        for table, rowid, parent, _fk in cur.execute("PRAGMA foreign_key_check").fetchall():
            problems.append(f"{table} row {rowid} refers to a missing {parent}")
    finally:
        raw.close()
    return problems
