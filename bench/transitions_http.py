"""Transitions over HTTP: POST /api/v1/cases/{id}/transitions against a bare versioned UPDATE.

    .venv/bin/python -m bench.transitions_http [--cases 500] [--clients 4] [--rounds 3]
                                               [--port 8801] [--warmup 100]

The reference is bench/bare_app.py's POST /bare/transition/{id}: Flask parsing the
JSON and one ``UPDATE … SET version = version + 1 WHERE id = :id AND version = :v``
(DESIGN §8). Both run under gunicorn with the same settings (bench.load.serve) on the
same PostgreSQL (BENCH_DATABASE_URL, recreated), the service on --port and the bare
endpoint on the next one.

Each round the service's mediator moves --cases fresh disputes, registered and routed
to review beforehand in this process, through accept and then agree (an agreement
with one instalment): two requests per case from the same client, the second sending
the ETag the first answered with. The bare side updates as many fresh rows twice,
version 1 then 2. Every request must succeed (200); failures are counted and shown.
Rounds alternate which side goes first, after a warm-up of --warmup cases per side.
"""

from __future__ import annotations

import argparse
import random

from sqlalchemy import create_engine

from bench.bare_app import bare_cases, metadata
from bench.load import PREVIOUS_ETAG, Call, Result, drive_plan, report, serve, stop
from bench.seed import (
    AGREEMENT,
    analyze,
    bench_env,
    create_staff,
    migrated_app,
    register_cases,
    route_cases,
)


def _service_plan(versions: dict[int, int], token: str, clients: int) -> list[list[Call]]:
    headers = {"Content-Type": "application/json", "Authorization": f"Bearer {token}"}
    shares: list[list[Call]] = [[] for _ in range(clients)]
    for index, (case_id, version) in enumerate(sorted(versions.items())):
        path = f"/api/v1/cases/{case_id}/transitions"
        agree = {"action": "agree", "data": AGREEMENT}
        shares[index % clients] += [
            Call(path, {"action": "accept"}, {**headers, "If-Match": f'"{version}"'}),
            Call(path, agree, {**headers, "If-Match": PREVIOUS_ETAG}),
        ]
    return shares


def _bare_plan(url: str, count: int, clients: int) -> list[list[Call]]:
    engine = create_engine(url)
    metadata.create_all(engine)
    with engine.begin() as connection:
        ids = connection.scalars(
            bare_cases.insert()
            .values([{"type": "labour_dispute", "category": "wage_arrears", "version": 1}] * count)
            .returning(bare_cases.c.id)
        ).all()
    engine.dispose()
    headers = {"Content-Type": "application/json"}
    shares: list[list[Call]] = [[] for _ in range(clients)]
    for index, row_id in enumerate(ids):
        path = f"/bare/transition/{row_id}"
        shares[index % clients] += [
            Call(path, {"version": 1}, headers),
            Call(path, {"version": 2}, headers),
        ]
    return shares


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cases", type=int, default=500, help="cases per round and side")
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--port", type=int, default=8801)
    parser.add_argument("--warmup", type=int, default=100, help="unmeasured cases per side")
    options = parser.parse_args()

    env = bench_env()
    app = migrated_app(env)
    staff = create_staff(app)
    rng = random.Random(11)
    # Round 0 is the warm-up: every gunicorn worker compiles its statements and connects.
    plans: dict[str, list[list[list[Call]]]] = {"service": [], "bare": []}
    for round_ in range(options.rounds + 1):
        count = options.warmup if round_ == 0 else options.cases
        versions = route_cases(app, register_cases(app, staff, count, rng))
        plans["service"].append(_service_plan(versions, staff.mediator_token, options.clients))
        plans["bare"].append(_bare_plan(env["DATABASE_URL"], count, options.clients))
    app.extensions["database"].engine.dispose()
    analyze(env["DATABASE_URL"])

    ports = {"service": options.port, "bare": options.port + 1}
    service = serve("service.app:create_app()", ports["service"], env)
    bare = serve("bench.bare_app:create_app()", ports["bare"], env)
    results: dict[str, list[Result]] = {"service": [], "bare": []}
    try:
        for side in ports:
            drive_plan(port=ports[side], shares=plans[side][0], expected=200)
        for round_ in range(1, options.rounds + 1):
            order = ["bare", "service"] if round_ % 2 == 1 else ["service", "bare"]
            for side in order:
                result = drive_plan(port=ports[side], shares=plans[side][round_], expected=200)
                results[side].append(result)
                print(f"round {round_}  {result.line(side)}", flush=True)
    finally:
        stop(service, bare)
    report(
        project="service transition",
        reference="bare versioned UPDATE",
        ours=[r.rate for r in results["service"]],
        theirs=[r.rate for r in results["bare"]],
        unit="req/s",
        target=">= 0.5",
    )


if __name__ == "__main__":
    main()
