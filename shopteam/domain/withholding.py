"""What a shop withholds from gross pay when it turns withholding on (PRODUCT §3.14): the employee's share
of social insurance and the housing fund, and individual income tax by the cumulative withholding method
(累计预扣法) on wages.

- Social insurance and housing fund: the person's contribution base × the shop's employee rates (pension
  8 %, medical 2 %, unemployment 0.5 %, housing fund 5–12 %, 7 % by default), one line each, rounded
  half-up to the fen. These are the 专项扣除 of the tax.
- Income tax for month *n* of the year at this shop:
  cumulative taxable = cumulative gross − 5,000 × months employed here this year − cumulative 专项扣除
  − cumulative 专项附加扣除 (the person's special additional deductions, e.g. 2,000 a month per child);
  tax due to date = taxable × rate − quick deduction, from the annual table below; this month's tax = tax
  due to date − tax already withheld this year, never below 0 (an overpayment is settled in the annual
  reconciliation, not refunded through pay).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from shopteam.domain.explain import explain, percent, plain
from shopteam.domain.incentives import Line
from shopteam.domain.money import ZERO, round_fen

MONTHLY_BASIC_DEDUCTION = Decimal("5000")


def _line(code: str, amount: Decimal, **params) -> Line:
    amount = round_fen(amount)
    return Line(code, amount, explain(code, amount=amount, **params))

#: 个人所得税预扣率表一（居民个人工资、薪金所得预扣预缴适用）: (cumulative taxable up to, rate, quick deduction)
TAX_TABLE: tuple[tuple[Decimal | None, Decimal, Decimal], ...] = (
    (Decimal("36000"), Decimal("0.03"), Decimal("0")),
    (Decimal("144000"), Decimal("0.10"), Decimal("2520")),
    (Decimal("300000"), Decimal("0.20"), Decimal("16920")),
    (Decimal("420000"), Decimal("0.25"), Decimal("31920")),
    (Decimal("660000"), Decimal("0.30"), Decimal("52920")),
    (Decimal("960000"), Decimal("0.35"), Decimal("85920")),
    (None, Decimal("0.45"), Decimal("181920")),
)


@dataclass(frozen=True, slots=True)
class ContributionRates:
    """The employee's shares (fractions of the base)."""

    pension: Decimal = Decimal("0.08")
    medical: Decimal = Decimal("0.02")
    unemployment: Decimal = Decimal("0.005")
    housing_fund: Decimal = Decimal("0.07")


@dataclass(frozen=True, slots=True)
class YearToDate:
    """The person's figures at this shop in the months of the year before this one."""

    gross: Decimal = ZERO
    special_deductions: Decimal = ZERO  # social insurance and housing fund withheld
    additional_deductions: Decimal = ZERO  # 专项附加扣除 claimed
    tax_withheld: Decimal = ZERO
    months: int = 0  # months employed here this year before this one


def bracket(taxable: Decimal) -> tuple[Decimal, Decimal]:
    """(rate, quick deduction) of a cumulative taxable income; a tier applies up to its bound inclusive."""
    for upper, rate, quick in TAX_TABLE:
        if upper is None or taxable <= upper:
            return rate, quick
    raise AssertionError("unreachable")


def contribution_lines(si_base: Decimal, hf_base: Decimal, rates: ContributionRates = ContributionRates()
                       ) -> list[Line]:
    """The employee's social insurance (养老/医疗/失业) and housing fund (公积金) for the month."""
    lines = []
    for code, base, rate in (("pension", si_base, rates.pension), ("medical", si_base, rates.medical),
                             ("unemployment", si_base, rates.unemployment),
                             ("housing_fund", hf_base, rates.housing_fund)):
        if base > 0 and rate > 0:
            lines.append(_line(f"withhold_{code}", Decimal(base) * rate, base=round_fen(base), rate=percent(rate)))
    return lines


def income_tax_line(gross: Decimal, special: Decimal, additional: Decimal, before: YearToDate) -> Line:
    """This month's income tax by the cumulative method, explained with the cumulative figures."""
    months = before.months + 1
    income = before.gross + gross
    basic = MONTHLY_BASIC_DEDUCTION * months
    specials = before.special_deductions + special
    extras = before.additional_deductions + additional
    taxable = max(ZERO, income - basic - specials - extras)
    rate, quick = bracket(taxable)
    due = round_fen(max(ZERO, taxable * rate - quick))
    amount = max(ZERO, due - before.tax_withheld)
    return _line("withhold_income_tax", amount, income=round_fen(income), basic=round_fen(basic),
                 months=months, specials=round_fen(specials), extras=round_fen(extras),
                 taxable=round_fen(taxable), rate=plain(rate * 100), quick=round_fen(quick), due=due,
                 withheld=round_fen(before.tax_withheld))


@dataclass(frozen=True, slots=True)
class Withholding:
    """A month's withholding of one person: the lines (insurance, fund, tax) and the figures the next
    months of the year read back as their year to date."""

    lines: tuple[Line, ...]
    special: Decimal  # 专项扣除 of the month: the insurance and fund lines
    additional: Decimal  # 专项附加扣除 claimed in the month
    tax: Decimal  # the income tax line

    @property
    def total(self) -> Decimal:
        """代扣合计: everything withheld from the month's gross."""
        return self.special + self.tax


def withhold(gross: Decimal, si_base: Decimal, hf_base: Decimal, additional: Decimal,
             rates: ContributionRates = ContributionRates(), before: YearToDate = YearToDate()) -> Withholding:
    """The month's withholding from ``gross`` (应发合计): contributions on the bases, then income tax by the
    cumulative method with them as this month's 专项扣除.

    >>> w = withhold(Decimal("10000"), Decimal("10000"), Decimal("10000"), Decimal("2000"))
    >>> [str(line.amount) for line in w.lines], str(w.total)
    (['800.00', '200.00', '50.00', '700.00', '37.50'], '1787.50')
    """
    contributions = contribution_lines(si_base, hf_base, rates)
    special = sum((line.amount for line in contributions), ZERO)
    additional = round_fen(max(ZERO, Decimal(additional)))
    tax = income_tax_line(Decimal(gross), special, additional, before)
    return Withholding((*contributions, tax), round_fen(special), additional, tax.amount)
