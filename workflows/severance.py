"""The mediator's severance calculator 经济补偿计算 (《劳动合同法》 arts. 47, 87; 实施条例 art. 27).

Pure rules, one step at a time, each step a message that names its article:

- N, the years counted: each full year of service counts 1; a remainder of six
  months or more counts 1, a shorter one 0.5 (art. 47 §1).
- W, the monthly wage: the average of the last 12 months, never below the local
  minimum wage (实施条例 art. 27).
- Above 3 × the city's average monthly wage of last year, W is that figure and N is
  at most 12 (art. 47 §2).
- Severance is N × W; for an unlawful termination the compensation is 2 × N × W
  (art. 87). The one rounding is of that last product, to the fen, half up (四舍五入).
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from workflows.messages import N_, Text

LAW = "《劳动合同法》"
REGULATION = "《劳动合同法实施条例》"
FEN = Decimal("0.01")
HALF = Decimal("0.5")
CAP_MULTIPLE = 3  # times the city's average monthly wage (art. 47 §2)
CAPPED_YEARS = Decimal(12)  # N under the cap (art. 47 §2)
UNLAWFUL_MULTIPLE = 2  # art. 87
REMAINDER_COUNTED_WHOLE = 6  # months (art. 47 §1)
# The Labour Contract Law took effect on 1 January 2008; service before it is counted
# under the rules then in force (art. 97 §3), which this calculator does not hold.
LAW_IN_FORCE = date(2008, 1, 1)


@dataclass(frozen=True)
class Step:
    """One step of a calculation: the rule it applies, its article and what it found."""

    rule: str
    article: str
    text: Text


@dataclass(frozen=True)
class ServiceLength:
    """Full years, then months and days, from the first day worked to the last, both counted."""

    years: int
    months: int
    days: int

    @property
    def has_remainder(self) -> bool:
        return bool(self.months or self.days)


@dataclass(frozen=True)
class Severance:
    """What the calculator found: N, W, whether the high-wage cap applied, the amount."""

    service: ServiceLength
    years_counted: Decimal  # N
    monthly_wage: Decimal  # W
    cap_applied: bool
    multiple: int  # 1, or 2 for an unlawful termination
    amount: Decimal
    steps: tuple[Step, ...]


def yuan(amount: Decimal) -> str:
    """An amount as an office writes it: 8,600.00."""
    return f"{amount:,.2f}"


def times_form(n: Decimal) -> str:
    """N as people write it: 3.5, 4, 12."""
    return f"{n.normalize():f}"


def _months_end(start_on: date, months: int) -> date:
    """The last day of ``months`` months of service from ``start_on``, the first day worked.

    The day before the corresponding day ``months`` later; where that month has no
    corresponding day (service from 31 August), its last day (28 February).
    """
    index = start_on.month - 1 + months
    year, month = start_on.year + index // 12, index % 12 + 1
    last = calendar.monthrange(year, month)[1]
    if start_on.day > last:
        return date(year, month, last)
    return date(year, month, start_on.day) - timedelta(days=1)


def service_length(start_on: date, end_on: date) -> ServiceLength:
    """The service from ``start_on`` to ``end_on``, both days worked (ValueError if reversed)."""
    if end_on < start_on:
        raise ValueError("the service ends before it starts")
    months = (end_on.year - start_on.year) * 12 + end_on.month - start_on.month + 1
    while _months_end(start_on, months) > end_on:
        months -= 1
    days = (end_on - _months_end(start_on, months)).days
    return ServiceLength(years=months // 12, months=months % 12, days=days)


def years_counted(length: ServiceLength) -> Decimal:
    """N: full years, and 1 or 0.5 for what remains (art. 47 §1)."""
    if not length.has_remainder:
        return Decimal(length.years)
    if length.months >= REMAINDER_COUNTED_WHOLE:
        return Decimal(length.years + 1)
    return length.years + HALF


def _service_step(start_on: date, end_on: date, length: ServiceLength, n: Decimal) -> Step:
    article = f"{LAW} art. 47 §1"
    if not length.has_remainder:
        text = N_(
            "Service from {start} to {end}: {years} full years. N = {n} "
            "(Labour Contract Law art. 47 §1)",
            start=start_on,
            end=end_on,
            years=length.years,
            n=times_form(n),
        )
    elif length.months >= REMAINDER_COUNTED_WHOLE:
        text = N_(
            "Service from {start} to {end}: {years} full years, {months} months and {days} "
            "days; a remainder of six months or more counts as a full year. N = {n} "
            "(Labour Contract Law art. 47 §1)",
            start=start_on,
            end=end_on,
            years=length.years,
            months=length.months,
            days=length.days,
            n=times_form(n),
        )
    else:
        text = N_(
            "Service from {start} to {end}: {years} full years, {months} months and {days} "
            "days; a remainder under six months counts as half a year. N = {n} "
            "(Labour Contract Law art. 47 §1)",
            start=start_on,
            end=end_on,
            years=length.years,
            months=length.months,
            days=length.days,
            n=times_form(n),
        )
    return Step("service_years", article, text)


def _wage_step(average: Decimal, minimum: Decimal, w: Decimal) -> Step:
    article = f"{REGULATION} art. 27"
    if average < minimum:
        text = N_(
            "The average monthly wage of the last 12 months, {average} yuan, is below the local "
            "minimum wage of {minimum} yuan, which counts instead. W = {w} yuan "
            "(Labour Contract Law Implementing Regulations art. 27)",
            average=yuan(average),
            minimum=yuan(minimum),
            w=yuan(w),
        )
    else:
        text = N_(
            "The average monthly wage of the last 12 months is {average} yuan, not below the "
            "local minimum wage of {minimum} yuan. W = {w} yuan "
            "(Labour Contract Law Implementing Regulations art. 27)",
            average=yuan(average),
            minimum=yuan(minimum),
            w=yuan(w),
        )
    return Step("minimum_wage_floor", article, text)


def _cap_step(city: Decimal, cap: Decimal, capped: bool, n: Decimal) -> Step:
    article = f"{LAW} art. 47 §2"
    if capped:
        text = N_(
            "W is above three times the city's average monthly wage of last year "
            "({city} × 3 = {cap} yuan): W = {cap} yuan, and N is at most 12: "
            "N = {n} (Labour Contract Law art. 47 §2)",
            city=yuan(city),
            cap=yuan(cap),
            n=times_form(n),
        )
    else:
        text = N_(
            "W is not above three times the city's average monthly wage of last year "
            "({city} × 3 = {cap} yuan): no cap (Labour Contract Law art. 47 §2)",
            city=yuan(city),
            cap=yuan(cap),
        )
    return Step("high_wage_cap", article, text)


def _amount_step(n: Decimal, w: Decimal, amount: Decimal, unlawful: bool) -> Step:
    if unlawful:
        text = N_(
            "Unlawful termination: compensation is twice the severance, 2 × N × W = "
            "2 × {n} × {w} = {amount} yuan (Labour Contract Law art. 87)",
            n=times_form(n),
            w=yuan(w),
            amount=yuan(amount),
        )
        return Step("unlawful_termination", f"{LAW} art. 87", text)
    text = N_(
        "Severance is N × W = {n} × {w} = {amount} yuan (Labour Contract Law art. 47)",
        n=times_form(n),
        w=yuan(w),
        amount=yuan(amount),
    )
    return Step("severance", f"{LAW} art. 47", text)


def _before_the_law_step(start_on: date) -> Step:
    text = N_(
        "The service began on {start}, before the Labour Contract Law took effect on "
        "1 January 2008: the years before it are counted under the rules then in force "
        "(Labour Contract Law art. 97). This calculation counts all of them under art. 47; "
        "check the years before 2008.",
        start=start_on,
    )
    return Step("service_before_2008", f"{LAW} art. 97", text)


def severance(
    *,
    start_on: date,
    end_on: date,
    average_wage: Decimal,
    minimum_wage: Decimal,
    city_average_wage: Decimal,
    unlawful: bool = False,
) -> Severance:
    """N, W and the severance (or the compensation for an unlawful termination), explained."""
    length = service_length(start_on, end_on)
    n = years_counted(length)
    w = max(average_wage, minimum_wage)
    steps = [_service_step(start_on, end_on, length, n), _wage_step(average_wage, minimum_wage, w)]
    cap = city_average_wage * CAP_MULTIPLE
    capped = w > cap
    if capped:
        w, n = cap, min(n, CAPPED_YEARS)
    steps.append(_cap_step(city_average_wage, cap, capped, n))
    multiple = UNLAWFUL_MULTIPLE if unlawful else 1
    amount = (multiple * n * w).quantize(FEN, rounding=ROUND_HALF_UP)
    steps.append(_amount_step(n, w, amount, unlawful))
    if start_on < LAW_IN_FORCE:
        steps.append(_before_the_law_step(start_on))
    return Severance(
        service=length,
        years_counted=n,
        monthly_wage=w,
        cap_applied=capped,
        multiple=multiple,
        amount=amount,
        steps=tuple(steps),
    )
