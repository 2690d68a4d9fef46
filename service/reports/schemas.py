"""What a report request asks for, and what a stored report looks like; one per direction."""

from __future__ import annotations

from typing import Any

import marshmallow as ma
from marshmallow import fields, validate

from service.fields import Code, LocalDateTime, ReachableDate, today
from service.i18n import N_
from service.reports.figures import CASE_TYPES
from workflows.periods import add_years

GROUPINGS = ("type", "category", "unit", "assignee", "channel", "month")
FORMATS = ("json", "csv", "xlsx")
MAX_YEARS = 10


class SummaryQuerySchema(ma.Schema):
    """The period (China dates, both included), the grouping and the scope of a summary."""

    # Days from 2000 to a few years ahead: a period of year 1 has no moment to count from.
    first = ReachableDate(data_key="from", metadata={"description": "default: this month's 1st"})
    last = ReachableDate(data_key="to", metadata={"description": "default: today"})
    group_by = fields.String(validate=validate.OneOf(GROUPINGS))
    type = fields.String(validate=validate.OneOf(CASE_TYPES))
    unit = Code(
        validate=validate.Length(min=1, max=32),
        metadata={"description": "a unit in your scope: that unit and the units beneath it"},
    )
    format = fields.String(load_default="json", validate=validate.OneOf(FORMATS))

    @ma.post_load
    def period(self, data: dict[str, Any], **kwargs: Any) -> dict[str, Any]:
        now = today()
        first = data.pop("first", None) or now.replace(day=1)
        last = data.pop("last", None) or now
        if first > last:
            raise ma.ValidationError({"to": [N_("must not be before from ({date})", date=first)]})
        if last >= add_years(first, MAX_YEARS):
            raise ma.ValidationError(
                {"to": [N_("a report covers at most {years} years", years=MAX_YEARS)]}
            )
        return {**data, "from": first, "to": last}


class ReportFormatSchema(ma.Schema):
    format = fields.String(load_default="json", validate=validate.OneOf(FORMATS))


class ReportListQuerySchema(ma.Schema):
    unit = fields.String(validate=validate.Length(min=1, max=32))
    kind = fields.String(validate=validate.OneOf(["monthly", "quarterly"]))


class StoredReportSchema(ma.Schema):
    """A report built on schedule or by hand, with its figures as they were then."""

    id = fields.Integer()
    unit = fields.Function(lambda report: report.unit.code, metadata={"type": "string"})
    kind = fields.String(metadata={"description": "monthly 每月汇报 or quarterly 季度通报"})
    period = fields.String(metadata={"description": "2026-10 or 2026Q3"})
    period_from = fields.Date()
    period_to = fields.Date()
    built_at = LocalDateTime()
    workflows_version = fields.String()


class StoredReportDetailSchema(StoredReportSchema):
    figures = fields.Dict()
