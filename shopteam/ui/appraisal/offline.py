"""Offline scoring on the Appraisal page: "Export for offline scoring…" writes the month's sheets (the
department chosen on the page, or everyone the user may score) to an Excel workbook; "Import scores…" reads
a filled-in workbook back. Both run in the background (ui/tasks.run_task) with a progress dialog; the import
is one transaction, so Cancel or any problem leaves the database as it was. A refused file's problems are
listed in a dialog, one line per sheet and cell."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QMenu,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from shopteam.services.appraisal import offline as off
from shopteam.services.permissions import APPRAISAL_SCORE, can
from shopteam.ui.i18n import chosen_language
from shopteam.ui.messages import describe
from shopteam.ui.tasks import Cancelled, run_task
from shopteam.ui.widgets.export import ask_open_path, ask_save_path, run_export

EXPORT_DIR_KEY = "appraisal/export_dir"  # the appraisal page's PDFs go there too


def _export_job(progress, factory, actor, cycle_id: int, department: str | None, path: str,
                language: str) -> off.ExportResult:
    with factory() as s:
        return off.export_sheets(s, actor=actor, cycle_id=cycle_id, path=path, department=department,
                                 language=language, progress=progress)


def _import_job(progress, factory, actor, cycle_id: int, path: str, submit: bool) -> off.ImportResult:
    with factory.begin() as s:
        return off.import_sheets(s, actor=actor, path=path, cycle_id=cycle_id, submit=submit, progress=progress)


class ImportProblemsDialog(QDialog):
    """Why a workbook was refused: the summary and one line per problem (copyable)."""

    def __init__(self, error: BaseException, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Scores not imported"))
        self.summary = QLabel(describe(error))
        self.summary.setObjectName("problems_summary")
        self.summary.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("problems_list")
        self.list.setWordWrap(True)
        self.list.addItems([describe(p) for p in getattr(error, "problems", ())])
        hint = QLabel(self.tr("Correct these cells in the workbook, save it and import it again. "
                              "Nothing was changed."))
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton(self.tr("Copy list"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(self.copy)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.resize(640, 360)

    def lines(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def copy(self) -> None:
        QGuiApplication.clipboard().setText("\n".join([self.summary.text(), *self.lines()]))


class OfflineScoring(QObject):
    """The two actions, added to ``menu`` (the page's "More" menu); the page gives the cycle, the department
    and the status line."""

    def __init__(self, page, menu: QMenu) -> None:
        super().__init__(page)
        self.page = page
        self.task = None
        self.problems_dialog: ImportProblemsDialog | None = None
        menu.addSeparator()
        self.export_action = menu.addAction(self.tr("Export for offline scoring…"))
        self.export_action.setObjectName("export_scoring_sheets")
        self.export_action.setToolTip(self.tr("One Excel sheet per person; only the supervisor's scores and "
                                              "comment can be filled in"))
        self.import_action = menu.addAction(self.tr("Import scores…"))
        self.import_action.setObjectName("import_scoring_sheets")
        self.export_action.triggered.connect(lambda: self.export_sheets())
        self.import_action.triggered.connect(lambda: self.import_sheets())
        menu.aboutToShow.connect(self.update_actions)
        self.update_actions()

    def update_actions(self) -> None:
        actor, cycle = self.page.ctx.actor, self.page.cycle
        scorer = can(actor, APPRAISAL_SCORE)
        for action in (self.export_action, self.import_action):
            action.setVisible(scorer)
            action.setEnabled(scorer and cycle is not None and not cycle.locked)

    def _status(self, text: str) -> None:
        self.page.status.setText(text)

    def export_sheets(self, path: str | None = None) -> None:
        cycle = self.page.cycle
        if cycle is None:
            return
        if not path:
            path = ask_save_path(self.page, title=self.tr("Export for offline scoring"),
                                 name=self.tr("appraisal-scoring-%1.xlsx").replace("%1", cycle.period),
                                 pattern=self.tr("Excel workbook (*.xlsx)"), settings_key=EXPORT_DIR_KEY)
            if not path:
                return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        self.task = run_export(self.page, partial(_export_job, factory=self.page.ctx.factory,
                                                  actor=self.page.ctx.actor, cycle_id=cycle.id,
                                                  department=self.page.department.currentData(), path=path,
                                                  language=chosen_language()),  # the screen's language
                               title=self.tr("Writing the scoring sheets…"), on_saved=self._exported,
                               on_failed=self._export_failed, on_cancelled=self._export_cancelled)

    def _export_cancelled(self) -> None:
        self.task = None
        self._status(self.tr("Cancelled."))

    def _export_failed(self, sentence: str) -> None:
        self.task = None
        self._status(sentence)

    def _exported(self, result: off.ExportResult) -> None:
        self.task = None
        self._status(self.tr("%n sheet(s) written to %1. Fill in the yellow cells, then use Import scores….", "",
                             result.people).replace("%1", result.file))

    def import_sheets(self, path: str | None = None) -> None:
        cycle = self.page.cycle
        if cycle is None:
            return
        if not path:
            path = ask_open_path(self.page, title=self.tr("Import scores"), pattern=self.tr("Excel workbook (*.xlsx)"),
                                 settings_key=EXPORT_DIR_KEY)
            if not path:
                return
        answer = QMessageBox.question(
            self.page, self.tr("Import scores"),
            self.tr("Also submit the appraisals whose indicators are all scored, handing them on to calibration "
                    "(as \"Save and submit\" does)? Choose No to only save the scores."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Cancel:
            return
        self.task = run_task(_import_job, self.page.ctx.factory, self.page.ctx.actor, cycle.id, path,
                             answer == QMessageBox.StandardButton.Yes, on_done=self._imported, parent=self.page,
                             title=self.tr("Importing the scores…"))

    def _imported(self, result: off.ImportResult | None, error: BaseException | None) -> None:
        self.task = None
        if isinstance(error, Cancelled):
            self._status(self.tr("Cancelled; nothing was imported."))
            return
        if isinstance(error, off.WorkbookRejected):
            self._status(describe(error))
            self.problems_dialog = ImportProblemsDialog(error, self.page)
            self.problems_dialog.setWindowModality(Qt.WindowModality.WindowModal)
            self.problems_dialog.open()
            return
        if error is not None:
            self._status(describe(error))
            return
        if result.changed == 0:
            self._status(self.tr("%1: nothing new; every score in the file is already stored.")
                         .replace("%1", result.file))
        else:
            self._status(self.tr("%1: %2 score(s) and %3 comment(s) of %4 person(s) saved; %5 submitted.")
                         .replace("%1", result.file).replace("%2", str(result.scores))
                         .replace("%3", str(result.comments)).replace("%4", str(result.changed))
                         .replace("%5", str(result.submitted)))
        self.page.refresh()
        form = self.page.form
        if form.detail is not None:
            form.load(form.detail.row.id)
