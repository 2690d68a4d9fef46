"""Matching the bank's transfer list 转账清单 to a campaign's cases, a chunk at a time.

Each row of the file is kept with its outcome, so a chunk's payments, its rows'
outcomes and the job's progress commit together, and the result file is read back.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any, cast

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from service.auth.models import User
from service.auth.service import Caller, as_caller
from service.campaigns.models import Campaign, CampaignEntry, CampaignJob, CampaignTransferRow
from service.campaigns.transfer_file import (
    HEADINGS,
    column_of,
    read_transfer_file,
    write_result_file,
)
from service.cases import payments
from service.cases.models import Case, Payment
from service.db import utcnow
from service.domain_errors import Conflict, DomainError
from service.households.models import Household
from service.i18n import N_, Text, translate
from service.timers.schedule import local_date
from workflows.campaigns import (
    DUPLICATE,
    MATCHED,
    UNMATCHED,
    UNREADABLE,
    CaseDue,
    earlier_duplicates,
    match,
)
from workflows.messages import from_stored, stored

CHUNK = 500
REFERENCE_LENGTH = 100  # as the payment records keep it


def _cut(text: str, length: int) -> str:
    return text if len(text) <= length else text[: length - 1] + "…"


def _cells(values: dict[str, str]) -> dict[str, str]:
    """An unreadable row's ID number, amount and reference as written, found by heading
    as the reader finds them (金额（元） is the amount)."""
    cells = dict.fromkeys(HEADINGS, "")
    for heading, value in values.items():
        column = column_of(heading)
        if column is not None and not cells[column]:
            cells[column] = value
    return cells


def _read(db_session: Session, job: CampaignJob) -> None:
    """Keep every row of the file once, with the outcome of those unread or repeated."""
    assert job.content is not None and job.filename is not None
    rows, problems = read_transfer_file(job.content, job.filename)
    repeats = earlier_duplicates([(r.line, r.id_number, r.reference) for r in rows])
    kept: list[dict[str, Any]] = []
    for r in rows:
        outcome, reason = None, None
        if len(r.reference) > REFERENCE_LENGTH:
            too_long = N_("the reference is longer than {count} characters", count=REFERENCE_LENGTH)
            outcome, reason = UNREADABLE, stored(too_long)
        elif r.line in repeats:
            outcome, reason = DUPLICATE, stored(repeats[r.line])
        written = {"id_number": r.id_number, "amount": f"{r.amount:.2f}",
                   "reference": _cut(r.reference, 200)}  # fmt: skip
        kept.append({"line": r.line, **written, "outcome": outcome, "reason": reason})
    for problem in problems:
        why = problem.reason if isinstance(problem.reason, Text) else N_(problem.reason)
        cells = _cells(problem.values)
        written = {"id_number": _cut(cells["id_number"], 64), "amount": _cut(cells["amount"], 64),
                   "reference": _cut(cells["reference"], 200)}  # fmt: skip
        kept.append({"line": problem.line, **written, "outcome": UNREADABLE,
                     "reason": stored(why)})  # fmt: skip
    if kept:
        db_session.execute(insert(CampaignTransferRow), [{"job_id": job.id, **k} for k in kept])
    settled: dict[str, int] = {}
    for k in kept:
        if k["outcome"] is not None:
            settled[k["outcome"]] = settled.get(k["outcome"], 0) + 1
    job.total = len(kept)
    job.done = sum(settled.values())
    job.result = {"read": True, "counts": settled}
    job.content = None  # the rows are kept; the file is not needed again


def _dues(db_session: Session, campaign: Campaign, id_numbers: set[str]) -> dict[str, CaseDue]:
    """The campaign's cases of these ID numbers (the household head's or union member's)."""
    paid = select(Payment.case_id).where(Payment.case_id == Case.id).exists()
    rows = db_session.execute(
        select(Case.id, Case.number, Case.details, Household.head_id_number,
               Household.union_member_id_number, paid, Case.status)
        .join(CampaignEntry, CampaignEntry.case_id == Case.id)
        .join(Household, Household.id == Case.household_id)
        .where(
            CampaignEntry.campaign_id == campaign.id,
            Household.head_id_number.in_(id_numbers)
            | Household.union_member_id_number.in_(id_numbers),
        )
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


def _pay(
    db_session: Session, payer: Caller, case_id: int, row: CampaignTransferRow, today: date
) -> Text | None:
    """Record the row's payment on the case; why not, if the case refuses it now (its
    household exited since the confirmation, say): that row alone, not the import, fails."""
    try:
        with db_session.begin_nested():
            case = db_session.get(Case, case_id, with_for_update={"of": Case})
            assert case is not None
            payments.record(
                db_session=db_session,
                caller=payer,
                case=case,
                payment={"amount": Decimal(row.amount), "method": "bank_transfer",
                         "reference": row.reference, "paid_on": today},
            )  # fmt: skip
    except DomainError as refused:
        message = refused.message
        return message if isinstance(message, Text) else N_(message)
    return None


def import_step(db_session: Session, job: CampaignJob) -> bool:
    """Read the file (first step), then match and pay the next rows; True while rows remain."""
    if not job.result.get("read"):
        _read(db_session, job)
        return job.done < job.total
    campaign = db_session.get(Campaign, job.campaign_id)
    user = db_session.get(User, job.created_by_id)
    assert campaign is not None and user is not None
    payer = as_caller(db_session=db_session, user=user)
    rows = db_session.scalars(
        select(CampaignTransferRow)
        .where(CampaignTransferRow.job_id == job.id, CampaignTransferRow.outcome.is_(None))
        .order_by(CampaignTransferRow.line)
        .limit(CHUNK)
    ).all()
    dues = _dues(db_session, campaign, {r.id_number for r in rows})
    used = _references_used(db_session, campaign, [r.reference for r in rows])
    today = local_date(utcnow())
    counts = dict(job.result.get("counts", {}))
    for row in rows:
        due = dues.get(row.id_number)
        outcome, why = match(
            amount=Decimal(row.amount), due=due, reference_used=row.reference in used
        )
        if outcome == MATCHED and due is not None:
            refusal = _pay(db_session, payer, due.case_id, row, today)
            if refusal is None:
                used.add(row.reference)
            else:
                outcome, why = UNMATCHED, refusal
        row.outcome = outcome
        row.reason = stored(why) if why is not None else None
        row.case_number = due.number if due is not None else None
        counts[outcome] = counts.get(outcome, 0) + 1
    job.done += len(rows)
    job.result = {**job.result, "counts": counts}
    return len(rows) == CHUNK


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


def result_file(*, db_session: Session, job: CampaignJob, form: str, lang: str) -> bytes:
    """Every row of the bank's file with what became of it and why, in ``lang``."""
    if job.kind != "import" or job.status != "done":
        raise Conflict(N_("the result is ready once the import is done"), code="job_not_done")
    rows = db_session.scalars(
        select(CampaignTransferRow)
        .where(CampaignTransferRow.job_id == job.id)
        .order_by(CampaignTransferRow.line)
    )
    out: list[dict[str, object]] = [
        {
            "line": row.line,
            "id_number": row.id_number,
            "amount": _money(row.amount),
            "reference": row.reference,
            "outcome": translate(N_(row.outcome or "unreadable"), lang),
            "reason": translate(from_stored(row.reason), lang) if row.reason else "",
            "case": row.case_number or "",
        }
        for row in rows
    ]
    columns = [(key, translate(heading, lang)) for key, heading in RESULT_COLUMNS]
    return write_result_file(out, columns, form)
