"""What intake sends and what a case looks like to its readers; one schema per direction."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

import marshmallow as ma
from marshmallow import fields, validate
from webargs.fields import DelimitedList

from service.calculators.schemas import CalculationSchema
from service.db import utcnow
from service.fields import (
    Address,
    Code,
    CreditCode,
    EmployerName,
    Flag,
    IdNumber,
    LocalDateTime,
    Money,
    PastDate,
    PersonName,
    Phone,
    SearchText,
    Text,
)
from service.households.schemas import HouseholdIntakeIn
from service.i18n import N_, language, translate
from service.openapi import DATE_RANGE, DATE_RANGE_WORDS, POSITIVE_MONEY_PATTERN
from service.timers.deadlines import DEADLINE_KINDS
from workflows.case_types import CASE_TYPES, CHANNELS, HARDSHIP_LEVELS
from workflows.data import check_reach, half_width
from workflows.definitions.labour_dispute import SATISFACTION

PAYMENT_METHODS = ("bank_transfer", "cash", "wechat", "alipay", "other")
CATEGORIES = sorted({c for case_type in CASE_TYPES.values() for c in case_type.categories})
# Beyond this page no office has cases, and the offset must fit the database's integer.
MAX_PAGE = 100_000

# A written statement of facts, or a letter transcribed at intake, runs to many pages.
STATEMENT_LENGTH = 50_000
NOTE_LENGTH = 20_000
# A registration a few minutes ahead of the server clock is a skewed clock, not the future.
CLOCK_SKEW = timedelta(minutes=5)
_DATE_RANGE = re.compile(DATE_RANGE["pattern"])
AID_ONLY = ("household_size", "household", "household_file")


class ClaimantIn(ma.Schema):
    name = PersonName(required=True, validate=validate.Length(min=1, max=64))
    id_number = IdNumber()
    phone = Phone()
    address = Address(validate=validate.Length(max=200))


class EmployerIn(ma.Schema):
    name = EmployerName(required=True, validate=validate.Length(min=1, max=200))
    credit_code = CreditCode()


class CaseIntakeSchema(ma.Schema):
    """A case as the intake desk registers it."""

    type = Code(required=True, validate=validate.OneOf(list(CASE_TYPES)))
    category = Code(required=True, validate=validate.OneOf(CATEGORIES))
    channel = Code(required=True, validate=validate.OneOf(CHANNELS))
    unit = Code(
        validate=validate.Length(min=1, max=32),
        metadata={"description": "org unit code; defaults to the caller's unit"},
    )
    received_at = LocalDateTime(
        metadata={"description": "defaults to now; China time if no offset"}
    )
    claimant = fields.Nested(ClaimantIn, required=True)
    employer = fields.Nested(EmployerIn)
    claim_amount = Money(metadata={"description": 'yuan, e.g. "8600.00"'})
    workers_involved = fields.Integer(strict=True, validate=validate.Range(min=1, max=100000))
    known_on = PastDate(metadata={"description": "when the worker knew of the infringement"})
    employment_end_on = PastDate()
    accident_on = PastDate(metadata={"description": "work-injury cases: accident or diagnosis"})
    household_size = fields.Integer(strict=True, validate=validate.Range(min=1, max=30))
    hardship_level = Code(validate=validate.OneOf(HARDSHIP_LEVELS))
    household = fields.Integer(
        strict=True,
        validate=validate.Range(min=1, max=2**31 - 1),
        metadata={"description": "hardship aid: the id of the household file it belongs to"},
    )
    household_file = fields.Nested(
        HouseholdIntakeIn,
        metadata={"description": "hardship aid: the household, filed with the case"},
    )
    description = Text(
        load_default="",
        validate=validate.Length(max=STATEMENT_LENGTH),
        metadata={"description": "the worker's statement of facts, as written"},
    )
    assignee = Code(
        validate=validate.Length(min=1, max=64),
        metadata={"description": "username to assign; else routing picks the least loaded"},
    )
    allow_duplicate = Flag(load_default=False)

    @ma.validates_schema(skip_on_field_errors=False, pass_original=True)
    def check_type_rules(self, data: dict[str, Any], original: Any, **kwargs: Any) -> None:
        """Rules that depend on the case type; presence is judged on what was sent."""
        case_type = data.get("type")
        if case_type not in CASE_TYPES or not isinstance(original, dict):
            return
        errors: dict[str, Any] = {}
        sent = set(original)
        claimant_sent = original.get("claimant")
        claimant_sent = set(claimant_sent) if isinstance(claimant_sent, dict) else None

        def refuse(field: str, message: str) -> None:
            errors.setdefault(field, []).append(message)

        category = data.get("category")
        if category is not None and category not in CASE_TYPES[case_type].categories:
            choices = ", ".join(CASE_TYPES[case_type].categories)
            refuse(
                "category",
                N_("for {type} must be one of: {choices}", type=N_(case_type), choices=choices),
            )
        if claimant_sent is not None:
            missing = {"phone": N_("required so that the office can reach the person")}
            if case_type != "consultation":
                missing["id_number"] = N_("required: cases are filed under real names (实名制)")
            claimant_errors = {f: [m] for f, m in missing.items() if f not in claimant_sent}
            if claimant_errors:
                errors["claimant"] = claimant_errors
        if case_type == "labour_dispute":
            for field in sorted({"employer", "known_on"} - sent):
                refuse(field, N_("required for a labour dispute"))
        else:
            for field in sorted({"workers_involved", "known_on", "employment_end_on"} & sent):
                refuse(field, N_("only for labour disputes"))
        if case_type != "hardship_aid":
            for field in sorted({*AID_ONLY, "hardship_level"} & sent):
                refuse(field, N_("only for hardship aid"))
        elif {"household", "household_file"} <= sent:
            refuse("household", N_("give a household id or a household file, not both"))
        if "accident_on" in sent and category != "work_injury":
            refuse("accident_on", N_("only for work-injury disputes"))
        received_at = data.get("received_at")
        if received_at is not None and received_at > utcnow() + CLOCK_SKEW:
            refuse("received_at", N_("may not be in the future"))
        if errors:
            raise ma.ValidationError(errors)


class ClaimantOut(ma.Schema):
    name = Text()
    id_number = Text(allow_none=True)
    phone = Text(allow_none=True)
    address = Text(allow_none=True)


class EmployerOut(ma.Schema):
    name = Text()
    credit_code = Text(allow_none=True)


class CaseSchema(ma.Schema):
    """A case as its readers see it; identity numbers masked unless the caller may see them."""

    id = fields.Integer()
    number = Text()
    type = Text()
    category = Text()
    status = Text()
    version = fields.Integer()
    unit = fields.Function(lambda case: case.unit.code, metadata={"type": "string"})
    assignee = fields.Function(
        lambda case: case.assignee.username if case.assignee else None,
        metadata={"type": "string", "nullable": True},
    )
    channel = Text()
    collective = fields.Boolean()
    claimant = fields.Nested(ClaimantOut)
    employer = fields.Nested(EmployerOut, allow_none=True)
    claim_amount = Money(allow_none=True)
    workers_involved = fields.Integer()
    received_at = LocalDateTime()
    known_on = fields.Date(allow_none=True)
    employment_end_on = fields.Date(allow_none=True)
    limitation_on = fields.Date(allow_none=True)
    limitation_counts_from = fields.Function(
        lambda case: case.details.get("limitation"),
        metadata={
            "type": "object",
            "nullable": True,
            "description": "the event limitation_on counts from (known_on, employment_end, "
            "receipt, agree or referral), its day and its article; null when the claim is "
            "not barred (wages while employment lasts)",
        },
    )
    description = Text()
    details = fields.Dict()
    household = fields.Function(
        lambda case: case.household_id,
        metadata={"type": "integer", "nullable": True, "description": "its household file"},
    )
    outcome = Text(allow_none=True)
    closed_at = LocalDateTime(allow_none=True)
    created_at = LocalDateTime()
    allowed_actions = fields.List(Text())
    timers = fields.List(fields.Dict())


class SessionSchema(ma.Schema):
    """A mediation session 调解会 as the mediator logs it."""

    id = fields.Integer(dump_only=True)
    held_at = LocalDateTime(required=True)
    place = Text(required=True, validate=validate.Length(min=1, max=200))
    attendees = fields.List(
        Text(validate=validate.Length(min=1, max=64)),
        required=True,
        validate=validate.Length(min=1, max=30),
    )
    notes = Text(load_default="", validate=validate.Length(max=NOTE_LENGTH))
    offer = Money(allow_none=True, metadata={"description": "the employer's offer, yuan"})
    counter_offer = Money(allow_none=True, metadata={"description": "the worker's ask, yuan"})

    @ma.validates("held_at")
    def not_in_the_future(self, value: Any, **kwargs: Any) -> None:
        if value > utcnow() + CLOCK_SKEW:
            raise ma.ValidationError(N_("may not be in the future"))


class PaymentSchema(ma.Schema):
    """A payment: an employer's instalment, or the payout of approved aid."""

    id = fields.Integer(dump_only=True)
    instalment = fields.Integer(
        strict=True,
        validate=validate.Range(min=0, max=60),
        metadata={"description": "which instalment of the agreement (disputes)"},
    )
    part = fields.Integer(
        dump_only=True, metadata={"description": "which payment toward the instalment, from 1"}
    )
    amount = Money(required=True, metadata={"pattern": POSITIVE_MONEY_PATTERN})
    method = Code(required=True, validate=validate.OneOf(PAYMENT_METHODS))
    reference = Code(
        required=True,
        validate=validate.Length(min=1, max=100),
        metadata={"description": "voucher number or bank transfer reference"},
    )
    paid_on = PastDate(required=True)

    @ma.validates("amount")
    def more_than_nothing(self, value: Any, **kwargs: Any) -> None:
        if value <= 0:
            raise ma.ValidationError(N_("must be more than zero"))


class DefaultAdviceSchema(ma.Schema):
    """What a dispute whose agreement is not performed may do next (arts. 15, 16, 27)."""

    payment_order = fields.Boolean(
        metadata={"description": "a payment order 支付令 is open to the dispute's category"}
    )
    payment_order_article = Text()
    limitation_on = fields.Date(allow_none=True)
    limitation_days_left = fields.Integer(
        allow_none=True,
        metadata={
            "description": "days left of the arbitration limitation period: 0 on its last "
            "day, negative once passed, null when the claim is not barred"
        },
    )
    advice = fields.Function(
        lambda advice: [translate(text, language()) for text in advice["advice"]],
        metadata={
            "type": "array",
            "items": {"type": "string"},
            "description": "the advice, in the reader's language",
        },
    )


class CaseDetailSchema(CaseSchema):
    sessions = fields.List(fields.Nested(SessionSchema))
    payments = fields.List(fields.Nested(PaymentSchema))
    calculations = fields.List(
        fields.Nested(CalculationSchema),
        metadata={"description": "severance calculations attached to the case, oldest first"},
    )
    default_advice = fields.Nested(
        DefaultAdviceSchema,
        allow_none=True,
        metadata={"description": "for a defaulted dispute: payment order and limitation"},
    )
    deadlines = fields.Dict(
        keys=Text(),
        values=fields.Date(),
        metadata={"description": "dates the law sets: acceptance, mediation end, injury claims"},
    )
    aid = fields.Dict(
        allow_none=True,
        metadata={
            "description": "hardship aid: the kind's yearly cap, what the household was paid "
            "of it this calendar year (China), what its other cases were approved and not yet "
            "paid, and what is left"
        },
    )


class TransitionSchema(ma.Schema):
    action = Code(required=True, validate=validate.Length(min=1, max=32))
    note = Text(load_default="", validate=validate.Length(max=2000))
    data = fields.Dict(load_default=dict, metadata={"description": "what the action requires"})


class EmploymentEndSchema(ma.Schema):
    """The day the worker's employment ended, learnt after intake (art. 27 §4)."""

    employment_end_on = PastDate(required=True)
    note = Text(load_default="", validate=validate.Length(max=2000))


class WaitingAssignedSchema(ma.Schema):
    assigned = fields.List(Text(), metadata={"description": "the numbers of the cases given out"})


class AssignmentSchema(ma.Schema):
    assignee = Code(required=True, validate=validate.Length(min=1, max=64))
    note = Text(load_default="", validate=validate.Length(max=2000))


class EventSchema(ma.Schema):
    seq = fields.Integer()
    event_id = Text()
    action = Text()
    from_status = Text(allow_none=True)
    to_status = Text()
    actor = fields.Function(
        lambda event: event.actor.username if event.actor else "system",
        metadata={"type": "string"},
    )
    occurred_at = LocalDateTime()
    note = Text()
    payload = fields.Dict()
    prev_hash = Text()
    hash = Text()


class DateRange(fields.String):
    """Two China dates, both days included: ``2026-10-01,2026-10-31``."""

    OPENAPI = DATE_RANGE

    def __init__(self, *, description: str, **kwargs: Any) -> None:
        super().__init__(metadata={"description": f"{description}; {DATE_RANGE_WORDS}"}, **kwargs)

    def _deserialize(self, value: Any, attr: Any, data: Any, **kwargs: Any) -> Any:
        text = half_width(super()._deserialize(value, attr, data, **kwargs))
        # Only the form the document states: date.fromisoformat reads 20261001 and
        # 2026-W40-4 too, which a client reading the document would not expect to work.
        if _DATE_RANGE.fullmatch(text) is None:
            raise ma.ValidationError(
                N_("two dates separated by a comma, e.g. 2026-10-01,2026-10-31")
            )
        first, _, last = text.partition(",")
        try:
            days = date.fromisoformat(first), date.fromisoformat(last)
        except ValueError:  # 2026-02-30
            raise ma.ValidationError(
                N_("two dates separated by a comma, e.g. 2026-10-01,2026-10-31")
            ) from None
        try:
            for day in days:
                check_reach(day)
        except ValueError as exc:
            raise ma.ValidationError(exc.args[0]) from None
        if days[0] > days[1]:
            raise ma.ValidationError(N_("the first date is after the second"))
        return days


def _listed(*choices: str, description: str) -> DelimitedList:
    check = validate.OneOf(list(choices)) if choices else validate.Length(min=1, max=32)
    return DelimitedList(Text(validate=check), metadata={"description": description})


class CaseQuerySchema(ma.Schema):
    """Filters, sort and page of the case list; ``format`` exports it as CSV or Excel."""

    type = _listed(*CASE_TYPES, description="a case type, or several separated by commas")
    status = _listed(description="a state, or several separated by commas")
    outcome = _listed(description="how closed cases ended, one or several")
    category = Code(validate=validate.OneOf(CATEGORIES))
    unit = Code(metadata={"description": "a unit code; includes the units beneath it"})
    subunits = fields.Boolean(
        metadata={"description": "false: only the cases of that unit itself (default true)"}
    )
    assignee = Code(metadata={"description": "a username, 'me', or 'none' for unassigned"})
    channel = Code(validate=validate.OneOf(CHANNELS))
    opened_from = LocalDateTime()
    opened_to = LocalDateTime()
    closed_from = LocalDateTime()
    closed_to = LocalDateTime()
    opened_between = DateRange(description="received on these days (China dates)")
    closed_between = DateRange(description="closed on these days")
    active_between = DateRange(
        description="received by the last day and not closed before the first"
    )
    closed_by = fields.Date(metadata={"description": "closed by the end of this day"})
    open_at_end = fields.Date(metadata={"description": "received and not closed at this day's end"})
    resolving = fields.Boolean(metadata={"description": "closed with a resolving outcome"})
    collective = fields.Boolean(metadata={"description": "collective disputes (10+ workers)"})
    satisfaction = Text(validate=validate.OneOf(SATISFACTION))
    paid_between = DateRange(description="a payment was made on these days")
    agreed_between = DateRange(description="an agreement was signed on these days")
    breached = Text(
        validate=validate.OneOf(["any", *DEADLINE_KINDS]),
        metadata={"description": "a deadline of this kind (or any) was missed"},
    )
    breached_between = DateRange(description="with breached: due on these days")
    format = Text(
        validate=validate.OneOf(["json", "csv", "xlsx"]),
        load_default="json",
        metadata={"description": "csv or xlsx: every matching case as a file"},
    )
    q = SearchText(
        validate=validate.Length(min=1, max=64),
        metadata={
            "description": "name (汉字, or its pinyin as heard: full, e.g. shanli, or initials, "
            "e.g. sl), case number or employer"
        },
    )
    sort = Text(
        load_default="-received_at",
        validate=validate.OneOf(["received_at", "-received_at", "number", "-number"]),
    )
    page = fields.Integer(load_default=1, validate=validate.Range(min=1, max=MAX_PAGE))
    per_page = fields.Integer(load_default=50, validate=validate.Range(min=1, max=200))
    count = Text(
        validate=validate.OneOf(["exact"]),
        metadata={
            "description": "exact: count every match for total, however many (slower past "
            "10,000 matches, where total is otherwise an estimate)"
        },
    )


class CasePageSchema(ma.Schema):
    items = fields.List(fields.Nested(CaseSchema))
    total = fields.Integer(
        metadata={
            "description": "how many cases match: exact up to 10,000, past that the "
            "database's estimate unless count=exact was asked"
        }
    )
    total_is_estimate = fields.Boolean(
        metadata={"description": "true when total is an estimate (more than 10,000 match)"}
    )
    page = fields.Integer()
    per_page = fields.Integer()


class DuplicateCaseSchema(ma.Schema):
    number = Text()
    unit = Text()


class DuplicateGroupSchema(ma.Schema):
    """Open cases of one person, employer and category in more than one unit."""

    category = Text()
    cases = fields.List(fields.Nested(DuplicateCaseSchema))
