"""What every screen is given: the session factory, the logged-in actor, and the shop's name."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session, sessionmaker

from shopteam.services.context import Actor


@dataclass
class AppContext:
    factory: sessionmaker[Session]
    actor: Actor
    shop_name: str = ""
    db_url: str = ""
