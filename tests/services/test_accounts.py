from datetime import timedelta

import pytest

from shopteam.db.base import utcnow
from shopteam.db.models import AuditLog, Employee, User
from shopteam.domain.errors import (
    LoginError,
    LoginThrottled,
    PermissionDenied,
    ShopTeamError,
    ValidationError,
)
from shopteam.services import accounts
from shopteam.services.accounts import FREE_ATTEMPTS


def test_first_start_creates_shop_and_owner(factory, owner):
    assert owner.is_owner
    with factory() as s:
        assert accounts.get_shop(s).name == "测试小店"
        user = s.query(User).one()
        assert user.password_hash.startswith("$argon2id$")
        assert {a.entity for a in s.query(AuditLog)} == {"shop", "user"}


def test_second_shop_is_refused(factory, owner):
    with pytest.raises(ShopTeamError) as err, factory.begin() as s:
        accounts.create_shop(s, shop_name="另一家", owner_username="x", password="secret123")
    assert err.value.code == "shop_exists"


def test_login_success_and_wrong_password(factory, owner):
    with factory.begin() as s:
        ok = accounts.login(s, username="BOSS", password="secret123")
        bad = accounts.login(s, username="boss", password="nope")
    assert ok.actor is not None and ok.actor.level == "owner"
    assert bad.actor is None and isinstance(bad.error, LoginError)


def test_failed_logins_are_throttled_and_doubling(factory, owner):
    now = utcnow()
    with factory.begin() as s:
        results = [accounts.login(s, username="boss", password="wrong", now=now) for _ in range(FREE_ATTEMPTS)]
    assert isinstance(results[-1].error, LoginThrottled)
    assert results[-1].error.params["seconds"] == 30
    with factory.begin() as s:
        # even the right password is refused while locked
        locked = accounts.login(s, username="boss", password="secret123", now=now + timedelta(seconds=10))
        assert isinstance(locked.error, LoginThrottled)
        again = accounts.login(s, username="boss", password="wrong", now=now + timedelta(seconds=31))
        assert again.error.params["seconds"] == 60
        ok = accounts.login(s, username="boss", password="secret123", now=now + timedelta(seconds=200))
    assert ok.actor is not None
    with factory() as s:
        assert s.query(User).one().failed_attempts == 0


def test_staff_cannot_manage_accounts(factory, owner):
    with factory.begin() as s:
        from datetime import date

        emp = Employee(employee_no="A001", name="张三", hire_date=date(2025, 1, 1))
        s.add(emp)
        s.flush()
        uid = accounts.create_account(s, actor=owner, username="zhang", password="secret123", level="staff",
                                      employee_id=emp.id)
    with factory.begin() as s:
        staff = accounts.login(s, username="zhang", password="secret123").actor
    assert staff.employee_id is not None
    with pytest.raises(PermissionDenied), factory.begin() as s:
        accounts.create_account(s, actor=staff, username="x", password="secret123", level="staff")
    with pytest.raises(PermissionDenied), factory.begin() as s:
        accounts.change_password(s, actor=staff, user_id=owner.user_id, new_password="hacked123")
    with factory.begin() as s:
        accounts.change_password(s, actor=staff, user_id=uid, old_password="secret123", new_password="newpass1")
        assert accounts.login(s, username="zhang", password="newpass1").actor is not None


def test_short_password_and_taken_name(factory, owner):
    with pytest.raises(ValidationError) as err, factory.begin() as s:
        accounts.create_account(s, actor=owner, username="a", password="123", level="staff")
    assert err.value.field == "password"
    with pytest.raises(ValidationError) as err, factory.begin() as s:
        accounts.create_account(s, actor=owner, username="Boss", password="secret123", level="staff")
    assert err.value.code == "username_taken"


def test_hash_parameters_and_rehash_of_an_older_hash(factory, owner):
    from argon2 import PasswordHasher

    with factory.begin() as s:
        user = s.query(User).one()
        assert "m=19456,t=2,p=1" in user.password_hash
        user.password_hash = PasswordHasher(time_cost=3, memory_cost=65536, parallelism=4).hash("secret123")
    with factory.begin() as s:
        assert accounts.login(s, username="boss", password="secret123").actor is not None
    with factory() as s:
        assert "m=19456,t=2,p=1" in s.query(User).one().password_hash  # upgraded at login
