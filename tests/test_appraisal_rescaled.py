"""An indicator without a figure (weight 30, not applicable) on the printed sheet and the offline workbook:
its weighted-score cell says 不适用 / n.a., the rescaling is stated under the subtotal, and the weighted scores
shown add up to the numerator of that sentence (PRODUCT §3.5: Σ weight × score / Σ weight over the indicators
with a figure). The sheet is checked at its data layer and on the canvas it paints (pdftotext is not needed)."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

import openpyxl
import pytest
from PySide6.QtCore import QSizeF

from shopteam.domain.appraisal_terms import rescaled_sentence, weighted_cell
from shopteam.domain.grading import weighted_lines
from shopteam.io.appraisal_workbook import write_appraisal_workbook
from shopteam.reports import appraisal_sheet as sheet
from shopteam.services.appraisal.cycles import AppraisalDetail, AppraisalRow, CycleView, ScoreLine

ZH_SENTENCE = "按已评指标权重 70 折算：62.37 ÷ 70 × 100 = 89.10"
EN_SENTENCE = "Rescaled over the weight of the indicators with a figure (70): 62.37 ÷ 70 × 100 = 89.10"


def _line(pk: int, name: str, weight: float, method: str, score: str | None, group: str = "results") -> ScoreLine:
    value = None if score is None else Decimal(score)
    rated = method == "rating"
    return ScoreLine(pk, pk, group, name, weight, method, "manual" if rated else "kpi", "", {}, None, None,
                     value if rated else None, value if rated else None, value, "")


def _detail(*, base: str | None = "89.10", lines: tuple[ScoreLine, ...] | None = None) -> AppraisalDetail:
    lines = lines or (_line(1, "工作任务完成质量", 40, "rating", "90"),
                      _line(2, "任务按时完成率", 30, "tasks", None),
                      _line(3, "团队协作", 30, "rating", "87.90", "attitude"))
    score = None if base is None else Decimal(base)
    row = AppraisalRow(7, 1, 3, "E103", "赵美工", "运营部", "美工设计师", "通用考核方案", score,
                       "good" if score else "", None, "", "", "supervisor_review", True, 1)
    cycle = CycleView(1, 2026, 10, "supervisor_review", "owner", datetime(2026, 10, 1), None, None, (), 1)
    return AppraisalDetail(row, cycle, "测试小店", 30, score, Decimal(0), lines, "", "", "", "", None, False, True)


def test_weighted_lines_leave_the_unscored_weight_out_and_state_the_rescaling():
    lines = weighted_lines([(40, Decimal("90")), (30, None), (30, Decimal("87.90"))], Decimal("89.1"))
    assert lines.weighted == (Decimal("36.00"), None, Decimal("26.37"))
    assert lines.not_applicable == (False, True, False) and lines.rescaled
    assert (lines.weight, lines.weighted_sum, lines.total) == (Decimal(70), Decimal("62.37"), Decimal("89.10"))
    assert lines.weighted_sum / lines.weight * 100 == lines.total
    assert [weighted_cell(lines, i, "zh_CN") for i in range(3)] == [Decimal("36.00"), "不适用", Decimal("26.37")]
    assert weighted_cell(lines, 1, "en") == "n.a."
    assert rescaled_sentence(lines, "zh_CN") == ZH_SENTENCE
    assert rescaled_sentence(lines, "en_US") == EN_SENTENCE


def test_no_sentence_when_every_weight_has_a_figure_and_no_na_while_waiting():
    full = weighted_lines([(40, Decimal("90")), (60, Decimal("80"))], Decimal("84"))
    assert not full.rescaled and rescaled_sentence(full, "zh") == ""
    waiting = weighted_lines([(40, Decimal("90")), (60, None)], None)  # not complete: no total, nothing n.a.
    assert waiting.not_applicable == (False, False) and weighted_cell(waiting, 1, "zh") is None
    assert rescaled_sentence(waiting, "zh") == ""


def test_half_up_per_line():
    assert weighted_lines([(50, Decimal("0.01"))], Decimal("0.01")).weighted == (Decimal("0.01"),)  # 0.005 -> 0.01


@pytest.mark.parametrize(("lang", "na", "sentence"), [("zh_CN", "不适用", ZH_SENTENCE), ("en", "n.a.", EN_SENTENCE)])
def test_printed_sheet_cells_and_text_add_up(qapp, lang, na, sentence):
    detail = _detail()
    cells = sheet.indicator_cells(detail, lang)
    weighted = [c[-1] for _, c in cells]
    assert weighted == ["36.00", na, "26.37"]
    assert [c[-2] for _, c in cells] == ["90.00", "", "87.90"]
    printed_sum = sum(Decimal(w) for w in weighted if w != na)
    assert printed_sum == Decimal("62.37") and f"{printed_sum:.2f} ÷ 70" in sentence

    canvas = sheet._Canvas(painter=None)  # collects what a page draws; flush() would paint it
    fonts = sheet._Fonts(sheet.sheet_font())
    sheet.paint_sheet(canvas, fonts, QSizeF(718, 1050), detail, lang)
    texts = [text for _, _, text, _, _ in canvas.texts]
    assert texts.count(na) == 1 and "36.00" in texts and "26.37" in texts
    assert sentence in texts
    assert texts.index(sentence) == texts.index("89.10") + 1  # right under the subtotal it explains


def test_printed_sheet_without_missing_weight_has_no_sentence(qapp):
    detail = _detail(base="88.20", lines=(_line(1, "质量", 40, "rating", "90"), _line(2, "协作", 60, "rating", "87")))
    canvas = sheet._Canvas(painter=None)
    sheet.paint_sheet(canvas, sheet._Fonts(sheet.sheet_font()), QSizeF(718, 1050), detail, "zh")
    texts = [text for _, _, text, _, _ in canvas.texts]
    assert not any("折算" in t for t in texts) and "不适用" not in texts
    assert [c[-1] for _, c in sheet.indicator_cells(detail, "zh")] == ["36.00", "52.20"]


@pytest.mark.parametrize(("lang", "na", "sentence"), [("zh_CN", "不适用", ZH_SENTENCE), ("en", "n.a.", EN_SENTENCE)])
def test_workbook_cells_and_text_add_up(tmp_path, lang, na, sentence):
    path = write_appraisal_workbook(tmp_path / "sheets.xlsx", [_detail()], cycle_id=1, shop_name="测试小店",
                                    lang=lang, exported_at=datetime(2026, 10, 31, 9, 0))
    book = openpyxl.load_workbook(path)
    ws = book[book.sheetnames[1]]
    rows = {ws[f"B{r}"].value: r for r in range(7, 10)}
    assert set(rows) == {"工作任务完成质量", "任务按时完成率", "团队协作"}
    assert ws["J6"].value == ("加权得分" if lang.startswith("zh") else "Weighted")
    assert ws[f"J{rows['任务按时完成率']}"].value == na
    assert ws[f"I{rows['任务按时完成率']}"].value is None
    parts = [ws[f"J{rows[n]}"].value for n in ("工作任务完成质量", "团队协作")]
    assert parts == [36, 26.37]
    subtotal_row = 10
    assert ws[f"J{subtotal_row}"].value == 89.1
    assert ws[f"A{subtotal_row + 1}"].value == sentence
    assert Decimal(str(sum(parts))).quantize(Decimal("0.01")) == Decimal("62.37")
