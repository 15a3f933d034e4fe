"""Appraisal services: schemes, the cycle lifecycle, permissions, computing from KPI/boards/attendance/ledger,
calibration, finalise/reopen, quarter results and the KPI import."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from decimal import Decimal

import openpyxl
import pytest
from sqlalchemy import select

from shopteam.db.models import AuditLog
from shopteam.db.models.appraisal import Appraisal, AppraisalScore, KpiActual
from shopteam.db.models.boards import Board, BoardColumn, Card, card_assignee
from shopteam.domain.errors import PermissionDenied, ValidationError
from shopteam.services.appraisal import compute as comp
from shopteam.services.appraisal import cycles as ap
from shopteam.services.appraisal import schemes, scores
from shopteam.services.attendance.month import month_summary
from shopteam.services.imports.pipeline import commit_import, preview_import
from shopteam.services.payout import ledger
from tests.services.appraisal_shop import make_shop

# Also on a throwaway PostgreSQL server (tests/pg_server.py): the same code on both backends.
pytestmark = pytest.mark.both_backends


@pytest.fixture
def shop(factory, owner):
    ids = make_shop(factory, owner)
    ids["owner"] = owner
    return ids


def _open(factory, owner, year=2026, month=10) -> int:
    with factory.begin() as s:
        return ap.open_cycle(s, actor=owner, year=year, month=month)


def _appraisal(factory, actor, cycle_id, no):
    with factory() as s:
        row = next(r for r in ap.list_appraisals(s, actor=actor, cycle_id=cycle_id) if r.employee_no == no)
        return ap.get_appraisal(s, actor=actor, appraisal_id=row.id)


def _score_all(factory, actor, detail, value=80, actuals=None, submit=True):
    with factory.begin() as s:
        return ap.save_review(s, actor=actor, appraisal_id=detail.row.id,
                              scores={ln.id: value for ln in detail.scores if ln.rated},
                              actuals=actuals, comment="不错", submit=submit)


# ---------------------------------------------------------------------------------------- schemes


def test_presets_sum_to_100_and_link_roles(factory, shop):
    with factory.begin() as s:
        created = schemes.ensure_preset_schemes(s, actor=shop["owner"])
        assert len(created) == 5
        assert schemes.ensure_preset_schemes(s, actor=shop["owner"]) == []
        views = {v.preset: v for v in schemes.list_schemes(s, actor=shop["owner"])}
    assert all(v.weight_sum == 100 for v in views.values())
    assert views["cs"].role_names == ("客服专员（售前）",)
    assert [i.name for i in views["cs"].indicators][:3] == ["平均响应时间", "询单转化率", "客户满意度"]
    assert views["cs"].indicators[0].method == "lower_is_better"
    assert views["designer"].indicators[0].source == "boards"
    assert {i.group for i in views["ops"].indicators} == {"results", "ability", "attitude"}
    assert views["cs"].self_weight == 30


def test_weights_must_sum_to_100(factory, shop):
    data = schemes.SchemeInput("坏方案", [schemes.IndicatorInput("results", "销售", 60),
                                       schemes.IndicatorInput("ability", "技能", 30)])
    with factory.begin() as s, pytest.raises(ValidationError) as err:
        schemes.create_scheme(s, actor=shop["owner"], data=data)
    assert err.value.code == "weights_not_100" and "90" in str(err.value)
    data.indicators[1].weight = 40
    with factory.begin() as s:
        assert schemes.create_scheme(s, actor=shop["owner"], data=data)
    with factory.begin() as s, pytest.raises(PermissionDenied):
        schemes.create_scheme(s, actor=shop["mgr"], data=schemes.SchemeInput("经理方案", data.indicators))


# ---------------------------------------------------------------------------------------- lifecycle


def test_open_cycle_gives_each_person_their_role_scheme(factory, shop):
    with factory.begin() as s, pytest.raises(PermissionDenied):
        ap.open_cycle(s, actor=shop["mgr"], year=2026, month=10)
    cycle_id = _open(factory, shop["owner"])
    with factory() as s:
        rows = {r.employee_no: r for r in ap.list_appraisals(s, actor=shop["owner"], cycle_id=cycle_id)}
    assert set(rows) == {"E100", "E101", "E102", "E103"}
    assert rows["E102"].scheme == "客服考核方案" and rows["E103"].scheme == "美工考核方案"
    assert rows["E101"].scheme == "运营考核方案" and rows["E101"].state == "self_assessment"
    assert rows["E101"].department == "运营部" and rows["E101"].role == "运营专员"
    with factory.begin() as s, pytest.raises(ValidationError) as err:
        ap.open_cycle(s, actor=shop["owner"], year=2026, month=10)
    assert err.value.code == "cycle_exists"


def test_staff_see_only_their_own_appraisal(factory, shop):
    cycle_id = _open(factory, shop["owner"])
    with factory() as s:
        own = ap.list_appraisals(s, actor=shop["s102"], cycle_id=cycle_id)
        assert [r.employee_no for r in own] == ["E102"]
        other = next(r for r in ap.list_appraisals(s, actor=shop["owner"], cycle_id=cycle_id) if r.employee_no == "E101")
        with pytest.raises(PermissionDenied):
            ap.get_appraisal(s, actor=shop["s102"], appraisal_id=other.id)
        # the manager sees his department and direct reports, not the customer service department
        assert {r.employee_no for r in ap.list_appraisals(s, actor=shop["mgr"], cycle_id=cycle_id)} == {
            "E100", "E101", "E103"}
    detail = _appraisal(factory, shop["owner"], cycle_id, "E102")
    with factory.begin() as s, pytest.raises(PermissionDenied):
        ap.save_review(s, actor=shop["mgr"], appraisal_id=detail.row.id, comment="x")
    with factory.begin() as s, pytest.raises(PermissionDenied):
        ap.submit_self_assessment(s, actor=shop["s101"], appraisal_id=detail.row.id, scores={})
    mine = _appraisal(factory, shop["mgr"], cycle_id, "E100")
    assert mine.may_self_assess and not mine.may_review  # a manager does not score himself
    with factory.begin() as s, pytest.raises(PermissionDenied):
        ap.save_review(s, actor=shop["mgr"], appraisal_id=mine.row.id, comment="me")


def test_self_and_supervisor_scores_give_hand_worked_final(factory, shop):
    """运营 scheme: GMV 35 (higher, target 500000, cap 120), conversion 25 (target 3, cap 120), four
    common items of 10 (skill, communication, initiative: rated; attendance)."""
    cycle_id = _open(factory, shop["owner"])
    with factory.begin() as s:
        from shopteam.services.imports.kpi import set_kpi

        e101 = shop["E101"]
        set_kpi(s, actor=shop["owner"], employee_id=e101, year=2026, month=10, indicator="gmv", value=550000)
        set_kpi(s, actor=shop["owner"], employee_id=e101, year=2026, month=10, indicator="全店转化率", value=2.4)
    detail = _appraisal(factory, shop["s101"], cycle_id, "E101")
    rated = [ln for ln in detail.scores if ln.rated]
    assert [ln.name for ln in rated] == ["专业技能", "沟通协作", "主动性与责任心"]
    with factory.begin() as s:
        ap.submit_self_assessment(s, actor=shop["s101"], appraisal_id=detail.row.id,
                                  scores={rated[0].id: 90, rated[1].id: 80, rated[2].id: 100}, comment="努力了")
    with factory.begin() as s:
        comp.compute_cycle(s, actor=shop["mgr"], cycle_id=cycle_id)
    with factory.begin() as s:
        result = ap.save_review(s, actor=shop["mgr"], appraisal_id=detail.row.id,
                                scores={rated[0].id: 80, rated[1].id: 70, rated[2].id: 90},
                                comment="目标完成好", interview_notes="已面谈", submit=True)
    by_name = {ln.name: ln for ln in result.scores}
    assert by_name["销售额 GMV 达成"].computed_score == Decimal("110.00")  # 550000/500000 × 100
    assert by_name["全店转化率"].computed_score == Decimal("80.00")  # 2.4/3 × 100
    assert by_name["专业技能"].computed_score == Decimal("83.00")  # 0.3×90 + 0.7×80
    assert by_name["沟通协作"].computed_score == Decimal("73.00")
    assert by_name["主动性与责任心"].computed_score == Decimal("93.00")
    att = by_name["考勤纪律"].computed_score
    # Σ w×s / 100 = (35×110 + 25×80 + 10×83 + 10×73 + 10×93 + 10×att) / 100
    expected = ((Decimal(35 * 110 + 25 * 80 + 830 + 730 + 930) + 10 * att) / 100).quantize(Decimal("0.01"))
    assert result.row.final_score == expected
    assert result.row.state == "calibration" and result.supervisor_comment == "目标完成好"
    assert "550000" in by_name["销售额 GMV 达成"].explanation or "550,000" in scores.explanation_text(
        by_name["销售额 GMV 达成"].explanation)


def test_alpha_zero_and_ledger_points(factory, shop):
    with factory.begin() as s:
        schemes.ensure_preset_schemes(s, actor=shop["owner"])
        view = next(v for v in schemes.list_schemes(s, actor=shop["owner"]) if v.preset == "designer")
        data = schemes.SchemeInput(view.name, list(view.indicators), self_weight=0, points_cap=3,
                                   role_ids=list(view.role_ids), preset="designer")
        schemes.update_scheme(s, actor=shop["owner"], scheme_id=view.id, data=data)
        ledger.add_entry(s, actor=shop["owner"], employee_id=shop["E103"], entry_date=date(2026, 10, 12),
                         kind="commendation", reason="双11主图获好评", points=5)
        ledger.add_entry(s, actor=shop["owner"], employee_id=shop["E103"], entry_date=date(2026, 9, 30),
                         kind="fine", reason="上月迟交", amount=Decimal("50"), points=-2)
    cycle_id = _open(factory, shop["owner"])
    with factory.begin() as s:
        comp.compute_cycle(s, actor=shop["owner"], cycle_id=cycle_id)
    detail = _appraisal(factory, shop["owner"], cycle_id, "E103")
    with factory.begin() as s:
        sid = {ln.name: ln.id for ln in detail.scores}
        s.get(AppraisalScore, sid["专业技能"]).self_score = Decimal(10)  # recorded, but α = 0: does not count
        result = ap.save_review(s, actor=shop["owner"], appraisal_id=detail.row.id,
                                scores={sid["专业技能"]: 90, sid["沟通协作"]: 90, sid["主动性与责任心"]: 90},
                                actuals={}, submit=True)
    by_name = {ln.name: ln for ln in result.scores}
    assert by_name["专业技能"].computed_score == Decimal("90.00")
    # no tasks due → 设计稿按时交付率 not applicable; 返工次数 has no KPI figure → incomplete
    assert result.row.final_score is None
    with factory.begin() as s:
        from shopteam.services.imports.kpi import set_kpi

        set_kpi(s, actor=shop["owner"], employee_id=shop["E103"], year=2026, month=10, indicator="revisions", value=2)
        comp.compute_cycle(s, actor=shop["owner"], cycle_id=cycle_id)
    detail = _appraisal(factory, shop["owner"], cycle_id, "E103")
    att = next(ln for ln in detail.scores if ln.method == "attendance").computed_score
    # weights without the tasks indicator: 20 (revisions 85) + 30 (rated 90) + 10 attendance = 60
    weighted = (Decimal(20 * 85 + 30 * 90) + 10 * att) / 60
    assert detail.points == Decimal("5.00")  # only October's entry
    assert detail.row.final_score == (weighted + 3).quantize(Decimal("0.01"))  # points capped at 3


def test_compute_pulls_boards_and_attendance(factory, shop):
    cycle_id = _open(factory, shop["owner"])
    with factory.begin() as s:
        board = Board(name="设计")
        s.add(board)
        s.flush()
        col = BoardColumn(board_id=board.id, name="完成", is_done=True)
        s.add(col)
        s.flush()
        for title, due, done in (("主图", date(2026, 10, 10), datetime(2026, 10, 9, 8, tzinfo=UTC)),
                                 ("详情页", date(2026, 10, 20), datetime(2026, 10, 22, 8, tzinfo=UTC)),
                                 ("海报", date(2026, 10, 25), None), ("九月", date(2026, 9, 25), None)):
            card = Card(board_id=board.id, column_id=col.id, title=title, due_date=due, done_at=done)
            s.add(card)
            s.flush()
            s.execute(card_assignee.insert().values(card_id=card.id, employee_id=shop["E103"]))
    with factory.begin() as s:
        rows = comp.compute_cycle(s, actor=shop["owner"], cycle_id=cycle_id)
    assert {r.employee_no for r in rows} == {"E100", "E101", "E102", "E103"}
    detail = _appraisal(factory, shop["owner"], cycle_id, "E103")
    tasks = next(ln for ln in detail.scores if ln.method == "tasks")
    assert tasks.computed_score == Decimal("33.33") and tasks.actual == 33.33  # 1 of 3 on time
    assert "1 of 3 tasks done on time" in scores.explanation_text(tasks.explanation)
    with factory() as s:
        summary = {r.employee_no: r for r in month_summary(s, actor=shop["owner"], year=2026, month=10)}
        att = next(ln for ln in detail.scores if ln.method == "attendance")
        stored = json.loads(s.get(AppraisalScore, att.id).explanation)["in"]
    m = summary["E103"]
    assert stored == {"late": m.late_count, "absence": m.absence_days, "missing": m.missing_punch_count}
    expected = max(0, 100 - 2 * m.late_count - 10 * m.absence_days - 2 * m.missing_punch_count)
    assert att.computed_score == Decimal(expected).quantize(Decimal("0.01"))


def _complete_cycle(factory, shop, cycle_id):
    with factory.begin() as s:
        from shopteam.services.imports.kpi import set_kpi

        for no, key, value in (("E100", "gmv", 500000), ("E100", "conversion", 3), ("E101", "gmv", 400000),
                               ("E101", "conversion", 3.3), ("E102", "response_time", 25),
                               ("E102", "conversion", 45), ("E102", "satisfaction", 4.85),
                               ("E103", "revisions", 0)):
            set_kpi(s, actor=shop["owner"], employee_id=shop[no], year=2026, month=10, indicator=key, value=value)
        comp.compute_cycle(s, actor=shop["owner"], cycle_id=cycle_id)
    for no in ("E100", "E101", "E102", "E103"):
        _score_all(factory, shop["owner"], _appraisal(factory, shop["owner"], cycle_id, no), value=85)


def test_finalise_locks_and_owner_reopens_audited(factory, shop):
    cycle_id = _open(factory, shop["owner"])
    with factory.begin() as s, pytest.raises(ValidationError) as err:
        ap.finalise_cycle(s, actor=shop["owner"], cycle_id=cycle_id)
    assert err.value.code == "cycle_incomplete"
    _complete_cycle(factory, shop, cycle_id)
    with factory.begin() as s, pytest.raises(PermissionDenied):
        ap.finalise_cycle(s, actor=shop["s101"], cycle_id=cycle_id)
    with factory.begin() as s:
        ap.finalise_cycle(s, actor=shop["mgr"], cycle_id=cycle_id)
    detail = _appraisal(factory, shop["owner"], cycle_id, "E101")
    assert detail.locked and detail.row.state == "finalised"
    for call in (lambda s: ap.save_review(s, actor=shop["owner"], appraisal_id=detail.row.id, comment="改"),
                 lambda s: ap.submit_self_assessment(s, actor=shop["s101"], appraisal_id=detail.row.id, scores={}),
                 lambda s: ap.adjust(s, actor=shop["owner"], appraisal_id=detail.row.id, score=99, reason="x")):
        with factory.begin() as s, pytest.raises(ap.AppraisalLocked) as err:
            call(s)
        assert "locked" in str(err.value)
    with factory.begin() as s, pytest.raises(PermissionDenied):
        ap.reopen_cycle(s, actor=shop["mgr"], cycle_id=cycle_id, reason="想改")
    with factory.begin() as s:
        ap.reopen_cycle(s, actor=shop["owner"], cycle_id=cycle_id, reason="KPI 数据更正")
    with factory() as s:
        log = s.scalars(select(AuditLog).where(AuditLog.action == "reopen")).one()
        assert log.entity == "appraisal_cycle" and "KPI 数据更正" in log.after and log.username == "boss"
        cycle = ap.find_cycle(s, year=2026, month=10)
    assert cycle.state == "calibration" and cycle.reopen_history[0]["reason"] == "KPI 数据更正"
    with factory.begin() as s:
        ap.save_review(s, actor=shop["owner"], appraisal_id=detail.row.id, comment="改过")


def test_calibration_adjust_and_forced_distribution(factory, shop):
    cycle_id = _open(factory, shop["owner"])
    _complete_cycle(factory, shop, cycle_id)
    with factory() as s:
        view = comp.calibration_view(s, actor=shop["owner"], cycle_id=cycle_id)
    scores = [r.score for r in view.rows]
    assert scores == sorted(scores, reverse=True) and [r.rank for r in view.rows] == [1, 2, 3, 4]
    assert sum(view.counts.values()) == 4 and view.limits["excellent"] == 20
    assert view.allowed["excellent"] == 0  # floor(4 × 20 %)
    top = view.rows[0]
    with factory.begin() as s, pytest.raises(ValidationError):
        ap.adjust(s, actor=shop["owner"], appraisal_id=top.appraisal_id, score=79, reason="  ")
    with factory.begin() as s:
        adjusted = ap.adjust(s, actor=shop["owner"], appraisal_id=top.appraisal_id, score=79.5, reason="强制分布")
    assert adjusted.row.calibrated_score == Decimal("79.50") and adjusted.row.effective_grade == "pass"
    assert adjusted.row.final_score == top.final_score
    with factory() as s:
        assert s.scalars(select(AuditLog).where(AuditLog.action == "calibrate")).one().summary.endswith("强制分布")
        view = comp.calibration_view(s, actor=shop["owner"], cycle_id=cycle_id)
    assert view.rows[-1].appraisal_id == top.appraisal_id or view.rows[-1].score <= Decimal("79.50")


def test_quarter_results_average_finalised_months(factory, shop):
    for month in (10, 11):
        cycle_id = _open(factory, shop["owner"], month=month)
        with factory.begin() as s:
            from shopteam.services.imports.kpi import set_kpi

            for a in s.scalars(select(Appraisal).where(Appraisal.cycle_id == cycle_id)):
                for line in a.scores:
                    if line.source == "kpi":
                        set_kpi(s, actor=shop["owner"], employee_id=a.employee_id, year=2026, month=month,
                                indicator=line.key, value=(line.target or 2))
            comp.compute_cycle(s, actor=shop["owner"], cycle_id=cycle_id)
        for no in ("E100", "E101", "E102", "E103"):
            _score_all(factory, shop["owner"], _appraisal(factory, shop["owner"], cycle_id, no),
                       value=80 if month == 10 else 90)
        with factory.begin() as s:
            ap.finalise_cycle(s, actor=shop["owner"], cycle_id=cycle_id)
    with factory() as s:
        results = {r.employee_no: r for r in comp.period_results(s, actor=shop["owner"], year=2026, quarter=4)}
        trend = comp.score_trend(s, actor=shop["s101"], employee_id=shop["E101"], year=2026, month=12)
        with pytest.raises(PermissionDenied):
            comp.score_trend(s, actor=shop["s101"], employee_id=shop["E102"], year=2026, month=12)
    r = results["E101"]
    assert set(r.monthly) == {"2026-10", "2026-11"}
    assert r.score == ((r.monthly["2026-10"] + r.monthly["2026-11"]) / 2).quantize(Decimal("0.01"))
    assert len(trend) == 12 and trend[-3][1] == r.monthly["2026-10"] and trend[-1][1] is None


# ---------------------------------------------------------------------------------------- KPI import


def _kpi_file(path, rows, header=("工号", "姓名", "指标", "数值")):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["10月 KPI 数据（生意参谋导出）"])
    ws.append(list(header))
    for row in rows:
        ws.append(list(row))
    wb.save(path)
    return path


def test_kpi_import_through_the_shared_pipeline(factory, shop, tmp_path):
    path = _kpi_file(tmp_path / "kpi.xlsx", [("E101", "李运营", "gmv", 520000), ("", "张客服", "conversion", "46%"),
                                             ("E999", "无名", "gmv", 1), ("E103", "赵美工", "revisions", "abc")])
    with factory.begin() as s:
        preview = preview_import(s, actor=shop["owner"], path=path, kind="kpi", period=(2026, 10))
        assert preview.kind == "kpi" and preview.counts == {"rows": 4, "new": 2, "duplicate": 0, "rejected": 2,
                                                          "matched_by_name": 0}
        problems = {r.row: r.reason for r in preview.rows if r.status == "rejected"}
        assert "Employee no." in problems[5] and "Value" in problems[6]
        summary = commit_import(s, actor=shop["owner"], preview=preview)
    assert summary.inserted == 2 and summary.rejected == 2
    with factory() as s:
        values = {(k.employee_id, k.indicator): k.value for k in s.scalars(select(KpiActual))}
        assert values == {(shop["E101"], "gmv"): 520000.0, (shop["E102"], "conversion"): 46.0}
    # again: duplicates skipped, then replaced
    with factory.begin() as s:
        preview = preview_import(s, actor=shop["owner"], path=path, kind="kpi", period=(2026, 10))
        assert preview.counts["duplicate"] == 2
        assert commit_import(s, actor=shop["owner"], preview=preview).skipped == 2
    # a period column wins over the caller's; staff may not import
    path2 = _kpi_file(tmp_path / "kpi2.xlsx", [("E101", "李运营", "gmv", 1, "2026年9月")],
                      header=("工号", "姓名", "指标", "数值", "期间"))
    with factory.begin() as s:
        preview = preview_import(s, actor=shop["owner"], path=path2)  # kind guessed from the headers
        assert preview.kind == "kpi" and preview.rows[0].values["period"] == "2026-09"
        commit_import(s, actor=shop["owner"], preview=preview)
    with factory() as s:
        assert s.scalar(select(KpiActual.month).where(KpiActual.value == 1)) == 9
    with factory.begin() as s, pytest.raises(PermissionDenied):
        preview_import(s, actor=shop["s101"], path=path, kind="kpi", period=(2026, 10))


def test_kpi_rows_need_a_period(factory, shop, tmp_path):
    path = _kpi_file(tmp_path / "kpi.xlsx", [("E101", "李运营", "gmv", 520000)])
    with factory.begin() as s:
        preview = preview_import(s, actor=shop["owner"], path=path, kind="kpi")
    assert preview.counts["rejected"] == 1 and "Row 3, Month: expected a month" in preview.rows[0].reason


def test_ledger_add_edit_list_audited(factory, shop):
    with factory.begin() as s:
        entry = ledger.add_entry(s, actor=shop["mgr"], employee_id=shop["E101"], entry_date=date(2026, 10, 3),
                                 kind="warning", reason="迟到三次", points=-3)
        with pytest.raises(ValidationError):
            ledger.add_entry(s, actor=shop["owner"], employee_id=shop["E101"], entry_date=date(2026, 10, 3),
                             kind="warning", reason="x", amount=Decimal("10"))
        with pytest.raises(PermissionDenied):
            ledger.add_entry(s, actor=shop["mgr"], employee_id=shop["E102"], entry_date=date(2026, 10, 3),
                             kind="commendation", reason="好评")
        ledger.edit_entry(s, actor=shop["owner"], entry_id=entry, points=-2)
    with factory() as s:
        assert [r.points for r in ledger.list_entries(s, actor=shop["s101"])] == [Decimal("-2.00")]
        assert ledger.list_entries(s, actor=shop["s102"]) == []
        actions = [a.action for a in s.scalars(select(AuditLog).where(AuditLog.entity == "ledger_entry"))]
    assert actions == ["create", "update"]
