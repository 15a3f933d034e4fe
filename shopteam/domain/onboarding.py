"""Onboarding (入职): the kinds of checklist item and the checklist a shop starts from.

A role's template lists items, each of one category: accounts (账号), training (培训), handover (交接 — the
work the newcomer takes over) and equipment (设备). A role without a template of its own uses the shop's
default template; until the owner edits that, it is :data:`DEFAULT_ONBOARDING` in the shop's language.
"""

from __future__ import annotations

CATEGORIES = ("accounts", "training", "handover", "equipment")  # 账号, 培训, 交接, 设备
MAX_ITEM = 200
MAX_ITEMS = 60  # items in one template

#: The default checklist (入职清单), in the shop's language: (category, text).
DEFAULT_ONBOARDING: dict[str, tuple[tuple[str, str], ...]] = {
    "zh_CN": (
        ("accounts", "开通 ShopTeam 账号"),
        ("accounts", "开通店铺后台与千牛/客服子账号"),
        ("training", "学习团队管理制度与考勤规则"),
        ("training", "岗位技能培训（由直属上级安排）"),
        ("handover", "与直属上级确认岗位职责与试用期目标"),
        ("equipment", "领取电脑、工牌与耳机"),
    ),
    "en": (
        ("accounts", "ShopTeam account opened"),
        ("accounts", "Shop back-office and customer-service sub-accounts opened"),
        ("training", "Team rules and attendance rules read"),
        ("training", "Role skills training (arranged by the manager)"),
        ("handover", "Duties and probation goals agreed with the manager"),
        ("equipment", "Computer, badge and headset handed out"),
    ),
}


def default_onboarding(language: str) -> tuple[tuple[str, str], ...]:
    return DEFAULT_ONBOARDING["zh_CN" if language.startswith("zh") else "en"]


def progress_text(done: int, total: int) -> str:
    """``3/5``; empty when there is no checklist.

    >>> progress_text(3, 5)
    '3/5'
    >>> progress_text(0, 0)
    ''
    """
    return f"{done}/{total}" if total else ""
