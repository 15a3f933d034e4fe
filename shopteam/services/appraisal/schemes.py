"""Appraisal schemes (考核方案): preset schemes per shop role, reading and saving with validation.

A scheme's indicator weights must sum to 100. Only the owner edits schemes; everyone may read them
(the self-assessment form shows the person their indicators).

A scheme's purpose is fixed when it is created: ``monthly`` schemes are the cycles'; a ``probation`` scheme is
the probation review's (转正评估): rated indicators only, scored by the supervisor alone, given to no role.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from shopteam.db.models import Role
from shopteam.db.models.appraisal import (
    INDICATOR_GROUPS,
    METHODS,
    SCHEME_PURPOSES,
    SOURCES,
    AppraisalIndicator,
    AppraisalScheme,
)
from shopteam.db.versions import check_version
from shopteam.domain import scoring
from shopteam.domain.errors import NotFoundError, ValidationError
from shopteam.services import audit
from shopteam.services.context import Actor
from shopteam.services.permissions import APPRAISAL_ADMIN, require

DEFAULT_THRESHOLDS = {"excellent": 90.0, "good": 80.0, "pass": 60.0}
DEFAULT_FORCED = {"excellent": 20.0, "fail": None}  # at most 20 % 优秀; no limit on 不合格
GRADES = ("excellent", "good", "pass", "fail")
GRADE_LABELS_ZH = {"excellent": "优秀", "good": "良好", "pass": "合格", "fail": "不合格"}
ATTENDANCE_PARAMS = {"per_late": 2, "per_absence": 10, "per_missing": 2}


@dataclass
class IndicatorInput:
    group: str
    name: str
    weight: float
    method: str = "rating"
    source: str = "manual"
    params: dict = field(default_factory=dict)
    key: str = ""
    unit: str = ""
    id: int | None = None


@dataclass
class SchemeInput:
    name: str
    indicators: list[IndicatorInput]
    self_weight: int = 30
    thresholds: dict = field(default_factory=lambda: dict(DEFAULT_THRESHOLDS))
    forced_limits: dict = field(default_factory=lambda: dict(DEFAULT_FORCED))
    points_cap: float = 10.0
    role_ids: list[int] = field(default_factory=list)
    description: str = ""
    preset: str | None = None
    purpose: str = "monthly"


@dataclass(frozen=True)
class SchemeView:
    id: int
    name: str
    preset: str | None
    description: str
    self_weight: int
    thresholds: dict
    forced_limits: dict
    points_cap: float
    role_ids: tuple[int, ...]
    role_names: tuple[str, ...]
    indicators: tuple[IndicatorInput, ...]
    version: int
    archived: bool = False
    purpose: str = "monthly"

    @property
    def weight_sum(self) -> float:
        return sum(i.weight for i in self.indicators)


def _i(group, name, weight, method="rating", source="manual", key="", unit="", **params) -> IndicatorInput:
    return IndicatorInput(group, name, weight, method, source, params, key, unit)


def _common() -> list[IndicatorInput]:
    """Ability and attitude items every preset shares (40 points)."""
    return [
        _i("ability", "专业技能", 10),
        _i("ability", "沟通协作", 10),
        _i("attitude", "主动性与责任心", 10),
        _i("attitude", "考勤纪律", 10, "attendance", "attendance", **ATTENDANCE_PARAMS),
    ]


def preset_schemes() -> dict[str, tuple[str, tuple[str, ...], list[IndicatorInput]]]:
    """preset key -> (scheme name, role keys, indicators). Results indicators weigh 60, the rest 40."""
    return {
        "cs": ("客服考核方案", ("cs_presale", "cs_aftersale"), [
            _i("results", "平均响应时间", 20, "lower_is_better", "kpi", "response_time", "秒", target=30, cap=120),
            _i("results", "询单转化率", 25, "higher_is_better", "kpi", "conversion", "%", target=45, cap=120),
            _i("results", "客户满意度", 15, "tiered", "kpi", "satisfaction", "分", direction="higher",
               tiers=[[4.5, 60], [4.7, 80], [4.8, 90], [4.9, 100]]),
            *_common()]),
        "designer": ("美工考核方案", ("designer",), [
            _i("results", "设计稿按时交付率", 40, "tasks", "boards", "on_time", "%"),
            _i("results", "返工次数", 20, "tiered", "kpi", "revisions", "次", direction="lower",
               tiers=[[1, 100], [3, 85], [5, 70], [8, 60]]),
            *_common()]),
        "promotion": ("推广考核方案", ("promotion",), [
            _i("results", "投入产出比 ROI", 35, "higher_is_better", "kpi", "roi", "", target=3, cap=120),
            _i("results", "推广费用控制（花费/预算）", 25, "lower_is_better", "kpi", "spend", "元", target=20000, cap=110),
            *_common()]),
        "ops": ("运营考核方案", ("ops", "ops_manager"), [
            _i("results", "销售额 GMV 达成", 35, "higher_is_better", "kpi", "gmv", "元", target=500000, cap=120),
            _i("results", "全店转化率", 25, "higher_is_better", "kpi", "conversion", "%", target=3, cap=120),
            *_common()]),
        "general": ("通用考核方案", ("manager", "copywriter", "analyst", "warehouse"), [
            _i("results", "工作任务完成质量", 30),
            _i("results", "任务按时完成率", 30, "tasks", "boards", "on_time", "%"),
            *_common()]),
    }


PROBATION_PRESET = "probation"


def probation_preset() -> SchemeInput:
    """The default probation review scheme (转正评估): results 40, ability 30, attitude 30, each indicator
    rated 0–100 by the supervisor (no self-assessment)."""
    return SchemeInput(name="转正评估方案", indicators=[
        _i("results", "工作任务完成情况", 20),
        _i("results", "工作质量与效率", 20),
        _i("ability", "岗位技能掌握", 15),
        _i("ability", "学习与适应能力", 15),
        _i("attitude", "责任心与主动性", 15),
        _i("attitude", "团队协作与纪律", 15),
    ], self_weight=0, description="试用期转正评估：由直属上级评分并给出转正建议", preset=PROBATION_PRESET,
        purpose="probation")


def _invalid(field_name: str, code: str, template: str, **params) -> ValidationError:
    return ValidationError(template, field=field_name, code=code, **params)


def _dec(value, default: str | None = None) -> Decimal | None:
    if value is None or value == "":
        return None if default is None else Decimal(default)
    return Decimal(str(value))


def domain_indicator(ind: IndicatorInput) -> scoring.Indicator:
    """The scoring rules' view of an indicator (its name is its key)."""
    p = ind.params or {}
    att = scoring.AttendancePoints(_dec(p.get("per_late"), "2"), _dec(p.get("per_absence"), "10"),
                                   _dec(p.get("per_missing"), "2"))
    tiers = tuple(scoring.Tier(_dec(t[0]), _dec(t[1])) for t in p.get("tiers") or ())
    scale = scoring.RatingScale.FIVE if p.get("scale") in (5, "5", "five") else scoring.RatingScale.PERCENT
    return scoring.Indicator(
        key=ind.name.strip(), weight=_dec(ind.weight, "0"), method=scoring.Method(ind.method), name=ind.name.strip(),
        group=scoring.Group(ind.group), target=_dec(p.get("target")), cap=_dec(p.get("cap"), "100"),
        tiers=tiers, direction=scoring.Direction(p.get("direction") or "higher"), scale=scale,
        attendance_points=att)


def domain_scheme(indicators, *, self_weight: int, thresholds: dict, points_cap: float,
                  missing_self: str = "incomplete") -> scoring.Scheme:
    t = {**DEFAULT_THRESHOLDS, **(thresholds or {})}
    return scoring.Scheme(
        tuple(domain_indicator(i) for i in indicators), alpha=Decimal(int(self_weight)) / 100,
        thresholds=scoring.GradeThresholds(_dec(t["excellent"]), _dec(t["good"]), _dec(t["pass"])),
        points_cap=_dec(points_cap, "10"), missing_self=scoring.MissingSelf(missing_self))


def validate_scheme(data: SchemeInput, purpose: str | None = None) -> None:
    """Names, groups, methods and sources known here; the rest (weights sum to 100, targets, caps, tiers,
    α, thresholds) by the scoring rules. A probation scheme (``purpose``, else ``data.purpose``) has rated,
    manual indicators only and no roles."""
    if not data.name.strip():
        raise _invalid("name", "scheme_name", "Give the scheme a name.")
    purpose = purpose or data.purpose
    if purpose not in SCHEME_PURPOSES:
        raise _invalid("purpose", "scheme_purpose", "Unknown scheme purpose {purpose}.", purpose=purpose)
    if purpose == "probation":
        if data.role_ids:
            raise _invalid("roles", "probation_scheme_roles",
                           "A probation review scheme is not given to roles: the monthly appraisal does not use it.")
        for ind in data.indicators:
            if ind.method != "rating" or ind.source != "manual":
                raise _invalid("indicators", "probation_scheme_rating",
                               "Indicator {name}: a probation review scheme has only indicators the supervisor "
                               "rates.", name=ind.name)
    for row, ind in enumerate(data.indicators, start=1):
        if not ind.name.strip():
            raise _invalid("indicators", "indicator_name", "Indicator {row} has no name.", row=row)
        if ind.group not in INDICATOR_GROUPS:
            raise _invalid("indicators", "indicator_group", "Indicator {name}: unknown group {group}.",
                           name=ind.name, group=ind.group)
        if ind.method not in METHODS:
            raise _invalid("indicators", "indicator_method", "Indicator {name}: unknown scoring method {method}.",
                           name=ind.name, method=ind.method)
        if ind.source not in SOURCES:
            raise _invalid("indicators", "indicator_source", "Indicator {name}: unknown data source {source}.",
                           name=ind.name, source=ind.source)
    if not 0 <= data.self_weight <= 100:
        raise _invalid("self_weight", "self_weight", "The self-assessment weight must be between 0 and 100 %.")
    try:
        scheme = domain_scheme(data.indicators, self_weight=data.self_weight, thresholds=data.thresholds,
                               points_cap=data.points_cap)
    except (ArithmeticError, ValueError, TypeError, IndexError) as exc:
        if isinstance(exc, ValidationError):
            raise
        raise _invalid("indicators", "indicator_params", "An indicator's parameters are not valid: {reason}",
                       reason=str(exc)) from None
    scoring.validate_scheme(scheme)


def weight_sum(indicators) -> Decimal:
    return sum((_dec(i.weight, "0") for i in indicators), Decimal(0))


def _view(scheme: AppraisalScheme) -> SchemeView:
    roles = sorted(scheme.roles, key=lambda r: r.name)
    return SchemeView(
        scheme.id, scheme.name, scheme.preset, scheme.description, scheme.self_weight,
        {**DEFAULT_THRESHOLDS, **json.loads(scheme.grade_thresholds or "{}")},
        {**DEFAULT_FORCED, **json.loads(scheme.forced_limits or "{}")},
        scheme.points_cap, tuple(r.id for r in roles), tuple(r.name for r in roles),
        tuple(IndicatorInput(i.group, i.name, i.weight, i.method, i.source, json.loads(i.params or "{}"), i.key,
                             i.unit, i.id) for i in scheme.indicators),
        scheme.version, archived=bool(scheme.archived), purpose=scheme.purpose or "monthly")


def list_schemes(session: Session, *, actor: Actor, include_archived: bool = False) -> list[SchemeView]:
    query = select(AppraisalScheme).order_by(AppraisalScheme.id)
    if not include_archived:
        query = query.where(AppraisalScheme.archived.is_(False))
    return [_view(s) for s in session.scalars(query)]


def get_scheme(session: Session, *, actor: Actor, scheme_id: int) -> SchemeView:
    scheme = session.get(AppraisalScheme, scheme_id)
    if scheme is None:
        raise NotFoundError(what="Appraisal scheme", key=scheme_id)
    return _view(scheme)


def _apply(session: Session, scheme: AppraisalScheme, data: SchemeInput) -> None:
    scheme.name = data.name.strip()
    scheme.description = data.description
    scheme.self_weight = int(data.self_weight)
    scheme.grade_thresholds = json.dumps(data.thresholds, sort_keys=True)
    scheme.forced_limits = json.dumps(data.forced_limits, sort_keys=True)
    scheme.points_cap = float(data.points_cap)
    scheme.roles = list(session.scalars(select(Role).where(Role.id.in_(data.role_ids)))) if data.role_ids else []
    scheme.indicators.clear()
    session.flush()
    for pos, ind in enumerate(data.indicators):
        scheme.indicators.append(AppraisalIndicator(
            group=ind.group, name=ind.name.strip(), key=ind.key.strip(), weight=float(ind.weight), method=ind.method,
            params=json.dumps(ind.params, ensure_ascii=False, sort_keys=True), source=ind.source, unit=ind.unit,
            position=pos))


def _take_roles(session: Session, actor: Actor, scheme: AppraisalScheme) -> None:
    """A role is appraised with one scheme: the roles just given to ``scheme`` leave every other scheme
    (recorded in the audit log there), so opening a cycle never has to choose between two."""
    role_ids = {r.id for r in scheme.roles}
    if not role_ids:
        return
    others = session.scalars(select(AppraisalScheme).where(AppraisalScheme.id != scheme.id,
                                                           AppraisalScheme.roles.any(Role.id.in_(role_ids))))
    for other in others:
        before = [r.name for r in other.roles]
        other.roles = [r for r in other.roles if r.id not in role_ids]
        audit.record(session, actor, "update", "appraisal_scheme", other.id, before={"roles": before},
                     after={"roles": [r.name for r in other.roles]},
                     summary=audit.note("roles_moved", scheme_from=other.name, scheme=scheme.name))


def _audit_view(view: SchemeView) -> dict:
    return {"name": view.name, "self_weight": view.self_weight, "thresholds": view.thresholds,
            "forced_limits": view.forced_limits, "roles": list(view.role_names),
            "indicators": [f"{i.group}/{i.name}/{i.weight:g}/{i.method}/{i.source}" for i in view.indicators]}


def create_scheme(session: Session, *, actor: Actor, data: SchemeInput) -> int:
    require(actor, APPRAISAL_ADMIN, "edit appraisal schemes")
    return _create_scheme(session, actor, data)


def _create_scheme(session: Session, actor: Actor, data: SchemeInput) -> int:
    validate_scheme(data)
    if session.scalar(select(AppraisalScheme.id).where(AppraisalScheme.name == data.name.strip())):
        raise _invalid("name", "scheme_name_taken", "A scheme named {name} already exists.", name=data.name)
    scheme = AppraisalScheme(name=data.name.strip(), preset=data.preset, purpose=data.purpose)
    session.add(scheme)
    _apply(session, scheme, data)
    session.flush()
    _take_roles(session, actor, scheme)
    audit.record(session, actor, "create", "appraisal_scheme", scheme.id, after=_audit_view(_view(scheme)),
                 summary=scheme.name)
    return scheme.id


def update_scheme(session: Session, *, actor: Actor, scheme_id: int, data: SchemeInput,
                  version: int | None = None) -> None:
    require(actor, APPRAISAL_ADMIN, "edit appraisal schemes")
    scheme = session.get(AppraisalScheme, scheme_id)
    if scheme is None:
        raise NotFoundError(what="Appraisal scheme", key=scheme_id)
    validate_scheme(data, purpose=scheme.purpose)  # the purpose stays the one it was created with
    check_version(session, scheme, version)
    clash = session.scalar(select(AppraisalScheme.id).where(AppraisalScheme.name == data.name.strip(),
                                                            AppraisalScheme.id != scheme_id))
    if clash:
        raise _invalid("name", "scheme_name_taken", "A scheme named {name} already exists.", name=data.name)
    before = _audit_view(_view(scheme))
    _apply(session, scheme, data)
    session.flush()
    _take_roles(session, actor, scheme)
    audit.record(session, actor, "update", "appraisal_scheme", scheme.id, before=before,
                 after=_audit_view(_view(scheme)), summary=scheme.name)


def archive_scheme(session: Session, *, actor: Actor, scheme_id: int, archived: bool = True) -> None:
    """Archive a scheme (new cycles no longer use it; its roles fall back to the general scheme) or restore it.
    Appraisals made with it keep their copy of its indicators."""
    require(actor, APPRAISAL_ADMIN, "edit appraisal schemes")
    scheme = session.get(AppraisalScheme, scheme_id)
    if scheme is None:
        raise NotFoundError(what="Appraisal scheme", key=scheme_id)
    if bool(scheme.archived) == archived:
        return
    scheme.archived = archived
    session.flush()
    audit.record(session, actor, "archive" if archived else "restore", "appraisal_scheme", scheme.id,
                 before={"archived": not archived}, after={"archived": archived}, summary=scheme.name)


def probation_scheme_id(session: Session) -> int | None:
    """The probation review's scheme: the first one not archived with the purpose ``probation``."""
    return session.scalar(select(AppraisalScheme.id).where(AppraisalScheme.purpose == "probation",
                                                           AppraisalScheme.archived.is_(False))
                          .order_by(AppraisalScheme.id).limit(1))


def ensure_probation_scheme(session: Session, *, actor: Actor) -> int:
    """The probation review's scheme, the default one (:func:`probation_preset`) created when the shop has none
    yet: every shop has one the first time a probation is reviewed, whoever reviews it (audited as theirs)."""
    found = probation_scheme_id(session)
    if found is not None:
        return found
    data = probation_preset()
    taken = session.scalar(select(AppraisalScheme.id).where(AppraisalScheme.name == data.name))
    if taken:
        data.name = f"{data.name} ({PROBATION_PRESET})"
    return _create_scheme(session, actor, data)


def ensure_preset_schemes(session: Session, *, actor: Actor) -> list[int]:
    """Create the monthly preset schemes that do not exist yet, linked to the roles with their keys; returns the
    new ids (the probation review's scheme comes from :func:`ensure_probation_scheme`)."""
    roles = {r.key: r.id for r in session.scalars(select(Role).where(Role.key.is_not(None)))}
    existing = set(session.scalars(select(AppraisalScheme.preset).where(AppraisalScheme.preset.is_not(None))))
    created = []
    for preset, (name, role_keys, indicators) in preset_schemes().items():
        if preset in existing or session.scalar(select(AppraisalScheme.id).where(AppraisalScheme.name == name)):
            continue
        created.append(create_scheme(session, actor=actor, data=SchemeInput(
            name=name, indicators=indicators, role_ids=[roles[k] for k in role_keys if k in roles], preset=preset)))
    return created
