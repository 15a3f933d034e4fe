"""An appraisal scored from its stored figures: each score row keeps the figures it was scored from
(``explanation`` JSON ``{"in": {...}, "lines": [...]}``), so the review form, the cycle's compute and the
calibration rescore one appraisal without gathering its sources again. Shared by ``cycles`` (a saved
review is rescored) and ``compute`` (a cycle is gathered and scored), so neither imports the other's
internals and there is no import cycle.
"""

from __future__ import annotations

import json
from decimal import Decimal

from sqlalchemy.orm import Session

from shopteam.db.models.appraisal import (
    LOCKED_STATES,
    Appraisal,
    AppraisalScheme,
    AppraisalScore,
)
from shopteam.domain import grading, scoring
from shopteam.domain.explain import Explanation
from shopteam.services.appraisal.schemes import (
    DEFAULT_FORCED,
    DEFAULT_THRESHOLDS,
    IndicatorInput,
    domain_scheme,
)


def _plain(value):
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dict | list | tuple):
        return str(value)
    return value


def dump_figures(inputs: dict, lines: tuple[Explanation, ...]) -> str:
    return json.dumps({"in": inputs, "lines": [{"code": e.code, "params": {k: _plain(v) for k, v in e.params.items()}}
                                               for e in lines]}, ensure_ascii=False)


def stored_inputs(score: AppraisalScore) -> dict:
    try:
        return json.loads(score.explanation or "{}").get("in", {})
    except ValueError:
        return {}


def explanation_items(text: str) -> list[Explanation]:
    try:
        data = json.loads(text or "{}")
    except ValueError:
        return []
    return [Explanation(item["code"], item.get("params", {})) for item in data.get("lines", [])]


def explanation_text(text: str) -> str:
    return "; ".join(e.text() for e in explanation_items(text))


def _scheme_settings(session: Session, appraisal: Appraisal) -> tuple[dict, float, dict]:
    cache = session.info.setdefault("appraisal_schemes", {})
    if appraisal.scheme_id not in cache:
        with session.no_autoflush:
            cache[appraisal.scheme_id] = _settings_of(
                session.get(AppraisalScheme, appraisal.scheme_id) if appraisal.scheme_id else None)
    return cache[appraisal.scheme_id]


def _settings_of(scheme: AppraisalScheme | None) -> tuple[dict, float, dict]:
    if scheme is None:
        return dict(DEFAULT_THRESHOLDS), 10.0, dict(DEFAULT_FORCED)
    return ({**DEFAULT_THRESHOLDS, **json.loads(scheme.grade_thresholds or "{}")}, scheme.points_cap,
            {**DEFAULT_FORCED, **json.loads(scheme.forced_limits or "{}")})


def _as_indicator(s: AppraisalScore) -> IndicatorInput:
    return IndicatorInput(s.group, s.name, s.weight, s.method, s.source, json.loads(s.params or "{}"), s.key, s.unit)


def _input_for(s: AppraisalScore, stored: dict, overrides: dict | None = None) -> scoring.IndicatorInput:
    o = overrides or {}
    if s.method == "rating":
        self_score = o.get("self", s.self_score)
        sup = o.get("supervisor", s.supervisor_score)
        return scoring.IndicatorInput(
            self_rating=None if self_score in (None, "") else Decimal(str(self_score)),
            supervisor_rating=None if sup in (None, "") else Decimal(str(sup)))
    if s.method == "tasks":
        return scoring.IndicatorInput(tasks_due=int(stored.get("due", 0)), tasks_on_time=int(stored.get("on_time", 0)))
    if s.method == "attendance":
        return scoring.IndicatorInput(late_count=int(stored.get("late", 0)),
                                      absence_days=Decimal(str(stored.get("absence", 0))),
                                      missing_punches=int(stored.get("missing", 0)))
    actual = o.get("actual", s.actual)
    return scoring.IndicatorInput(actual=None if actual in (None, "") else Decimal(str(actual)))


def _domain_scheme_of(session: Session, appraisal: Appraisal, scores: list[AppraisalScore]) -> scoring.Scheme:
    """The appraisal's indicators as the scoring rules see them. Everyone appraised with the same indicators
    shares one (immutable) domain scheme, so a cycle of 500 builds one per role, not one per person."""
    thresholds, points_cap, _ = _scheme_settings(session, appraisal)
    missing_self = "supervisor_only" if appraisal.state in ("calibration", *LOCKED_STATES) else "incomplete"
    key = (appraisal.scheme_id, appraisal.self_weight, missing_self,
           tuple((s.group, s.name, s.weight, s.method, s.source, s.params, s.key, s.unit) for s in scores))
    cache = session.info.setdefault("appraisal_domain_schemes", {})
    scheme = cache.get(key)
    if scheme is None:
        scheme = cache[key] = domain_scheme([_as_indicator(s) for s in scores], self_weight=appraisal.self_weight,
                                            thresholds=thresholds, points_cap=points_cap, missing_self=missing_self)
    return scheme


def _scored(session: Session, appraisal: Appraisal, overrides: dict[int, dict] | None = None
            ) -> tuple[grading.FinalResult, list[tuple[AppraisalScore, dict]]]:
    """The result, and each score row with the stored figures it was scored from."""
    scores = list(appraisal.scores)
    scheme = _domain_scheme_of(session, appraisal, scores)
    stored = [(s, stored_inputs(s)) for s in scores]
    inputs = {s.name: _input_for(s, figures, (overrides or {}).get(s.id)) for s, figures in stored}
    return grading.appraise(scheme, inputs, points=appraisal.points or Decimal(0)), stored


def result_of(session: Session, appraisal: Appraisal, overrides: dict[int, dict] | None = None) -> grading.FinalResult:
    """The appraisal scored from its stored figures (``overrides``: score id -> {'self'|'supervisor'|'actual': v},
    for a live preview of unsaved input)."""
    return _scored(session, appraisal, overrides)[0]


def set_if_changed(obj, name: str, value) -> None:
    """Assign only a changed value: an unchanged row is not written again by the flush."""
    if getattr(obj, name) != value:
        setattr(obj, name, value)


def recompute(session: Session, appraisal: Appraisal) -> grading.FinalResult:
    """Score the appraisal from its stored figures and store the indicator scores, final score and grade."""
    result, stored = _scored(session, appraisal)
    by_name = {r.key: r for r in result.indicators}
    for s, figures in stored:
        r = by_name[s.name]
        set_if_changed(s, "computed_score", r.display_score)
        set_if_changed(s, "explanation", dump_figures(figures, r.explanations))
    set_if_changed(appraisal, "base_score", None if result.weighted is None else scoring.round_score(result.weighted))
    set_if_changed(appraisal, "final_score", result.score)
    set_if_changed(appraisal, "grade", result.grade.value if result.grade else "")
    if result.score is None:
        set_if_changed(appraisal, "calibrated_score", None)
        set_if_changed(appraisal, "calibrated_grade", "")
    return result


