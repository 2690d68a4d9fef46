"""What the severance calculator reads and what it answers; one schema per direction."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import marshmallow as ma
from marshmallow import fields

from service.fields import Flag, LocalDateTime, Money, ServiceDate, Text
from service.i18n import N_, language, translate

DATES = "from 1970-01-01 to a year from today"
# No monthly wage reaches ten million yuan: a figure beyond it is a slip of the keyboard.
MAX_MONTHLY_WAGE = Decimal("9999999.99")
WAGE_PATTERN = r"^[0-9]{1,7}(\.[0-9]{1,2})?$"
POSITIVE_WAGE_PATTERN = r"^([1-9][0-9]{0,6}(\.[0-9]{1,2})?|0\.([1-9][0-9]?|0[1-9]))$"
WAGE_WORDS = "yuan a month as text, at most 9999999.99"


def _wage(description: str, *, positive: bool) -> Money:
    return Money(
        required=True,
        metadata={
            "description": f"{description}; {WAGE_WORDS}",
            "pattern": POSITIVE_WAGE_PATTERN if positive else WAGE_PATTERN,
        },
    )


class SeveranceInputSchema(ma.Schema):
    """The figures a mediator has for a severance calculation (《劳动合同法》 art. 47)."""

    start_on = ServiceDate(
        required=True, metadata={"description": f"the first day of service; {DATES}"}
    )
    end_on = ServiceDate(
        required=True,
        metadata={"description": f"the last day of service, not before start_on; {DATES}"},
    )
    average_wage = _wage("average monthly wage of the last 12 months", positive=False)
    minimum_wage = _wage("the local minimum monthly wage", positive=True)
    city_average_wage = _wage("the city's average monthly wage of last year", positive=True)
    unlawful = Flag(
        load_default=False,
        metadata={"description": "the termination was unlawful: twice the severance (art. 87)"},
    )

    @ma.validates("average_wage", "minimum_wage", "city_average_wage")
    def a_monthly_wage(self, value: Any, data_key: str, **kwargs: Any) -> None:
        if value > MAX_MONTHLY_WAGE:
            raise ma.ValidationError(
                N_("at most {maximum} yuan a month", maximum=f"{MAX_MONTHLY_WAGE:,}")
            )
        if value <= 0 and data_key != "average_wage":
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
        metadata={
            "description": "N, the years counted, as a decimal: 0.5, 3.5, 12",
            "example": "3.5",
        },
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
    calculated_by = Text(dump_only=True, metadata={"description": "the mediator's username"})
    calculated_by_name = Text(dump_only=True, metadata={"description": "the mediator's name"})
