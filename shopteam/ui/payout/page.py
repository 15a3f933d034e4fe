"""The payout page (奖金核算): the month's run, every figure explained, compute / approve / reopen, exports."""

from __future__ import annotations

from functools import partial
from html import escape

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import DBAPIError

from shopteam.domain import clock
from shopteam.domain.errors import ConflictError, ShopTeamError
from shopteam.services.payout import runs as payout
from shopteam.services.permissions import PAY_RULES_EDIT, PAYOUT_MANAGE, can
from shopteam.ui.changes import every_table_but
from shopteam.ui.context import AppContext
from shopteam.ui.i18n import chosen_language
from shopteam.ui.messages import describe
from shopteam.ui.payout.explanations import explanation_text, flag_text
from shopteam.ui.payout.model import TOTAL_KEYS, PayoutModel
from shopteam.ui.widgets.columns import fit_columns
from shopteam.ui.widgets.export import ERROR_STYLE, ask_save_path, run_export
from shopteam.ui.widgets.month_picker import MonthPicker

EXPORT_DIR_KEY = "payout/export_dir"


def _export_job(progress, export, factory, actor, year, month, path, language):
    """``export`` is services.payout.exports.export_payout / export_payslips or reports' export_payslips_pdf."""
    with factory() as session:
        return export(session, actor=actor, year=year, month=month, path=path, language=language,
                      progress=progress).file


class PayoutPage(QWidget):
    # The tables it shows: a commit that writes one reloads it (main_window).
    shows = every_table_but("audit_log", "user_account", "permission_grant", "import_mapping")
    loads_on_creation = True  # the main window need not refresh it on the first visit

    exported = Signal(str)
    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.view = None
        self.task = None
        self.closing_dialog = None  # while the approval list is open (tests reach it through this)
        self.model = PayoutModel(self)
        owner = can(ctx.actor, PAYOUT_MANAGE)

        today = clock.today()
        last = QDate(today.year, today.month, 1).addMonths(-1)
        self.month_picker = MonthPicker(last.year(), last.month(), "payout_month")
        self.month_edit = self.month_picker.edit
        self.month_picker.changed.connect(lambda _y, _m: self.refresh())
        self.state_label = QLabel()
        self.state_label.setObjectName("payout_state")

        self.compute_button = QPushButton(self.tr("Compute"))
        self.compute_button.setObjectName("payout_compute")
        self.compute_button.clicked.connect(self.compute)
        self.approve_button = QPushButton(self.tr("Approve and lock"))
        self.approve_button.setObjectName("payout_approve")
        self.approve_button.clicked.connect(self.approve)
        self.reopen_button = QPushButton(self.tr("Reopen…"))
        self.reopen_button.setObjectName("payout_reopen")
        self.reopen_button.clicked.connect(self.reopen)
        for button in (self.compute_button, self.approve_button, self.reopen_button):
            button.setVisible(owner)
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.export_button.setObjectName("payout_export")
        self.export_button.clicked.connect(lambda: self.export(payslips=False))
        self.slips_xlsx_button = QPushButton(self.tr("Payslips (Excel)…"))
        self.slips_xlsx_button.setObjectName("payout_payslips_xlsx")
        self.slips_xlsx_button.clicked.connect(lambda: self.export(payslips=True))
        self.slips_button = QPushButton(self.tr("Payslips (PDF)…"))
        self.slips_button.setObjectName("payout_payslips")
        self.slips_button.clicked.connect(self.payslips)
        self.year_end_button = QPushButton(self.tr("Year-end bonus…"))
        self.year_end_button.setObjectName("payout_year_end")
        self.year_end_button.setVisible(owner)
        self.year_end_button.clicked.connect(lambda: self.open_pool("year_end"))
        self.team_pool_button = QPushButton(self.tr("Team bonus pool…"))
        self.team_pool_button.setObjectName("payout_team_pool")
        self.team_pool_button.setVisible(owner)
        self.team_pool_button.clicked.connect(lambda: self.open_pool("team"))
        self.pool_dialog = None
        self.chart_button = QPushButton(self.tr("Cost and sales chart…"))
        self.chart_button.setObjectName("payout_cost_chart")
        self.chart_button.clicked.connect(self.open_cost_chart)
        self.chart_button.setVisible(owner)
        self.chart_dialog = None
        self.rules_button = QPushButton(self.tr("Pay rules…"))
        self.rules_button.setObjectName("payout_rules")
        self.rules_button.setVisible(can(ctx.actor, PAY_RULES_EDIT))
        self.rules_button.clicked.connect(self.open_rules)
        self.rules_dialog = None

        self.table = QTableView()
        self.table.setObjectName("payout_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.clicked.connect(self.show_explanation)
        self.table.selectionModel().currentChanged.connect(lambda current, _prev: self.show_explanation(current))

        self.detail = QTextBrowser()
        self.detail.setObjectName("payout_explanation")
        self.detail.setMinimumHeight(70)
        self.detail.setPlaceholderText(self.tr("Click a figure to see how it was computed."))

        self.message = QLabel()
        self.message.setObjectName("payout_message")
        self.message.setWordWrap(True)

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Month")))
        bar.addWidget(self.month_picker)
        bar.addSpacing(12)
        bar.addWidget(self.state_label)
        bar.addStretch(1)
        for button in (self.compute_button, self.approve_button, self.reopen_button):
            bar.addWidget(button)
        # the files and the settings on a second row: eleven buttons in one do not fit a 1366-pixel screen
        tools = QHBoxLayout()
        for button in (self.export_button, self.slips_xlsx_button, self.slips_button, self.chart_button):
            tools.addWidget(button)
        tools.addStretch(1)
        for button in (self.year_end_button, self.team_pool_button, self.rules_button):
            tools.addWidget(button)
        # the explanation under the table, not beside it: the table's fourteen columns need the width
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([600, 120])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(tools)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)
        self.refresh()

    # ------------------------------------------------------------ month and loading

    def month(self) -> tuple[int, int]:
        return self.month_picker.month()

    def set_month(self, year: int, month: int) -> None:
        self.month_picker.set_month(year, month)

    def step_month(self, delta: int) -> None:
        self.month_picker.step(delta)

    def refresh(self) -> None:
        year, month = self.month()
        try:
            with self.ctx.factory() as session:
                self.view = payout.get_run(session, actor=self.ctx.actor, year=year, month=month)
        except (ShopTeamError, DBAPIError) as err:  # DBAPIError: the server gone, the disk full … (db/failures)
            self.view = None
            self._say(describe(err), error=True)
        else:
            self._say(self._status_text(year, month))
        self.model.set_view(self.view)
        fit_columns(self.table, stretch=None)
        self.detail.clear()
        self._update_state()

    def _update_state(self) -> None:
        view = self.view
        texts = {"draft": self.tr("Draft"), "approved": self.tr("Approved — locked"),
                 "reopened": self.tr("Reopened")}
        if view is None:
            self.state_label.setText(self.tr("Not computed"))
        else:
            text = texts.get(view.state, view.state)
            if view.locked and view.approved_by:
                text += " · " + self.tr("approved by %1").replace("%1", view.approved_by)
            elif view.estimate:
                text = self.tr("Estimate (%1)").replace("%1", text)
            self.state_label.setText(text)
        color = "#2e7d32" if view is not None and view.locked else "#b26a00" if view is not None and view.estimate \
            else ""
        self.state_label.setStyleSheet(f"font-weight: bold; color: {color};" if color else "font-weight: bold;")
        locked = view is not None and view.locked
        self.compute_button.setText(self.tr("Recompute") if view is not None else self.tr("Compute"))
        self.compute_button.setEnabled(not locked)
        self.approve_button.setEnabled(view is not None and not locked and bool(view.rows) and not view.estimate)
        self.reopen_button.setEnabled(locked)
        has_rows = view is not None and bool(view.rows)
        for button in (self.export_button, self.slips_xlsx_button, self.slips_button):
            button.setEnabled(has_rows and self.task is None)

    def _status_text(self, year: int, month: int) -> str:
        view = self.view
        if view is None:
            return self.tr("No payout has been computed for %1 yet.").replace("%1", f"{year}-{month:02d}")
        if view.estimate and not view.locked:
            return self.tr("Estimate: computed before %1 ended, it counts the days up to then and cannot be "
                           "approved. Compute it again after the month has ended.").replace("%1", view.period)
        flagged = sum(1 for r in view.rows if r.flags)
        if flagged and not view.locked:
            return self.tr("%n line(s) in red need a second look before approval (hover for the reason).", "",
                           flagged)
        return ""

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(ERROR_STYLE if error else "")

    # ------------------------------------------------------------ explanations

    def show_explanation(self, index) -> None:
        if not index.isValid():
            return
        row = self.model.person(index.row())
        if row is None:
            self.detail.clear()
            return
        key = self.model.key_of(index.column())
        keys, titles = list(self.model.keys), self.model.titles
        components = [k for k in keys if k not in TOTAL_KEYS]
        parts = [f"<h3>{escape(row.name)} ({escape(row.employee_no)})</h3>"]
        parts += [f"<p style='color:#c62828'><b>{escape(flag_text(f))}</b></p>" for f in row.flags]
        whole = key in (None, "total", "net")
        for k in (components if whole else [] if key == "withheld" else [key]):
            amount = row.amounts[k]
            parts.append(self._figure(titles[3 + keys.index(k)], amount))
            lines = row.explanations.get(k, ())
            if amount is not None and lines:
                parts.append("<ul>" + "".join(f"<li>{escape(explanation_text(e))}</li>" for e in lines) + "</ul>")
        if whole and row.total is not None:
            parts.append(self._figure(titles[3 + keys.index("total")], row.total, hide_note=False))
        if "withheld" in keys and (key == "withheld" or whole):
            parts.append(self._figure(titles[3 + keys.index("withheld")], row.withheld))
            if row.withholding:
                parts.append("<ul>" + "".join(f"<li>{escape(explanation_text(e))}</li>"
                                              for line in row.withholding for e in line.explanations) + "</ul>")
            if row.net is not None:
                parts.append(self._figure(titles[3 + keys.index("net")], row.net, hide_note=False))
        self.detail.setHtml("".join(parts))

    def _figure(self, title: str, amount, *, hide_note: bool = True) -> str:
        shown = "***" if amount is None else f"{amount:,.2f}"
        html = f"<p><b>{escape(title)}: {shown}</b></p>"
        if amount is None and hide_note:
            hidden = self.tr("Hidden: you may not see this salary.")  # lupdate does not read f-strings
            html += f"<p style='color:#777'>{escape(hidden)}</p>"
        return html

    # ------------------------------------------------------------ actions

    def _act(self, fn, **kw) -> bool:
        year, month = self.month()
        shown = self.view if self.view is not None and (self.view.year, self.view.month) == (year, month) else None
        try:
            with self.ctx.factory.begin() as session:
                fn(session, actor=self.ctx.actor, year=year, month=month,
                   expected_version=None if shown is None else shown.version, **kw)
        except ConflictError as err:  # another PC computed, approved or reopened it since: show theirs
            self.refresh()
            self._say(describe(err), error=True)
            return False
        except (ShopTeamError, DBAPIError) as err:  # a database failure rolled the action back: say so, stay usable
            self._say(describe(err), error=True)
            return False
        self.refresh()
        self.changed.emit()
        return True

    def compute(self) -> None:
        if self._act(payout.compute_run):
            done = self.tr("Computed for %n person(s).", "", len(self.view.rows) if self.view else 0)
            self._say(" ".join(filter(None, (done, self._status_text(*self.month())))))

    def approve(self) -> None:
        """Approve; what is still open or flagged in the month is listed first for the owner to confirm."""
        year, month = self.month()
        try:
            with self.ctx.factory() as session:
                check = payout.closing_check_of(session, actor=self.ctx.actor, year=year, month=month)
        except (ShopTeamError, DBAPIError) as err:
            self._say(describe(err), error=True)
            return
        confirmed = False
        if not check.clear:
            from shopteam.ui.payout.closing_dialog import ClosingDialog

            self.closing_dialog = ClosingDialog(check, self.view, self)
            confirmed = self.closing_dialog.exec() == ClosingDialog.DialogCode.Accepted
            self.closing_dialog = None
            if not confirmed:
                return
        if self._act(payout.approve_run, confirmed=confirmed):
            self._say(self.tr("The payout is approved and locked."))

    def ask_reason(self) -> tuple[str, bool]:
        return QInputDialog.getText(self, self.tr("Reopen the payout"),
                                    self.tr("Why is the approved payout reopened?"))

    def reopen(self) -> None:
        reason, ok = self.ask_reason()
        if not ok:
            return
        if self._act(payout.reopen_run, reason=reason):
            self._say(self.tr("The payout is reopened; recompute it after correcting the data."))

    # ------------------------------------------------------------ files

    def _ask_path(self, title: str, name: str, pattern: str) -> str:
        return ask_save_path(self, title=title, name=name, pattern=pattern, settings_key=EXPORT_DIR_KEY)

    def _run(self, export, path: str) -> None:
        year, month = self.month()
        lang = chosen_language() or "zh_CN"
        self.task = run_export(self, partial(_export_job, export=export, factory=self.ctx.factory,
                                             actor=self.ctx.actor, year=year, month=month, path=path,
                                             language=lang),
                               title=self.tr("Writing…"), on_saved=self._saved, on_failed=self._failed)
        self._update_state()

    def export(self, *, payslips: bool = False) -> None:
        from shopteam.services.payout.exports import export_payout, export_payslips

        year, month = self.month()
        name = (self.tr("payslips-%1.xlsx") if payslips else self.tr("payout-%1.xlsx")).replace(
            "%1", f"{year}-{month:02d}")
        path = self._ask_path(self.tr("Export to Excel"), name, self.tr("Excel workbook (*.xlsx)"))
        if path:
            self._run(export_payslips if payslips else export_payout, path)

    def payslips(self) -> None:
        from shopteam.reports.payslips import export_payslips_pdf

        year, month = self.month()
        path = self._ask_path(self.tr("Payslips as PDF"), self.tr("payslips-%1.pdf").replace(
            "%1", f"{year}-{month:02d}"), self.tr("PDF (*.pdf)"))
        if path:
            self._run(export_payslips_pdf, path)

    def _failed(self, sentence: str) -> None:
        self.task = None
        self._update_state()
        self._say(sentence, error=True)

    def _saved(self, result) -> None:
        self.task = None
        self._update_state()
        self._say(self.tr("Saved %1").replace("%1", str(result)))
        self.exported.emit(str(result))

    def open_pool(self, kind: str) -> None:
        """The year-end bonus (``kind`` 'year_end') or team bonus pool ('team') dialog, for the page's month."""
        from shopteam.ui.payout.pool_dialog import PoolDialog

        year, month = self.month()
        dialog = self.pool_dialog = PoolDialog(self.ctx, kind, year, month, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda *_: setattr(self, "pool_dialog", None))
        dialog.open()

    def open_cost_chart(self) -> None:
        """The approved payout cost against sales per month over the 12 months to the page's month."""
        from shopteam.ui.widgets.shop_charts import CostSalesChart, open_chart

        year, month = self.month()
        self.chart_dialog = open_chart(self, CostSalesChart(self.ctx), self.tr("Payout cost against sales"),
                                       year, month)

    def open_rules(self) -> None:
        from shopteam.ui.payout.rules_dialog import PayRulesDialog

        dialog = self.rules_dialog = PayRulesDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda *_: setattr(self, "rules_dialog", None))
        dialog.accepted.connect(lambda: self._say(self.tr("The pay rules are saved; recompute the payout to apply them.")))
        dialog.open()
