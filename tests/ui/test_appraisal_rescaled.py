"""The review form on screen says what the printed sheet says about an indicator without a figure: 赵美工's
设计稿按时交付率 (weight 40, from tasks, none due) shows 不适用 / n.a. as its weighted score, and the line under
the table and the score explanation state the rescaling over the other 60, in English and in Chinese."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QLabel

from shopteam.domain import clock
from shopteam.ui.appraisal.page import AppraisalPage
from shopteam.ui.context import AppContext
from tests.services.appraisal_shop import make_shop
from tests.test_translations import chinese  # noqa: F401
from tests.ui.appraisal_scored import score_cycle

TODAY = date(2026, 12, 31)  # the cycle's month is this month, on its last day (nobody has punched all month)


@pytest.fixture(autouse=True)
def _today():
    with clock.frozen(TODAY):
        yield


@pytest.fixture
def shop(factory, owner):
    ids = make_shop(factory, owner)
    ids["cycle"] = score_cycle(factory, owner, TODAY.year, TODAY.month)
    return ids


def _form(qtbot, factory, owner):
    page = AppraisalPage(AppContext(factory=factory, actor=owner, shop_name="测试小店"))
    qtbot.addWidget(page)
    page.resize(1300, 800)
    page.show()
    assert page.select_person("E103")
    return page.form


def _check(form, na: str, start: str):
    d = form.detail
    tasks_row = next(i for i, ln in enumerate(d.scores, start=1) if ln.method == "tasks")
    assert d.scores[tasks_row - 1].weight == 40 and d.scores[tasks_row - 1].computed_score is None
    cells = [form.findChild(QLabel, f"weighted_score_{i}").text() for i in range(1, len(d.scores) + 1)]
    assert cells[tasks_row - 1] == na
    shown = sum(Decimal(c) for i, c in enumerate(cells, start=1) if i != tasks_row)
    note = form.findChild(QLabel, "rescaled_note")
    assert not note.isHidden()
    assert note.text() == start.format(sum=f"{shown:.2f}", total=form.final_label.text())
    assert form.final_label.text() == "75.83"
    assert form.explain.text().startswith(note.text())
    assert "Σ weight" not in form.explain.text() and "left out" not in form.explain.text()


def test_review_form_states_the_rescaling(qtbot, factory, owner, shop, monkeypatch):
    monkeypatch.setenv("SHOPTEAM_LANG", "en")
    form = _form(qtbot, factory, owner)
    _check(form, "n.a.", "Rescaled over the weight of the indicators with a figure (60): {sum} ÷ 60 × 100 = {total}")


@pytest.mark.usefixtures("chinese")
def test_review_form_states_the_rescaling_in_chinese(qtbot, factory, owner, shop, monkeypatch):
    monkeypatch.setenv("SHOPTEAM_LANG", "zh_CN")
    form = _form(qtbot, factory, owner)
    _check(form, "不适用", "按已评指标权重 60 折算：{sum} ÷ 60 × 100 = {total}")
    assert "<b>加权得分</b>" in [label.text() for label in form.grid_box.findChildren(QLabel)]
    # the score explanation speaks Chinese too (it was built in English: "… → grade good")
    assert "考核等级" in form.explain.text() and "grade" not in form.explain.text()
