"""Pool splits: largest remainder, exact to the fen, tie-breaking; year-end and team pools."""

import random
from decimal import Decimal as D

import pytest

from shopteam.domain.bonus_pools import YearEndClaim, split_team_pool, split_year_end_bonus
from shopteam.domain.errors import ValidationError
from shopteam.domain.pools import PoolShare, employee_no_key, split_pool
from shopteam.domain.scoring import Grade


def amounts(parts):
    return {p.employee_no: p.amount for p in parts}


def test_100_in_three_equal_parts():
    # 10,000 fen / 3 = 3,333⅓ each; 1 fen left over, equal remainders and weights → smallest employee no.
    parts = split_pool(D("100.00"), [PoolShare("E003", 1), PoolShare("E001", 1), PoolShare("E002", 1)])
    assert amounts(parts) == {"E001": D("33.34"), "E002": D("33.33"), "E003": D("33.33")}
    assert [p.employee_no for p in parts] == ["E003", "E001", "E002"]  # the order given is kept


def test_employee_numbers_compare_naturally():
    # E2 before E10 (as numbers), not 'E10' < 'E2' (as text)
    parts = split_pool(D("100.00"), [PoolShare("E10", 1), PoolShare("E2", 1), PoolShare("E11", 1)])
    assert amounts(parts)["E2"] == D("33.34")
    assert sorted(["E10", "E2", "F1", "E1"], key=employee_no_key) == ["E1", "E2", "E10", "F1"]


def test_larger_remainder_wins_before_anything_else():
    # 1.00 by 1 : 2 = 33⅓ and 66⅔ fen; remainders ⅓ and ⅔ → the extra fen to the ⅔
    parts = split_pool(D("1.00"), [PoolShare("A1", 1), PoolShare("A2", 2)])
    assert amounts(parts) == {"A1": D("0.33"), "A2": D("0.67")}


def test_equal_remainders_go_to_the_larger_weight_first():
    # 0.02 by 1 : 3 = 0.5 and 1.5 fen; remainders both ½ → the extra fen to weight 3, though its no. is larger
    parts = split_pool(D("0.02"), [PoolShare("A1", 1), PoolShare("A2", 3)])
    assert amounts(parts) == {"A1": D("0.00"), "A2": D("0.02")}


def test_ties_by_weight_then_number_with_two_extra_fen():
    # 0.10 by 1 : 1 : 1 : 1 : 2 : 2 (total 8) = 1.25, 1.25, 1.25, 1.25, 2.5, 2.5 fen
    # floors 1+1+1+1+2+2 = 8, 2 fen left; remainders ½ (weight 2) beat ¼ → both go to the weight-2 parts
    shares = [PoolShare(f"E{i}", w) for i, w in enumerate([1, 1, 1, 1, 2, 2], start=1)]
    assert [p.amount for p in split_pool(D("0.10"), shares)] == [D("0.01")] * 4 + [D("0.03")] * 2


def test_zero_weight_gets_nothing_and_bad_input_is_refused():
    assert amounts(split_pool(D("10.00"), [PoolShare("A", 0), PoolShare("B", 5)])) == {
        "A": D("0.00"),
        "B": D("10.00"),
    }
    with pytest.raises(ValidationError):
        split_pool(D("10.005"), [PoolShare("A", 1)])
    with pytest.raises(ValidationError):
        split_pool(D("10.00"), [PoolShare("A", -1), PoolShare("B", 2)])
    with pytest.raises(ValidationError) as info:
        split_pool(D("10.00"), [PoolShare("A", 0)])
    assert info.value.code == "pool_no_weight"
    assert split_pool(D("10.00"), []) == []


def test_split_explanation():
    (part, _, _) = split_pool(D("100.00"), [PoolShare("E1", 1), PoolShare("E2", 1), PoolShare("E3", 1)])
    assert part.explanations[-1].text() == "100.00 × 1 / 3 = 33.3333 → 33.34"


def test_parts_always_add_up_to_the_pool_exactly():
    # property-style: 1,000 random pools and weights (seeded); hypothesis is not installed here
    rng = random.Random(20261031)
    for _ in range(1000):
        pool = D(rng.randint(0, 10_000_000)) / 100
        n = rng.randint(1, 60)
        kind = rng.random()
        if kind < 0.3:
            weights = [D(rng.randint(0, 100)) for _ in range(n)]
        elif kind < 0.6:
            weights = [D(rng.randint(0, 2_000_000)) / 100 for _ in range(n)]
        else:
            weights = [D(rng.choice([1, 2, 3])) for _ in range(n)]  # many ties
        if not any(weights):
            weights[0] = D(1)
        shares = [PoolShare(f"E{rng.randint(1, 999):03d}-{i}", w) for i, w in enumerate(weights)]
        parts = split_pool(pool, shares)
        assert sum(p.amount for p in parts) == pool
        # every part is its exact share rounded down or up by less than a fen; in whole fen and
        # hundredths of a weight: |part × Σw − pool × w| < Σw
        w100 = [int(w * 100) for w in weights]
        total = sum(w100)
        pool_fen = int(pool * 100)
        for part, w in zip(parts, w100, strict=True):
            assert abs(int(part.amount * 100) * total - pool_fen * w) < total
            assert part.amount >= 0 and part.amount == part.amount.quantize(D("0.01"))


# --- year-end and team pools ----------------------------------------------------------------------


def test_year_end_bonus_by_salary_grade_and_months():
    people = [
        YearEndClaim("E001", D(8000), Grade.EXCELLENT, D(12)),  # 8000 × 1.5 × 12/12 = 12,000
        YearEndClaim("E002", D(6000), Grade.GOOD, D(12)),  # 6000 × 1.2 × 12/12 = 7,200
        YearEndClaim("E003", D(6000), Grade.PASS, D(6)),  # 6000 × 1.0 × 6/12 = 3,000
        YearEndClaim("E004", D(5000), Grade.FAIL, D(12)),  # 5000 × 0 = 0
        YearEndClaim("E005", D(5000), None, D(3)),  # no annual grade = 0
    ]
    # total weight 22,200; pool 50,000.00:
    # E001 50,000 × 12,000 / 22,200 = 27,027.027027… → 27,027.02 (remainder .7027 fen)
    # E002 50,000 × 7,200 / 22,200 = 16,216.216216… → 16,216.21 (remainder .6216 fen)
    # E003 50,000 × 3,000 / 22,200 = 6,756.756756… → 6,756.75 (remainder .6757 fen)
    # floors sum to 49,999.98: 2 fen left → E001 (.7027) and E003 (.6757), not E002 (.6216)
    parts = split_year_end_bonus(D("50000.00"), people)
    assert amounts(parts) == {
        "E001": D("27027.03"),
        "E002": D("16216.21"),
        "E003": D("6756.76"),
        "E004": D("0.00"),
        "E005": D("0.00"),
    }
    assert sum(p.amount for p in parts) == D("50000.00")
    assert parts[2].explanations[0].text() == "Weight = 6,000.00 × 1.0 (grade pass) × 6 / 12 = 3,000.00"


def test_year_end_months_must_be_0_to_12():
    with pytest.raises(ValidationError):
        split_year_end_bonus(D(100), [YearEndClaim("E1", D(5000), Grade.PASS, D(13))])


def test_team_pool_by_final_score():
    # 3,000.00 by 95 : 85 : 70 (total 250): 1,140.00 / 1,020.00 / 840.00 exactly
    parts = split_team_pool(D("3000.00"), [("E1", D("95.00")), ("E2", D("85.00")), ("E3", D("70.00"))])
    assert amounts(parts) == {"E1": D("1140.00"), "E2": D("1020.00"), "E3": D("840.00")}
    # 1,000.00 by 88.93 : 90.43 : None (total 179.36), in fen:
    # 100,000 × 88.93 / 179.36 = 49,581.85… → 49,581; 100,000 × 90.43 / 179.36 = 50,418.15… → 50,418
    # 1 fen left; remainders .85 vs .15 → E1
    parts = split_team_pool(D("1000.00"), [("E1", D("88.93")), ("E2", D("90.43")), ("E3", None)])
    assert amounts(parts) == {"E1": D("495.82"), "E2": D("504.18"), "E3": D("0.00")}
