"""Home (工作台): the month's figures for the actor's scope (services/dashboard), each a tile that opens the
screen behind it already filtered; the month-end checklist (月结) for who approves the payout; staff see
their own month (tasks due this week, attendance, last appraisal, payslips, requests)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from shopteam.domain import clock
from shopteam.services.permissions import PROBATION_REVIEW, TRAINING_MANAGE, can
from shopteam.ui.changes import every_table_but
from shopteam.ui.context import AppContext
from shopteam.ui.messages import ERROR_STYLE, describe
from shopteam.ui.tasks import run_task

if TYPE_CHECKING:
    from shopteam.services.dashboard import Dashboard


def _compute(_progress, factory, actor, year: int, month: int):
    from shopteam.services.dashboard import month_dashboard  # on the worker, after the window's first paint

    with factory() as session:
        return month_dashboard(session, actor=actor, year=year, month=month)


#: The headcount chart follows the figures by this much: matplotlib (about two seconds to import and set up
#: its fonts, done on the worker) is not part of the start (tests/test_startup_imports).
CHART_DELAY_MS = 1200


def _headcount(_progress, factory, actor, year: int, month: int):
    import matplotlib.backends.backend_qtagg  # noqa: F401 - imported here, off the GUI thread

    from shopteam.reports.fonts import configure_matplotlib
    from shopteam.services.dashboard.charts import headcount_by_department

    configure_matplotlib()
    with factory() as session:
        return headcount_by_department(session, actor=actor, year=year, month=month)


TILE_STYLE = (
    "QPushButton[tile=\"true\"] { text-align: left; padding: 12px 16px; border: 1px solid #d0d7de;"
    " border-radius: 8px; background: #ffffff; }"
    " QPushButton[tile=\"true\"]:hover { border-color: #1f6feb; background: #f3f8ff; }"
    " QPushButton[alert=\"true\"] { border-color: #e53935; background: #fff5f5; }"
)


class Tile(QPushButton):
    """A figure: a caption, the number in large type and a line of detail; a click opens what is behind it."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName(f"tile_{key}")
        self.setProperty("tile", True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setMinimumHeight(96)
        self.caption = QLabel()
        self.caption.setStyleSheet("color: #57606a; font-size: 13px;")
        self.value = QLabel()
        self.value.setObjectName(f"value_{key}")
        self.value.setStyleSheet("font-size: 26px; font-weight: 600; color: #1f2328;")
        self.detail = QLabel()
        self.detail.setStyleSheet("color: #57606a; font-size: 12px;")
        self.detail.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 10)
        layout.setSpacing(2)
        for label in (self.caption, self.value, self.detail):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            layout.addWidget(label)

    def show_figure(self, caption: str, value: str, detail: str = "", alert: bool = False) -> None:
        self.caption.setText(caption)
        self.value.setText(value)
        self.detail.setText(detail)
        self.setProperty("alert", alert)
        self.style().unpolish(self)
        self.style().polish(self)


class HomePage(QWidget):
    """The first screen after login."""

    # The tables it shows: a commit that writes one reloads it (main_window).
    shows = every_table_but("audit_log", "user_account", "permission_grant", "import_mapping")

    loads_on_creation = True  # the main window need not refresh it on the first visit
    open_screen = Signal(str, object)  # the page key and what to filter it by (see MainWindow.open_filtered)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.window_ = parent
        self.dashboard: Dashboard | None = None
        self.staff = ctx.actor.level == "staff"
        self.setStyleSheet(TILE_STYLE)

        self.heading = QLabel()
        self.heading.setObjectName("home_heading")
        self.heading.setStyleSheet("font-size: 18px; font-weight: 600;")
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)

        keys = (("tasks_week", "attendance", "appraisal", "payslips", "requests") if self.staff else
                ("headcount", "open_tasks", "overdue_tasks", "attendance", "approvals", "timesheets",
                 "appraisal", "payout")
                + (("probation",) if can(ctx.actor, PROBATION_REVIEW) else ())
                + (("training",) if can(ctx.actor, TRAINING_MANAGE) else ()))
        self.tiles: dict[str, Tile] = {}
        grid = QGridLayout()
        grid.setSpacing(12)
        columns = 4
        for i, key in enumerate(keys):
            tile = Tile(key)
            tile.clicked.connect(lambda _=False, k=key: self.open_figure(k))
            self.tiles[key] = tile
            grid.addWidget(tile, i // columns, i % columns)
        for c in range(columns):
            grid.setColumnStretch(c, 1)

        self.list_title = QLabel()
        self.list_title.setStyleSheet("font-size: 15px; font-weight: 600; margin-top: 8px;")
        self.items = QListWidget()
        self.items.setObjectName("home_items")
        self.items.setMinimumHeight(160)
        self.items.itemActivated.connect(lambda _item: self.open_list())
        self.list_button = QPushButton()
        self.list_button.setObjectName("home_list_button")
        self.list_button.clicked.connect(self.open_list)

        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.refresh_button)
        list_top = QHBoxLayout()
        list_top.addWidget(self.list_title, 1)
        list_top.addWidget(self.list_button)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addLayout(grid)
        self.body_layout = layout
        self.chart = None  # owner and managers: the headcount chart, made after the first figures (matplotlib)
        self.chart_loading = False
        layout.addLayout(list_top)
        layout.addWidget(self.items, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.loading = False
        self.heading.setText(self.tr("Loading this month's figures…"))
        QTimer.singleShot(0, self.refresh)  # the window paints first; the figures follow from a worker

    # ------------------------------------------------------------ loading
    def refresh(self) -> None:
        """Compute the month's figures on a worker and show them when they arrive."""
        if self.loading:
            return
        self.loading = True
        today = clock.today()
        run_task(_compute, self.ctx.factory, self.ctx.actor, today.year, today.month, on_done=self._loaded)

    def _loaded(self, dashboard, error) -> None:
        if not shiboken6.isValid(self) or not shiboken6.isValid(self.heading):
            return  # the window was closed while the figures were computed
        self.loading = False
        if error is not None:
            self.message.setText(describe(error))
            self.message.show()
            return
        self.dashboard = d = dashboard
        self.message.hide()
        self.heading.setText(self.tr("This month, %1 (to %2)").replace("%1", d.period)
                             .replace("%2", d.as_of.isoformat()))
        if self.staff:
            self._show_mine(d)
        else:
            self._show_scope(d)
            if self.chart is None:
                QTimer.singleShot(CHART_DELAY_MS, lambda: self._load_chart(d.year, d.month))
            else:
                self._load_chart(d.year, d.month)

    def _load_chart(self, year: int, month: int) -> None:
        """The headcount chart under the figures (owner and managers): its figures (and matplotlib) from a
        worker, the chart made when they arrive."""
        if self.chart_loading or not shiboken6.isValid(self):
            return
        self.chart_loading = True
        run_task(_headcount, self.ctx.factory, self.ctx.actor, year, month,
                 on_done=lambda series, error: self._chart_loaded(series, error, (year, month)))

    def _chart_loaded(self, series, error, period) -> None:
        if not shiboken6.isValid(self) or not shiboken6.isValid(self.items):
            return
        self.chart_loading = False
        if self.chart is None:
            from shopteam.ui.widgets.shop_charts import HeadcountChart

            self.chart = HeadcountChart(self.ctx, height=3.0)
            self.chart.setMinimumHeight(280)
            self.body_layout.insertWidget(self.body_layout.indexOf(self.items) - 1, self.chart)
            self.chart.show()
        self.chart.period = period
        if error is not None:
            self.chart._say(describe(error), error=True)
            return
        self.chart.show_series(series)

    def _state(self, state: str) -> str:
        names = {"draft": self.tr("draft"), "self_assessment": self.tr("self-assessment"),
                 "supervisor_review": self.tr("supervisor review"), "calibration": self.tr("calibration"),
                 "finalised": self.tr("finalised"), "interviewed": self.tr("interviewed")}
        return names.get(state, state)

    def _payout(self, status: str) -> str:
        return {"not_computed": self.tr("not computed"), "estimate": self.tr("estimate"),
                "draft": self.tr("computed, not approved"), "approved": self.tr("approved")}.get(status, status)

    def _attendance_detail(self, late, missing, absent) -> str:
        return (self.tr("late %1 · missing punches %2 · absent %3 d").replace("%1", str(late))
                .replace("%2", str(missing)).replace("%3", f"{absent:g}"))

    def _show_scope(self, d: Dashboard) -> None:
        t = self.tiles
        t["headcount"].show_figure(self.tr("Headcount"), str(d.headcount),
                                   self.tr("%1 joined · %2 left this month").replace("%1", str(d.joiners))
                                   .replace("%2", str(d.leavers)))
        t["open_tasks"].show_figure(self.tr("Open tasks"), str(d.open_tasks), self.tr("on the boards"))
        t["overdue_tasks"].show_figure(self.tr("Overdue tasks"), str(d.overdue_tasks), self.tr("past their due date"),
                                       alert=d.overdue_tasks > 0)
        a = d.attendance_exceptions
        t["attendance"].show_figure(self.tr("Attendance exceptions"), f"{a.total:g}",
                                    self._attendance_detail(a.late, a.missing_punches, a.absence_days),
                                    alert=a.total > 0)
        p = d.pending_approvals
        requests = p["leave"] + p["overtime"] + p["correction"]
        t["approvals"].show_figure(self.tr("Requests to approve"), str(requests),
                                   self.tr("leave %1 · overtime %2 · corrections %3").replace("%1", str(p["leave"]))
                                   .replace("%2", str(p["overtime"])).replace("%3", str(p["correction"])),
                                   alert=requests > 0)
        t["timesheets"].show_figure(self.tr("Timesheets to approve"), str(p["timesheet"]), self.tr("entries"),
                                    alert=p["timesheet"] > 0)
        progress = d.appraisal_progress
        total = sum(progress.values())
        done = progress.get("finalised", 0) + progress.get("interviewed", 0)
        t["appraisal"].show_figure(
            self.tr("Appraisal"), f"{done}/{total}" if total else "—",
            " · ".join(f"{self._state(k)} {v}" for k, v in progress.items()) or self.tr("no cycle this month"))
        t["payout"].show_figure(self.tr("Payout"), self._payout(d.payout_status), d.period,
                                alert=d.payout_status == "not_computed")
        if "probation" in t:
            ends = d.probation_ends
            t["probation"].show_figure(
                self.tr("Probation ends"), str(len(ends)),
                " · ".join(f"{name} {day.month}/{day.day}" for _no, name, day in ends[:3])
                or self.tr("none within 14 days"), alert=any(day < d.as_of for _no, _name, day in ends))
        if "training" in t:
            sessions = d.training_upcoming
            t["training"].show_figure(
                self.tr("Training coming up"), str(len(sessions)),
                self.tr("next: %1 on %2").replace("%1", sessions[0][0]).replace(
                    "%2", f"{sessions[0][1].month}/{sessions[0][1].day}") if sessions
                else self.tr("no session within 14 days"))
        self.items.clear()
        if d.month_end is None:
            self.list_title.setText(self.tr("Month-end checklist"))
            self.items.addItem(self.tr("Only who approves the payout sees the month-end checklist."))
            self.list_button.hide()
            return
        self.list_button.setText(self.tr("Open the payout"))
        self.list_button.show()
        count = len(d.month_end.items)
        self.list_title.setText(self.tr("Month-end checklist: %n item(s) still open", "", count) if count else
                                self.tr("Month-end checklist: nothing blocks closing the month"))
        for item in d.month_end.items:
            self.items.addItem(self._blocker(item))

    def _blocker(self, item) -> str:
        who = f"{item.employee_no} {item.name}".strip()
        if item.kind == "not_computed":
            return self.tr("The month's payout is not computed yet")
        if item.kind == "pending_request":
            kinds = {"leave": self.tr("leave"), "overtime": self.tr("overtime"), "correction": self.tr("correction")}
            return self.tr("%1: %2 request waiting for a decision").replace("%1", who).replace(
                "%2", kinds.get(item.detail, item.detail))
        if item.kind == "unfinalised_appraisal":
            return self.tr("%1: appraisal not finalised (%2)").replace("%1", who).replace("%2", self._state(item.detail))
        if item.kind == "no_records":
            return self.tr("%1: no punch and no timesheet this month").replace("%1", who)
        return self.tr("%1: payout line to check (%2)").replace("%1", who).replace("%2", item.detail)

    def _show_mine(self, d: Dashboard) -> None:
        m = d.mine
        t = self.tiles
        t["tasks_week"].show_figure(self.tr("My tasks due this week"), str(len(m.tasks_this_week)),
                                    self.tr("%1 open in all").replace("%1", str(d.open_tasks)))
        row = m.attendance
        if row is None:
            t["attendance"].show_figure(self.tr("My attendance"), "—", self.tr("nothing recorded this month"))
        else:
            t["attendance"].show_figure(
                self.tr("My attendance"), self.tr("%1 days worked").replace("%1", str(row.days_worked)),
                self._attendance_detail(row.late_count, row.missing_punch_count, row.absence_days),
                alert=bool(row.late_count or row.missing_punch_count or row.absence_days))
        last = m.last_appraisal
        t["appraisal"].show_figure(self.tr("My last appraisal"), last.grade or "—" if last else "—",
                                   (f"{last.period} · {last.score:.2f}" if last.score is not None else last.period)
                                   if last else self.tr("none finalised yet"))
        slip = m.payslips[0] if m.payslips else None
        amount = None if slip is None else (slip.net if slip.net is not None else slip.total)
        t["payslips"].show_figure(self.tr("My payslips"), "—" if slip is None else f"¥{amount:,.2f}",
                                  self.tr("%1 · %2 approved in all").replace("%1", slip.period)
                                  .replace("%2", str(len(m.payslips))) if slip else self.tr("none approved yet"))
        pending = sum(r.status == "pending" for r in m.requests)
        t["requests"].show_figure(self.tr("My requests"), str(pending), self.tr("waiting · %1 this month")
                                  .replace("%1", str(len(m.requests))))
        self.list_title.setText(self.tr("My tasks due this week"))
        self.list_button.setText(self.tr("Open my tasks"))
        self.items.clear()
        for task in m.tasks_this_week:
            due = task.due_date.isoformat() if task.due_date else ""
            self.items.addItem(f"{due}  {task.title}")
        if not m.tasks_this_week:
            self.items.addItem(self.tr("Nothing due this week."))

    # ------------------------------------------------------------ links
    TARGETS = {
        "headcount": ("roster", None), "open_tasks": ("boards", None), "overdue_tasks": ("boards", "overdue"),
        "attendance": ("attendance", "month"), "approvals": ("requests", "pending"),
        "timesheets": ("timesheets", "month"), "appraisal": ("appraisal", "month"), "payout": ("payout", "month"),
        "probation": ("recruitment", "probation"), "training": ("training", "sessions"),
        "tasks_week": ("my_tasks", None), "payslips": ("payout", "last_payslip"), "requests": ("requests", "all"),
    }

    def open_figure(self, key: str) -> None:
        page, how = self.TARGETS[key]
        self.open_screen.emit(page, self._filter(how))

    def _filter(self, how):
        d = self.dashboard
        if how == "month" and d is not None:
            return ("month", d.year, d.month)
        if how == "last_payslip" and d is not None and d.mine and d.mine.payslips:
            year, month = d.mine.payslips[0].period.split("-")
            return ("month", int(year), int(month))
        if how == "last_payslip":
            return None
        return how

    def open_list(self) -> None:
        if self.staff:
            self.open_screen.emit("my_tasks", None)
        elif self.dashboard is not None and self.dashboard.month_end is not None:
            self.open_screen.emit("payout", ("month", self.dashboard.year, self.dashboard.month))
