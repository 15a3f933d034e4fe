"""Every screen shows its data on the first visit (issue 14): the main window loads a page when it first
shows it, so pages whose constructors do not load (Departments, Roles, Org chart, Staffing) are not empty."""

from __future__ import annotations

import pytest

from shopteam.services import org
from shopteam.services.org import roster
from shopteam.ui.main_window import PAGES, MainWindow


@pytest.fixture
def window(qtbot, owner_ctx, small_shop, factory):
    with factory.begin() as s:
        org.seed_presets(s, actor=owner_ctx.actor, language="zh_CN")
    window = MainWindow(owner_ctx)
    qtbot.addWidget(window)
    return window


def test_departments_on_the_first_visit(window):
    page = window.show_page("departments")
    names = {page.tree.topLevelItem(i).text(0) for i in range(page.tree.topLevelItemCount())}
    assert {"运营部", "客服部"} <= names


def test_roles_on_the_first_visit(window):
    page = window.show_page("roles")
    names = {page.model.index(r, 0).data() for r in range(page.model.rowCount())}
    assert "运营专员" in names


def test_org_chart_on_the_first_visit(window):
    page = window.show_page("orgchart")
    assert sorted(b.node.name for b in page.boxes()) == ["张三", "李四", "王五"]


def test_staffing_on_the_first_visit(window):
    page = window.show_page("staffing")
    assert page.plan_combo.count() > 0 and page.model.rowCount() > 0


def rename_staff(factory, owner, staff_id, name) -> None:
    """An edit as the roster's dialog saves it: writes employee (and audit_log)."""
    from tests.services.test_versions import person_input

    with factory.begin() as s:
        mine = roster.get_staff(s, actor=owner, staff_id=staff_id)
        data = person_input(mine)
        data.name = name
        roster.update_staff(s, actor=owner, staff_id=staff_id, data=data, expected_version=mine.version)


@pytest.mark.parametrize("spec", PAGES, ids=[s.key for s in PAGES])
def test_every_page_is_loaded_once_on_the_first_visit_and_again_only_after_a_change(qtbot, owner_ctx, spec,
                                                                                     monkeypatch, factory, owner,
                                                                                     small_shop):
    module_name, class_name = spec.target.split(":")
    import importlib

    page_class = getattr(importlib.import_module(module_name), class_name)
    calls = []
    original = page_class.refresh
    monkeypatch.setattr(page_class, "refresh", lambda self, *a: (calls.append(self), original(self, *a))[1])
    window = MainWindow(owner_ctx)
    qtbot.addWidget(window)
    if spec.key == "home":  # the first page, built with the window: it loads once the window shows
        qtbot.waitUntil(lambda: bool(calls) and not window.pages["home"].loading, timeout=10000)
        window.show_page("roster")
    window.show_page(spec.key)
    first = len(calls)
    if spec.key == "home":
        assert first == 1
    elif getattr(page_class, "loads_on_creation", False):  # the constructor loads (the roster by its own loader)
        assert first <= 1
    else:
        assert first == 1  # by the window
    window.show_page("departments")
    window.show_page(spec.key)  # nothing changed: the visit reloads nothing
    assert len(calls) == first
    window.show_page("departments")
    rename_staff(factory, owner, small_shop["c"], "王五五")  # every page shows employee or the audit log
    window.show_page(spec.key)  # the change made it stale: the visit reloads it once
    assert len(calls) == first + 1 and calls.count(calls[-1]) == len(calls)
    window.show_page("departments")
    window.show_page(spec.key)
    assert len(calls) == first + 1
