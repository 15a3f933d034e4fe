"""The ``shopteam`` command: with no subcommand it opens the window; subcommands work headless.

Every subcommand first brings the database to the current schema. On a local SQLite file the command
line acts as the owner. Expected failures print one line, ``shopteam: error: ...``, on stderr and exit
non-zero; ``--json`` puts results (and, for scripts, the error too) as JSON on stdout.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path

from shopteam import APP_NAME, __version__
from shopteam.cli_zh import ZH
from shopteam.domain import clock
from shopteam.domain.language import LANGUAGES, choose_language, locale_language
from shopteam.runtime import tune_garbage_collector

PROG = "shopteam"
EXIT_ERROR = 1
EXIT_USAGE = 2


_language = "en"  # what the command line speaks: set by main() through domain.language.choose_language


def _(text: str) -> str:
    """``text`` (an English message, help text or heading) in the command line's language (cli_zh)."""
    return ZH.get(text, text) if _language == "zh_CN" else text


def _error_text(exc) -> str:
    """A service's refusal (ShopTeamError: an English template and its values) in the command line's language:
    the Chinese comes from the window's compiled translations (the Errors context), read with a QTranslator
    directly (no application object needed)."""
    if _language != "zh_CN":
        return exc.message
    translator = _errors_translator()
    if translator is None:
        return exc.message

    def t(text: str) -> str:
        return translator.translate("Errors", text) or text

    params = {k: t(v) if isinstance(v, str) else v for k, v in exc.params.items()}
    try:
        return t(exc.template).format(**params)
    except (KeyError, IndexError):
        return exc.message


@functools.lru_cache(maxsize=1)
def _errors_translator():
    from PySide6.QtCore import QTranslator

    from shopteam.paths import translations_dir

    translator = QTranslator()
    return translator if translator.load(str(translations_dir() / "shopteam_zh_CN.qm")) else None


def set_language(language: str) -> None:
    global _language
    _language = language if language in LANGUAGES else "en"


def _option_language(argv: list[str]) -> str | None:
    """The ``--lang`` of a command line not yet parsed (help texts are made before the parsing)."""
    for index, arg in enumerate(argv):
        if arg == "--lang" and index + 1 < len(argv):
            return argv[index + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None


class CliError(Exception):
    """An expected failure with the one line to show and a machine code."""

    def __init__(self, message: str, code: str = "error", status: int = EXIT_ERROR):
        super().__init__(message)
        self.code = code
        self.status = status


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one line instead of usage + message, and no SystemExit
        raise CliError(_("{message} (see '{prog} --help')").format(message=message, prog=PROG), code="usage",
                       status=EXIT_USAGE)


def _global_options(parser: argparse.ArgumentParser, *, default=None) -> None:
    parser.add_argument("--db", metavar="URL", default=default,
                        help=_("database URL or file (default: $SHOPTEAM_DB, else the file in your data folder)"))
    parser.add_argument("--json", action="store_true", default=default or False,
                        help=_("print machine-readable JSON"))
    parser.add_argument("--lang", choices=LANGUAGES, default=default,
                        help=_("language of the messages, the documents, the demo data and the window (default: "
                               "the system locale, else the shop's language)"))


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog=PROG, description=_("{app} (网店团队管家): team management for small online shops. "
                                              "Without a command it opens the window.").format(app=APP_NAME))
    _global_options(parser)
    parser.add_argument("--version", action="store_true", help=_("print the version and exit"))
    parser.add_argument("--smoke-test", action="store_true",
                        help=_("open and close the window offscreen, then exit"))
    # The global options are accepted after the command too ("shopteam check --json");
    # SUPPRESS keeps a subcommand from resetting what was given before it.
    common = argparse.ArgumentParser(add_help=False)
    _global_options(common, default=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.add_parser("demo", parents=[common], help=_("fill an empty database with the demo shop (小鹿优选旗舰店)"))
    sub.add_parser("check", parents=[common], help=_("check the database's integrity and business rules"))
    backup = sub.add_parser("backup", parents=[common], help=_("write a consistent copy of the database"))
    backup.add_argument("--out", metavar="FILE", help=_("backup file (default: backups/ beside the database)"))
    restore = sub.add_parser("restore", parents=[common],
                             help=_("replace the database with a backup (the current one is kept aside)"))
    restore.add_argument("file", metavar="FILE", help=_("a backup written by 'shopteam backup'"))
    move = sub.add_parser("migrate-data", parents=[common],
                          help=_("copy a whole shop to another database (this PC's file to a server, or back)"))
    move.add_argument("--from", dest="source", metavar="URL", required=True,
                      help=_("the database the shop is in (a file path or a URL)"))
    move.add_argument("--to", dest="target", metavar="URL", required=True,
                      help=_("an empty database to copy it into, e.g. postgresql://shopteam:…@office-pc/shopteam"))
    _attendance_commands(sub, common)
    _appraisal_commands(sub, common)
    _payout_commands(sub, common)
    return parser


def _attendance_commands(sub, common) -> None:
    imp = sub.add_parser("import", parents=[common], help=_("import a roster, punch records or a timesheet "
                                                            "(.xlsx, .xls or .csv)"))
    imp.add_argument("kind", choices=("roster", "attendance", "timesheet", "cards", "kpi", "candidates"),
                     help=_("what the file holds ('attendance' finds the layout: daily summary, detail, punch log "
                            "or plain punch sheet)"))
    imp.add_argument("file", metavar="FILE")
    imp.add_argument("--sheet", metavar="NAME", help=_("the sheet to read (default: the first with data)"))
    imp.add_argument("--duplicates", choices=("skip", "replace"), default="skip",
                     help=_("what to do with records that already exist (default: skip)"))
    imp.add_argument("--year", type=int, metavar="YYYY", help=_("the year of dates written without one (10月1日)"))
    imp.add_argument("--period", metavar="YYYY-MM", help=_("the month of KPI rows without a period column (kpi)"))
    imp.add_argument("--position", metavar="ROLE|ID",
                     help=_("the open position of candidate rows without an 应聘职位 column (candidates)"))
    report = sub.add_parser("report", parents=[common], help=_("print a report"))
    report.add_argument("what", choices=("attendance", "flow", "dashboard", "probation", "weekly", "training"))
    report.add_argument("--month", metavar="YYYY-MM", help=_("the month (attendance; required)"))
    report.add_argument("--week", metavar="YYYY-Www", help=_("the ISO week, e.g. 2026-W45 (weekly; required)"))
    report.add_argument("--department", metavar="NAME",
                        help=_("the department's weekly meeting (weekly; default: the shop's)"))
    report.add_argument("--year", type=int, metavar="YYYY", help=_("the year (training; this year when not given)"))
    export = sub.add_parser("export", parents=[common], help=_("write a report or table to an Excel workbook"))
    export.add_argument("what", choices=("attendance", "roster", "cards", "pool", "candidates", "training",
                                         "training-signin", "meeting"))
    export.add_argument("--month", metavar="YYYY-MM", help=_("the month (attendance)"))
    export.add_argument("--year", type=int, metavar="YYYY", help=_("the year (training; this year when not given)"))
    export.add_argument("--session", type=int, metavar="ID",
                        help=_("the training session (training-signin): its No. in the training screen's list"))
    export.add_argument("--id", type=int, metavar="N", help=_("the bonus pool (pool)"))
    export.add_argument("--week", metavar="YYYY-Www", help=_("the ISO week of the weekly meeting (meeting; required)"))
    export.add_argument("--department", metavar="NAME",
                        help=_("the department's weekly meeting (meeting; default: the shop's)"))
    export.add_argument("--out", required=True, metavar="FILE.xlsx",
                        help=_("the file to write (meeting: FILE.pdf prints the record on A4, else a workbook)"))
    template = sub.add_parser("template", parents=[common], help=_("write a blank import template"))
    template.add_argument("kind", choices=("roster", "attendance", "timesheet", "kpi", "candidates"))
    template.add_argument("--out", required=True, metavar="FILE.xlsx")
    _board_options(imp, export, report)


def _board_options(imp, export, report) -> None:
    """Options of the task-board commands: import/export cards, report flow."""
    for parser in (imp, export, report):
        parser.add_argument("--board", metavar="NAME", help=_("the task board (cards, flow)"))
    report.add_argument("--weeks", type=int, default=12, metavar="N",
                        help=_("weeks of flow up to today, this week included (flow; default 12)"))


def system_language() -> str | None:
    """zh_CN or en from the system locale (LC_ALL, LC_MESSAGES, LANG); None when it names no language."""
    return locale_language(os.environ)


# ------------------------------------------------------------------------------------------ commands

def _emit(args, data: dict, text: str) -> None:
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        print(text)


def cmd_demo(args, engine) -> int:
    from shopteam.db.engine import make_session_factory
    from shopteam.services import demo, maintenance

    with make_session_factory(engine).begin() as session:
        demo.create_demo_shop(session, language=args.language)
    with make_session_factory(engine)() as session:
        counts = maintenance.count_records(session)
    accounts = [
        {"username": demo.OWNER_USERNAME, "level": "owner"},
        {"username": demo.MANAGER_USERNAME, "level": "manager"},
        {"username": demo.STAFF_USERNAME, "level": "staff"},
    ]
    data = {"ok": True, **counts, "logins": accounts, "password": demo.DEMO_PASSWORD}
    users = ", ".join(f"{a['username']} ({_(a['level'])})" for a in accounts)
    _emit(args, data, _("Demo shop created: {staff} staff ({left} left) in {staffed} departments ({departments} in "
                        "all), {roles} roles.").format(staff=counts["staff"], left=counts["staff_left"],
                                                      staffed=counts["departments_staffed"],
                                                      departments=counts["departments"], roles=counts["roles"])
          + "\n" + _("Log in as {users}; the password is {password}.").format(users=users,
                                                                              password=demo.DEMO_PASSWORD))
    return 0


def cmd_check(args, engine) -> int:
    from shopteam.services.maintenance import run_check

    report = run_check(engine)
    lines = [_("Database: {url} (schema {schema})").format(url=engine.url.render_as_string(hide_password=True),
                                                         schema=report.schema or _("none"))]
    if report.counts:
        c = report.counts
        lines.append(_("Staff: {staff} ({current} current, {left} left) in {staffed} departments ({departments} in "
                       "all); {roles} roles; {accounts} accounts.").format(
            staff=c["staff"], current=c["staff_current"], left=c["staff_left"], staffed=c["departments_staffed"],
            departments=c["departments"], roles=c["roles"], accounts=c["accounts"]))
    if report.ok:
        lines.append(_("No problems found."))
    else:
        lines.append(_("{count} problem(s):").format(count=len(report.problems)))
        lines += [f"  - {p.message}" for p in report.problems]
    _emit(args, report.to_dict(), "\n".join(lines))
    return 0 if report.ok else 1


def cmd_backup(args, engine) -> int:
    from shopteam.services.maintenance import make_backup

    path = make_backup(engine, args.out)
    _emit(args, {"ok": True, "backup": str(path)}, _("Backup written: {path}").format(path=path))
    return 0


def cmd_restore(args, engine) -> int:
    from shopteam.services.context import system_owner
    from shopteam.services.maintenance import restore_backup

    source = Path(args.file).expanduser().resolve()
    safety = restore_backup(engine, source, actor=system_owner())
    _emit(args, {"ok": True, "restored_from": str(source), "safety_backup": str(safety)},
          _("Restored from {source}.").format(source=source) + "\n"
          + _("The database as it was before is kept in {path}").format(path=safety))
    return 0


def cmd_migrate_data(args, engine) -> int:
    """Copy everything from --from into the empty --to, and compare the row counts of every table."""
    from shopteam.services.maintenance import migrate_data

    counts = migrate_data(args.source, args.target)
    total = sum(counts.values())
    _emit(args, {"ok": True, "rows": total, "tables": counts},
          _("Copied {rows} rows in {tables} tables; the counts match.").format(rows=total, tables=len(counts)))
    return 0


def _month(text: str | None, option: str = "--month") -> tuple[int, int]:
    import re

    match = re.fullmatch(r"(\d{4})-(\d{1,2})", (text or "").strip())
    if not match or not 1 <= int(match.group(2)) <= 12:
        raise CliError(_("{option} must look like 2026-09, not {text}").format(option=option, text=repr(text)),
                       code="usage", status=EXIT_USAGE)
    return int(match.group(1)), int(match.group(2))


def cmd_import(args, engine) -> int:
    if args.kind == "cards":
        return cmd_import_cards(args, engine)
    from shopteam.db.engine import make_session_factory
    from shopteam.services.context import system_owner
    from shopteam.services.imports.pipeline import commit_import, preview_import

    path = Path(args.file).expanduser()
    kind = {"roster": "roster", "attendance": "attendance", "timesheet": "timesheet", "kpi": "kpi",
            "candidates": "candidates"}[args.kind]
    period = _month(args.period, "--period") if getattr(args, "period", None) else None
    actor = system_owner()
    with make_session_factory(engine).begin() as session:
        position_id = None
        if kind == "candidates" and getattr(args, "position", None):
            from shopteam.services.imports.candidates import resolve_position

            position_id = resolve_position(session, actor=actor, text=args.position)
        preview = preview_import(session, actor=actor, path=path, sheet=args.sheet, kind=kind, year=args.year,
                                 period=period, position_id=position_id)
        summary = commit_import(session, actor=actor, preview=preview, duplicates=args.duplicates)
    lines = [_("{file} ({kind}, sheet '{sheet}'): {inserted} inserted, {replaced} replaced, {skipped} skipped, "
               "{rejected} rejected.").format(file=path.name, kind=_(preview.kind), sheet=preview.sheet,
                                              inserted=summary.inserted, replaced=summary.replaced,
                                              skipped=summary.skipped, rejected=summary.rejected)]
    lines += [f"  {note}" for note in summary.notes]
    lines += [f"  {reason}" for _row, reason in summary.rejected_rows]
    _emit(args, {"ok": True, **summary.to_dict()}, "\n".join(lines))
    return 0


def cmd_report(args, engine) -> int:
    if args.what == "flow":
        return cmd_report_flow(args, engine)
    if args.what == "dashboard":
        return cmd_report_dashboard(args, engine)
    if args.what == "probation":
        return cmd_report_probation(args, engine)
    if args.what == "weekly":
        return cmd_report_weekly(args, engine)
    if args.what == "training":
        return cmd_report_training(args, engine)
    if not args.month:
        raise CliError(_("report attendance needs --month YYYY-MM (see '{prog} report --help')").format(prog=PROG),
                       code="usage", status=EXIT_USAGE)
    from shopteam.db.engine import make_session_factory
    from shopteam.services.attendance.month import month_summary
    from shopteam.services.context import system_owner

    year, month = _month(args.month)
    with make_session_factory(engine).begin() as session:
        rows = month_summary(session, actor=system_owner(), year=year, month=month)
    data = [row.as_dict() for row in rows]
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    keys = list(data[0]) if data else []
    print(_("Attendance {period}{to_date}: {count} people").format(period=f"{year}-{month:02d}",
                                                                  to_date=_to_date(year, month), count=len(data)))
    if keys:
        from shopteam.io.attendance_export import summary_heading

        # the keys of --json in English (scripts and the existing reports read them), the labels in Chinese
        print("\t".join(summary_heading(key, _language) if _language == "zh_CN" else key for key in keys))
        for item in data:
            print("\t".join(str(item[k]) for k in keys))
    return 0


def _to_date(year: int, month: int) -> str:
    """`` to date (2026-12-06)`` while the month is in progress, `` (not begun)`` before it, else nothing."""
    from shopteam.domain import clock
    from shopteam.domain.attendance import counted_until

    until = counted_until(year, month, clock.today())
    if until is None:
        return ""
    if until.month != month:
        return _(" (not begun: nothing counted yet)")
    return _(" to date ({day})").format(day=until.isoformat())


def cmd_export(args, engine) -> int:
    if args.what == "cards":
        return cmd_export_cards(args, engine)
    if args.what == "pool":
        return cmd_export_pool(args, engine)
    if args.what == "training-signin":
        return cmd_export_training_signin(args, engine)
    if args.what == "meeting":
        return cmd_export_meeting(args, engine)
    from shopteam.db.engine import make_session_factory
    from shopteam.services.context import system_owner

    out = Path(args.out).expanduser()
    with make_session_factory(engine).begin() as session:
        if args.what == "attendance":
            from shopteam.services.attendance.exports import export_attendance

            year, month = _month(args.month)
            result = export_attendance(session, actor=system_owner(), year=year, month=month, path=out,
                                       language=args.language)
        elif args.what == "candidates":
            from shopteam.services.recruitment.exports import export_candidates

            result = export_candidates(session, actor=system_owner(), path=out, language=args.language)
        elif args.what == "training":
            from shopteam.domain import clock
            from shopteam.services.training.exports import export_training

            result = export_training(session, actor=system_owner(), year=args.year or clock.today().year, path=out,
                                     language=args.language)
        else:
            from shopteam.services.org.exports import export_roster

            result = export_roster(session, actor=system_owner(), path=out, language=args.language)
    _emit(args, result.to_dict(), _("{count} rows written to {file}").format(count=result.rows, file=out))
    return 0


def cmd_export_training_signin(args, engine) -> int:
    """A training session's sign-in sheet (签到表) as an A4 PDF."""
    from shopteam.db.engine import make_session_factory
    from shopteam.services.context import system_owner

    if args.session is None:
        raise CliError(_("export training-signin needs --session ID (see '{prog} export --help')").format(prog=PROG),
                       code="usage", status=EXIT_USAGE)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([PROG])  # noqa: F841 - fonts need the application
    from shopteam.reports.training_sign_in import export_sign_in_sheet

    out = Path(args.out).expanduser()
    with make_session_factory(engine)() as session:
        result = export_sign_in_sheet(session, actor=system_owner(), session_id=args.session, path=out,
                                      language=args.language)
    _emit(args, result.to_dict(), _("{file}: {pages} page(s), {people} people listed").format(
        file=out, pages=result.pages, people=result.people))
    return 0


def cmd_export_pool(args, engine) -> int:
    from shopteam.db.engine import make_session_factory
    from shopteam.services.context import system_owner
    from shopteam.services.payout.exports import export_pool

    if args.id is None:
        raise CliError(_("export pool needs --id N (see '{prog} export --help')").format(prog=PROG), code="usage",
                       status=EXIT_USAGE)
    out = Path(args.out).expanduser()
    with make_session_factory(engine)() as session:
        result = export_pool(session, actor=system_owner(), pool_id=args.id, path=out, language=args.language)
    _emit(args, result.to_dict(), _("{count} shares of {total} written to {file}").format(
        count=result.people, total=f"{result.total:,.2f}", file=out))
    return 0


def cmd_export_meeting(args, engine) -> int:
    """The record of the week's meeting of the shop or --department: a PDF on A4 for FILE.pdf, else Excel."""
    from shopteam.db.engine import make_session_factory
    from shopteam.domain.meetings import normal_week
    from shopteam.services.context import system_owner
    from shopteam.services.meetings.exports import export_meeting
    from shopteam.services.meetings.meeting import find_meeting
    from shopteam.services.meetings.prefill import department_named

    if not args.week:
        raise CliError(_("export meeting needs --week YYYY-Www (see '{prog} export --help')").format(prog=PROG),
                       code="usage", status=EXIT_USAGE)
    out = Path(args.out).expanduser()
    pdf = out.suffix.lower() == ".pdf"
    if pdf:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtGui import QGuiApplication

        app = QGuiApplication.instance() or QGuiApplication([PROG])  # noqa: F841 - fonts need the application
        from shopteam.reports.meeting_sheet import export_meeting_pdf
    with make_session_factory(engine)() as session:
        department_id = department_named(session, args.department) if args.department else None
        meeting_id = find_meeting(session, week=args.week, department_id=department_id)
        if meeting_id is None:
            raise CliError((_("there is no weekly meeting of {department} for {week}") if args.department else
                            _("there is no weekly meeting of the shop for {week}")).format(
                week=normal_week(args.week), department=args.department), code="not_found")
        if pdf:
            result = export_meeting_pdf(session, actor=system_owner(), meeting_id=meeting_id, path=out,
                                        language=args.language)
            _emit(args, result.to_dict(), _("{file}: {pages} page(s)").format(file=out, pages=result.pages))
            return 0
        export_meeting(session, actor=system_owner(), meeting_id=meeting_id, path=out, language=args.language)
    _emit(args, {"ok": True, "file": str(out)}, _("Weekly meeting written to {file}").format(file=out))
    return 0


def cmd_template(args, engine) -> int:
    from shopteam.db.engine import make_session_factory
    from shopteam.services.context import system_owner
    from shopteam.services.imports.templates import export_template

    out = Path(args.out).expanduser()
    with make_session_factory(engine)() as session:
        export_template(session, actor=system_owner(), kind=args.kind, path=out, language=args.language)
    _emit(args, {"ok": True, "file": str(out)}, _("Template written to {file}").format(file=out))
    return 0


def _board_id(args, session) -> int:
    from shopteam.services.boards.board import board_by_name

    if not args.board:
        raise CliError(_("{command} needs --board NAME (see '{prog} {command} --help')").format(
            command=args.command, prog=PROG), code="usage", status=EXIT_USAGE)
    return board_by_name(session, args.board).id


def cmd_export_cards(args, engine) -> int:
    from shopteam.db.engine import make_session_factory
    from shopteam.services.boards.transfer import export_cards
    from shopteam.services.context import system_owner

    out = Path(args.out).expanduser()
    with make_session_factory(engine).begin() as session:
        count = export_cards(session, actor=system_owner(), board_id=_board_id(args, session), path=out,
                             language=args.language)
    _emit(args, {"ok": True, "file": str(out), "cards": count},
          _("{count} cards written to {file}").format(count=count, file=out))
    return 0


def cmd_import_cards(args, engine) -> int:
    from shopteam.db.engine import make_session_factory
    from shopteam.services.boards.transfer import import_cards
    from shopteam.services.context import system_owner

    path = Path(args.file).expanduser()
    if not path.is_file():
        raise FileNotFoundError(2, "No such file", str(path))
    with make_session_factory(engine).begin() as session:
        result = import_cards(session, actor=system_owner(), board_id=_board_id(args, session), path=path)
    _emit(args, {"ok": True, "board": result.board, "created": result.created},
          _("{count} cards imported into {board}.").format(count=result.created, board=result.board))
    return 0


def cmd_report_dashboard(args, engine) -> int:
    """The home screen's figures of the month (services/dashboard), the current month without --month."""
    from shopteam.db.engine import make_session_factory
    from shopteam.domain import clock
    from shopteam.services.context import system_owner
    from shopteam.services.dashboard import month_dashboard

    if args.month:
        year, month = _month(args.month)
    else:
        year, month = clock.today().year, clock.today().month
    with make_session_factory(engine)() as session:
        d = month_dashboard(session, actor=system_owner(), year=year, month=month)
    data = d.as_dict()
    a = d.attendance_exceptions
    blockers = data["month_end_blockers"] or []
    lines = [_("Home figures of {period} (to {day})").format(period=d.period, day=d.as_of.isoformat()),
             _("headcount {count} (joined {joiners}, left {leavers})").format(
                 count=d.headcount, joiners=d.joiners, leavers=d.leavers),
             _("open tasks {open}, overdue {overdue}").format(open=d.open_tasks, overdue=d.overdue_tasks),
             _("attendance exceptions: late {late}, missing punches {missing}, absence days {absent}").format(
                 late=a.late, missing=a.missing_punches, absent=a.absence_days),
             _("pending approvals: leave {leave}, overtime {overtime}, corrections {correction}, timesheet "
               "entries {timesheet}").format(**d.pending_approvals),
             _("appraisals by state: {states}").format(
                 states=", ".join(f"{k} {v}" for k, v in d.appraisal_progress.items()) or "-"),
             _("payout: {status}").format(status=d.payout_status),
             _("month-end: {count} item(s) still open").format(count=len(blockers))]
    lines += [f"  - {b['kind']} {b['employee_no']} {b['name']} {b['detail']}".rstrip() for b in blockers]
    _emit(args, data, "\n".join(lines))
    return 0


def cmd_report_probation(args, engine) -> int:
    """Everyone on probation: employee_no, name, probation_end, review_state (soonest end first), and the
    probation review's state: assessment (none / recommended / decided), recommendation, score, grade, decision."""
    from shopteam.db.engine import make_session_factory
    from shopteam.services.context import system_owner
    from shopteam.services.recruitment.probation import list_probation

    with make_session_factory(engine)() as session:
        rows = list_probation(session, actor=system_owner())
    data = [row.as_dict() for row in rows]
    lines = [_("On probation: {count} people").format(count=len(data))]
    lines += [f"{item['employee_no']}\t{item['name']}\t{item['probation_end'] or '-'}\t{_(item['review_state'])}"
              f"\t{_probation_assessment_text(item)}" for item in data]
    _emit(args, data, "\n".join(lines))
    return 0


PROBATION_WORDS = {"confirm": "confirmation", "extend": "extension", "end": "not kept"}


def _probation_assessment_text(item: dict) -> str:
    """none: '-'; recommended: 'recommended: confirmation 80.50'; decided: 'decided: extension (recommended:
    confirmation)'."""
    if item["assessment"] == "recommended":
        return _("recommended: {recommendation} {score}").format(
            recommendation=_(PROBATION_WORDS[item["recommendation"]]), score=f"{item['score']:.2f}")
    if item["assessment"] == "decided":
        return _("decided: {decision} (recommended: {recommendation})").format(
            decision=_(PROBATION_WORDS[item["decision"]]), recommendation=_(PROBATION_WORDS[item["recommendation"]]))
    return "-"


def cmd_report_weekly(args, engine) -> int:
    """Each person's summary and plan of a week: employee_no, name, summary, plan (from the saved weekly
    meeting of the shop or the department when there is one, else the prefill from cards and timesheets)."""
    from shopteam.db.engine import make_session_factory
    from shopteam.domain.meetings import normal_week
    from shopteam.services.context import system_owner
    from shopteam.services.meetings.prefill import department_named, weekly_parts

    if not args.week:
        raise CliError(_("report weekly needs --week YYYY-Www (see '{prog} report --help')").format(prog=PROG),
                       code="usage", status=EXIT_USAGE)
    with make_session_factory(engine)() as session:
        department_id = department_named(session, args.department) if args.department else None
        parts = weekly_parts(session, actor=system_owner(), week=args.week, department_id=department_id)
    data = [part.as_dict() for part in parts]
    lines = [_("Weekly report {week}: {count} people").format(week=normal_week(args.week), count=len(data))]
    for item in data:
        lines.append(f"{item['employee_no']}\t{item['name']}")
        lines += [f"  {_('This week')}: {line}" for line in item["summary"].splitlines()]
        lines += [f"  {_('Next week')}: {line}" for line in item["plan"].splitlines()]
    _emit(args, data, "\n".join(lines))
    return 0


def cmd_report_training(args, engine) -> int:
    """The year's training per person: employee_no, name, sessions, hours, average_score (by employee no.)."""
    from shopteam.db.engine import make_session_factory
    from shopteam.domain import clock
    from shopteam.services.context import system_owner
    from shopteam.services.training.records import training_report

    year = args.year if args.year is not None else clock.today().year
    with make_session_factory(engine)() as session:
        rows = training_report(session, actor=system_owner(), year=year)
    data = [row.as_dict() for row in rows]
    lines = [_("Training {year}: {count} people").format(year=year, count=len(data)),
             "\t".join([_("employee no."), _("name"), _("sessions"), _("hours"), _("average score")])]
    lines += [f"{item['employee_no']}\t{item['name']}\t{item['sessions']}\t{item['hours']}\t"
              f"{item['average_score'] or '-'}" for item in data]
    _emit(args, data, "\n".join(lines))
    return 0


def cmd_report_flow(args, engine) -> int:
    from shopteam.db.engine import make_session_factory
    from shopteam.services.boards.flow import flow_summary

    with make_session_factory(engine)() as session:
        summary = flow_summary(session, board_id=_board_id(args, session), weeks=args.weeks)
    data = summary.to_dict()
    lead, cycle = data["lead_time_days_median"], data["cycle_time_days_median"]
    lines = [_("Flow of {board}, {start} to {end}: {done} cards done; median lead time {lead} days, cycle time "
               "{cycle} days.").format(board=summary.board_name, start=data["start"], end=data["end"],
                                       done=summary.cards_done, lead="-" if lead is None else lead,
                                       cycle="-" if cycle is None else cycle),
             _("week") + "\t" + _("cards done")]
    lines += [f"{item['week']}\t{item['cards_done']}" for item in data["throughput_per_week"]]
    _emit(args, data, "\n".join(lines))
    return 0


def _appraisal_commands(sub, common) -> None:
    appraisal = sub.add_parser("appraisal", parents=[common], help=_("compute a month's appraisals, print the "
                                                                     "sheets, or export/import them for offline "
                                                                     "scoring"))
    appraisal.add_argument("action", choices=("compute", "print", "export-sheets", "import-sheets"),
                           help=_("export-sheets writes one Excel sheet per person to fill in; import-sheets reads "
                                  "the supervisor's scores and comments back (all or nothing)"))
    appraisal.add_argument("file", nargs="?", metavar="FILE.xlsx", help=_("the filled-in workbook (import-sheets)"))
    appraisal.add_argument("--period", metavar="YYYY-MM", help=_("the month (required but for import-sheets, where "
                                                                 "it checks the file's month)"))
    appraisal.add_argument("--department", metavar="NAME", help=_("only this department (print, export-sheets)"))
    appraisal.add_argument("--out", metavar="FILE", help=_("the PDF (print) or workbook (export-sheets) to write"))
    appraisal.add_argument("--submit", action="store_true",
                           help=_("import-sheets: hand fully scored appraisals on to calibration"))


def cmd_appraisal(args, engine) -> int:
    from shopteam.db.engine import make_session_factory
    from shopteam.services.appraisal import compute as appraisal_compute
    from shopteam.services.appraisal import cycles as appraisal
    from shopteam.services.context import system_owner

    if args.action == "import-sheets":
        return cmd_appraisal_import_sheets(args, engine)
    year, month = _month(args.period, "--period")
    actor = system_owner()
    factory = make_session_factory(engine)
    with factory() as session:
        cycle = appraisal.find_cycle(session, year=year, month=month)
    if cycle is None:
        raise CliError(_("there is no appraisal cycle for {period}").format(period=args.period), code="not_found")
    if args.action == "export-sheets":
        return cmd_appraisal_export_sheets(args, factory, cycle.id)
    if args.action == "compute":
        with factory.begin() as session:
            rows = appraisal_compute.compute_cycle(session, actor=actor, cycle_id=cycle.id)
        data = [r.as_dict() for r in rows]
        text = "\n".join(f"{r.employee_no}\t{r.name}\t{r.scheme}\t"
                         f"{'' if r.final_score is None else r.final_score}\t{r.grade}\t{r.state}" for r in rows)
        if args.json:
            print(json.dumps(data, ensure_ascii=False, indent=2))
        else:
            print(text)
        return 0
    if not args.out:
        raise CliError(_("appraisal print needs --out FILE.pdf"), code="usage", status=EXIT_USAGE)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([PROG])  # noqa: F841 - fonts need the application
    from shopteam.reports.appraisal_sheet import export_appraisal_pdf

    out = Path(args.out).expanduser()
    with factory() as session:
        result = export_appraisal_pdf(session, actor=actor, cycle_id=cycle.id, path=out, department=args.department,
                                      language=args.language)
    if not result.pages:
        raise CliError((_("no appraisals to print for {period} in {department}") if args.department else
                        _("no appraisals to print for {period}")).format(period=args.period,
                                                                          department=args.department),
                       code="not_found")
    _emit(args, result.to_dict(), _("{file}: {pages} page(s)").format(file=out, pages=result.pages))
    return 0


def cmd_appraisal_export_sheets(args, factory, cycle_id: int) -> int:
    from shopteam.services.appraisal.offline import export_sheets
    from shopteam.services.context import system_owner

    if not args.out:
        raise CliError(_("appraisal export-sheets needs --out FILE.xlsx"), code="usage", status=EXIT_USAGE)
    out = Path(args.out).expanduser()
    with factory() as session:
        result = export_sheets(session, actor=system_owner(), cycle_id=cycle_id, path=out, department=args.department,
                               language=args.language)
    _emit(args, {"ok": True, **result.to_dict()},
          _("{file}: {people} sheet(s) for {period}").format(file=out, people=result.people, period=result.period))
    return 0


def cmd_appraisal_import_sheets(args, engine) -> int:
    """All or nothing; a refused file lists every problem (sheet!cell: reason) on stderr, or in the JSON."""
    from shopteam.db.engine import make_session_factory
    from shopteam.services.appraisal import cycles as appraisal
    from shopteam.services.appraisal.offline import WorkbookRejected, import_sheets
    from shopteam.services.context import system_owner

    if not args.file:
        raise CliError(_("appraisal import-sheets needs the workbook: FILE.xlsx"), code="usage", status=EXIT_USAGE)
    path = Path(args.file).expanduser()
    if not path.is_file():
        raise FileNotFoundError(2, "No such file", str(path))
    factory = make_session_factory(engine)
    cycle_id = None
    if args.period:
        year, month = _month(args.period, "--period")
        with factory() as session:
            cycle = appraisal.find_cycle(session, year=year, month=month)
        if cycle is None:
            raise CliError(_("there is no appraisal cycle for {period}").format(period=args.period), code="not_found")
        cycle_id = cycle.id
    try:
        with factory.begin() as session:
            result = import_sheets(session, actor=system_owner(), path=path, cycle_id=cycle_id, submit=args.submit)
    except WorkbookRejected as exc:
        problems = [p.message for p in exc.problems]
        more = _("; … ({count} more)").format(count=len(problems) - 3) if len(problems) > 3 else ""
        shown = "; ".join(problems[:3]) + more
        print(f"{PROG}: {_('error')}: {' '.join(f'{exc.message} {shown}'.split())}", file=sys.stderr)
        if args.json:
            print(json.dumps({"ok": False, "error": {"code": exc.code, "message": exc.message},
                              "problems": problems}, ensure_ascii=False, indent=2))
        return EXIT_ERROR
    _emit(args, {"ok": True, **result.to_dict()},
          _("{file} ({period}): {scores} score(s) and {comments} comment(s) of {changed} person(s) saved, "
            "{submitted} submitted; {people} sheet(s) in the file.").format(
              file=result.file, period=result.period, scores=result.scores, comments=result.comments,
              changed=result.changed, submitted=result.submitted, people=result.people))
    return 0


def _payout_commands(sub, common) -> None:
    payout = sub.add_parser("payout", parents=[common],
                            help=_("compute a month's payout, export it or print payslips"))
    payout.add_argument("action", choices=("compute", "export", "payslips"),
                        help=_("compute (recompute a draft; an approved run is shown as locked), export (.xlsx of "
                               "the run), payslips (.pdf, or .xlsx)"))
    payout.add_argument("--month", required=True, metavar="YYYY-MM")
    payout.add_argument("--out", metavar="FILE", help=_("the file to write (export, payslips)"))


def cmd_payout(args, engine) -> int:
    from shopteam.db.engine import make_session_factory
    from shopteam.services.context import system_owner
    from shopteam.services.payout import runs as payout

    year, month = _month(args.month)
    actor = system_owner()
    factory = make_session_factory(engine)
    if args.action == "compute":
        with factory.begin() as session:
            view = payout.get_run(session, actor=actor, year=year, month=month)
            if view is None or not view.locked:
                view = payout.compute_run(session, actor=actor, year=year, month=month)
        from shopteam.io.payout_export import line_items

        lang = args.language
        data = [row.as_dict() for row in view.rows]
        if args.json:
            for item, row in zip(data, view.rows, strict=True):
                item["lines"] = [line.as_dict(lang) for line in line_items(row, lang)]
            print(json.dumps(data, ensure_ascii=False, indent=2))
        else:
            state = _(view.state)
            if view.estimate and not view.locked:
                state = _("{state}, estimate: the month is not over").format(state=state)
            total = f"{view.shop.total:,.2f}"
            if view.withholding and view.shop.net is not None:
                total = _("{total}, withheld {withheld}, net {net}").format(
                    total=total, withheld=f"{view.shop.withheld:,.2f}", net=f"{view.shop.net:,.2f}")
            print(_("Payout {period} ({state}): {count} people, total {total}").format(
                period=view.period, state=state, count=len(data), total=total))
            for item in data:
                print("\t".join(str(v) for v in item.values()))
        return 0
    if not args.out:
        raise CliError(_("payout {action} needs --out FILE").format(action=args.action), code="usage",
                       status=EXIT_USAGE)
    from shopteam.domain.errors import NotFoundError
    from shopteam.services.payout.exports import export_payout, export_payslips

    out = Path(args.out).expanduser()
    pdf = args.action == "payslips" and out.suffix.lower() != ".xlsx"
    if pdf:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtGui import QGuiApplication

        app = QGuiApplication.instance() or QGuiApplication([PROG])  # noqa: F841 - fonts need the application
        from shopteam.reports.payslips import export_payslips_pdf
    export = {"export": export_payout, "payslips": export_payslips_pdf if pdf else export_payslips}[args.action]
    try:
        with factory() as session:
            result = export(session, actor=actor, year=year, month=month, path=out, language=args.language)
    except NotFoundError:
        raise CliError(_("there is no payout for {month}; run 'shopteam payout compute --month {month}' first").format(
            month=args.month), code="not_found") from None
    if pdf:
        message = _("{file}: {count} payslips on {pages} page(s)").format(file=out, count=result.people,
                                                                        pages=result.pages)
    else:
        message = _("{file}: {count} people").format(file=out, count=result.people)
    _emit(args, result.to_dict(), message)
    return 0


COMMANDS: dict[str, Callable] = {"demo": cmd_demo, "check": cmd_check, "backup": cmd_backup,
                                 "restore": cmd_restore, "import": cmd_import, "report": cmd_report,
                                 "export": cmd_export, "template": cmd_template, "appraisal": cmd_appraisal,
                                 "payout": cmd_payout, "migrate-data": cmd_migrate_data}


# ---------------------------------------------------------------------------------------------- main

def _open(db: str | None, *, migrate: bool = True):
    """The engine for ``db``, migrated to the current schema (unless ``migrate`` is false)."""
    from shopteam.db.engine import make_engine
    from shopteam.db.migrate import upgrade

    engine = make_engine(db)
    if not migrate:
        return engine
    try:
        upgrade(engine)
    except BaseException:
        engine.dispose()
        raise
    return engine


def _describe(exc: BaseException, db: str | None) -> tuple[str, str] | None:
    """(code, one-line message) for the failures a user can cause; None for real bugs."""
    from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError

    from shopteam.domain.errors import ShopTeamError

    if isinstance(exc, ShopTeamError):
        return exc.code, _error_text(exc)
    if isinstance(exc, CliError):
        return exc.code, str(exc)
    if isinstance(exc, NoSuchModuleError | ArgumentError):
        return "bad_url", _("the database URL is not valid: {reason}").format(reason=exc)
    from shopteam.db.failures import database_failure

    failure = database_failure(exc)
    if failure is not None:  # disk full, busy, read-only, server gone: the action rolled back
        return failure.code, failure.message
    if isinstance(exc, DBAPIError):
        reason = str(getattr(exc, "orig", exc)).strip() or type(exc).__name__
        return "database", _("the database {where}could not be opened: {reason}").format(where=_where(db),
                                                                                         reason=reason)
    if isinstance(exc, sqlite3.Error):
        return "database", _("the database {where}could not be opened: {reason}").format(where=_where(db), reason=exc)
    if isinstance(exc, ModuleNotFoundError):
        return "driver_missing", _("the database driver is not installed: {name}").format(name=exc.name)
    if isinstance(exc, FileNotFoundError):
        return "file_not_found", _("file not found: {file}").format(file=exc.filename or exc)
    if isinstance(exc, OSError):
        where = f": {exc.filename}" if exc.filename else ""
        return "os", f"{exc.strerror or exc}{where}"
    return None


def _where(db: str | None) -> str:
    """The database's file (or URL without password) followed by a space, for messages."""
    try:
        from sqlalchemy.engine import make_url

        from shopteam.db.engine import resolve_url, sqlite_path

        url = resolve_url(db)
        return f"{sqlite_path(url) or make_url(url).render_as_string(hide_password=True)} "
    except Exception:
        return ""


def _language_of(args, system: str | None, engine) -> str:
    """The language of the messages and documents: --lang, else the system locale, else the shop's."""
    if args.lang or system or engine is None or args.command == "restore":  # restore: it may not open
        return choose_language(args.lang, system, "en")
    from shopteam.db.engine import make_session_factory
    from shopteam.services.language import document_language

    with make_session_factory(engine)() as session:
        return document_language(session)


def _fail(args, code: str, message: str, status: int) -> int:
    message = " ".join(message.split())  # one line, whatever the driver said
    print(f"{PROG}: {_('error')}: {message}", file=sys.stderr)
    if args is not None and args.json:
        print(json.dumps({"ok": False, "error": {"code": code, "message": message}}, ensure_ascii=False))
    return status


#: The commands that may make a new database file; every other one needs the file to be there already.
CREATES_DATABASE = frozenset({"demo", "restore"})
#: The commands that name their databases themselves (not --db).
OWN_DATABASES = frozenset({"migrate-data"})


def _refuse_a_missing_database(args) -> None:
    """A command that reads or adds to a shop must not make an empty database (and its folders) where a
    mistyped path points."""
    from shopteam.db.engine import resolve_url, sqlite_path

    path = sqlite_path(resolve_url(args.db))
    if path is not None and args.command not in CREATES_DATABASE and not path.exists():
        raise CliError(_("no ShopTeam database at {path} (make one with '{prog} demo' or by starting the window)")
                       .format(path=path, prog=PROG), code="no_database")


def main(argv: list[str] | None = None) -> int:
    tune_garbage_collector()  # before the heavy imports: they are faster with it too
    argv = sys.argv[1:] if argv is None else argv
    system = system_language()
    # Help and usage errors come before the database is open: --lang, else the locale, else English.
    set_language(choose_language(_option_language(argv), system, "en"))
    parser = build_parser()
    args = None
    try:
        args = parser.parse_args(argv)
    except CliError as exc:
        return _fail(None, exc.code, str(exc), exc.status)
    except SystemExit as exc:  # --help
        return exc.code if isinstance(exc.code, int) else 0

    if args.version:
        print(f"{APP_NAME} {__version__}")
        return 0
    if os.environ.get("SHOPTEAM_TODAY"):  # a fixed day or moment, for demos, screenshots and support
        try:
            clock.set_from_text(os.environ["SHOPTEAM_TODAY"])
        except ValueError:
            return _fail(args, "bad_today", _("SHOPTEAM_TODAY must be a date such as 2026-12-06"), EXIT_ERROR)
    if args.command is None:
        if args.lang:
            os.environ["SHOPTEAM_LANG"] = args.lang
        if args.smoke_test:
            from shopteam.smoke import run_smoke_test

            return run_smoke_test()
        from shopteam.app import main as gui_main

        return gui_main(args.db)

    engine = None
    try:
        if args.command not in OWN_DATABASES:
            _refuse_a_missing_database(args)
            # restore is what rescues a database that no longer opens: it must not try to migrate it first
            engine = _open(args.db, migrate=args.command != "restore")
        args.language = _language_of(args, system, engine)
        set_language(args.language)
        return COMMANDS[args.command](args, engine)
    except KeyboardInterrupt:
        return _fail(args, "interrupted", _("interrupted"), 130)
    except Exception as exc:
        described = _describe(exc, args.db)
        if described is None:
            raise
        return _fail(args, *described, EXIT_ERROR)
    finally:
        if engine is not None:
            engine.dispose()
