"""Two beats, and a beat whose lock connection is killed: each job and each timer once."""

from __future__ import annotations

import re
from datetime import timedelta
from itertools import pairwise
from pathlib import Path

import pytest
from flask import Flask
from sqlalchemy import text

from service.auth.enums import Role
from service.beat_lock import LOCK_KEY
from service.cases.models import Case, CaseEvent
from service.db import unit_of_work, utcnow
from service.notifications.models import Notification
from tests import data, support
from tests.api.workflow_helpers import do
from tests.conftest import Office, Staff
from tests.faults.conftest import Cluster, register, rows

SENT = re.compile(r"(\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d[,.]\d+).*Sending due task (\S+)")


def _sends(log: Path, job: str) -> list[str]:
    """When this beat sent ``job``, as the timestamps of its log lines."""
    found = (SENT.search(line) for line in log.read_text().splitlines())
    return [
        match[1].replace("T", " ").replace(".", ",") for match in found if match and match[2] == job
    ]


def _holders(*logs: Path, job: str = "heartbeat") -> list[int]:
    """Which beat sent each run of ``job``, in the order they were sent."""
    sends = sorted((at, beat) for beat, log in enumerate(logs) for at in _sends(log, job))
    return [beat for _, beat in sends]


def _switches(holders: list[int]) -> int:
    return sum(1 for before, after in pairwise(holders) if before != after)


def _expired_mediations(client, office: Office, desk: Staff, count: int) -> list[int]:  # type: ignore[no-untyped-def]
    """Cases whose 15-day mediation is over as soon as they are accepted."""
    mediator = office.staff(Role.MEDIATOR, "XA-HG", username="mediator-on-duty")
    received = (utcnow() - timedelta(days=20)).isoformat()
    ids = []
    for _ in range(count):
        body = data.dispute(received_at=received, known_on="2026-10-01", assignee=mediator.username)
        ids.append(register(client, desk, body)["id"])
    app = client.application
    support.wait_for(lambda: rows(app, Case, Case.id.in_(ids), Case.status == "under_review")
                     == count, timeout=30)  # fmt: skip
    for case_id in ids:
        do(client, mediator, case_id, "accept")
    return ids


def _each_timer_fired_once(app: Flask, ids: list[int]) -> None:
    deemed = (CaseEvent.case_id.in_(ids), CaseEvent.action == "deem_failed")
    support.wait_for(lambda: rows(app, CaseEvent, *deemed) == len(ids), timeout=30)
    notices = (Notification.case_id.in_(ids), Notification.kind == "mediation_limit.due")
    support.wait_for(lambda: rows(app, Notification, *notices) == len(ids), timeout=15)
    for case_id in ids:
        assert (
            rows(app, CaseEvent, CaseEvent.case_id == case_id, CaseEvent.action == "deem_failed")
            == 1
        )


def test_two_beats_run_each_job_once(cluster: Cluster, desk: Staff, office: Office) -> None:
    client = cluster.app.test_client()
    cluster.start_worker()
    cluster.start_beat("beat-a")
    cluster.start_beat("beat-b")
    a, b = cluster.log("beat-a"), cluster.log("beat-b")
    ids = _expired_mediations(client, office, desk, 3)
    _each_timer_fired_once(cluster.app, ids)
    support.wait_for(lambda: len(_holders(a, b)) >= 6, timeout=30)

    assert _switches(_holders(a, b)) == 0  # one beat sent every run; the other none
    assert "this one sends nothing" in a.read_text() + b.read_text()


def test_a_beat_whose_lock_connection_is_killed_stops_and_one_takes_over(
    cluster: Cluster, desk: Staff, office: Office
) -> None:
    app = cluster.app
    if app.extensions["settings"].is_sqlite:
        pytest.skip("the lock's connection is PostgreSQL's (SQLite's is a file lock)")
    client = app.test_client()
    cluster.start_worker()
    cluster.start_beat("beat-a")
    cluster.start_beat("beat-b")
    a, b = cluster.log("beat-a"), cluster.log("beat-b")
    support.wait_for(lambda: len(_holders(a, b)) >= 3, timeout=30)
    (holder,) = set(_holders(a, b))
    holder_log, standby_log = (a, b)[holder], (b, a)[holder]
    # The other beat has started and stands by (under load, it can take a while).
    support.wait_for(lambda: "this one sends nothing" in standby_log.read_text(), timeout=60)

    with app.app_context(), unit_of_work() as work:
        killed = work.scalars(
            text(
                "SELECT pg_terminate_backend(l.pid) FROM pg_locks l"
                " JOIN pg_database d ON d.oid = l.database AND d.datname = current_database()"
                " WHERE l.locktype = 'advisory' AND l.classid = 0 AND l.objid = :key AND l.granted"
            ),
            {"key": LOCK_KEY},
        ).all()
    assert killed == [True]
    support.wait_for(lambda: "lost its lock" in holder_log.read_text(), timeout=30)
    after = len(_holders(a, b))
    ids = _expired_mediations(client, office, desk, 3)
    _each_timer_fired_once(app, ids)
    support.wait_for(lambda: len(_holders(a, b)) >= after + 4, timeout=30)

    # Runs went on, and never from both beats at once: the sender changed at most once.
    assert _switches(_holders(a, b)) <= 1
    assert "took the beat lock" in a.read_text() + b.read_text()
