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
from typing import Any, cast

from flask import current_app
from sqlalchemy import event, func, or_, select
from sqlalchemy.orm import Session

from service.auth.models import OrgUnit, User
from service.auth.service import Caller, as_caller, subtree_ids
from service.campaigns.models import Campaign, CampaignEntry, CampaignJob, CampaignList
from service.campaigns.service import still_open
from service.cases import payments
from service.cases.models import Case, Payment
from service.db import utcnow
from service.domain_errors import Conflict, DomainError, invalid
from service.households import service as households
from service.households.aid import standing
from service.households.models import Household
from service.i18n import N_, Text, translate
from service.timers.schedule import local_date
from workflows.campaigns import (
    DUPLICATE,
    MATCHED,
    UNREADABLE,
    Amounts,
    CaseDue,
    Eligibility,
    HouseholdFacts,
    decide,
    earlier_duplicates,
    match,
)
from workflows.case_types import CASE_TYPES
from workflows.messages import from_stored, stored

log = logging.getLogger(__name__)
RUN_TASK = "unioncase.run_campaign_job"
SWEEP_TASK = "unioncase.sweep_campaign_jobs"
BUILD_CHUNK = 100
IMPORT_CHUNK = 500
# A running job untouched this long lost its worker: the sweep sends it again.
STALLED = timedelta(minutes=10)
# A task hands a long job on after this, well inside the task time limit.
TASK_BUDGET_SECONDS = 15
REFERENCE_LENGTH = 100  # as the payment records keep it


def _send_after_commit(db_session: Session, job: CampaignJob) -> None:
    """Ask a worker for the job once it is committed; the sweep is the net if this fails."""
    app = current_app._get_current_object()  # type: ignore[attr-defined]
    job_id = job.id

    def send(_session: Session) -> None:
        try:
            app.extensions["celery"].send_task(RUN_TASK, args=[job_id], retry=False)
        except Exception as exc:  # the broker is down: the sweep sends it later
            log.warning("campaign job not sent", extra={"job_id": job_id, "error": repr(exc)})

    event.listen(db_session, "after_commit", send, once=True)


def _queue(db_session: Session, job: CampaignJob) -> CampaignJob:
    db_session.add(job)
    db_session.flush()
    _send_after_commit(db_session, job)
    return job


def request_build(
    *, db_session: Session, caller: Caller, campaign: Campaign, unit_code: str | None
) -> CampaignJob:
    """Start building a list of the campaign's eligible households (of one unit beneath it)."""
    still_open(campaign)
    unit = campaign.unit
    if unit_code is not None and unit_code != unit.code:
        found = db_session.scalar(select(OrgUnit).where(OrgUnit.code == unit_code))
        beneath = subtree_ids(db_session=db_session, unit=unit)
        if found is None or found.id not in beneath or found.id not in caller.scope_unit_ids:
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
    from service.campaigns.transfer_file import read_transfer_file

    rows, problems = read_transfer_file(content, filename)  # a refused file: nothing written
    return _queue(
        db_session,
        CampaignJob(
            campaign_id=campaign.id,
            kind="import",
            status="queued",
            total=len(rows) + len(problems),
            filename=filename,
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
        more = (
            _build_step(db_session, job) if job.kind == "build" else _import_step(db_session, job)
        )
    except DomainError as exc:  # an outcome of the job, not a crash of the worker
        db_session.rollback()
        job = db_session.get(CampaignJob, job_id, with_for_update={"of": CampaignJob})
        assert job is not None
        job.status, job.error = "failed", str(exc)[:500]
        if job.list_id is not None:
            built = db_session.get(CampaignList, job.list_id)
            assert built is not None
            built.status = "failed"
        return False
    job.updated_at = utcnow()
    if not more:
        job.status = "done"
    return more


# Building a list.


def _level(db_session: Session, household: Household) -> tuple[bool, str | None]:
    """Whether the household's level can be told, and its level by its latest year."""
    if not household.years:
        return False, None
    latest = households._year_view(db_session, household, household.years[-1])
    return latest["dibao"] is not None, latest["level"]


def _facts(db_session: Session, household: Household, campaign: Campaign) -> HouseholdFacts:
    closed = CASE_TYPES["hardship_aid"].closed_states
    open_case = db_session.scalar(
        select(Case.number)
        .where(
            Case.household_id == household.id,
            Case.type == "hardship_aid",
            Case.category == campaign.kind,
            Case.status.not_in(closed),
        )
        .limit(1)
    )
    cap = standing(
        db_session, household_id=household.id, unit_id=household.unit_id, kind=campaign.kind
    )
    assessed, level = _level(db_session, household)
    return HouseholdFacts(
        household_id=household.id,
        level=level,
        assessed=assessed,
        filed_on=local_date(household.created_at),
        students=sum(1 for m in household.members if m.work_status == "student"),
        open_case=open_case,
        cap_left=cap.left,
    )


def _build_step(db_session: Session, job: CampaignJob) -> bool:
    built = db_session.get(CampaignList, job.list_id)
    campaign = db_session.get(Campaign, job.campaign_id)
    assert built is not None and campaign is not None
    units = subtree_ids(db_session=db_session, unit=built.unit)
    active = (Household.unit_id.in_(units), Household.status.in_(households.ACTIVE))
    if job.total == 0 and job.done == 0:
        job.total = (
            db_session.scalar(select(func.count()).select_from(Household).where(*active)) or 0
        )
    after = int(job.result.get("after", 0))
    chunk = db_session.scalars(
        select(Household).where(*active, Household.id > after).order_by(Household.id)
        .limit(BUILD_CHUNK)
    ).all()  # fmt: skip
    rule, amounts = Eligibility.of(campaign.eligibility), Amounts.of(campaign.amounts)
    for household in chunk:
        facts = _facts(db_session, household, campaign)
        amount, why = decide(facts, rule=rule, amounts=amounts)
        db_session.add(
            CampaignEntry(
                list_id=built.id,
                campaign_id=campaign.id,
                household_id=household.id,
                level=facts.level,
                amount=amount,
                left_off=stored(why) if why is not None else None,
            )
        )
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


# Importing the bank's transfer list.


def _read(job: CampaignJob) -> None:
    """Read the kept file into rows once, noting the rows that repeat an earlier one."""
    from service.campaigns.transfer_file import read_transfer_file

    assert job.content is not None and job.filename is not None
    rows, problems = read_transfer_file(job.content, job.filename)
    repeats = earlier_duplicates([(r.line, r.id_number, r.reference) for r in rows])
    items: list[dict[str, Any]] = [
        {"line": r.line, "id_number": r.id_number, "amount": f"{r.amount:.2f}",
         "reference": r.reference,
         "repeats": stored(repeats[r.line]) if r.line in repeats else None}
        for r in rows
    ]  # fmt: skip
    for problem in problems:
        reason = problem.reason if isinstance(problem.reason, Text) else N_(problem.reason)
        items.append({"line": problem.line, **_cells(problem.values), "unreadable": stored(reason)})
    items.sort(key=lambda item: item["line"])
    job.result = {"rows": items, "outcomes": [], "counts": {}}
    job.total = len(items)
    job.content = None  # the rows are kept; the file is not needed again


def _cells(values: dict[str, str]) -> dict[str, str]:
    """An unreadable row's ID number, amount and reference as written, found by heading."""
    from service.campaigns.transfer_file import HEADINGS

    by_heading = {heading.strip().lower(): value for heading, value in values.items()}
    return {
        column: next((by_heading[h] for h in headings if h in by_heading), "")
        for column, headings in HEADINGS.items()
    }


def _dues(db_session: Session, campaign: Campaign) -> dict[str, CaseDue]:
    """The campaign's cases by the ID numbers a transfer may name: head or union member."""
    paid = select(Payment.case_id).where(Payment.case_id == Case.id).exists()
    rows = db_session.execute(
        select(Case.id, Case.number, Case.details, Household.head_id_number,
               Household.union_member_id_number, paid, Case.status)
        .join(CampaignEntry, CampaignEntry.case_id == Case.id)
        .join(Household, Household.id == Case.household_id)
        .where(CampaignEntry.campaign_id == campaign.id)
    ).all()  # fmt: skip
    dues: dict[str, CaseDue] = {}
    for case_id, number, details, head, member, is_paid, status in rows:
        amount = Decimal(cast(dict[str, Any], details)["proposal"]["amount"])
        due = CaseDue(cast(int, case_id), str(number), amount, bool(is_paid), str(status))
        for id_number in (member, head):
            if id_number:
                dues.setdefault(str(id_number), due)
    return dues


def _references_used(db_session: Session, campaign: Campaign, references: list[str]) -> set[str]:
    return set(
        db_session.scalars(
            select(Payment.reference)
            .join(CampaignEntry, CampaignEntry.case_id == Payment.case_id)
            .where(CampaignEntry.campaign_id == campaign.id, Payment.reference.in_(references))
        )
    )


def _import_step(db_session: Session, job: CampaignJob) -> bool:
    if "rows" not in job.result:
        _read(job)
        return True
    campaign = db_session.get(Campaign, job.campaign_id)
    user = db_session.get(User, job.created_by_id)
    assert campaign is not None and user is not None
    payer = as_caller(db_session=db_session, user=user)
    rows = job.result["rows"][job.done : job.done + IMPORT_CHUNK]
    dues = _dues(db_session, campaign)
    used = _references_used(db_session, campaign, [r["reference"] for r in rows])
    today = local_date(utcnow())
    outcomes, counts = list(job.result["outcomes"]), dict(job.result["counts"])
    for row in rows:
        outcome, why, due = _outcome(row, dues, used)
        if outcome == MATCHED and due is not None:
            case = db_session.get(Case, due.case_id, with_for_update={"of": Case})
            assert case is not None
            payments.record(
                db_session=db_session,
                caller=payer,
                case=case,
                payment={"amount": Decimal(row["amount"]), "method": "bank_transfer",
                         "reference": row["reference"], "paid_on": today},
            )  # fmt: skip
            used.add(row["reference"])
        counts[outcome] = counts.get(outcome, 0) + 1
        outcomes.append(
            {"line": row["line"], "outcome": outcome, "case": due.number if due else None,
             "reason": why}
        )  # fmt: skip
    job.done += len(rows)
    job.result = {**job.result, "outcomes": outcomes, "counts": counts}
    return job.done < job.total


def _outcome(
    row: dict[str, Any], dues: dict[str, CaseDue], used: set[str]
) -> tuple[str, dict[str, Any] | None, CaseDue | None]:
    if row.get("unreadable"):
        return UNREADABLE, row["unreadable"], None
    due = dues.get(row["id_number"])
    if len(row["reference"]) > REFERENCE_LENGTH:
        too_long = N_("the reference is longer than {count} characters", count=REFERENCE_LENGTH)
        return UNREADABLE, stored(too_long), None
    if row.get("repeats"):
        return DUPLICATE, row["repeats"], due
    outcome, why = match(
        amount=Decimal(row["amount"]), due=due, reference_used=row["reference"] in used
    )
    return outcome, stored(why) if why is not None else None, due


def stalled(*, db_session: Session) -> list[int]:
    """Jobs no worker has: queued a while ago, or running but untouched for long."""
    now = utcnow()
    return list(
        db_session.scalars(
            select(CampaignJob.id).where(
                or_(
                    (CampaignJob.status == "queued")
                    & (CampaignJob.created_at < now - timedelta(seconds=30)),
                    (CampaignJob.status == "running") & (CampaignJob.updated_at < now - STALLED),
                )
            )
        )
    )


RESULT_COLUMNS = (
    ("line", N_("line")),
    ("id_number", N_("ID number")),
    ("amount", N_("amount")),
    ("reference", N_("reference")),
    ("outcome", N_("outcome")),
    ("reason", N_("reason")),
    ("case", N_("case")),
)


def _money(written: str) -> Decimal | str:
    try:
        return Decimal(written)
    except ArithmeticError:
        return written  # an unreadable row's amount, as the bank wrote it


def result_file(*, job: CampaignJob, form: str, lang: str) -> bytes:
    """Every row of the bank's file with what became of it and why, in ``lang``."""
    from service.campaigns.transfer_file import write_result_file

    if job.kind != "import" or job.status != "done":
        raise Conflict(N_("the result is ready once the import is done"), code="job_not_done")
    rows = {row["line"]: row for row in job.result["rows"]}
    out: list[dict[str, object]] = []
    for outcome in job.result["outcomes"]:
        row = rows[outcome["line"]]
        reason = outcome["reason"]
        out.append(
            {
                "line": outcome["line"],
                "id_number": row["id_number"],
                "amount": _money(row["amount"]),
                "reference": row["reference"],
                "outcome": translate(N_(outcome["outcome"]), lang),
                "reason": translate(from_stored(reason), lang) if reason else "",
                "case": outcome["case"] or "",
            }
        )
    columns = [(key, translate(heading, lang)) for key, heading in RESULT_COLUMNS]
    return write_result_file(out, columns, form)
