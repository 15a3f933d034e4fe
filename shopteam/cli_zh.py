"""The Chinese of the command line's messages, help texts and report headings, keyed by the English.

``cli._(text)`` looks a text up here when the command line speaks Chinese (``--lang zh_CN``, else a Chinese
system locale, else a Chinese shop: ``domain.language.choose_language``); the placeholders are filled in
after. ``tests/test_cli_language.py`` checks that every ``_("…")`` in cli.py has its sentence here, with
the same placeholders.
"""

# ruff: noqa: E501

from __future__ import annotations

ZH: dict[str, str] = {
    # --- help texts ------------------------------------------------------------------------------
    "{app} (网店团队管家): team management for small online shops. Without a command it opens the window.":
        "{app}（网店团队管家）：小网店的团队管理。不带命令时打开窗口。",
    "database URL or file (default: $SHOPTEAM_DB, else the file in your data folder)":
        "数据库 URL 或文件（默认：$SHOPTEAM_DB，否则为数据文件夹中的文件）",
    "print machine-readable JSON": "输出机器可读的 JSON",
    "language of the messages, the documents, the demo data and the window (default: the system locale, else the shop's language)":
        "提示信息、文档、演示数据和窗口的语言（默认：系统区域设置，否则为店铺的语言）",
    "print the version and exit": "显示版本号后退出",
    "open and close the window offscreen, then exit": "在屏幕外打开并关闭窗口，然后退出",
    "fill an empty database with the demo shop (小鹿优选旗舰店)": "在空数据库中创建演示店铺（小鹿优选旗舰店）",
    "check the database's integrity and business rules": "检查数据库的完整性和业务规则",
    "write a consistent copy of the database": "写出数据库的一致副本",
    "backup file (default: backups/ beside the database)": "备份文件（默认：数据库旁的 backups/）",
    "replace the database with a backup (the current one is kept aside)": "用备份替换数据库（当前数据库另行保留）",
    "a backup written by 'shopteam backup'": "由 'shopteam backup' 写出的备份",
    "import a roster, punch records or a timesheet (.xlsx, .xls or .csv)": "导入花名册、打卡记录或工时表（.xlsx、.xls 或 .csv）",
    "what the file holds ('attendance' finds the layout: daily summary, detail, punch log or plain punch sheet)":
        "文件的内容（'attendance' 自动识别格式：每日汇总、明细、打卡日志或普通打卡表）",
    "the sheet to read (default: the first with data)": "要读取的工作表（默认：第一个有数据的工作表）",
    "what to do with records that already exist (default: skip)": "已存在的记录如何处理（默认：跳过）",
    "the year of dates written without one (10月1日)": "未写年份的日期（10月1日）所属的年份",
    "the month of KPI rows without a period column (kpi)": "没有期间列的 KPI 行所属的月份（kpi）",
    "the open position of candidate rows without an 应聘职位 column (candidates)":
        "没有“应聘职位”列的候选人行所属的招聘职位：岗位名称或编号（candidates）",
    "Home figures of {period} (to {day})": "{period} 工作台数据（截至 {day}）",
    "headcount {count} (joined {joiners}, left {leavers})": "在职 {count} 人（入职 {joiners}，离职 {leavers}）",
    "open tasks {open}, overdue {overdue}": "未完成任务 {open}，已逾期 {overdue}",
    "attendance exceptions: late {late}, missing punches {missing}, absence days {absent}":
        "考勤异常：迟到 {late} 次，缺卡 {missing} 次，旷工 {absent} 天",
    "pending approvals: leave {leave}, overtime {overtime}, corrections {correction}, timesheet entries {timesheet}":
        "待审批：请假 {leave}，加班 {overtime}，补卡 {correction}，工时 {timesheet}",
    "appraisals by state: {states}": "考核进度：{states}",
    "payout: {status}": "奖金核算：{status}",
    "month-end: {count} item(s) still open": "月结：尚有 {count} 项未完成",
    "print a report": "输出报表",
    "the month (attendance; required)": "月份（attendance；必填）",
    "write a report or table to an Excel workbook": "将报表或表格写入 Excel 工作簿",
    "the month (attendance)": "月份（attendance）",
    "the bonus pool (pool)": "奖金池（pool）",
    "write a blank import template": "写出空白导入模板",
    "the task board (cards, flow)": "任务看板（cards、flow）",
    "weeks of flow up to today, this week included (flow; default 12)": "截至今天的流动周数，含本周（flow；默认 12）",
    "compute a month's appraisals, print the sheets, or export/import them for offline scoring":
        "计算某月的绩效考核、打印考核表，或导出/导入以离线评分",
    "export-sheets writes one Excel sheet per person to fill in; import-sheets reads the supervisor's scores and comments back (all or nothing)":
        "export-sheets 为每人写出一张待填写的 Excel 工作表；import-sheets 读回上级的评分和评语（全部成功或全部不导入）",
    "the filled-in workbook (import-sheets)": "已填写的工作簿（import-sheets）",
    "the month (required but for import-sheets, where it checks the file's month)":
        "月份（除 import-sheets 外必填；import-sheets 用它核对文件的月份）",
    "only this department (print, export-sheets)": "只限此部门（print、export-sheets）",
    "the PDF (print) or workbook (export-sheets) to write": "要写出的 PDF（print）或工作簿（export-sheets）",
    "import-sheets: hand fully scored appraisals on to calibration": "import-sheets：将评分完整的考核提交校准",
    "compute a month's payout, export it or print payslips": "计算某月奖金核算、导出或打印工资条",
    "compute (recompute a draft; an approved run is shown as locked), export (.xlsx of the run), payslips (.pdf, or .xlsx)":
        "compute（重新计算草稿；已批准的核算显示为已锁定）、export（核算的 .xlsx）、payslips（.pdf 或 .xlsx）",
    "the file to write (export, payslips)": "要写出的文件（export、payslips）",
    # --- messages --------------------------------------------------------------------------------
    "error": "错误",
    "interrupted": "已中断",
    "{message} (see '{prog} --help')": "{message}（参见 '{prog} --help'）",
    "{option} must look like 2026-09, not {text}": "{option} 的格式应为 2026-09，而不是 {text}",
    "Demo shop created: {staff} staff ({left} left) in {staffed} departments ({departments} in all), {roles} roles.":
        "演示店铺已创建：{staff} 名员工（{left} 名已离职），分布在 {staffed} 个部门（共 {departments} 个部门），{roles} 个岗位。",
    "Log in as {users}; the password is {password}.": "登录账号：{users}；密码为 {password}。",
    "owner": "店主",
    "manager": "主管",
    "staff": "员工",
    "Database: {url} (schema {schema})": "数据库：{url}（结构版本 {schema}）",
    "none": "无",
    "Staff: {staff} ({current} current, {left} left) in {staffed} departments ({departments} in all); {roles} roles; {accounts} accounts.":
        "员工：{staff} 名（在职 {current} 名，离职 {left} 名），分布在 {staffed} 个部门（共 {departments} 个部门）；{roles} 个岗位；{accounts} 个账号。",
    "No problems found.": "未发现问题。",
    "{count} problem(s):": "{count} 个问题：",
    "Backup written: {path}": "备份已写出：{path}",
    "Restored from {source}.": "已从 {source} 恢复。",
    "copy a whole shop to another database (this PC's file to a server, or back)":
        "把整个店铺复制到另一个数据库（本机文件到服务器，或反过来）",
    "the database the shop is in (a file path or a URL)": "店铺所在的数据库（文件路径或 URL）",
    "an empty database to copy it into, e.g. postgresql://shopteam:…@office-pc/shopteam":
        "复制到的空数据库，例如 postgresql://shopteam:…@office-pc/shopteam",
    "Copied {rows} rows in {tables} tables; the counts match.": "已复制 {tables} 张表共 {rows} 行；行数核对一致。",
    "The database as it was before is kept in {path}": "恢复前的数据库保留在 {path}",
    "{file} ({kind}, sheet '{sheet}'): {inserted} inserted, {replaced} replaced, {skipped} skipped, {rejected} rejected.":
        "{file}（{kind}，工作表“{sheet}”）：新增 {inserted} 条，替换 {replaced} 条，跳过 {skipped} 条，拒绝 {rejected} 条。",
    "roster": "花名册",
    "attendance": "考勤",
    "timesheet": "工时表",
    "kpi": "KPI",
    "candidates": "候选人",
    "report attendance needs --month YYYY-MM (see '{prog} report --help')":
        "report attendance 需要 --month YYYY-MM（参见 '{prog} report --help'）",
    "Attendance {period}{to_date}: {count} people": "考勤汇总 {period}{to_date}：{count} 人",
    "On probation: {count} people": "试用期中：{count} 人",
    "the ISO week, e.g. 2026-W45 (weekly; required)": "ISO 周，如 2026-W45（weekly；必填）",
    "the department's weekly meeting (weekly; default: the shop's)": "该部门的周例会（weekly；默认：全店）",
    "report weekly needs --week YYYY-Www (see '{prog} report --help')": "report weekly 需要 --week YYYY-Www（见 '{prog} report --help'）",
    "the ISO week of the weekly meeting (meeting; required)": "周例会所在的 ISO 周（meeting；必填）",
    "the department's weekly meeting (meeting; default: the shop's)": "该部门的周例会（meeting；默认：全店）",
    "the file to write (meeting: FILE.pdf prints the record on A4, else a workbook)":
        "要写出的文件（meeting：FILE.pdf 为 A4 打印的会议记录，否则为 Excel 工作簿）",
    "export meeting needs --week YYYY-Www (see '{prog} export --help')": "export meeting 需要 --week YYYY-Www（见 '{prog} export --help'）",
    "there is no weekly meeting of {department} for {week}": "{department} 在 {week} 没有周例会",
    "there is no weekly meeting of the shop for {week}": "全店在 {week} 没有周例会",
    "Weekly meeting written to {file}": "周例会已写入 {file}",
    "Weekly report {week}: {count} people": "{week} 周报：{count} 人",
    "This week": "本周",
    "Next week": "下周",
    "the year (training; this year when not given)": "年份（training；不填为今年）",
    "Training {year}: {count} people": "{year} 年培训：{count} 人",
    "employee no.": "工号", "name": "姓名", "sessions": "场次", "hours": "学时", "average score": "平均成绩",
    "overdue": "已逾期", "due": "即将到期", "extended": "已延长", "pending": "待评估", "no_end": "无结束日期",
    "recommended: {recommendation} {score}": "上级建议：{recommendation}，评分 {score}",
    "decided: {decision} (recommended: {recommendation})": "已决定：{decision}（上级建议：{recommendation}）",
    "confirmation": "转正", "extension": "延长试用", "not kept": "不予录用",
    " (not begun: nothing counted yet)": "（尚未开始：还没有计入任何天数）",
    " to date ({day})": "（截至 {day}）",
    "{count} rows written to {file}": "已将 {count} 行写入 {file}",
    "export pool needs --id N (see '{prog} export --help')": "export pool 需要 --id N（参见 '{prog} export --help'）",
    "{count} shares of {total} written to {file}": "已将 {total} 的 {count} 份分配写入 {file}",
    "Template written to {file}": "模板已写出：{file}",
    "{command} needs --board NAME (see '{prog} {command} --help')": "{command} 需要 --board NAME（参见 '{prog} {command} --help'）",
    "{count} cards written to {file}": "已将 {count} 张卡片写入 {file}",
    "{count} cards imported into {board}.": "已将 {count} 张卡片导入 {board}。",
    "Flow of {board}, {start} to {end}: {done} cards done; median lead time {lead} days, cycle time {cycle} days.":
        "{board} 的流动情况，{start} 至 {end}：完成 {done} 张卡片；交付周期中位数 {lead} 天，处理周期中位数 {cycle} 天。",
    "week": "周",
    "cards done": "完成卡片数",
    "there is no appraisal cycle for {period}": "{period} 没有考核周期",
    "appraisal print needs --out FILE.pdf": "appraisal print 需要 --out FILE.pdf",
    "no appraisals to print for {period}": "{period} 没有可打印的考核",
    "no appraisals to print for {period} in {department}": "{department} 在 {period} 没有可打印的考核",
    "{file}: {pages} page(s)": "{file}：{pages} 页",
    "appraisal export-sheets needs --out FILE.xlsx": "appraisal export-sheets 需要 --out FILE.xlsx",
    "{file}: {people} sheet(s) for {period}": "{file}：{period} 的 {people} 张工作表",
    "appraisal import-sheets needs the workbook: FILE.xlsx": "appraisal import-sheets 需要工作簿：FILE.xlsx",
    "; … ({count} more)": "；……（另有 {count} 个）",
    "{file} ({period}): {scores} score(s) and {comments} comment(s) of {changed} person(s) saved, {submitted} submitted; {people} sheet(s) in the file.":
        "{file}（{period}）：已保存 {changed} 人的 {scores} 项评分和 {comments} 条评语，提交 {submitted} 人；文件中共 {people} 张工作表。",
    "draft": "草稿",
    "approved": "已批准",
    "reopened": "已重新打开",
    "{state}, estimate: the month is not over": "{state}，估算：本月尚未结束",
    "Payout {period} ({state}): {count} people, total {total}": "奖金核算 {period}（{state}）：{count} 人，合计 {total}",
    "{total}, withheld {withheld}, net {net}": "{total}，代扣 {withheld}，实发 {net}",
    "no ShopTeam database at {path} (make one with '{prog} demo' or by starting the window)":
        "{path} 处没有 ShopTeam 数据库（可用 '{prog} demo' 生成，或启动窗口新建）",
    "payout {action} needs --out FILE": "payout {action} 需要 --out FILE",
    "there is no payout for {month}; run 'shopteam payout compute --month {month}' first":
        "{month} 没有奖金核算；请先运行 'shopteam payout compute --month {month}'",
    "{file}: {count} people": "{file}：{count} 人",
    "{file}: {count} payslips on {pages} page(s)": "{file}：{count} 张工资条，共 {pages} 页",
    "the database URL is not valid: {reason}": "数据库 URL 无效：{reason}",
    "the database {where}could not be opened: {reason}": "无法打开数据库 {where}：{reason}",
    "the database driver is not installed: {name}": "未安装数据库驱动：{name}",
    "file not found: {file}": "找不到文件：{file}",
    "SHOPTEAM_TODAY must be a date such as 2026-12-06": "SHOPTEAM_TODAY 必须是日期，例如 2026-12-06",
    # training documents
    "the training session (training-signin): its No. in the training screen's list":
        "培训场次（training-signin）：培训界面场次列表中的编号",
    "export training-signin needs --session ID (see '{prog} export --help')":
        "export training-signin 需要 --session ID（见“{prog} export --help”）",
    "{file}: {pages} page(s), {people} people listed": "{file}：共 {pages} 页，名单 {people} 人",
}
