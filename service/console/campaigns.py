"""The campaign pages 专项帮扶: campaigns, their lists and jobs, confirmation and transfers.

The forms are loaded by the API's own schemas and saved by the same service functions as
``/api/v1/campaigns``, so both refuse the same things; a worker builds a list and imports
the bank's file, and a reload of the page shows how far it has got.
"""

from __future__ import annotations

from typing import Any

import marshmallow as ma
from flask import abort, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from werkzeug.datastructures import MultiDict

from service.auth.enums import Role
from service.campaigns import jobs, service, transfers
from service.campaigns.models import Campaign
from service.campaigns.schemas import BuildIn, CampaignIn
from service.console.admin import refusal
from service.console.blueprint import bp
from service.console.forms import flat_errors
from service.console.text import language
from service.console.web import caller, commit, signed_in
from service.db import session
from service.domain_errors import DomainError
from service.i18n import N_
from service.reports.files import download
from workflows.campaigns import LEVELS
from workflows.case_types import AID_KINDS

READERS = (Role.CASEWORKER, Role.SUPERVISOR)
TEXT = ("name", "kind", "budget", "starts_on", "ends_on")
FORMATS = ("csv", "xlsx")


def _filled(form: MultiDict[str, str], name: str) -> str | None:
    value = form.get(name, "")
    return value if value.strip() else None


def campaign_body(form: MultiDict[str, str]) -> dict[str, Any]:
    """The campaign form as the body ``POST /api/v1/campaigns`` takes; empty fields left out."""
    body: dict[str, Any] = {
        name: value for name in TEXT if (value := _filled(form, name)) is not None
    }
    amounts: dict[str, Any] = {}
    if (each := _filled(form, "amounts.per_household")) is not None:
        amounts["per_household"] = each
    per_level = {
        level: value
        for level in LEVELS
        if (value := _filled(form, f"amounts.per_level.{level}")) is not None
    }
    if per_level:
        amounts["per_level"] = per_level
    body["amounts"] = amounts
    eligibility: dict[str, Any] = {}
    if levels := [level for level in form.getlist("eligibility.levels") if level.strip()]:
        eligibility["levels"] = levels
    if (before := _filled(form, "eligibility.filed_before")) is not None:
        eligibility["filed_before"] = before
    if form.get("eligibility.in_school") == "true":
        eligibility["in_school"] = True
    body["eligibility"] = eligibility
    return body


def _campaign(campaign_id: int, *, for_update: bool = False) -> Campaign:
    return service.get(
        db_session=session(), caller=caller(), campaign_id=campaign_id, for_update=for_update
    )


def _list_page(status: int = 200, /, **context: Any) -> ResponseReturnValue:
    context.setdefault("errors", {})
    context.setdefault("form", MultiDict())
    return render_template(
        "console/campaigns.html",
        chosen_levels=context["form"].getlist("eligibility.levels"),
        campaigns=service.search(db_session=session(), caller=caller()),
        may_open=caller().role == Role.SUPERVISOR,
        kinds=AID_KINDS,
        levels=LEVELS,
        **context,
    ), status


@bp.route("/campaigns")
@signed_in(*READERS)
def campaign_list() -> ResponseReturnValue:
    """The campaigns of the reader's units with their budget figures."""
    return _list_page()


@bp.route("/campaigns", methods=["POST"])
@signed_in(Role.SUPERVISOR)
def open_campaign() -> ResponseReturnValue:
    """A supervisor opens a campaign for their unit."""
    form = request.form
    try:
        data = CampaignIn().load(campaign_body(form))
        campaign = service.open_campaign(db_session=session(), caller=caller(), data=data)
    except ma.ValidationError as invalid:
        return _list_page(422, form=form, errors=flat_errors(invalid.messages))
    except DomainError as refused:
        errors, message, status = refusal(refused)
        return _list_page(status, form=form, errors=errors, message=message)
    commit()
    return redirect(url_for("console.campaign_page", campaign_id=campaign.id))


def _page(campaign: Campaign, status: int = 200, /, **context: Any) -> ResponseReturnValue:
    lists, found_jobs = service.lists_and_jobs(db_session=session(), campaign=campaign)
    context.setdefault("build_errors", {})
    context.setdefault("build_form", {})
    context.setdefault("upload_errors", {})
    context.setdefault("message", None)
    return render_template(
        "console/campaign.html",
        view=service.view_of(session(), campaign),
        lists=lists,
        jobs=found_jobs,
        may_upload=caller().role == Role.SUPERVISOR,
        may_close=caller().role == Role.SUPERVISOR and campaign.status == "open",
        formats=FORMATS,
        **context,
    ), status


@bp.route("/campaigns/<int:campaign_id>")
@signed_in(*READERS)
def campaign_page(campaign_id: int) -> ResponseReturnValue:
    return _page(_campaign(campaign_id))


@bp.route("/campaigns/<int:campaign_id>/closure", methods=["POST"])
@signed_in(Role.SUPERVISOR)
def close_campaign(campaign_id: int) -> ResponseReturnValue:
    """Close the campaign: no new list or confirmation; its cases are still paid."""
    campaign = _campaign(campaign_id, for_update=True)
    try:
        service.close(campaign=campaign)
    except DomainError as refused:
        _errors, message, status = refusal(refused)
        return _page(_campaign(campaign_id), status, message=message)
    commit()
    return redirect(url_for("console.campaign_page", campaign_id=campaign_id))


@bp.route("/campaigns/<int:campaign_id>/lists", methods=["POST"])
@signed_in(*READERS)
def build_campaign_list(campaign_id: int) -> ResponseReturnValue:
    """Ask a worker to build a list (of one unit beneath, if named); back to the campaign."""
    campaign = _campaign(campaign_id)
    body = {"unit": unit} if (unit := _filled(request.form, "unit")) is not None else {}
    try:
        data = BuildIn().load(body)
        job = jobs.request_build(
            db_session=session(), caller=caller(), campaign=campaign, unit_code=data.get("unit")
        )
    except ma.ValidationError as invalid:
        errors = flat_errors(invalid.messages)
        return _page(campaign, 422, build_form=request.form, build_errors=errors)
    except DomainError as refused:
        errors, message, status = refusal(refused)
        campaign = _campaign(campaign_id)
        if message is not None:
            errors = {"_form": [message]}
        return _page(campaign, status, build_form=request.form, build_errors=errors)
    commit()
    return redirect(url_for("console.campaign_page", campaign_id=campaign_id) + f"#job-{job.id}")


@bp.route("/campaigns/<int:campaign_id>/transfers", methods=["POST"])
@signed_in(Role.SUPERVISOR)
def campaign_transfers(campaign_id: int) -> ResponseReturnValue:
    """Upload the bank's transfer list; a worker matches each row to a case and pays it."""
    campaign = _campaign(campaign_id)
    upload = request.files.get("file")
    try:
        if upload is None or not upload.filename:
            missing: dict[str, list[str]] = {"file": [N_("choose the bank's transfer file")]}
            return _page(campaign, 422, upload_errors=missing)
        job = jobs.request_import(
            db_session=session(),
            caller=caller(),
            campaign=campaign,
            content=upload.read(),
            filename=upload.filename,
        )
    except DomainError as refused:
        errors, message, status = refusal(refused)
        campaign = _campaign(campaign_id)
        if message is not None:
            errors = {"_form": [message]}
        return _page(campaign, status, upload_errors=errors)
    commit()
    return redirect(url_for("console.campaign_page", campaign_id=campaign_id) + f"#job-{job.id}")


@bp.route("/campaigns/<int:campaign_id>/jobs/<int:job_id>/result.<fmt>")
@signed_in(Role.SUPERVISOR)
def campaign_result(campaign_id: int, job_id: int, fmt: str) -> ResponseReturnValue:
    """The transfer file's result, every row and what became of it, as CSV or XLSX."""
    if fmt not in FORMATS:
        abort(404)
    job = service.job_of(db_session=session(), campaign=_campaign(campaign_id), job_id=job_id)
    content = transfers.result_file(db_session=session(), job=job, form=fmt, lang=language())
    return download(content, stem=f"transfers-{campaign_id}-{job_id}", extension=fmt)


def _list_view(campaign: Campaign, list_id: int, status: int = 200, /, **context: Any) -> Any:
    found = service.get_list(db_session=session(), campaign=campaign, list_id=list_id)
    listed = service.list_view(session(), campaign, found)
    return render_template(
        "console/campaign_list.html",
        view=service.view_of(session(), campaign),
        listed=listed,
        may_confirm=service.may_confirm(caller=caller(), campaign=campaign, found=found),
        **context,
    ), status


@bp.route("/campaigns/<int:campaign_id>/lists/<int:list_id>")
@signed_in(*READERS)
def campaign_list_page(campaign_id: int, list_id: int) -> ResponseReturnValue:
    return _list_view(_campaign(campaign_id), list_id)


@bp.route("/campaigns/<int:campaign_id>/lists/<int:list_id>/confirmation", methods=["POST"])
@signed_in(Role.SUPERVISOR)
def confirm_campaign_list(campaign_id: int, list_id: int) -> ResponseReturnValue:
    """Confirm the list (not its builder): one aid case per household, in payout."""
    campaign = _campaign(campaign_id, for_update=True)
    found = service.get_list(
        db_session=session(), campaign=campaign, list_id=list_id, for_update=True
    )
    try:
        service.confirm(db_session=session(), caller=caller(), campaign=campaign, found=found)
    except DomainError as refused:
        _errors, message, status = refusal(refused)
        return _list_view(_campaign(campaign_id), list_id, status, message=message)
    commit()
    return redirect(url_for("console.campaign_list_page", campaign_id=campaign_id, list_id=list_id))
