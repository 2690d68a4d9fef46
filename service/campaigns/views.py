"""/api/v1/campaigns: aid campaigns 送温暖/金秋助学, their lists, jobs and bank transfer files."""

from __future__ import annotations

from typing import Any

import marshmallow as ma
from flask import current_app, request
from flask.views import MethodView
from werkzeug.exceptions import RequestEntityTooLarge

from service.api import Blueprint
from service.auth.enums import Role
from service.campaigns import jobs, service, transfers
from service.campaigns.schemas import (
    BuildIn,
    CampaignIn,
    CampaignSchema,
    JobSchema,
    ListSchema,
    ResultQuery,
)
from service.db import session
from service.domain_errors import invalid
from service.errors import ApiError
from service.i18n import N_, language
from service.reports.files import download
from service.web import caller, commits, requires

blp = Blueprint(
    "campaigns",
    __name__,
    url_prefix="/api/v1/campaigns",
    description="Aid campaigns 送温暖/金秋助学",
)
READERS = (Role.CASEWORKER, Role.SUPERVISOR)
UPLOAD = {
    "required": True,
    "content": {
        "multipart/form-data": {
            "schema": {
                "type": "object",
                "required": ["file"],
                "properties": {
                    "file": {
                        "type": "string",
                        "format": "binary",
                        "description": "the bank's transfer list, CSV (UTF-8 or GBK) or XLSX, "
                        "with columns for ID number, amount and reference",
                    }
                },
            }
        }
    },
}


RESULT_FILE = {
    "200": {
        "content": {
            "text/csv": {"schema": {"type": "string"}},
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {
                "schema": {"type": "string", "format": "binary"}
            },
        }
    }
}


def _campaign(campaign_id: int, *, for_update: bool = False) -> Any:
    return service.get(
        db_session=session(), caller=caller(), campaign_id=campaign_id, for_update=for_update
    )


@blp.route("")
class Campaigns(MethodView):
    @requires(*READERS)
    @blp.response(200, CampaignSchema(many=True))
    @blp.doc(operationId="listCampaigns")
    def get(self) -> Any:
        """The campaigns of your units, newest first, with their budget figures."""
        return service.search(db_session=session(), caller=caller())

    @requires(Role.SUPERVISOR)
    @commits()
    @blp.arguments(CampaignIn)
    @blp.response(201, CampaignSchema)
    @blp.doc(operationId="openCampaign")
    def post(self, body: dict[str, Any]) -> Any:
        """Open a campaign: an aid kind, a budget, the amounts, who is eligible, a period."""
        campaign = service.open_campaign(db_session=session(), caller=caller(), data=body)
        return service.view_of(session(), campaign)


@blp.route("/<int:campaign_id>")
class CampaignDetail(MethodView):
    @requires(*READERS)
    @blp.response(200, CampaignSchema)
    @blp.doc(operationId="getCampaign")
    def get(self, campaign_id: int) -> Any:
        """The campaign: budget, committed, paid and remaining."""
        return service.view_of(session(), _campaign(campaign_id))


@blp.route("/<int:campaign_id>/closure")
class CampaignClosure(MethodView):
    @requires(Role.SUPERVISOR)
    @commits(body=False)
    @blp.response(200, CampaignSchema)
    @blp.alt_response(409, description="the campaign is already closed")
    @blp.doc(operationId="closeCampaign")
    def post(self, campaign_id: int) -> Any:
        """Close the campaign: no new list or confirmation; its cases are still paid."""
        campaign = service.close(campaign=_campaign(campaign_id, for_update=True))
        return service.view_of(session(), campaign)


@blp.route("/<int:campaign_id>/lists")
class CampaignLists(MethodView):
    @requires(*READERS)
    @commits()
    @blp.arguments(BuildIn)
    @blp.response(202, JobSchema)
    @blp.doc(operationId="buildCampaignList")
    def post(self, body: dict[str, Any], campaign_id: int) -> Any:
        """Build the list of eligible households; a worker does it, the job shows progress."""
        return jobs.request_build(
            db_session=session(),
            caller=caller(),
            campaign=_campaign(campaign_id),
            unit_code=body.get("unit"),
        )


@blp.route("/<int:campaign_id>/lists/<int:list_id>")
class CampaignListDetail(MethodView):
    @requires(*READERS)
    @blp.response(200, ListSchema)
    @blp.doc(operationId="getCampaignList")
    def get(self, campaign_id: int, list_id: int) -> Any:
        """The list: each household's amount, or why it is left off."""
        campaign = _campaign(campaign_id)
        found = service.get_list(db_session=session(), campaign=campaign, list_id=list_id)
        return service.list_view(session(), campaign, found)


@blp.route("/<int:campaign_id>/lists/<int:list_id>/confirmation")
class CampaignListConfirmation(MethodView):
    @requires(Role.SUPERVISOR)
    @commits(body=False)
    @blp.response(200, ListSchema)
    @blp.alt_response(409, description="over the budget (named with what is committed), or "
                      "the list is not ready")  # fmt: skip
    @blp.doc(operationId="confirmCampaignList")
    def post(self, campaign_id: int, list_id: int) -> Any:
        """Confirm the list (not its builder): one aid case per household, in payout."""
        campaign = _campaign(campaign_id, for_update=True)
        found = service.get_list(
            db_session=session(), campaign=campaign, list_id=list_id, for_update=True
        )
        service.confirm(db_session=session(), caller=caller(), campaign=campaign, found=found)
        return service.list_view(session(), campaign, found)


@blp.route("/<int:campaign_id>/transfers")
class CampaignTransfers(MethodView):
    @requires(Role.SUPERVISOR)
    @commits(body=False)
    @blp.response(202, JobSchema)
    @blp.doc(operationId="importTransferFile", requestBody=UPLOAD)
    def post(self, campaign_id: int) -> Any:
        """Upload the bank's transfer list; a worker matches each row to a case and pays it."""
        limit = current_app.extensions["settings"].transfer_file_max_bytes
        request.max_content_length = limit
        try:
            upload = request.files.get("file")
        except RequestEntityTooLarge:
            raise ApiError(
                413, N_("the file is too large (at most {mib} MiB)", mib=limit // 2**20)
            ) from None
        if upload is None or not upload.filename:
            raise invalid({"file": [N_("send the file as multipart/form-data, field file")]})
        campaign = _campaign(campaign_id)
        return jobs.request_import(
            db_session=session(),
            caller=caller(),
            campaign=campaign,
            content=upload.read(),
            filename=upload.filename,
        )


@blp.route("/<int:campaign_id>/jobs/<int:job_id>")
class CampaignJobDetail(MethodView):
    @requires(*READERS)
    @blp.response(200, JobSchema)
    @blp.doc(operationId="getCampaignJob")
    def get(self, campaign_id: int, job_id: int) -> Any:
        """A job's progress: queued, running (done of total), done or failed."""
        return service.job_of(db_session=session(), campaign=_campaign(campaign_id), job_id=job_id)


@blp.route("/<int:campaign_id>/jobs/<int:job_id>/result")
class CampaignJobResult(MethodView):
    @requires(Role.SUPERVISOR)
    @blp.arguments(ResultQuery, location="query", unknown=ma.RAISE)
    @blp.response(200)
    @blp.alt_response(409, description="the import is not done yet")
    @blp.doc(operationId="getTransferResultFile", responses=RESULT_FILE)
    def get(self, query: dict[str, Any], campaign_id: int, job_id: int) -> Any:
        """The transfer file's result: every row, matched or not, and why (CSV or XLSX)."""
        job = service.job_of(db_session=session(), campaign=_campaign(campaign_id), job_id=job_id)
        content = transfers.result_file(
            db_session=session(), job=job, form=query["format"], lang=language()
        )
        return download(
            content, stem=f"transfers-{campaign_id}-{job_id}", extension=query["format"]
        )
