"""The import wizard (PRODUCT §3.7): file → sheet → mapping → preview → duplicates → commit → summary.

Reading, checking and writing run in the background through ``ui.tasks.run_task``; while work runs,
the wizard's Cancel cancels the work (a cancelled commit rolls back) instead of closing the wizard.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget, QWizard

from shopteam.ui.context import AppContext
from shopteam.ui.imports.result_pages import CommitPage, DuplicatesPage, PreviewPage, SummaryPage
from shopteam.ui.imports.setup_pages import FilePage, MappingPage, SheetPage


class ImportWizard(QWizard):
    PAGE_FILE, PAGE_SHEET, PAGE_MAPPING, PAGE_PREVIEW, PAGE_DUPLICATES, PAGE_COMMIT, PAGE_SUMMARY = range(7)

    imported = Signal(object)  # the ImportSummary, once the commit succeeded
    errors_saved = Signal(str)  # the path of a saved error workbook

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, kind: str | None = None,
                 position_id: int | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Import"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.task = None  # the background work running now, if any
        self.closing = False
        self.read_key: tuple[str, str, int] | None = None  # (path, kind choice, year) of the preview
        self.preview = None  # the ImportPreview of the file, sheet and mapping chosen
        self.summary = None
        self.match_by_name = False  # the preview matches rows with an unknown employee no. by their name
        self.position_id = position_id  # candidates: the open position of rows without an 应聘职位

        self.file_page = FilePage()
        self.file_page.set_kind(kind)
        self.sheet_page = SheetPage()
        self.mapping_page = MappingPage()
        self.preview_page = PreviewPage()
        self.duplicates_page = DuplicatesPage()
        self.commit_page = CommitPage()
        self.summary_page = SummaryPage()
        for page_id, page in ((self.PAGE_FILE, self.file_page), (self.PAGE_SHEET, self.sheet_page),
                              (self.PAGE_MAPPING, self.mapping_page), (self.PAGE_PREVIEW, self.preview_page),
                              (self.PAGE_DUPLICATES, self.duplicates_page), (self.PAGE_COMMIT, self.commit_page),
                              (self.PAGE_SUMMARY, self.summary_page)):
            self.setPage(page_id, page)
        self.setStartId(self.PAGE_FILE)
        self.resize(900, 620)

    def set_preview(self, preview, detected: bool) -> None:
        self.preview = preview
        if detected:
            self.mapping_page.mapping = None  # start again from what was detected (or remembered)

    def kpi_period(self) -> tuple[int, int]:
        """The month of KPI rows without one of their own, as chosen on the mapping page."""
        return self.mapping_page.period()

    def duplicates_policy(self) -> str:
        return self.duplicates_page.policy()

    def committed(self, summary) -> None:
        self.summary = summary
        self.imported.emit(summary)

    def reject(self) -> None:
        """Cancel cancels running work first; the wizard closes once the work has stopped."""
        if self.task is not None:
            self.task.progress.cancel()
            return
        super().reject()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self.task is not None:
            self.task.progress.cancel()
            self.closing = True
            event.ignore()
            return
        super().closeEvent(event)
