"""What bench.floor replays: one request's statements captured through the real app.

``capture`` takes, by SQLAlchemy's ``before_cursor_execute``, the statements and
parameters of one intake, one accept and one agree over HTTP (the Flask test client)
and of the four steps bench.transitions takes in one process, and what each wrote;
``check`` replays each (bench.replay) and stops the run unless it wrote the same rows,
and shows that a stale transition batch, the timer cancel in its ``WITH`` included,
writes nothing: the floor keeps the service's 412.
"""

from __future__ import annotations

import functools
import random
from collections.abc import Callable
from typing import Any

from flask import Flask
from sqlalchemy import Engine, event, text

from bench.profile_requests import _one_line
from bench.replay import (
    Captured,
    Replay,
    Sent,
    Statement,
    event_values,
    intake_values,
    transition_values,
)
from bench.seed import AGREEMENT, Staff, intake_body, register_cases, route_cases
from bench.transitions import step, walk

# What a request writes, as counts: the check that a replay writes what the service wrote.
WRITTEN = text(
    "SELECT (SELECT count(*) FROM cases) AS cases,"
    " (SELECT count(*) FROM case_events) AS events,"
    " (SELECT count(*) FROM outbox) AS outbox,"
    " (SELECT count(*) FROM timers) AS timers,"
    " (SELECT count(*) FROM timers WHERE status IN ('cancelled', 'lapsed')) AS timers_ended,"
    " (SELECT count(*) FROM notifications WHERE cleared_at IS NOT NULL) AS cleared,"
    " (SELECT count(*) FROM personal_data_reads) AS access_log,"
    " (SELECT coalesce(sum(last_value), 0) FROM case_counters) AS numbers,"
    " (SELECT coalesce(sum(version), 0) FROM cases) AS versions"
)


def _counts(engine: Any) -> dict[str, int]:
    with engine.connect() as connection:
        return dict(connection.execute(WRITTEN).one()._asdict())


def _difference(before: dict[str, int], after: dict[str, int]) -> dict[str, int]:
    return {kind: after[kind] - before[kind] for kind in before}


class _Recorder:
    """The statements one request or step sends, that it committed once, and what it wrote."""

    def __init__(self, engine: Any) -> None:
        self.engine = engine
        self.sent: list[Sent] = []
        self.commits = 0
        self.written: dict[str, dict[str, int]] = {}

    def statement(self, *args: Any) -> None:
        _conn, _cursor, sql, params, _context, executemany = args
        if executemany:
            raise SystemExit("an executemany cannot be replayed as captured")
        self.sent.append(Sent(sql, dict(params)))

    def commit(self, _conn: Any) -> None:
        self.commits += 1

    def around(self, kind: str, request: Callable[[], object]) -> list[Sent]:
        before = _counts(self.engine)
        self.sent, self.commits = [], 0
        request()
        sent, self.sent = self.sent, []
        if self.commits != 1:
            raise SystemExit(f"{kind}: expected one COMMIT, saw {self.commits}")
        self.written[kind] = _difference(before, _counts(self.engine))
        for statement in sent:
            events = {v for k, v in statement.params.items() if k.endswith("_event_id")}
            if len(events) > 1:
                raise SystemExit("a batch of several events: bench.replay gives one fresh id")
        return sent


def _checked(response: Any, expected: int) -> Any:
    if response.status_code != expected:
        raise SystemExit(f"expected {expected}, got {response.status_code}: {response.get_data()}")
    return response


def capture(app: Flask, staff: Staff) -> tuple[Captured, dict[str, dict[str, int]]]:
    """The statements of one intake, one accept and one agree, and of the four steps.

    Also what each wrote (see WRITTEN), by kind: "intake", "http:accept", "step:route", ...
    """

    engine = app.extensions["database"].engine
    recorder = _Recorder(engine)
    client = app.test_client()
    rng = random.Random(3)
    desk = {"Authorization": f"Bearer {staff.desk_token}"}
    mediator = {"Authorization": f"Bearer {staff.mediator_token}"}
    made: list[int] = []

    def intake() -> None:
        body = {**intake_body(rng), "assignee": "mediator"}
        made.append(_checked(client.post("/api/v1/cases", json=body, headers=desk), 201).json["id"])

    event.listen(engine, "before_cursor_execute", recorder.statement)
    event.listen(engine, "commit", recorder.commit)
    try:
        # Each kind's last request is kept: the earlier ones warm SQLAlchemy's caches.
        intakes = [recorder.around("intake", intake) for _ in range(3)][-1]
        versions = route_cases(app, made)
        http: dict[str, list[Sent]] = {}
        for case_id in made[:2]:
            path, etag = f"/api/v1/cases/{case_id}/transitions", [f'"{versions[case_id]}"']
            bodies: list[dict[str, Any]] = [
                {"action": "accept"},
                {"action": "agree", "data": AGREEMENT},
            ]
            for body in bodies:

                def post(path: str = path, body: Any = body, etag: list[str] = etag) -> None:
                    headers = {**mediator, "If-Match": etag[0]}
                    response = client.post(path, json=body, headers=headers)
                    etag[0] = _checked(response, 200).headers["ETag"]

                http[body["action"]] = recorder.around(f"http:{body['action']}", post)

        steps: dict[str, list[Sent]] = {}
        with app.app_context():
            for case_id in register_cases(app, staff, 2, rng):
                for action, actor, actor_id, data in walk(staff.mediator_id):
                    steps[action] = recorder.around(
                        f"step:{action}",
                        functools.partial(step, case_id, action, actor, actor_id, data),
                    )
    finally:
        event.remove(engine, "before_cursor_execute", recorder.statement)
        event.remove(engine, "commit", recorder.commit)
    number = next(s.params["c_number"] for s in intakes if "c_number" in s.params)
    return Captured(intakes, http, steps, number), recorder.written


def _replay_written(engine: Any, replay: Replay, values: dict[str, Any]) -> dict[str, int]:
    before = _counts(engine)
    connection = engine.raw_connection()
    try:
        if not replay.run(connection, values):
            raise SystemExit("a replay found its case's version moved")
    finally:
        connection.close()
    return _difference(before, _counts(engine))


def check(app: Flask, staff: Staff, captured: Captured, written: dict[str, dict[str, int]]) -> None:
    """Each replay writes what the service wrote; a stale transition batch writes nothing."""
    engine = app.extensions["database"].engine
    rng = random.Random(5)
    number = captured.number
    seen = {
        "intake": _replay_written(
            engine, Replay.of(captured.intake, number), intake_values(intake_body(rng))
        )
    }
    (case_id,) = route_cases(app, register_cases(app, staff, 1, rng))
    for action, sent in captured.http.items():
        seen[f"http:{action}"] = _replay_written(
            engine, Replay.of(sent, number), transition_values(case_id)
        )
    (case_id,) = register_cases(app, staff, 1, rng)
    for action, sent in captured.steps.items():
        values = {"case_id": case_id, **event_values()}
        seen[f"step:{action}"] = _replay_written(engine, Replay.of(sent, number), values)
    for kind, rows in written.items():
        if seen[kind] != rows:
            raise SystemExit(f"floor {kind} wrote {seen[kind]}, the service {rows}")
    print("rows written (the service and the floor alike):")
    for kind, rows in written.items():
        print(f"  {kind:14} " + ", ".join(f"{k} {v:+d}" for k, v in rows.items() if v))
    # A stale version: the service's accept batch, its timer cancel included, writes nothing.
    (case_id,) = route_cases(app, register_cases(app, staff, 1, rng))
    batch = next(s for s in captured.http["accept"] if s.sql.startswith("WITH moved"))
    if "cancelled AS" not in batch.sql:
        raise SystemExit("the captured accept's write batch no longer cancels its timers")
    stale = Statement.of(batch)
    values = {
        **transition_values(case_id),
        "version": 0,
        "next_version": 1,
        "next_length": 1,
        "prev_hash": "",
    }
    before = _counts(engine)
    connection = engine.raw_connection()
    try:
        with connection.cursor() as cursor:
            cursor.execute(stale.sql, stale.filled(values))
            returned = cursor.fetchall()
        connection.commit()
    finally:
        connection.close()
    wrote = {k: v for k, v in _difference(before, _counts(engine)).items() if v}
    if returned or wrote:
        raise SystemExit(f"a stale transition batch returned {returned} and wrote {wrote}")
    print("  a stale version: the accept's batch returns no row and writes nothing\n")


def print_captured(captured: Captured) -> None:
    kinds: list[tuple[str, list[Sent]]] = [("intake", captured.intake)]
    for action, sent in captured.http.items():
        kinds.append((f"{action} over HTTP", sent))
    for action, sent in captured.steps.items():
        kinds.append((f"{action} in one process", sent))
    for name, sent in kinds:
        print(f"--- {name}: {len(sent)} statements and COMMIT ---")
        for number, statement in enumerate(sent, 1):
            print(f"{number:3}. {_one_line(statement.sql, 150)}")
    print(flush=True)


def bare_statements(engine: Any, rng: random.Random) -> tuple[Sent, Sent]:
    """The statements of one bare insert and one bare versioned UPDATE, as sent."""
    from bench.bare_app import create_app as bare_app

    client = bare_app().test_client()
    recorder = _Recorder(engine)
    made: list[int] = []

    def insert() -> None:
        made.append(_checked(client.post("/bare/cases", json=intake_body(rng)), 201).json["id"])

    def update() -> None:
        _checked(client.post(f"/bare/transition/{made[-1]}", json={"version": 1}), 200)

    event.listen(Engine, "before_cursor_execute", recorder.statement)
    event.listen(Engine, "commit", recorder.commit)
    try:
        (inserted,) = recorder.around("bare insert", insert)
        (updated,) = recorder.around("bare update", update)
    finally:
        event.remove(Engine, "before_cursor_execute", recorder.statement)
        event.remove(Engine, "commit", recorder.commit)
    return inserted, updated
