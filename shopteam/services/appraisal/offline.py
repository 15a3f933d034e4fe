"""Offline scoring: export a cycle's appraisal sheets to Excel and import the supervisor's scores and comments
back (the workbook is io/appraisal_workbook.py).

Export: the owner, or a manager for the people they may score (never themselves); staff are refused. A
finalised cycle is not exported (nothing could be imported back).

Import checks everything before it writes anything: the workbook is ours and of this cycle, the cycle is
not finalised, the actor may score every person in it, every score is a number in the indicator's range (or
empty), every comment fits. Any problem refuses the whole file (``WorkbookRejected`` lists them all, each
naming sheet and cell) and nothing changes. Then every changed appraisal goes through
``appraisal.save_review`` (the review form's path: same checks, recomputation and audit) in the caller's one
transaction. An empty cell leaves the stored score or comment as it is; a value equal to the stored one is no
change, so importing the same file twice changes nothing the second time. A cell whose stored value was
changed in ShopTeam after the export *and* differs in the file is a conflict and refuses the file rather
than overwrite a colleague's score.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from shopteam.db.models.appraisal import Appraisal, AppraisalCycle
from shopteam.domain.errors import ShopTeamError, ValidationError
from shopteam.io import appraisal_workbook as wb
from shopteam.services import audit
from shopteam.services.appraisal import cycles as ap
from shopteam.services.context import Actor
from shopteam.services.language import document_language, shop_identity
from shopteam.services.permissions import APPRAISAL_SCORE, require
from shopteam.services.progress import NullProgress, Progress


class WorkbookRejected(ValidationError):
    """The file was refused as a whole; ``problems`` holds every reason (each a ShopTeamError)."""

    code = "appraisal_workbook_rejected"
    template = "{file}: {count} problem(s) found; nothing was imported."

    def __init__(self, *, file: str, problems: tuple[ShopTeamError, ...]):
        self.problems = problems
        super().__init__(field="file", file=file, count=len(problems))


@dataclass(frozen=True)
class ExportResult:
    file: str
    period: str
    people: int

    def to_dict(self) -> dict:
        return {"file": self.file, "period": self.period, "people": self.people}


@dataclass(frozen=True)
class ImportResult:
    file: str
    period: str
    people: int  # sheets in the file
    changed: int  # appraisals saved
    scores: int  # scores changed
    comments: int  # comments changed
    submitted: int  # handed on to calibration

    def to_dict(self) -> dict:
        return {"file": self.file, "period": self.period, "people": self.people, "changed": self.changed,
                "scores": self.scores, "comments": self.comments, "submitted": self.submitted}


def _cycle(session: Session, cycle_id: int) -> AppraisalCycle:
    cycle = session.get(AppraisalCycle, cycle_id)
    if cycle is None:
        raise ValidationError("There is no such appraisal cycle.", field="period", code="cycle_missing")
    return cycle


def _period(cycle: AppraisalCycle) -> str:
    return f"{cycle.year}-{cycle.month:02d}"


def export_sheets(session: Session, *, actor: Actor, cycle_id: int, path: str | Path, department: str | None = None,
                  language: str | None = None, progress: Progress | None = None) -> ExportResult:
    """Write the sheets of everyone in the cycle (or ``department``) the actor may score to ``path``."""
    require(actor, APPRAISAL_SCORE, "export appraisal sheets for scoring")
    cycle = _cycle(session, cycle_id)
    if cycle.state in ap.LOCKED_STATES:
        raise ap.AppraisalLocked(period=_period(cycle))
    details = [d for d in ap.details_for_cycle(session, actor=actor, cycle_id=cycle_id, department=department)
               if d.may_review and not d.locked]
    if not details:
        raise ValidationError("There is nobody in {period} whose appraisal you may score.", field="department",
                              code="nobody_to_score", period=_period(cycle))
    path = Path(path)
    wb.write_appraisal_workbook(path, details, cycle_id=cycle.id, shop_name=shop_identity(session).name,
                                lang=language or document_language(session), exported_by=actor.username,
                                progress=(progress or NullProgress()).report)
    return ExportResult(file=str(path), period=_period(cycle), people=len(details))


def _problem(template: str, where: str, code: str, **params) -> ShopTeamError:
    return wb.CellProblem(template, code=code, where=where, **params)


def _plain(value: Decimal | None) -> str:
    return "" if value is None else f"{value:.2f}".rstrip("0").rstrip(".")


def _exported(value) -> Decimal | None:
    number, problem = wb.parse_score(value, Decimal("-1e9"), Decimal("1e9"))
    return None if problem else number


@dataclass
class _Change:
    appraisal: Appraisal
    scores: dict[int, Decimal]
    comment: str | None


def _check_person(session: Session, actor: Actor, person: wb.PersonCells, appraisal: Appraisal | None,
                  cycle: AppraisalCycle, problems: list) -> _Change | None:
    sheet = person.sheet or f"{person.employee_no} {person.name}".strip()
    if appraisal is None or appraisal.cycle_id != cycle.id or appraisal.employee.employee_no != person.employee_no:
        problems.append(_problem("{where}: this sheet belongs to no appraisal of {period} in this shop.", sheet,
                                 "sheet_unknown", period=_period(cycle)))
        return None
    if not ap.may_review(session, actor, appraisal.employee_id):
        problems.append(_problem("{where}: you may not score the appraisal of {name}.", sheet, "sheet_not_yours",
                                 name=appraisal.employee.name))
        return None
    if appraisal.state in ap.LOCKED_STATES:
        problems.append(_problem("{where}: the appraisal of {name} is finalised and locked.", sheet,
                                 "sheet_locked", name=appraisal.employee.name))
        return None
    change = _Change(appraisal, {}, None)
    lines = {s.id: s for s in appraisal.scores}
    for score_id, cell in person.scores:
        line = lines.get(score_id)
        if line is None or line.method != "rating":
            problems.append(_problem("{where}: this cell belongs to no rated indicator of {name}.", cell.where,
                                     "cell_unknown", name=appraisal.employee.name))
            continue
        low, high = wb.rating_range(json.loads(line.params or "{}"))
        value, code = wb.parse_score(cell.value, low, high)
        if code == "score_not_number":
            problems.append(_problem("{where}: “{value}” is not a number; enter a score from {low} to {high} or "
                                     "leave the cell empty.", cell.where, code, value=str(cell.value), low=low,
                                     high=high))
            continue
        if code == "score_out_of_range":
            problems.append(_problem("{where}: {value} is outside the range; enter a score from {low} to {high} "
                                     "or leave the cell empty.", cell.where, code, value=str(cell.value), low=low,
                                     high=high))
            continue
        current = line.supervisor_score
        if value is None or value == current:
            continue
        if current != _exported(cell.exported):
            problems.append(_problem("{where}: the score of {indicator} was changed in ShopTeam after this file "
                                     "was exported (now {current}); export the sheets again.", cell.where,
                                     "score_changed_since", indicator=line.name, current=_plain(current) or "—"))
            continue
        change.scores[line.id] = value
    cell = person.comment
    if cell is not None and cell.value is not None and str(cell.value).strip():
        text = str(cell.value).strip()
        current = (appraisal.supervisor_comment or "").strip()
        if len(text) > wb.MAX_COMMENT:
            problems.append(_problem("{where}: the comment has {length} characters; at most {max} fit.",
                                     cell.where, "comment_too_long", length=len(text), max=wb.MAX_COMMENT))
        elif text != wb.clean_text(current):
            if wb.clean_text(current) != str(cell.exported or "").strip():
                problems.append(_problem("{where}: the comment was changed in ShopTeam after this file was "
                                         "exported; export the sheets again.", cell.where, "comment_changed_since"))
            else:
                change.comment = text
    return change


def import_sheets(session: Session, *, actor: Actor, path: str | Path, cycle_id: int | None = None,
                  submit: bool = False, progress: Progress | None = None) -> ImportResult:
    """Import the supervisor's scores and comments of a workbook from :func:`export_sheets` (see the module's
    docstring). ``cycle_id``: the cycle the file must belong to (the month on screen); ``submit`` hands every
    appraisal of the file whose rated indicators all have a supervisor's score on to calibration, as "Save and
    submit" does in the form."""
    require(actor, APPRAISAL_SCORE, "import appraisal scores")
    path = Path(path)
    book = wb.read_appraisal_workbook(path)
    cycle = session.get(AppraisalCycle, book.cycle_id)
    if cycle is None or _period(cycle) != book.period:
        raise ValidationError("{file} was exported from another shop's database (appraisal {period}); it cannot "
                              "be imported here.", field="file", code="workbook_other_shop", file=book.file,
                              period=book.period)
    if cycle_id is not None and cycle.id != cycle_id:
        expected = _cycle(session, cycle_id)
        raise ValidationError("{file} holds the appraisals of {period}, not {expected}; choose that month first.",
                              field="file", code="workbook_other_cycle", file=book.file, period=book.period,
                              expected=_period(expected))
    if cycle.state in ap.LOCKED_STATES:
        raise ap.AppraisalLocked(period=_period(cycle))
    ids = [p.appraisal_id for p in book.people]
    appraisals = {a.id: a for a in session.scalars(
        select(Appraisal).where(Appraisal.id.in_(ids))
        .options(selectinload(Appraisal.scores), selectinload(Appraisal.employee)))}
    problems: list[ShopTeamError] = list(book.problems)
    changes = []
    for person in book.people:
        change = _check_person(session, actor, person, appraisals.get(person.appraisal_id), cycle, problems)
        if change is not None:
            changes.append(change)
    if problems:
        raise WorkbookRejected(file=book.file, problems=tuple(problems))
    saved = scores = comments = submitted = 0
    for i, change in enumerate(changes):
        appraisal = change.appraisal
        hand_on = submit and appraisal.state in ("self_assessment", "supervisor_review") and all(
            change.scores.get(s.id, s.supervisor_score) is not None for s in appraisal.scores if s.method == "rating")
        if change.scores or change.comment is not None or hand_on:
            ap.save_review(session, actor=actor, appraisal_id=appraisal.id,
                           scores={k: str(v) for k, v in change.scores.items()}, comment=change.comment,
                           submit=hand_on)
            saved += 1
            scores += len(change.scores)
            comments += change.comment is not None
            submitted += hand_on
        if progress is not None:
            progress.report(i + 1, len(changes))
    result = ImportResult(file=book.file, period=book.period, people=len(book.people), changed=saved,
                          scores=scores, comments=comments, submitted=submitted)
    if saved:
        audit.record(session, actor, "import", "appraisal_cycle", cycle.id, after=result.to_dict(),
                     summary=audit.note("offline_scores", period=book.period, file=book.file, count=saved, scores=scores,
                                        comments=comments))
    return result
