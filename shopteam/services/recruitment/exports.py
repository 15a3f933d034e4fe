"""The candidates as a workbook (``shopteam export candidates``, the recruitment screen's Export): one row per
candidate with the columns the candidates import reads back (姓名, 电话, 应聘职位, 来源, 期望薪资, 简历, 投递日期,
备注) and the stage, headers in the document's language."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session

from shopteam.domain.audit_summary import ZH_WORDS
from shopteam.services.attendance.exports import RowsExport
from shopteam.services.context import Actor
from shopteam.services.language import document_language
from shopteam.services.permissions import RECRUITMENT, require
from shopteam.services.progress import NullProgress, Progress
from shopteam.services.recruitment.recruiting import list_candidates

HEADERS = {
    "zh_CN": ("姓名", "电话", "应聘职位", "来源", "期望薪资", "简历", "投递日期", "阶段", "备注"),
    "en": ("Name", "Phone", "Position", "Source", "Expected salary", "CV", "Applied on", "Stage", "Notes"),
}
SHEET = {"zh_CN": "候选人", "en": "Candidates"}
STAGE_EN = {"screening": "Screening", "first_interview": "First interview", "second_interview": "Second interview",
            "offer": "Offer", "hired": "Hired", "rejected": "Rejected"}


def export_candidates(session: Session, *, actor: Actor, path: str | Path, position_id: int | None = None,
                      language: str | None = None, progress: Progress | None = None) -> RowsExport:
    """Every candidate (or one position's) in stage order at ``path``; needs recruitment.manage."""
    from shopteam.io.table_export import write_xlsx

    require(actor, RECRUITMENT, "export candidates")
    progress = progress or NullProgress()
    lang = language or document_language(session)
    lang = "zh_CN" if lang == "zh_CN" else "en"
    rows = list_candidates(session, actor=actor, position_id=position_id)
    progress.check()
    stages = ZH_WORDS if lang == "zh_CN" else STAGE_EN
    table = [(c.name, c.phone, c.role, c.source, c.expected_salary, c.cv_path, c.applied_on,
              stages.get(c.stage, c.stage), c.notes) for c in rows]
    write_xlsx(path, HEADERS[lang], table, sheet_title=SHEET[lang],
               progress=lambda done, total: progress.report(done, total, "writing"))
    return RowsExport(str(path), len(rows))
