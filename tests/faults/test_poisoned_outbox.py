"""A poisoned outbox row is dead-lettered after its attempts; the events behind it flow."""

from __future__ import annotations

from sqlalchemy import select

from service.auth.enums import Role
from service.cases.models import Case, CaseEvent
from service.db import unit_of_work
from service.outbox import service as outbox
from service.outbox.models import OutboxMessage
from tests import data, support
from tests.conftest import Office, Staff
from tests.faults.conftest import Cluster, register, rows


def test_a_row_no_worker_can_consume_is_dead_lettered_and_the_rest_flow(
    cluster: Cluster, desk: Staff, office: Office
) -> None:
    cluster.env["OUTBOX_REDELIVER_SECONDS"] = "1"
    app = cluster.app
    client = app.test_client()
    poisoned_case = register(client, desk, data.dispute())["id"]
    # Owed to a consumer no worker knows (one retired in a newer release): every
    # publication is discarded by the worker and never recorded.
    with app.app_context(), unit_of_work() as work:
        event = work.scalar(select(CaseEvent).where(CaseEvent.case_id == poisoned_case))
        work.add(
            OutboxMessage(
                event_id=event.event_id,
                consumer="retired_consumer",
                topic="case.register",
                case_id=poisoned_case,
                payload={"event_id": event.event_id},
            )
        )
        work.commit()
    cluster.start_worker()
    cluster.start_beat()
    later = [register(client, desk, data.dispute())["id"] for _ in range(3)]

    dead = (OutboxMessage.consumer == "retired_consumer", OutboxMessage.dead_at.is_not(None))
    support.wait_for(lambda: rows(app, OutboxMessage, *dead) == 1, timeout=90)
    routed = (Case.id.in_([poisoned_case, *later]), Case.status == "under_review")
    support.wait_for(lambda: rows(app, Case, *routed) == 4, timeout=30)

    (message,) = _dead(app)
    assert message.attempts == outbox.MAX_ATTEMPTS
    assert message.last_error == "not consumed after every attempt"
    assert rows(app, OutboxMessage, OutboxMessage.consumed_at.is_(None)) == 1
    admin = office.staff(Role.ADMIN, "XA")
    listed = client.get("/api/v1/outbox/dead", headers=admin.headers).get_json()
    assert [(d["event_id"], d["consumer"]) for d in listed] == [
        (message.event_id, "retired_consumer")
    ]


def _dead(app) -> list[OutboxMessage]:  # type: ignore[no-untyped-def]
    with app.app_context(), unit_of_work() as work:
        return list(work.scalars(select(OutboxMessage).where(OutboxMessage.dead_at.is_not(None))))
