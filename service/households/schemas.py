"""What a household file, its amendments, care visits and aid settings look like on the wire."""

from __future__ import annotations

import marshmallow as ma
from marshmallow import fields, validate

from service.fields import (
    Address,
    Code,
    Flag,
    IdNumber,
    LocalDateTime,
    Money,
    PastDate,
    PastMonth,
    PersonName,
)
from service.fields import Text as TextField
from workflows.case_types import AID_KINDS
from workflows.data import EARLIEST_DATE, latest_date

RELATIONS = ("spouse", "child", "parent", "grandchild", "grandparent", "sibling", "other")
WORK_STATUSES = (
    "employed",
    "flexible",
    "unemployed",
    "retired",
    "student",
    "preschool",
    "unable_to_work",
    "other",
)
HEALTH = ("healthy", "chronic_illness", "serious_illness", "disabled")
VISIT_KINDS = ("home_visit", "care_visit")
SETTING_ITEMS = ("dibao", *AID_KINDS)


def _year(*, strict: bool = True) -> fields.Integer:
    return fields.Integer(
        strict=strict,
        required=True,
        validate=validate.Range(min=EARLIEST_DATE.year, max=latest_date().year),
    )


class HeadIn(ma.Schema):
    """The head of the household 户主, whose ID number the file is kept under."""

    name = PersonName(required=True, validate=validate.Length(min=1, max=64))
    id_number = IdNumber(required=True)
    work_status = Code(validate=validate.OneOf(WORK_STATUSES))
    health = Code(validate=validate.OneOf(HEALTH))
    union_member = Flag(load_default=False, metadata={"description": "a member of the union"})


class MemberIn(HeadIn):
    """Another member of the household, by relation to the head."""

    relation = Code(required=True, validate=validate.OneOf(RELATIONS))


class YearIn(ma.Schema):
    """A year's figures: annual disposable income and essential costs, in yuan."""

    year = _year()
    income = Money(required=True, metadata={"description": "annual disposable income, yuan"})
    essential_costs = Money(required=True, metadata={"description": "essential costs, yuan"})
    hardship_costs = Money(metadata={"description": "the year's costs of illness or disaster"})
    accident = Flag(metadata={"description": "caused by a disaster, accident or epidemic"})


class HouseholdAmendIn(ma.Schema):
    """Changes to a household file; lists replace what was filed (years: by year)."""

    address = Address(validate=validate.Length(min=1, max=200))
    head = fields.Nested(HeadIn)
    members = fields.List(
        fields.Nested(MemberIn),
        validate=validate.Length(max=29),
        metadata={"description": "the members besides the head; replaces those filed"},
    )
    years = fields.List(
        fields.Nested(YearIn),
        validate=validate.Length(min=1, max=20),
        metadata={"description": "each replaces that year's figures; a year given twice: the last"},
    )
    note = TextField(load_default="", validate=validate.Length(max=2000))


class HouseholdIn(HouseholdAmendIn):
    """A household as it is filed 建档: its members (one head), address and income."""

    unit = Code(
        validate=validate.Length(min=1, max=32),
        metadata={"description": "org unit code; defaults to the caller's unit"},
    )
    address = Address(required=True, validate=validate.Length(min=1, max=200))
    head = fields.Nested(HeadIn, required=True)
    members = fields.List(
        fields.Nested(MemberIn),
        load_default=list,
        validate=validate.Length(max=29),
        metadata={"description": "the members besides the head"},
    )
    years = fields.List(
        fields.Nested(YearIn),
        load_default=list,
        validate=validate.Length(max=20),
        metadata={"description": "a year given twice: the last counts"},
    )


class HouseholdIntakeIn(HouseholdIn):
    """A household filed with the hardship case that asks for its aid; in the case's unit."""

    class Meta:
        exclude = ("unit", "note")


class MemberOut(ma.Schema):
    name = TextField()
    relation = TextField()
    id_number = TextField()
    work_status = TextField(allow_none=True)
    health = TextField(allow_none=True)


class YearOut(ma.Schema):
    year = fields.Integer()
    income = Money()
    essential_costs = Money()
    hardship_costs = Money()
    accident = fields.Boolean()
    monthly_per_head = fields.Function(
        lambda year: f"{year['monthly_per_head']:.2f}",
        metadata={
            "type": "string",
            "description": "yuan a month per head after essential costs; negative when the "
            "costs exceed the income",
        },
    )
    dibao = Money(allow_none=True, metadata={"description": "the unit's 低保 figure that year"})
    level = TextField(
        allow_none=True,
        metadata={"description": "deep, relative, accident, or null (not in hardship / no 低保)"},
    )


class ReverificationOut(ma.Schema):
    """A re-verification 年审 as recorded: the 低保 and the level as they were decided."""

    verified_on = fields.Date()
    year = fields.Integer()
    monthly_per_head = fields.Function(
        lambda row: f"{row['monthly_per_head']:.2f}",
        metadata={"type": "string", "description": "yuan a month per head, as verified"},
    )
    dibao = Money(metadata={"description": "the unit's 低保 figure the level was decided with"})
    level = TextField(allow_none=True)
    recorded_by = TextField(metadata={"description": "the username of who recorded it"})


class HouseholdSchema(ma.Schema):
    """A household file as its readers see it; ID numbers masked except for supervisors."""

    id = fields.Integer()
    unit = TextField()
    status = TextField()
    version = fields.Integer()
    head = fields.Dict()
    address = TextField(allow_none=True)
    union_member = TextField(
        allow_none=True, metadata={"description": "ID number of the member in the union"}
    )
    members = fields.List(fields.Nested(MemberOut), metadata={"description": "head first"})
    years = fields.List(fields.Nested(YearOut))
    level = TextField(allow_none=True, metadata={"description": "from the latest year on file"})
    complete = fields.Boolean(
        metadata={"description": "every member's work and health and a year's income on file"}
    )
    cases = fields.List(fields.Dict())
    aid_this_year = fields.List(fields.Dict())
    reverify_by = fields.Date(
        allow_none=True,
        metadata={"description": "the next yearly re-verification is due that day (年审)"},
    )
    reverified_on = fields.Date(allow_none=True)
    overdue = fields.Boolean(metadata={"description": "its re-verification day has come"})
    exit_suggested = fields.Boolean(
        metadata={"description": "six consecutive recorded months at or above 低保 (脱困)"}
    )
    months = fields.List(
        fields.Dict(), metadata={"description": "recorded monthly income per head, latest first"}
    )
    reverifications = fields.List(
        fields.Nested(ReverificationOut), metadata={"description": "latest first"}
    )
    exit_reason = TextField(allow_none=True)
    exited_on = fields.Date(allow_none=True)
    created_at = LocalDateTime()


class HouseholdPageSchema(ma.Schema):
    items = fields.List(fields.Nested(HouseholdSchema))
    total = fields.Integer()
    page = fields.Integer()
    per_page = fields.Integer()


class HouseholdQuerySchema(ma.Schema):
    id_number = IdNumber(metadata={"description": "a member's ID number"})
    unit = Code(
        validate=validate.Length(min=1, max=32),
        metadata={"description": "a unit in your scope, with the units beneath it"},
    )
    overdue = fields.Boolean(metadata={"description": "its re-verification day has come"})
    status = Code(validate=validate.OneOf(["filed", "exited", "refiled"]))
    page = fields.Integer(load_default=1, validate=validate.Range(min=1, max=100_000))
    per_page = fields.Integer(load_default=50, validate=validate.Range(min=1, max=200))


class HouseholdEventSchema(ma.Schema):
    seq = fields.Integer()
    event_id = TextField()
    action = TextField()
    from_status = TextField(allow_none=True)
    to_status = TextField()
    actor = fields.Function(
        lambda event: event.actor.username if event.actor else "system",
        metadata={"type": "string"},
    )
    occurred_at = LocalDateTime()
    note = TextField()
    payload = fields.Dict()
    prev_hash = TextField()
    hash = TextField()


class VisitSchema(ma.Schema):
    """A care visit: a home visit 入户核查 (two visitors before a proposal) or a 五必访 call."""

    id = fields.Integer(dump_only=True)
    household_id = fields.Integer(dump_only=True)
    case_id = fields.Integer(dump_only=True, allow_none=True)
    kind = Code(load_default="home_visit", validate=validate.OneOf(VISIT_KINDS))
    visited_on = PastDate(required=True)
    visitors = fields.List(
        PersonName(validate=validate.Length(min=1, max=64)),
        required=True,
        validate=validate.Length(min=1, max=10),
    )
    findings = TextField(load_default="", validate=validate.Length(max=20_000))
    consent = Flag(
        required=True,
        metadata={
            "description": "the household's signed consent to the income check; a home visit "
            "counts toward a proposal only with it"
        },
    )


class AidSettingIn(ma.Schema):
    """A unit's 低保 figure (monthly, per head) or the yearly cap of an aid kind."""

    unit = Code(required=True, validate=validate.Length(min=1, max=32))
    year = _year()
    item = Code(required=True, validate=validate.OneOf(SETTING_ITEMS))
    amount = Money(required=True)


class AidSettingsQuery(ma.Schema):
    unit = Code(required=True, validate=validate.Length(min=1, max=32))
    year = _year(strict=False)  # a query string holds text


class AidSettingsOut(ma.Schema):
    unit = TextField()
    year = fields.Integer()
    dibao = Money(allow_none=True)
    dibao_set_by = TextField(allow_none=True, metadata={"description": "the unit it comes from"})
    caps = fields.Dict(keys=TextField(), values=Money(allow_none=True))


class MonthIn(ma.Schema):
    """One month's income per head, as recorded."""

    month = PastMonth(required=True)
    per_head = Money(required=True, metadata={"description": "that month's income per head"})


class ReverificationIn(YearIn):
    """A yearly re-verification 年审: the year's figures, and the months recorded since."""

    verified_on = PastDate(metadata={"description": "defaults to today (China date)"})
    months = fields.List(
        fields.Nested(MonthIn),
        load_default=list,
        validate=validate.Length(max=24),
        metadata={"description": "a month given again replaces the one recorded"},
    )
    note = TextField(load_default="", validate=validate.Length(max=2000))


class ExitIn(ma.Schema):
    """A supervisor's decision that the household exits hardship 脱困."""

    reason = TextField(required=True, validate=validate.Length(min=1, max=2000))
    exited_on = PastDate(metadata={"description": "defaults to today (China date)"})
    note = TextField(load_default="", validate=validate.Length(max=2000))
