"""A worker SIGKILLed mid-task: the broker hands the task on, and its effect happens once."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from flask import Flask
from sqlalchemy import text

from service.cases.models import Case, CaseEvent
from service.notifications.models import Notification
from service.outbox.models import OutboxMessage
from tests import data, support
from tests.conftest import Staff
from tests.faults.conftest import Cluster, kill, register, rows
from workers.tasks import relay_outbox


@contextmanager
def case_locked(app: Flask, case_id: int) -> Iterator[None]:
    """Hold the case (on SQLite, the whole database) so that its consumers wait mid-task."""
    engine = app.extensions["database"].engine
    with engine.connect() as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(
                text("SELECT id FROM cases WHERE id = :id FOR UPDATE"), {"id": case_id}
            )
        else:
            connection.execute(text("SELECT 1"))  # BEGIN IMMEDIATE (service.db): the write lock
        yield
        connection.rollback()


def test_a_task_whose_worker_was_killed_is_done_once_by_another(
    cluster: Cluster, desk: Staff
) -> None:
    # Only the broker's visibility timeout can bring these tasks back, not the relay.
    cluster.env["OUTBOX_REDELIVER_SECONDS"] = "3600"
    app = cluster.app
    app.extensions["settings"] = cluster.settings.replace(outbox_redeliver_seconds=3600)
    client = app.test_client()
    case_id = register(client, desk, data.dispute(workers_involved=20))["id"]
    with app.app_context():
        assert relay_outbox() == 2

    with case_locked(app, case_id):
        first = cluster.start_worker("first-worker")
        log = cluster.log("first-worker")
        support.wait_for(lambda: "unioncase.route_case[" in log.read_text()
                         and "unioncase.alert_collective[" in log.read_text(), timeout=30)  # fmt: skip
        kill(first)

    cluster.start_worker("second-worker")
    support.wait_for(lambda: rows(app, Case, Case.id == case_id, Case.status == "under_review")
                     and rows(app, Notification) == 2, timeout=60)  # fmt: skip

    assert rows(app, CaseEvent, CaseEvent.case_id == case_id, CaseEvent.action == "route") == 1
    assert rows(app, Notification, Notification.kind == "collective_dispute") == 2
    # The relay published each once: the broker redelivered them after the kill.
    assert rows(app, OutboxMessage, OutboxMessage.attempts == 1) == 2
    assert "succeeded" not in log.read_text()
