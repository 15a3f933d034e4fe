"""The appraisal schemes dialog (考核方案, PRODUCT §3.5), owner only, from the Appraisal page.

Left: the schemes (name, roles, in use or archived), New (blank, from a preset, copy of the selected one),
Archive/Restore. Right: the selected scheme — name, the roles it applies to, the self weight α, grade
thresholds, forced-distribution limits, the points cap — and its indicators in a table (combo boxes for
group, method and source) with the selected indicator's method parameters beside it. A live weights
label turns red while the weights do not add up to 100. Save goes through services/appraisal/schemes.py;
its ValidationError is shown next to the field it names and nothing is stored. A role belongs to one
scheme: giving it to this one takes it from the scheme that had it, in the same transaction."""

from __future__ import annotations

import copy
from dataclasses import replace

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStyledItemDelegate,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from shopteam.domain.errors import ConflictError, ShopTeamError, ValidationError
from shopteam.services.appraisal import schemes as svc
from shopteam.services.org import roles as roles_svc
from shopteam.services.permissions import APPRAISAL_ADMIN, can
from shopteam.ui.appraisal.scheme_models import (
    GROUPS,
    ID_ROLE,
    METHODS,
    SOURCES,
    IndicatorModel,
    SchemeListModel,
    label,
    num_text,
    parse_number,
    parse_tiers,
    tiers_text,
)
from shopteam.ui.context import AppContext
from shopteam.ui.messages import ERROR_STYLE, describe

BAD_BORDER = "border: 1px solid #c62828;"
INDICATOR_FIELDS = ("indicators", "weight", "target", "cap", "tiers")
PARAM_FIELDS = ("target", "cap", "tiers", "params")


class ComboDelegate(QStyledItemDelegate):
    """A combo box of code -> translated label for the group, method and source columns."""

    def __init__(self, labels: dict[str, str], parent=None) -> None:
        super().__init__(parent)
        self.labels = labels

    def createEditor(self, parent, option, index):
        combo = QComboBox(parent)
        for code in self.labels:
            combo.addItem(label(self.labels, code), code)
        combo.activated.connect(lambda *_: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor, index) -> None:
        editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0))

    def setModelData(self, editor, model, index) -> None:
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class WeightDelegate(QStyledItemDelegate):
    def createEditor(self, parent, option, index):
        spin = QDoubleSpinBox(parent)
        spin.setRange(0, 100)
        spin.setDecimals(1)
        return spin

    def setEditorData(self, editor, index) -> None:
        editor.setValue(float(index.data(Qt.ItemDataRole.EditRole) or 0))

    def setModelData(self, editor, model, index) -> None:
        editor.interpretText()
        model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)


def _error_label(name: str) -> QLabel:
    lab = QLabel()
    lab.setObjectName(name)
    lab.setStyleSheet(ERROR_STYLE)
    lab.setWordWrap(True)
    lab.hide()
    return lab


class SchemesDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.scheme_id: int | None = None  # None: a new scheme not saved yet
        self.version: int | None = None
        self.preset: str | None = None
        self.clean: svc.SchemeInput | None = None
        self._loading = False
        self.setWindowTitle(self.tr("Appraisal schemes"))
        if can(ctx.actor, APPRAISAL_ADMIN):
            with ctx.factory() as s:
                empty = not svc.list_schemes(s, actor=ctx.actor, include_archived=True)
            if empty:
                with ctx.factory.begin() as s:
                    svc.ensure_preset_schemes(s, actor=ctx.actor)
        with ctx.factory() as s:
            self.roles = [r for r in roles_svc.list_roles(s, actor=ctx.actor)]

        splitter = QSplitter()
        splitter.addWidget(self._list_panel())
        splitter.addWidget(self._editor_panel())
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([250, 1070])
        self.status = QLabel()
        self.status.setObjectName("schemes_status")
        self.status.setWordWrap(True)
        self.error = _error_label("schemes_error")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.clicked.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.error)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)
        self.resize(1320, 780)
        self.reload()
        if self.list_model.rows:
            self.select_scheme(self.list_model.rows[0].id)

    # ------------------------------------------------------------------------------ the list (left)

    def _list_panel(self) -> QWidget:
        self.list_model = SchemeListModel(self)
        self.list_view = QTableView()
        self.list_view.setObjectName("scheme_list")
        self.list_view.setModel(self.list_model)
        self.list_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list_view.verticalHeader().hide()
        self.list_view.setWordWrap(False)
        header = self.list_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.list_view.selectionModel().currentRowChanged.connect(self._list_clicked)
        self.show_archived = QCheckBox(self.tr("Show archived"))
        self.show_archived.setObjectName("show_archived")
        self.show_archived.toggled.connect(lambda _: self.reload())
        self.new_button = QToolButton()
        self.new_button.setObjectName("new_scheme")
        self.new_button.setText(self.tr("New scheme"))
        self.new_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.new_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        menu = QMenu(self.new_button)
        self.blank_action = menu.addAction(self.tr("Blank scheme"), self.new_blank)
        presets = menu.addMenu(self.tr("From a preset"))
        self.preset_actions = {}
        for key, (name, _roles, _inds) in svc.preset_schemes().items():
            self.preset_actions[key] = presets.addAction(name, lambda k=key: self.new_from_preset(k))
        self.copy_action = menu.addAction(self.tr("Copy of the selected scheme"), self.new_copy)
        self.new_button.setMenu(menu)
        self.archive_button = QPushButton(self.tr("Archive"))
        self.archive_button.setObjectName("archive_scheme")
        self.archive_button.setToolTip(self.tr("New cycles no longer use an archived scheme; its roles get the "
                                               "general scheme. Appraisals already made keep their indicators."))
        self.archive_button.clicked.connect(self.toggle_archived)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.archive_button)
        buttons.addStretch(1)
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list_view, 1)
        layout.addWidget(self.show_archived)
        layout.addLayout(buttons)
        return panel

    def reload(self) -> None:
        with self.ctx.factory() as s:
            views = svc.list_schemes(s, actor=self.ctx.actor, include_archived=True)
        self.all_schemes = views
        shown = [v for v in views if self.show_archived.isChecked() or not v.archived or v.id == self.scheme_id]
        self.list_model.set_rows(shown)
        self.list_view.resizeColumnToContents(0)
        self._mark_current()

    def _mark_current(self) -> None:
        row = self.list_model.row_of(self.scheme_id)
        sel = self.list_view.selectionModel()
        sel.blockSignals(True)
        if row < 0:
            sel.clearSelection()
            sel.setCurrentIndex(self.list_model.index(-1, -1), QItemSelectionModel.SelectionFlag.Clear)
        else:
            sel.setCurrentIndex(self.list_model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                                | QItemSelectionModel.SelectionFlag.Rows)
        sel.blockSignals(False)
        view = self._current_view()
        self.archive_button.setEnabled(view is not None)
        self.archive_button.setText(self.tr("Restore") if view is not None and view.archived else self.tr("Archive"))
        self.copy_action.setEnabled(self.scheme_id is not None)

    def _current_view(self) -> svc.SchemeView | None:
        return next((v for v in self.all_schemes if v.id == self.scheme_id), None)

    def _list_clicked(self, current, _previous) -> None:
        scheme_id = current.siblingAtColumn(0).data(ID_ROLE) if current.isValid() else None
        if scheme_id is None or scheme_id == self.scheme_id:
            return
        if not self.select_scheme(scheme_id):
            self._mark_current()

    def select_scheme(self, scheme_id: int) -> bool:
        """Show a stored scheme (after asking about unsaved changes); False if the owner stayed."""
        if not self.confirm_discard():
            return False
        with self.ctx.factory() as s:
            view = svc.get_scheme(s, actor=self.ctx.actor, scheme_id=scheme_id)
        self.scheme_id, self.version, self.preset = view.id, view.version, view.preset
        self._load(svc.SchemeInput(view.name, list(view.indicators), view.self_weight, dict(view.thresholds),
                                   dict(view.forced_limits), view.points_cap, list(view.role_ids),
                                   view.description, view.preset))
        self._mark_current()
        return True

    def _start_new(self, data: svc.SchemeInput) -> None:
        if not self.confirm_discard():
            return
        self.scheme_id, self.version, self.preset = None, None, None
        self._load(svc.SchemeInput("", []))  # the clean state of a new scheme is an empty one
        self._load(data, keep_clean=True)
        self._mark_current()
        self.title.setText(self.tr("New scheme (not saved yet)"))
        self.name_edit.setFocus()
        self.name_edit.selectAll()

    def _free_name(self, base: str) -> str:
        names = {v.name for v in self.all_schemes}
        if base not in names:
            return base
        n = 1
        while True:
            name = self.tr("%1 (copy %2)").replace("%1", base).replace("%2", str(n)) if n > 1 else \
                self.tr("%1 (copy)").replace("%1", base)
            if name not in names:
                return name
            n += 1

    def new_blank(self) -> None:
        self._start_new(svc.SchemeInput("", [svc.IndicatorInput("results", "", 100)]))

    def new_from_preset(self, key: str) -> None:
        name, role_keys, indicators = svc.preset_schemes()[key]
        self._start_new(svc.SchemeInput(self._free_name(name), indicators))

    def new_copy(self) -> None:
        if self.scheme_id is None:
            return
        data = self.current_input()
        data.name = self._free_name(data.name)
        data.role_ids = []
        data.preset = None
        for ind in data.indicators:
            ind.id = None
        self._start_new(data)

    def toggle_archived(self) -> None:
        view = self._current_view()
        if view is None:
            return
        try:
            with self.ctx.factory.begin() as s:
                svc.archive_scheme(s, actor=self.ctx.actor, scheme_id=view.id, archived=not view.archived)
        except ShopTeamError as err:
            self._show_error(err)
            return
        self.status.setText(self.tr("%1 is restored.") if view.archived else self.tr("%1 is archived."))
        self.status.setText(self.status.text().replace("%1", view.name))
        self.reload()

    # ---------------------------------------------------------------------------- the editor (right)

    def _editor_panel(self) -> QWidget:
        self.title = QLabel()
        self.title.setObjectName("scheme_title")
        self.title.setStyleSheet("font-weight: bold;")
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("scheme_name")
        self.name_error = _error_label("name_error")
        self.role_list = QListWidget()
        self.role_list.setObjectName("scheme_roles")
        self.role_list.setMaximumHeight(130)
        self.role_list.setToolTip(self.tr("A role has one scheme: ticking it here takes it from the scheme that "
                                          "has it now. People whose role has no scheme get the general scheme."))
        self.alpha = QSpinBox()
        self.alpha.setObjectName("scheme_alpha")
        self.alpha.setRange(0, 100)
        self.alpha.setSuffix(" %")
        self.alpha_hint = QLabel()
        self.alpha_hint.setObjectName("alpha_hint")
        self.alpha_hint.setWordWrap(True)
        self.alpha_error = _error_label("alpha_error")
        self.thresholds = {}
        threshold_row = QHBoxLayout()
        for key, text in (("excellent", self.tr("Excellent ≥")), ("good", self.tr("Good ≥")),
                          ("pass", self.tr("Pass ≥"))):
            spin = QDoubleSpinBox()
            spin.setObjectName(f"threshold_{key}")
            spin.setRange(0, 200)
            spin.setDecimals(1)
            self.thresholds[key] = spin
            threshold_row.addWidget(QLabel(text))
            threshold_row.addWidget(spin)
        threshold_row.addStretch(1)
        self.thresholds_error = _error_label("thresholds_error")
        self.forced = {}
        forced_row = QHBoxLayout()
        for key, text in (("excellent", self.tr("Excellent at most")), ("fail", self.tr("Fail at most"))):
            spin = QSpinBox()
            spin.setObjectName(f"forced_{key}")
            spin.setRange(-1, 100)
            spin.setSuffix(" %")
            spin.setSpecialValueText(self.tr("no limit"))
            self.forced[key] = spin
            forced_row.addWidget(QLabel(text))
            forced_row.addWidget(spin)
        forced_row.addStretch(1)
        self.points_cap = QDoubleSpinBox()
        self.points_cap.setObjectName("scheme_points_cap")
        self.points_cap.setRange(0, 100)
        self.points_cap.setDecimals(1)
        self.points_cap.setPrefix("± ")
        self.points_cap.setMaximumWidth(120)
        self.points_cap.setToolTip(self.tr("Reward and penalty points of the month count within ± this cap."))
        self.points_cap_error = _error_label("points_cap_error")
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name_edit)
        form.addRow("", self.name_error)
        form.addRow(self.tr("Applies to roles"), self.role_list)
        alpha_row = QHBoxLayout()
        alpha_row.addWidget(self.alpha)
        alpha_row.addWidget(self.alpha_hint, 1)
        form.addRow(self.tr("Self-assessment weight α"), alpha_row)
        form.addRow("", self.alpha_error)
        form.addRow(self.tr("Grade thresholds"), threshold_row)
        form.addRow("", self.thresholds_error)
        form.addRow(self.tr("Forced distribution"), forced_row)
        form.addRow(self.tr("Reward/penalty points cap"), self.points_cap)
        form.addRow("", self.points_cap_error)

        self.model = IndicatorModel(self)
        self.table = QTableView()
        self.table.setObjectName("indicator_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.SelectedClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.verticalHeader().hide()
        self.table.setItemDelegateForColumn(IndicatorModel.GROUP, ComboDelegate(GROUPS, self.table))
        self.table.setItemDelegateForColumn(IndicatorModel.METHOD, ComboDelegate(METHODS, self.table))
        self.table.setItemDelegateForColumn(IndicatorModel.SOURCE, ComboDelegate(SOURCES, self.table))
        self.table.setItemDelegateForColumn(IndicatorModel.WEIGHT, WeightDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for col, width in ((0, 84), (1, 170), (2, 50), (3, 176), (4, 84), (5, 96), (6, 44)):
            self.table.setColumnWidth(col, width)
        self.weights_label = QLabel()
        self.weights_label.setObjectName("weights_label")
        self.groups_label = QLabel()
        self.groups_label.setObjectName("group_totals")
        self.indicators_error = _error_label("indicators_error")
        self.add_button = QPushButton(self.tr("Add indicator"))
        self.add_button.setObjectName("add_indicator")
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setObjectName("remove_indicator")
        self.up_button = QPushButton(self.tr("Move up"))
        self.down_button = QPushButton(self.tr("Move down"))
        self.add_button.clicked.connect(self.add_indicator)
        self.remove_button.clicked.connect(self.remove_indicator)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        sums = QHBoxLayout()
        sums.addWidget(QLabel(self.tr("Indicators")))
        sums.addSpacing(12)
        sums.addWidget(self.weights_label)
        sums.addSpacing(12)
        sums.addWidget(self.groups_label)
        sums.addStretch(1)
        for b in (self.add_button, self.remove_button, self.up_button, self.down_button):
            sums.addWidget(b)
        table_row = QHBoxLayout()
        table_row.addWidget(self.table, 1)
        table_row.addWidget(self._params_box())

        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(form)
        layout.addLayout(sums)
        layout.addWidget(self.indicators_error)
        layout.addLayout(table_row, 1)

        self.model.changed.connect(self._indicators_changed)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_params())
        self.alpha.valueChanged.connect(self._alpha_changed)
        return panel

    def _params_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Parameters of the selected indicator"))
        box.setObjectName("params_box")
        box.setMinimumWidth(290)
        box.setMaximumWidth(310)
        self.formula = QLabel()
        self.formula.setObjectName("method_formula")
        self.formula.setWordWrap(True)
        self.param_edits: dict[str, QLineEdit] = {}
        self.param_form = QFormLayout()
        self.param_form.addRow(self.formula)
        self.scale = QComboBox()
        self.scale.setObjectName("param_scale")
        self.scale.addItem(self.tr("0–100"), "percent")
        self.scale.addItem(self.tr("1–5 (→ 20–100)"), 5)
        self.scale.activated.connect(lambda *_: self._param_edited())
        self.param_form.addRow(self.tr("Rating scale"), self.scale)
        self.direction = QComboBox()
        self.direction.setObjectName("param_direction")
        self.direction.addItem(self.tr("Higher is better (thresholds are floors)"), "higher")
        self.direction.addItem(self.tr("Lower is better (thresholds are ceilings)"), "lower")
        self.direction.activated.connect(lambda *_: self._param_edited())
        labels = {"target": self.tr("Target"), "cap": self.tr("Cap (over-achievement)"),
                  "tiers": self.tr("Tiers (threshold: score)"), "per_late": self.tr("Points per late arrival"),
                  "per_absence": self.tr("Points per day absent"),
                  "per_missing": self.tr("Points per missing punch")}
        self.param_labels = labels
        for key in ("target", "cap", "tiers", "per_late", "per_absence", "per_missing"):
            edit = QLineEdit()
            edit.setObjectName(f"param_{key}")
            edit.textEdited.connect(lambda *_: self._param_edited())
            self.param_edits[key] = edit
            if key == "tiers":
                self.param_form.addRow(self.tr("Direction"), self.direction)
                edit.setPlaceholderText("4.5: 60; 4.7: 80; 4.9: 100")
                edit.setToolTip(self.tr("Thresholds in ascending order, each with its score, separated by “;”."))
            self.param_form.addRow(labels[key], edit)
        self.cap_hint = QLabel(self.tr("100 = no bonus for over-achievement; 120 lets it score up to 120."))
        self.cap_hint.setWordWrap(True)
        self.cap_hint.setStyleSheet("color: #666666;")
        self.param_form.addRow(self.cap_hint)
        self.params_error = _error_label("params_error")
        self.param_form.addRow(self.params_error)
        box.setLayout(self.param_form)
        return box

    # ------------------------------------------------------------------------------ loading

    def _load(self, data: svc.SchemeInput, keep_clean: bool = False) -> None:
        self._loading = True
        self._clear_errors()
        self.name_edit.setText(data.name)
        self.title.setText(data.name)
        owners = {rid: v.name for v in self.all_schemes for rid in v.role_ids if v.id != self.scheme_id}
        self.role_list.clear()
        for role in self.roles:
            if role.archived and role.id not in data.role_ids:
                continue
            text = role.name
            if role.id in owners:
                text = self.tr("%1 (now: %2)").replace("%1", role.name).replace("%2", owners[role.id])
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, role.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if role.id in data.role_ids else Qt.CheckState.Unchecked)
            self.role_list.addItem(item)
        self.alpha.setValue(int(data.self_weight))
        thresholds = {**svc.DEFAULT_THRESHOLDS, **(data.thresholds or {})}
        for key, spin in self.thresholds.items():
            spin.setValue(float(thresholds[key]))
        self.forced_extra = {k: v for k, v in (data.forced_limits or {}).items() if k not in self.forced}
        for key, spin in self.forced.items():
            value = (data.forced_limits or {}).get(key)
            spin.setValue(-1 if value is None else int(value))
        self.points_cap.setValue(float(data.points_cap))
        self.description = data.description
        self.model.set_indicators(data.indicators)
        self._alpha_changed()
        self._loading = False
        if self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, 1))
        self._show_params()
        if not keep_clean:
            self.clean = self.current_input()

    def current_input(self) -> svc.SchemeInput:
        role_ids = [self.role_list.item(i).data(ID_ROLE) for i in range(self.role_list.count())
                    if self.role_list.item(i).checkState() == Qt.CheckState.Checked]
        forced = dict(self.forced_extra)
        for key, spin in self.forced.items():
            forced[key] = None if spin.value() < 0 else spin.value()
        return svc.SchemeInput(
            name=self.name_edit.text().strip(), indicators=self.model.indicators(), self_weight=self.alpha.value(),
            thresholds={k: s.value() for k, s in self.thresholds.items()}, forced_limits=forced,
            points_cap=self.points_cap.value(), role_ids=role_ids, description=self.description, preset=self.preset)

    def is_dirty(self) -> bool:
        return self.clean is not None and self.current_input() != self.clean

    def confirm_discard(self) -> bool:
        """True when there is nothing unsaved, or the owner saved or discarded it."""
        if not self.is_dirty():
            return True
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"), self.tr("Save the changes to this scheme?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel)
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def reject(self) -> None:
        """Close, Esc and the window's close box all come here (QDialog.closeEvent calls reject)."""
        if self.confirm_discard():
            super().reject()

    # ------------------------------------------------------------------------------ live feedback

    def _alpha_changed(self) -> None:
        a = self.alpha.value()
        if a == 0:
            self.alpha_hint.setText(self.tr("Only the supervisor's score counts; the self-score is recorded and "
                                            "shown but does not count."))
        else:
            self.alpha_hint.setText(self.tr("Rated indicators: %1 % self-score + %2 % supervisor's score.")
                                    .replace("%1", str(a)).replace("%2", str(100 - a)))

    def _indicators_changed(self) -> None:
        total = self.model.weight_total()
        self.weights_label.setText(self.tr("Weights: %1 / 100").replace("%1", num_text(total)))
        self.weights_label.setStyleSheet("font-weight: bold; " + ("color: #2e7d32;" if total == 100 else ERROR_STYLE))
        groups = self.model.group_totals()
        self.groups_label.setText("  ·  ".join(f"{label(GROUPS, g)} {num_text(groups.get(g, 0))}" for g in GROUPS))
        has = self.table.currentIndex().isValid()
        self.remove_button.setEnabled(has)
        self.up_button.setEnabled(has)
        self.down_button.setEnabled(has)
        if not self._loading:
            self._show_params()

    def _row(self) -> int:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else -1

    def _show_params(self) -> None:
        row = self._row()
        has = 0 <= row < self.model.rowCount()
        for b in (self.remove_button, self.up_button, self.down_button):
            b.setEnabled(has)
        method = self.model.rows[row].method if has else ""
        p = self.model.rows[row].params if has else {}
        visible = {"scale": method == "rating", "target": method in ("higher_is_better", "lower_is_better"),
                   "cap": method in ("higher_is_better", "lower_is_better"), "tiers": method == "tiered",
                   "direction": method == "tiered", "per_late": method == "attendance",
                   "per_absence": method == "attendance", "per_missing": method == "attendance"}
        for key, edit in self.param_edits.items():
            self.param_form.setRowVisible(edit, visible[key])
            text = tiers_text(p.get("tiers")) if key == "tiers" else num_text(p.get(key))
            if edit.text() != text and not edit.hasFocus():
                edit.setText(text)
        self.param_form.setRowVisible(self.scale, visible["scale"])
        self.param_form.setRowVisible(self.direction, visible["direction"])
        self.cap_hint.setVisible(visible["cap"])
        self.scale.setCurrentIndex(1 if p.get("scale") in (5, "5", "five") else 0)
        self.direction.setCurrentIndex(1 if p.get("direction") == "lower" else 0)
        formulas = {
            "rating": self.tr("Self and supervisor each give a score; the indicator counts α × self + (1 − α) × "
                              "supervisor."),
            "higher_is_better": self.tr("Score = min(cap, actual ÷ target × 100)."),
            "lower_is_better": self.tr("Score = min(cap, target ÷ actual × 100); an actual of 0 scores the cap."),
            "tiered": self.tr("The score of the tier the actual figure falls in; outside every tier scores 0."),
            "tasks": self.tr("Share of the person's tasks due in the month that were done by their due date × 100 "
                             "(read from the task boards)."),
            "attendance": self.tr("Score = max(0, 100 − late arrivals × p − days absent × q − missing punches × "
                                  "r)."),
        }
        self.formula.setText(formulas.get(method, self.tr("Select an indicator.")))

    def _param_edited(self) -> None:
        row = self._row()
        if not 0 <= row < self.model.rowCount():
            return
        ind = self.model.rows[row]
        params = dict(ind.params or {})

        def put(key, value):
            if value is None or value == []:
                params.pop(key, None)
            else:
                params[key] = value

        if ind.method == "rating":
            put("scale", 5 if self.scale.currentData() == 5 else None)
        elif ind.method in ("higher_is_better", "lower_is_better"):
            put("target", parse_number(self.param_edits["target"].text()))
            put("cap", parse_number(self.param_edits["cap"].text()))
        elif ind.method == "tiered":
            put("direction", self.direction.currentData())
            put("tiers", parse_tiers(self.param_edits["tiers"].text()))
        elif ind.method == "attendance":
            for key in ("per_late", "per_absence", "per_missing"):
                put(key, parse_number(self.param_edits[key].text()))
        self.model.set_params(row, params)

    def add_indicator(self) -> None:
        group = self.model.rows[self._row()].group if self._row() >= 0 else "results"
        row = self.model.add(svc.IndicatorInput(group, "", 0))
        self.table.setCurrentIndex(self.model.index(row, IndicatorModel.NAME))
        self.table.edit(self.model.index(row, IndicatorModel.NAME))

    def remove_indicator(self) -> None:
        self.model.remove(self._row())
        self._show_params()

    def _move(self, step: int) -> None:
        row = self.model.move(self._row(), step)
        self.table.setCurrentIndex(self.model.index(row, IndicatorModel.NAME))

    # ------------------------------------------------------------------------------ saving

    def _clear_errors(self) -> None:
        for lab in (self.error, self.name_error, self.alpha_error, self.thresholds_error, self.points_cap_error,
                    self.indicators_error, self.params_error):
            lab.hide()
        for w in (self.name_edit, self.alpha, *self.thresholds.values(), self.points_cap, self.table,
                  *self.param_edits.values()):
            w.setStyleSheet("")
        self.model.set_bad_row(None)

    def _show_error(self, err: ShopTeamError, text: str | None = None) -> None:
        text = text or describe(err)
        field = err.field if isinstance(err, ValidationError) else None
        code = err.code if isinstance(err, ValidationError) else None
        places = {"name": (self.name_error, [self.name_edit]), "self_weight": (self.alpha_error, [self.alpha]),
                  "alpha": (self.alpha_error, [self.alpha]),
                  "thresholds": (self.thresholds_error, list(self.thresholds.values())),
                  "points_cap": (self.points_cap_error, [self.points_cap])}
        if field in places:
            lab, widgets = places[field]
        elif field in PARAM_FIELDS or code == "indicator_params":
            row = self._row_with_error(code)
            if row is not None:
                self.table.setCurrentIndex(self.model.index(row, IndicatorModel.NAME))
            self.model.set_bad_row(row)
            name = self.model.rows[row].name if row is not None else ""
            edit = self.param_edits.get(field or "")
            lab, widgets = self.params_error, [edit] if edit is not None else []
            if name:
                text = f"{name}: {text}"
        elif field in INDICATOR_FIELDS:
            row = self._row_with_error(code)
            self.model.set_bad_row(row)
            if row is not None:
                self.table.setCurrentIndex(self.model.index(row, IndicatorModel.NAME))
            lab, widgets = self.indicators_error, [self.table]
        else:
            lab, widgets = self.error, []
        for w in widgets:
            w.setStyleSheet(BAD_BORDER if not isinstance(w, QTableView) else "QTableView { border: 1px solid "
                                                                              "#c62828; }")
        lab.setText(text)
        lab.show()
        if widgets:
            widgets[0].setFocus()

    def _row_with_error(self, code: str | None) -> int | None:
        """The indicator an indicator error is about: the first that fails alone with the same code."""
        if code in (None, "weights_not_100", "scheme_empty"):
            return None
        rows = self.model.rows
        if code == "indicator_duplicate":
            names = [i.name.strip() for i in rows]
            return next((r for r, n in enumerate(names) if names.count(n) > 1), None)
        if code == "weight_not_positive":
            return next((r for r, i in enumerate(rows) if not i.weight or float(i.weight) <= 0), None)
        for r, ind in enumerate(rows):
            try:
                svc.validate_scheme(svc.SchemeInput("-", [replace(copy.deepcopy(ind), weight=100)]))
            except ValidationError as err:
                if err.code == code:
                    return r
        return None

    def _check_params(self) -> bool:
        """Parameters the owner typed that are not numbers are refused here, before the service sees them."""
        for row, ind in enumerate(self.model.rows):
            p = ind.params or {}
            bad = next((k for k in (*svc.ATTENDANCE_PARAMS, "target", "cap") if isinstance(p.get(k), str)), None)
            if bad is None and isinstance(p.get("tiers"), str):
                bad = "tiers"
            if bad is None:
                continue
            self.table.setCurrentIndex(self.model.index(row, IndicatorModel.NAME))
            self.model.set_bad_row(row)
            self.param_edits[bad].setStyleSheet(BAD_BORDER)
            message = self.tr("%1 of %2: write numbers, e.g. 4.5: 60; 4.7: 80.") if bad == "tiers" else \
                self.tr("%1 of %2 is not a number.")
            self.params_error.setText(message.replace("%1", self.param_labels[bad]).replace("%2", ind.name))
            self.params_error.show()
            return False
        return True

    def save(self) -> bool:
        """Validate and store the scheme (and take its roles from other schemes); False when refused."""
        self.table.setFocus()  # commits a cell being edited
        self._clear_errors()
        self.status.clear()
        if not self._check_params():
            return False
        data = self.current_input()
        try:
            with self.ctx.factory.begin() as s:
                if self.scheme_id is None:
                    scheme_id = svc.create_scheme(s, actor=self.ctx.actor, data=data)
                else:
                    scheme_id = self.scheme_id
                    svc.update_scheme(s, actor=self.ctx.actor, scheme_id=scheme_id, data=data, version=self.version)
        except ConflictError as err:  # saved elsewhere since it was loaded: theirs is shown, then who and when
            self.clean = None  # the edits made here are given up (the refusal says so), not asked about
            self.reload()
            self.select_scheme(scheme_id)
            self.status.setText(describe(err))
            return False
        except ShopTeamError as err:
            self._show_error(err)
            return False
        self.clean = None
        self.scheme_id = scheme_id
        self.reload()
        self.select_scheme(scheme_id)
        self.status.setText(self.tr("%1 is saved. New appraisal cycles use it; cycles already open keep their "
                                    "indicators.").replace("%1", data.name))
        return True
