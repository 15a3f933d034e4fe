"""The shop's name and language, and the language of documents: ``domain.language.choose_language`` with
the shop's language read here, so nothing above services reads the shop table itself."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from shopteam.domain.language import DEFAULT, choose_language
from shopteam.services.accounts import get_shop


@dataclass(frozen=True)
class ShopIdentity:
    name: str
    language: str


def shop_identity(session: Session) -> ShopIdentity:
    """The shop's name and language ("" and zh_CN before a shop exists)."""
    shop = get_shop(session)
    return ShopIdentity(shop.name, shop.language or DEFAULT) if shop is not None else ShopIdentity("", DEFAULT)


def shop_language(session: Session) -> str:
    return shop_identity(session).language


def document_language(session: Session, *, option: str | None = None, system: str | None = None) -> str:
    """``option`` (``--lang``), else ``system`` (the locale's), else the shop's language."""
    return choose_language(option, system, lambda: shop_language(session))
