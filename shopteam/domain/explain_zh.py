"""The Chinese of every explanation sentence (``domain.explain.TEMPLATES``), keyed by code.

One home for the words the window, the workbooks, the payslips and the command line all show:
``explain.render(explanation, "zh")`` fills these in; ``tests/domain/test_explain_render.py`` checks
that every code has a sentence here with the same placeholders as the English one.
"""

# ruff: noqa: E501

from __future__ import annotations

ZH_TEMPLATES: dict[str, str] = {
    # --- appraisal: indicator scores -------------------------------------------------------------
    "rating_scale": "1–5 分制评 {rating} 分 = {score} 分",
    "blend": "{alpha_percent}% × 自评 {self} + {supervisor_percent}% × 上级评分 {supervisor} = {score}",
    "blend_self_not_counted": "上级评分 {supervisor}（已录入自评 {self}，权重为 0）= {score}",
    "blend_supervisor_only": "上级评分 {supervisor}（无自评）= {score}",
    "missing_supervisor": "等待上级评分",
    "missing_self": "等待自评",
    "missing_actual": "等待实际值",
    "ratio_higher": "实际值 {actual} / 目标值 {target} × 100 = {ratio}，上限 {cap} → {score}",
    "ratio_lower": "目标值 {target} / 实际值 {actual} × 100 = {ratio}，上限 {cap} → {score}",
    "ratio_lower_zero": "实际值为 0（优于任何目标），得上限分 {cap}",
    "tier_higher": "{value} 达到 {threshold} 起的档位 → {score}",
    "tier_lower": "{value} 在 {threshold} 以内的档位 → {score}",
    "tier_none": "{value} 未达到任何档位 → 0",
    "tasks": "{due} 项任务中按时完成 {on_time} 项 × 100 = {score}",
    "tasks_none_due": "本期没有到期任务：不适用，不计入权重",
    "attendance_score": "100 − 迟到 {late} 次 × {per_late} − 旷工 {absence} 天 × {per_absence} − 缺卡 {missing} 次 × {per_missing} = {score}",
    # --- appraisal: final score ------------------------------------------------------------------
    "weighted": "Σ 权重 × 得分 / Σ 权重 = {sum} / {weights} = {score}",
    "not_applicable_excluded": "{count} 个考核指标不适用，权重 {weight} 不计入",
    "points": "奖惩分 {points}",
    "points_capped": "奖惩分 {points}，上限 {cap} → {applied}",
    "floor_zero": "最终得分低于 0 时按 0 计",
    "final": "最终得分 {score} → 考核等级 {grade}",
    "incomplete": "未完成：{missing}",
    "calibration": "{by} 将得分从 {old} 校准为 {new}：{reason}",
    "aggregate_average": "{count} 个月的平均值：{sum} / {count} = {score}",
    "aggregate_weighted": "Σ 得分 × 月数 / Σ 月数 = {sum} / {months} = {score}",
    # --- payout ----------------------------------------------------------------------------------
    "base_salary": "基本工资 {amount}",
    "base_salary_prorated": "基本工资 {base} × 在职 {days} / {month_days} 个工作日 = {amount}",
    "overtime": "{hours} 小时 × {base} / {days} / {hours_per_day} × {multiplier}（{kind}）= {amount}",
    "bonus_grade": "奖金基数 {bonus_base} × {coefficient}（考核等级 {grade}）= {amount}",
    "bonus_score": "奖金基数 {bonus_base} × 得分 {score} / 100 = {amount}",
    "bonus_no_appraisal": "本期没有已定稿的绩效考核：无绩效奖金",
    "commission_slice": "{lower}–{upper} 按 {rate}% = {amount}",
    "commission_progressive": "销售额 {sales}，各段按各自比例计算 = {amount}",
    "commission_whole": "销售额 {sales} 达到 {threshold} 起的档位：{sales} × {rate}% = {amount}",
    "commission_none": "销售额 {sales} 未达到任何提成档位",
    "late_deduction": "扣除 {free} 次免罚后迟到 {charged} 次 × {per} = {amount}",
    "missing_punch_deduction": "缺卡 {count} 次 × {per} = {amount}",
    "correction_deduction": "补卡 {count} 次，免费 {free} 次：超出 {charged} 次 × {per} = {amount}",
    "absence_deduction": "旷工 {days} 天 × {base} / {days_per_month} = {amount}",
    "unpaid_leave_deduction": "无薪假 {hours} 小时 × {base} / {days_per_month} / {hours_per_day} = {amount}",
    "full_attendance": "全勤 = {amount}",
    "full_attendance_forfeited": "无全勤奖：迟到 {late} 次，早退 {early} 次，缺卡 {missing} 次，旷工 {absence} 天，无薪假 {unpaid_leave_hours} 小时",
    "full_attendance_partial_month": "无全勤奖：本月在职 {days}/{month_days} 个工作日（月中入职或离职）",
    "ledger_bonus": "{day} {reason}：{amount}",
    "ledger_fine": "{day} {reason}：{amount}",
    # --- withholding (domain.withholding) ---------------------------------------------------------
    "withhold_pension": "养老保险 {base} × {rate}% = {amount}",
    "withhold_medical": "医疗保险 {base} × {rate}% = {amount}",
    "withhold_unemployment": "失业保险 {base} × {rate}% = {amount}",
    "withhold_housing_fund": "住房公积金 {base} × {rate}% = {amount}",
    "withhold_income_tax": "累计收入 {income} − 累计减除费用 {basic}（{months} × 5,000）− 累计专项扣除 {specials} − 累计专项附加扣除 {extras} = 累计应纳税所得额 {taxable}；× {rate}% − 速算扣除数 {quick} = {due}；减已预扣 {withheld} = {amount}",
    # --- pools -----------------------------------------------------------------------------------
    "pool_share": "{pool} × {weight} / {total_weight} = {exact} → {amount}",
    "year_end_weight": "权重 = {base} × {coefficient}（考核等级 {grade}）× {months} / 12 = {weight}",
    "team_weight": "权重 = 最终得分 {score}",
    "year_end_pool": "{year} 年终奖（奖金池 {pool}）",
    "team_pool_shop": "{period} 团队奖金池，全店（奖金池 {pool}）",
    "team_pool_department": "{period} 团队奖金池，{department}（奖金池 {pool}）",
    "time_to_hire": "{hired} 人从投递到入职共 {days} 天 / {hired} = 平均 {average} 天",
    "time_to_hire_none": "尚无人入职",
}

#: Parameter values that are words (the overtime kind, a grade), in Chinese.
ZH_WORDS: dict[str, str] = {
    "workday": "工作日", "restday": "休息日", "holiday": "法定节假日",
    "excellent": "优秀", "good": "良好", "pass": "合格", "fail": "不合格",
}
