"""The floor: what an intake's and a transition's SQL statements alone cost, as ratios.

    .venv/bin/pip install -e '.[bench]'   # SpiffWorkflow; pyinstrument (bench.profile_requests)
    .venv/bin/python -m bench.floor [--requests 1500] [--cases 300] [--clients 4] [--rounds 3]
                                    [--port 8801] [--warmup 100]
                                    [--only intake|transition|process|statements] ...
                                    [--spend MS] ...

First it captures (bench.capture), through the real app on PostgreSQL
(BENCH_DATABASE_URL, default the local `unioncase_bench` database, recreated;
REDIS_URL for the nudges), the exact statements and parameters that one intake
(POST /api/v1/cases with an assignee), one ``accept`` and one ``agree`` (with
If-Match) send, by SQLAlchemy's ``before_cursor_execute``, each ending in one
COMMIT; and, as bench.transitions moves a case in one process, those of route,
accept, agree and settle. It prints them, and stops unless their replays write the
rows the service wrote.

bench.replay sends them again with the raw driver, fresh values only where the schema
or the statements need them (it says which), as the *floor*: the service's round
trips and the database's work with none of the service's Python. The service sends
its statements already merged (an intake: the caller, its reads with the counter, the
duplicate check and the assignee in one, the write batch; an accept or agree: the
caller, the locked read, the write batch with the timer cancel in its WITH, the
answer), so the floor replays them as they are. A stale version's transition batch,
its timer cancel included, is shown to write nothing: the floor keeps the 412.

Four parts (--only picks some). The first three print every round, then min /
median / max over the rounds and the ratios of medians (bench.load.report):

- intake: --requests intakes per round, each naming an assignee as the captured one
  does, to each of the bare insert, the service and the floor, over HTTP under
  gunicorn with the same settings (bench.load.serve: the service on --port,
  bench/bare_app.py with the floor's endpoints on the next port), rounds rotating
  which side goes first; with --spend, the floor again for each MS given, spending MS
  of CPU in Python a request before its statements (a busy loop on the process's
  clock): how much of the service's own Python the target leaves room for;
- transition: --cases fresh cases per round and side, each moved by accept then
  agree; the bare side is bench/transitions_http.py's versioned UPDATE, twice a row;
- process: --cases cases per round and side through route, accept, agree and settle
  in this process, one transaction per step: unioncase's service layer and
  SpiffWorkflow as bench/transitions.py runs them, and the captured steps replayed
  (on the service's engine, and on SpiffWorkflow's, which has no pool pre-ping),
  and the replay less some of its rows (STRIPPED: the case's versioned UPDATE alone,
  then with the event, then with the new timers; the full floor adds the timer
  cancel in the batch's WITH), which weighs what each kind of row costs;
The fourth adds no ratio:

- statements: the captured intake, accept and agree replayed --cases times each, one
  after another in this process, with each statement's wall time (the pool's
  checkout and pre-ping and the COMMIT as parts of their own), median per part; and
  the same for the bare insert's and the bare versioned UPDATE's own statements.

Ratios: service / bare and floor / bare against issue 11's targets, and service /
floor, the service's share of what its statements allow. Each part starts after an
ANALYZE of the database (see ``bench.seed.analyze``). Load averages are printed at start and end.
"""

from __future__ import annotations

import argparse
import os
import pickle
import random
import statistics
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from flask import Flask

from bench.capture import bare_statements, capture, check, print_captured
from bench.load import Call, Result, drive_plan, report, serve, stop
from bench.profile_requests import _one_line
from bench.replay import (
    SPEND,
    Captured,
    Params,
    Replay,
    Sent,
    event_values,
    intake_values,
    stripped_transition,
    transition_values,
)
from bench.seed import (
    Staff,
    analyze,
    bench_env,
    create_staff,
    intake_body,
    migrated_app,
    register_cases,
    route_cases,
)
from bench.transitions import STEPS, _ours, _spiff, spiff_cases
from bench.transitions_http import _bare_plan, _service_plan

PARTS = ("intake", "transition", "process", "statements")
SIDES = ("bare", "service", "floor")
STEP_ACTIONS = ("route", "accept", "agree", "settle")
# In one process, the floor less some of what it writes: what each kind of row costs.
STRIPPED = {
    "case only": (frozenset(), False),
    "case, event": (frozenset({"case_events"}), False),
    "case, event, timers": (frozenset({"case_events", "timers"}), False),
}


def _spent(milliseconds: float) -> str:
    """The side that is the floor with this much Python CPU a request (--spend)."""
    return f"floor + {milliseconds:g} ms"


def _rotated(sides: Sequence[str], round_: int) -> list[str]:
    return [*sides[round_ % len(sides) :], *sides[: round_ % len(sides)]]


def _drive(
    rounds: list[dict[str, list[list[Call]]]], ports: dict[str, int], expected: int, url: str
) -> dict[str, list[float]]:
    """Round 0 warms every side up; then each round drives every side, first side rotating.

    Each round starts after an ANALYZE, as bench.intake's do: the rounds add thousands
    of cases, and planned for the few there were, the intake's reads of them grew from
    2 to 9 ms of the database's CPU a request by the third round (2026-12-06).
    """
    sides = list(rounds[0])
    for side in sides:
        drive_plan(port=ports[side], shares=rounds[0][side], expected=expected)
    rates: dict[str, list[float]] = {side: [] for side in sides}
    for round_ in range(1, len(rounds)):
        analyze(url)
        for side in _rotated(sides, round_ - 1):
            result: Result = drive_plan(
                port=ports[side], shares=rounds[round_][side], expected=expected
            )
            rates[side].append(result.rate)
            print(f"round {round_}  {result.line(side)}", flush=True)
    return rates


def _intake_rounds(options: argparse.Namespace, staff: Staff) -> list[dict[str, list[list[Call]]]]:
    rng = random.Random(8)
    json_body = {"Content-Type": "application/json"}
    paths = {
        "bare": ("/bare/cases", json_body),
        "service": (
            "/api/v1/cases",
            {**json_body, "Authorization": f"Bearer {staff.desk_token}"},
        ),
        "floor": ("/floor/cases", json_body),
        **{_spent(ms): ("/floor/cases", {**json_body, SPEND: str(ms)}) for ms in options.spend},
    }
    rounds = []
    for round_ in range(options.rounds + 1):
        count = options.warmup if round_ == 0 else options.requests
        plans = {}
        for side, (path, headers) in paths.items():
            # The captured intake names an assignee: so does every side's (bare ignores it).
            bodies = [{**intake_body(rng), "assignee": "mediator"} for _ in range(count)]
            calls = [Call(path, body, headers) for body in bodies]
            plans[side] = [calls[i :: options.clients] for i in range(options.clients)]
        rounds.append(plans)
    return rounds


def _floor_plan(
    case_ids: Sequence[int], clients: int, spent: float | None = None
) -> list[list[Call]]:
    headers = {"Content-Type": "application/json"}
    if spent is not None:
        headers[SPEND] = str(spent)
    shares: list[list[Call]] = [[] for _ in range(clients)]
    for index, case_id in enumerate(sorted(case_ids)):
        path = f"/floor/transition/{case_id}"
        shares[index % clients] += [
            Call(path, {"action": "accept"}, headers),
            Call(path, {"action": "agree"}, headers),
        ]
    return shares


def _transition_rounds(
    options: argparse.Namespace, app: Flask, staff: Staff, url: str
) -> list[dict[str, list[list[Call]]]]:
    rng = random.Random(11)
    rounds = []
    for round_ in range(options.rounds + 1):
        count = options.warmup if round_ == 0 else options.cases

        def routed(count: int = count) -> dict[int, int]:
            return route_cases(app, register_cases(app, staff, count, rng))

        plans = {
            "bare": _bare_plan(url, count, options.clients),
            "service": _service_plan(routed(), staff.mediator_token, options.clients),
            "floor": _floor_plan(list(routed()), options.clients),
            **{
                _spent(ms): _floor_plan(list(routed()), options.clients, ms) for ms in options.spend
            },
        }
        rounds.append(plans)
    return rounds


def _replayed(engine: Any, replays: list[Replay], case_ids: Sequence[int]) -> float:
    """The captured steps of one process sent again, one transaction per step."""
    started = time.perf_counter()
    for case_id in case_ids:
        for replay in replays:
            values = {"case_id": case_id, **event_values()}
            connection = engine.raw_connection()
            try:
                if not replay.run(connection, values):
                    raise SystemExit(f"case {case_id}: the version had moved")
            finally:
                connection.close()
    return time.perf_counter() - started


def _process(
    options: argparse.Namespace, app: Flask, staff: Staff, captured: Captured, url: str
) -> dict[str, list[float]]:
    rng = random.Random(4)
    sides = ("unioncase", "floor", "unpinged", *STRIPPED, "SpiffWorkflow")
    ids = {
        side: [register_cases(app, staff, options.cases, rng) for _ in range(options.rounds)]
        for side in sides[:-1]
    }
    plain = [Replay.of(captured.steps[a], captured.number) for a in STEP_ACTIONS]
    replays = {
        "floor": plain,
        "unpinged": plain,
        **{
            side: [
                Replay.of(stripped_transition(captured.steps[a], *how), captured.number)
                for a in STEP_ACTIONS
            ]
            for side, how in STRIPPED.items()
        },
    }
    spiff_engine, spiff_ids = spiff_cases(url, options.cases, options.rounds)
    analyze(url)
    # The floor uses the service's own engine: the same pool, pre-ping and driver. The
    # unpinged floor is the same replay on SpiffWorkflow's engine, which has no pre-ping.
    service_engine = app.extensions["database"].engine
    engines = {side: service_engine for side in replays} | {"unpinged": spiff_engine}
    steps = options.cases * STEPS
    rates: dict[str, list[float]] = {side: [] for side in sides}
    with app.app_context():
        for round_ in range(options.rounds):
            for side in [*sides[round_ % len(sides) :], *sides[: round_ % len(sides)]]:
                if side == "unioncase":
                    seconds = _ours(ids[side][round_], staff.mediator_id)
                elif side == "SpiffWorkflow":
                    seconds = _spiff(spiff_engine, spiff_ids[round_])
                else:
                    seconds = _replayed(engines[side], replays[side], ids[side][round_])
                rates[side].append(steps / seconds)
                print(
                    f"round {round_ + 1}  {side:20} {steps / seconds:8.1f} transitions/s"
                    f"  ({steps} in {seconds:.2f} s)",
                    flush=True,
                )
    spiff_engine.dispose()
    return rates


def _statements(options: argparse.Namespace, app: Flask, staff: Staff, captured: Captured) -> None:
    """Where the floor's time goes: each statement's wall time, replayed serially here.

    The bare endpoints' own statements, captured through bench/bare_app.py, are timed
    the same way beside them.
    """
    rng = random.Random(6)
    engine = app.extensions["database"].engine
    routed = list(route_cases(app, register_cases(app, staff, options.cases, rng)))
    analyze(bench_env()["DATABASE_URL"])
    kinds = [("intake", captured.intake, [intake_values(intake_body(rng)) for _ in routed])]
    for action, sent in captured.http.items():
        kinds.append((action, sent, [transition_values(case_id) for case_id in routed]))
    for name, sent, all_values in kinds:
        replay = Replay.of(sent, captured.number)
        clocks: list[list[float]] = []
        for values in all_values:
            clock: list[float] = []
            started = time.perf_counter()
            connection = engine.raw_connection()
            clock.append(time.perf_counter() - started)
            try:
                if not replay.run(connection, values, clock):
                    raise SystemExit(f"{name}: the version had moved")
            finally:
                connection.close()
            clocks.append(clock)
        _print_parts(name, sent, clocks)
    insert, update = bare_statements(engine, rng)
    clocks, ids = _timed(engine, insert, [insert.params] * options.cases)
    _print_parts("bare insert", [insert], clocks)
    updates = [{**update.params, "id_1": row_id, "version_2": 1} for row_id in ids]
    _print_parts("bare versioned UPDATE", [update], _timed(engine, update, updates)[0])


def _timed(
    engine: Any, sent: Sent, all_params: list[Params]
) -> tuple[list[list[float]], list[Any]]:
    """One statement sent in a transaction of its own per parameters; its first values."""
    clocks, firsts = [], []
    for params in all_params:
        started = time.perf_counter()
        connection = engine.raw_connection()
        clock = [time.perf_counter() - started]
        try:
            with connection.cursor() as cursor:
                started = time.perf_counter()
                cursor.execute(sent.sql, params)
                rows = cursor.fetchall() if cursor.description is not None else []
                clock.append(time.perf_counter() - started)
            started = time.perf_counter()
            connection.commit()
            clock.append(time.perf_counter() - started)
        finally:
            connection.close()
        clocks.append(clock)
        firsts.append(rows[0][0] if rows else None)
    return clocks, firsts


def _print_parts(name: str, sent: Sequence[Sent], clocks: list[list[float]]) -> None:
    labels = ["pool checkout and pre-ping", *(_one_line(s.sql, 60) for s in sent), "COMMIT"]
    medians = [statistics.median(c[i] for c in clocks) * 1000 for i in range(len(labels))]
    print(f"--- {name}: {len(clocks)} one after another, median ms per part ---")
    for label, ms in zip(labels, medians, strict=True):
        print(f"  {ms:6.3f}  {100 * ms / sum(medians):5.1f}%  {label}")
    print(f"  {sum(medians):6.3f}  (the parts' medians added)", flush=True)


def _ratios(
    rates: dict[str, list[float]],
    names: dict[str, str],
    unit: str,
    pairs: list[tuple[str, str, str]],
) -> None:
    for ours, theirs, target in pairs:
        print()
        report(
            project=names[ours],
            reference=names[theirs],
            ours=rates[ours],
            theirs=rates[theirs],
            unit=unit,
            target=target,
        )


def _load() -> str:
    return " ".join(f"{figure:.2f}" for figure in os.getloadavg())


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--requests", type=int, default=1500, help="intakes per round and side")
    parser.add_argument("--cases", type=int, default=300, help="cases per round and side")
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--port", type=int, default=8801)
    parser.add_argument(
        "--warmup", type=int, default=100, help="unmeasured requests or cases per side"
    )
    parser.add_argument("--only", action="append", choices=PARTS, help="a part to run (repeatable)")
    parser.add_argument(
        "--spend",
        action="append",
        type=float,
        default=[],
        metavar="MS",
        help="over HTTP, also the floor spending MS of CPU in Python a request (repeatable)",
    )
    options = parser.parse_args()
    parts = options.only or list(PARTS)
    print(f"load average at start: {_load()}", flush=True)

    env = bench_env()
    app = migrated_app(env)
    staff = create_staff(app)
    captured, written = capture(app, staff)
    print_captured(captured)
    check(app, staff, captured, written)
    path = Path(env["DATA_DIR"]) / "floor-capture.pickle"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(pickle.dumps(captured))
    env["BENCH_FLOOR_CAPTURE"] = str(path)

    url = env["DATABASE_URL"]
    intake_rounds = _intake_rounds(options, staff) if "intake" in parts else []
    transition_rounds = (
        _transition_rounds(options, app, staff, url) if "transition" in parts else []
    )
    rates: dict[str, dict[str, list[float]]] = {}
    if intake_rounds or transition_rounds:
        analyze(url)
        app.extensions["database"].engine.dispose()
        sides = [*SIDES, *map(_spent, options.spend)]
        ports = {side: options.port if side == "service" else options.port + 1 for side in sides}
        service = serve("service.app:create_app()", options.port, env)
        bare = serve("bench.bare_app:create_app()", options.port + 1, env)
        try:
            if intake_rounds:
                print("=== intake over HTTP ===", flush=True)
                rates["intake"] = _drive(intake_rounds, ports, 201, url)
            if transition_rounds:
                print("=== transition over HTTP (accept, then agree) ===", flush=True)
                rates["transition"] = _drive(transition_rounds, ports, 200, url)
        finally:
            stop(service, bare)
            service.wait()
            bare.wait()
    if "process" in parts:
        print("=== transitions in one process (route, accept, agree, settle) ===", flush=True)
        rates["process"] = _process(options, app, staff, captured, url)
    if "statements" in parts:
        print("=== the floor statement by statement (one process, one request at a time) ===")
        _statements(options, app, staff, captured)

    # Over HTTP the same three ratios for each kind of request, against its bare endpoint.
    for kind, bare in (("intake", "bare insert"), ("transition", "bare versioned UPDATE")):
        if kind in rates:
            spent = [_spent(ms) for ms in options.spend]
            _ratios(
                rates[kind],
                {
                    "bare": bare,
                    "service": f"service {kind}",
                    "floor": f"floor {kind}",
                    **{side: f"{side} {kind}" for side in spent},
                },
                "req/s",
                [
                    ("service", "bare", ">= 0.5"),
                    ("floor", "bare", ">= 0.5"),
                    *((side, "bare", ">= 0.5") for side in spent),
                    ("service", "floor", "none: the floor's share"),
                ],
            )
    if "process" in rates:
        names = {
            "unioncase": "unioncase",
            "floor": "floor steps",
            "unpinged": "floor steps, no pre-ping",
            **{side: f"{side} steps" for side in STRIPPED},
            "SpiffWorkflow": "SpiffWorkflow",
        }
        _ratios(
            rates["process"],
            names,
            "transitions/s",
            [
                ("unioncase", "SpiffWorkflow", ">= 2"),
                ("floor", "SpiffWorkflow", ">= 2"),
                ("unpinged", "SpiffWorkflow", ">= 2"),
                *((side, "SpiffWorkflow", ">= 2") for side in STRIPPED),
                ("unioncase", "floor", "none: the floor's share"),
            ],
        )
    print(f"\nload average at end: {_load()}")


if __name__ == "__main__":
    main()
