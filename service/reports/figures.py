"""Counting the summary figures of one period in the database, a few grouped queries."""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Date, and_, case, cast, distinct, func, or_, select
from sqlalchemy.orm import Session

from service.cases.models import Case, CaseEvent, Payment
from service.timers import deadlines
from service.timers.models import CaseTimer
from workflows.calendar import end_of_day, start_of_day
from workflows.definitions import RESOLVING_OUTCOMES

CENT = Decimal("0.01")
CASE_TYPES = ("labour_dispute", "hardship_aid")  # consultations are not cases
GROUP_COLUMNS: dict[str, Any] = {
    "type": Case.type,
    "category": Case.category,
    "unit": Case.unit_id,
    "assignee": Case.assignee_id,
    "channel": Case.channel,
}


@dataclass(frozen=True)
class Period:
    """China dates, both included."""

    first: date
    last: date

    @property
    def start(self) -> datetime:
        return start_of_day(self.first)

    @property
    def end(self) -> datetime:
        return end_of_day(self.last)


@dataclass
class Counts:
    """The raw counts of one group; rates and percentiles are derived from them."""

    registered: int = 0
    consultations: int = 0
    registered_closed_by_end: int = 0
    open_at_end: int = 0
    collective: int = 0
    collective_workers: int = 0
    amount_claimed: Decimal = Decimal("0.00")
    endings: Counter[str] = field(default_factory=Counter)  # "closed:<outcome>", "rejected", ...
    resolved: int = 0
    days: Counter[int] = field(default_factory=Counter)
    satisfaction: Counter[str] = field(default_factory=Counter)
    deadlines_met: int = 0
    breaches: Counter[str] = field(default_factory=Counter)
    # Cases with a missed deadline, in all and by kind: one case may miss several.
    breached_cases: int = 0
    breached_cases_by_kind: Counter[str] = field(default_factory=Counter)
    amount_agreed: Decimal = Decimal("0.00")
    amount_recovered: Decimal = Decimal("0.00")
    aid_disbursed: Decimal = Decimal("0.00")

    @property
    def closed(self) -> int:
        return sum(self.endings.values())

    @property
    def decided(self) -> int:
        """Closed other than by withdrawal: the resolution rate's denominator."""
        return self.closed - self.endings["withdrawn"]

    @property
    def deadlines_due(self) -> int:
        return self.deadlines_met + sum(self.breaches.values())

    def add(self, other: Counts) -> None:
        for name in (
            "registered",
            "consultations",
            "registered_closed_by_end",
            "open_at_end",
            "collective",
            "collective_workers",
            "amount_claimed",
            "resolved",
            "deadlines_met",
            "amount_agreed",
            "amount_recovered",
            "aid_disbursed",
            "breached_cases",
        ):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for name in ("endings", "days", "satisfaction", "breaches", "breached_cases_by_kind"):
            getattr(self, name).update(getattr(other, name))  # fmt: skip


def median(days: Counter[int]) -> Decimal | None:
    values = sorted(days.elements())
    if not values:
        return None
    middle = len(values) // 2
    if len(values) % 2:
        return Decimal(values[middle])
    return (Decimal(values[middle - 1]) + Decimal(values[middle])) / 2


def percentile_90(days: Counter[int]) -> Decimal | None:
    """Nearest rank: the smallest value with at least 90% of the values at or below it."""
    total = sum(days.values())
    if not total:
        return None
    rank = math.ceil(total * 9 / 10)
    seen = 0
    for value in sorted(days):
        seen += days[value]
        if seen >= rank:
            return Decimal(value)
    raise AssertionError("unreachable")


def _money_sum(db_session: Session, column: Any) -> Any:
    # SQLite keeps NUMERIC as binary floats: sum whole cents there so the total is exact.
    if db_session.get_bind().dialect.name == "sqlite":
        return func.sum(func.round(column * 100))
    return func.sum(column)


def _money(db_session: Session, value: Any) -> Decimal:
    if value is None:
        return Decimal("0.00")
    if db_session.get_bind().dialect.name == "sqlite":
        return (Decimal(int(value)) / 100).quantize(CENT)
    return Decimal(value).quantize(CENT)


def _days_to_close(db_session: Session) -> Any:
    """Days between the China dates of receipt and closing."""
    if db_session.get_bind().dialect.name == "sqlite":
        return func.julianday(func.date(Case.closed_at, "+8 hours")) - func.julianday(
            func.date(Case.received_at, "+8 hours")
        )
    return cast(func.timezone("Asia/Shanghai", Case.closed_at), Date) - cast(
        func.timezone("Asia/Shanghai", Case.received_at), Date
    )


def count(
    *,
    db_session: Session,
    unit_ids: frozenset[int],
    case_type: str | None,
    period: Period,
    group_by: str | None,
    now: datetime,
) -> dict[Any, Counts]:
    """The counts of each group (a case's type, category, unit id, assignee id, channel)."""
    group = GROUP_COLUMNS[group_by] if group_by else None
    keys = [group] if group is not None else []
    scope: list[Any] = [Case.unit_id.in_(unit_ids)]
    if case_type:
        scope.append(Case.type == case_type)
    start, end = period.start, period.end
    is_case = Case.type.in_(CASE_TYPES)
    received_in = and_(Case.received_at >= start, Case.received_at < end)
    closed_in = and_(Case.closed_at >= start, Case.closed_at < end)
    groups: dict[Any, Counts] = {}

    def row(key: Any) -> Counts:
        return groups.setdefault(key, Counts())

    def flag(*conditions: Any) -> Any:
        return func.coalesce(func.sum(case((and_(*conditions), 1), else_=0)), 0)

    registered = and_(is_case, received_in)
    collective = and_(registered, Case.collective.is_(True))
    intake = db_session.execute(
        select(
            *keys,
            flag(registered),
            flag(~is_case, received_in),
            flag(registered, Case.closed_at < end),
            flag(is_case, or_(Case.closed_at.is_(None), Case.closed_at >= end)),
            flag(collective),
            func.coalesce(func.sum(case((collective, Case.workers_involved), else_=0)), 0),
            _money_sum(db_session, case((registered, Case.claim_amount), else_=None)),
        )
        .where(
            *scope,
            Case.received_at < end,
            or_(Case.received_at >= start, Case.closed_at.is_(None), Case.closed_at >= start),
        )
        .group_by(*keys)
    ).all()
    for values in intake:
        key = values[0] if keys else None
        counts = row(key)
        (counts.registered, counts.consultations, counts.registered_closed_by_end,
         counts.open_at_end, counts.collective, counts.collective_workers) = (
            int(v) for v in values[len(keys):len(keys) + 6])  # fmt: skip
        counts.amount_claimed = _money(db_session, values[-1])

    days = _days_to_close(db_session)
    closings = db_session.execute(
        select(*keys, Case.type, Case.status, Case.outcome, days, func.count())
        .where(*scope, is_case, closed_in)
        .group_by(*keys, Case.type, Case.status, Case.outcome, days)
    ).all()
    for values in closings:
        key = values[0] if keys else None
        case_type_, status, outcome, day_count, number = values[len(keys) :]
        counts = row(key)
        counts.endings[f"closed:{outcome}" if status == "closed" else status] += number
        if status == "closed" and outcome in RESOLVING_OUTCOMES.get(case_type_, ()):
            counts.resolved += number
        counts.days[int(day_count)] += number

    satisfaction = CaseEvent.payload["satisfaction"].as_string()
    for values in db_session.execute(
        select(*keys, satisfaction, func.count())
        .select_from(CaseEvent)
        .join(Case, Case.id == CaseEvent.case_id)
        .where(*scope, is_case, closed_in, Case.status == "closed", CaseEvent.action == "close")
        .group_by(*keys, satisfaction)
    ):
        row(values[0] if keys else None).satisfaction[values[-2]] += values[-1]

    breached = deadlines.breached(now=now)
    breached_case = func.count(distinct(case((breached, CaseTimer.case_id), else_=None)))
    due_in_period = (
        CaseTimer.purpose == "due",
        CaseTimer.kind.in_(deadlines.DEADLINE_KINDS),
        CaseTimer.deadline_at > start,
        CaseTimer.deadline_at <= min(end, now),
    )
    for values in db_session.execute(
        select(*keys, CaseTimer.kind, flag(breached), flag(deadlines.met()), breached_case)
        .select_from(CaseTimer)
        .join(Case, Case.id == CaseTimer.case_id)
        .where(*scope, *due_in_period)
        .group_by(*keys, CaseTimer.kind)
    ):
        counts = row(values[0] if keys else None)
        kind, missed, kept, cases_missing = values[len(keys) :]
        if missed:
            counts.breaches[kind] += int(missed)
            counts.breached_cases_by_kind[kind] += int(cases_missing)
        counts.deadlines_met += int(kept)
    for values in db_session.execute(
        select(*keys, func.count(distinct(CaseTimer.case_id)))
        .select_from(CaseTimer)
        .join(Case, Case.id == CaseTimer.case_id)
        .where(*scope, *due_in_period, breached)
        .group_by(*keys)
    ):
        row(values[0] if keys else None).breached_cases += int(values[-1])

    for values in db_session.execute(
        select(*keys, Case.type, _money_sum(db_session, Payment.amount))
        .select_from(Payment)
        .join(Case, Case.id == Payment.case_id)
        .where(*scope, Payment.paid_on >= period.first, Payment.paid_on <= period.last)
        .group_by(*keys, Case.type)
    ):
        counts = row(values[0] if keys else None)
        amount = _money(db_session, values[-1])
        if values[-2] == "hardship_aid":
            counts.aid_disbursed += amount
        else:
            counts.amount_recovered += amount

    for values in db_session.execute(
        select(*keys, CaseEvent.payload["amount"].as_string())
        .select_from(CaseEvent)
        .join(Case, Case.id == CaseEvent.case_id)
        .where(
            *scope,
            CaseEvent.action == "agree",
            CaseEvent.occurred_at >= start,
            CaseEvent.occurred_at < end,
        )
    ):
        row(values[0] if keys else None).amount_agreed += Decimal(values[-1])
    return groups
