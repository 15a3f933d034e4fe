"""Appraisal rules, hand-worked: each expected figure has its arithmetic beside it."""

from datetime import date
from decimal import Decimal as D

import pytest

from shopteam.domain.errors import ValidationError
from shopteam.domain.explain import TEMPLATES
from shopteam.domain.grading import (
    DistributionExcess,
    PeriodScore,
    Ranked,
    aggregate,
    appraise,
    calibrate,
    cap_points,
    check_distribution,
    final_score,
    rank,
)
from shopteam.domain.ledger import LedgerEntry, LedgerKind, points_in_period
from shopteam.domain.scoring import (
    AttendancePoints,
    Direction,
    Grade,
    GradeThresholds,
    Indicator,
    IndicatorInput,
    IndicatorScore,
    Method,
    MissingSelf,
    RatingScale,
    Scheme,
    Status,
    Tier,
    attendance_score,
    blend,
    check_weights,
    grade_for,
    rating_to_score,
    ratio_higher_score,
    ratio_lower_score,
    round_score,
    score_indicator,
    tasks_score,
    tiered_score,
    validate_scheme,
)

# --- manual rating --------------------------------------------------------------------------------


@pytest.mark.parametrize(("rating", "score"), [("1", "20"), ("3", "60"), ("3.5", "70"), ("5", "100")])
def test_five_point_scale_maps_to_20_100(rating, score):
    # rating × 20
    assert rating_to_score(D(rating), RatingScale.FIVE) == D(score)


@pytest.mark.parametrize(
    ("value", "scale"),
    [
        ("0.5", RatingScale.FIVE),
        ("6", RatingScale.FIVE),
        ("-1", RatingScale.PERCENT),
        ("100.5", RatingScale.PERCENT),
    ],
)
def test_ratings_out_of_range_are_refused(value, scale):
    with pytest.raises(ValidationError) as info:
        rating_to_score(D(value), scale)
    assert info.value.code == "rating_range"


# --- target ratios --------------------------------------------------------------------------------


def test_higher_is_better_ratio():
    # 95,000 / 100,000 × 100 = 95
    assert ratio_higher_score(D(95000), D(100000)) == D(95)


def test_higher_is_better_caps_over_achievement():
    # 130,000 / 100,000 × 100 = 130 → min(120, 130) = 120; with the default cap 100 → 100
    assert ratio_higher_score(D(130000), D(100000), D(120)) == D(120)
    assert ratio_higher_score(D(130000), D(100000)) == D(100)
    # 110 is under the cap of 120 and counts in full
    assert ratio_higher_score(D(110000), D(100000), D(120)) == D(110)


def test_higher_is_better_negative_actual_scores_zero():
    # ROI −0.5 against a target of 2: −25 → 0
    assert ratio_higher_score(D("-0.5"), D(2)) == D(0)


def test_lower_is_better_ratio():
    # response time 40 s against a target of 30 s: 30 / 40 × 100 = 75
    assert ratio_lower_score(D(40), D(30)) == D(75)
    # 20 s: 30 / 20 × 100 = 150 → capped at 120
    assert ratio_lower_score(D(20), D(30), D(120)) == D(120)


def test_lower_is_better_actual_zero_scores_the_cap():
    # no complaints at all: the cap, without dividing by 0
    assert ratio_lower_score(D(0), D("0.5")) == D(100)
    assert ratio_lower_score(D(0), D("0.5"), D(110)) == D(110)


def test_ratio_needs_a_positive_target():
    with pytest.raises(ValidationError) as info:
        ratio_higher_score(D(10), D(0))
    assert info.value.code == "target_not_positive"
    with pytest.raises(ValidationError):
        ratio_lower_score(D(-1), D(30))


# --- tiered tables --------------------------------------------------------------------------------

CONVERSION_TIERS = (Tier(D(2), D(60)), Tier(D(3), D(80)), Tier(D(4), D(100)))  # conversion rate %


@pytest.mark.parametrize(
    ("value", "score"),
    [("1.99", None), ("2", "60"), ("2.99", "60"), ("3", "80"), ("3.5", "80"), ("4", "100"), ("9", "100")],
)
def test_tiered_higher_inclusive_from_threshold(value, score):
    tier = tiered_score(D(value), CONVERSION_TIERS, Direction.HIGHER)
    assert (tier.score if tier else None) == (D(score) if score else None)


RESPONSE_TIERS = (Tier(D(30), D(100)), Tier(D(60), D(80)), Tier(D(90), D(60)))  # seconds, at most


@pytest.mark.parametrize(
    ("value", "score"),
    [("0", "100"), ("30", "100"), ("30.5", "80"), ("60", "80"), ("90", "60"), ("91", None)],
)
def test_tiered_lower_thresholds_are_ceilings(value, score):
    tier = tiered_score(D(value), RESPONSE_TIERS, Direction.LOWER)
    assert (tier.score if tier else None) == (D(score) if score else None)


def test_tiers_must_ascend():
    with pytest.raises(ValidationError) as info:
        tiered_score(D(1), (Tier(D(3), D(80)), Tier(D(2), D(60))))
    assert info.value.code == "tiers_not_ascending"


def test_tiered_indicator_below_every_tier_scores_zero():
    ind = Indicator("conv", D(100), Method.TIERED, tiers=CONVERSION_TIERS)
    result = score_indicator(ind, IndicatorInput(actual=D("1.5")))
    assert result.score == 0 and result.explanations[0].code == "tier_none"


# --- tasks and attendance -------------------------------------------------------------------------


def test_tasks_share_on_time():
    # 3 of 4 on time × 100 = 75; 2 of 3 = 66.666… kept unrounded
    assert tasks_score(3, 4) == D(75)
    assert round_score(tasks_score(2, 3)) == D("66.67")
    assert tasks_score(2, 3) != D("66.67")


def test_no_task_due_is_not_applicable_and_leaves_the_weights():
    ind = Indicator("tasks", D(30), Method.TASKS)
    result = score_indicator(ind, IndicatorInput(tasks_due=0))
    assert result.status is Status.NOT_APPLICABLE and result.score is None
    # the other indicators carry the whole score: 84 × 70 / 70 = 84
    other = IndicatorScore("gmv", D(70), Status.SCORED, D(84))
    final = final_score([result, other])
    assert final.score == D("84.00")
    assert [e.code for e in final.explanations][0] == "not_applicable_excluded"


def test_impossible_task_counts_are_refused():
    with pytest.raises(ValidationError):
        tasks_score(5, 4)


def test_attendance_score():
    # 100 − 3 × 2 − 1 × 10 − 2 × 2 = 80
    assert attendance_score(3, D(1), 2) == D(80)
    # custom points: 100 − 1 × 5 − 0.5 × 20 − 0 = 85
    assert attendance_score(1, D("0.5"), 0, AttendancePoints(D(5), D(20), D(3))) == D(85)


def test_attendance_score_floors_at_zero():
    # 100 − 10 × 2 − 9 × 10 = −10 → 0
    assert attendance_score(10, D(9), 0) == D(0)


# --- α blend --------------------------------------------------------------------------------------


def test_blend_default_alpha():
    # 0.3 × 90 + 0.7 × 80 = 27 + 56 = 83
    assert blend(D(90), D(80)) == D(83)


def test_blend_alpha_zero_ignores_the_recorded_self_score():
    # α = 0: supervisor 80 alone, self 100 recorded but not counted
    assert blend(D(100), D(80), D(0)) == D(80)
    assert blend(None, D(80), D(0)) == D(80)
    ind = Indicator("skill", D(100), Method.RATING)
    result = score_indicator(ind, IndicatorInput(self_rating=D(100), supervisor_rating=D(80)), alpha=D(0))
    assert result.score == D(80) and result.self_score == D(100)
    assert result.explanations[-1].code == "blend_self_not_counted"


def test_missing_supervisor_is_incomplete_not_zero():
    assert blend(D(90), None) is None
    ind = Indicator("skill", D(100), Method.RATING)
    result = score_indicator(ind, IndicatorInput(self_rating=D(90)))
    assert result.status is Status.INCOMPLETE and result.score is None
    assert result.explanations[-1].code == "missing_supervisor"


def test_missing_self_is_incomplete_unless_the_policy_says_supervisor_only():
    assert blend(None, D(80)) is None
    assert blend(None, D(80), missing_self=MissingSelf.SUPERVISOR_ONLY) == D(80)
    ind = Indicator("skill", D(100), Method.RATING)
    waiting = score_indicator(ind, IndicatorInput(supervisor_rating=D(80)))
    assert waiting.status is Status.INCOMPLETE and waiting.explanations[-1].code == "missing_self"


def test_rated_indicator_on_the_five_point_scale():
    # self 4 → 80, supervisor 3 → 60: 0.3 × 80 + 0.7 × 60 = 24 + 42 = 66
    ind = Indicator("teamwork", D(10), Method.RATING, scale=RatingScale.FIVE)
    result = score_indicator(ind, IndicatorInput(self_rating=D(4), supervisor_rating=D(3)))
    assert result.score == D(66)
    assert result.explanations[-1].text() == "30% × self 80.00 + 70% × supervisor 60.00 = 66.00"


# --- weights and schemes --------------------------------------------------------------------------


def test_weights_must_sum_to_100():
    assert check_weights([D(40), D(30), D(30)]) == D(100)
    with pytest.raises(ValidationError) as info:
        check_weights([D(40), D(30), D(20)])
    assert info.value.code == "weights_not_100" and info.value.params["total"] == D(90)
    with pytest.raises(ValidationError) as info:
        check_weights([D(110), D(-10)])
    assert info.value.code == "weight_not_positive"


def test_validate_scheme_checks_alpha_cap_target_and_thresholds():
    good = Indicator("gmv", D(100), Method.HIGHER_IS_BETTER, target=D(1000), cap=D(120))
    validate_scheme(Scheme((good,)))
    cases = {
        "alpha_range": Scheme((good,), alpha=D("1.2")),
        "cap_below_100": Scheme((Indicator("gmv", D(100), Method.HIGHER_IS_BETTER, target=D(1), cap=D(90)),)),
        "target_not_positive": Scheme((Indicator("gmv", D(100), Method.LOWER_IS_BETTER),)),
        "thresholds_order": Scheme((good,), thresholds=GradeThresholds(D(80), D(90), D(60))),
        "indicator_duplicate": Scheme(
            (Indicator("a", D(50), Method.RATING), Indicator("a", D(50), Method.RATING))
        ),
    }
    for code, scheme in cases.items():
        with pytest.raises(ValidationError) as info:
            validate_scheme(scheme)
        assert info.value.code == code


# --- final score, points, grades -------------------------------------------------------------------

SCHEME = Scheme(
    (
        Indicator("gmv", D(40), Method.HIGHER_IS_BETTER, target=D(100000), cap=D(120)),
        Indicator("response", D(20), Method.LOWER_IS_BETTER, target=D(30)),
        Indicator("tasks", D(20), Method.TASKS),
        Indicator("attitude", D(20), Method.RATING),
    )
)
INPUTS = {
    "gmv": IndicatorInput(actual=D(110000)),  # 110
    "response": IndicatorInput(actual=D(40)),  # 75
    "tasks": IndicatorInput(tasks_due=3, tasks_on_time=2),  # 66.666…
    "attitude": IndicatorInput(self_rating=D(90), supervisor_rating=D(80)),  # 83
}


def test_final_score_weighted_average():
    # 40 × 110 + 20 × 75 + 20 × 66.666… + 20 × 83 = 4400 + 1500 + 1333.333… + 1660 = 8893.333…
    # / 100 = 88.9333… → 88.93 → 良好
    result = appraise(SCHEME, INPUTS)
    assert result.score == D("88.93") and result.grade is Grade.GOOD
    assert result.weighted == D("8893.333333333333333333333333") / 100
    assert [e.text() for e in result.explanations] == [
        "Σ weight × score / Σ weight = 8,893.33 / 100 = 88.93",
        "Final score 88.93 → grade good",
    ]


def test_points_within_the_cap_are_added():
    # 88.9333… + 1.5 = 90.4333… → 90.43 → 优秀
    result = appraise(SCHEME, INPUTS, points=D("1.5"))
    assert result.score == D("90.43") and result.grade is Grade.EXCELLENT


def test_points_are_capped_both_ways():
    # +15 capped at +10: 88.9333… + 10 = 98.93; −25 capped at −10: 78.93 → 合格
    assert appraise(SCHEME, INPUTS, points=D(15)).score == D("98.93")
    low = appraise(SCHEME, INPUTS, points=D(-25))
    assert low.score == D("78.93") and low.grade is Grade.PASS and low.points == D(-10)
    assert cap_points(D(7), D(5)) == D(5) and cap_points(D(-3), D(5)) == D(-3)


def test_points_from_the_ledger_within_the_period():
    entries = [
        LedgerEntry(LedgerKind.COMMENDATION, date(2026, 10, 1), "好评", points=D(3)),
        LedgerEntry(LedgerKind.WARNING, date(2026, 10, 31), "迟到", points=D(-2)),
        LedgerEntry(LedgerKind.COMMENDATION, date(2026, 11, 1), "next month", points=D(5)),
    ]
    # 3 − 2 = 1 (1 Nov is outside October)
    assert points_in_period(entries, date(2026, 10, 1), date(2026, 10, 31)) == D(1)


def test_an_incomplete_indicator_leaves_no_final_score():
    inputs = dict(INPUTS, attitude=IndicatorInput(self_rating=D(90)))
    result = appraise(SCHEME, inputs)
    assert result.score is None and result.grade is None and result.missing == ("attitude",)
    assert not result.complete


def test_missing_kpi_actual_is_incomplete():
    inputs = {k: v for k, v in INPUTS.items() if k != "gmv"}
    assert appraise(SCHEME, inputs).missing == ("gmv",)


def test_final_score_floors_at_zero():
    # 5 − 10 = −5 → 0.00
    result = final_score([IndicatorScore("a", D(100), Status.SCORED, D(5))], points=D(-10))
    assert result.score == D("0.00") and result.grade is Grade.FAIL


@pytest.mark.parametrize(
    ("score", "grade"),
    [
        ("89.995", Grade.EXCELLENT),  # → 90.00
        ("89.994", Grade.GOOD),  # → 89.99
        ("90", Grade.EXCELLENT),
        ("80", Grade.GOOD),
        ("79.99", Grade.PASS),
        ("60", Grade.PASS),
        ("59.994", Grade.FAIL),
        ("59.995", Grade.PASS),
    ],
)
def test_grade_boundaries_after_rounding(score, grade):
    assert grade_for(D(score)) is grade


def test_final_rounds_89_995_to_90_and_excellent():
    # one indicator scoring 89.995: weighted 89.995 → 90.00 → 优秀
    result = final_score([IndicatorScore("a", D(100), Status.SCORED, D("89.995"))])
    assert result.score == D("90.00") and result.grade is Grade.EXCELLENT


def test_grade_thresholds_are_settings():
    strict = GradeThresholds(D(95), D(85), D(70))
    assert grade_for(D(92), strict) is Grade.GOOD and grade_for(D("69.99"), strict) is Grade.FAIL
    assert Grade.EXCELLENT.label_zh == "优秀" and Grade.FAIL.label_zh == "不合格"


def test_round_score_half_up():
    assert round_score(D("88.125")) == D("88.13") and round_score(D("88.124")) == D("88.12")


# --- calibration ----------------------------------------------------------------------------------


def test_calibration_returns_a_new_result_with_the_reason():
    result = appraise(SCHEME, INPUTS)  # 88.93 良好
    adjusted = calibrate(result, score=D("90.5"), reason="双十一主力", by="王经理")
    assert result.score == D("88.93")  # the original is unchanged
    assert adjusted.score == D("90.50") and adjusted.grade is Grade.EXCELLENT
    assert adjusted.explanations[-2].text() == "Calibrated from 88.93 to 90.50 by 王经理: 双十一主力"


def test_calibration_needs_a_reason():
    with pytest.raises(ValidationError) as info:
        calibrate(appraise(SCHEME, INPUTS), score=D(90), reason="  ")
    assert info.value.code == "calibration_reason_missing"


# --- forced distribution --------------------------------------------------------------------------


def test_forced_distribution_names_who_exceeds_by_rank():
    people = [
        Ranked("E10", D("95.00"), Grade.EXCELLENT),
        Ranked("E2", D("92.00"), Grade.EXCELLENT),
        Ranked("E3", D("92.00"), Grade.EXCELLENT),
        Ranked("E4", D("85.00"), Grade.GOOD),
        Ranked("E5", D("70.00"), Grade.PASS),
        Ranked("E6", D("91.00"), Grade.EXCELLENT),
        Ranked("E7", D("55.00"), Grade.FAIL),
        Ranked("E8", D("82.00"), Grade.GOOD),
        Ranked("E9", D("81.00"), Grade.GOOD),
        Ranked("E1", D("60.00"), Grade.PASS),
    ]
    # 10 people, at most 20 % 优秀 = 2; four are excellent: E10 95, E2 92, E3 92 (tie: E2 first), E6 91
    excess = check_distribution(people, {Grade.EXCELLENT: D(20), Grade.GOOD: D(30)})
    assert excess == [DistributionExcess(Grade.EXCELLENT, D(20), 2, 4, ("E3", "E6"))]
    assert [p.employee_no for p in rank(people)][:4] == ["E10", "E2", "E3", "E6"]


def test_forced_distribution_rounds_the_allowance_down():
    # 7 people × 20 % = 1.4 → 1 allowed
    people = [Ranked(f"E{i}", D(95 - i), Grade.EXCELLENT if i < 2 else Grade.GOOD) for i in range(7)]
    (excess,) = check_distribution(people, {Grade.EXCELLENT: D(20)})
    assert excess.allowed == 1 and excess.over == ("E1",)


# --- quarter and year -----------------------------------------------------------------------------


def test_quarter_plain_average():
    # (88.93 + 91.20 + 79.50) / 3 = 259.63 / 3 = 86.5433… → 86.54
    months = [
        PeriodScore("2026-07", D("88.93")),
        PeriodScore("2026-08", D("91.20")),
        PeriodScore("2026-09", D("79.50")),
    ]
    result = aggregate(months)
    assert result.score == D("86.54") and result.grade is Grade.GOOD
    assert result.explanations[0].text() == "Average of 3 months: 259.63 / 3 = 86.54"


def test_quarter_average_rounds_half_up_once():
    # (90.00 + 89.99) / 2 = 89.995 → 90.00 → 优秀
    result = aggregate([PeriodScore("2026-01", D("90.00")), PeriodScore("2026-02", D("89.99"))])
    assert result.score == D("90.00") and result.grade is Grade.EXCELLENT


def test_year_weighted_by_months_in_role():
    # 客服 for 4.5 months at 80, 运营 for 7.5 months at 92:
    # (80 × 4.5 + 92 × 7.5) / 12 = (360 + 690) / 12 = 1050 / 12 = 87.50
    result = aggregate(
        [PeriodScore("客服", D(80), D("4.5")), PeriodScore("运营", D(92), D("7.5"))], weighted=True
    )
    assert result.score == D("87.50")
    # the plain average would be (80 + 92) / 2 = 86.00
    assert aggregate([PeriodScore("客服", D(80)), PeriodScore("运营", D(92))]).score == D("86.00")


def test_months_without_a_final_are_left_out():
    # (80 + 90) / 2 = 85; the month without a final does not count as 0
    result = aggregate(
        [PeriodScore("2026-01", D(80)), PeriodScore("2026-02", None), PeriodScore("2026-03", D(90))]
    )
    assert result.score == D("85.00")
    assert aggregate([PeriodScore("2026-01", None)]).score is None


# --- explanations ---------------------------------------------------------------------------------


def test_indicator_explanations_read_as_sentences():
    scores = {s.key: s for s in appraise(SCHEME, INPUTS).indicators}
    assert (
        scores["gmv"].explanations[0].text()
        == "Actual 110,000 / target 100,000 × 100 = 110.00, capped at 120 → 110.00"
    )
    assert (
        scores["response"].explanations[0].text()
        == "Target 30 / actual 40 × 100 = 75.00, capped at 100 → 75.00"
    )
    assert scores["tasks"].explanations[0].text() == "2 of 3 tasks done on time × 100 = 66.67"
    zero = score_indicator(SCHEME.indicators[1], IndicatorInput(actual=D(0)))
    assert zero.score == D(100) and zero.explanations[0].code == "ratio_lower_zero"


def test_every_explanation_code_has_a_template():
    result = appraise(SCHEME, INPUTS, points=D(20))
    for line in (*result.explanations, *(e for s in result.indicators for e in s.explanations)):
        assert line.code in TEMPLATES and line.text()


def test_the_score_that_counts_is_the_calibrated_one_even_when_it_is_zero():
    from decimal import Decimal

    from shopteam.domain.grading import counted_grade, counted_score

    assert counted_score(Decimal("80.00"), Decimal("0")) == Decimal("0")
    assert counted_score(Decimal("80.00"), None) == Decimal("80.00")
    assert counted_grade("good", "") == "good" and counted_grade("good", "fail") == "fail"
