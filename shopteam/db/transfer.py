"""Copy a whole shop from one database to another of the same schema revision (SQLite file ↔ PostgreSQL).

Used to move a shop from its local file to a shared server and back (``shopteam migrate-data``), and to back
up and restore a server database as a SQLite file. Every table of the metadata is copied with SQLAlchemy Core,
so each value goes through its column type (fen as integers, dates, JSON, Chinese text) the same way on both
backends:

- the source is read inside one transaction (REPEATABLE READ on PostgreSQL), so the copy is one consistent
  moment even while other PCs keep working;
- the target is written inside one transaction: a failure or a Cancel leaves it as it was;
- foreign keys that may be empty are written in a second pass once every row is in (a department's head, a
  person's manager: rows that point at each other, or at rows of the same table further on), so no order of
  rows is needed;
- PostgreSQL's id sequences are moved past the copied ids;
- the row count of every table is compared at the end.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, Integer, Table, bindparam, func, select, text

from shopteam.db.base import Base

BATCH = 5000


class TransferError(Exception):
    """The copy cannot go ahead or did not check out; the message says why (English, for logs and the CLI)."""


@dataclass(frozen=True)
class TransferResult:
    counts: dict[str, int]  # rows per table, the same in source and target

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def tables() -> list[Table]:
    """Every table of the schema, referenced tables first."""
    from shopteam.db.models import load_all

    load_all()
    return list(Base.metadata.sorted_tables)


def _deferred_columns(table: Table) -> list[str]:
    """The nullable foreign-key columns, written in the second pass (tables with a one-column key)."""
    if len(table.primary_key.columns) != 1:
        return []
    return [c.name for c in table.columns if c.foreign_keys and c.nullable and not c.primary_key]


def _rows(conn: Connection, table: Table) -> Iterator[list[dict]]:
    order = list(table.primary_key.columns) or list(table.columns)
    result = conn.execution_options(yield_per=BATCH).execute(select(table).order_by(*order))
    for chunk in result.partitions(BATCH):
        yield [dict(row._mapping) for row in chunk]


def is_empty(conn: Connection) -> bool:
    """Whether a (migrated) database holds no shop yet."""
    from shopteam.db.models import Shop

    return conn.scalar(select(func.count()).select_from(Shop.__table__)) == 0


def copy_database(source: Engine, target: Engine, *, replace: bool = False,
                  report: Callable[[int, int, str], None] | None = None,
                  check: Callable[[], None] | None = None) -> TransferResult:
    """Copy every row of ``source`` into ``target`` (both migrated to the same revision). The target must hold
    no shop, unless ``replace``: then its content is deleted first, in the same transaction (a restore)."""
    schema = tables()
    with source.connect() as src:
        if source.dialect.name == "postgresql":
            src = src.execution_options(isolation_level="REPEATABLE READ")
        with src.begin():
            totals = {t.name: src.scalar(select(func.count()).select_from(t)) for t in schema}
            grand, done = sum(totals.values()), 0
            with target.begin() as dst:
                if not replace and not is_empty(dst):
                    raise TransferError("the target database already holds a shop; copy only into an empty one")
                delete_everything(dst)  # what the migrations put in a new database (the first work rules)
                second_pass: list[tuple[Table, list[str], list[dict]]] = []
                for t in schema:
                    deferred = _deferred_columns(t)
                    kept = [c.name for c in t.columns if c.onupdate is not None and c.name not in deferred]
                    later: list[dict] = []
                    for batch in _rows(src, t):
                        if check is not None:
                            check()
                        if deferred:
                            later += [{"_pk": r[t.primary_key.columns.keys()[0]],
                                       **{c: r[c] for c in deferred + kept}} for r in batch
                                      if any(r[c] is not None for c in deferred)]
                            batch = [{**r, **dict.fromkeys(deferred)} for r in batch]
                        dst.execute(t.insert(), batch)
                        done += len(batch)
                        if report is not None:
                            report(done, grand, t.name)
                    if later:  # an "updated at" column keeps its value (its onupdate would stamp now)
                        second_pass.append((t, deferred + kept, later))
                for t, columns, later in second_pass:  # every row is there now: the links can be set
                    pk = t.primary_key.columns.values()[0]
                    dst.execute(t.update().where(pk == bindparam("_pk"))
                                .values({c: bindparam(c) for c in columns}), later)
                if target.dialect.name == "postgresql":
                    _advance_sequences(dst, schema)
                counts = {t.name: dst.scalar(select(func.count()).select_from(t)) for t in schema}
                if counts != totals:
                    wrong = [f"{name}: {totals[name]} → {counts[name]}" for name in totals if counts[name] != totals[name]]
                    raise TransferError("the row counts differ after the copy (" + ", ".join(wrong) + ")")
    return TransferResult(counts)


def delete_everything(conn: Connection) -> None:
    """Empty every table of the schema (children first), inside the caller's transaction."""
    for t in reversed(tables()):
        conn.execute(t.delete())


def _advance_sequences(conn: Connection, schema: list[Table]) -> None:
    for t in schema:
        pk = list(t.primary_key.columns)
        if len(pk) != 1 or not isinstance(pk[0].type, Integer):
            continue
        sequence = conn.scalar(text("SELECT pg_get_serial_sequence(:t, :c)"), {"t": t.name, "c": pk[0].name})
        if sequence:
            conn.execute(text(f'SELECT setval(:s, coalesce((SELECT max("{pk[0].name}") FROM "{t.name}"), 0) + 1, '
                              "false)"), {"s": sequence})
