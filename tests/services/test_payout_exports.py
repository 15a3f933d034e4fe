"""The payout's files as services (services/payout/exports): the same run, shop name and language for the
window and the command line; what the actor may see is what is written."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook

from shopteam.domain.errors import NotFoundError
from shopteam.services.payout import runs as payout
from shopteam.services.payout.exports import export_payout, export_payslips
from tests.services.payout_shop import MONTH, YEAR, make_month


@pytest.fixture
def shop(factory, owner):
    return make_month(factory, owner)


def _cells(path):
    book = load_workbook(path)
    return [str(c.value) for sheet in book for row in sheet.iter_rows() for c in row if c.value is not None]


def test_export_before_the_run_is_computed_is_not_found(factory, owner, shop, tmp_path):
    with factory() as s, pytest.raises(NotFoundError):
        export_payout(s, actor=owner, year=YEAR, month=MONTH, path=tmp_path / "x.xlsx")
    assert not (tmp_path / "x.xlsx").exists()


def test_run_workbook_and_payslips_of_what_the_actor_sees(factory, owner, shop, tmp_path):
    with factory.begin() as s:
        payout.compute_run(s, actor=owner, year=YEAR, month=MONTH)
    with factory() as s:
        whole = export_payout(s, actor=owner, year=YEAR, month=MONTH, path=tmp_path / "run.xlsx", language="zh_CN")
        own = export_payslips(s, actor=shop["s101"], year=YEAR, month=MONTH, path=tmp_path / "slip.xlsx",
                              language="en")
    assert (whole.people, own.people) == (4, 1)
    assert own.to_dict() == {"ok": True, "file": str(tmp_path / "slip.xlsx"), "people": 1}
    run_cells, slip_cells = _cells(tmp_path / "run.xlsx"), _cells(tmp_path / "slip.xlsx")
    assert "张客服" in " ".join(run_cells) and "应发合计" in run_cells
    assert "张客服" not in " ".join(slip_cells) and "李运营" in " ".join(slip_cells)


def _team_pool(factory, owner, shop):
    from decimal import Decimal

    from sqlalchemy import select

    from shopteam.db.models.appraisal import Appraisal, AppraisalCycle
    from shopteam.services.payout import pools

    with factory.begin() as s:
        cycle = s.scalar(select(AppraisalCycle).where(AppraisalCycle.year == YEAR, AppraisalCycle.month == MONTH))
        for no in ("E100", "E102"):
            s.add(Appraisal(cycle_id=cycle.id, employee_id=shop[no], final_score=Decimal("85.00"), grade="good",
                            state="finalised"))
    with factory.begin() as s:
        return pools.save_draft(s, actor=owner, kind="team", year=YEAR, month=MONTH, amount="100.00",
                                pay_year=YEAR, pay_month=MONTH)


class _CancelledProgress:
    def report(self, done, total, text=""):
        pass

    def check(self):
        from shopteam.services.progress import Cancelled

        raise Cancelled()


def test_pool_workbook_for_the_window_and_the_command_line(factory, owner, shop, tmp_path):
    from decimal import Decimal

    from shopteam.services.payout.exports import export_pool

    pool = _team_pool(factory, owner, shop)
    with factory() as s:
        english = export_pool(s, actor=owner, pool_id=pool.id, path=tmp_path / "en.xlsx", language="en")
        shops = export_pool(s, actor=owner, pool_id=pool.id, path=tmp_path / "zh.xlsx")  # the shop's language
    assert english.to_dict() == {"ok": True, "file": str(tmp_path / "en.xlsx"), "people": 4, "total": "100.00"}
    assert shops.total == Decimal("100.00") and shops.people == 4
    en_sheet, zh_sheet = load_workbook(tmp_path / "en.xlsx").active, load_workbook(tmp_path / "zh.xlsx").active
    assert [c.value for c in en_sheet[2]][:3] == ["Employee no.", "Name", "Department"]
    assert [c.value for c in zh_sheet[2]][:3] == ["工号", "姓名", "部门"]
    assert [(r[0], r[9]) for r in zh_sheet.iter_rows(min_row=3, max_row=6, values_only=True)] == [
        ("E100", 33.34), ("E101", 33.33), ("E102", 33.33), ("E103", 0)]


def test_pool_export_checks_permission_existence_and_cancel(factory, owner, shop, tmp_path):
    from shopteam.domain.errors import PermissionDenied
    from shopteam.services.payout.exports import export_pool
    from shopteam.services.progress import Cancelled

    pool = _team_pool(factory, owner, shop)
    with factory() as s:
        with pytest.raises(PermissionDenied):
            export_pool(s, actor=shop["s101"], pool_id=pool.id, path=tmp_path / "staff.xlsx")
        with pytest.raises(NotFoundError):
            export_pool(s, actor=owner, pool_id=999, path=tmp_path / "none.xlsx")
        with pytest.raises(Cancelled):
            export_pool(s, actor=owner, pool_id=pool.id, path=tmp_path / "stop.xlsx", progress=_CancelledProgress())
    assert not any((tmp_path / n).exists() for n in ("staff.xlsx", "none.xlsx", "stop.xlsx"))
