"""The payout's files: the run workbook, the payslips and a bonus pool's workbook, for the window and the
command line alike.

Each export looks up what it needs itself (the run as the actor may see it, the shop's name, the language
of the document) so neither caller writes that flow again. The PDF payslips are drawn by
``reports.payslips.export_payslips_pdf`` (reports sit above services), from the same ``payslip_document``.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from sqlalchemy.orm import Session

from shopteam.domain.errors import NotFoundError
from shopteam.services.context import Actor
from shopteam.services.language import document_language, shop_identity
from shopteam.services.payout.pools import get_pool
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


@dataclass(frozen=True)
class PoolExport:
    """A bonus pool's workbook written (JSON: ok, file, people, total)."""
    file: str
    people: int
    total: Decimal

    def to_dict(self) -> dict:
        return {"ok": True, "file": self.file, "people": self.people, "total": f"{self.total:.2f}"}


def export_pool(session: Session, *, actor: Actor, pool_id: int, path: str | Path, language: str | None = None,
                progress: Progress | None = None) -> PoolExport:
    """The bonus pool's shares (``pools.get_pool``: its permission check, NotFoundError for an unknown id) as a
    workbook at ``path``, in ``language`` (else the shop's)."""
    from shopteam.io.pool_export import write_pool_xlsx

    pool = get_pool(session, actor=actor, pool_id=pool_id)
    shop = shop_identity(session)
    (progress or NullProgress()).check()
    write_pool_xlsx(pool, path, lang=language or document_language(session), shop_name=shop.name)
    return PoolExport(str(path), len(pool.shares), pool.total)
