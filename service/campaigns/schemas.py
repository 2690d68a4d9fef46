"""What campaigns, their lists and their jobs look like on the wire."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import marshmallow as ma
from marshmallow import fields, validate

from service.fields import Code, Flag, LocalDateTime, Money, ReachableDate
from service.fields import Text as TextField
from service.i18n import N_, language, translate
from service.openapi import POSITIVE_MONEY_PATTERN
from workflows.campaigns import LEVELS
from workflows.case_types import AID_KINDS


def _more_than_nothing(value: Decimal) -> None:
    if value <= 0:
        raise ma.ValidationError(N_("must be more than zero"))


def _positive(description: str, **options: Any) -> Money:
    """Yuan, more than nothing, as the document states it (a pattern)."""
    return Money(
        validate=_more_than_nothing,
        metadata={"description": description, "pattern": POSITIVE_MONEY_PATTERN},
        **options,
    )


class PerLevelIn(ma.Schema):
    """Amounts for some hardship levels, in place of the amount per household."""

    deep = _positive("yuan for a household in deep hardship 深度困难")
    relative = _positive("yuan for a household in relative hardship 相对困难")
    accident = _positive("yuan for a household in hardship by accident 意外致困")


class AmountsIn(ma.Schema):
    """What each household receives: ``per_household``, or its level's in ``per_level``."""

    per_household = _positive(
        "yuan each household receives, unless per_level names its level", required=True
    )
    per_level = fields.Nested(PerLevelIn, load_default=dict)

    @ma.post_load
    def _as_json(self, data: dict[str, Any], **_: Any) -> dict[str, Any]:
        per_level = {level: f"{amount:.2f}" for level, amount in data["per_level"].items()}
        return {"per_household": f"{data['per_household']:.2f}", "per_level": per_level}


class EligibilityIn(ma.Schema):
    """Who the campaign is for; each rule left out lets every household through."""

    levels = fields.List(
        Code(validate=validate.OneOf(LEVELS)), validate=validate.Length(min=1, max=3)
    )
    filed_before = ReachableDate(metadata={"description": "household files filed before it"})
    in_school = Flag(metadata={"description": "at least one member is a student (金秋助学)"})

    @ma.post_load
    def _as_json(self, data: dict[str, Any], **_: Any) -> dict[str, Any]:
        if "filed_before" in data:
            data["filed_before"] = data["filed_before"].isoformat()
        return data


class CampaignIn(ma.Schema):
    """A campaign 送温暖/金秋助学: kind, budget, amounts, who is eligible, and its period."""

    name = TextField(required=True, validate=validate.Length(min=1, max=100))
    unit = Code(validate=validate.Length(min=1, max=32))
    kind = Code(required=True, validate=validate.OneOf(AID_KINDS))
    budget = _positive("yuan the campaign may commit", required=True)
    amounts = fields.Nested(AmountsIn, required=True)
    eligibility = fields.Nested(EligibilityIn, load_default=dict)
    starts_on = ReachableDate(required=True)
    ends_on = ReachableDate(required=True)


class CampaignSchema(ma.Schema):
    id = fields.Integer()
    unit = TextField()
    name = TextField()
    kind = TextField()
    status = TextField()
    version = fields.Integer()
    amounts = fields.Dict()
    eligibility = fields.Dict()
    starts_on = fields.Date()
    ends_on = fields.Date()
    budget = Money()
    committed = Money(metadata={"description": "the sum of confirmed households' amounts"})
    paid = Money(metadata={"description": "paid out on the campaign's cases"})
    remaining = Money(metadata={"description": "budget less committed"})
    cases = fields.Integer()
    cases_paid = fields.Integer()
    created_at = LocalDateTime()


class BuildIn(ma.Schema):
    unit = Code(
        validate=validate.Length(min=1, max=32),
        metadata={"description": "only the households of this unit (and beneath it)"},
    )


class PaidSchema(ma.Schema):
    amount = Money()
    paid_on = fields.Date()
    reference = TextField()


class EntrySchema(ma.Schema):
    household = fields.Integer()
    head_name = TextField()
    level = TextField(allow_none=True)
    amount = Money(allow_none=True)
    left_off = TextField(allow_none=True, metadata={"description": "why it is not on the list"})
    case = TextField(allow_none=True, metadata={"description": "the case confirmation made"})
    paid = fields.Nested(
        PaidSchema, allow_none=True, metadata={"description": "the payout of the case, once paid"}
    )


class ListSchema(ma.Schema):
    id = fields.Integer()
    campaign = fields.Integer()
    unit = TextField()
    status = TextField()
    built_by = fields.Integer()
    built_at = LocalDateTime(allow_none=True)
    households = fields.Integer()
    total = Money()
    confirmed_by = fields.Integer(allow_none=True)
    confirmed_at = LocalDateTime(allow_none=True)
    entries = fields.List(fields.Nested(EntrySchema))


def _why_failed(job: Any) -> str | None:
    why = job.why_failed()
    return None if why is None else translate(why, language())


class JobSchema(ma.Schema):
    """A worker's job: its progress (done of total) and, when done, what it found."""

    id = fields.Integer()
    campaign = fields.Integer(attribute="campaign_id")
    kind = TextField()
    status = TextField()
    done = fields.Integer()
    total = fields.Integer()
    list = fields.Integer(attribute="list_id", allow_none=True)
    filename = TextField(allow_none=True)
    counts = fields.Function(lambda job: job.result.get("counts", {}), metadata={"type": "object"})
    error = fields.Function(
        _why_failed,
        allow_none=True,
        metadata={"type": "string", "description": "why the job failed, in your language"},
    )
    created_at = LocalDateTime()
    updated_at = LocalDateTime()


class ResultQuery(ma.Schema):
    format = Code(load_default="csv", validate=validate.OneOf(("csv", "xlsx")))
