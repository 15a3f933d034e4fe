"""Withholding worked by hand: social insurance and housing fund at the employee's rates, and income tax
by the cumulative withholding method (累计预扣法) in a January, for a mid-year joiner, across a bracket."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from shopteam.domain.withholding import (
    ContributionRates,
    YearToDate,
    bracket,
    contribution_lines,
    income_tax_line,
)


def test_contributions_one_line_each_rounded_half_up():
    lines = contribution_lines(D("8765.43"), D("8765.43"))
    # 8765.43 × 8 % = 701.2344, × 2 % = 175.3086, × 0.5 % = 43.82715, × 7 % = 613.5801
    assert [(line.code, line.amount) for line in lines] == [
        ("withhold_pension", D("701.23")), ("withhold_medical", D("175.31")),
        ("withhold_unemployment", D("43.83")), ("withhold_housing_fund", D("613.58"))]
    assert lines[3].explanation.text() == "Housing fund 8,765.43 × 7% = 613.58"
    assert contribution_lines(D("5000"), D("0"), ContributionRates(housing_fund=D("0.12")))[-1].code == \
        "withhold_unemployment"  # no housing-fund base: no line


def test_january():
    # gross 10,000; insurance and fund 10,000 × (8 + 2 + 0.5 + 7) % = 1,750; one child 2,000
    line = income_tax_line(D("10000"), D("1750"), D("2000"), YearToDate())
    assert line.amount == D("37.50")  # (10,000 − 5,000 − 1,750 − 2,000) × 3 %
    assert line.explanation.text() == (
        "Income to date 10,000.00 − 5,000.00 (1 × 5,000) − insurance and fund 1,750.00 − special additional "
        "deductions 2,000.00 = taxable 1,250.00; × 3% − 0.00 = 37.50; less 0.00 already withheld = 37.50")


def test_a_year_that_crosses_a_bracket_in_march():
    before, taxes = YearToDate(), []
    for _ in range(3):  # 20,000 a month, nothing else deducted: 15,000 taxable a month
        line = income_tax_line(D("20000"), D("0"), D("0"), before)
        taxes.append(line.amount)
        before = YearToDate(gross=before.gross + 20000, tax_withheld=before.tax_withheld + line.amount,
                            months=before.months + 1)
    # January 450, February 900 − 450, March 45,000 × 10 % − 2,520 = 1,980 − 900
    assert taxes == [D("450.00"), D("450.00"), D("1080.00")]


def test_a_mid_year_joiner_deducts_5000_only_for_the_months_here():
    july = income_tax_line(D("8000"), D("0"), D("0"), YearToDate())
    august = income_tax_line(D("8000"), D("0"), D("0"), YearToDate(gross=D("8000"), tax_withheld=july.amount,
                                                                   months=1))
    assert (july.amount, august.amount) == (D("90.00"), D("90.00"))  # 3,000 × 3 %, then 6,000 × 3 % − 90


def test_no_tax_below_the_threshold_and_no_refund_through_pay():
    assert income_tax_line(D("4800"), D("0"), D("0"), YearToDate()).amount == D("0.00")
    # a month of lower pay after a high one: due to date is below what was withheld -> 0, not negative
    later = income_tax_line(D("5000"), D("0"), D("0"), YearToDate(gross=D("9000"), tax_withheld=D("150"), months=1))
    assert later.amount == D("0.00")


@pytest.mark.parametrize(("taxable", "rate", "quick"), [
    ("36000", "0.03", "0"), ("36000.01", "0.10", "2520"), ("144000", "0.10", "2520"), ("300000.01", "0.25", "31920"),
    ("960000", "0.35", "85920"), ("960000.01", "0.45", "181920")])
def test_the_table_applies_up_to_each_bound_inclusive(taxable, rate, quick):
    assert bracket(D(taxable)) == (D(rate), D(quick))
