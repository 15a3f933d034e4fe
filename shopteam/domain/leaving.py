"""Leaving (离职): the ways of leaving and the handover checklist a shop starts from."""

from __future__ import annotations

LEAVE_KINDS = ("resignation", "dismissal")  # 辞职, 辞退
MAX_ITEM = 200

#: The handover checklist (离职交接) a leaver starts with, in the shop's language; the holder edits it.
DEFAULT_HANDOVER = {
    "zh_CN": ("工作交接给接手人", "归还电脑、工牌等设备", "交还店铺后台与客服账号", "结清借款与报销"),
    "en": ("Work handed over to the successor", "Computer, badge and other equipment returned",
           "Shop back-office and customer-service accounts handed back", "Advances and expense claims settled"),
}


def default_handover(language: str) -> tuple[str, ...]:
    return DEFAULT_HANDOVER["zh_CN" if language == "zh_CN" else "en"]
