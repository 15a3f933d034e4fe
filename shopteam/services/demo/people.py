"""The demo shop's recruitment and probation: an open pre-sale customer-service position with candidates at
several stages (scores for those interviewed), and two people on probation — 刘洋 (hired 40 days ago, the
default three months, half of the onboarding checklist ticked off) and 罗刚, whose probation was extended and
ends in 10 days (checklist done): his supervisor's assessment on the probation scheme (转正评估, 82.50 良好)
recommends confirming him, waiting for the owner's decision; the pre-sale customer-service role has an
onboarding template of its own."""

from __future__ import annotations

import json
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy.orm import Session

from shopteam.db.models import Employee, Role
from shopteam.db.models.people import (
    Candidate,
    InterviewScore,
    OnboardingItem,
    OnboardingTemplateItem,
    Position,
    ProbationAssessment,
    ProbationReview,
)
from shopteam.domain.onboarding import default_onboarding
from shopteam.domain.presets import Text, pick
from shopteam.domain.probation import DEFAULT_MONTHS, probation_end
from shopteam.services.appraisal.schemes import ensure_probation_scheme, get_scheme
from shopteam.services.context import Actor
from shopteam.services.recruitment.assessment import score

SOON_DAYS = 10

# name, source, stage, applied days ago, expected salary, scores (competence, score)
CANDIDATES: tuple[tuple[Text, str, str, int, int, tuple[tuple[Text, int], ...]], ...] = (
    (("唐小雨", "Tang Xiaoyu"), "BOSS直聘", "screening", 2, 4500, ()),
    (("冯佳", "Feng Jia"), "58同城", "screening", 1, 4200, ()),
    (("韩梅", "Han Mei"), "BOSS直聘", "first_interview", 6, 4800, ((("沟通能力", "Communication"), 4),)),
    (("曹磊", "Cao Lei"), "内部推荐", "second_interview", 9,
     5000, ((("沟通能力", "Communication"), 4), (("打字速度", "Typing speed"), 5))),
    (("邓丽", "Deng Li"), "智联招聘", "offer", 14,
     5200, ((("沟通能力", "Communication"), 5), (("工作经验", "Experience"), 4))),
    (("彭飞", "Peng Fei"), "58同城", "rejected", 12, 6500, ((("沟通能力", "Communication"), 2),)),
)
REJECT_REASON: Text = ("期望薪资过高，沟通一般。", "Expected salary too high; communication so-so.")
REASON: Text = ("双十二大促前补足售前客服。", "Fill the pre-sale team before the 12.12 sale.")
#: the pre-sale customer-service role's own onboarding template (category, text)
PRESALE_TEMPLATE: tuple[tuple[str, Text], ...] = (
    ("accounts", ("开通千牛客服子账号", "Qianniu customer-service sub-account opened")),
    ("accounts", ("加入售前客服群", "Added to the pre-sale team chat")),
    ("training", ("售前话术与快捷短语培训", "Pre-sale scripts and quick replies training")),
    ("training", ("商品知识考试（80 分合格）", "Product knowledge test (pass mark 80)")),
    ("handover", ("跟班带教一周", "One week shadowing a senior colleague")),
    ("equipment", ("领取耳机与工牌", "Headset and badge handed out")),
)
EXTEND_NOTE: Text = ("仓储流程仍需熟悉，延长一个月观察。", "Still learning the warehouse routine: one more month.")
REVIEW_SCORES = (85, 80, 75, 80, 90, 85)  # the probation scheme's indicators in order: 82.50, 良好
REVIEW_COMMENT: Text = ("仓储流程已熟练，出错率明显下降，建议转正。",
                        "Knows the warehouse routine now, far fewer mistakes: confirm him.")


def _waiting_recommendation(session: Session, *, owner: Actor, person: Employee, lang: str) -> None:
    """The supervisor's (the person's manager's) assessment and recommendation to confirm, not decided yet."""
    scheme = get_scheme(session, actor=owner, scheme_id=ensure_probation_scheme(session, actor=owner))
    scores = dict(zip((i.name for i in scheme.indicators), REVIEW_SCORES, strict=False))
    result = score(scheme.indicators, scores, scheme.thresholds)
    rows = [{"group": i.group, "name": i.name, "weight": i.weight, "method": i.method, "params": i.params,
             "score": str(scores.get(i.name))} for i in scheme.indicators]
    supervisor = person.manager
    session.add(ProbationAssessment(
        employee_id=person.id, scheme_id=scheme.id, scheme_name=scheme.name,
        indicators=json.dumps(rows, ensure_ascii=False), total=result.score,
        grade=result.grade.value if result.grade else "", recommendation="confirm",
        comment=pick(REVIEW_COMMENT, lang), supervisor_id=supervisor.id if supervisor else None,
        supervisor=supervisor.name if supervisor else owner.username, recommended_by=owner.username))


def create_demo_people(session: Session, *, people: dict[str, Employee], roles: dict[str, Role], today: date,
                       lang: str, owner_username: str, owner: Actor) -> dict:
    new = people["XL005"]
    new.probation_end = probation_end(new.hire_date, DEFAULT_MONTHS)
    extended = people["XL017"]
    first_end = probation_end(extended.hire_date, DEFAULT_MONTHS)
    extended.status = "probation"
    extended.probation_end = today + timedelta(days=SOON_DAYS)
    session.add(ProbationReview(employee_id=extended.id, outcome="extend", effective_date=extended.probation_end,
                                previous_end=first_end, note=pick(EXTEND_NOTE, lang), decided_by=owner_username))
    session.flush()
    _waiting_recommendation(session, owner=owner, person=extended, lang=lang)

    role = roles["cs_presale"]
    for i, (category, text) in enumerate(PRESALE_TEMPLATE):
        session.add(OnboardingTemplateItem(role_id=role.id, position=i, category=category, text=pick(text, lang)))
    items = default_onboarding(lang)
    for person, ticked in ((new, 3), (extended, len(items))):  # 刘洋 half way, 罗刚 done
        for i, (category, text) in enumerate(items):
            done = i < ticked
            session.add(OnboardingItem(employee_id=person.id, position=i, category=category, text=text, done=done,
                                       done_on=person.hire_date + timedelta(days=i) if done else None,
                                       done_by=owner_username if done else ""))
    position = Position(role_id=role.id, department_id=role.department_id, headcount=2, reason=pick(REASON, lang),
                        wanted_by=today + timedelta(days=21), state="open", opened_on=today - timedelta(days=15))
    session.add(position)
    session.flush()
    for i, (name, source, stage, days_ago, salary, scores) in enumerate(CANDIDATES):
        applied = today - timedelta(days=days_ago)
        candidate = Candidate(position_id=position.id, name=pick(name, lang), phone=f"1370000{i:04d}",
                              source=source, cv_path="", expected_salary=Decimal(salary), stage=stage,
                              reject_reason=pick(REJECT_REASON, lang) if stage == "rejected" else "", notes="",
                              applied_on=applied, stage_changed_on=min(today, applied + timedelta(days=2)))
        candidate.scores = [InterviewScore(stage="first_interview", competence=pick(c, lang), score=score, note="",
                                           interviewer=owner_username) for c, score in scores]
        session.add(candidate)
    session.flush()
    return {"position": position.id, "candidates": len(CANDIDATES), "on_probation": [new.employee_no,
                                                                                     extended.employee_no],
            "onboarding": {new.employee_no: [3, len(items)], extended.employee_no: [len(items), len(items)]}}
