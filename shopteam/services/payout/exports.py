"""The payout's files: the run workbook and the payslips, for the window and the command line alike.

Each export looks up what it needs itself (the run as the actor may see it, the shop's name, the language
of the document) so neither caller writes that flow again. The PDF payslips are drawn by
``reports.payslips.export_payslips_pdf`` (reports sit above services), from the same ``payslip_document``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from shopteam.domain.errors import NotFoundError
from shopteam.services.context import Actor
from shopteam.services.language import document_language, shop_identity
from shopteam.services.payout.runs import RunView, get_run
from shopteam.services.progress import NullProgress, Progress


@dataclass(frozen=True)
class PayoutDocument:
    """What a payout file is written from: the run as the actor sees it, the shop's name, the language."""
    view: RunView
    shop_name: str
    language: str


@dataclass(frozen=True)
class PayoutExport:
    file: str
    people: int
    pages: int | None = None  # the payslips PDF

    def to_dict(self) -> dict:
        data = {"ok": True, "file": self.file, "people": self.people}
        if self.pages is not None:
            data["pages"] = self.pages
        return data


def payslip_document(session: Session, *, actor: Actor, year: int, month: int,
                     language: str | None = None) -> PayoutDocument:
    """The month's run as ``actor`` may see it (NotFoundError before it is computed), the shop's name and
    ``language`` (else the shop's)."""
    view = get_run(session, actor=actor, year=year, month=month)
    if view is None:
        raise NotFoundError(what="Payout", key=f"{year}-{month:02d}")
    return PayoutDocument(view, shop_identity(session).name, language or document_language(session))


def export_payout(session: Session, *, actor: Actor, year: int, month: int, path: str | Path,
                  language: str | None = None, progress: Progress | None = None) -> PayoutExport:
    """The run's workbook (总表 and 明细) at ``path``."""
    from shopteam.io.payout_export import write_run_xlsx

    doc = payslip_document(session, actor=actor, year=year, month=month, language=language)
    progress = progress or NullProgress()
    write_run_xlsx(doc.view, path, lang=doc.language, shop_name=doc.shop_name, progress=progress.report)
    return PayoutExport(str(path), len(doc.view.rows))


def export_payslips(session: Session, *, actor: Actor, year: int, month: int, path: str | Path,
                    language: str | None = None, progress: Progress | None = None) -> PayoutExport:
    """The payslips as a workbook at ``path``, one strip per person."""
    from shopteam.io.payout_export import write_payslips_xlsx

    doc = payslip_document(session, actor=actor, year=year, month=month, language=language)
    (progress or NullProgress()).check()
    write_payslips_xlsx(doc.view, path, lang=doc.language, shop_name=doc.shop_name)
    return PayoutExport(str(path), len(doc.view.rows))
