"""Departments and roles come in pinyin order on both backends (SQLite compares code points, PostgreSQL its
locale): the services sort them the same way on each."""

from __future__ import annotations

import pytest

from shopteam.services.org import departments, roles

pytestmark = pytest.mark.both_backends

NAMES = ["周转组", "安装组", "张罗组", "李子组", "王牌组", "曾经组"]


def test_roles_and_departments_list_by_pinyin(factory, owner):
    with factory.begin() as s:
        for name in NAMES:
            departments.create_department(s, actor=owner, name=name)
            roles.create_role(s, actor=owner, name=name.replace("组", "员"))
    with factory() as s:
        assert [d.name for d in departments.list_departments(s, actor=owner)] == [
            "安装组", "李子组", "王牌组", "曾经组", "张罗组", "周转组"]
        assert [r.name for r in roles.list_roles(s, actor=owner)] == [
            "安装员", "李子员", "王牌员", "曾经员", "张罗员", "周转员"]
