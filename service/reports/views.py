"""/api/v1/reports: the supervisor summary, and the monthly and quarterly reports kept."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import marshmallow as ma
from flask.views import MethodView

from service.api import Blueprint
from service.auth.enums import Role
from service.db import session
from service.openapi import with_files
from service.reports import definitions, files, stored
from service.reports.schemas import (
    ReportFormatSchema,
    ReportListQuerySchema,
    StoredReportDetailSchema,
    StoredReportSchema,
    SummaryQuerySchema,
)
from service.reports.service import cases_in_hand, summary
from service.web import caller, commits, requires

blp = Blueprint(
    "reports", __name__, url_prefix="/api/v1/reports", description="Supervisor reports 统计汇报"
)


class SummarySchema(ma.Schema):
    period = ma.fields.Dict()
    unit = ma.fields.String()
    type = ma.fields.String(allow_none=True)
    group_by = ma.fields.String(allow_none=True)
    built_at = ma.fields.String()
    groups = ma.fields.List(ma.fields.Dict())
    total = ma.fields.Dict()
    households = ma.fields.Dict(
        metadata={"description": "household files overdue for re-verification, and their list"}
    )
    definitions = ma.fields.Dict()


@blp.route("/summary")
class Summary(MethodView):
    @requires(Role.SUPERVISOR, Role.ADMIN)
    @commits(body=False)  # the access log of the identities a file shows whole
    @blp.arguments(SummaryQuerySchema, location="query", unknown=ma.RAISE)
    @blp.response(200, SummarySchema)
    @blp.doc(
        operationId="getReportSummary",
        responses=with_files("Summary"),
        description="Figures of a period for your units.\n\n" + definitions.as_text(),
    )
    def get(self, query: dict[str, Any]) -> Any:
        """Resolution figures of a period, grouped, each with the cases behind it."""
        report = summary(db_session=session(), caller=caller(), query=query)
        if query["format"] == "json":
            return report

        def cases() -> Iterator[dict[str, Any]]:
            return cases_in_hand(db_session=session(), caller=caller(), query=query)

        stem = f"summary-{report['unit']}-{query['from']}-{query['to']}"
        return files.report_download(report, form=query["format"], stem=stem, cases=cases)


@blp.route("")
class Reports(MethodView):
    @requires(Role.SUPERVISOR, Role.ADMIN)
    @blp.arguments(ReportListQuerySchema, location="query", unknown=ma.RAISE)
    @blp.response(200, StoredReportSchema(many=True))
    @blp.doc(operationId="listStoredReports")
    def get(self, query: dict[str, Any]) -> Any:
        """The monthly and quarterly reports of your units, newest first."""
        return stored.visible(db_session=session(), caller=caller(), query=query)


@blp.route("/<int:report_id>")
class ReportDetail(MethodView):
    @requires(Role.SUPERVISOR, Role.ADMIN)
    @commits(body=False)  # the access log of the identities a file shows whole
    @blp.arguments(ReportFormatSchema, location="query", unknown=ma.RAISE)
    @blp.response(200, StoredReportDetailSchema)
    @blp.doc(operationId="getStoredReport")
    def get(self, query: dict[str, Any], report_id: int) -> Any:
        """One kept report with its figures as built; ``format=xlsx`` or ``csv`` downloads it."""
        report = stored.get(db_session=session(), caller=caller(), report_id=report_id)
        if query["format"] == "json":
            return report

        def cases() -> Iterator[dict[str, Any]]:
            return stored.case_rows(db_session=session(), caller=caller(), report=report)

        stem = f"report-{report.unit.code}-{report.period}"
        return files.report_download(report.figures, form=query["format"], stem=stem, cases=cases)
