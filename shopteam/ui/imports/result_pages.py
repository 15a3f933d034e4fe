"""The last wizard pages: preview with problems, duplicates policy, commit and summary."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from shopteam.services.imports.pipeline import rejected_summary
from shopteam.ui.i18n import chosen_language
from shopteam.ui.imports import jobs
from shopteam.ui.imports.base import AsyncPage, error_label
from shopteam.ui.imports.preview_model import PROBLEMS, PreviewModel
from shopteam.ui.messages import describe
from shopteam.ui.tasks import run_task
from shopteam.ui.widgets.export import ERROR_STYLE, ask_save_path, run_export

ERRORS_DIR_KEY = "import/errors_dir"
MAX_PROBLEMS_WIDTH = 460


def counts_of(preview) -> dict[str, int]:
    counts = {"new": 0, "duplicate": 0, "rejected": 0}
    for row in preview.rows:
        counts[row.status] = counts.get(row.status, 0) + 1
    return counts


def describe_note(note: str) -> str:
    """The service's notes ('New department: 客服部') in the user's language."""
    for prefix, text in (("New department: ", QCoreApplication.translate("ImportWizard", "New department: %1")),
                         ("New role: ", QCoreApplication.translate("ImportWizard", "New role: %1"))):
        if note.startswith(prefix):
            return text.replace("%1", note[len(prefix):])
    return note


class PreviewPage(QWizardPage):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Preview"))
        self.setSubTitle(self.tr("Every row of the file with what will happen to it. Rejected rows are not "
                                 "imported; you can save them with the reasons after the import."))
        self.counts = QLabel()
        self.counts.setObjectName("import_counts")
        self.only_problems = QCheckBox(self.tr("Only rows with problems"))
        self.only_problems.setObjectName("import_only_problems")
        self.match_by_name = QCheckBox()
        self.match_by_name.setObjectName("import_match_by_name")
        self.match_by_name.setToolTip(self.tr("Rows whose employee no. is not on the roster go to the person with "
                                              "the same name, where only one person on the roster has it."))
        self.match_by_name.clicked.connect(self.rematch)
        self.busy = False
        self.model = PreviewModel(self)
        self.only_problems.toggled.connect(self.model.set_only_problems)
        self.table = QTableView()
        self.table.setObjectName("import_preview")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.nothing = error_label("import_nothing")
        self.notes = QLabel()
        self.notes.setObjectName("import_notes")
        self.notes.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.counts, 1)
        top.addWidget(self.match_by_name)
        top.addWidget(self.only_problems)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.notes)
        layout.addWidget(self.nothing)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        wizard = self.wizard()
        preview = wizard.preview
        fields = sorted(preview.mapping.columns, key=preview.mapping.columns.get)
        if preview.kind == "kpi" and "period" not in fields:
            fields.append("period")  # the month chosen for the file, shown on every row
        self.model.set_preview(preview.rows, fields)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(PROBLEMS, min(self.table.columnWidth(PROBLEMS), MAX_PROBLEMS_WIDTH))
        counts = counts_of(preview)
        self.notes.setText("\n".join(describe_note(n) for n in preview.notes))
        self.notes.setVisible(bool(preview.notes))
        text = (self.tr("%1 new · %2 already imported · %3 rejected").replace("%1", str(counts["new"]))
                .replace("%2", str(counts["duplicate"])).replace("%3", str(counts["rejected"])))
        matches = str(preview.name_matches)
        if preview.match_by_name and preview.name_matches:
            text += self.tr(" · %1 matched by name").replace("%1", matches)
        self.counts.setText(text)
        self.match_by_name.setText(self.tr("Match by name (1 row)") if preview.name_matches == 1
                                    else self.tr("Match by name (%1 rows)").replace("%1", matches))
        self.match_by_name.setChecked(preview.match_by_name)
        self.match_by_name.setVisible(bool(preview.name_matches))
        self.match_by_name.setEnabled(True)
        if not counts["new"] and not counts["duplicate"]:
            self.nothing.setText(self.tr("No row can be imported. Check the columns or the file; Next lets you "
                                         "save the rejected rows with the reasons."))
        self.nothing.setVisible(not counts["new"] and not counts["duplicate"])
        if counts["rejected"] and not self.only_problems.isChecked():
            self.only_problems.setChecked(counts["rejected"] * 5 > len(preview.rows))

    def rematch(self, checked: bool) -> None:
        """Check the rows again with matching by name on (or off again)."""
        wizard = self.wizard()
        wizard.match_by_name = checked
        preview = wizard.preview
        _path, _choice, year = wizard.read_key
        columns = dict(preview.mapping.columns) if preview.corrected else None
        self.busy = True
        self.match_by_name.setEnabled(False)
        self.completeChanged.emit()
        wizard.task = run_task(jobs.make_preview, wizard.ctx.factory, wizard.ctx.actor, str(preview.path),
                               preview.sheet, preview.mapping.kind, columns, year,
                               preview.period or wizard.kpi_period(), checked, wizard.position_id,
                               on_done=self._rematched,
                               parent=wizard, title=self.tr("Checking the rows…"))

    def _rematched(self, result, error) -> None:
        wizard = self.wizard()
        wizard.task = None
        self.busy = False
        if wizard.closing:
            wizard.done(0)
            return
        if error is None:
            wizard.set_preview(result, detected=False)
        else:
            wizard.match_by_name = wizard.preview.match_by_name
        self.initializePage()
        if error is not None:
            self.nothing.setText(describe(error))
            self.nothing.setVisible(True)
        self.completeChanged.emit()

    def importable(self) -> bool:
        preview = self.wizard().preview
        return any(r.status != "rejected" for r in preview.rows)

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        preview = self.wizard().preview if self.wizard() else None
        return not self.busy and preview is not None and bool(preview.rows)

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        wizard = self.wizard()
        if not self.importable():  # nothing to write: the summary of the rejected rows, to save them
            wizard.summary = rejected_summary(wizard.preview)
        return True

    def nextId(self) -> int:  # noqa: N802 - Qt override
        wizard = self.wizard()
        if wizard.preview is None:
            return wizard.PAGE_COMMIT
        if not self.importable():
            return wizard.PAGE_SUMMARY
        if counts_of(wizard.preview)["duplicate"]:
            return wizard.PAGE_DUPLICATES
        return wizard.PAGE_COMMIT


class DuplicatesPage(QWizardPage):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Rows already imported"))
        self.intro = QLabel()
        self.intro.setObjectName("import_duplicates_intro")
        self.intro.setWordWrap(True)
        self.skip = QRadioButton(self.tr("Skip them and keep what is in ShopTeam"))
        self.skip.setObjectName("import_skip")
        self.replace = QRadioButton(self.tr("Replace what is in ShopTeam with the file's rows"))
        self.replace.setObjectName("import_replace")
        self.skip.setChecked(True)
        self.group = QButtonGroup(self)
        self.group.addButton(self.skip)
        self.group.addButton(self.replace)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.skip)
        layout.addWidget(self.replace)
        layout.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        count = counts_of(self.wizard().preview)["duplicate"]
        self.intro.setText(self.tr("%n row(s) of the file are already in ShopTeam. What should happen to them?",
                                   "", count))

    def policy(self) -> str:
        return "replace" if self.replace.isChecked() else "skip"


class CommitPage(AsyncPage):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Import"))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Import"))
        self.plan = QLabel()
        self.plan.setObjectName("import_plan")
        self.plan.setWordWrap(True)
        self.error = error_label("import_commit_error")
        layout = QVBoxLayout(self)
        layout.addWidget(self.plan)
        layout.addWidget(self.error)
        layout.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        wizard = self.wizard()
        counts = counts_of(wizard.preview)
        lines = [self.tr("%n new row(s) will be added.", "", counts["new"])]
        if counts["duplicate"]:
            if wizard.duplicates_policy() == "replace":
                lines.append(self.tr("%n row(s) already imported will be replaced.", "", counts["duplicate"]))
            else:
                lines.append(self.tr("%n row(s) already imported will be skipped.", "", counts["duplicate"]))
        if counts["rejected"]:
            lines.append(self.tr("%n rejected row(s) will not be imported.", "", counts["rejected"]))
        lines.append(self.tr("Everything is written in one go: if the import is cancelled or fails, "
                             "nothing is changed."))
        self.plan.setText("\n".join(lines))
        self.show_error("")

    def cancelled_text(self) -> str:
        return self.tr("The import was cancelled; nothing was changed.")

    def job(self):
        wizard = self.wizard()
        return (jobs.commit, (wizard.ctx.factory, wizard.ctx.actor, wizard.preview, wizard.duplicates_policy()),
                self.tr("Importing…"))

    def succeeded(self, result) -> None:
        self.wizard().committed(result)


class SummaryPage(QWizardPage):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Done"))
        self.labels: dict[str, QLabel] = {}
        form = QFormLayout()
        for key, text in (("inserted", self.tr("Added")), ("replaced", self.tr("Replaced")),
                          ("skipped", self.tr("Skipped (already imported)")), ("rejected", self.tr("Rejected"))):
            label = QLabel()
            label.setObjectName(f"summary_{key}")
            self.labels[key] = label
            form.addRow(text, label)
        self.save_errors = QPushButton(self.tr("Save error workbook…"))
        self.save_errors.setObjectName("import_save_errors")
        self.save_errors.clicked.connect(self.save_clicked)
        self.note = QLabel()
        self.note.setObjectName("import_summary_note")
        self.note.setWordWrap(True)
        self.task = None
        row = QHBoxLayout()
        row.addWidget(self.save_errors)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addWidget(self.note)
        layout.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        summary = self.wizard().summary
        for key, label in self.labels.items():
            label.setText(str(getattr(summary, key)))
        self.save_errors.setVisible(bool(summary.rejected))
        self.note.setStyleSheet("")
        self.note.setText(self.tr("The rejected rows were not imported. Save them with the reasons, correct "
                                  "them and import that workbook again.") if summary.rejected else "")

    def save_clicked(self) -> None:
        source = Path(self.wizard().preview.path)
        path = ask_save_path(self, title=self.tr("Save error workbook"),
                             name=self.tr("%1-rejected.xlsx").replace("%1", source.stem),
                             pattern=self.tr("Excel workbook (*.xlsx)"), settings_key=ERRORS_DIR_KEY, suffix=".xlsx",
                             folder=source.parent)
        if path:
            self.save_to(path)

    def save_to(self, path: str) -> None:
        wizard = self.wizard()
        self.save_errors.setEnabled(False)

        def failed(sentence: str) -> None:
            self.task = None
            self.save_errors.setEnabled(True)
            self.note.setStyleSheet(ERROR_STYLE)
            self.note.setText(self.tr("The error workbook could not be saved: %1").replace("%1", sentence))

        def saved(result) -> None:
            self.task = None
            self.save_errors.setEnabled(True)
            self.note.setStyleSheet("")
            self.note.setText(self.tr("The rejected rows were saved to %1.").replace("%1", str(result)))
            wizard.errors_saved.emit(str(result))

        self.task = run_export(wizard, partial(jobs.save_errors, path=path, summary=wizard.summary,
                                               language=chosen_language()),
                               title=self.tr("Saving the error workbook…"), on_saved=saved, on_failed=failed)
