"""The first wizard pages: choose the file (and what it holds), the sheet, and check the column mapping."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from shopteam.domain import clock
from shopteam.io.headers import KIND_FIELDS, KPI, ColumnMapping
from shopteam.ui.imports import jobs
from shopteam.ui.imports.base import AsyncPage, error_label
from shopteam.ui.imports.texts import KIND_CHOICES, field_label, kind_label, tr
from shopteam.ui.widgets.export import ask_open_path, ask_save_path, run_export
from shopteam.ui.widgets.month_picker import MonthPicker

OPEN_DIR_KEY = "import/open_dir"
EXAMPLE_ROWS = 30


def column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


class FilePage(AsyncPage):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Choose the file"))
        self.setSubTitle(self.tr("An Excel workbook (.xlsx, .xlsm, .xls) or a CSV file. ShopTeam finds the sheet, "
                                 "the header row and the columns by itself."))
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("import_path")
        self.path_edit.setPlaceholderText(self.tr("No file chosen"))
        self.path_edit.textChanged.connect(self._changed)
        self.browse = QPushButton(self.tr("Browse…"))
        self.browse.setObjectName("import_browse")
        self.browse.clicked.connect(self.choose_file)
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("import_kind")
        for key, label in KIND_CHOICES:
            self.kind_combo.addItem(tr(label), key)
        self.kind_combo.currentIndexChanged.connect(self._changed)
        self.template_button = QPushButton(self.tr("Blank template…"))
        self.template_button.setObjectName("import_template")
        self.template_button.setToolTip(self.tr("An empty workbook with these columns, drop-down lists and "
                                                "instructions: fill it in, then import it here"))
        self.template_button.clicked.connect(self.save_template)
        self.template_button.setEnabled(False)  # "find out from the headers" has no template
        self.year = QSpinBox()
        self.year.setObjectName("import_year")
        self.year.setRange(2000, 2100)
        self.year.setMaximumWidth(120)
        self.year.setValue(clock.today().year)
        self.year.setToolTip(self.tr("Used for dates written without a year, such as 10月1日."))
        self.error = error_label("import_file_error")
        self.note = QLabel()
        self.note.setObjectName("import_file_note")
        self.note.setWordWrap(True)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse)
        kind_row = QHBoxLayout()
        kind_row.addWidget(self.kind_combo, 1)
        kind_row.addWidget(self.template_button)
        form = QFormLayout()
        form.addRow(self.tr("File"), row)
        form.addRow(self.tr("What it holds"), kind_row)
        form.addRow(self.tr("Year of dates without one"), self.year)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.note)
        layout.addStretch(1)

    def set_kind(self, kind: str | None) -> None:
        index = self.kind_combo.findData(kind or "auto")
        self.kind_combo.setCurrentIndex(max(index, 0))

    def choice(self) -> str:
        return self.kind_combo.currentData()

    def choose_file(self) -> None:
        path = ask_open_path(self, title=self.tr("Choose the file to import"), settings_key=OPEN_DIR_KEY,
                             pattern=self.tr("Workbooks and CSV files (*.xlsx *.xlsm *.xls *.csv);;All files (*)"))
        if path:
            self.path_edit.setText(path)

    def _changed(self, *_args) -> None:
        self.show_error("")
        self.template_button.setEnabled(self.choice() != "auto")
        self.completeChanged.emit()

    def _template_name(self, kind: str) -> str:
        names = {"roster": self.tr("Roster import template.xlsx"),
                 "attendance": self.tr("Punch records import template.xlsx"),
                 "timesheet": self.tr("Timesheet import template.xlsx"),
                 "kpi": self.tr("KPI actuals import template.xlsx"),
                 "candidates": self.tr("Candidates import template.xlsx")}
        return names[kind]

    def save_template(self) -> None:
        """Save a blank template for the chosen kind (written in the background, lists from the shop)."""
        from shopteam.ui.i18n import chosen_language

        kind = self.choice()
        if kind == "auto":
            return
        path = ask_save_path(self, title=self.tr("Save the blank template"), name=self._template_name(kind),
                             pattern=self.tr("Excel workbooks (*.xlsx)"), settings_key=OPEN_DIR_KEY, suffix=".xlsx")
        if not path:
            return
        wizard = self.wizard()
        self.note.setText("")
        run_export(self, partial(jobs.write_template, factory=wizard.ctx.factory, actor=wizard.ctx.actor, path=path,
                                 kind=kind, language=chosen_language()),
                   title=self.tr("Writing the template…"), on_saved=self._template_written,
                   on_failed=self.show_error, on_cancelled=lambda: None)

    def _template_written(self, path) -> None:
        self.note.setText(self.tr("Template saved: %1. Fill it in and choose it above to import it.")
                          .replace("%1", str(path)))

    def ready(self) -> bool:
        return bool(self.path_edit.text().strip())

    def job(self):
        wizard = self.wizard()
        key = (self.path_edit.text().strip(), self.choice(), self.year.value())
        if wizard.preview is not None and wizard.read_key == key:
            return None
        path, choice, year = key
        return (jobs.find_and_preview,
                (wizard.ctx.factory, wizard.ctx.actor, path, jobs.SERVICE_KINDS[choice], year, wizard.kpi_period(),
                 wizard.match_by_name, wizard.position_id),
                self.tr("Reading the file…"))

    def succeeded(self, result) -> None:
        wizard = self.wizard()
        wizard.read_key = (self.path_edit.text().strip(), self.choice(), self.year.value())
        wizard.set_preview(result, detected=True)

    def nextId(self) -> int:  # noqa: N802 - Qt override
        wizard = self.wizard()
        if wizard.preview is not None and len(wizard.preview.sheet_names) <= 1:
            return wizard.PAGE_MAPPING
        return wizard.PAGE_SHEET


class SheetPage(AsyncPage):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Choose the sheet"))
        self.setSubTitle(self.tr("The workbook has several sheets; the first one with data is chosen."))
        self.sheets = QListWidget()
        self.sheets.setObjectName("import_sheets")
        self.sheets.currentRowChanged.connect(lambda _row: self.completeChanged.emit())
        self.sheets.itemDoubleClicked.connect(lambda _item: self.wizard().next())
        self.error = error_label("import_sheet_error")
        layout = QVBoxLayout(self)
        layout.addWidget(self.sheets, 1)
        layout.addWidget(self.error)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        preview = self.wizard().preview
        self.sheets.clear()
        self.sheets.addItems(preview.sheet_names)
        if preview.sheet in preview.sheet_names:
            self.sheets.setCurrentRow(preview.sheet_names.index(preview.sheet))
        self.show_error("")

    def ready(self) -> bool:
        return self.sheets.currentItem() is not None

    def job(self):
        wizard = self.wizard()
        name = self.sheets.currentItem().text()
        if name == wizard.preview.sheet:
            return None
        path, choice, year = wizard.read_key
        return (jobs.make_preview,
                (wizard.ctx.factory, wizard.ctx.actor, path, name, jobs.SERVICE_KINDS[choice], None, year,
                 wizard.kpi_period(), wizard.match_by_name, wizard.position_id),
                self.tr("Reading the sheet…"))

    def succeeded(self, result) -> None:
        self.wizard().set_preview(result, detected=True)


class MappingPage(AsyncPage):
    """Field → column, as detected; the user may correct it. Missing required fields block Next."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Check the columns"))
        self.detected = QLabel()
        self.detected.setObjectName("import_detected")
        self.detected.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("import_mapping")
        self.table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Column in the file"), self.tr("Example")])
        self.table.verticalHeader().hide()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.setColumnWidth(1, 260)
        self.missing = error_label("import_mapping_missing")
        self.error = error_label("import_mapping_error")
        self.combos: dict[str, QComboBox] = {}
        self.mapping: ColumnMapping | None = None
        # KPI figures: the month of the rows without one of their own (all of them when there is no column)
        today = clock.today()
        last_month = (today.year, today.month - 1) if today.month > 1 else (today.year - 1, 12)
        self.month = MonthPicker(*last_month, object_name="import_period")
        self.month_label = QLabel()
        self.month_label.setObjectName("import_period_label")
        self.month_hint = QLabel()
        self.month_hint.setObjectName("import_period_hint")
        self.month_hint.setWordWrap(True)
        self.month_row = QWidget()
        month_layout = QHBoxLayout(self.month_row)
        month_layout.setContentsMargins(0, 0, 0, 0)
        month_layout.addWidget(self.month_label)
        month_layout.addWidget(self.month)
        month_layout.addWidget(self.month_hint, 1)
        self.month_row.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.detected)
        layout.addWidget(self.month_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.missing)
        layout.addWidget(self.error)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        wizard = self.wizard()
        preview = wizard.preview
        if self.mapping is None or self.mapping.layout is not preview.mapping.layout \
                or self.mapping.kind != preview.mapping.kind:
            self.mapping = preview.mapping
        self.examples = {}
        for name, col in preview.mapping.columns.items():
            value = next((r.values.get(name) for r in preview.rows[:EXAMPLE_ROWS]
                          if r.values.get(name) not in (None, "")), None)
            if value is not None:
                self.examples[col] = jobs.example_text(value)
        rows = ", ".join(str(r + 1) for r in self.mapping.layout.header_rows)
        self.detected.setText(
            self.tr("Sheet “%1” holds %2. Headers found on row %3; correct a column below if it is wrong.")
            .replace("%1", preview.sheet).replace("%2", kind_label(self.mapping.kind)).replace("%3", rows))
        self.show_error("")
        self._build()

    def _column_texts(self) -> list[str]:
        names = list(self.mapping.layout.signature)
        return [f"{column_letter(i)} · {name}" if name else column_letter(i) for i, name in enumerate(names)]

    def _build(self) -> None:
        fields = KIND_FIELDS[self.mapping.kind]
        columns = self._column_texts()
        self.table.setRowCount(len(fields))
        self.combos = {}
        for r, name in enumerate(fields):
            label = QTableWidgetItem(field_label(name))
            label.setData(Qt.ItemDataRole.UserRole, name)
            self.table.setItem(r, 0, label)
            combo = QComboBox()
            combo.setObjectName(f"map_{name}")
            combo.addItem(self.tr("(not in the file)"), -1)
            for i, text in enumerate(columns):
                combo.addItem(text, i)
            combo.currentIndexChanged.connect(lambda _i, f=name: self._picked(f))
            self.table.setCellWidget(r, 1, combo)
            self.table.setItem(r, 2, QTableWidgetItem(""))
            self.combos[name] = combo
        self._show()

    def _picked(self, name: str) -> None:
        col = self.combos[name].currentData()
        self.mapping = self.mapping.with_columns({name: None if col is None or col < 0 else col})
        self._show()

    def _show(self) -> None:
        """Put the mapping into the combos, examples and colours; say what is missing."""
        missing = set(self.mapping.required_missing)
        for r, (name, combo) in enumerate(self.combos.items()):
            col = self.mapping.columns.get(name, -1)
            combo.blockSignals(True)
            combo.setCurrentIndex(max(combo.findData(col), 0))
            combo.blockSignals(False)
            self.table.item(r, 2).setText(self._example(col))
            red = name in missing
            self.table.item(r, 0).setForeground(QBrush(QColor("#c62828")) if red else QBrush())
            combo.setStyleSheet("QComboBox { color: #c62828; }" if red else "")
        if missing:
            self.missing.setText(self.tr("Choose a column for: %1.").replace(
                "%1", ", ".join(self._missing_text(f) for f in self.mapping.required_missing)))
        self.missing.setVisible(bool(missing))
        self._show_month()
        self.completeChanged.emit()

    def _show_month(self) -> None:
        """KPI figures: the month picker, worded for a file with or without a month column."""
        self.month_row.setVisible(self.mapping.kind == KPI)
        if "period" in self.mapping.columns:
            self.month_label.setText(self.tr("Month of rows without one:"))
            self.month_hint.setText(self.tr("Rows with an empty month cell are for this month."))
        else:
            self.month_label.setText(self.tr("Month of the figures:"))
            self.month_hint.setText(self.tr("The file has no month column: every row is for this month."))

    def period(self) -> tuple[int, int]:
        return self.month.month()

    def _missing_text(self, name: str) -> str:
        if name == "employee_no":
            return self.tr("%1 or %2").replace("%1", field_label("employee_no")).replace("%2", field_label("name"))
        if name == "clock_in" and self.mapping.kind == "punches":
            return self.tr("%1 or %2").replace("%1", field_label("clock_in")).replace("%2", field_label("clock_out"))
        return field_label(name)

    def _example(self, col: int) -> str:
        return self.examples.get(col, "")

    def ready(self) -> bool:
        return self.mapping is not None and not self.mapping.required_missing

    def job(self):
        wizard = self.wizard()
        preview = wizard.preview
        same_month = self.mapping.kind != KPI or preview.period == self.period()
        if self.mapping.columns == preview.mapping.columns and self.mapping.kind == preview.mapping.kind \
                and same_month:
            return None
        path, _choice, year = wizard.read_key
        unchanged = self.mapping.columns == preview.mapping.columns and not preview.corrected
        columns = None if unchanged else dict(self.mapping.columns)  # None: not a correction to remember
        return (jobs.make_preview,
                (wizard.ctx.factory, wizard.ctx.actor, path, preview.sheet, self.mapping.kind, columns, year,
                 self.period(), wizard.match_by_name, wizard.position_id),
                self.tr("Checking the rows…"))

    def succeeded(self, result) -> None:
        self.wizard().set_preview(result, detected=False)
        self.mapping = result.mapping
