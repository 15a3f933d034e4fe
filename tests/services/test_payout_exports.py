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
