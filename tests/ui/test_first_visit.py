"""Every screen shows its data on the first visit (issue 14): the main window loads a page when it first
shows it, so pages whose constructors do not load (Departments, Roles, Org chart, Staffing) are not empty."""

from __future__ import annotations

import pytest

from shopteam.services import org
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


@pytest.mark.parametrize("spec", PAGES, ids=[s.key for s in PAGES])
def test_every_page_is_loaded_once_on_the_first_visit(window, spec, monkeypatch):
    module_name, class_name = spec.target.split(":")
    import importlib

    page_class = getattr(importlib.import_module(module_name), class_name)
    calls = []
    original = page_class.refresh
    monkeypatch.setattr(page_class, "refresh", lambda self: (calls.append(self), original(self))[1])
    if spec.key in window.pages:  # the first page, built with the window
        return
    window.show_page(spec.key)
    if getattr(page_class, "loads_on_creation", False):  # the constructor loads (the roster by its own loader)
        assert len(calls) <= 1
    else:
        assert len(calls) == 1  # by the window
    window.show_page("home")
    window.show_page(spec.key)  # a later visit refreshes once more, never twice
    assert len(calls) in (1, 2) and calls.count(calls[-1]) == len(calls)
