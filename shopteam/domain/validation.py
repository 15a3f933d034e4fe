"""Field checks shared by forms, imports and services."""

from __future__ import annotations

import re
from datetime import date

_MOBILE = re.compile(r"^1[3-9]\d{9}$")
_LANDLINE = re.compile(r"^0\d{2,3}-?\d{7,8}(-\d{1,6})?$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_EMPLOYEE_NO = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_\-]{0,31}$")
_ID_CARD = re.compile(r"^\d{17}[\dXx]$")
_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"


def normalise_phone(text: str) -> str:
    return re.sub(r"[\s()]", "", text.strip()).removeprefix("+86").removeprefix("0086")


def is_valid_phone(text: str) -> bool:
    """A Chinese mobile number (11 digits starting 13–19) or a landline with area code."""
    phone = normalise_phone(text)
    return bool(_MOBILE.match(phone) or _LANDLINE.match(phone))


def is_valid_email(text: str) -> bool:
    return bool(_EMAIL.match(text.strip()))


def is_valid_employee_no(text: str) -> bool:
    return bool(_EMPLOYEE_NO.match(text.strip()))


def is_valid_id_card(text: str) -> bool:
    """An 18-digit resident ID number with a correct check digit (GB 11643)."""
    value = text.strip().upper()
    if not _ID_CARD.match(value):
        return False
    total = sum(int(d) * w for d, w in zip(value[:17], _ID_WEIGHTS, strict=True))
    return _ID_CHECK[total % 11] == value[17]


def mask_id_card(text: str | None) -> str:
    if not text:
        return ""
    value = text.strip()
    return value[:3] + "*" * max(0, len(value) - 7) + value[-4:] if len(value) > 7 else "*" * len(value)


def mask_bank_account(text: str | None) -> str:
    if not text:
        return ""
    value = re.sub(r"\s", "", text)
    return "**** " + value[-4:] if len(value) > 4 else "*" * len(value)


def check_date_order(start: date | None, end: date | None) -> bool:
    """True when there is no end, or the end is on or after the start."""
    return start is None or end is None or end >= start
