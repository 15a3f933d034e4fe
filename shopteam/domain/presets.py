"""Preset organisation data (departments, roles, staffing plans) in Chinese and English.

The figures follow the small/medium/large line-ups that small-shop management rules describe.
Each text is a (zh, en) pair; `pick(pair, lang)` chooses the user's language.
"""

from __future__ import annotations

from dataclasses import dataclass

Text = tuple[str, str]


def pick(text: Text, lang: str) -> str:
    return text[0] if lang.startswith("zh") else text[1]


DEPARTMENTS: list[Text] = [
    ("运营部", "Operations"),
    ("产品部", "Product"),
    ("技术部", "Technology"),
    ("客服部", "Customer Service"),
    ("推广部", "Marketing"),
    ("仓储物流部", "Warehouse & Logistics"),
    ("数据分析部", "Data Analysis"),
    ("综合管理部", "General Administration"),
]


@dataclass(frozen=True)
class RolePreset:
    key: str
    name: Text
    department: Text
    duties: Text
    rights: Text
    salary_min: int
    salary_max: int


ROLES: list[RolePreset] = [
    RolePreset(
        "manager", ("店长", "Shop Manager"), DEPARTMENTS[7],
        ("全面负责店铺经营目标；制定年度、季度、月度计划；组织每周例会；考核团队绩效。",
         "Owns the shop's business goals; sets yearly, quarterly and monthly plans; runs the weekly meeting; "
         "appraises the team."),
        ("审批加班与请假；确定促销方案；决定岗位调整与奖惩。",
         "Approves overtime and leave; decides promotions; decides role changes, rewards and penalties."),
        9000, 18000),
    RolePreset(
        "ops_manager", ("运营经理", "Operations Manager"), DEPARTMENTS[0],
        ("制定运营策略，分解销售目标；统筹活动策划与执行；监控流量、转化与客单价。",
         "Sets the operations strategy and splits sales targets; leads campaigns; watches traffic, "
         "conversion and order value."),
        ("分配运营任务；审核活动方案与推广预算。", "Assigns operations tasks; reviews campaign plans and budgets."),
        8000, 15000),
    RolePreset(
        "ops", ("运营专员", "Operations Specialist"), DEPARTMENTS[0],
        ("商品上架与优化；店铺日常维护；执行活动；整理运营数据。",
         "Lists and optimises products; maintains the shop; runs campaigns; compiles operations data."),
        ("调整商品标题与主图；提出活动建议。", "Changes titles and main images; proposes campaigns."),
        5000, 9000),
    RolePreset(
        "designer", ("美工设计师", "Designer"), DEPARTMENTS[1],
        ("设计主图、详情页、活动页与店铺装修；按时交付设计稿。",
         "Designs main images, detail pages, campaign pages and the shop front; delivers on time."),
        ("决定视觉风格细节；退回需求不清的设计任务。", "Decides visual details; returns unclear design requests."),
        5000, 10000),
    RolePreset(
        "cs_presale", ("客服专员（售前）", "Customer Service (pre-sale)"), DEPARTMENTS[3],
        ("解答咨询、促成下单；保持响应时间与询单转化率。",
         "Answers enquiries and closes orders; keeps response time and enquiry conversion up."),
        ("在授权范围内给予优惠券。", "Grants coupons within the allowed range."),
        4000, 7000),
    RolePreset(
        "cs_aftersale", ("客服专员（售后）", "Customer Service (after-sale)"), DEPARTMENTS[3],
        ("处理退换货、投诉与评价；跟进物流异常。",
         "Handles returns, complaints and reviews; follows up delivery problems."),
        ("在授权范围内同意退款与补偿。", "Approves refunds and compensation within the allowed range."),
        4000, 7000),
    RolePreset(
        "promotion", ("推广专员", "Promotion Specialist"), DEPARTMENTS[4],
        ("负责直通车、SEO/SEM 与社交媒体推广；控制推广费用与投入产出比。",
         "Runs paid search, SEO/SEM and social media promotion; controls spend and ROI."),
        ("在预算内调整出价与投放计划。", "Adjusts bids and plans within the budget."),
        5000, 10000),
    RolePreset(
        "copywriter", ("内容编辑/文案", "Content Editor / Copywriter"), DEPARTMENTS[4],
        ("撰写商品文案、活动文案与新媒体内容。", "Writes product copy, campaign copy and new-media content."),
        ("决定文案表达方式。", "Decides how copy is worded."),
        4500, 8000),
    RolePreset(
        "analyst", ("数据分析师", "Data Analyst"), DEPARTMENTS[6],
        ("整理经营数据，出具日报、周报与月报；分析转化与流量问题。",
         "Compiles business data into daily, weekly and monthly reports; analyses conversion and traffic."),
        ("查看全店经营数据。", "Sees all of the shop's business data."),
        6000, 11000),
    RolePreset(
        "warehouse", ("仓储专员", "Warehouse Specialist"), DEPARTMENTS[5],
        ("收货、入库、拣货、打包与发货；盘点库存。",
         "Receives, stores, picks, packs and ships; counts stock."),
        ("拒收破损来货。", "Refuses damaged deliveries."),
        4000, 6500),
    RolePreset(
        "brand", ("品牌策划", "Brand Planner"), DEPARTMENTS[1],
        ("规划品牌定位与视觉规范；策划品牌活动。", "Plans the brand position and visual rules; plans brand events."),
        ("审核对外发布的品牌内容。", "Reviews published brand content."),
        6000, 12000),
    RolePreset(
        "programmer", ("程序员", "Programmer"), DEPARTMENTS[2],
        ("维护店铺工具、数据接口与自动化脚本。", "Maintains shop tools, data interfaces and automation."),
        ("决定技术实现方式。", "Decides how tools are built."),
        8000, 15000),
    RolePreset(
        "video", ("视频编辑", "Video Editor"), DEPARTMENTS[1],
        ("拍摄与剪辑商品视频、直播切片。", "Shoots and edits product videos and live-stream clips."),
        ("决定视频剪辑方案。", "Decides how videos are cut."),
        5000, 9000),
]

ROLE_BY_KEY = {r.key: r for r in ROLES}

# Planned headcount per role key for the line-ups shops describe.
STAFFING_PLANS: dict[str, tuple[Text, dict[str, int]]] = {
    "small": (("小型团队", "Small team"),
              {"manager": 1, "ops": 1, "promotion": 1, "copywriter": 1, "cs_presale": 1}),
    "medium": (("中型团队", "Medium team"),
               {"manager": 1, "ops_manager": 1, "ops": 2, "promotion": 2, "copywriter": 1, "designer": 1,
                "programmer": 1, "cs_presale": 2, "cs_aftersale": 1, "warehouse": 1}),
    "large": (("大型团队", "Large team"),
              {"manager": 1, "ops_manager": 1, "ops": 3, "promotion": 3, "copywriter": 3, "designer": 2,
               "programmer": 1, "video": 2, "cs_presale": 4, "cs_aftersale": 2, "analyst": 1,
               "warehouse": 2, "brand": 1}),
}
