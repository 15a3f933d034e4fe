"""Who is acting: every service call names its actor, and permissions are checked against it."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Actor:
    user_id: int | None
    username: str
    level: str  # "owner" | "manager" | "staff"
    employee_id: int | None = None
    grants: frozenset[str] = field(default_factory=frozenset)

    @property
    def is_owner(self) -> bool:
        return self.level == "owner"

    @property
    def is_manager(self) -> bool:
        return self.level == "manager"


def system_owner() -> Actor:
    """The actor of the command line on a local database file (it acts as the owner)."""
    return Actor(user_id=None, username="cli", level="owner")
