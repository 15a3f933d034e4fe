"""The weekly meeting record on A4 (reports/meeting_sheet): what each page says (people's names, their
summaries and plans, the issues, decisions and action items, the signature line), a part taller than a
page continued on the next one, no line outside its page or below the footer line, the Chinese font
embedded in the PDF; in Chinese and in English; and ``shopteam export meeting`` (PDF or Excel by suffix)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from datetime import date

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QSizeF

from shopteam import cli
from shopteam.db.models import Department, Employee
from shopteam.domain import clock
from shopteam.domain.errors import PermissionDenied
from shopteam.services import accounts
from shopteam.services.meetings import meeting as meetings

TODAY = date(2026, 11, 6)  # Friday of 2026-W45
POPPLER = shutil.which("pdftotext") and shutil.which("pdffonts")
LONG_ZH = ("- 直播复盘：观看人数 1.2 万，转化率 3.4%，比目标低 0.6 个百分点，原因是开播前预热不足、福袋规则说明不清楚，"
           "下次提前三天发预告并把规则写在直播间置顶")


@pytest.fixture
def meeting(factory, owner):
    """The shop's meeting of 2026-W45: 小李 (运营部) with a long summary, 小张 absent, 小赵 (客服部) with a
    summary taller than a page; an issue, a risk, a decision, two action items."""
    clock.set_today(TODAY)
    with factory.begin() as s:
        ops, cs = Department(name="运营部"), Department(name="客服部")
        s.add_all([ops, cs])
        s.flush()
        ids = {}
        for no, name, dep in (("E001", "小李", ops), ("E002", "小张", ops), ("E003", "小赵", cs)):
            emp = Employee(employee_no=no, name=name, department_id=dep.id, hire_date=date(2025, 1, 1))
            s.add(emp)
            s.flush()
            ids[name] = emp.id
        mid = meetings.create_meeting(s, actor=owner, week="2026-W45")
        parts = {p.name: p for p in meetings.read_meeting(s, actor=owner, meeting_id=mid).parts}
        meetings.edit_part(s, actor=owner, part_id=parts["小李"].id, summary="本周完成：\n- 双十一主图全部上线\n" + LONG_ZH,
                           plan="- 双十二预热文案（截止 2026-11-12）")
        tall = "\n".join(f"第{n}项：整理差评原因并逐条回复，记录在客服知识库里" for n in range(1, 81))
        meetings.edit_part(s, actor=owner, part_id=parts["小赵"].id, summary=tall, plan="继续回复差评")
        meetings.set_attended(s, actor=owner, part_id=parts["小张"].id, attended=False)
        meetings.add_item(s, actor=owner, meeting_id=mid, kind="issue", text="晚上 9 点后客服响应超过 60 秒")
        meetings.add_item(s, actor=owner, meeting_id=mid, kind="risk", text="爆款 A 库存只剩 300 件")
        meetings.add_item(s, actor=owner, meeting_id=mid, kind="decision", text="增加一名晚班客服")
        meetings.add_action(s, actor=owner, meeting_id=mid, text="联系供应商加急补货", owner_id=ids["小李"],
                            due_date=date(2026, 11, 10))
        meetings.add_action(s, actor=owner, meeting_id=mid, text="排出晚班表", owner_id=ids["小赵"],
                            due_date=date(2026, 11, 9))
    return {"id": mid, **ids}


def _layout(factory, owner, meeting_id, lang):
    from shopteam.reports.meeting_sheet import _Fonts, layout_record, record_font

    with factory() as s:
        detail = meetings.read_meeting(s, actor=owner, meeting_id=meeting_id)
    size = QSizeF(680, 1010)  # about A4's printable area (15/12 mm margins) in layout units
    return layout_record(detail, "测试小店", size, _Fonts(record_font()), lang), size


def _embedded_fonts(data: bytes) -> list[str]:
    """The names of the fonts whose descriptor carries the font file (a font not embedded has none)."""
    descriptors = re.findall(rb"<<[^<>]*/FontDescriptor[^<>]*>>", data)
    assert descriptors
    assert all(b"/FontFile2" in d or b"/FontFile3" in d for d in descriptors), descriptors
    return [re.search(rb"/FontName\s*/(\S+)", d).group(1).decode() for d in descriptors]


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_the_pages_say_everything_and_nothing_is_cut_off(qapp, factory, owner, meeting, lang):
    zh = lang == "zh_CN"
    pages, size = _layout(factory, owner, meeting["id"], lang)
    assert len(pages) >= 3  # 小赵's 80 lines do not fit one page
    first, text = pages[0].texts(), "\n".join("\n".join(p.texts()) for p in pages)
    assert first[0] == ("周例会记录" if zh else "Weekly meeting record")
    assert "测试小店" in first and ("全店" if zh else "The whole shop") in first
    assert ("2026-W45（2026-11-02 至 2026-11-08）" if zh else "2026-W45 (2026-11-02 to 2026-11-08)") in first
    assert ("出席（2 人）：小李、小赵" if zh else "Attended (2): 小李, 小赵") in first
    assert ("缺席（1 人）：小张" if zh else "Absent (1): 小张") in first
    for heading in (("个人汇报", "本周总结", "下周计划", "问题与风险", "决议", "待办事项", "负责人", "截止日期")
                    if zh else ("Parts", "This week's summary", "Next week's plan", "Issues and risks", "Decisions",
                                "Action items", "Owner", "Due date")):
        assert heading in text
    for name in ("小李", "小张", "小赵", "E001", "运营部", "客服部"):
        assert name in first
    assert "- 双十一主图全部上线" in first and "- 双十二预热文案（截止 2026-11-12）" in first
    assert LONG_ZH not in first and LONG_ZH.replace(" ", "") in "".join(first).replace(" ", "")  # wrapped, kept
    assert ("（缺席）" if zh else "(absent)") in first
    for n in range(1, 81):  # the tall part: every line once, the rest on the next pages under the header
        assert text.count(f"第{n}项：") == 1
    assert ("小赵（续）" if zh else "小赵 (cont.)") in pages[1].texts()
    assert pages[1].texts()[0] == ("姓名" if zh else "Name")
    last = pages[-1].texts()
    for needle in ("晚上 9 点后客服响应超过 60 秒", "爆款 A 库存只剩 300 件", "增加一名晚班客服", "联系供应商加急补货",
                   "E003 小赵", "2026-11-09"):
        assert needle in text
    assert any(t.startswith("主持人签字" if zh else "Chaired by") for t in last)
    for n, page in enumerate(pages, 1):
        assert page.texts()[-1] == (f"第 {n} / {len(pages)} 页" if zh else f"Page {n} of {len(pages)}")
        footer_top = page.lines[-1].rect.top()
        body = page.lines[:-2]
        assert all(0 <= line.rect.top() and line.rect.bottom() <= footer_top for line in body)
        assert all(box.rect.bottom() <= footer_top + 0.01 for box in page.boxes)
        assert all(0 <= line.rect.left() and line.rect.right() <= size.width() + 0.01 for line in page.lines)


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_pdf_with_the_fonts_embedded(qapp, factory, owner, meeting, tmp_path, lang):
    from shopteam.reports.meeting_sheet import export_meeting_pdf

    out = tmp_path / "meeting.pdf"
    with factory() as s:
        result = export_meeting_pdf(s, actor=owner, meeting_id=meeting["id"], path=out, language=lang)
    data = out.read_bytes()
    assert data.startswith(b"%PDF") and result.to_dict() == {"ok": True, "file": str(out), "pages": result.pages}
    assert result.pages == len(re.findall(rb"/Type\s*/Page[^s]", data)) >= 3
    assert any("Droid" in f or "CJK" in f or "Hei" in f for f in _embedded_fonts(data))
    if not POPPLER:
        pytest.skip("poppler-utils (pdftotext) not installed: the text is checked on the layout only")
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    for needle in ("小李", "小张", "小赵", "双十一主图全部上线", "继续回复差评", "联系供应商加急补货",
                   "周例会记录" if lang == "zh_CN" else "Weekly meeting record"):
        assert needle in text


def test_only_who_may_see_the_meeting_prints_it(qapp, factory, owner, meeting, tmp_path):
    from shopteam.reports.meeting_sheet import export_meeting_pdf

    with factory.begin() as s:
        outsider = Employee(employee_no="E009", name="外人", hire_date=date(2025, 1, 1))
        s.add(outsider)
        s.flush()
        accounts.create_account(s, actor=owner, username="out", password="secret123", level="staff",
                                employee_id=outsider.id)
    with factory.begin() as s:
        staff = accounts.login(s, username="out", password="secret123").actor
    with factory() as s, pytest.raises(PermissionDenied):
        export_meeting_pdf(s, actor=staff, meeting_id=meeting["id"], path=tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


def test_cli_export_meeting_pdf_or_excel_by_suffix(qapp, factory, owner, meeting, db_url, tmp_path, capsys,
                                                   monkeypatch):
    monkeypatch.delenv("SHOPTEAM_DB", raising=False)
    out = tmp_path / "w45.pdf"
    assert cli.main(["export", "meeting", "--week", "2026-W45", "--out", str(out), "--db", db_url, "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["ok"] and result["file"] == str(out) and result["pages"] >= 3
    assert out.read_bytes().startswith(b"%PDF")
    book = tmp_path / "w45.xlsx"
    assert cli.main(["export", "meeting", "--week", "2026w45", "--out", str(book), "--db", db_url,
                     "--lang", "zh_CN"]) == 0
    assert capsys.readouterr().out.strip() == f"周例会已写入 {book}"
    assert load_workbook(book)["个人汇报"]["B3"].value == "小李"

    assert cli.main(["export", "meeting", "--out", str(out), "--db", db_url, "--json"]) == 1
    assert json.loads(capsys.readouterr().out)["error"]["code"] == "usage"
    assert cli.main(["export", "meeting", "--week", "2026-W45", "--department", "运营部", "--out", str(out),
                     "--db", db_url, "--json"]) != 0
    error = json.loads(capsys.readouterr().out)["error"]
    assert error["code"] == "not_found" and "运营部" in error["message"]
