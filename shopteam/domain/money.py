"""Money is Decimal yuan with fen precision; stored as integer fen; rounded half-up once per line."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

FEN = Decimal("0.01")
ZERO = Decimal("0.00")


def round_fen(value: Decimal | int | str) -> Decimal:
    """Round a yuan amount half-up to the fen (0.125 -> 0.13, 2.675 -> 2.68)."""
    return Decimal(value).quantize(FEN, rounding=ROUND_HALF_UP)


def to_fen(value: Decimal | int | str) -> int:
    """Yuan -> integer fen, rounding half-up."""
    return int(round_fen(value) * 100)


def from_fen(fen: int) -> Decimal:
    return (Decimal(fen) / 100).quantize(FEN)


def parse_money(text: str | Decimal | int | float | None) -> Decimal | None:
    """Parse what a person types or a spreadsheet holds ('6,000', '¥6000.5', 6000) into yuan.

    Returns None for empty input; raises ValueError for anything that is not an amount.
    Floats from spreadsheet cells go through their shortest repr, so 0.1 stays 0.1.
    """
    if text is None:
        return None
    if isinstance(text, Decimal):
        return round_fen(text)
    if isinstance(text, bool):
        raise ValueError("not an amount")
    if isinstance(text, int | float):
        return round_fen(Decimal(repr(text)) if isinstance(text, float) else Decimal(text))
    cleaned = text.strip().replace(",", "").replace("，", "").replace("¥", "").replace("￥", "")
    cleaned = cleaned.removesuffix("元").strip()
    if not cleaned:
        return None
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise ValueError(f"not an amount: {text!r}") from None
    if not value.is_finite():
        raise ValueError(f"not an amount: {text!r}")
    return round_fen(value)


def format_money(value: Decimal | None) -> str:
    """'6,000.00' — the display form used in tables and sheets."""
    if value is None:
        return ""
    return f"{round_fen(value):,.2f}"
