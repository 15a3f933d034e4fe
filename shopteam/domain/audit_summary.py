"""Audit-log summaries as data: a code and the values of the sentence, rendered in the reader's language.

A service records ``summary("payout_approved", period="2026-11")``; the audit row keeps it as JSON with
the English sentence beside it (``{"code": …, "params": …, "text": …}``), so any reader of the raw table
still has words. The audit screen and its export show :func:`render` of it in the window's language. A
summary recorded as plain text (older rows, names) shows as it is. Word params (a state, a kind) are
looked up in :data:`ZH_WORDS`. ``tests/domain/test_audit_summary.py`` checks both languages have every code
with the same placeholders.
"""

# ruff: noqa: E501

from __future__ import annotations

import json
import string
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

TEMPLATES: dict[str, str] = {
    "text": "{text}",
    # accounts and maintenance
    "login_locked": "{attempts} failed logins; locked for {seconds} s",
    "password_changed": "password of {user} changed",
    "restored": "restored from {file}",
    "demo_created": "demo shop: {staff} staff ({left} left), {departments} departments, {roles} roles, {plans} staffing plans, 3 accounts",
    # organisation
    "active_plan": "{plan} is the active plan",
    "role_ended_by_change": "{person}: {old_role} ended by the change to {role}",
    "role_from": "{person}: {role} from {day}",
    "role_ends": "{person}: {role} ends {day}",
    "imported_name": "{name} (import)",
    # attendance
    "name_from": "{name} from {day}",
    "attendance_rules_from": "attendance rules from {day}",
    "leave_hours": "{employee_no} {name} {kind} {hours} h",
    "day_hours": "{employee_no} {name} {day} {hours} h",
    "import_counts": "{file}: {inserted} inserted, {replaced} replaced, {skipped} skipped, {rejected} rejected",
    # appraisal
    "appraisals_opened": "{period}: {count} appraisals",
    "cycle_state": "{period}: {before} → {state}",
    "self_assessment": "self-assessment {period}",
    "supervisor_review": "supervisor review {period}",
    "cycle_finalised": "{period} finalised",
    "interview": "performance interview",
    "cycle_reopened": "{period} reopened: {reason}",
    "roles_moved": "{scheme_from}: roles moved to {scheme}",
    "appraisals_computed": "{period}: {count} appraisals computed",
    "offline_scores": "{period}: offline scores from {file} ({count} appraisal(s), {scores} score(s), {comments} comment(s))",
    "ledger_entry": "{kind} {day}: {reason}",
    "ledger_entry_changed": "{kind} {day}",
    # payout
    "payout_computed": "payout {period} computed for {count} people",
    "payout_approved": "payout {period} approved",
    "payout_approved_confirmed": "payout {period} approved, {count} open item(s) confirmed",
    "payout_reopened": "payout {period} reopened: {reason}",
    "pool_saved": "{kind} {period} of {amount} saved as a draft for {count} people",
    "pool_approved": "{kind} {period} approved, paid in {paid_in}",
    "pool_reopened": "{kind} {period} reopened: {reason}",
    "pool_deleted": "draft {kind} {period} deleted",
    "pay_rules": "shop pay rules",
    # boards and goals
    "card_on_board": "card {card} on board {board}",
    "card": "card {card}",
    "card_checklist": "checklist of card {card}",
    "card_checklist_item": "checklist of card {card}: {item}",
    "card_comment": "comment on card {card}",
    "recurring_cards": "{count} recurring card(s) for {day}",
    "board": "board {board}",
    "column": "column {column} of board {board}",
    "goal": "goal {goal}",
    # recruitment and probation
    "position_opened": "position {role} × {headcount} opened",
    "position_closed": "position {role} closed",
    "candidate_added": "candidate {name} for {role}",
    "candidate_stage": "candidate {name}: {before} → {state}",
    "candidate_rejected": "candidate {name} rejected: {reason}",
    "candidate_score": "candidate {name}: {competence} {score}",
    "candidate_hired": "candidate {name} hired as {employee_no} ({role}) from {day}",
    "probation_confirm": "{employee_no} {name} confirmed (转正) from {day}",
    "probation_extend": "{employee_no} {name}: probation extended to {day}",
    "probation_end": "{employee_no} {name}: employment ended in probation on {day}",
    "probation_end_date": "{employee_no} {name}: probation ends {day}",
    "probation_months": "probation months of {role}: {months}",
    "probation_recommend_confirm": "{employee_no} {name}: {supervisor} recommends confirming (转正), score {score}",
    "probation_recommend_extend": "{employee_no} {name}: {supervisor} recommends extending the probation, score {score}",
    "probation_recommend_end": "{employee_no} {name}: {supervisor} recommends not keeping them (不予录用), score {score}",
    # leaving
    "staff_left": "{employee_no} {name}: last day {day} ({kind}): {reason}",
    "handover_item": "{employee_no} {name}: handover item {item}",
    "handover_done": "{employee_no} {name}: handover item {item} done",
    "handover_undone": "{employee_no} {name}: handover item {item} not done",
    # onboarding
    "onboarding_template": "onboarding checklist template of {role}: {count} item(s)",
    "onboarding_template_default": "default onboarding checklist template: {count} item(s)",
    "onboarding_started": "{employee_no} {name}: onboarding checklist of {count} item(s)",
    "onboarding_item": "{employee_no} {name}: onboarding item ({kind}) {item}",
    "onboarding_done": "{employee_no} {name}: onboarding item {item} done",
    "onboarding_undone": "{employee_no} {name}: onboarding item {item} not done",
    # weekly meeting
    "meeting_shop": "weekly meeting {week} of the shop",
    "meeting_department": "weekly meeting {week} of {department}",
    "meeting_notes": "weekly meeting {week}: notes",
    "meeting_part": "weekly meeting {week}: part of {employee_no} {name}",
    "meeting_attendance": "weekly meeting {week}: {employee_no} {name} {state}",
    "meeting_item": "weekly meeting {week}: {kind} {text}",
    "meeting_item_removed": "weekly meeting {week}: {kind} {text} removed",
    "meeting_action": "weekly meeting {week}: action {text} for {name} by {day}",
    "meeting_action_card": "weekly meeting {week}: action {text} became card {card} on board {board}",
    # training
    "training_plan": "training plan {topic} ({period})",
    "training_session": "training session {topic} on {day}",
    "training_attendance": "attendance of {topic} on {day}: {attended} attended, {absent} absent",
    "training_evaluation": "{employee_no} {name}: evaluation of {topic} on {day}, test score {score}",
    "training_evaluation_cleared": "{employee_no} {name}: evaluation of {topic} on {day} cleared",
    "training_plan_changed": "training plan {topic} ({period}) changed",
    "training_plan_deleted": "training plan {topic} ({period}) deleted",
    "training_session_changed": "training session {topic} on {day} changed",
    "training_session_deleted": "training session {topic} on {day} deleted",
    "training_results_ledger": "rewards and penalties from the results of {topic} on {day}: {rewards} rewards, "
                               "{penalties} penalties",
}

ZH_TEMPLATES: dict[str, str] = {
    "text": "{text}",
    "login_locked": "登录失败 {attempts} 次；锁定 {seconds} 秒",
    "password_changed": "{user} 的密码已修改",
    "restored": "已从 {file} 恢复",
    "demo_created": "演示店铺：{staff} 名员工（{left} 名已离职），{departments} 个部门，{roles} 个岗位，{plans} 个编制方案，3 个账号",
    "active_plan": "{plan} 为当前编制方案",
    "role_ended_by_change": "{person}：{old_role} 因改任 {role} 而结束",
    "role_from": "{person}：自 {day} 起任 {role}",
    "role_ends": "{person}：{role} 于 {day} 结束",
    "imported_name": "{name}（导入）",
    "name_from": "{name}，自 {day} 起",
    "attendance_rules_from": "自 {day} 起的考勤规则",
    "leave_hours": "{employee_no} {name} {kind} {hours} 小时",
    "day_hours": "{employee_no} {name} {day} {hours} 小时",
    "import_counts": "{file}：新增 {inserted} 条，替换 {replaced} 条，跳过 {skipped} 条，拒绝 {rejected} 条",
    "appraisals_opened": "{period}：{count} 份考核",
    "cycle_state": "{period}：{before} → {state}",
    "self_assessment": "{period} 自评",
    "supervisor_review": "{period} 上级评分",
    "cycle_finalised": "{period} 已定稿",
    "interview": "绩效面谈",
    "cycle_reopened": "{period} 已重新打开：{reason}",
    "roles_moved": "{scheme_from}：岗位已移至 {scheme}",
    "appraisals_computed": "{period}：已计算 {count} 份考核",
    "offline_scores": "{period}：来自 {file} 的离线评分（{count} 份考核，{scores} 项评分，{comments} 条评语）",
    "ledger_entry": "{kind} {day}：{reason}",
    "ledger_entry_changed": "{kind} {day}",
    "payout_computed": "{period} 奖金核算已计算，共 {count} 人",
    "payout_approved": "{period} 奖金核算已批准",
    "payout_approved_confirmed": "{period} 奖金核算已批准，已确认 {count} 个未结事项",
    "payout_reopened": "{period} 奖金核算已重新打开：{reason}",
    "pool_saved": "{period} {kind} {amount} 已存为草稿，共 {count} 人",
    "pool_approved": "{period} {kind} 已批准，于 {paid_in} 发放",
    "pool_reopened": "{period} {kind} 已重新打开：{reason}",
    "pool_deleted": "{period} {kind} 草稿已删除",
    "pay_rules": "全店薪酬规则",
    "card_on_board": "看板 {board} 上的卡片 {card}",
    "card": "卡片 {card}",
    "card_checklist": "卡片 {card} 的检查项",
    "card_checklist_item": "卡片 {card} 的检查项：{item}",
    "card_comment": "卡片 {card} 的评论",
    "recurring_cards": "{day} 的 {count} 张周期卡片",
    "board": "看板 {board}",
    "column": "看板 {board} 的列 {column}",
    "goal": "目标 {goal}",
    "position_opened": "开放职位 {role} × {headcount}",
    "position_closed": "职位 {role} 已关闭",
    "candidate_added": "{role} 的候选人 {name}",
    "candidate_stage": "候选人 {name}：{before} → {state}",
    "candidate_rejected": "候选人 {name} 已淘汰：{reason}",
    "candidate_score": "候选人 {name}：{competence} {score} 分",
    "candidate_hired": "候选人 {name} 已入职，工号 {employee_no}（{role}），自 {day} 起",
    "probation_confirm": "{employee_no} {name} 自 {day} 起转正",
    "probation_extend": "{employee_no} {name}：试用期延长至 {day}",
    "probation_end": "{employee_no} {name}：试用期内于 {day} 结束雇佣",
    "probation_end_date": "{employee_no} {name}：试用期至 {day}",
    "probation_months": "{role} 的试用期月数：{months}",
    "probation_recommend_confirm": "{employee_no} {name}：{supervisor} 建议转正，评分 {score}",
    "probation_recommend_extend": "{employee_no} {name}：{supervisor} 建议延长试用，评分 {score}",
    "probation_recommend_end": "{employee_no} {name}：{supervisor} 建议不予录用，评分 {score}",
    "staff_left": "{employee_no} {name}：最后工作日 {day}（{kind}）：{reason}",
    "handover_item": "{employee_no} {name} 的离职交接项：{item}",
    "handover_done": "{employee_no} {name}：交接项 {item} 已完成",
    "handover_undone": "{employee_no} {name}：交接项 {item} 改为未完成",
    "onboarding_template": "{role} 的入职清单模板：{count} 项",
    "onboarding_template_default": "默认入职清单模板：{count} 项",
    "onboarding_started": "{employee_no} {name}：入职清单 {count} 项",
    "onboarding_item": "{employee_no} {name} 的入职清单项（{kind}）：{item}",
    "onboarding_done": "{employee_no} {name}：入职清单项 {item} 已完成",
    "onboarding_undone": "{employee_no} {name}：入职清单项 {item} 改为未完成",
    "meeting_shop": "{week} 全店周例会",
    "meeting_department": "{week} {department}周例会",
    "meeting_notes": "{week} 周例会：会议记录",
    "meeting_part": "{week} 周例会：{employee_no} {name} 的总结与计划",
    "meeting_attendance": "{week} 周例会：{employee_no} {name} {state}",
    "meeting_item": "{week} 周例会：{kind} {text}",
    "meeting_item_removed": "{week} 周例会：已删除{kind} {text}",
    "meeting_action": "{week} 周例会：待办事项 {text}，负责人 {name}，截止 {day}",
    "meeting_action_card": "{week} 周例会：待办事项 {text} 已成为看板 {board} 的任务卡片 {card}",
    "training_plan": "培训计划 {topic}（{period}）",
    "training_session": "培训场次 {topic}，{day}",
    "training_attendance": "{day} {topic} 签到：出席 {attended} 人，缺席 {absent} 人",
    "training_evaluation": "{employee_no} {name}：{day} {topic} 的培训评估，测试成绩 {score}",
    "training_evaluation_cleared": "{employee_no} {name}：已清除 {day} {topic} 的培训评估",
    "training_plan_changed": "培训计划 {topic}（{period}）已修改",
    "training_plan_deleted": "培训计划 {topic}（{period}）已删除",
    "training_session_changed": "培训场次 {topic}，{day} 已修改",
    "training_session_deleted": "培训场次 {topic}，{day} 已删除",
    "training_results_ledger": "按 {day} {topic} 的培训结果记奖惩：奖励 {rewards} 人，处罚 {penalties} 人",
}

#: The params that hold a word of ours (a state, a kind), not a name: translated in Chinese.
WORD_PARAMS = frozenset({"kind", "before", "state"})
WORDS_EN: dict[str, str] = {
    "self_assessment": "self-assessment", "supervisor_review": "supervisor review",
    "demotion_note": "demotion note", "year_end": "year-end bonus", "team": "team bonus pool",
    "first_interview": "first interview", "second_interview": "second interview",
}
ZH_WORDS: dict[str, str] = {
    # appraisal cycle states
    "draft": "草稿", "self_assessment": "自评", "supervisor_review": "上级评分", "calibration": "校准",
    "finalised": "已定稿", "interviewed": "已面谈",
    # ledger kinds
    "commendation": "表扬", "bonus": "奖励", "warning": "警告", "fine": "罚款", "demotion_note": "降级记录",
    # leave kinds
    "annual": "年假", "personal": "事假", "sick": "病假", "compensatory": "调休", "marriage": "婚假",
    "maternity": "产假", "bereavement": "丧假",
    # bonus pools
    "year_end": "年终奖", "team": "团队奖金池",
    # candidate stages
    "screening": "筛选", "first_interview": "初试", "second_interview": "复试", "offer": "录用", "hired": "入职",
    "rejected": "淘汰",
    # ways of leaving
    "resignation": "辞职", "dismissal": "辞退", "left": "离职",
    # onboarding item categories
    "accounts": "账号", "training": "培训", "handover": "交接", "equipment": "设备",
    # weekly meeting items and attendance
    "issue": "问题", "risk": "风险", "decision": "决议", "attended": "出席", "absent": "缺席",
}


@dataclass(frozen=True)
class Summary:
    code: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def text(self) -> str:
        """The English sentence."""
        return render(self, "en")


def summary(code: str, **params: Any) -> Summary:
    """A summary to record; params become JSON (Decimal as a string with two decimals, numbers as they are)."""
    return Summary(code, {k: _plain(v) for k, v in params.items()})


def _plain(value: Any) -> Any:
    if isinstance(value, Decimal):
        return f"{value:.2f}"
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, int | str | bool) or value is None:
        return value
    return str(value)


def render(item: Summary, lang: str | None = "en") -> str:
    """The sentence in ``lang`` ('zh', 'zh_CN' or 'en'); an unknown code shows its params after it."""
    chinese = (lang or "").startswith("zh")
    templates = ZH_TEMPLATES if chinese else TEMPLATES
    words = ZH_WORDS if chinese else WORDS_EN
    params = {k: (words.get(v, v) if k in WORD_PARAMS and isinstance(v, str) else v) for k, v in item.params.items()}
    template = templates.get(item.code) or TEMPLATES.get(item.code)
    if template is None:
        return " ".join([item.code, *(str(v) for v in params.values())])
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return template


def encode(item: Summary | str) -> str:
    """What the audit row's summary column keeps: plain text as it is, a Summary as JSON with its English."""
    if isinstance(item, str):
        return item
    return json.dumps({"code": item.code, "params": dict(item.params), "text": item.text()}, ensure_ascii=False,
                      sort_keys=True)


def decode(stored: str | None) -> Summary:
    """The Summary kept in an audit row (plain text becomes ``text``)."""
    stored = stored or ""
    if stored.startswith("{") and '"code"' in stored:
        try:
            data = json.loads(stored)
        except ValueError:
            data = None
        if isinstance(data, dict) and isinstance(data.get("code"), str) and isinstance(data.get("params"), dict):
            return Summary(data["code"], data["params"])
    return Summary("text", {"text": stored})


def fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}
