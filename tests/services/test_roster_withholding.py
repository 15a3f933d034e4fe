"""A person's withholding figures (contribution bases, 专项附加扣除) travel with the roster like the salary:
imported, exported, edited only with salary rights, hidden from those without, audited."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import openpyxl
import pytest

from shopteam import cli
from shopteam.db.models import AuditLog, Employee
from shopteam.domain.errors import PermissionDenied
from shopteam.services import accounts
from shopteam.services.audit import _row, search_audit
from shopteam.services.imports.pipeline import commit_import, preview_import
from shopteam.services.org import roster
from shopteam.services.org.roster import StaffInput

D = Decimal


def _roster_file(path, rows):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["工号", "姓名", "入职日期", "基本工资", "社保基数", "公积金基数", "专项附加扣除"])
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def test_imported_and_exported_with_the_roster(factory, owner, db_url, tmp_path, capsys):
    path = _roster_file(tmp_path / "roster.xlsx", [
        ["A001", "张三", date(2026, 3, 2), 8000, 8000, 6000, 3000],
        ["A002", "李四", date(2026, 3, 2), 5000, -1, None, None],
    ])
    with factory.begin() as s:
        preview = preview_import(s, actor=owner, path=path, kind="roster")
        summary = commit_import(s, actor=owner, preview=preview)
    assert (summary.inserted, summary.rejected) == (1, 1)
    (bad,) = [r for r in preview.rows if r.status == "rejected"]
    assert bad.reason == "Row 3, Social-insurance base: expected an amount of 0 or more, got “-1.00”."
    with factory() as s:
        emp = s.query(Employee).filter_by(employee_no="A001").one()
        assert (emp.social_insurance_base, emp.housing_fund_base, emp.additional_deduction) == (
            D("8000.00"), D("6000.00"), D("3000.00"))
    # again with other figures, replacing: updated and audited
    path = _roster_file(tmp_path / "again.xlsx", [["A001", "张三", date(2026, 3, 2), 8000, 9000, None, 1000]])
    with factory.begin() as s:
        commit_import(s, actor=owner, preview=preview_import(s, actor=owner, path=path, kind="roster"),
                      duplicates="replace")
    with factory() as s:
        emp = s.query(Employee).filter_by(employee_no="A001").one()
        assert (emp.social_insurance_base, emp.housing_fund_base, emp.additional_deduction) == (
            D("9000.00"), D("6000.00"), D("1000.00"))  # an empty cell leaves the figure as it was
        log = [r for r in search_audit(s, actor=owner, entity="employee") if r.action == "update"][0]
        assert log.after["social_insurance_base"] == "9000.00"
    out = tmp_path / "out.xlsx"
    assert cli.main(["export", "roster", "--out", str(out), "--lang", "zh_CN", "--db", db_url]) == 0
    sheet = openpyxl.load_workbook(out).active
    header = [c.value for c in sheet[1]]
    assert header[-3:] == ["社保基数", "公积金基数", "专项附加扣除"]
    values = dict(zip(header, [c.value for c in sheet[2]], strict=True))
    assert (values["社保基数"], values["公积金基数"], values["专项附加扣除"]) == (9000, 6000, 1000)


@pytest.fixture
def people(factory, owner):
    with factory.begin() as s:
        boss = roster.create_staff(s, actor=owner, data=StaffInput(
            employee_no="M01", name="王经理", hire_date=date(2025, 1, 6), status="active"))
        staff = roster.create_staff(s, actor=owner, data=StaffInput(
            employee_no="S01", name="李客服", hire_date=date(2025, 1, 6), manager_id=boss, status="active",
            social_insurance_base=D("6000"), additional_deduction=D("2000")))
        accounts.create_account(s, actor=owner, username="wang", password="secret123", level="manager",
                                employee_id=boss)
        manager = accounts.login(s, username="wang", password="secret123").actor
    return {"boss": boss, "staff": staff, "manager": manager}


def test_hidden_and_refused_without_salary_rights(factory, owner, people):
    manager = people["manager"]
    with factory() as s:
        detail = roster.get_staff(s, actor=manager, staff_id=people["staff"])
        assert (detail.social_insurance_base, detail.additional_deduction) == (None, None)
        (row,) = [r for r in roster.list_staff(s, actor=manager) if r.employee_no == "S01"]
        assert row.social_insurance_base is None
        assert roster.get_staff(s, actor=owner, staff_id=people["staff"]).social_insurance_base == D("6000.00")
    with factory.begin() as s, pytest.raises(PermissionDenied):
        roster.update_staff(s, actor=manager, staff_id=people["staff"], expected_version=1, data=StaffInput(
            employee_no="S01", name="李客服", hire_date=date(2025, 1, 6), manager_id=people["boss"],
            housing_fund_base=D("1")))
    with factory() as s:  # the audit log hides them like salaries from someone who may not see salaries
        log = s.query(AuditLog).filter_by(entity="employee", entity_id=people["staff"]).one()
        shown = _row(log, show_salaries=False)
        assert shown.after["social_insurance_base"] == "***" and shown.after["additional_deduction"] == "***"
