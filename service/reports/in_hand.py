"""Cases in hand 在办案件 today: how many at each stage and how long since they came in."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from service.auth.service import Caller
from service.cases.models import Case
from service.reports.figures import CASE_TYPES, Period
from service.reports.service import Links, scope_of
from workflows.calendar import start_of_day
from workflows.data import EARLIEST_DATE
from workflows.definitions import WORKFLOWS


@dataclass(frozen=True)
class AgeBand:
    """Days since receipt (China dates), both ends included; ``oldest`` None: no end."""

    key: str
    youngest: int
    oldest: int | None


# The first band is the mediation limit: a dispute older than 15 days may go to arbitration.
AGE_BANDS: tuple[AgeBand, ...] = (
    AgeBand("0-15", 0, 15),
    AgeBand("16-30", 16, 30),
    AgeBand("31-60", 31, 60),
    AgeBand("61+", 61, None),
)


@dataclass(frozen=True)
class Bar:
    """One figure of the in-hand counts and the case-list query that lists its cases."""

    key: str
    count: int
    cases: str


@dataclass(frozen=True)
class InHand:
    as_of: date
    unit: str
    total: Bar
    by_stage: list[Bar]
    by_age: list[Bar]


def in_hand(*, db_session: Session, caller: Caller, unit_code: str | None, today: date) -> InHand:
    """The cases of the caller's units (or of ``unit_code``) not closed by the end of ``today``."""
    unit_ids, code = scope_of(db_session, caller, unit_code)
    band = case(
        *(
            (Case.received_at >= start_of_day(today - timedelta(days=b.oldest)), number)
            for number, b in enumerate(AGE_BANDS)
            if b.oldest is not None
        ),
        else_=len(AGE_BANDS) - 1,
    )
    rows: Sequence[Any] = db_session.execute(
        select(Case.status, band, func.count())
        .where(
            Case.unit_id.in_(unit_ids),
            Case.type.in_(CASE_TYPES),
            Case.received_at < start_of_day(today + timedelta(days=1)),
            Case.closed_at.is_(None),
        )
        .group_by(Case.status, band)
    ).all()
    stages: Counter[str] = Counter()
    ages: Counter[int] = Counter()
    for status, number, counted in rows:
        stages[status] += counted
        ages[int(number)] += counted
    # open_at_end=today lists exactly the cases not closed by today's end, as counted here.
    link = Links(
        {"type": ",".join(CASE_TYPES), "unit": code, "open_at_end": today.isoformat()},
        Period(today, today),
    )
    return InHand(
        as_of=today,
        unit=code,
        total=Bar("total", sum(stages.values()), link()),
        by_stage=[Bar(s, stages[s], link(status=s)) for s in sorted(stages, key=_stage_order)],
        by_age=[
            Bar(b.key, ages[number], link(opened_between=_received_between(b, today)))
            for number, b in enumerate(AGE_BANDS)
        ],
    )


def _stage_order(status: str) -> tuple[int, str]:
    """The order a case goes through its workflow's states, disputes first."""
    order = [s for name in CASE_TYPES for s in WORKFLOWS[name].states]
    return (order.index(status) if status in order else len(order), status)


def _received_between(band: AgeBand, today: date) -> str:
    first = EARLIEST_DATE if band.oldest is None else today - timedelta(days=band.oldest)
    return f"{first.isoformat()},{(today - timedelta(days=band.youngest)).isoformat()}"
