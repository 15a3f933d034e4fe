"""The shop, its accounts and logging in.

Passwords are hashed with argon2id. Failed logins are throttled per account: after
``FREE_ATTEMPTS`` failures in a row the account waits ``BASE_LOCK_SECONDS``, doubling with each
further failure up to ``MAX_LOCK_SECONDS``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from shopteam.db.models import ACCESS_LEVELS, Employee, Grant, Shop, User
from shopteam.domain import clock
from shopteam.domain.errors import (
    AccountClosed,
    LoginError,
    LoginThrottled,
    NotFoundError,
    ShopTeamError,
    ValidationError,
)
from shopteam.services import audit
from shopteam.services.context import Actor
from shopteam.services.permissions import ACCOUNTS_MANAGE, ALL_PERMISSIONS, require

FREE_ATTEMPTS = 5
BASE_LOCK_SECONDS = 30
MAX_LOCK_SECONDS = 15 * 60
MIN_PASSWORD_LENGTH = 6


# argon2id with OWASP's baseline (19 MiB, 2 passes, 1 lane): about a tenth of a second on a shop PC,
# where the library default (64 MiB, 3 passes, 4 lanes) kept the owner waiting most of a second at login.
# Hashes carry their own parameters, so older ones still verify and are upgraded at the next login.
ARGON2_PARAMETERS = {"time_cost": 2, "memory_cost": 19456, "parallelism": 1}


@cache
def _hasher():
    from argon2 import PasswordHasher

    return PasswordHasher(**ARGON2_PARAMETERS)


@cache
def _dummy_hash() -> str:
    return hash_password("not-a-password")


def hash_password(password: str) -> str:
    return _hasher().hash(password)


def verify_password(stored_hash: str, password: str) -> bool:
    from argon2.exceptions import InvalidHashError, VerificationError

    try:
        return _hasher().verify(stored_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError("The password needs at least {n} characters.", field="password",
                              code="password_short", n=MIN_PASSWORD_LENGTH)


def _check_username(session: Session, username: str) -> str:
    username = username.strip()
    if not username:
        raise ValidationError("Enter a user name.", field="username", code="required")
    if session.scalar(select(User.id).where(func.lower(User.username) == username.lower())):
        raise ValidationError("The user name {username} is taken.", field="username", code="username_taken",
                              username=username)
    return username


def get_shop(session: Session) -> Shop | None:
    return session.scalar(select(Shop).order_by(Shop.id).limit(1))


def create_shop(session: Session, *, shop_name: str, owner_username: str, password: str,
                language: str = "zh_CN") -> Actor:
    """First start: the shop and its owner account. Refused when a shop exists already."""
    if get_shop(session) is not None:
        raise ShopTeamError("This database already holds a shop.", code="shop_exists")
    if not shop_name.strip():
        raise ValidationError("Enter the shop's name.", field="shop_name", code="required")
    _check_password(password)
    username = _check_username(session, owner_username)
    shop = Shop(name=shop_name.strip(), language=language)
    user = User(username=username, password_hash=hash_password(password), level="owner")
    session.add_all([shop, user])
    session.flush()
    actor = actor_for(user)
    audit.record(session, actor, "create", "shop", shop.id, after={"name": shop.name}, summary=shop.name)
    audit.record(session, actor, "create", "user", user.id, after=audit.snapshot(user), summary=username)
    return actor


def actor_for(user: User) -> Actor:
    return Actor(user_id=user.id, username=user.username, level=user.level, employee_id=user.employee_id,
                 grants=frozenset(g.permission for g in user.grants))


@dataclass
class LoginResult:
    """The outcome of a login attempt. The caller commits either way (failures are counted)."""

    actor: Actor | None
    error: ShopTeamError | None = None


def login(session: Session, *, username: str, password: str, now: datetime | None = None) -> LoginResult:
    now = now or clock.now()
    user = session.scalar(select(User).where(func.lower(User.username) == username.strip().lower()))
    if user is None or not user.is_active:
        verify_password(_dummy_hash(), password)  # same cost as a real check: no timing hint
        return LoginResult(None, LoginError())
    if user.locked_until and user.locked_until > now:
        wait = int((user.locked_until - now).total_seconds()) + 1
        return LoginResult(None, LoginThrottled(seconds=wait))
    if not verify_password(user.password_hash, password):
        user.failed_attempts += 1
        over = user.failed_attempts - FREE_ATTEMPTS
        if over >= 0:
            seconds = min(MAX_LOCK_SECONDS, BASE_LOCK_SECONDS * 2 ** over)
            user.locked_until = now + timedelta(seconds=seconds)
            audit.record(session, actor_for(user), "lock", "user", user.id,
                         summary=audit.note("login_locked", attempts=user.failed_attempts, seconds=seconds))
            return LoginResult(None, LoginThrottled(seconds=seconds))
        return LoginResult(None, LoginError())
    closed = closed_after(session, user)
    if closed is not None:
        return LoginResult(None, AccountClosed(day=closed.isoformat()))
    user.failed_attempts = 0
    user.locked_until = None
    user.last_login = now
    if _hasher().check_needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
    return LoginResult(actor_for(user))


def closed_after(session: Session, user: User) -> date | None:
    """The last working day of the account's person when it is past (离职: the account logs in up to that day and
    is refused from the day after, by the clock); None while the account is open."""
    if user.employee_id is None:
        return None
    status, last_day = session.execute(select(Employee.status, Employee.leave_date)
                                       .where(Employee.id == user.employee_id)).one()
    if status == "left" and last_day is not None and clock.today() > last_day:
        return last_day
    return None


def create_account(session: Session, *, actor: Actor, username: str, password: str, level: str,
                   employee_id: int | None = None, grants: tuple[str, ...] = ()) -> int:
    require(actor, ACCOUNTS_MANAGE, "manage accounts")
    if level not in ACCESS_LEVELS:
        raise ValidationError("Unknown access level {level}.", field="level", code="level", level=level)
    if level == "owner" and not actor.is_owner:
        raise ValidationError("Only the owner can create another owner.", field="level", code="level_owner")
    _check_password(password)
    username = _check_username(session, username)
    if employee_id is not None:
        if session.get(Employee, employee_id) is None:
            raise NotFoundError(what="Staff record", key=employee_id)
        if session.scalar(select(User.id).where(User.employee_id == employee_id)):
            raise ValidationError("This person has an account already.", field="employee", code="has_account")
    unknown = set(grants) - set(ALL_PERMISSIONS)
    if unknown:
        raise ValidationError("Unknown permission {names}.", field="grants", code="grant", names=", ".join(unknown))
    user = User(username=username, password_hash=hash_password(password), level=level, employee_id=employee_id,
                grants=[Grant(permission=p) for p in sorted(set(grants))])
    session.add(user)
    session.flush()
    audit.record(session, actor, "create", "user", user.id,
                 after={**audit.snapshot(user), "grants": sorted(set(grants))}, summary=username)
    return user.id


@dataclass(frozen=True)
class AccountRow:
    id: int
    username: str
    level: str
    employee_name: str
    is_active: bool
    grants: tuple[str, ...]
    last_login: datetime | None
    last_day: date | None = None  # the person has left: their last working day (the account works up to it)
    closed: bool = False  # that day is past: the login is refused (closed_after)


def list_accounts(session: Session, *, actor: Actor) -> list[AccountRow]:
    require(actor, ACCOUNTS_MANAGE, "manage accounts")
    users = session.scalars(select(User).order_by(User.username)).all()
    today = clock.today()
    rows = []
    for u in users:
        last_day = u.employee.leave_date if u.employee is not None and u.employee.status == "left" else None
        rows.append(AccountRow(u.id, u.username, u.level, u.employee.name if u.employee else "", u.is_active,
                               tuple(sorted(g.permission for g in u.grants)), u.last_login, last_day,
                               last_day is not None and today > last_day))
    return rows


def set_grants(session: Session, *, actor: Actor, user_id: int, grants: tuple[str, ...]) -> None:
    require(actor, ACCOUNTS_MANAGE, "manage accounts")
    user = session.get(User, user_id)
    if user is None:
        raise NotFoundError(what="Account", key=user_id)
    before = sorted(g.permission for g in user.grants)
    user.grants = [Grant(permission=p) for p in sorted(set(grants))]
    audit.record(session, actor, "update", "user", user.id, before={"grants": before},
                 after={"grants": sorted(set(grants))}, summary=user.username)


def set_active(session: Session, *, actor: Actor, user_id: int, active: bool) -> None:
    require(actor, ACCOUNTS_MANAGE, "manage accounts")
    user = session.get(User, user_id)
    if user is None:
        raise NotFoundError(what="Account", key=user_id)
    if user.level == "owner" and not active:
        owners = session.scalar(select(func.count()).where(User.level == "owner", User.is_active))
        if owners <= 1:
            raise ValidationError("The last owner account cannot be switched off.", code="last_owner")
    audit.record(session, actor, "update", "user", user.id, before={"is_active": user.is_active},
                 after={"is_active": active}, summary=user.username)
    user.is_active = active


def change_password(session: Session, *, actor: Actor, user_id: int, new_password: str,
                    old_password: str | None = None) -> None:
    """Owners (or accounts.manage) reset anyone's password; everyone else changes only their own."""
    user = session.get(User, user_id)
    if user is None:
        raise NotFoundError(what="Account", key=user_id)
    if user_id != actor.user_id:
        require(actor, ACCOUNTS_MANAGE, "change someone else's password")
    elif old_password is None or not verify_password(user.password_hash, old_password):
        raise ValidationError("The current password is wrong.", field="old_password", code="old_password")
    _check_password(new_password)
    user.password_hash = hash_password(new_password)
    user.failed_attempts = 0
    user.locked_until = None
    audit.record(session, actor, "update", "user", user.id, summary=audit.note("password_changed", user=user.username))


def list_linkable_staff(session: Session, *, actor: Actor) -> list[tuple[int, str, str]]:
    """(id, employee_no, name) of staff who have not left and have no account yet, by employee no."""
    require(actor, ACCOUNTS_MANAGE, "manage accounts")
    taken = select(User.employee_id).where(User.employee_id.is_not(None))
    rows = session.execute(
        select(Employee.id, Employee.employee_no, Employee.name)
        .where(Employee.status != "left", Employee.id.not_in(taken))
        .order_by(Employee.employee_no)
    ).all()
    return [(r.id, r.employee_no, r.name) for r in rows]
