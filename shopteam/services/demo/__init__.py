"""The demo shop: a realistic small Tmall shop to try ShopTeam with (小鹿优选旗舰店).

Twenty people (three of whom have left) in the eight preset departments, with role history (a promotion and a move
from pre-sale to after-sale service), the preset roles and staffing plans, and three accounts to log in
with. Three months of attendance before ``today``'s month come from :mod:`demo_attendance`. Everything is
deterministic (seeded), with dates counted back from ``today``.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from shopteam.db.models import (
    Department,
    Employee,
    Role,
    RoleAssignment,
    StaffingPlan,
    StaffingPlanLine,
    User,
)
from shopteam.domain import clock
from shopteam.domain.errors import ShopTeamError
from shopteam.domain.presets import DEPARTMENTS, ROLES, STAFFING_PLANS, Text, pick
from shopteam.services import accounts, audit
from shopteam.services.context import Actor
from shopteam.services.demo.appraisal import create_demo_appraisals
from shopteam.services.demo.attendance import create_demo_attendance
from shopteam.services.demo.boards import create_demo_boards
from shopteam.services.demo.meetings import create_demo_meeting
from shopteam.services.demo.payout import create_demo_payout
from shopteam.services.demo.people import create_demo_people
from shopteam.services.demo.training import create_demo_training

DEMO_PASSWORD = "demo1234"
SHOP_NAME: Text = ("小鹿优选旗舰店", "Little Deer Select Store")
OWNER_USERNAME = "boss"
MANAGER_USERNAME = "yunying"
STAFF_USERNAME = "kefu01"
ACTIVE_PLAN = "medium"
SEED = 20240618

ADMIN, OPS, PRODUCT, TECH, CS, MARKETING, WAREHOUSE, DATA = (
    DEPARTMENTS[7], DEPARTMENTS[0], DEPARTMENTS[1], DEPARTMENTS[2], DEPARTMENTS[3], DEPARTMENTS[4],
    DEPARTMENTS[5], DEPARTMENTS[6],
)
# Marketing sits under operations; the other departments report to the shop manager directly.
DEPARTMENT_PARENTS = {MARKETING: OPS}


@dataclass(frozen=True)
class DemoPerson:
    no: str
    name: Text  # (Chinese, pinyin)
    gender: str
    department: Text
    roles: tuple[tuple[str, int], ...]  # (role key, started this many days ago), oldest first
    manager: str | None = None  # employee no.
    heads: bool = False  # heads their department
    left_days_ago: int | None = None
    left_last_month_on: int | None = None  # left on this day of the month before today's
    leave_kind: str = ""  # 'resignation' or 'dismissal' for those who left
    leave_reason: Text = ("", "")
    note: Text = ("", "")

    @property
    def hired_days_ago(self) -> int:
        return self.roles[0][1]

    @property
    def has_left(self) -> bool:
        return self.left_days_ago is not None or self.left_last_month_on is not None

    def left_on(self, today: date) -> date | None:
        if self.left_days_ago is not None:
            return today - timedelta(days=self.left_days_ago)
        if self.left_last_month_on is not None:
            last = today.replace(day=1) - timedelta(days=1)
            return last.replace(day=min(self.left_last_month_on, last.day))
        return None


PEOPLE: tuple[DemoPerson, ...] = (
    DemoPerson("XL001", ("陈志强", "Chen Zhiqiang"), "male", ADMIN, (("manager", 1090),), heads=True,
               note=("创始人之一，负责全店经营。", "Co-founder; runs the whole shop.")),
    DemoPerson("XL002", ("王磊", "Wang Lei"), "male", OPS, (("ops", 1010), ("ops_manager", 420)), "XL001",
               heads=True, note=("由运营专员晋升为运营经理。", "Promoted from operations specialist.")),
    DemoPerson("XL003", ("李静", "Li Jing"), "female", OPS, (("ops", 760),), "XL002"),
    DemoPerson("XL004", ("张伟", "Zhang Wei"), "male", OPS, (("ops", 455),), "XL002"),
    DemoPerson("XL005", ("刘洋", "Liu Yang"), "male", OPS, (("ops", 40),), "XL002"),
    DemoPerson("XL006", ("赵敏", "Zhao Min"), "female", PRODUCT, (("designer", 980),), "XL001", heads=True),
    DemoPerson("XL007", ("孙悦", "Sun Yue"), "female", PRODUCT, (("designer", 310),), "XL006"),
    DemoPerson("XL008", ("周婷", "Zhou Ting"), "female", CS, (("cs_presale", 1050),), "XL001", heads=True,
               note=("客服组长。", "Leads the customer service team.")),
    DemoPerson("XL009", ("吴倩", "Wu Qian"), "female", CS, (("cs_presale", 610),), "XL008"),
    DemoPerson("XL010", ("郑雪", "Zheng Xue"), "female", CS, (("cs_presale", 230),), "XL008"),
    DemoPerson("XL011", ("黄晓丽", "Huang Xiaoli"), "female", CS, (("cs_presale", 700), ("cs_aftersale", 200)),
               "XL008", note=("由售前调到售后。", "Moved from pre-sale to after-sale service.")),
    DemoPerson("XL012", ("林浩", "Lin Hao"), "male", CS, (("cs_aftersale", 530),), "XL008"),
    DemoPerson("XL013", ("何俊", "He Jun"), "male", MARKETING, (("promotion", 890),), "XL002", heads=True),
    DemoPerson("XL014", ("马超", "Ma Chao"), "male", MARKETING, (("promotion", 380),), "XL013"),
    DemoPerson("XL015", ("许琳", "Xu Lin"), "female", MARKETING, (("copywriter", 560),), "XL013"),
    DemoPerson("XL016", ("高峰", "Gao Feng"), "male", WAREHOUSE, (("warehouse", 940),), "XL001", heads=True),
    DemoPerson("XL017", ("罗刚", "Luo Gang"), "male", WAREHOUSE, (("warehouse", 150),), "XL016"),
    DemoPerson("XL018", ("杨帆", "Yang Fan"), "male", OPS, (("ops", 820),), "XL002", left_days_ago=300,
               leave_kind="resignation", leave_reason=("个人发展，另谋他职。", "Left for a job elsewhere.")),
    DemoPerson("XL019", ("朱莉", "Zhu Li"), "female", CS, (("cs_presale", 640),), "XL008", left_days_ago=150,
               leave_kind="resignation", leave_reason=("回老家发展。", "Moved back to her home town.")),
    # left last month: the last month paid pro rata, the handover checklist ticked off (demo/people)
    DemoPerson("XL020", ("徐强", "Xu Qiang"), "male", MARKETING, (("promotion", 160),), "XL013",
               left_last_month_on=20, leave_kind="dismissal",
               leave_reason=("多次未按时完成推广任务，协商解除。", "Promotion work repeatedly late; let go by agreement.")),
)
PROBATION_DAYS = 90
MOBILE_PREFIXES = ("138", "139", "137", "136", "135", "158", "159", "186", "187", "177", "155", "150")


def _email(person: DemoPerson, taken: set[str]) -> str:
    local = person.name[1].lower().replace(" ", "")
    while local in taken:
        local += person.no[-1]
    taken.add(local)
    return f"{local}@xiaolu-shop.cn"


def _refuse_if_not_empty(session: Session) -> None:
    if accounts.get_shop(session) is not None:
        raise ShopTeamError("This database already holds a shop.", code="shop_exists")
    for model in (Employee, Department, Role, User):
        if session.scalar(select(func.count()).select_from(model)):
            raise ShopTeamError("This database is not empty; the demo shop needs an empty one.", code="not_empty")


def _create_org(session: Session, lang: str) -> tuple[dict[Text, Department], dict[str, Role]]:
    departments = {text: Department(name=pick(text, lang), sort_order=i) for i, text in enumerate(DEPARTMENTS)}
    for child, parent in DEPARTMENT_PARENTS.items():
        departments[child].parent = departments[parent]
    roles = {
        r.key: Role(key=r.key, name=pick(r.name, lang), department=departments[r.department],
                    duties=pick(r.duties, lang), decision_rights=pick(r.rights, lang),
                    salary_min=Decimal(r.salary_min), salary_max=Decimal(r.salary_max))
        for r in ROLES
    }
    plans = [
        StaffingPlan(name=pick(name, lang), preset=key, is_active=key == ACTIVE_PLAN,
                     lines=[StaffingPlanLine(role=roles[k], headcount=n) for k, n in headcounts.items()])
        for key, (name, headcounts) in STAFFING_PLANS.items()
    ]
    session.add_all([*departments.values(), *roles.values(), *plans])
    session.flush()
    return departments, roles


def _create_people(session: Session, lang: str, today: date, departments: dict[Text, Department],
                   roles: dict[str, Role]) -> dict[str, Employee]:
    rng = random.Random(SEED)
    people: dict[str, Employee] = {}
    emails: set[str] = set()
    for p in PEOPLE:
        hired = today - timedelta(days=p.hired_days_ago)
        left = p.left_on(today)
        if left is not None:
            status = "left"
        elif p.hired_days_ago < PROBATION_DAYS:
            status = "probation"
        else:
            status = "active"
        band = roles[p.roles[-1][0]]
        # Longer service, higher in the band; never above 90 % of it.
        share = min(p.hired_days_ago / 1460, 1) * 0.6 + rng.random() * 0.3
        salary = Decimal(round((band.salary_min + (band.salary_max - band.salary_min) * Decimal(share)) / 100) * 100)
        emp = Employee(
            employee_no=p.no, name=pick(p.name, lang), gender=p.gender,
            phone=rng.choice(MOBILE_PREFIXES) + f"{rng.randrange(10**8):08d}",
            email=_email(p, emails), wechat=f"xl_{p.name[1].split()[0].lower()}{rng.randrange(10, 100)}",
            department=departments[p.department], manager=people.get(p.manager) if p.manager else None,
            hire_date=hired, status=status, leave_date=left, leave_reason=pick(p.leave_reason, lang),
            leave_kind=p.leave_kind,
            base_salary=salary, notes=pick(p.note, lang),
        )
        session.add(emp)
        people[p.no] = emp
        for i, (key, days_ago) in enumerate(p.roles):
            start = today - timedelta(days=days_ago)
            following = p.roles[i + 1][1] if i + 1 < len(p.roles) else None
            end = today - timedelta(days=following + 1) if following is not None else left
            session.add(RoleAssignment(employee=emp, role=roles[key], start_date=start, end_date=end,
                                       is_primary=True))
    session.flush()
    for p in PEOPLE:
        if p.heads:
            departments[p.department].head = people[p.no]
    session.flush()
    return people


def _create_handover(session: Session, people: dict[str, Employee], lang: str) -> int:
    """The handover checklist of whoever left last month, every item ticked off by the owner on the last day."""
    from shopteam.db.models.people import HandoverItem
    from shopteam.domain.leaving import default_handover

    count = 0
    for p in PEOPLE:
        if p.left_last_month_on is None:
            continue
        emp = people[p.no]
        for i, text in enumerate(default_handover(lang)):
            session.add(HandoverItem(employee_id=emp.id, position=i, text=text, done=True, done_on=emp.leave_date,
                                     done_by=OWNER_USERNAME))
            count += 1
    session.flush()
    return count


def create_demo_shop(session: Session, *, language: str = "zh_CN", today: date | None = None) -> Actor:
    """Fill an empty database with the demo shop; returns the owner's Actor (user ``boss``)."""
    _refuse_if_not_empty(session)
    lang = "zh_CN" if language.startswith("zh") else "en"
    today = today or clock.today()
    owner = accounts.create_shop(session, shop_name=pick(SHOP_NAME, lang), owner_username=OWNER_USERNAME,
                                 password=DEMO_PASSWORD, language=lang)
    departments, roles = _create_org(session, lang)
    people = _create_people(session, lang, today, departments, roles)
    handover = _create_handover(session, people, lang)

    boss = session.get(User, owner.user_id)
    boss.employee_id = people["XL001"].id
    accounts.create_account(session, actor=owner, username=MANAGER_USERNAME, password=DEMO_PASSWORD,
                            level="manager", employee_id=people["XL002"].id)
    accounts.create_account(session, actor=owner, username=STAFF_USERNAME, password=DEMO_PASSWORD,
                            level="staff", employee_id=people["XL009"].id)
    session.flush()
    owner = accounts.actor_for(boss)
    attendance = create_demo_attendance(
        session, people=people, roles=roles, today=today, lang=lang,
        usernames={"owner": OWNER_USERNAME, "manager": MANAGER_USERNAME, "XL001": OWNER_USERNAME,
                   "XL002": MANAGER_USERNAME, "XL009": STAFF_USERNAME})
    task_boards = create_demo_boards(session, lang=lang, today=today, owner=owner)
    appraisals = create_demo_appraisals(session, owner=owner, today=today, lang=lang)
    payouts = create_demo_payout(session, owner=owner, today=today, lang=lang)
    recruitment = create_demo_people(session, people=people, roles=roles, today=today, lang=lang,
                                     owner_username=OWNER_USERNAME, owner=owner)
    training = create_demo_training(session, people=people, today=today, lang=lang, owner_username=OWNER_USERNAME)
    meeting = create_demo_meeting(session, owner=owner, people=people, today=today, lang=lang)

    left = sum(1 for p in PEOPLE if p.has_left)
    audit.record(session, owner, "create", "demo", None,
                 summary=audit.note("demo_created", staff=len(people), left=left, departments=len(departments),
                                    roles=len(roles), plans=len(STAFFING_PLANS)),
                 after={"staff": sorted(people), "departments": [d.name for d in departments.values()],
                        "roles": sorted(roles), "active_plan": ACTIVE_PLAN, "attendance": attendance,
                        "boards": task_boards, "appraisals": appraisals,
                        "payout": payouts, "recruitment": recruitment, "training": training,
                        "meeting": meeting, "handover_items": handover})
    return owner
