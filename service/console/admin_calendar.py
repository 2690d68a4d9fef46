"""Administration of the working-day calendar: a year's holidays and make-up working days.

The same functions as ``flask calendar holiday / workday / remove``. The days are the
whole service's (every unit's deadlines count with them), so only an admin of a
top-level unit changes them; the admins of the units beneath may read them.
"""

from __future__ import annotations

from typing import Any

from flask import render_template, request
from flask.typing import ResponseReturnValue

from service.auth.enums import Role
from service.auth.models import OrgUnit
from service.console.admin import refusal
from service.console.blueprint import bp
from service.console.web import caller, commit, done, done_notice, signed_in
from service.db import session, utcnow
from service.domain_errors import DomainError, NotAllowed
from service.i18n import N_
from service.timers.schedule import local_date
from service.working_days import days as calendar_days
from service.working_days.years import coverage


def _year(raw: str | None) -> int:
    today = local_date(utcnow())
    try:
        year = int(raw or today.year)
    except ValueError:
        return today.year
    return year if calendar_days.FIRST_YEAR <= year <= calendar_days.LAST_YEAR else today.year


def _may_change() -> bool:
    unit = session().get(OrgUnit, caller().unit_id)
    return unit is not None and unit.parent_id is None


def _check_may_change() -> None:
    if not _may_change():
        raise NotAllowed(
            N_("the calendar counts for every unit: an administrator of the top unit changes it")
        )


def _page(
    year: int,
    form: Any | None = None,
    errors: dict[str, list[str]] | None = None,
    *,
    notice: Any = None,
    message: Any = None,
    status: int = 200,
) -> ResponseReturnValue:
    return render_template(
        "console/admin_calendar.html",
        year=year,
        days=calendar_days.days_of(db_session=session(), year=year),
        official=coverage(db_session=session(), today=local_date(utcnow()))["official_years"],
        form=form or {"working": "false"},
        errors=errors or {},
        kinds=[("false", N_("holiday")), ("true", N_("make-up working day"))],
        may_change=_may_change(),
        notice=notice,
        message=message,
    ), status


@bp.route("/admin/calendar")
@signed_in(Role.ADMIN)
def admin_calendar() -> ResponseReturnValue:
    return _page(_year(request.args.get("year")), notice=done_notice())


@bp.route("/admin/calendar", methods=["POST"])
@signed_in(Role.ADMIN)
def admin_calendar_add() -> ResponseReturnValue:
    """A holiday or a make-up working day, with a note such as 春节 or 春节调休上班."""
    _check_may_change()
    form = request.form
    working = form.get("working") == "true"
    try:
        row = calendar_days.set_day(
            db_session=session(), day=form.get("day", ""), working=working, note=form.get("note")
        )
    except DomainError as error:
        errors, message, status = refusal(error)
        return _page(_year(form.get("year")), form, errors, message=message, status=status)
    commit()
    notice = (
        N_("{day} is now a working day", day=row.day)
        if working
        else N_("{day} is now a holiday", day=row.day)
    )
    return done(notice, "console.admin_calendar", year=row.day.year)


@bp.route("/admin/calendar/<day>/remove", methods=["POST"])
@signed_in(Role.ADMIN)
def admin_calendar_remove(day: str) -> ResponseReturnValue:
    _check_may_change()
    try:
        row = calendar_days.remove_day(db_session=session(), day=day)
    except DomainError as error:
        _errors, message, status = refusal(error)
        return _page(_year(day[:4]), message=message, status=status)
    commit()
    return done(N_("{day} removed", day=row.day), "console.admin_calendar", year=row.day.year)
