"""Redis SIGKILLed with tasks queued and unconsumed: every event consumed once after restart."""

from __future__ import annotations

import redis
from sqlalchemy import select

from service.cases.models import Case, CaseEvent
from service.notifications.models import Notification
from service.outbox.models import ConsumedEvent, OutboxMessage
from tests import data, support
from tests.conftest import Staff
from tests.faults.conftest import Cluster, register, rows
from workers.tasks import relay_outbox

COLLECTIVE = 12  # workers involved: a collective dispute, its supervisors alerted


def test_events_published_to_a_redis_that_lost_them_are_all_consumed_once(
    cluster: Cluster, desk: Staff
) -> None:
    app = cluster.app
    client = app.test_client()
    involved = [1, COLLECTIVE, 1, 30, 2, 1]
    ids = [register(client, desk, data.dispute(workers_involved=n))["id"] for n in involved]
    # The relay publishes every event; no worker runs yet, so all of it waits in Redis.
    with app.app_context():
        assert relay_outbox() == 2 * len(ids)
    queue = redis.Redis(port=cluster.port)
    assert queue.llen("unioncase") >= 2 * len(ids)

    cluster.kill_redis()
    cluster.restart_redis()
    assert queue.llen("unioncase") == 0  # the queue went with the server
    cluster.start_worker()
    cluster.start_beat()

    routed = select(Case.id).where(Case.id.in_(ids), Case.status == "under_review")
    owed = (OutboxMessage.consumed_at.is_(None),)
    support.wait_for(lambda: rows(app, Case, Case.id.in_(ids), Case.status == "under_review")
                     == len(ids) and rows(app, OutboxMessage, *owed) == 0, timeout=90)  # fmt: skip

    assert rows(app, Case, Case.id.in_(routed.scalar_subquery())) == len(ids)
    assert rows(app, CaseEvent, CaseEvent.case_id.in_(ids), CaseEvent.action == "route") == len(ids)
    # Two collective disputes, each told to the supervisors of the unit and the one above.
    assert rows(app, Notification, Notification.kind == "collective_dispute") == 2 * 2
    assert rows(app, ConsumedEvent) == 2 * len(ids)
    assert rows(app, OutboxMessage, OutboxMessage.dead_at.is_not(None)) == 0
    assert rows(app, OutboxMessage, OutboxMessage.attempts > 1) == 2 * len(ids)  # sent again
