"""What the severance calculator reads and what it answers; one schema per direction."""

from __future__ import annotations

from typing import Any

import marshmallow as ma
from marshmallow import fields

from service.fields import Flag, LocalDateTime, Money, ServiceDate, Text
from service.i18n import N_, language, translate
from service.openapi import POSITIVE_MONEY_PATTERN

DATES = "from 1970-01-01 to a year from today"


class SeveranceInputSchema(ma.Schema):
    """The figures a mediator has for a severance calculation (《劳动合同法》 art. 47)."""

    start_on = ServiceDate(
        required=True, metadata={"description": f"the first day of service; {DATES}"}
    )
    end_on = ServiceDate(
        required=True,
        metadata={"description": f"the last day of service, not before start_on; {DATES}"},
    )
    average_wage = Money(
        required=True,
        metadata={"description": "average monthly wage of the last 12 months, yuan"},
    )
    minimum_wage = Money(
        required=True,
        metadata={
            "description": "the local minimum monthly wage, yuan",
            "pattern": POSITIVE_MONEY_PATTERN,
        },
    )
    city_average_wage = Money(
        required=True,
        metadata={
            "description": "the city's average monthly wage of last year, yuan",
            "pattern": POSITIVE_MONEY_PATTERN,
        },
    )
    unlawful = Flag(
        load_default=False,
        metadata={"description": "the termination was unlawful: twice the severance (art. 87)"},
    )

    @ma.validates("minimum_wage")
    def minimum_more_than_nothing(self, value: Any, **kwargs: Any) -> None:
        if value <= 0:
            raise ma.ValidationError(N_("must be more than zero"))

    @ma.validates("city_average_wage")
    def average_more_than_nothing(self, value: Any, **kwargs: Any) -> None:
        if value <= 0:
            raise ma.ValidationError(N_("must be more than zero"))

    @ma.validates_schema
    def ends_after_it_starts(self, data: dict[str, Any], **kwargs: Any) -> None:
        if "start_on" in data and "end_on" in data and data["end_on"] < data["start_on"]:
            raise ma.ValidationError(
                N_("may not be before the first day of service, {date}", date=data["start_on"]),
                field_name="end_on",
            )


class ServiceLengthSchema(ma.Schema):
    years = fields.Integer()
    months = fields.Integer()
    days = fields.Integer()


class StepSchema(ma.Schema):
    rule = Text(metadata={"description": "the rule this step applies"})
    article = Text(metadata={"description": "where the rule is written"})
    text = fields.Function(
        lambda step: translate(step["text"], language()),
        metadata={"type": "string", "description": "what the step found, in the reader's language"},
    )


class SeveranceSchema(SeveranceInputSchema):
    """A severance calculation: the figures it was given, N, W, the amount and each step."""

    service = fields.Nested(ServiceLengthSchema, dump_only=True)
    n = Text(
        dump_only=True,
        metadata={"description": "N, the years counted, as a decimal: 3.5", "example": "3.5"},
    )
    w = Money(dump_only=True, metadata={"description": "W, the monthly wage counted, yuan"})
    cap_applied = fields.Boolean(
        dump_only=True,
        metadata={"description": "W was capped at 3 × the city average and N at 12 years"},
    )
    multiple = fields.Integer(
        dump_only=True, metadata={"description": "1, or 2 for an unlawful termination"}
    )
    amount = Money(dump_only=True, metadata={"description": "the severance, yuan"})
    steps = fields.List(fields.Nested(StepSchema), dump_only=True)


class CalculationSchema(SeveranceSchema):
    """A calculation attached to a case, as its trail keeps it."""

    seq = fields.Integer(dump_only=True, metadata={"description": "its event in the case's trail"})
    calculated_at = LocalDateTime(dump_only=True)
    calculated_by = Text(dump_only=True)
