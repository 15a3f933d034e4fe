"""Offline scoring: the exported workbook (protection, unlocked cells, validation, hidden identification) and
the import (scores and comments through save_review, final score and grade; any bad cell refuses the whole
file and changes nothing; other cycle, finalised cycle, other department refused; re-import changes nothing)."""

from __future__ import annotations

from decimal import Decimal

import openpyxl
import pytest
from sqlalchemy import text

from shopteam.domain.errors import PermissionDenied, ValidationError
from shopteam.io import appraisal_workbook as wb
from shopteam.services.appraisal import compute as comp
from shopteam.services.appraisal import cycles as ap
from shopteam.services.appraisal import offline as off
from shopteam.services.imports.kpi import set_kpi
from tests.services.appraisal_shop import make_shop

YEAR, MONTH = 2026, 10


@pytest.fixture
def shop(factory, owner):
    ids = make_shop(factory, owner)
    with factory.begin() as s:
        ids["cycle"] = ap.open_cycle(s, actor=owner, year=YEAR, month=MONTH)
        for key, value in (("gmv", 500000), ("conversion", 3)):
            set_kpi(s, actor=owner, employee_id=ids["E101"], year=YEAR, month=MONTH, indicator=key, value=value)
        comp.compute_cycle(s, actor=owner, cycle_id=ids["cycle"])
    ids["owner"] = owner
    return ids


def _details(factory, owner, cycle_id) -> dict:
    with factory() as s:
        return {d.row.employee_no: d for d in ap.details_for_cycle(s, actor=owner, cycle_id=cycle_id)}


def _export(factory, actor, cycle_id, path, **kw) -> off.ExportResult:
    with factory() as s:
        return off.export_sheets(s, actor=actor, cycle_id=cycle_id, path=path, **kw)


def _import(factory, actor, path, **kw) -> off.ImportResult:
    with factory.begin() as s:
        return off.import_sheets(s, actor=actor, path=path, **kw)


def _cell(book, name) -> openpyxl.cell.Cell:
    (title, ref), = book.defined_names[name].destinations
    return book[title][ref.replace("$", "")]


def _dump(factory) -> dict:
    with factory() as s:
        return {table: s.execute(text(f"SELECT * FROM {table} ORDER BY id")).all()  # noqa: S608 - fixed names
                for table in ("appraisal", "appraisal_score", "appraisal_cycle", "audit_log")}


def test_workbook_is_protected_with_only_score_and_comment_cells_unlocked(factory, shop, tmp_path):
    path = tmp_path / "sheets.xlsx"
    result = _export(factory, shop["owner"], shop["cycle"], path)
    assert result.people == 4 and result.period == "2026-10"
    details = _details(factory, shop["owner"], shop["cycle"])
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["填写说明", "E100 王经理", "E101 李运营", "E102 张客服", "E103 赵美工", wb.META_SHEET]
    assert book.active.title == "填写说明" and book.active.protection.sheet
    assert book[wb.META_SHEET].sheet_state == "veryHidden"
    meta = {r[0]: r[1] for r in book[wb.META_SHEET].iter_rows(max_row=6, values_only=True)}
    assert meta["format"] == wb.FORMAT and meta["cycle_id"] == shop["cycle"] and meta["period"] == "2026-10"
    for no, detail in details.items():
        sheet = book[f"{no} {detail.row.name}"]
        assert sheet.protection.sheet is True
        assert str(sheet.page_setup.paperSize) == sheet.PAPERSIZE_A4 and sheet.page_setup.orientation == "portrait"
        assert sheet.sheet_properties.pageSetUpPr.fitToPage
        texts = {c.value for row in sheet.iter_rows() for c in row if isinstance(c.value, str)}
        assert {"月度绩效考核表", "工作业绩", "工作能力", "工作态度", "上级评分", "上级评语", detail.row.name, no,
                detail.row.department, detail.row.role} <= texts
        rated = [ln for ln in detail.scores if ln.rated]
        assert rated and len(rated) < len(detail.scores)  # computed indicators get no score cell
        score_cells = {_cell(book, wb.SCORE_NAME.format(id=ln.id)).coordinate for ln in rated}
        assert all(_cell(book, wb.SCORE_NAME.format(id=ln.id)).parent is sheet for ln in rated)
        assert {ref[0] for ref in score_cells} == {"H"}
        comment = _cell(book, wb.COMMENT_NAME.format(id=detail.row.id))
        assert comment.parent is sheet
        comment_range = next(r for r in sheet.merged_cells.ranges if comment.coordinate in r)
        assert str(comment_range) == f"B{comment.row}:J{comment.row}"
        unlocked = score_cells | {c.coordinate for row in sheet[str(comment_range)] for c in row}
        for row in sheet.iter_rows(min_row=1, max_row=sheet.max_row + 3, max_col=12):
            for cell in row:
                assert cell.protection.locked == (cell.coordinate not in unlocked), cell.coordinate
        rules = sheet.data_validations.dataValidation
        decimal = [r for r in rules if r.type == "decimal"]
        assert len(decimal) == 1 and (decimal[0].operator, decimal[0].formula1, decimal[0].formula2) == (
            "between", "0", "100")
        assert {str(c) for c in decimal[0].sqref.ranges} == score_cells
        assert decimal[0].showErrorMessage and decimal[0].allow_blank
        length = [r for r in rules if r.type == "textLength"]
        assert len(length) == 1 and str(length[0].sqref) == comment.coordinate
        assert length[0].formula1 == str(wb.MAX_COMMENT)
        # the self scores are shown, the cells of other indicators hold no score
        for ln in rated:
            assert sheet[f"G{_cell(book, wb.SCORE_NAME.format(id=ln.id)).row}"].value == ln.self_score


def test_filled_in_scores_are_imported_with_final_score_and_grade(factory, shop, tmp_path):
    path = tmp_path / "sheets.xlsx"
    _export(factory, shop["owner"], shop["cycle"], path)
    detail = _details(factory, shop["owner"], shop["cycle"])["E101"]
    book = openpyxl.load_workbook(path)
    rated = [ln for ln in detail.scores if ln.rated]
    for ln, value in zip(rated, (90, 85.5, "92"), strict=True):  # a number typed as text counts as the number
        _cell(book, wb.SCORE_NAME.format(id=ln.id)).value = value
    _cell(book, wb.COMMENT_NAME.format(id=detail.row.id)).value = "目标达成，沟通积极"
    book.save(path)

    result = _import(factory, shop["owner"], path, cycle_id=shop["cycle"], submit=True)
    assert (result.changed, result.scores, result.comments, result.submitted) == (1, 3, 1, 1)
    after = _details(factory, shop["owner"], shop["cycle"])["E101"]
    assert [ln.supervisor_score for ln in after.scores if ln.rated] == [Decimal("90.00"), Decimal("85.50"),
                                                                       Decimal("92.00")]
    assert after.supervisor_comment == "目标达成，沟通积极" and after.row.state == "calibration"
    assert after.scored_by == "boss"
    # no self-score: the supervisor's score counts alone once submitted (as in the review form)
    by_name = {ln.name: ln for ln in after.scores}
    expected = sum(Decimal(str(ln.weight)) * ln.computed_score for ln in after.scores) / 100
    assert after.row.final_score == expected.quantize(Decimal("0.01"))
    assert by_name[rated[1].name].computed_score == Decimal("85.50")
    assert after.row.grade == ("excellent" if expected >= 90 else "good" if expected >= 80 else "pass")
    with factory() as s:
        audits = s.execute(text("SELECT entity, action, summary FROM audit_log WHERE entity LIKE 'appraisal%' "
                                "AND action IN ('update', 'import') ORDER BY id")).all()
    assert [(a[0], a[1]) for a in audits[-2:]] == [("appraisal", "update"), ("appraisal_cycle", "import")]
    assert "sheets.xlsx" in audits[-1][2]

    before = _dump(factory)
    again = _import(factory, shop["owner"], path, cycle_id=shop["cycle"], submit=True)
    assert (again.changed, again.scores, again.comments) == (0, 0, 0)
    assert _dump(factory) == before


def test_empty_cells_leave_stored_scores_alone(factory, shop, tmp_path):
    detail = _details(factory, shop["owner"], shop["cycle"])["E103"]
    rated = [ln for ln in detail.scores if ln.rated]
    with factory.begin() as s:
        ap.save_review(s, actor=shop["owner"], appraisal_id=detail.row.id, scores={rated[0].id: 70}, comment="旧评语")
    path = tmp_path / "sheets.xlsx"
    _export(factory, shop["owner"], shop["cycle"], path)
    book = openpyxl.load_workbook(path)
    assert _cell(book, wb.SCORE_NAME.format(id=rated[0].id)).value == 70  # exported as it is
    assert _cell(book, wb.COMMENT_NAME.format(id=detail.row.id)).value == "旧评语"
    _cell(book, wb.SCORE_NAME.format(id=rated[0].id)).value = None
    _cell(book, wb.COMMENT_NAME.format(id=detail.row.id)).value = None
    _cell(book, wb.SCORE_NAME.format(id=rated[1].id)).value = 60
    book.save(path)
    result = _import(factory, shop["owner"], path)
    assert (result.changed, result.scores, result.comments) == (1, 1, 0)
    after = _details(factory, shop["owner"], shop["cycle"])["E103"]
    assert [ln.supervisor_score for ln in after.scores if ln.rated][:2] == [Decimal("70.00"), Decimal("60.00")]
    assert after.supervisor_comment == "旧评语" and after.row.state == "self_assessment"


def test_invalid_values_refuse_the_whole_file_naming_sheet_and_cell(factory, shop, tmp_path):
    path = tmp_path / "sheets.xlsx"
    _export(factory, shop["owner"], shop["cycle"], path)
    details = _details(factory, shop["owner"], shop["cycle"])
    book = openpyxl.load_workbook(path)
    good = [ln for ln in details["E100"].scores if ln.rated][0]
    _cell(book, wb.SCORE_NAME.format(id=good.id)).value = 80  # valid, but must not be kept either
    bad_text = _cell(book, wb.SCORE_NAME.format(id=[ln for ln in details["E101"].scores if ln.rated][0].id))
    bad_text.value = "优秀"
    too_high = _cell(book, wb.SCORE_NAME.format(id=[ln for ln in details["E102"].scores if ln.rated][1].id))
    too_high.value = 150
    _cell(book, wb.COMMENT_NAME.format(id=details["E103"].row.id)).value = "好" * (wb.MAX_COMMENT + 1)
    book.save(path)
    before = _dump(factory)
    with pytest.raises(off.WorkbookRejected) as err:
        _import(factory, shop["owner"], path)
    assert _dump(factory) == before
    assert err.value.params["count"] == 3 and "nothing was imported" in str(err.value)
    messages = [p.message for p in err.value.problems]
    assert messages[0] == (f"E101 李运营!{bad_text.coordinate}: “优秀” is not a number; enter a score from 0 to 100 "
                           "or leave the cell empty.")
    assert messages[1] == (f"E102 张客服!{too_high.coordinate}: 150 is outside the range; enter a score from 0 to 100 "
                           "or leave the cell empty.")
    assert messages[2].startswith("E103 赵美工!B") and f"{wb.MAX_COMMENT + 1} characters" in messages[2]


def test_workbook_of_another_cycle_or_shop_is_refused(factory, shop, tmp_path):
    path = tmp_path / "october.xlsx"
    _export(factory, shop["owner"], shop["cycle"], path)
    with factory.begin() as s:
        november = ap.open_cycle(s, actor=shop["owner"], year=YEAR, month=MONTH + 1)
    before = _dump(factory)
    with pytest.raises(ValidationError) as err:
        _import(factory, shop["owner"], path, cycle_id=november)
    assert err.value.code == "workbook_other_cycle"
    assert str(err.value) == "october.xlsx holds the appraisals of 2026-10, not 2026-11; choose that month first."
    book = openpyxl.load_workbook(path)
    book[wb.META_SHEET]["B4"] = "2025-01"  # the same cycle id in another database is another month
    book.save(path)
    with pytest.raises(ValidationError) as err:
        _import(factory, shop["owner"], path)
    assert err.value.code == "workbook_other_shop"
    plain = tmp_path / "plain.xlsx"
    openpyxl.Workbook().save(plain)
    with pytest.raises(wb.NotAppraisalWorkbookError):
        _import(factory, shop["owner"], plain)
    assert _dump(factory) == before


def test_finalised_cycle_refuses_export_and_import(factory, shop, tmp_path):
    path = tmp_path / "sheets.xlsx"
    _export(factory, shop["owner"], shop["cycle"], path)
    book = openpyxl.load_workbook(path)
    detail = _details(factory, shop["owner"], shop["cycle"])["E101"]
    _cell(book, wb.SCORE_NAME.format(id=[ln for ln in detail.scores if ln.rated][0].id)).value = 75
    book.save(path)
    with factory.begin() as s:
        s.execute(text("UPDATE appraisal_cycle SET state = 'finalised'"))
        s.execute(text("UPDATE appraisal SET state = 'finalised'"))
    before = _dump(factory)
    with pytest.raises(ap.AppraisalLocked):
        _import(factory, shop["owner"], path)
    with pytest.raises(ap.AppraisalLocked):
        _export(factory, shop["owner"], shop["cycle"], tmp_path / "again.xlsx")
    assert _dump(factory) == before


def test_manager_scores_only_his_people_and_staff_are_refused(factory, shop, tmp_path):
    mine = tmp_path / "mgr.xlsx"
    assert _export(factory, shop["mgr"], shop["cycle"], mine).people == 2
    assert openpyxl.load_workbook(mine).sheetnames[1:3] == ["E101 李运营", "E103 赵美工"]  # not himself, not 客服部
    everyone = tmp_path / "all.xlsx"
    _export(factory, shop["owner"], shop["cycle"], everyone)
    details = _details(factory, shop["owner"], shop["cycle"])
    book = openpyxl.load_workbook(everyone)
    for no in ("E101", "E102"):
        _cell(book, wb.SCORE_NAME.format(id=[ln for ln in details[no].scores if ln.rated][0].id)).value = 66
    book.save(everyone)
    before = _dump(factory)
    with pytest.raises(off.WorkbookRejected) as err:
        _import(factory, shop["mgr"], everyone)
    assert [p.message for p in err.value.problems] == [
        "E100 王经理: you may not score the appraisal of 王经理.",
        "E102 张客服: you may not score the appraisal of 张客服."]
    assert _dump(factory) == before
    for actor in (shop["s101"],):
        with pytest.raises(PermissionDenied):
            _export(factory, actor, shop["cycle"], tmp_path / "staff.xlsx")
        with pytest.raises(PermissionDenied):
            _import(factory, actor, mine)
    with pytest.raises(ValidationError) as err:
        _export(factory, shop["mgr"], shop["cycle"], tmp_path / "cs.xlsx", department="客服部")
    assert err.value.code == "nobody_to_score"


def test_score_changed_in_shopteam_since_export_is_a_conflict(factory, shop, tmp_path):
    path = tmp_path / "sheets.xlsx"
    _export(factory, shop["owner"], shop["cycle"], path)
    detail = _details(factory, shop["owner"], shop["cycle"])["E102"]
    line = [ln for ln in detail.scores if ln.rated][0]
    with factory.begin() as s:
        ap.save_review(s, actor=shop["owner"], appraisal_id=detail.row.id, scores={line.id: 77})
    book = openpyxl.load_workbook(path)
    cell = _cell(book, wb.SCORE_NAME.format(id=line.id))
    cell.value = 95
    book.save(path)
    with pytest.raises(off.WorkbookRejected) as err:
        _import(factory, shop["owner"], path)
    assert err.value.problems[0].message == (
        f"E102 张客服!{cell.coordinate}: the score of {line.name} was changed in ShopTeam after this file was "
        "exported (now 77); export the sheets again.")


def test_sheet_titles_follow_excel_rules():
    taken: set[str] = set()
    assert wb.sheet_title("E1", "a/b:c*d?[e]\\f", taken) == "E1 a_b_c_d__e__f"
    long = wb.sheet_title("E0000000001", "欧阳" * 20, taken)
    assert len(long) == 31 and long.startswith("E0000000001 欧阳")
    again = wb.sheet_title("E0000000001", "欧阳" * 20, taken)
    assert len(again) == 31 and again.endswith("~2") and again != long
    assert wb.sheet_title("'x", "y'", taken) == "x y"


def test_five_point_indicator_takes_1_to_5(factory, shop, tmp_path):
    detail = _details(factory, shop["owner"], shop["cycle"])["E102"]
    line = [ln for ln in detail.scores if ln.rated][0]
    with factory.begin() as s:
        s.execute(text("UPDATE appraisal_score SET params = :p WHERE id = :id"), {"p": '{"scale": 5}', "id": line.id})
    path = tmp_path / "sheets.xlsx"
    _export(factory, shop["owner"], shop["cycle"], path)
    book = openpyxl.load_workbook(path)
    cell = _cell(book, wb.SCORE_NAME.format(id=line.id))
    rules = [r for r in cell.parent.data_validations.dataValidation if r.type == "decimal"]
    assert {(r.formula1, r.formula2, cell.coordinate in r.sqref) for r in rules} == {("1", "5", True),
                                                                                   ("0", "100", False)}
    cell.value = 80
    book.save(path)
    with pytest.raises(off.WorkbookRejected) as err:
        _import(factory, shop["owner"], path)
    assert "enter a score from 1 to 5" in err.value.problems[0].message
    cell.value = 4
    book.save(path)
    assert _import(factory, shop["owner"], path).scores == 1
    after = next(ln for ln in _details(factory, shop["owner"], shop["cycle"])["E102"].scores if ln.id == line.id)
    assert after.supervisor_score == Decimal("4.00")
