"""How fast a big board opens and how fast a drop is saved (not a CI test).

    .venv/bin/python benchmarks/bench_board.py [--cards 2000] [--rounds 5] [--drops 30]

Builds benchmarks/out/board.db (a shop with 20 people and one content board holding ``--cards`` cards
spread over its six columns, each with one or two assignees, some with a checklist), then measures
  - open: the real BoardPage (offscreen), from constructing it to the kanban having its models filled
    (boards.load_board + the card lists + the WIP headers), ``--rounds`` times;
  - drop: CardListModel.dropMimeData with real mime data for a card dragged into another column (or
    within its column), i.e. cards.move_card in its own transaction with the positions of both columns
    renumbered and the move recorded; the board's reload after the drop is timed separately.
Prints medians (the machine may be shared: medians, not best runs) and the load average.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def build(path: Path, count: int) -> float:
    from sqlalchemy import insert

    from shopteam.db.base import utcnow
    from shopteam.db.engine import make_engine, make_session_factory
    from shopteam.db.migrate import upgrade
    from shopteam.db.models import Employee
    from shopteam.db.models.boards import Card, CardMove, ChecklistItem, card_assignee
    from shopteam.services import accounts
    from shopteam.services.boards import board as boards

    started = time.perf_counter()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine)
    rng = random.Random(7)
    with make_session_factory(engine).begin() as s:
        owner = accounts.create_shop(s, shop_name="基准店", owner_username="boss", password="secret123")
        people = []
        for i in range(20):
            emp = Employee(employee_no=f"B{i:03d}", name=f"员工{i:02d}", hire_date=date(2024, 1, 1))
            s.add(emp)
            s.flush()
            people.append(emp.id)
        board = boards.create_board(s, actor=owner, name="大看板", kind="content")
        columns = [c.id for c in boards.active_columns(s, board)]
        boards.update_column(s, actor=owner, column_id=columns[1], wip_limit=300)
        now = utcnow()
        per_column: dict[int, int] = {c: 0 for c in columns}
        card_rows, assignees, moves, checklist = [], [], [], []
        for i in range(count):
            column = columns[min(len(columns) - 1, int(rng.random() ** 1.5 * len(columns)))]
            card_rows.append({
                "id": i + 1, "board_id": board, "column_id": column, "position": per_column[column],
                "title": f"任务 {i + 1}：新品详情页文案与主图", "description": "", "priority": rng.randrange(4),
                "tags": "图文", "due_date": date.today() + timedelta(days=rng.randrange(-10, 30)),
                "archived": False, "recurrence": "none", "recurrence_scope": "card", "created_at": now,
                "updated_at": now, "version": 1, "done_at": now if column == columns[-1] else None})
            per_column[column] += 1
            for person in rng.sample(people, 1 + (i % 4 == 0)):
                assignees.append({"card_id": i + 1, "employee_id": person})
            moves.append({"card_id": i + 1, "from_column_id": None, "to_column_id": column, "to_position": 0,
                          "username": "boss", "at": now})
            if i % 3 == 0:
                checklist += [{"card_id": i + 1, "text": "核对", "done": k == 0, "position": k} for k in range(3)]
        s.execute(insert(Card), card_rows)
        s.execute(insert(card_assignee), assignees)
        s.execute(insert(CardMove), moves)
        s.execute(insert(ChecklistItem), checklist)
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default="benchmarks/out/board.db")
    parser.add_argument("--cards", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--drops", type=int, default=30)
    args = parser.parse_args(argv)
    db = Path(args.db)
    db.parent.mkdir(parents=True, exist_ok=True)
    print(f"building {db} with {args.cards} cards: {build(db, args.cards):.1f} s")

    from PySide6.QtCore import QModelIndex, Qt
    from PySide6.QtWidgets import QApplication

    from shopteam.db.engine import make_engine, make_session_factory
    from shopteam.services import accounts
    from shopteam.ui.boards.page import BoardPage
    from shopteam.ui.context import AppContext

    app = QApplication.instance() or QApplication([])
    engine = make_engine(f"sqlite:///{db}")
    factory = make_session_factory(engine)
    with factory.begin() as s:
        actor = accounts.login(s, username="boss", password="secret123").actor
    ctx = AppContext(factory=factory, actor=actor, shop_name="基准店")

    BoardPage(ctx).deleteLater()  # warm up imports and the first query plans
    app.processEvents()
    opens = []
    for _ in range(args.rounds):
        started = time.perf_counter()
        page = BoardPage(ctx)
        page.resize(1400, 850)
        page.show()
        app.processEvents()
        opens.append(time.perf_counter() - started)
        shown = sum(m.rowCount() for m in page.kanban.models.values())
        page.close()
        page.deleteLater()
        app.processEvents()
    assert shown == args.cards, shown

    page = BoardPage(ctx)
    page.resize(1400, 850)
    page.show()
    app.processEvents()
    rng = random.Random(11)
    columns = [c.id for c in page.view.columns]
    drops, reloads = [], []
    for i in range(args.drops):
        source_column = columns[rng.randrange(len(columns))]
        source = page.kanban.models[(None, source_column)]
        if source.rowCount() == 0:
            continue
        target_column = source_column if i % 3 == 0 else columns[rng.randrange(len(columns))]
        target = page.kanban.models[(None, target_column)]
        mime = source.mimeData([source.index(rng.randrange(source.rowCount()), 0)])
        row = rng.randrange(target.rowCount() + 1)
        started = time.perf_counter()
        target.dropMimeData(mime, Qt.DropAction.MoveAction, row, 0, QModelIndex())
        drops.append(time.perf_counter() - started)
        started = time.perf_counter()
        app.processEvents()  # the deferred reload of the board
        reloads.append(time.perf_counter() - started)
    engine.dispose()

    ms = lambda values: statistics.median(values) * 1000  # noqa: E731
    print(f"open a board with {args.cards} cards (BoardPage, offscreen): median {ms(opens):.0f} ms "
          f"(runs: {', '.join(f'{v * 1000:.0f}' for v in opens)}) — target < 1000 ms")
    print(f"drop saved (dropMimeData → move_card, own transaction): median {ms(drops):.1f} ms, "
          f"worst {max(drops) * 1000:.1f} ms over {len(drops)} drops — target < 50 ms median")
    print(f"board reload after a drop: median {ms(reloads):.0f} ms")
    print(f"load average: {' '.join(os.getloadavg().__repr__().strip('()').split(', '))} on {os.cpu_count()} cores")


if __name__ == "__main__":
    from shopteam.runtime import tune_garbage_collector

    tune_garbage_collector()  # as every ShopTeam process runs (cli.main)
    main()
