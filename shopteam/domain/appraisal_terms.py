"""The words of the monthly appraisal sheet (月度绩效考核表) in both languages, shared by the printed sheet
(reports/appraisal_sheet) and the offline-scoring workbook (io/appraisal_workbook); each adds its own."""

from __future__ import annotations

from decimal import Decimal

from shopteam.domain.grading import WeightedLines

SHEET_TERMS: dict[str, dict[str, str]] = {
    "zh": {
        "title": "月度绩效考核表", "shop": "店铺", "period": "考核周期", "name": "姓名", "no": "工号", "department": "部门",
        "role": "岗位", "scheme": "考核方案", "group": "类别", "indicator": "考核指标", "weight": "权重", "target": "目标值",
        "actual": "实际值", "self": "自评", "supervisor": "上级评分", "score": "得分", "results": "工作业绩",
        "ability": "工作能力", "attitude": "工作态度", "subtotal": "指标得分合计", "points": "奖惩加减分", "total": "最终得分",
        "grade": "考核等级", "self_comment": "员工自评说明", "comment": "上级评语", "year_month": "{y}年{m}月",
        "pending": "未完成", "excellent": "优秀", "good": "良好", "pass": "合格", "fail": "不合格",
        "weighted": "加权得分", "not_applicable": "不适用",
        "rescaled": "按已评指标权重 {weight} 折算：{sum} ÷ {weight} × 100 = {total}",
    },
    "en": {
        "title": "Monthly Appraisal Sheet", "shop": "Shop", "period": "Period", "name": "Name",
        "no": "Employee no.", "department": "Department", "role": "Role", "scheme": "Scheme",
        "group": "Group", "indicator": "Indicator", "weight": "Weight", "target": "Target",
        "actual": "Actual", "self": "Self", "supervisor": "Supervisor", "score": "Score",
        "results": "Results", "ability": "Ability", "attitude": "Attitude", "subtotal": "Indicators total",
        "points": "Reward/penalty points", "total": "Final score", "grade": "Grade",
        "self_comment": "Employee's self-assessment", "comment": "Supervisor's comment",
        "year_month": "{y}-{m:02d}", "pending": "not complete", "excellent": "Excellent", "good": "Good",
        "pass": "Pass", "fail": "Fail", "weighted": "Weighted", "not_applicable": "n.a.",
        "rescaled": "Rescaled over the weight of the indicators with a figure ({weight}): "
                    "{sum} ÷ {weight} × 100 = {total}",
    },
}


def language_key(lang: str | None) -> str:
    """'zh' for any Chinese locale name, else 'en': the two languages the sheets are written in."""
    return "zh" if (lang or "").startswith("zh") else "en"


def weighted_cell(lines: WeightedLines, index: int, lang: str | None) -> Decimal | str | None:
    """What the weighted-score cell of line ``index`` holds: the weighted score, 不适用 / n.a. for an
    indicator left out of the weights, or None (waiting for a figure)."""
    if lines.not_applicable[index]:
        return SHEET_TERMS[language_key(lang)]["not_applicable"]
    return lines.weighted[index]


def rescaled_sentence(lines: WeightedLines, lang: str | None) -> str:
    """The line under the indicator table saying how the total was rescaled (PRODUCT §3.5: Σ weight × score /
    Σ weight over the indicators with a figure); "" when every weight has a figure."""
    if not lines.rescaled or lines.total is None:
        return ""
    return SHEET_TERMS[language_key(lang)]["rescaled"].format(
        weight=f"{lines.weight}", sum=f"{lines.weighted_sum:.2f}", total=f"{lines.total:.2f}")
