"""Candidates from and to Excel (issue 13): the shared import pipeline's 'candidates' kind, the export,
the round trip and the command line."""

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from shopteam import cli
from shopteam.db.models import AuditLog
from shopteam.db.models.people import Candidate
from shopteam.domain import clock
from shopteam.domain.errors import PermissionDenied
from shopteam.services import accounts, org
from shopteam.services.imports.candidates import resolve_position
from shopteam.services.imports.pipeline import commit_import, preview_import
from shopteam.services.progress import Cancelled
from shopteam.services.recruitment import recruiting
from shopteam.services.recruitment.exports import export_candidates
from shopteam.services.recruitment.recruiting import CandidateInput

SAMPLE = Path(__file__).parents[1] / "data" / "recruitment" / "candidates_boss.xlsx"
TODAY = date(2026, 12, 7)
pytestmark = pytest.mark.both_backends


@pytest.fixture
def shop(factory, owner):
    clock.set_today(TODAY)
    with factory.begin() as s:
        dep = org.create_department(s, actor=owner, name="客服部")
        role = org.create_role(s, actor=owner, name="客服专员", department_id=dep)
        pid = recruiting.open_position(s, actor=owner, role_id=role, headcount=2)
        accounts.create_account(s, actor=owner, username="li", password="secret123", level="staff")
    with factory.begin() as s:
        staff = accounts.login(s, username="li", password="secret123").actor
    return {"position": pid, "role": role, "staff": staff}


def _candidates(s):
    return {c.name: c for c in s.scalars(select(Candidate).order_by(Candidate.id))}


def test_the_sample_workbook_imports_its_good_rows_and_names_the_bad_ones(factory, owner, shop):
    with factory() as s:
        preview = preview_import(s, actor=owner, path=SAMPLE, kind="candidates")
    assert preview.kind == "candidates"
    assert preview.counts == {"rows": 7, "new": 4, "duplicate": 0, "rejected": 3, "matched_by_name": 0}
    reasons = {row.row: row.reason for row in preview.rows if row.status == "rejected"}
    assert reasons[8] == ("Row 8, Expected salary: expected an amount such as 8000, 8k or 8,000元, got “面议”. "
                          "Row 8, Phone: expected a phone number, got “12345”.")
    assert reasons[9] == "Row 9, Phone: expected one row per phone number (row 4 has it), got “13800138000”."
    assert reasons[10] == "Row 10, Role: expected the role of an open position (客服专员), got “美工”."
    with factory.begin() as s:
        summary = commit_import(s, actor=owner, preview=preview)
    assert (summary.inserted, summary.skipped, summary.rejected) == (4, 0, 3)
    with factory() as s:
        got = {name: (c.phone, c.source, c.expected_salary, c.applied_on, c.cv_path, c.notes, c.stage, c.position_id)
               for name, c in _candidates(s).items()}
        assert got == {
            "张伟": ("13800138000", "BOSS直聘", Decimal("8000.00"), date(2026, 12, 1), "cv/张伟.pdf", "有电商客服经验",
                   "screening", shop["position"]),
            "王芳": ("13900139000", "58同城", Decimal("8000.00"), date(2026, 12, 2), "", "", "screening",
                   shop["position"]),
            "刘洋": ("13700137000", "内部推荐", Decimal("8000.00"), date(2026, 12, 3), "", "老员工推荐", "screening",
                   shop["position"]),
            "陈静": ("13600136000", "智联招聘", Decimal("7500.00"), TODAY, "", "", "screening", shop["position"]),
        }
        actions = [a.action for a in s.scalars(select(AuditLog).where(
            AuditLog.entity.in_(("recruit_candidate", "import_candidates"))).order_by(AuditLog.id))]
        assert actions == ["create"] * 4 + ["import"]


def test_a_phone_already_a_candidates_is_a_duplicate_skipped_or_replaced(factory, owner, shop):
    with factory.begin() as s:
        recruiting.add_candidate(s, actor=owner, position_id=shop["position"], data=CandidateInput(
            name="张伟", phone="138 0013 8000", source="58同城", applied_on=date(2026, 11, 20)))
    with factory() as s:
        preview = preview_import(s, actor=owner, path=SAMPLE, kind="candidates")
    assert (preview.counts["new"], preview.counts["duplicate"]) == (3, 1)
    with factory.begin() as s:
        summary = commit_import(s, actor=owner, preview=preview, duplicates="skip")
    assert (summary.inserted, summary.skipped) == (3, 1)
    with factory() as s:
        assert _candidates(s)["张伟"].source == "58同城"
        preview = preview_import(s, actor=owner, path=SAMPLE, kind="candidates")
    assert preview.counts["duplicate"] == 4
    with factory.begin() as s:
        summary = commit_import(s, actor=owner, preview=preview, duplicates="replace")
    assert (summary.inserted, summary.replaced) == (0, 4)
    with factory() as s:
        assert s.scalar(select(func.count()).select_from(Candidate)) == 4
        zhang = _candidates(s)["张伟"]
        assert (zhang.source, zhang.expected_salary, zhang.applied_on) == ("BOSS直聘", Decimal("8000.00"),
                                                                          date(2026, 12, 1))


def test_a_cancelled_import_writes_nothing_and_staff_may_not_import(factory, owner, shop):
    class CancelAtOnce:
        def report(self, *a):
            pass

        def check(self):
            raise Cancelled()

    with factory() as s:
        preview = preview_import(s, actor=owner, path=SAMPLE, kind="candidates")
    with pytest.raises(Cancelled), factory.begin() as s:
        commit_import(s, actor=owner, preview=preview, progress=CancelAtOnce())
    with factory() as s:
        assert s.scalar(select(func.count()).select_from(Candidate)) == 0
        with pytest.raises(PermissionDenied):
            preview_import(s, actor=shop["staff"], path=SAMPLE, kind="candidates")
        with pytest.raises(PermissionDenied):
            export_candidates(s, actor=shop["staff"], path="never.xlsx")


def test_a_file_without_a_position_column_takes_the_position_given(factory, owner, shop, tmp_path):
    from openpyxl import Workbook

    wb = Workbook()
    wb.active.append(["Name", "Phone", "Source", "Expected salary", "CV"])
    wb.active.append(["Li Lei", "13300133000", "Referral", "8.5k", "cv/li.pdf"])
    wb.save(tmp_path / "en.xlsx")
    with factory() as s:
        preview = preview_import(s, actor=owner, path=tmp_path / "en.xlsx")  # the kind is found from the headers
        assert preview.kind == "candidates"
        assert preview.rows[0].reason == ("Row 2, Role: expected the role of an open position (or a position chosen "
                                          "for the whole file), the cell is empty.")
        position = resolve_position(s, actor=owner, text="客服专员")
        assert position == resolve_position(s, actor=owner, text=str(shop["position"])) == shop["position"]
        preview = preview_import(s, actor=owner, path=tmp_path / "en.xlsx", position_id=position)
    with factory.begin() as s:
        assert commit_import(s, actor=owner, preview=preview).inserted == 1
    with factory() as s:
        li = _candidates(s)["Li Lei"]
        assert (li.source, li.expected_salary, li.cv_path) == ("Referral", Decimal("8500.00"), "cv/li.pdf")


def test_export_then_import_gives_the_same_rows(factory, owner, shop, tmp_path):
    with factory.begin() as s:
        commit_import(s, actor=owner, preview=preview_import(s, actor=owner, path=SAMPLE, kind="candidates"))
    first = tmp_path / "first.xlsx"
    with factory() as s:
        result = export_candidates(s, actor=owner, path=first, language="zh_CN")
    assert result.rows == 4
    sheet = load_workbook(first).active
    assert [c.value for c in sheet[1]] == ["姓名", "电话", "应聘职位", "来源", "期望薪资", "简历", "投递日期", "阶段", "备注"]
    assert [c.value for c in sheet[2]][:5] == ["张伟", "13800138000", "客服专员", "BOSS直聘", 8000]
    assert sheet.cell(2, 8).value == "筛选"
    with factory.begin() as s:  # start again from an empty list and import the export
        for c in s.scalars(select(Candidate)):
            s.delete(c)
    with factory.begin() as s:
        summary = commit_import(s, actor=owner, preview=preview_import(s, actor=owner, path=first))
    assert (summary.inserted, summary.rejected) == (4, 0)
    second = tmp_path / "second.xlsx"
    with factory() as s:
        export_candidates(s, actor=owner, path=second, language="zh_CN")

    def rows(path):
        return [[c.value for c in row] for row in load_workbook(path).active.iter_rows()]

    assert rows(second) == rows(first)


@pytest.mark.sqlite_only
def test_cli_import_and_export_candidates(engine, factory, owner, shop, tmp_path, capsys, db_url, monkeypatch):
    monkeypatch.delenv("SHOPTEAM_DB", raising=False)
    engine.dispose()
    assert cli.main(["--db", db_url, "import", "candidates", str(SAMPLE), "--position", "客服专员", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["kind"], data["inserted"], data["rejected"]) == ("candidates", 4, 3)
    assert data["rejected_rows"][0]["row"] == 8
    assert data["rejected_rows"][0]["problems"][1] == {"field": "phone", "expected": "a phone number",
                                                       "value": "12345"}
    out = tmp_path / "out.xlsx"
    assert cli.main(["--db", db_url, "--lang", "en", "export", "candidates", "--out", str(out)]) == 0
    assert "4 rows written" in capsys.readouterr().out
    assert [c.value for c in load_workbook(out).active[1]][:3] == ["Name", "Phone", "Position"]
