"""Household files 建档立卡: the hardship level and the aid caps (DOMAIN §Hardship aid).

Pure rules: the service gathers the facts (the year's income, the unit's 低保
figure, what was paid this year) and these functions decide.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from workflows.calendar import WorkingCalendar
from workflows.data import FieldErrors
from workflows.messages import N_
from workflows.periods import statutory_date

CENT = Decimal("0.01")
# Caps a unit has not set: one province's example (DOMAIN §Hardship aid). Living aid
# is ten months of the 低保 figure; seasonal aid (送温暖) has no cap of its own.
DEFAULT_CAPS: dict[str, Decimal] = {
    "medical": Decimal("20000.00"),
    "education": Decimal("5000.00"),
    "emergency": Decimal("3000.00"),
}
LIVING_CAP_MONTHS = 10
# 意外致困: the year's hardship costs above this share of household income.
ACCIDENT_COST_SHARE = Decimal("0.8")


def monthly_per_head(*, income: Decimal, essential_costs: Decimal, size: int) -> Decimal:
    """(annual disposable income − essential costs) ÷ 12 ÷ household size, to the 分."""
    if size < 1:
        raise ValueError("a household has at least one member")
    return ((income - essential_costs) / 12 / size).quantize(CENT, ROUND_HALF_UP)


def hardship_level(
    *,
    per_head: Decimal,
    dibao: Decimal,
    income: Decimal = Decimal(0),
    hardship_costs: Decimal = Decimal(0),
    accident: bool = False,
) -> str | None:
    """``deep`` below 低保, ``relative`` below 2 × 低保, ``accident`` when caused by one.

    None: the household is not in hardship by these rules. "Below" is strict: a
    household exactly at 低保 is relative, exactly at twice it is not in hardship.
    """
    if per_head < dibao:
        return "deep"
    if per_head < 2 * dibao:
        return "relative"
    if accident or (income > 0 and hardship_costs > ACCIDENT_COST_SHARE * income):
        return "accident"
    return None


def cap_for(kind: str, *, set_caps: Mapping[str, Decimal], dibao: Decimal | None) -> Decimal | None:
    """The yearly cap of ``kind``: the unit's setting, else the default; None if uncapped."""
    if kind in set_caps:
        return set_caps[kind]
    if kind == "living":
        return None if dibao is None else dibao * LIVING_CAP_MONTHS
    return DEFAULT_CAPS.get(kind)


@dataclass(frozen=True)
class AidThisYear:
    """A household's standing against the cap of one aid kind in one calendar year."""

    kind: str
    year: int
    cap: Decimal | None
    paid: Decimal
    # Approved for the household's other cases and not paid out yet: promised already.
    approved_unpaid: Decimal = Decimal("0.00")

    @property
    def left(self) -> Decimal | None:
        if self.cap is None:
            return None
        return max(self.cap - self.paid - self.approved_unpaid, Decimal(0))

    def as_json(self) -> dict[str, Any]:
        def money(value: Decimal | None) -> str | None:
            return None if value is None else f"{value:.2f}"

        return {
            "kind": self.kind,
            "year": self.year,
            "cap": money(self.cap),
            "paid_this_year": money(self.paid),
            "approved_unpaid": money(self.approved_unpaid),
            "left": money(self.left),
        }


def yuan(amount: Decimal) -> str:
    return f"¥{amount:,.2f}"


def cap_refusal(amount: Decimal, standing: AidThisYear) -> str | None:
    """Why ``amount`` more would break the cap, naming cap, paid and left; None if it fits."""
    if standing.cap is None or standing.left is None or amount <= standing.left:
        return None
    if standing.approved_unpaid:
        return N_(
            "over the {kind} aid cap of {cap} for {year}: {paid} already paid to the household "
            "this year and {approved} approved but not yet paid, {left} left",
            kind=N_(standing.kind),
            cap=yuan(standing.cap),
            year=standing.year,
            paid=yuan(standing.paid),
            approved=yuan(standing.approved_unpaid),
            left=yuan(standing.left),
        )
    return N_(
        "over the {kind} aid cap of {cap} for {year}: {paid} already paid to the household "
        "this year, {left} left",
        kind=N_(standing.kind),
        cap=yuan(standing.cap),
        year=standing.year,
        paid=yuan(standing.paid),
        left=yuan(standing.left),
    )


def within_the_cap(data: dict[str, Any], facts: Mapping[str, Any]) -> FieldErrors:
    """A workflow check: the proposed (or approved) amount fits the household's cap."""
    standing: AidThisYear | None = facts.get("aid_this_year")
    amount = data.get("amount", facts.get("proposed_amount"))
    if standing is None or amount is None:
        return {}
    refusal = cap_refusal(Decimal(amount), standing)
    return {"amount": [refusal]} if refusal else {}


HOME_VISITORS = 2


def home_visit_recorded(_data: dict[str, Any], facts: Mapping[str, Any]) -> FieldErrors:
    """A workflow check: a home visit by at least two staff is on record 入户核查."""
    if facts.get("home_visitors", 0) >= HOME_VISITORS:
        return {}
    return {
        "home_visit": [
            N_(
                "record a home visit by at least {count} visitors, with the household's "
                "consent, before proposing aid",
                count=HOME_VISITORS,
            )
        ]
    }


def file_complete(_data: dict[str, Any], facts: Mapping[str, Any]) -> FieldErrors:
    """A workflow check: file first, aid after 先建档、后帮扶 (emergency aid is paid first)."""
    if facts.get("household_complete", True):
        return {}
    return {
        "household": [
            N_(
                "complete the household file first: every member's work and health, "
                "and the year's income and costs"
            )
        ]
    }


# 脱困: six consecutive months of recorded income above 低保 suggest the household exits.
EXIT_MONTHS = 6


@dataclass(frozen=True)
class RecordedMonth:
    """One month's recorded income per head, and the 低保 figure of its year (None: unset)."""

    month: date  # the first day of the month
    per_head: Decimal
    dibao: Decimal | None


def _next_month(month: date) -> date:
    return date(month.year + month.month // 12, month.month % 12 + 1, 1)


def months_above_dibao(months: Sequence[RecordedMonth]) -> int:
    """How many of the latest recorded months, consecutive and each at or above 低保, run on.

    A month not recorded breaks the run, as does a month of a year without a 低保 figure:
    an exit is suggested by what was recorded, never by what was assumed.
    """
    run = 0
    later: date | None = None
    for month in sorted(months, key=lambda m: m.month, reverse=True):
        if later is not None and _next_month(month.month) != later:
            break
        if month.dibao is None or month.per_head < month.dibao:
            break
        run, later = run + 1, month.month
    return run


def suggests_exit(months: Sequence[RecordedMonth]) -> bool:
    """Six consecutive recorded months at or above 低保, the latest ones: suggest 脱困."""
    return months_above_dibao(months) >= EXIT_MONTHS


def household_active(_data: dict[str, Any], facts: Mapping[str, Any]) -> FieldErrors:
    """A workflow check: no aid to a household that has exited 脱困 until it is filed again."""
    if not facts.get("household_exited", False):
        return {}
    return {
        "household": [
            N_("the household has exited (脱困): file it again (返困) before any more aid")
        ]
    }


# 年审: a file is re-verified a year after filing or its last re-verification; the
# caseworker is reminded this many days before.
REVERIFY_YEARS = 1
REVERIFY_REMINDER_DAYS = 30


def reverification_dates(working: WorkingCalendar, since: date) -> tuple[date, date]:
    """The reminder day and the due day of the re-verification after ``since``.

    The due day is a year on; a rest day or a holiday moves it to the next working day,
    as every period's last day (《民法典》 art. 203). The reminder is 30 days before it.
    """
    due = statutory_date(working, since, years=REVERIFY_YEARS)
    return due - timedelta(days=REVERIFY_REMINDER_DAYS), due
