"""Scheduled reports: built on their working day, once, and delivered once by each channel."""

from __future__ import annotations

import email
import io
import json
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient
from openpyxl import load_workbook
from pytest_httpserver import HTTPServer
from sqlalchemy import func, select, update

from service.auth.enums import Role
from service.auth.models import OrgUnit, User
from service.db import unit_of_work
from service.notifications.models import Delivery, Notification
from service.reports import stored
from service.reports.models import StoredReport
from service.timers.schedule import calendar
from tests import support
from tests.api.report_data import NOW, build, on
from tests.conftest import Office
from tests.integration.test_pushes import (  # the mailbox and app fixtures too
    Mailbox,
    deliver,
    mailbox,  # noqa: F401
    pushing_app,  # noqa: F401
    robot,
)
from workflows.calendar import CHINA

# Past the next push window, whenever the suite runs (pushes wait for working hours).
LATER = datetime.now(CHINA) + timedelta(days=7)


def _build_due(app: Flask, day: date) -> list[int]:
    with app.app_context(), unit_of_work() as work:
        built = stored.build_due(db_session=work, day=day, working=calendar(work))
        work.commit()
    return built


def _reports(app: Flask) -> list[tuple[str, str, str]]:
    with app.app_context(), unit_of_work() as work:
        rows = work.execute(
            select(StoredReport.unit_id, StoredReport.kind, StoredReport.period).order_by(
                StoredReport.id
            )
        ).all()
        codes = {unit.id: unit.code for unit in work.scalars(select(OrgUnit))}
    return [(codes[unit_id], kind, period) for unit_id, kind, period in rows]


def test_built_on_the_first_working_day_after_national_day_and_only_once(
    client: FlaskClient, office: Office
) -> None:
    app = client.application
    with on(NOW):
        build(client, office)
    # Supervisors in XA, XA-HG and XA-HX: each unit gets its own report.
    for day in range(1, 8):  # the holiday: nothing yet
        assert _build_due(app, date(2026, 10, day)) == []
    first = _build_due(app, date(2026, 10, 8))
    assert len(first) == 6
    assert _build_due(app, date(2026, 10, 8)) == []  # a second beat, a re-run
    assert _build_due(app, date(2026, 10, 9)) == []
    assert sorted(_reports(app)) == sorted(
        (unit, kind, period)
        for unit in ("XA", "XA-HG", "XA-HX")
        for kind, period in (("monthly", "2026-09"), ("quarterly", "2026Q3"))
    )
    with app.app_context(), unit_of_work() as work:
        report = work.scalar(
            select(StoredReport).where(StoredReport.kind == "quarterly").order_by(StoredReport.id)
        )
        assert report is not None
        assert report.workflows_version == stored.workflows_version()
        assert report.figures["period"] == {"from": "2026-07-01", "to": "2026-09-30"}


def test_the_cli_builds_by_hand_and_says_when_it_exists(
    client: FlaskClient, office: Office
) -> None:
    with on(NOW):
        fixed = build(client, office)
    runner = client.application.test_cli_runner()
    first = runner.invoke(args=["reports", "build", "--unit", "XA-HG", "--month", "2026-10"])
    assert first.exit_code == 0, first.output
    assert "built report" in first.output
    again = runner.invoke(args=["reports", "build", "--unit", "XA-HG", "--month", "2026-10"])
    assert again.exit_code == 0 and "already exists" in again.output
    quarter = runner.invoke(args=["reports", "build", "--unit", "XA-HG", "--quarter", "2026Q4"])
    assert quarter.exit_code == 0 and "built report" in quarter.output
    for bad in (["--month", "2026-13"], ["--quarter", "2026Q5"], [], ["--month", "2026-10",
                "--quarter", "2026Q3"]):  # fmt: skip
        result = runner.invoke(args=["reports", "build", "--unit", "XA-HG", *bad])
        assert result.exit_code != 0, bad
    unknown = runner.invoke(args=["reports", "build", "--unit", "NOPE", "--month", "2026-10"])
    assert unknown.exit_code != 0

    # The kept report is the October figures as they were, and it downloads.
    headers = fixed.chair.headers
    with on(NOW):
        (listed,) = [
            r for r in client.get("/api/v1/reports", headers=headers).get_json()
            if r["period"] == "2026-10"
        ]  # fmt: skip
        kept = client.get(f"/api/v1/reports/{listed['id']}", headers=headers).get_json()
        assert kept["figures"]["total"]["registered"]["count"] == 5
        assert kept["figures"]["groups"][0]["group"] == "hardship_aid"
        xlsx = client.get(f"/api/v1/reports/{listed['id']}?format=xlsx", headers=headers)
        assert xlsx.status_code == 200
        assert load_workbook(io.BytesIO(xlsx.data)).sheetnames == ["汇总", "指标说明", "案件清单"]
        csv = client.get(f"/api/v1/reports/{listed['id']}?format=csv", headers=headers)
        assert csv.data.startswith("\ufeff".encode())


@pytest.fixture
def pushing(pushing_app: Flask, office: Office, httpserver: HTTPServer) -> Flask:  # noqa: F811
    office.unit("XA-HG", "和光社区联合工会")
    office.staff(Role.SUPERVISOR, "XA-HG", "chair")
    office.staff(Role.SUPERVISOR, "XA-HG", "vice")
    office.staff(Role.MEDIATOR, "XA-HG", "m1")
    with pushing_app.app_context(), unit_of_work() as work:
        work.execute(
            update(User)
            .where(User.username.in_(["chair", "vice", "m1"]))
            .values(email=User.username + "@xa.test")
        )
        work.commit()
    httpserver.expect_request("/robot", method="POST").respond_with_json({"errcode": 0})
    robot(pushing_app, "XA-HG", httpserver.url_for("/robot"))
    return pushing_app


def test_the_worker_builds_once_and_each_channel_delivers_once(
    pushing: Flask,
    mailbox: tuple[Mailbox, int],  # noqa: F811
    httpserver: HTTPServer,
    worker: Path,
) -> None:
    celery = pushing.extensions["celery"]
    # Two beats send the same task; the real worker runs both.
    celery.send_task(stored.BUILD_TASK)
    celery.send_task(stored.BUILD_TASK)
    count = select(func.count()).select_from(StoredReport)
    with pushing.app_context():

        def built() -> int:
            with unit_of_work() as work:
                return work.scalar(count) or 0

        # Today (the machine's date) both the last month's and the last quarter's are due.
        support.wait_for(lambda: built() == 2, timeout=30)
        support.wait_for(lambda: "build_due_reports" in Path(worker).read_text(), timeout=30)
    _build_due(pushing, datetime.now(CHINA).date())  # and a re-run by hand
    assert len(_reports(pushing)) == 2
    with pushing.app_context(), unit_of_work() as work:
        notes = work.execute(select(Notification.user_id, Notification.kind)).all()
        assert sorted(notes) == sorted(
            (user_id, "report")
            for user_id in work.scalars(select(User.id).where(User.role == Role.SUPERVISOR))
            for _ in range(2)
        )

    deliver(pushing, LATER)
    deliver(pushing, LATER)  # a second sweep sends nothing again
    box = mailbox[0]
    # Two reports, two supervisors with e-mail; the mediator is not sent any.
    assert (
        sorted(m.rcpt_tos[0] for m in box.messages) == ["chair@xa.test"] * 2 + ["vice@xa.test"] * 2
    )
    for envelope in box.messages:
        message = email.message_from_bytes(envelope.content)
        (attached,) = [p for p in message.walk() if p.get_filename()]
        assert attached.get_filename().endswith(".xlsx")
        book = load_workbook(io.BytesIO(attached.get_payload(decode=True)))
        assert book.sheetnames == ["汇总", "指标说明", "案件清单"]
    # The unit's robot hears each report once, with its headline figures.
    robot_texts = [json.loads(request.data)["text"]["content"] for request, _ in httpserver.log]
    assert len(robot_texts) == 2
    assert all("结案率" in text and "追回金额" in text for text in robot_texts)
    with pushing.app_context(), unit_of_work() as work:
        assert set(work.scalars(select(Delivery.status))) == {"sent"}
