"""E-mail and robot pushes against a real SMTP server and a real HTTP server."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from collections.abc import Iterator
from datetime import datetime, timedelta
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from flask import Flask
from pytest_httpserver import HTTPServer
from sqlalchemy import select, update
from werkzeug import Request, Response

from service.app import create_app
from service.auth.enums import Role
from service.auth.models import OrgUnit, User
from service.config import Settings
from service.db import unit_of_work
from service.notifications import push
from service.notifications.models import Delivery
from service.notifications.service import notify
from tests import support
from tests.conftest import Office
from workers.tasks import send_push
from workflows.calendar import CHINA

# A Wednesday evening and the Thursday morning after it.
LATE = datetime(2026, 11, 18, 23, 0, tzinfo=CHINA)
MORNING = datetime(2026, 11, 19, 8, 31, tzinfo=CHINA)


class Mailbox:
    def __init__(self) -> None:
        self.messages: list[Any] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.messages.append(envelope)
        return "250 OK"


@pytest.fixture
def mailbox() -> Iterator[tuple[Mailbox, int]]:
    box = Mailbox()
    port = support.free_port()
    controller = Controller(box, hostname="127.0.0.1", port=port)
    controller.start()
    yield box, port
    controller.stop()


@pytest.fixture
def pushing_app(db: Flask, settings: Settings, mailbox: tuple[Mailbox, int]) -> Flask:
    """The app as a worker runs it, with e-mail going to the test's SMTP server."""
    smtp = settings.replace(smtp_host="127.0.0.1", smtp_port=mailbox[1], smtp_from="uc@test")
    return create_app({"SETTINGS": smtp, "TESTING": True})


def robot(app: Flask, code: str, url: str, kind: str = "wecom", secret: str | None = None) -> None:
    with app.app_context(), unit_of_work() as work:
        work.execute(
            update(OrgUnit)
            .where(OrgUnit.code == code)
            .values(webhook_url=url, webhook_format=kind, webhook_secret=secret)
        )
        work.commit()


def tell(app: Flask, user_ids: list[int], key: str, due_at: datetime = LATE) -> None:
    with app.app_context(), unit_of_work() as work:
        notify(
            db_session=work,
            user_ids=user_ids,
            case_id=None,
            kind="acceptance_decision.reminder",
            message="XA-HG-LD-2026-00042 请在 2026-11-20 前作出是否受理的决定",
            source_key=key,
            due_at=due_at,
        )
        work.commit()


def deliver(app: Flask, now: datetime) -> list[int]:
    """One push sweep at ``now`` and the sending of what it claimed, as the worker does."""
    with app.app_context():
        with unit_of_work() as work:
            claimed = push.claim_due(db_session=work, now=now)
            work.commit()
        for delivery_id in claimed:
            send_push(delivery_id)
    return claimed


def deliveries(app: Flask) -> list[Delivery]:
    with app.app_context(), unit_of_work() as work:
        return list(work.scalars(select(Delivery).order_by(Delivery.id)))


@pytest.fixture
def people(office: Office) -> dict[str, Any]:
    office.unit("XA-HG")
    mediator = office.staff(Role.MEDIATOR, "XA-HG")
    chair = office.staff(Role.SUPERVISOR, "XA-HG")
    with office.app.app_context(), unit_of_work() as work:
        work.execute(update(User).where(User.id == mediator.user_id).values(email="li@xa.test"))
        work.commit()
    return {"mediator": mediator, "chair": chair}


def test_email_and_robot_payloads(
    pushing_app: Flask, mailbox: tuple[Mailbox, int], httpserver: HTTPServer, people: dict
) -> None:
    httpserver.expect_request("/robot", method="POST").respond_with_json({"errcode": 0})
    robot(pushing_app, "XA-HG", httpserver.url_for("/robot"))
    tell(pushing_app, [people["mediator"].user_id], "timer:1")

    deliver(pushing_app, MORNING)

    (mail,) = mailbox[0].messages
    assert mail.rcpt_tos == ["li@xa.test"]
    assert mail.mail_from == "uc@test"
    assert "XA-HG-LD-2026-00042" in mail.content.decode()
    ((request, _),) = httpserver.log
    assert json.loads(request.data) == {
        "msgtype": "text",
        "text": {"content": "XA-HG-LD-2026-00042 请在 2026-11-20 前作出是否受理的决定"},
    }
    assert [d.status for d in deliveries(pushing_app)] == ["sent", "sent"]


def test_quiet_hours_keep_the_push_until_the_next_working_morning(
    pushing_app: Flask, mailbox: tuple[Mailbox, int], people: dict
) -> None:
    tell(pushing_app, [people["mediator"].user_id], "timer:2")
    worklist = pushing_app.test_client().get("/api/v1/worklist", headers=people["mediator"].headers)
    assert [i["what"][:19] for i in worklist.get_json()["items"]] == ["XA-HG-LD-2026-00042"]

    assert deliver(pushing_app, LATE + timedelta(minutes=5)) == []
    assert deliver(pushing_app, datetime(2026, 11, 19, 8, 29, tzinfo=CHINA)) == []
    assert len(deliver(pushing_app, MORNING)) == 1
    assert len(mailbox[0].messages) == 1


def test_a_failing_robot_is_retried_then_dead_lettered(
    pushing_app: Flask, httpserver: HTTPServer, office: Office, people: dict
) -> None:
    httpserver.expect_request("/robot").respond_with_data("busy", status=502)
    robot(pushing_app, "XA-HG", httpserver.url_for("/robot"))
    tell(pushing_app, [people["chair"].user_id], "timer:3")

    now = MORNING
    for attempt in range(1, push.MAX_ATTEMPTS + 1):
        assert len(deliver(pushing_app, now)) == 1
        (delivery,) = deliveries(pushing_app)
        assert delivery.attempts == attempt
        assert "502" in delivery.last_error
        now = delivery.next_attempt_at.astimezone(CHINA) + timedelta(seconds=1)
    assert delivery.status == "dead"
    assert deliver(pushing_app, now + timedelta(days=1)) == []
    assert len(httpserver.log) == push.MAX_ATTEMPTS

    admin = office.staff(Role.ADMIN, "XA-HG")
    dead = pushing_app.test_client().get("/api/v1/pushes/dead", headers=admin.headers)
    assert [d["channel"] for d in dead.get_json()] == ["wecom"]
    # An admin of another community sees none of XA-HG's dead pushes (issue 7.8).
    office.unit("XB")
    other = office.staff(Role.ADMIN, "XB")
    assert pushing_app.test_client().get("/api/v1/pushes/dead", headers=other.headers).json == []


def test_a_robot_that_answers_with_an_error_code_is_a_failure(
    pushing_app: Flask, httpserver: HTTPServer, people: dict
) -> None:
    httpserver.expect_request("/robot").respond_with_json({"errcode": 93000, "errmsg": "invalid"})
    robot(pushing_app, "XA-HG", httpserver.url_for("/robot"))
    tell(pushing_app, [people["chair"].user_id], "timer:4")
    deliver(pushing_app, MORNING)
    (delivery,) = deliveries(pushing_app)
    assert (delivery.status, delivery.attempts) == ("pending", 1)
    assert "93000" in delivery.last_error


def test_no_push_is_sent_twice(
    pushing_app: Flask, mailbox: tuple[Mailbox, int], httpserver: HTTPServer, people: dict
) -> None:
    httpserver.expect_request("/robot").respond_with_json({"errcode": 0})
    robot(pushing_app, "XA-HG", httpserver.url_for("/robot"))
    # Two people of one unit told of one thing: its robot hears it once.
    both = [people["mediator"].user_id, people["chair"].user_id]
    tell(pushing_app, both, "timer:5")
    tell(pushing_app, both, "timer:5")  # the same cause handled again

    claimed = deliver(pushing_app, MORNING)
    with pushing_app.app_context():
        for delivery_id in claimed:  # the broker redelivers every task
            send_push(delivery_id)
    deliver(pushing_app, MORNING + timedelta(hours=1))

    assert len(mailbox[0].messages) == 1
    assert len(httpserver.log) == 1


def test_an_interrupted_send_is_never_repeated(
    pushing_app: Flask, mailbox: tuple[Mailbox, int], people: dict
) -> None:
    tell(pushing_app, [people["mediator"].user_id], "timer:6")
    with pushing_app.app_context():
        with unit_of_work() as work:
            (delivery_id,) = push.claim_due(db_session=work, now=MORNING)
            work.commit()
        with unit_of_work() as work:
            assert push.begin(db_session=work, delivery_id=delivery_id) is not None
            work.commit()
        # The worker died here, mid-send. Its redelivered task must not send again.
        send_push(delivery_id)
    assert mailbox[0].messages == []
    later = datetime.now(CHINA) + push.STALE_SENDING + timedelta(minutes=1)
    assert deliver(pushing_app, later) == []
    (delivery,) = deliveries(pushing_app)
    assert delivery.status == "dead"
    assert "may have gone out" in delivery.last_error


def test_dingtalk_robots_are_signed(
    pushing_app: Flask, httpserver: HTTPServer, people: dict
) -> None:
    seen: list[Request] = []

    def answer(request: Request) -> Response:
        seen.append(request)
        return Response(json.dumps({"errcode": 0}), content_type="application/json")

    httpserver.expect_request("/robot/send").respond_with_handler(answer)
    robot(
        pushing_app, "XA-HG", httpserver.url_for("/robot/send?access_token=t"), "dingtalk", "SEC1"
    )
    tell(pushing_app, [people["chair"].user_id], "timer:7")
    deliver(pushing_app, MORNING)

    (request,) = seen
    timestamp, sign = request.args["timestamp"], request.args["sign"]
    expected = base64.b64encode(
        hmac.new(b"SEC1", f"{timestamp}\nSEC1".encode(), hashlib.sha256).digest()
    ).decode()
    assert request.args["access_token"] == "t"
    assert sign == expected
