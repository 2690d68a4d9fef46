"""Opening campaigns, reading their figures, confirming their household lists 确认名单."""

from __future__ import annotations

import logging
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from service.auth.service import Caller, chosen_unit, scoped
from service.campaigns.models import Campaign, CampaignEntry, CampaignJob, CampaignList
from service.cases import service as cases
from service.cases.access import refusal_error
from service.cases.assignment import least_loaded
from service.cases.models import Case, Payment
from service.cases.transitions import fire_for
from service.db import utcnow
from service.domain_errors import Conflict, DomainError, invalid, not_found
from service.households.aid import standing
from service.households.models import Household
from service.i18n import N_, language, translate
from service.timers.schedule import local_date
from workflows.campaigns import budget_refusal, yuan
from workflows.definitions import WORKFLOWS
from workflows.engine import Actor, Refused
from workflows.messages import from_stored

log = logging.getLogger(__name__)
CHANNEL = "campaign"  # the case came from a campaign's list, not from a contact at the desk


def open_campaign(*, db_session: Session, caller: Caller, data: dict[str, Any]) -> Campaign:
    """Open a campaign for the caller's unit, or a unit beneath it."""
    unit = chosen_unit(db_session=db_session, caller=caller, code=data.get("unit"))
    if data["ends_on"] < data["starts_on"]:
        raise invalid({"ends_on": [N_("must not be before starts_on")]})
    campaign = Campaign(
        unit=unit,
        name=data["name"],
        kind=data["kind"],
        budget=data["budget"],
        committed=Decimal("0.00"),
        amounts=data["amounts"],
        eligibility=data.get("eligibility", {}),
        starts_on=data["starts_on"],
        ends_on=data["ends_on"],
        status="open",
        created_by_id=caller.user_id,
    )
    db_session.add(campaign)
    db_session.flush()
    log.info("campaign opened", extra={"campaign_id": campaign.id, "unit": unit.code})
    return campaign


def still_open(campaign: Campaign) -> None:
    """Refuse new lists and confirmations once the campaign's period is over."""
    if campaign.status != "open":
        raise Conflict(N_("the campaign is closed"), code="campaign_closed")
    if local_date(utcnow()) > campaign.ends_on:
        raise Conflict(
            N_("the campaign ended on {day}", day=campaign.ends_on), code="campaign_closed"
        )


def get(
    *, db_session: Session, caller: Caller, campaign_id: int, for_update: bool = False
) -> Campaign:
    """The campaign, if its unit is in the caller's scope; 404 otherwise."""
    return scoped(db_session, caller, Campaign, campaign_id, what="campaign", lock=for_update)


def search(*, db_session: Session, caller: Caller) -> list[dict[str, Any]]:
    rows = db_session.scalars(
        select(Campaign)
        .where(Campaign.unit_id.in_(caller.scope_unit_ids))
        .order_by(Campaign.id.desc())
    ).all()
    return [view_of(db_session, campaign) for campaign in rows]


def paid_of(db_session: Session, campaign: Campaign) -> tuple[Decimal, int]:
    """What the campaign's cases have been paid, and how many of them."""
    total, count = db_session.execute(
        select(func.coalesce(func.sum(Payment.amount), 0), func.count(Payment.id))
        .join(CampaignEntry, CampaignEntry.case_id == Payment.case_id)
        .where(CampaignEntry.campaign_id == campaign.id)
    ).one()
    return Decimal(total).quantize(Decimal("0.01")), count


def view_of(db_session: Session, campaign: Campaign) -> dict[str, Any]:
    paid, paid_cases = paid_of(db_session, campaign)
    granted = db_session.scalar(
        select(func.count())
        .select_from(CampaignEntry)
        .where(CampaignEntry.campaign_id == campaign.id, CampaignEntry.case_id.is_not(None))
    )
    return {
        "id": campaign.id,
        "unit": campaign.unit.code,
        "name": campaign.name,
        "kind": campaign.kind,
        "status": campaign.status,
        "version": campaign.version,
        "amounts": campaign.amounts,
        "eligibility": campaign.eligibility,
        "starts_on": campaign.starts_on,
        "ends_on": campaign.ends_on,
        "budget": campaign.budget,
        "committed": campaign.committed,
        "paid": paid,
        "remaining": campaign.budget - campaign.committed,
        "cases": granted,
        "cases_paid": paid_cases,
        "created_at": campaign.created_at,
    }


def get_list(
    *, db_session: Session, campaign: Campaign, list_id: int, for_update: bool = False
) -> CampaignList:
    found = db_session.get(
        CampaignList, list_id, with_for_update={"of": CampaignList} if for_update else None
    )
    if found is None or found.campaign_id != campaign.id:
        raise not_found("list")
    return found


def list_view(db_session: Session, campaign: Campaign, found: CampaignList) -> dict[str, Any]:
    """The list with every household considered: its amount, or why it is left off;
    once confirmed, its case and the payment on it (what was paid, when, which reference)."""
    rows = db_session.execute(
        select(CampaignEntry, Household.head_name, Case.number, Payment)
        .join(Household, Household.id == CampaignEntry.household_id)
        .outerjoin(Case, Case.id == CampaignEntry.case_id)
        .outerjoin(Payment, Payment.case_id == CampaignEntry.case_id)
        .where(CampaignEntry.list_id == found.id)
        .order_by(CampaignEntry.amount.is_(None), CampaignEntry.household_id)
    ).all()
    lang = language()
    entries = [
        {
            "household": entry.household_id,
            "head_name": head_name,
            "level": entry.level,
            "amount": entry.amount,
            "left_off": translate(from_stored(entry.left_off), lang) if entry.left_off else None,
            "case": number,
            "case_id": entry.case_id,
            "paid": None if payment is None else {
                "amount": payment.amount, "paid_on": payment.paid_on,
                "reference": payment.reference,
            },
        }
        for entry, head_name, number, payment in rows
    ]  # fmt: skip
    return {
        "id": found.id,
        "campaign": campaign.id,
        "unit": found.unit.code,
        "status": found.status,
        "built_by": found.built_by_id,
        "built_at": found.built_at,
        "households": found.households,
        "total": found.total,
        "confirmed_by": found.confirmed_by_id,
        "confirmed_at": found.confirmed_at,
        "entries": entries,
    }


def check_confirmer(*, caller: Caller, campaign: Campaign, found: CampaignList) -> None:
    """Refuse to confirm the list unless it is ready, the campaign open, and ``caller``
    one the workflow lets grant its cases (a supervisor, not the list's builder)."""
    try:
        WORKFLOWS["hardship_aid"].may(
            "registered",
            "grant_in_campaign",
            Actor(role=caller.role, user_id=caller.user_id),
            {"list_builder_id": found.built_by_id},
        )
    except Refused as refused:
        raise refusal_error(refused) from None
    still_open(campaign)
    if found.status != "ready":
        raise Conflict(
            N_("only a ready list is confirmed; this one is {status}", status=N_(found.status)),
            code="list_not_ready",
        )


def may_confirm(*, caller: Caller, campaign: Campaign, found: CampaignList) -> bool:
    """Whether ``check_confirmer`` lets ``caller`` confirm the list now (what a page offers)."""
    try:
        check_confirmer(caller=caller, campaign=campaign, found=found)
    except DomainError:
        return False
    return True


def confirm(
    *, db_session: Session, caller: Caller, campaign: Campaign, found: CampaignList
) -> CampaignList:
    """Confirm a ready list: one aid case per household on it, approved and in payout.

    The campaign's row is locked (``get(..., for_update=True)``) and its version
    checked, so two confirmations at once queue up and the second sees the first's
    commitment: the budget is never exceeded.
    """
    check_confirmer(caller=caller, campaign=campaign, found=found)
    entries = list(
        db_session.scalars(
            select(CampaignEntry)
            .where(CampaignEntry.list_id == found.id, CampaignEntry.amount.is_not(None))
            .order_by(CampaignEntry.household_id)
        )
    )
    granted = set(
        db_session.scalars(
            select(CampaignEntry.household_id).where(
                CampaignEntry.campaign_id == campaign.id, CampaignEntry.case_id.is_not(None)
            )
        )
    )
    entries = [e for e in entries if e.household_id not in granted]
    needed = sum((e.amount for e in entries if e.amount is not None), Decimal("0.00"))
    refusal = budget_refusal(budget=campaign.budget, committed=campaign.committed, needed=needed)
    if refusal is not None:
        raise Conflict(
            refusal,
            code="over_budget",
            budget=str(campaign.budget),
            committed=str(campaign.committed),
            needed=str(needed),
        )
    for entry in entries:
        entry.case_id = _grant(db_session, caller, campaign, found, entry).id
    campaign.committed = campaign.committed + needed
    found.status = "confirmed"
    found.confirmed_by_id = caller.user_id
    found.confirmed_at = utcnow()
    db_session.flush()
    log.info(
        "campaign list confirmed",
        extra={"campaign_id": campaign.id, "list_id": found.id, "cases": len(entries)},
    )
    return found


def _grant(
    db_session: Session,
    caller: Caller,
    campaign: Campaign,
    found: CampaignList,
    entry: CampaignEntry,
) -> Case:
    """Register the household's case through the desk's one path, then grant it."""
    household = db_session.get(Household, entry.household_id)
    assert household is not None and entry.amount is not None
    cap = standing(
        db_session,
        household_id=household.id,
        unit_id=household.unit_id,
        kind=campaign.kind,
    )
    if cap.left is not None and entry.amount > cap.left:
        # Paid elsewhere since the list was built: the list no longer holds.
        raise Conflict(
            N_(
                "household {household} now has only {left} left under its cap: build the "
                "list again",
                household=household.id,
                left=yuan(cap.left),
            ),
            code="list_out_of_date",
        )
    intake = {
        "type": "hardship_aid",
        "category": campaign.kind,
        "channel": CHANNEL,
        "unit": household.unit.code,
        "household": household.id,
        "claimant": {"name": household.head_name, "id_number": household.head_id_number},
        "description": campaign.name,
        "allow_duplicate": False,
    }
    if entry.level is not None:
        intake["hardship_level"] = entry.level
    case = cases.register(db_session=db_session, caller=caller, intake=intake)
    case.details = {
        **case.details,
        "campaign": {
            "id": campaign.id,
            "name": campaign.name,
            "list": found.id,
            "built_by": found.built_by_id,
        },
    }
    case.assignee = least_loaded(db_session, case_type=case.type, unit_id=case.unit_id)
    fire_for(
        db_session=db_session,
        caller=caller,
        case=case,
        action="grant_in_campaign",
        data={"amount": f"{entry.amount:.2f}", "campaign": f"{campaign.name} (#{campaign.id})"},
        note=f"{campaign.name}：名单第{found.id}号确认发放",
    )
    return case


def close(*, campaign: Campaign) -> Campaign:
    """Close the campaign: no new list or confirmation; its cases are still paid."""
    if campaign.status == "closed":
        raise Conflict(N_("the campaign is already closed"), code="campaign_closed")
    campaign.status = "closed"
    log.info("campaign closed", extra={"campaign_id": campaign.id})
    return campaign


def job_of(*, db_session: Session, campaign: Campaign, job_id: int) -> CampaignJob:
    job = db_session.get(CampaignJob, job_id)
    if job is None or job.campaign_id != campaign.id:
        raise not_found("job")
    return job


def lists_and_jobs(
    *, db_session: Session, campaign: Campaign
) -> tuple[list[CampaignList], list[CampaignJob]]:
    """The campaign's lists and its jobs (builds and imports), newest first."""
    lists = db_session.scalars(
        select(CampaignList)
        .where(CampaignList.campaign_id == campaign.id)
        .order_by(CampaignList.id.desc())
    ).all()
    found_jobs = db_session.scalars(
        select(CampaignJob)
        .where(CampaignJob.campaign_id == campaign.id)
        .order_by(CampaignJob.id.desc())
    ).all()
    return list(lists), list(found_jobs)
