"""The supervisor's dashboard 统计看板: the reporting service's figures, charted and linked.

Every figure comes from ``service/reports`` as the API's summary gives it, and every link
is the drill-down query the summary carries, opened in the console's case list.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from typing import Any
from urllib.parse import parse_qsl, urlencode

import marshmallow as ma
from flask import abort, render_template, request, url_for
from flask.typing import ResponseReturnValue
from sqlalchemy import select

from service.auth.enums import Role
from service.auth.models import OrgUnit
from service.console.blueprint import bp
from service.console.forms import flat_errors
from service.console.text import gettext, tr
from service.console.web import caller, commit, signed_in
from service.db import session, utcnow
from service.domain_errors import Invalid
from service.fields import today
from service.reports import files, stored
from service.reports.in_hand import AGE_BANDS, InHand, in_hand
from service.reports.schemas import SummaryQuerySchema
from service.reports.service import summary

PICKED = ("from", "to", "unit")

MONTHS_SHOWN = 12
DOWNLOADS = ("xlsx", "csv")


def case_list_link(api_query: str | None) -> str | None:
    """A summary's drill-down (a GET /api/v1/cases query) as the console's case list."""
    if not api_query:
        return None
    return f"{url_for('console.case_list')}?{api_query.partition('?')[2]}"


def paid_link(row: dict[str, Any], period: dict[str, str], case_type: str) -> str:
    """The cases behind an amount: those of the row's scope with a payment in the period."""
    # The row's own scope (type, unit, subunits) is the one its registered figure lists.
    scope = dict(parse_qsl(row["registered"]["cases"].partition("?")[2]))
    scope.pop("opened_between", None)
    scope.update(type=case_type, paid_between=f"{period['from']},{period['to']}")
    return f"{url_for('console.case_list')}?{urlencode(scope, safe=',')}"


def percent(rate: str | None) -> str:
    return "—" if rate is None else f"{Decimal(rate) * 100:.2f}%"


def _ratio(figure: dict[str, Any], part: str, whole: str) -> dict[str, Any]:
    """A bar of a rate: its percentage, the counts it is made of, the cases of its part."""
    rate = figure["rate"]
    return {
        "value": float(rate or 0),
        "text": f"{percent(rate)}（{figure[part]['count']}/{figure[whole]['count']}）",
        "href": case_list_link(figure[part]["cases"]),
    }


def age_words(key: str) -> str:
    band = next(band for band in AGE_BANDS if band.key == key)
    if band.oldest is None:
        return gettext("more than {days} days", days=band.youngest - 1)
    return gettext("{low} to {high} days", low=band.youngest, high=band.oldest)


def month_name(group: str) -> str:
    year, month = group.split("-")
    return gettext("{month}/{year}", year=year, month=int(month))


def charts(by_month: dict[str, Any], held: InHand) -> dict[str, list[dict[str, Any]]]:
    """The bars of each chart: label, length, the figure written beside it, its link."""

    def counted(bars: list[Any], label: Any) -> list[dict[str, Any]]:
        return [
            {"label": label(bar.key), "value": float(bar.count), "text": str(bar.count),
             "href": case_list_link(bar.cases)}
            for bar in bars
        ]  # fmt: skip

    months = by_month["groups"]
    return {
        "closure": [
            {"label": month_name(row["group"]),
             **_ratio(row["closure_rate"], "closed", "registered")}
            for row in months
        ],
        "resolution": [
            {"label": month_name(row["group"]),
             **_ratio(row["resolution_rate"], "resolved", "closed")}
            for row in months
        ],
        "stage": counted(held.by_stage, tr),
        "age": counted(held.by_age, age_words),
    }  # fmt: skip


def _first_of_month_before(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 - months
    return date(index // 12, index % 12 + 1, 1)


def _picked() -> tuple[dict[str, str], dict[str, Any]]:
    """What the form shows, and what the summary is asked for (this year so far by default)."""
    form = {key: request.args[key].strip() for key in PICKED if request.args.get(key, "").strip()}
    now = today()
    asked = {"from": f"{now.year}-01-01", "to": now.isoformat(), **form, "group_by": "unit"}
    return form, asked


def _units_in_scope() -> list[OrgUnit]:
    return list(
        session().scalars(
            select(OrgUnit).where(OrgUnit.id.in_(caller().scope_unit_ids)).order_by(OrgUnit.path)
        )
    )


def _figures(query: dict[str, Any]) -> dict[str, Any]:
    """The period's summary per unit, the last twelve months by month, the cases in hand."""
    now = utcnow()
    by_unit = summary(db_session=session(), caller=caller(), query=query, now=now)
    months = {
        **query,
        "from": _first_of_month_before(query["to"], MONTHS_SHOWN - 1),
        "group_by": "month",
    }
    by_month = summary(db_session=session(), caller=caller(), query=months, now=now)
    held = in_hand(
        db_session=session(), caller=caller(), unit_code=query.get("unit"), today=today()
    )
    return {
        "summary": by_unit,
        "by_month": by_month,
        "in_hand": held,
        "charts": charts(by_month, held),
    }


@bp.route("/dashboard")
@signed_in(Role.SUPERVISOR, Role.ADMIN)
def dashboard() -> ResponseReturnValue:
    """Figures of the chosen period and unit, each linked to the cases behind it."""
    form, asked = _picked()
    errors: dict[str, list[str]] = {}
    figures: dict[str, Any] = {}
    reports: list[Any] = []
    try:
        query = SummaryQuerySchema(unknown=ma.EXCLUDE).load(asked)
        figures = _figures(query)
    except ma.ValidationError as invalid:
        errors = flat_errors(invalid.messages)
    except Invalid as refused:  # a unit that is unknown or not in the caller's scope
        errors = flat_errors(refused.fields)
    else:
        reports = stored.visible(
            db_session=session(),
            caller=caller(),
            query={"unit": query["unit"]} if "unit" in query else {},
        )
    return render_template(
        "console/dashboard.html",
        form={"from": asked["from"], "to": asked["to"], **form},
        defaults=asked,
        errors=errors,
        units=_units_in_scope(),
        reports=reports,
        link=case_list_link,
        paid_link=paid_link,
        percent=percent,
        **figures,
    ), (422 if errors else 200)


@bp.route("/dashboard/reports/<int:report_id>.<form>")
@signed_in(Role.SUPERVISOR, Role.ADMIN)
def report_file(report_id: int, form: str) -> ResponseReturnValue:
    """A kept monthly or quarterly report as Excel (figures and cases) or CSV (figures)."""
    if form not in DOWNLOADS:
        abort(404)
    report = stored.get(db_session=session(), caller=caller(), report_id=report_id)

    def cases() -> Iterable[dict[str, Any]]:
        return stored.case_rows(db_session=session(), caller=caller(), report=report)

    response = files.report_download(
        report.figures, form=form, stem=f"report-{report.unit.code}-{report.period}", cases=cases
    )
    commit()  # the access log of the identities the file shows whole
    return response
