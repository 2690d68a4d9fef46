"""The supervisor summary 统计汇总: figures of a period, grouped, each with its cases."""

from __future__ import annotations

import calendar as months
from collections.abc import Iterator
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Any
from urllib.parse import urlencode

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from service.auth.models import OrgUnit, User
from service.auth.service import Caller, subtree_ids
from service.cases import listing
from service.db import utcnow
from service.domain_errors import Invalid
from service.households import reading as household_reading
from service.households.models import Household
from service.i18n import N_
from service.reports import definitions
from service.reports.figures import CASE_TYPES, Counts, Period, count, median, percentile_90
from service.timers.deadlines import DEADLINE_KINDS
from service.timers.schedule import local_date
from workflows.calendar import CHINA
from workflows.definitions.labour_dispute import SATISFACTION

CASES_URL = "/api/v1/cases"
HOUSEHOLDS_URL = "/api/v1/households"
RATE = Decimal("0.0001")


def rate(part: int, whole: int) -> str | None:
    if not whole:
        return None
    return str((Decimal(part) / Decimal(whole)).quantize(RATE, rounding=ROUND_HALF_UP))


def months_of(period: Period) -> list[Period]:
    """The calendar months the period touches, each cut to the period."""
    parts, first = [], period.first
    while first <= period.last:
        last_day = date(first.year, first.month, months.monthrange(first.year, first.month)[1])
        parts.append(Period(first, min(last_day, period.last)))
        first = date(last_day.year + last_day.month // 12, last_day.month % 12 + 1, 1)
    return parts


def _between(period: Period) -> str:
    return f"{period.first.isoformat()},{period.last.isoformat()}"


class Links:
    """The case-list queries behind the figures of one row."""

    def __init__(self, base: dict[str, str], period: Period) -> None:
        self.base, self.period = base, period

    def __call__(self, **params: Any) -> str:
        merged = {**self.base, **{k: _param(v) for k, v in params.items()}}
        return f"{CASES_URL}?{urlencode(merged, safe=',')}"


def _param(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Period):
        return _between(value)
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _counted(number: int, link: str) -> dict[str, Any]:
    return {"count": number, "cases": link}


def _in_cases(number: int, link: str) -> dict[str, Any]:
    """Counted deadlines are not cases: say how many cases they are in, and which."""
    return {"in_cases": _counted(number, link)}


def figures(counts: Counts, link: Links) -> dict[str, Any]:
    """One row of the summary as JSON: counts with their drill-downs, rates, amounts."""
    period = link.period
    closed_in = {"closed_between": period}
    endings = {}
    for ending in sorted(counts.endings):
        status, _, outcome = ending.partition(":")
        filters = {"status": status, **({"outcome": outcome} if outcome else {})}
        endings[ending] = _counted(counts.endings[ending], link(**closed_in, **filters))
    registered = _counted(counts.registered, link(opened_between=period))
    breaches = {
        kind: {
            "count": counts.breaches[kind],
            **_in_cases(
                counts.breached_cases_by_kind[kind], link(breached=kind, breached_between=period)
            ),
        }
        for kind in DEADLINE_KINDS
        if counts.breaches[kind]
    }
    return {
        "registered": registered,
        # A report or a row of one case type has no consultations, and no list of them.
        "consultations": _counted(
            counts.consultations, link(type="consultation", opened_between=period)
        )
        if link.base["type"] == ",".join(CASE_TYPES)
        else {"count": 0, "cases": None},
        "closed": {**_counted(counts.closed, link(**closed_in)), "by_ending": endings},
        "open_at_end": _counted(counts.open_at_end, link(open_at_end=period.last)),
        "closure_rate": {
            "rate": rate(counts.registered_closed_by_end, counts.registered),
            "closed": _counted(
                counts.registered_closed_by_end,
                link(opened_between=period, closed_by=period.last),
            ),
            "registered": registered,
        },
        "resolution_rate": {
            "rate": rate(counts.resolved, counts.decided),
            "resolved": _counted(
                counts.resolved, link(**closed_in, status="closed", resolving=True)
            ),
            "closed": _counted(counts.decided, link(**closed_in, status="closed,rejected")),
        },
        "on_time_rate": {
            "rate": rate(counts.deadlines_met, counts.deadlines_due),
            "met": counts.deadlines_met,
            "due": counts.deadlines_due,
        },
        "breaches": {
            "count": sum(counts.breaches.values()),
            **_in_cases(counts.breached_cases, link(breached="any", breached_between=period)),
            "by_kind": breaches,
        },
        "days_to_close": {
            "median": _number(median(counts.days)),
            "p90": _number(percentile_90(counts.days)),
            "cases": link(**closed_in),
        },
        "amount_claimed": f"{counts.amount_claimed:.2f}",
        "amount_agreed": f"{counts.amount_agreed:.2f}",
        "amount_recovered": f"{counts.amount_recovered:.2f}",
        "aid_disbursed": f"{counts.aid_disbursed:.2f}",
        "satisfaction": {
            answer: _counted(
                counts.satisfaction[answer],
                link(**closed_in, status="closed", satisfaction=answer),
            )
            for answer in SATISFACTION
        },
        "collective": {
            **_counted(counts.collective, link(opened_between=period, collective=True)),
            "workers": counts.collective_workers,
        },
    }


def _number(value: Decimal | None) -> str | None:
    return None if value is None else str(value.normalize() if value % 1 else int(value))


def scope_of(
    db_session: Session, caller: Caller, unit_code: str | None
) -> tuple[frozenset[int], str]:
    """The units the report covers: the caller's, or a unit in their scope and its subtree."""
    if unit_code is None:
        return caller.scope_unit_ids, caller.unit_code
    unit = db_session.scalar(select(OrgUnit).where(OrgUnit.code == unit_code))
    if unit is None or unit.id not in caller.scope_unit_ids:
        raise Invalid(
            N_("some fields are not valid"),
            fields={"unit": [N_("no unit {code} in your scope", code=unit_code)]},
        )
    return subtree_ids(db_session=db_session, unit=unit), unit.code


def _labels(db_session: Session, group_by: str | None, keys: list[Any]) -> dict[Any, str]:
    ids = [key for key in keys if key is not None]
    if group_by == "unit":
        rows = db_session.execute(select(OrgUnit.id, OrgUnit.code).where(OrgUnit.id.in_(ids)))
        return {unit_id: code for unit_id, code in rows}
    if group_by == "assignee":
        rows = db_session.execute(select(User.id, User.username).where(User.id.in_(ids)))
        return {**{user_id: name for user_id, name in rows}, None: "none"}
    return {key: str(key) for key in keys}


def _group_filter(group_by: str | None, label: str) -> dict[str, str]:
    if group_by == "unit":
        return {"unit": label, "subunits": "false"}
    if group_by in ("type", "category", "assignee", "channel"):
        return {group_by: label}
    return {}


def households(
    db_session: Session, unit_ids: frozenset[int], unit_code: str, now: datetime
) -> dict[str, Any]:
    """The unit's household files overdue for re-verification 年审 when the report is built."""
    overdue = db_session.scalar(
        select(func.count()).where(
            Household.unit_id.in_(unit_ids),
            household_reading.overdue_clause(local_date(now)),
        )
    )
    query = urlencode({"unit": unit_code, "overdue": "true"})
    return {"overdue": {"count": overdue or 0, "households": f"{HOUSEHOLDS_URL}?{query}"}}


def summary(
    *, db_session: Session, caller: Caller, query: dict[str, Any], now: datetime | None = None
) -> dict[str, Any]:
    """The summary for ``query`` (from, to, group_by, type, unit), as the API returns it."""
    now = now or utcnow()
    period = Period(query["from"], query["to"])
    unit_ids, unit_code = scope_of(db_session, caller, query.get("unit"))
    group_by, case_type = query.get("group_by"), query.get("type")
    # The unit is always named, so that a link read by someone else never lists their cases.
    base = {"type": case_type or ",".join(CASE_TYPES), "unit": unit_code}

    def counted(part: Period, by: str | None) -> dict[Any, Counts]:
        return count(
            db_session=db_session, unit_ids=unit_ids, case_type=case_type,
            period=part, group_by=by, now=now,
        )  # fmt: skip

    rows: list[dict[str, Any]] = []
    if group_by == "month":
        for part in months_of(period):
            counts = counted(part, None).get(None, Counts())
            label = f"{part.first:%Y-%m}"
            rows.append({"group": label, **figures(counts, Links(base, part))})
    elif group_by:
        groups = counted(period, group_by)
        labels = _labels(db_session, group_by, list(groups))
        for key in sorted(groups, key=lambda k: labels[k]):
            label = labels[key]
            if group_by == "type" and key not in CASE_TYPES:
                continue  # consultations are no case type: they show in the total only
            links = Links({**base, **_group_filter(group_by, label)}, period)
            rows.append({"group": label, **figures(groups[key], links)})
    if group_by == "month" or not group_by:
        total = counted(period, None).get(None, Counts())
    else:
        total = Counts()
        for counts in groups.values():
            total.add(counts)
    return {
        "period": {"from": period.first.isoformat(), "to": period.last.isoformat()},
        "unit": unit_code,
        "type": case_type,
        "group_by": group_by,
        "built_at": now.astimezone(CHINA).isoformat(),  # China time, as every moment shown
        "groups": rows,
        "total": figures(total, Links(base, period)),
        "households": households(db_session, unit_ids, unit_code, now),
        "definitions": definitions.as_json(),
    }


def cases_in_hand(
    *, db_session: Session, caller: Caller, query: dict[str, Any]
) -> Iterator[dict[str, Any]]:
    """The cases behind a summary: in hand at some time in its period, masked per caller."""
    rows_query: dict[str, Any] = {
        "type": [query["type"]] if query.get("type") else list(CASE_TYPES),
        "active_between": (query["from"], query["to"]),
        "sort": "received_at",
    }
    if query.get("unit"):
        rows_query["unit"] = query["unit"]
    return listing.export_rows(db_session=db_session, caller=caller, query=rows_query)
