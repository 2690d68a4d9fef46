"""The long work of a campaign, done by a worker a chunk at a time: building a household
list, and importing the bank's transfer list 银行转账清单.

A job is a row; the worker takes it by id, locks it, does the next chunk and records its
progress in the same transaction as the chunk's effect, so a redelivered task carries on
where the last one stopped and never does a chunk twice.
"""

from __future__ import annotations

import logging
from datetime import timedelta
from decimal import Decimal

from flask import current_app
from sqlalchemy import event, func, insert, or_, select
from sqlalchemy.orm import Session, selectinload

from service.auth.service import Caller, chosen_unit, subtree_ids
from service.broker import send_soon
from service.campaigns import transfers
from service.campaigns.facts import chunk_facts
from service.campaigns.models import Campaign, CampaignEntry, CampaignJob, CampaignList
from service.campaigns.service import still_open
from service.campaigns.transfer_file import read_transfer_file
from service.db import utcnow
from service.domain_errors import DomainError, invalid
from service.households.models import ACTIVE, Household
from service.i18n import N_, Text
from workflows.campaigns import Amounts, Eligibility, decide
from workflows.messages import stored

log = logging.getLogger(__name__)
RUN_TASK = "unioncase.run_campaign_job"
SWEEP_TASK = "unioncase.sweep_campaign_jobs"
BUILD_CHUNK = 100
# A job sent and untouched this long lost its message or its worker: the sweep sends it
# again. Longer than the broker's visibility timeout and a task's time limit (5 and 1
# minutes by default), after which the broker itself hands a message whose worker died to
# another, so only a message the broker lost is sent twice; a running job's chunks touch
# it every few seconds. The sweep runs every minute: without this, a job waiting behind
# busy workers was sent again each minute.
STALLED = timedelta(minutes=10)
MAX_SENDS = 5
# A task hands a long job on after this, well inside the task time limit.
TASK_BUDGET_SECONDS = 15


def _send_after_commit(db_session: Session) -> None:
    """Once the job is committed, ask a worker to sweep for it, from a thread of its own.

    No request waits on the broker (a broker that never answers would hold it); if the
    send fails, the beat's sweep finds the job within a minute.
    """
    app = current_app._get_current_object()  # type: ignore[attr-defined]
    event.listen(db_session, "after_commit", lambda _s: send_soon(app, SWEEP_TASK), once=True)


def _queue(db_session: Session, job: CampaignJob) -> CampaignJob:
    db_session.add(job)
    db_session.flush()
    _send_after_commit(db_session)
    return job


def request_build(
    *, db_session: Session, caller: Caller, campaign: Campaign, unit_code: str | None
) -> CampaignJob:
    """Start building a list of the campaign's eligible households (of one unit beneath it)."""
    still_open(campaign)
    unit = campaign.unit
    if unit_code is not None and unit_code != unit.code:
        found = chosen_unit(db_session=db_session, caller=caller, code=unit_code)
        if not found.path.startswith(unit.path):
            raise invalid({"unit": [N_("not the campaign's unit or a unit beneath it")]})
        unit = found
    built = CampaignList(
        campaign_id=campaign.id, unit_id=unit.id, status="building", built_by_id=caller.user_id
    )
    db_session.add(built)
    db_session.flush()
    return _queue(
        db_session,
        CampaignJob(
            campaign_id=campaign.id,
            kind="build",
            list_id=built.id,
            status="queued",
            result={},
            created_by_id=caller.user_id,
        ),
    )


def request_import(
    *, db_session: Session, caller: Caller, campaign: Campaign, content: bytes, filename: str
) -> CampaignJob:
    """Check the bank's file whole, keep it and start matching it to the campaign's cases."""
    rows, problems = read_transfer_file(content, filename)  # a refused file: nothing written
    return _queue(
        db_session,
        CampaignJob(
            campaign_id=campaign.id,
            kind="import",
            status="queued",
            total=len(rows) + len(problems),
            # As a person reads it back: no NUL (which PostgreSQL refuses), kept short.
            filename=filename.replace("\x00", "")[:200],
            content=content,
            result={},
            created_by_id=caller.user_id,
        ),
    )


def step(*, db_session: Session, job_id: int) -> bool:
    """Do the job's next chunk; True while there is more to do."""
    job = db_session.get(CampaignJob, job_id, with_for_update={"of": CampaignJob})
    if job is None or job.status in ("done", "failed"):
        return False
    job.status = "running"
    try:
        if job.kind == "build":
            more = _build_step(db_session, job)
        else:
            more = transfers.import_step(db_session, job)
    except DomainError as exc:  # an outcome of the job, not a crash of the worker
        db_session.rollback()
        job = db_session.get(CampaignJob, job_id, with_for_update={"of": CampaignJob})
        assert job is not None
        message = exc.message
        _fail(db_session, job, message if isinstance(message, Text) else N_(message))
        return False
    job.updated_at = utcnow()
    if not more:
        job.status = "done"
    return more


# Building a list.


def _build_step(db_session: Session, job: CampaignJob) -> bool:
    built = db_session.get(CampaignList, job.list_id)
    campaign = db_session.get(Campaign, job.campaign_id)
    assert built is not None and campaign is not None
    units = subtree_ids(db_session=db_session, unit=built.unit)
    active = (Household.unit_id.in_(units), Household.status.in_(ACTIVE))
    if job.total == 0 and job.done == 0:
        job.total = (
            db_session.scalar(select(func.count()).select_from(Household).where(*active)) or 0
        )
    after = int(job.result.get("after", 0))
    chunk = db_session.scalars(
        select(Household).where(*active, Household.id > after).order_by(Household.id)
        .limit(BUILD_CHUNK)
        .options(selectinload(Household.members), selectinload(Household.years))
    ).all()  # fmt: skip
    rule, amounts = Eligibility.of(campaign.eligibility), Amounts.of(campaign.amounts)
    entries = []
    for facts in chunk_facts(db_session, chunk, campaign):
        amount, why = decide(facts, rule=rule, amounts=amounts)
        entries.append(
            {
                "list_id": built.id,
                "campaign_id": campaign.id,
                "household_id": facts.household_id,
                "level": facts.level,
                "amount": amount,
                "left_off": stored(why) if why is not None else None,
            }
        )
    if entries:  # one statement for the chunk, its NULLs written rather than grouped apart
        db_session.execute(insert(CampaignEntry).execution_options(render_nulls=True), entries)
    job.done += len(chunk)
    if chunk:
        job.result = {**job.result, "after": chunk[-1].id}
    if len(chunk) == BUILD_CHUNK:
        return True
    db_session.flush()
    count, total = db_session.execute(
        select(func.count(), func.coalesce(func.sum(CampaignEntry.amount), 0)).where(
            CampaignEntry.list_id == built.id, CampaignEntry.amount.is_not(None)
        )
    ).one()
    built.households, built.total = count, Decimal(total or 0).quantize(Decimal("0.01"))
    built.status, built.built_at = "ready", utcnow()
    job.result = {**job.result, "households": count, "total": f"{built.total:.2f}"}
    log.info("campaign list built", extra={"campaign_id": campaign.id, "list_id": built.id})
    return False


def _fail(db_session: Session, job: CampaignJob, why: Text) -> None:
    """Fail the job (and the list it builds), saying why in words read in either language."""
    job.status = "failed"
    job.result = {**job.result, "error": stored(why)}
    if job.list_id is not None:
        built = db_session.get(CampaignList, job.list_id)
        assert built is not None
        built.status = "failed"
    log.warning("campaign job failed", extra={"job_id": job.id, "campaign_id": job.campaign_id})


def stalled(*, db_session: Session) -> list[int]:
    """Jobs to send to a worker: those never sent, and those sent and untouched since.

    A queued job is sent once, then again only if no worker has touched it for
    ``STALLED`` (its message was lost); a running one only if its worker stopped touching
    it for as long (the worker died). A job sent twice is done once: each chunk takes the
    job's row lock first and carries on from the progress the last chunk committed. A job
    sent ``MAX_SENDS`` times without finishing fails (its chunk fails every time it runs).
    """
    now = utcnow()
    found = db_session.scalars(
        select(CampaignJob)
        .where(
            or_(
                (CampaignJob.status == "queued") & (CampaignJob.attempts == 0),
                CampaignJob.status.in_(("queued", "running"))
                & (CampaignJob.updated_at < now - STALLED),
            )
        )
        .order_by(CampaignJob.id)
        .with_for_update(skip_locked=True)
    ).all()
    again = []
    for job in found:
        if job.attempts >= MAX_SENDS:
            _fail(db_session, job, N_("stopped: sent {count} times, it never finished",
                                      count=job.attempts))  # fmt: skip
            continue
        job.attempts += 1
        job.updated_at = now  # sent now: the next send waits STALLED from here
        again.append(job.id)
    return again
