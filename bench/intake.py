"""Intake throughput: the service's POST /api/v1/cases against a bare insert endpoint.

    .venv/bin/python -m bench.intake [--requests 2000] [--clients 4] [--rounds 3] [--port 8801]
                                    [--warmup 200]

Both run under gunicorn with the same settings (bench.load.serve) on the same
PostgreSQL (BENCH_DATABASE_URL, default the local `unioncase_bench` database,
recreated), the service on --port and the bare endpoint (bench/bare_app.py) on the
next port. After --warmup unmeasured requests to each, each round drives both, in
alternating order so that a drift of the shared machine does not favour one side;
the runner prints every round, the rates as min / median / max and the ratio.
DESIGN §8 wants >= 0.5.
"""

from __future__ import annotations

import argparse
import random

from bench.load import Call, Result, drive_plan, report, serve, stop
from bench.seed import analyze, bench_env, create_staff, intake_body, migrated_app


def _intakes(rng: random.Random, path: str, headers: dict[str, str], count: int) -> list[Call]:
    return [Call(path, intake_body(rng), headers) for _ in range(count)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--port", type=int, default=8801)
    parser.add_argument("--warmup", type=int, default=200, help="unmeasured requests per side")
    options = parser.parse_args()

    env = bench_env()
    staff = create_staff(migrated_app(env))
    rng = random.Random(8)
    json_body = {"Content-Type": "application/json"}
    sides = {
        "bare": (options.port + 1, "/bare/cases", json_body),
        "service": (
            options.port,
            "/api/v1/cases",
            {**json_body, "Authorization": f"Bearer {staff.desk_token}"},
        ),
    }
    service = serve("service.app:create_app()", options.port, env)
    bare = serve("bench.bare_app:create_app()", options.port + 1, env)
    results: dict[str, list[Result]] = {"bare": [], "service": []}
    try:
        # Every gunicorn worker compiles its statements and connects before round 1.
        for port, path, headers in sides.values():
            calls = _intakes(rng, path, headers, options.warmup)
            drive_plan(
                port=port,
                shares=[calls[i :: options.clients] for i in range(options.clients)],
                expected=201,
            )
        for round_ in range(options.rounds):
            analyze(env["DATABASE_URL"])
            order = ["bare", "service"] if round_ % 2 == 0 else ["service", "bare"]
            for side in order:
                port, path, headers = sides[side]
                calls = _intakes(rng, path, headers, options.requests)
                shares = [calls[i :: options.clients] for i in range(options.clients)]
                result = drive_plan(port=port, shares=shares, expected=201)
                results[side].append(result)
                print(f"round {round_ + 1}  {result.line(side)}", flush=True)
    finally:
        stop(service, bare)
    report(
        project="service intake",
        reference="bare insert",
        ours=[r.rate for r in results["service"]],
        theirs=[r.rate for r in results["bare"]],
        unit="req/s",
        target=">= 0.5",
    )


if __name__ == "__main__":
    main()
