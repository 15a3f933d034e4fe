"""Recruitment (招聘): positions opened from the staffing gap, candidates through the stages, interview
scores, and the hire that makes the roster record.

Stages: screening (筛选) → first_interview (初试) → second_interview (复试) → offer (录用) → hired (入职), or
rejected (淘汰) with a reason. A candidate moves between the four open stages in any direction; hired
only by :func:`hire` from the offer stage; rejected is final. Every change writes an audit record.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from shopteam.db.models import Department, Employee, Role, RoleAssignment
from shopteam.db.models.people import STAGES, Candidate, InterviewScore, Position
from shopteam.db.versions import check_version
from shopteam.domain import clock
from shopteam.domain.errors import NotFoundError, ValidationError
from shopteam.domain.explain import Explanation, explain
from shopteam.domain.validation import is_valid_phone
from shopteam.services import audit
from shopteam.services.context import Actor
from shopteam.services.org.onboarding import start_checklist
from shopteam.services.org.roster import StaffInput, create_staff
from shopteam.services.org.staffing import staffing_gap
from shopteam.services.permissions import RECRUITMENT, SALARY_EDIT, can, require
from shopteam.services.recruitment.probation import default_probation_end

OPEN_STAGES = STAGES[:4]  # screening, first_interview, second_interview, offer
SOURCES = ("BOSS直聘", "58同城", "智联招聘", "前程无忧", "内部推荐", "其他")
MAX_HEADCOUNT = 99


def _invalid(field: str, code: str, template: str, **params) -> ValidationError:
    return ValidationError(template, field=field, code=code, **params)


# ---------------------------------------------------------------- positions

@dataclass(frozen=True)
class PositionRow:
    id: int
    role_id: int
    role: str
    department: str
    headcount: int
    hired: int
    candidates: int  # all candidates, rejected and hired included
    in_process: int  # candidates still in an open stage
    reason: str
    wanted_by: date | None
    state: str
    opened_on: date
    closed_on: date | None
    version: int = 0  # as read (db.versions): close_position's expected_version


def _position(session: Session, position_id: int) -> Position:
    position = session.get(Position, position_id)
    if position is None:
        raise NotFoundError(what="Position", key=position_id)
    return position


def open_position(session: Session, *, actor: Actor, role_id: int, headcount: int, reason: str = "",
                  wanted_by: date | None = None, department_id: int | None = None) -> int:
    """Open a position for a role; the department is the role's unless given."""
    require(actor, RECRUITMENT, "open positions")
    role = session.get(Role, role_id)
    if role is None:
        raise NotFoundError(what="Role", key=role_id)
    if role.archived:
        raise _invalid("role", "role_archived", "The role {name} is archived.", name=role.name)
    if isinstance(headcount, bool) or not isinstance(headcount, int) or not 1 <= headcount <= MAX_HEADCOUNT:
        raise _invalid("headcount", "headcount", "The headcount must be a whole number from 1 to {max}.",
                       max=MAX_HEADCOUNT)
    today = clock.today()
    if wanted_by is not None and wanted_by < today:
        raise _invalid("wanted_by", "wanted_by_past", "The wanted-by date is in the past.")
    position = Position(role_id=role.id, department_id=department_id if department_id else role.department_id,
                        headcount=headcount, reason=(reason or "").strip(), wanted_by=wanted_by, state="open",
                        opened_on=today)
    session.add(position)
    session.flush()
    audit.record(session, actor, "create", "recruit_position", position.id, after=audit.snapshot(position),
                 summary=audit.note("position_opened", role=role.name, headcount=headcount))
    return position.id


def open_from_gap(session: Session, *, actor: Actor, plan_id: int, role_id: int, reason: str = "",
                  wanted_by: date | None = None) -> int:
    """Open a position for the shortage of a role in a staffing plan (planned − actual − already open)."""
    require(actor, RECRUITMENT, "open positions")
    gap = next((row for row in staffing_gap(session, actor=actor, plan_id=plan_id) if row.role_id == role_id), None)
    open_heads = sum(row.headcount - row.hired for row in list_positions(session, actor=actor, state="open")
                     if row.role_id == role_id)
    missing = (-gap.gap if gap is not None else 0) - open_heads
    if missing <= 0:
        raise _invalid("role", "no_gap", "The staffing plan has no open shortage for this role.")
    return open_position(session, actor=actor, role_id=role_id, headcount=missing, reason=reason, wanted_by=wanted_by)


def close_position(session: Session, *, actor: Actor, position_id: int, expected_version: int | None = None) -> None:
    """``expected_version``: the position as the screen showed it (one changed elsewhere is not closed unseen)."""
    require(actor, RECRUITMENT, "close positions")
    position = _position(session, position_id)
    check_version(session, position, expected_version)
    if position.state == "closed":
        return
    _close(session, actor, position, clock.today())


def _close(session: Session, actor: Actor, position: Position, day: date) -> None:
    before = audit.snapshot(position)
    position.state, position.closed_on = "closed", day
    session.flush()
    audit.record(session, actor, "update", "recruit_position", position.id, before=before,
                 after=audit.snapshot(position), summary=audit.note("position_closed", role=position.role.name))


def list_positions(session: Session, *, actor: Actor, state: str | None = None) -> list[PositionRow]:
    """Open positions first (oldest first), then closed ones (latest closed first)."""
    require(actor, RECRUITMENT, "see recruitment")
    counts: dict[int, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for position_id, stage, n in session.execute(
            select(Candidate.position_id, Candidate.stage, func.count()).group_by(Candidate.position_id,
                                                                                    Candidate.stage)):
        counts[position_id][stage] = n
    query = (select(Position, Role.name, func.coalesce(Department.name, ""))
             .join(Role, Role.id == Position.role_id)
             .outerjoin(Department, Department.id == Position.department_id)
             .order_by(Position.state != "open", Position.id))
    if state is not None:
        query = query.where(Position.state == state)
    rows = []
    for p, role, department in session.execute(query):
        c = counts[p.id]
        rows.append(PositionRow(p.id, p.role_id, role, department, p.headcount, c["hired"], sum(c.values()),
                                sum(c[s] for s in OPEN_STAGES), p.reason, p.wanted_by, p.state, p.opened_on,
                                p.closed_on, p.version))
    return rows


# ---------------------------------------------------------------- candidates

@dataclass
class CandidateInput:
    name: str
    phone: str = ""
    source: str = ""
    cv_path: str = ""
    expected_salary: Decimal | None = None
    notes: str = ""
    applied_on: date | None = None  # today when not given


@dataclass(frozen=True)
class CandidateRow:
    id: int
    position_id: int
    role: str
    name: str
    phone: str
    source: str
    cv_path: str
    expected_salary: Decimal | None
    stage: str
    reject_reason: str
    notes: str
    applied_on: date
    stage_changed_on: date
    hired_on: date | None
    employee_id: int | None
    average_score: Decimal | None  # over all the interview scores, 2 decimals half-up
    version: int


def _candidate(session: Session, candidate_id: int) -> Candidate:
    candidate = session.get(Candidate, candidate_id)
    if candidate is None:
        raise NotFoundError(what="Candidate", key=candidate_id)
    return candidate


def _require_open(candidate: Candidate) -> None:
    """Refuse a change to a candidate who is hired or rejected already."""
    if candidate.stage not in OPEN_STAGES:
        raise _invalid("stage", "candidate_final", "{name} is {stage} already.", name=candidate.name,
                       stage=candidate.stage)


def _clean_candidate(data: CandidateInput) -> CandidateInput:
    name = (data.name or "").strip()
    if not name:
        raise _invalid("name", "required", "Enter the candidate's name.")
    phone = (data.phone or "").strip()
    if phone and not is_valid_phone(phone):
        raise _invalid("phone", "phone", "The phone number {phone} is not valid.", phone=phone)
    salary = data.expected_salary
    if salary is not None:
        if salary < 0:
            raise _invalid("expected_salary", "negative", "The expected salary cannot be negative.")
        salary = Decimal(salary).quantize(Decimal("0.01"), ROUND_HALF_UP)
    if data.applied_on is not None and data.applied_on > clock.today():
        raise _invalid("applied_on", "future", "The application date is in the future.")
    return CandidateInput(name=name, phone=phone, source=(data.source or "").strip(),
                          cv_path=(data.cv_path or "").strip(), expected_salary=salary,
                          notes=(data.notes or "").strip(), applied_on=data.applied_on)


def add_candidate(session: Session, *, actor: Actor, position_id: int, data: CandidateInput) -> int:
    require(actor, RECRUITMENT, "add candidates")
    position = _position(session, position_id)
    if position.state != "open":
        raise _invalid("position", "position_closed", "The position {role} is closed.", role=position.role.name)
    data = _clean_candidate(data)
    applied = data.applied_on or clock.today()
    candidate = Candidate(position_id=position.id, name=data.name, phone=data.phone, source=data.source,
                          cv_path=data.cv_path, expected_salary=data.expected_salary, notes=data.notes,
                          stage="screening", reject_reason="", applied_on=applied, stage_changed_on=applied)
    session.add(candidate)
    session.flush()
    audit.record(session, actor, "create", "recruit_candidate", candidate.id, after=audit.snapshot(candidate),
                 summary=audit.note("candidate_added", name=candidate.name, role=position.role.name))
    return candidate.id


def update_candidate(session: Session, *, actor: Actor, candidate_id: int, data: CandidateInput,
                     expected_version: int | None = None) -> None:
    require(actor, RECRUITMENT, "edit candidates")
    candidate = _candidate(session, candidate_id)
    check_version(session, candidate, expected_version)
    data = _clean_candidate(data)
    before = audit.snapshot(candidate)
    candidate.name, candidate.phone, candidate.source = data.name, data.phone, data.source
    candidate.cv_path, candidate.expected_salary, candidate.notes = data.cv_path, data.expected_salary, data.notes
    if data.applied_on is not None:
        candidate.applied_on = data.applied_on
    session.flush()
    audit.record(session, actor, "update", "recruit_candidate", candidate.id, before=before,
                 after=audit.snapshot(candidate), summary=candidate.name)


def list_candidates(session: Session, *, actor: Actor, position_id: int | None = None) -> list[CandidateRow]:
    """Candidates in stage order, then in the order they applied."""
    require(actor, RECRUITMENT, "see recruitment")
    scores = select(InterviewScore.candidate_id, func.avg(InterviewScore.score)).group_by(InterviewScore.candidate_id)
    if position_id is not None:
        scores = scores.where(InterviewScore.candidate_id.in_(
            select(Candidate.id).where(Candidate.position_id == position_id)))
    averages = dict(session.execute(scores).all())
    query = select(Candidate, Role.name).join(Position, Position.id == Candidate.position_id).join(
        Role, Role.id == Position.role_id)
    if position_id is not None:
        query = query.where(Candidate.position_id == position_id)
    order = {stage: i for i, stage in enumerate(STAGES)}
    rows = []
    for c, role in session.execute(query):
        avg = averages.get(c.id)
        avg = None if avg is None else Decimal(str(avg)).quantize(Decimal("0.01"), ROUND_HALF_UP)
        rows.append(CandidateRow(c.id, c.position_id, role, c.name, c.phone, c.source, c.cv_path,
                                 c.expected_salary, c.stage, c.reject_reason, c.notes, c.applied_on,
                                 c.stage_changed_on, c.hired_on, c.employee_id, avg, c.version))
    rows.sort(key=lambda r: (order[r.stage], r.applied_on, r.id))
    return rows


def _set_stage(session: Session, actor: Actor, candidate: Candidate, stage: str, summary) -> None:
    before = audit.snapshot(candidate)
    candidate.stage = stage
    candidate.stage_changed_on = clock.today()
    session.flush()
    audit.record(session, actor, "stage", "recruit_candidate", candidate.id, before=before,
                 after=audit.snapshot(candidate), summary=summary)


def move_stage(session: Session, *, actor: Actor, candidate_id: int, stage: str) -> None:
    """Move a candidate to another open stage (screening, first/second interview, offer)."""
    require(actor, RECRUITMENT, "move candidates")
    candidate = _candidate(session, candidate_id)
    if stage not in OPEN_STAGES:
        raise _invalid("stage", "stage", "Unknown stage {stage}.", stage=stage)
    _require_open(candidate)
    if candidate.stage == stage:
        return
    _set_stage(session, actor, candidate, stage,
               audit.note("candidate_stage", name=candidate.name, before=candidate.stage, state=stage))


def reject(session: Session, *, actor: Actor, candidate_id: int, reason: str) -> None:
    require(actor, RECRUITMENT, "reject candidates")
    candidate = _candidate(session, candidate_id)
    _require_open(candidate)
    reason = (reason or "").strip()
    if not reason:
        raise _invalid("reason", "required", "Enter the reason for the rejection.")
    candidate.reject_reason = reason
    _set_stage(session, actor, candidate, "rejected",
               audit.note("candidate_rejected", name=candidate.name, reason=reason))


# ---------------------------------------------------------------- interview scores

@dataclass(frozen=True)
class ScoreRow:
    id: int
    stage: str
    competence: str
    score: int
    note: str
    interviewer: str


def record_score(session: Session, *, actor: Actor, candidate_id: int, competence: str, score: int,
                 note: str = "") -> int:
    """One interview score (1–5) for a competence, at the candidate's current stage."""
    require(actor, RECRUITMENT, "score interviews")
    candidate = _candidate(session, candidate_id)
    _require_open(candidate)
    competence = (competence or "").strip()
    if not competence:
        raise _invalid("competence", "required", "Enter the competence.")
    if isinstance(score, bool) or not isinstance(score, int) or not 1 <= score <= 5:
        raise _invalid("score", "score_1_5", "The score must be a whole number from 1 to 5.")
    item = InterviewScore(candidate_id=candidate.id, stage=candidate.stage, competence=competence, score=score,
                          note=(note or "").strip(), interviewer=actor.username)
    session.add(item)
    session.flush()
    audit.record(session, actor, "create", "recruit_score", item.id, after=audit.snapshot(item),
                 summary=audit.note("candidate_score", name=candidate.name, competence=competence, score=score))
    return item.id


def list_scores(session: Session, *, actor: Actor, candidate_id: int) -> list[ScoreRow]:
    require(actor, RECRUITMENT, "see recruitment")
    candidate = _candidate(session, candidate_id)
    return [ScoreRow(s.id, s.stage, s.competence, s.score, s.note, s.interviewer) for s in candidate.scores]


# ---------------------------------------------------------------- hiring

@dataclass
class HireInput:
    employee_no: str
    hire_date: date
    base_salary: Decimal | None = None  # needs salary.edit; None leaves it 0 for the owner to set
    probation_end: date | None = None  # None: the role's default months from the hire date
    department_id: int | None = None  # None: the position's department
    no_probation: bool = False


def suggest_probation_end(session: Session, *, actor: Actor, candidate_id: int, hire_date: date) -> date | None:
    require(actor, RECRUITMENT, "see recruitment")
    return default_probation_end(session, _candidate(session, candidate_id).position.role_id, hire_date)


def hire(session: Session, *, actor: Actor, candidate_id: int, data: HireInput) -> int:
    """The candidate (at the offer stage) becomes one roster record (on probation) with one primary role
    assignment from the hire date and the onboarding checklist of that role; the position closes when its headcount is hired. One transaction: the
    caller's. Returns the new staff record's id."""
    require(actor, RECRUITMENT, "hire candidates")
    candidate = _candidate(session, candidate_id)
    position = candidate.position
    if candidate.stage != "offer":
        raise _invalid("stage", "not_offer", "Only a candidate at the offer stage can be hired ({name} is {stage}).",
                       name=candidate.name, stage=candidate.stage)
    if position.state != "open":
        raise _invalid("position", "position_closed", "The position {role} is closed.", role=position.role.name)
    if data.hire_date is None:
        raise _invalid("hire_date", "required", "Enter the hire date.")
    if data.base_salary is not None and not can(actor, SALARY_EDIT):
        raise _invalid("base_salary", "salary_edit", "You may not set salaries; leave the base salary empty.")
    if position.role.archived:
        raise _invalid("role", "role_archived", "The role {name} is archived.", name=position.role.name)
    end = None
    if not data.no_probation:
        end = data.probation_end or default_probation_end(session, position.role_id, data.hire_date)
        if end is not None and end < data.hire_date:
            raise _invalid("probation_end", "probation_before_hire", "The probation ends before the hire date.")
    employee_id = create_staff(session, actor=actor, data=StaffInput(
        employee_no=data.employee_no, name=candidate.name, hire_date=data.hire_date, phone=candidate.phone,
        department_id=data.department_id or position.department_id,
        status="probation" if end is not None else "active", base_salary=data.base_salary,
        notes=(candidate.notes or "")), checklist=False)
    person = session.get(Employee, employee_id)
    person.probation_end = end
    assignment = RoleAssignment(employee_id=employee_id, role_id=position.role_id, start_date=data.hire_date,
                                end_date=None, is_primary=True, note="")
    session.add(assignment)
    session.flush()
    audit.record(session, actor, "create", "role_assignment", assignment.id, after=audit.snapshot(assignment),
                 summary=audit.note("role_from", person=person.name, role=position.role.name,
                                    day=data.hire_date.isoformat()))
    start_checklist(session, actor=actor, employee_id=employee_id, role_id=position.role_id)
    before = audit.snapshot(candidate)
    candidate.stage, candidate.stage_changed_on = "hired", clock.today()
    candidate.hired_on, candidate.employee_id = data.hire_date, employee_id
    session.flush()
    audit.record(session, actor, "hire", "recruit_candidate", candidate.id, before=before,
                 after={**audit.snapshot(candidate), "probation_end": end.isoformat() if end else None},
                 summary=audit.note("candidate_hired", name=candidate.name, employee_no=person.employee_no,
                                    role=position.role.name, day=data.hire_date.isoformat()))
    hired = session.scalar(select(func.count()).where(Candidate.position_id == position.id,
                                                      Candidate.stage == "hired"))
    if hired >= position.headcount:
        _close(session, actor, position, data.hire_date)
    return employee_id


# ---------------------------------------------------------------- figures

@dataclass(frozen=True)
class FigureRow:
    key: str  # the position's role (and id) or the source
    candidates: int
    hired: int
    rejected: int
    average_days_to_hire: Decimal | None  # application → hire date, 1 decimal half-up
    explanation: Explanation


def _figure(key: str, items: list[Candidate]) -> FigureRow:
    hired = [c for c in items if c.stage == "hired" and c.hired_on is not None]
    rejected = sum(1 for c in items if c.stage == "rejected")
    if not hired:
        return FigureRow(key, len(items), 0, rejected, None, explain("time_to_hire_none"))
    days = sum((c.hired_on - c.applied_on).days for c in hired)
    average = (Decimal(days) / len(hired)).quantize(Decimal("0.1"), ROUND_HALF_UP)
    return FigureRow(key, len(items), len(hired), rejected, average,
                     explain("time_to_hire", days=days, hired=len(hired), average=average))


def figures(session: Session, *, actor: Actor) -> tuple[list[FigureRow], list[FigureRow]]:
    """(per position, per source): candidates, hired, rejected and the average days from application to hire.
    A position's key is "role #id"; a candidate without a source counts under ""."""
    require(actor, RECRUITMENT, "see recruitment")
    by_position: dict[int, list] = defaultdict(list)
    by_source: dict[str, list] = defaultdict(list)
    # the columns the figures read, not whole candidates (1,000 of them took most of the screen's load)
    for c in session.execute(select(Candidate.position_id, Candidate.source, Candidate.stage, Candidate.applied_on,
                                    Candidate.hired_on).order_by(Candidate.id)):
        by_position[c.position_id].append(c)
        by_source[c.source].append(c)
    names = dict(session.execute(select(Position.id, Role.name).join(Role, Role.id == Position.role_id)).all())
    positions = [_figure(f"{names[pid]} #{pid}", by_position[pid]) for pid in sorted(names)]
    sources = [_figure(src, by_source[src]) for src in sorted(by_source)]
    return positions, sources


@dataclass(frozen=True)
class SourceCount:
    source: str  # "" for candidates without one
    candidates: int
    hired: int


@dataclass(frozen=True)
class PositionFigures:
    """One position's figures: how many candidates are at each stage and came from each source, and the time
    to hire (days from a candidate's application — the day they were added, unless given — to their hire date,
    averaged over those hired, 1 decimal half-up)."""
    position_id: int
    role: str
    candidates: int
    by_stage: dict[str, int]  # every stage in order, 0 included
    by_source: tuple[SourceCount, ...]  # most candidates first, then by name, those without a source last
    hired: int
    average_days_to_hire: Decimal | None
    explanation: Explanation


def position_figures(session: Session, *, actor: Actor, position_id: int) -> PositionFigures:
    require(actor, RECRUITMENT, "see recruitment")
    position = _position(session, position_id)
    items = list(session.scalars(select(Candidate).where(Candidate.position_id == position.id)
                                 .order_by(Candidate.id)))
    by_stage = {stage: 0 for stage in STAGES}
    sources: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for c in items:
        by_stage[c.stage] += 1
        sources[c.source][0] += 1
        sources[c.source][1] += c.stage == "hired"
    figure = _figure(position.role.name, items)
    return PositionFigures(position.id, position.role.name, len(items), by_stage,
                           tuple(SourceCount(src, n, h) for src, (n, h) in sorted(sources.items(),
                                                                                   key=lambda kv: (-kv[1][0], kv[0] == "", kv[0]))),
                           figure.hired, figure.average_days_to_hire, figure.explanation)
