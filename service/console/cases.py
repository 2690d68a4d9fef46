"""Reading pages: the worklist, the case list, the case page and the printable agreement."""

from __future__ import annotations

import logging
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

import marshmallow as ma
from flask import abort, current_app, render_template, request
from flask.typing import ResponseReturnValue
from sqlalchemy import select

from service.auth.enums import Role
from service.cases import access, listing, reading, service, transitions
from service.cases.models import Case, CaseEvent
from service.cases.schemas import CaseQuerySchema
from service.console.blueprint import bp
from service.console.forms import flat_errors
from service.console.text import language, last_day
from service.console.web import caller, commit, signed_in
from service.db import session, utcnow
from service.fields import today
from service.reports import files
from service.worklist.service import worklist as worklist_of
from workflows.case_types import CASE_TYPES, CHANNELS
from workflows.definitions import WORKFLOWS

log = logging.getLogger(__name__)

DATE_BOUNDS = ("opened_from", "opened_to", "closed_from", "closed_to")
# The case list form's own fields; a comma lists several values, which a select cannot show.
SHOWN_FILTERS = frozenset(
    {"q", "type", "status", "category", "channel", "assignee", "unit", "page"}
    | {"opened_from", "opened_to"}
)
LISTED_FILTERS = frozenset({"type", "status"})
SOON = timedelta(days=2)  # a deadline this close is shown amber, a passed one red


def urgency(deadline: datetime | None, now: datetime) -> str:
    if deadline is None:
        return ""
    if deadline <= now:
        return "overdue"
    return "soon" if deadline - now <= SOON else ""


@bp.route("/worklist")
@signed_in()
def worklist() -> ResponseReturnValue:
    """Due and overdue reminders first, then the person's open cases by next deadline."""
    now = utcnow()
    found = worklist_of(db_session=session(), caller=caller(), now=now, lang=language())
    for entry in found["items"]:
        # An item without a deadline (a report to read, a case to assign) is due, never late.
        entry["urgency"] = urgency(entry["deadline_at"], now)
    for entry in found["cases"]:
        entry["urgency"] = urgency(entry["next_deadline_at"], now)
    return render_template("console/worklist.html", **found)


@bp.route("/cases")
@signed_in()
def case_list() -> ResponseReturnValue:
    """The API's filters, pinyin search and paging, as a form that works without scripts."""
    args = {key: value for key, value in request.args.items() if value.strip()}
    loaded = {"per_page": "25", **args}
    for key in DATE_BOUNDS:  # the form picks days; the API takes moments
        if len(args.get(key, "")) == len("2026-11-20"):
            loaded[key] = f"{args[key]}T00:00:00"
    errors: dict[str, list[str]] = {}
    try:
        query = CaseQuerySchema(unknown=ma.EXCLUDE).load(loaded)
        if query["format"] != "json":  # 下载 CSV / Excel: the API's export, the same filters
            rows = listing.export_rows(db_session=session(), caller=caller(), query=query)
            response = files.case_list_download(rows, form=query["format"], work=session())
            commit()  # the access log of the identities the file shows whole
            return response
        page = listing.search(
            db_session=session(),
            caller=caller(),
            query=query,
            exact_up_to=current_app.config.get("CASE_COUNT_EXACT_UP_TO", listing.EXACT_UP_TO),
        )
    except ma.ValidationError as invalid:
        errors = flat_errors(invalid.messages)
        page = {"items": [], "total": 0, "total_is_estimate": False, "page": 1, "per_page": 25}
    pages = max(1, -(-page["total"] // page["per_page"]))
    statuses = sorted({s for workflow in WORKFLOWS.values() for s in workflow.states})
    categories = sorted({c for case_type in CASE_TYPES.values() for c in case_type.categories})
    args.pop("format", None)
    return render_template(
        "console/case_list.html",
        page=page,
        pages=pages,
        form=args,
        kept=kept_filters(args),
        errors=errors,
        case_types=list(CASE_TYPES),
        statuses=statuses,
        categories=categories,
        channels=CHANNELS,
    ), (422 if errors else 200)


def kept_filters(args: dict[str, str]) -> dict[str, str]:
    """Filters the form has no field for (a report figure's drill-down): carried along."""
    return {
        key: value
        for key, value in args.items()
        if key not in SHOWN_FILTERS or (key in LISTED_FILTERS and "," in value)
    }


def _days_left(deadline: str) -> int:
    """Days from today to the period's last day: 0 on the last day, -1 the day after."""
    return (last_day(deadline) - today()).days


def _deadlines(timers: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One row per open deadline: a timer's reminders share its deadline and are not shown."""
    rows: dict[tuple[Any, ...], dict[str, Any]] = {}
    for timer in timers:
        key = (timer["kind"], timer["instalment"], timer["deadline_at"])
        rows.setdefault(key, {**timer, "days_left": _days_left(timer["deadline_at"])})
    return sorted(rows.values(), key=lambda row: row["deadline_at"])


def _instalments(view: Any) -> list[dict[str, Any]]:
    """Each instalment of the agreement with what was paid on it and what is outstanding."""
    agreement = view.case.details.get("agreement")
    if not agreement:
        return []
    paid: dict[int, Decimal] = {}
    for payment in view.payments:
        paid[payment.instalment] = paid.get(payment.instalment, Decimal("0")) + payment.amount
    rows = []
    for number, item in enumerate(agreement["instalments"], start=1):
        amount = Decimal(item["amount"])
        got = paid.get(number, Decimal("0.00"))
        rows.append(
            {
                "number": number,
                "due_on": date.fromisoformat(item["due_on"]),
                "amount": amount,
                "paid": got,
                "outstanding": max(amount - got, Decimal("0.00")),
            }
        )
    return rows


def case_page_context(case: Case, *, show_identity: bool = False) -> dict[str, Any]:
    """What the case page shows; identity masked unless this person asked to see it."""
    view = reading.view_of(session(), case, caller(), detail=True, reveal=show_identity)
    may_see = reading.sees_identity(caller(), case)
    trail = session().scalars(
        select(CaseEvent).where(CaseEvent.case_id == case.id).order_by(CaseEvent.seq)
    )
    instalments = _instalments(view)
    agreed = sum((row["amount"] for row in instalments), Decimal("0.00"))
    paid = sum((row["paid"] for row in instalments), Decimal("0.00"))
    return {
        "view": view,
        "case": case,
        "claimant": view.claimant,
        "may_show_identity": may_see and not show_identity,
        "timers": _deadlines(view.timers),
        "trail": list(trail),
        "instalments": instalments,
        "agreed": agreed,
        "paid": paid,
        "outstanding": agreed - paid,
        "may_log_session": access.allows(caller(), case, "log_session"),
        "may_record_payment": access.allows(caller(), case, "record_payment"),
        **_household_links(case, view),
    }


def _household_links(case: Case, view: reading.CaseView) -> dict[str, Any]:
    """A hardship case's household page, its visit form, and what a proposal still needs."""
    if case.household_id is None:
        return {}
    role = caller().role
    return {
        "household_id": case.household_id,
        "may_open_household": role in (Role.CASEWORKER, Role.SUPERVISOR, Role.ADMIN),
        "may_visit": access.allows(caller(), case, "visit"),
        # The proposal's own checks, run now: what must be done before ``propose`` goes through.
        "before_propose": (
            transitions.still_missing(session(), case, "propose", view.facts)
            if "propose" in view.allowed_actions
            else {}
        ),
    }


@bp.route("/cases/<int:case_id>")
@signed_in()
def case_page(case_id: int) -> ResponseReturnValue:
    case = service.get(db_session=session(), caller=caller(), case_id=case_id)
    return render_template("console/case.html", **case_page_context(case))


@bp.route("/cases/<int:case_id>/identity", methods=["POST"])
@signed_in()
def show_identity(case_id: int) -> ResponseReturnValue:
    """Show the full ID number and phone to someone who may see them, and log that they did."""
    case = service.get(db_session=session(), caller=caller(), case_id=case_id)
    if not reading.sees_identity(caller(), case):
        abort(403)
    log.info(
        "identity shown in the console",
        extra={"case_id": case.id, "user_id": caller().user_id, "role": caller().role},
    )
    page = render_template("console/case.html", **case_page_context(case, show_identity=True))
    commit()  # the access log of unmasked reads
    return page


@bp.route("/cases/<int:case_id>/agreement")
@signed_in()
def agreement(case_id: int) -> ResponseReturnValue:
    """The mediation agreement 调解协议书 from the data recorded with ``agree``, to print."""
    case = service.get(db_session=session(), caller=caller(), case_id=case_id)
    agreed = session().scalar(
        select(CaseEvent)
        .where(CaseEvent.case_id == case.id, CaseEvent.action == "agree")
        .order_by(CaseEvent.seq.desc())
        .limit(1)
    )
    if agreed is None:
        abort(404)
    view = reading.view_of(session(), case, caller())
    page = render_template("console/agreement.html", case=case, view=view, event=agreed)
    commit()  # the agreement names the parties in full: an unmasked read, logged
    return page
