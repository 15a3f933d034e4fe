"""Offline scoring through the Appraisal page: export the sheets and import them back from the "More" menu
(file dialogs patched), with the final score shown in the table; a bad cell lists the problem in a dialog and
changes nothing; staff do not get the actions."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import openpyxl
import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from shopteam.io import appraisal_workbook as wb
from shopteam.services.appraisal import compute as comp
from shopteam.services.appraisal import cycles as ap
from shopteam.services.imports.kpi import set_kpi
from shopteam.ui.appraisal.page import AppraisalPage
from shopteam.ui.context import AppContext
from tests.services.appraisal_shop import make_shop

TODAY = date.today()


@pytest.fixture
def shop(factory, owner):
    ids = make_shop(factory, owner)
    with factory.begin() as s:
        cycle_id = ap.open_cycle(s, actor=owner, year=TODAY.year, month=TODAY.month)
        for key, value in (("gmv", 500000), ("conversion", 3)):
            set_kpi(s, actor=owner, employee_id=ids["E101"], year=TODAY.year, month=TODAY.month, indicator=key,
                    value=value)
        comp.compute_cycle(s, actor=owner, cycle_id=cycle_id)
    ids["cycle"], ids["owner"] = cycle_id, owner
    return ids


def _page(qtbot, factory, actor) -> AppraisalPage:
    page = AppraisalPage(AppContext(factory=factory, actor=actor, shop_name="测试小店"))
    qtbot.addWidget(page)
    page.resize(1300, 800)
    page.show()
    return page


def _detail(factory, owner, cycle_id, no):
    with factory() as s:
        return next(d for d in ap.details_for_cycle(s, actor=owner, cycle_id=cycle_id) if d.row.employee_no == no)


def _cell(book, name):
    (title, ref), = book.defined_names[name].destinations
    return book[title][ref.replace("$", "")]


def _export(qtbot, page, monkeypatch, path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    page.more_menu.aboutToShow.emit()
    assert page.offline.export_action.isEnabled()
    page.offline.export_action.trigger()
    qtbot.waitUntil(lambda: page.offline.task is None, timeout=15000)


def _import(qtbot, page, monkeypatch, path, answer=QMessageBox.StandardButton.Yes) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: answer)
    page.offline.import_action.trigger()
    qtbot.waitUntil(lambda: page.offline.task is None, timeout=15000)


def test_export_then_import_scores_through_the_page(qtbot, factory, shop, tmp_path, monkeypatch):
    page = _page(qtbot, factory, shop["mgr"])
    path = tmp_path / "scoring.xlsx"
    _export(qtbot, page, monkeypatch, path)
    assert page.status.text().startswith(f"2 sheet(s) written to {path}.")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames[1:3] == ["E101 李运营", "E103 赵美工"]
    detail = _detail(factory, shop["owner"], shop["cycle"], "E101")
    for line in detail.scores:
        if line.rated:
            _cell(book, wb.SCORE_NAME.format(id=line.id)).value = 90
    _cell(book, wb.COMMENT_NAME.format(id=detail.row.id)).value = "目标达成，沟通积极"
    book.save(path)

    _import(qtbot, page, monkeypatch, path)
    assert page.status.text() == "scoring.xlsx: 3 score(s) and 1 comment(s) of 1 person(s) saved; 1 submitted."
    after = _detail(factory, shop["owner"], shop["cycle"], "E101")
    assert [ln.supervisor_score for ln in after.scores if ln.rated] == [Decimal("90.00")] * 3
    assert after.row.state == "calibration" and after.row.final_score is not None
    row = next(r for r in range(page.proxy.rowCount()) if page.proxy.index(r, 0).data() == "E101")
    assert page.proxy.index(row, 5).data() == f"{after.row.final_score:.2f}"
    assert page.select_person("E101")
    assert page.form.comment.toPlainText() == "目标达成，沟通积极"

    _import(qtbot, page, monkeypatch, path)  # the same file again: nothing new
    assert page.status.text() == "scoring.xlsx: nothing new; every score in the file is already stored."


def test_a_bad_cell_is_listed_and_nothing_changes(qtbot, factory, shop, tmp_path, monkeypatch):
    page = _page(qtbot, factory, shop["owner"])
    path = tmp_path / "scoring.xlsx"
    _export(qtbot, page, monkeypatch, path)
    book = openpyxl.load_workbook(path)
    good = next(ln for ln in _detail(factory, shop["owner"], shop["cycle"], "E100").scores if ln.rated)
    _cell(book, wb.SCORE_NAME.format(id=good.id)).value = 80
    bad = next(ln for ln in _detail(factory, shop["owner"], shop["cycle"], "E102").scores if ln.rated)
    cell = _cell(book, wb.SCORE_NAME.format(id=bad.id))
    cell.value = "abc"
    book.save(path)

    _import(qtbot, page, monkeypatch, path, QMessageBox.StandardButton.No)
    assert page.status.text() == "scoring.xlsx: 1 problem(s) found; nothing was imported."
    dialog = page.offline.problems_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.lines() == [f"E102 张客服!{cell.coordinate}: “abc” is not a number; enter a score from 0 to 100 or "
                              "leave the cell empty."]
    assert next(ln for ln in _detail(factory, shop["owner"], shop["cycle"], "E100").scores
                if ln.id == good.id).supervisor_score is None
    dialog.close()


def test_staff_do_not_get_the_offline_actions(qtbot, factory, shop):
    page = _page(qtbot, factory, shop["s101"])
    page.more_menu.aboutToShow.emit()
    assert not page.offline.export_action.isVisible() and not page.offline.import_action.isVisible()
