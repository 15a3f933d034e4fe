"""Flow metrics from the card history (card_move): lead time, cycle time, throughput, cumulative flow, and
each person's share of cards done by their due date (for the appraisal's "from tasks" indicator).

- Lead time: from the card's creation to its ``done_at`` (the last move into the done column).
- Cycle time: from the card's first move out of the board's first column to ``done_at``; a card that was
  created beyond the first column started when it was created.
- Throughput: cards done per ISO week (Monday to Sunday, local dates).
- Cumulative flow: for each day, how many cards sat in each column at the end of that day.

Recurrence templates never count; archived cards count only if they were done. Days are local dates
(the PC's time zone) of the UTC times stored. Times are in days (floats).
"""

from __future__ import annotations

import statistics
from bisect import bisect_right
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from shopteam.db.models.boards import Board, BoardColumn, Card, CardMove, card_assignee
from shopteam.domain import clock

DAY = 86400.0


def local_date(moment: datetime) -> date:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone().date()


def _day_end(day: date) -> datetime:
    """The UTC instant at the end of a local day."""
    return datetime.combine(day + timedelta(days=1), time()).astimezone().astimezone(UTC)


@dataclass(frozen=True)
class CardFlow:
    card_id: int
    title: str
    created_at: datetime
    started_at: datetime | None  # first move out of the first column (or creation beyond it)
    done_at: datetime | None

    @property
    def lead_time_days(self) -> float | None:
        if self.done_at is None:
            return None
        return (self.done_at - self.created_at).total_seconds() / DAY

    @property
    def cycle_time_days(self) -> float | None:
        if self.done_at is None or self.started_at is None:
            return None
        return max(0.0, (self.done_at - self.started_at).total_seconds() / DAY)


@dataclass(frozen=True)
class FlowSummary:
    board_id: int
    board_name: str
    start: date
    end: date
    cards_done: int
    throughput_per_week: list[tuple[date, int]]  # (Monday, cards done that week)
    lead_time_days_median: float | None
    cycle_time_days_median: float | None
    lead_times: list[float]
    cycle_times: list[float]

    def to_dict(self) -> dict:
        return {
            "board": self.board_name, "start": self.start.isoformat(), "end": self.end.isoformat(),
            "cards_done": self.cards_done,
            "throughput_per_week": [{"week": w.isoformat(), "cards_done": n} for w, n in self.throughput_per_week],
            "lead_time_days_median": None if self.lead_time_days_median is None
            else round(self.lead_time_days_median, 2),
            "cycle_time_days_median": None if self.cycle_time_days_median is None
            else round(self.cycle_time_days_median, 2),
        }


@dataclass(frozen=True)
class CumulativeFlow:
    days: list[date]
    columns: list[tuple[int, str]]  # board order, first column first
    counts: dict[int, list[int]]  # column id -> cards in it at the end of each day


def _counted(board_id: int):
    return and_(Card.board_id == board_id, Card.recurrence == "none",
                or_(Card.archived.is_(False), Card.done_at.is_not(None)))


def card_flows(session: Session, *, board_id: int) -> list[CardFlow]:
    """Creation, start and done times of every counted card of the board."""
    columns = list(session.scalars(select(BoardColumn.id).where(
        BoardColumn.board_id == board_id, BoardColumn.archived.is_(False)).order_by(BoardColumn.position)))
    first = columns[0] if columns else None
    cards = session.execute(select(Card.id, Card.title, Card.created_at, Card.done_at)
                            .where(_counted(board_id)).order_by(Card.id)).all()
    started: dict[int, datetime] = {}
    moves = session.execute(
        select(CardMove.card_id, CardMove.from_column_id, CardMove.to_column_id, CardMove.at)
        .join(Card, Card.id == CardMove.card_id).where(_counted(board_id)).order_by(CardMove.at, CardMove.id))
    for card_id, from_col, to_col, at in moves:
        if from_col is None:
            if to_col != first:
                started.setdefault(card_id, at)
        elif from_col == first and to_col != first:
            started.setdefault(card_id, at)
    return [CardFlow(cid, title, created, started.get(cid), done) for cid, title, created, done in cards]


def monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def flow_summary(session: Session, *, board_id: int, weeks: int = 12, today: date | None = None) -> FlowSummary:
    """Cards done in the last ``weeks`` ISO weeks up to ``today`` (this week included), their lead and
    cycle times (medians), and the throughput of each of those weeks."""
    board = session.get(Board, board_id)
    today = today or clock.today()
    weeks = max(1, weeks)
    start = monday(today) - timedelta(weeks=weeks - 1)
    done = [f for f in card_flows(session, board_id=board_id)
            if f.done_at is not None and start <= local_date(f.done_at) <= today]
    per_week = {start + timedelta(weeks=i): 0 for i in range(weeks)}
    for f in done:
        per_week[monday(local_date(f.done_at))] += 1
    leads = [f.lead_time_days for f in done]
    cycles = [f.cycle_time_days for f in done if f.cycle_time_days is not None]
    return FlowSummary(
        board_id=board_id, board_name=board.name if board else "", start=start, end=today, cards_done=len(done),
        throughput_per_week=sorted(per_week.items()),
        lead_time_days_median=statistics.median(leads) if leads else None,
        cycle_time_days_median=statistics.median(cycles) if cycles else None,
        lead_times=leads, cycle_times=cycles)


def cumulative_flow(session: Session, *, board_id: int, start: date, end: date) -> CumulativeFlow:
    """How many counted cards were in each column at the end of every day from ``start`` to ``end``."""
    columns = [(cid, name) for cid, name in session.execute(
        select(BoardColumn.id, BoardColumn.name).where(BoardColumn.board_id == board_id,
                                                       BoardColumn.archived.is_(False))
        .order_by(BoardColumn.position)).all()]
    days = [start + timedelta(days=i) for i in range((end - start).days + 1)]
    counts = {cid: [0] * len(days) for cid, _ in columns}
    history: dict[int, tuple[list[datetime], list[int]]] = defaultdict(lambda: ([], []))
    for card_id, to_col, at in session.execute(
            select(CardMove.card_id, CardMove.to_column_id, CardMove.at).join(Card, Card.id == CardMove.card_id)
            .where(_counted(board_id)).order_by(CardMove.card_id, CardMove.at, CardMove.id)):
        times, cols = history[card_id]
        times.append(at)
        cols.append(to_col)
    ends = [_day_end(d) for d in days]
    for times, cols in history.values():
        for i, moment in enumerate(ends):
            k = bisect_right(times, moment)
            if k and cols[k - 1] in counts:
                counts[cols[k - 1]][i] += 1
    return CumulativeFlow(days, columns, counts)


def on_time_share(session: Session, *, employee_id: int, start: date, end: date) -> tuple[int, int, float | None]:
    """(done on time, due, share) for the person's cards due from ``start`` to ``end`` (inclusive): a card
    counts as due when it is assigned to the person, is not a recurrence template, and has a due date in
    the period (archived cards that were never done do not count); it is on time when its ``done_at``
    falls on or before the due date (local date). ``share`` is done on time / due, None when nothing was
    due. Cards done late or not at all count as due but not on time."""
    rows = session.execute(
        select(Card.due_date, Card.done_at).join(card_assignee, card_assignee.c.card_id == Card.id)
        .where(card_assignee.c.employee_id == employee_id, Card.recurrence == "none",
               Card.due_date.is_not(None), Card.due_date >= start, Card.due_date <= end,
               or_(Card.archived.is_(False), Card.done_at.is_not(None)))).all()
    due = len(rows)
    on_time = sum(1 for due_date, done_at in rows if done_at is not None and local_date(done_at) <= due_date)
    return on_time, due, (on_time / due if due else None)


def on_time_shares(session: Session, *, employee_ids, start: date, end: date
                   ) -> dict[int, tuple[int, int, float | None]]:
    """:func:`on_time_share` for many people in one query: employee id -> (done on time, due, share); people
    with nothing due get (0, 0, None)."""
    wanted = set(employee_ids)
    counts = {employee_id: [0, 0] for employee_id in wanted}
    if wanted:
        rows = session.execute(
            select(card_assignee.c.employee_id, Card.due_date, Card.done_at)
            .join(Card, card_assignee.c.card_id == Card.id)
            .where(card_assignee.c.employee_id.in_(wanted), Card.recurrence == "none",
                   Card.due_date.is_not(None), Card.due_date >= start, Card.due_date <= end,
                   or_(Card.archived.is_(False), Card.done_at.is_not(None))))
        for employee_id, due_date, done_at in rows:
            entry = counts[employee_id]
            entry[1] += 1
            if done_at is not None and local_date(done_at) <= due_date:
                entry[0] += 1
    return {e: (on_time, due, (on_time / due if due else None)) for e, (on_time, due) in counts.items()}
