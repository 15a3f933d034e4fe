"""The demo shop's task boards and goals: the content, campaign and listing boards with about three months
of cards moving through their stages (so the flow view and the on-time share have a history), the team
board with the Friday weekly-report card for everyone, and the shop's goals for the year broken down
into quarters and months with actuals for the months past. Deterministic (seeded), counted from ``today``.
"""

from __future__ import annotations

import calendar
import random
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from shopteam.db.models import Department, Employee, User
from shopteam.domain import clock
from shopteam.domain.presets import Text, pick
from shopteam.services import accounts
from shopteam.services.boards import board as boards
from shopteam.services.boards import cards, goals
from shopteam.services.boards.cards import CardInput
from shopteam.services.boards.goals import GoalInput
from shopteam.services.context import Actor

SEED = 20261122
HISTORY_DAYS = 90

CONTENT_TITLES: tuple[Text, ...] = (
    ("新品上市种草笔记", "Seeding post for the new arrival"), ("双十一预热短视频", "Singles' Day teaser video"),
    ("店铺首页海报改版", "Shop home-page banner redesign"), ("直播间话术脚本", "Live-stream script"),
    ("买家秀精选合集", "Best buyer photos roundup"), ("详情页卖点文案", "Product-page selling points"),
    ("微淘图文：穿搭指南", "Feed article: styling guide"), ("抖音开箱视频", "Douyin unboxing video"),
    ("会员日活动长图", "Members' day long poster"), ("小红书达人合作稿", "Xiaohongshu creator post"),
    ("品牌故事短片", "Brand story short film"), ("客服常见问题图文", "Customer FAQ graphic"),
)
CAMPAIGN_TITLES: tuple[Text, ...] = (
    ("双十一大促", "Singles' Day sale"), ("618 年中大促", "618 mid-year sale"), ("会员日满减", "Members' day discount"),
    ("直通车新品推广", "Through-train new-product ads"), ("聚划算报名", "Juhuasuan sign-up"),
    ("店铺周年庆", "Shop anniversary"), ("老客召回短信", "Win-back SMS campaign"), ("秋季新品预售", "Autumn pre-sale"),
    ("淘宝直播专场", "Taobao live special"), ("满赠活动", "Gift-with-purchase offer"),
)
LISTING_TITLES: tuple[Text, ...] = (
    ("羊毛围巾", "wool scarf"), ("保温杯", "vacuum flask"), ("香薰蜡烛", "scented candle"), ("帆布包", "canvas bag"),
    ("真丝眼罩", "silk eye mask"), ("陶瓷马克杯", "ceramic mug"), ("加湿器", "humidifier"), ("瑜伽垫", "yoga mat"),
    ("蓝牙音箱", "Bluetooth speaker"), ("收纳盒", "storage box"), ("护手霜礼盒", "hand-cream gift set"),
    ("桌面台灯", "desk lamp"),
)
LISTING_PREFIX: Text = ("上新：", "New listing: ")
TAGS: dict[str, tuple[Text, ...]] = {
    "content": (("图文", "post"), ("视频", "video"), ("直播", "live")),
    "campaign": (("大促", "sale"), ("推广", "ads"), ("会员", "members")),
    "listing": (("新品", "new"), ("优化", "tuning")),
}
CHECKLIST: tuple[Text, ...] = (("确定主题", "Agree the theme"), ("准备素材", "Gather material"),
                               ("主管审核", "Supervisor review"), ("发布并截图", "Publish and screenshot"))
COMMENTS: tuple[Text, ...] = (("素材已上传到共享盘。", "Material is on the shared drive."),
                              ("标题再改短一点。", "Make the title a bit shorter."),
                              ("数据不错，复盘时重点讲。", "Good numbers; highlight it in the review."))
BOARDS: tuple[tuple[str, Text, tuple[str, ...], tuple[Text, ...], int], ...] = (
    # kind, department, people (employee no.), titles, cards
    ("content", ("推广部", "Marketing"), ("XL013", "XL014", "XL015", "XL006", "XL007"), CONTENT_TITLES, 40),
    ("campaign", ("运营部", "Operations"), ("XL002", "XL003", "XL004", "XL005", "XL013"), CAMPAIGN_TITLES, 24),
    ("listing", ("产品部", "Product"), ("XL003", "XL004", "XL006", "XL007"), LISTING_TITLES, 30),
)
WIP_LIMITS = {"content": {1: 4, 2: 3}, "campaign": {2: 3}, "listing": {1: 5}}
TEAM_BOARD: Text = ("团队事务", "Team")
GOALS: tuple[tuple[Text, Text, Text, float, tuple[float, float]], ...] = (
    # name, metric, unit, year target, range of the monthly actual / monthly target
    (("全年销售额", "Annual sales"), ("销售额", "Sales"), ("万元", "10k yuan"), 1200.0, (0.82, 1.18)),
    (("询单转化率", "Enquiry conversion"), ("转化率", "Conversion rate"), ("%", "%"), 0.0, (0.9, 1.1)),
    (("店铺动态评分", "Shop rating (DSR)"), ("DSR", "DSR"), ("分", "points"), 0.0, (0.97, 1.02)),
)
RATE_TARGETS = {1: 42.0, 2: 4.8}  # per-month targets of the rate goals (not split by share)


def _moment(day: date, rng: random.Random) -> datetime:
    local = datetime.combine(day, time(9 + rng.randrange(0, 9), rng.randrange(0, 60))).astimezone()
    return local.astimezone(UTC)


def _simulate(session: Session, rng: random.Random, *, actor: Actor, board_id: int, kind: str, titles, people,
              count: int, lang: str, today: date, goal_id: int | None) -> int:
    columns = [c.id for c in boards.active_columns(session, board_id)]
    now = clock.now()
    moves = 0
    for i in range(count):
        created_day = today - timedelta(days=int(HISTORY_DAYS * (1 - i / count)) + rng.randrange(0, 3))
        title = pick(titles[i % len(titles)], lang)
        if kind == "listing":
            title = pick(LISTING_PREFIX, lang) + title
        elif i >= len(titles):
            title += f" #{i // len(titles) + 1}"
        who = rng.sample(people, 2 if rng.random() < 0.15 else 1)
        plan_days = rng.randrange(4, 16)
        # Where the card's walk through the stages ends: older cards mostly finish (a few stall on the way),
        # the last month's stop where the work is now, more of them in the second stage (the bottleneck).
        age = (today - created_day).days
        last = len(columns) - 1
        if age > 30 and rng.random() > 0.08:
            stop = last
        else:
            stop = rng.choices(range(len(columns)), [3, 4, 2, 2, 1, 1][:last] + [1])[0]
        if stop < last and age <= 30:  # open work is mostly due in the coming days, a little is late
            plan_days = max(1, age + rng.choice((-2, 1, 2, 3, 5, 7, 9, 12, 14, 20)))
        tags = rng.sample(TAGS[kind], 1)
        data = CardInput(title=title, priority=rng.choices((0, 1, 2, 3), (2, 6, 3, 1))[0],
                         tags=tuple(pick(t, lang) for t in tags), start_date=created_day,
                         due_date=created_day + timedelta(days=plan_days), estimate_hours=float(rng.randrange(2, 17)),
                         goal_id=goal_id if kind == "content" else None, assignee_ids=tuple(who))
        moment = _moment(created_day, rng)
        card_id = cards.create_card(session, actor=actor, board_id=board_id, data=data, now=moment)
        if i % 5 == 0:
            for n, text in enumerate(CHECKLIST[: rng.randrange(2, 5)]):
                item = cards.add_checklist_item(session, actor=actor, card_id=card_id, text=pick(text, lang))
                if n < 2:
                    cards.set_checklist_done(session, actor=actor, item_id=item, done=True)
        if i % 7 == 3:
            cards.add_comment(session, actor=actor, card_id=card_id, body=pick(rng.choice(COMMENTS), lang),
                              now=moment + timedelta(hours=2))
        pace = rng.uniform(0.4, 1.6)
        for column_id in columns[1:stop + 1]:
            moment += timedelta(hours=rng.uniform(6, 60) * pace)
            if moment >= now or moment.astimezone().date() >= today:
                break
            cards.move_card(session, actor=actor, card_id=card_id, to_column_id=column_id, to_position=0, now=moment)
            moves += 1
    return moves


def _goals(session: Session, owner: Actor, lang: str, today: date) -> int:
    """Each shop goal for the year, its four quarters and twelve months; months past get an actual.
    Sales split by share; the rates (conversion, DSR) keep the same target at every level."""
    year = today.year
    made = 0
    for index, (name, metric, unit, target, spread) in enumerate(GOALS):
        rng = random.Random(SEED + index)
        rate = RATE_TARGETS.get(index)
        base = GoalInput(name=pick(name, lang), year=year, metric=pick(metric, lang), unit=pick(unit, lang))
        top = goals.create_goal(session, actor=owner, data=replace(
            base, target=rate or target, deadline=date(year, 12, 31)))
        made += 1
        for q in range(1, 5):
            quarter = goals.create_goal(session, actor=owner, data=replace(
                base, period="quarter", number=q, target=rate or target / 4, parent_id=top,
                deadline=date(year, q * 3, calendar.monthrange(year, q * 3)[1])))
            made += 1
            for m in range((q - 1) * 3 + 1, q * 3 + 1):
                month_target = rate or target / 12
                actual = None
                if date(year, m, 1) < date(today.year, today.month, 1):
                    actual = round(month_target * rng.uniform(*spread), 1 if rate else 0)
                goals.create_goal(session, actor=owner, data=replace(
                    base, period="month", number=m, target=month_target, actual=actual, parent_id=quarter,
                    deadline=date(year, m, calendar.monthrange(year, m)[1])))
                made += 1
    return made


def create_demo_boards(session: Session, *, lang: str, today: date, owner: Actor) -> dict:
    """Boards, cards with their history, the weekly-report card and the year's goals; returns counts."""
    rng = random.Random(SEED)
    deps = dict(session.execute(select(Department.name, Department.id)).all())
    staff = dict(session.execute(select(Employee.employee_no, Employee.id)).all())
    manager_user = session.scalar(select(User).where(User.level == "manager").order_by(User.id))
    manager = accounts.actor_for(manager_user) if manager_user else owner
    goal_count = _goals(session, owner, lang, today)
    content_goal = goals.create_goal(session, actor=owner, data=GoalInput(
        name=pick(("本季度内容发布", "Content published this quarter"), lang), year=today.year, period="quarter",
        number=(today.month - 1) // 3 + 1, scope="department", department_id=deps.get(pick(("推广部", "Marketing"), lang)),
        metric=pick(("发布篇数", "Pieces published"), lang), unit=pick(("篇", "pieces"), lang), target=30,
        actual_from_cards=True, owner_id=staff.get("XL013")))
    counts = {"boards": 0, "cards": 0, "moves": 0, "goals": goal_count + 1}
    for kind, department, people_nos, titles, count in BOARDS:
        dep_id = deps.get(pick(department, lang))
        actor = manager if kind != "listing" else owner
        board_id = boards.create_board(session, actor=owner, name=boards.preset_name(kind, lang), kind=kind,
                                       department_id=dep_id, swimlane="none", language=lang)
        for position, limit in WIP_LIMITS[kind].items():
            column = boards.active_columns(session, board_id)[position]
            boards.update_column(session, actor=owner, column_id=column.id, wip_limit=limit)
        people = [staff[no] for no in people_nos if no in staff]
        counts["moves"] += _simulate(session, rng, actor=actor, board_id=board_id, kind=kind, titles=titles,
                                     people=people, count=count, lang=lang, today=today,
                                     goal_id=content_goal)
        counts["boards"] += 1
        counts["cards"] += count
    team = boards.create_board(session, actor=owner, name=pick(TEAM_BOARD, lang), kind="custom", swimlane="person",
                               language=lang)
    cards.ensure_weekly_report_card(session, actor=owner, board_id=team, language=lang)
    counts["cards"] += len(cards.generate_recurring_cards(session, today=today, actor=owner))
    counts["boards"] += 1
    return counts
