"""Where an intake's and a transition's milliseconds go, layer by layer, and their SQL.

    .venv/bin/pip install -e '.[bench]'   # pyinstrument
    .venv/bin/python -m bench.profile_requests [--intakes 300] [--cases 150] [--warmup 30]

Runs in one process on PostgreSQL (BENCH_DATABASE_URL, default the local
`unioncase_bench` database, recreated; REDIS_URL for the nudges, default db 15, never
consumed): the whole WSGI application as gunicorn would call it, driven by Flask's
test client, which stands in for gunicorn's socket and HTTP parsing only. A desk
officer posts --intakes intakes (POST /api/v1/cases, each assigned to the mediator);
the cases are routed to review in-process, and the mediator then moves --cases of
them through accept and agree (POST /api/v1/cases/{id}/transitions with If-Match),
two transitions per case.

Each kind of request runs three passes on fresh requests, after --warmup unmeasured
ones that fill SQLAlchemy's statement cache, the pool and the broker connection:

1. plain: no profiler; CPU (``time.process_time``) and wall time per request and the
   SQL statements each one sends (SQLAlchemy's ``before_cursor_execute`` event);
2. CPU: the call stack sampled every millisecond of process CPU time (SIGPROF, see
   ``CpuSampler``), so that waiting costs nothing;
3. wall: pyinstrument sampling on wall time, so that database waits show.

Every sample is given to one layer by its call stack: the deepest frame that a rule
of ``bench.layers.RULES`` assigns a layer decides (``bench.layers`` explains the rule
and lists the rules). Figures are per request, from the profiled passes (the profiler
adds its own overhead: compare the plain pass), with each layer's top items: the
function that decided the layer and the project function that called into it.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import signal
import statistics
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager, redirect_stderr
from dataclasses import dataclass, field
from types import FrameType
from typing import Any

from flask import Flask
from flask.testing import FlaskClient
from pyinstrument import Profiler
from sqlalchemy import event

from bench.layers import DATABASE, LAYERS, Frame, Split
from bench.seed import (
    AGREEMENT,
    Staff,
    bench_env,
    create_staff,
    intake_body,
    migrated_app,
    route_cases,
)

PASSES = ("plain", "cpu", "wall")
TOP_ITEMS = 4


@dataclass
class Statements:
    """The SQL statements sent to the database, per request."""

    current: list[str] = field(default_factory=list)

    def __call__(self, _conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        self.current.append(statement)

    def take(self) -> list[str]:
        sent, self.current = self.current, []
        return sent


@dataclass
class Pass:
    cpu_ms: list[float] = field(default_factory=list)
    wall_ms: list[float] = field(default_factory=list)
    statements: list[list[str]] = field(default_factory=list)
    split: Split = field(default_factory=Split)


Request = Callable[[], Any]


class CpuSampler:
    """Samples the main thread's call stack each ``interval`` of the process's CPU time.

    SIGPROF from ``setitimer(ITIMER_PROF)``: its cost is per sample, not per call, so
    code that makes many small calls is not inflated (pyinstrument's CPU-time mode
    calls the CPU clock on every call and return, and more than tripled the CPU of a
    request). Each sample stands for the CPU since the previous one, less the time
    the handler itself took.
    """

    def __init__(self, interval: float = 0.001) -> None:
        self.interval = interval
        self.samples: Counter[tuple[Frame, ...]] = Counter()
        self._last = 0.0

    def _sample(self, _signum: int, frame: FrameType | None) -> None:
        stack = []
        while frame is not None:
            code = frame.f_code
            stack.append(Frame(code.co_name, code.co_filename, code.co_firstlineno))
            frame = frame.f_back
        now = time.process_time()
        self.samples[tuple(reversed(stack))] += now - self._last
        self._last = time.process_time()

    def start(self) -> None:
        signal.signal(signal.SIGPROF, self._sample)
        self._last = time.process_time()
        signal.setitimer(signal.ITIMER_PROF, self.interval, self.interval)

    def stop(self, split: Split) -> None:
        signal.setitimer(signal.ITIMER_PROF, 0, 0)
        signal.signal(signal.SIGPROF, signal.SIG_DFL)
        for stack, seconds in self.samples.items():
            split.add(stack, seconds)


@contextmanager
def _profiled(mode: str, split: Split) -> Iterator[None]:
    if mode == "plain":
        yield
    elif mode == "cpu":
        sampler = CpuSampler()
        sampler.start()
        try:
            yield
        finally:
            sampler.stop(split)
    else:
        # A timing thread keeps pyinstrument's per-call clock reads cheap.
        profiler = Profiler(interval=0.001, async_mode="disabled", use_timing_thread=True)
        profiler.start()
        try:
            yield
        finally:
            split.add_records(profiler.stop().frame_records)


@contextmanager
def _unshown() -> Iterator[None]:
    """The service logs JSON lines to stderr: still made and written, but not shown."""
    with open(os.devnull, "w") as devnull, redirect_stderr(devnull):
        yield


def _run(mode: str, requests: list[Request], statements: Statements) -> Pass:
    result = Pass()
    with _unshown(), _profiled(mode, result.split):
        for request in requests:
            statements.take()
            cpu, wall = time.process_time(), time.perf_counter()
            request()
            result.cpu_ms.append((time.process_time() - cpu) * 1000)
            result.wall_ms.append((time.perf_counter() - wall) * 1000)
            result.statements.append(statements.take())
    return result


def _checked(response: Any, expected: int) -> Any:
    if response.status_code != expected:
        raise SystemExit(f"expected {expected}, got {response.status_code}: {response.get_data()}")
    return response


def _intake(client: FlaskClient, staff: Staff, rng: random.Random, made: list[int]) -> Request:
    body = {**intake_body(rng), "assignee": "mediator"}
    headers = {"Authorization": f"Bearer {staff.desk_token}"}

    def post() -> None:
        response = _checked(client.post("/api/v1/cases", json=body, headers=headers), 201)
        made.append(response.get_json()["id"])

    return post


def _transitions(client: FlaskClient, staff: Staff, case_id: int, version: int) -> list[Request]:
    path = f"/api/v1/cases/{case_id}/transitions"
    headers = {"Authorization": f"Bearer {staff.mediator_token}"}
    etag = [f'"{version}"']

    def fire(body: dict[str, Any]) -> Request:
        def post() -> None:
            response = client.post(path, json=body, headers={**headers, "If-Match": etag[0]})
            etag[0] = _checked(response, 200).headers["ETag"]

        return post

    return [fire({"action": "accept"}), fire({"action": "agree", "data": AGREEMENT})]


CAST = re.compile(
    r"::(?:VARCHAR|INTEGER|BIGINT|TEXT|JSONB?|DATE|BOOLEAN|NUMERIC\(\d+, ?\d+\)|"
    r"TIMESTAMP WITH(?:OUT)? TIME ZONE)(?:\[\])?"
)


def _one_line(statement: str, width: int = 200) -> str:
    """A statement on one readable line: parameters as :name, long lists shortened."""
    line = CAST.sub("", re.sub(r"\s+", " ", statement).strip())
    line = re.sub(r"%\((\w+)\)s", r":\1", line)
    line = re.sub(
        r"^SELECT (.+?) FROM ", lambda m: f"SELECT {_shortened(m[1])} FROM ", line, count=1
    )
    line = re.sub(
        r"^INSERT INTO (\S+) \(([^)]*)\)",
        lambda m: f"INSERT INTO {m[1]} ({_shortened(m[2])})",
        line,
    )
    line = re.sub(r" VALUES \(([^)]*)\)", lambda m: f" VALUES ({_shortened(m[1])})", line)
    return line if len(line) <= width else line[: width - 1] + "…"


def _shortened(columns: str) -> str:
    names = columns.split(", ")
    return columns if len(names) <= 3 else f"{names[0]}, … {len(names)} in all"


def _print_kind(name: str, passes: dict[str, Pass]) -> None:
    plain, cpu, wall = passes["plain"], passes["cpu"], passes["wall"]
    count = len(plain.cpu_ms)
    counts = [len(sent) for sent in plain.statements]
    print(f"\n=== {name}: {count} requests per pass ===")
    print(
        f"plain pass: CPU {statistics.mean(plain.cpu_ms):.2f} ms/request "
        f"(median {statistics.median(plain.cpu_ms):.2f}), wall "
        f"{statistics.mean(plain.wall_ms):.2f} ms/request "
        f"(median {statistics.median(plain.wall_ms):.2f})"
    )
    print(
        f"SQL statements per request: min {min(counts)} / median "
        f"{statistics.median(counts):g} / max {max(counts)}"
    )
    print(
        f"profiled: CPU {cpu.split.total * 1000 / count:.2f} ms/request, "
        f"wall {wall.split.total * 1000 / count:.2f} ms/request"
    )
    print(f"{'layer':36} {'CPU ms':>8} {'CPU %':>6} {'wall ms':>8} {'wall %':>6}")
    for layer in LAYERS:
        cpu_s, wall_s = cpu.split.seconds[layer], wall.split.seconds[layer]
        if not cpu_s and not wall_s:
            continue
        print(
            f"{layer:36} {cpu_s * 1000 / count:8.2f} {100 * cpu_s / cpu.split.total:6.1f} "
            f"{wall_s * 1000 / count:8.2f} {100 * wall_s / wall.split.total:6.1f}"
        )
    print(
        "top items per layer, ms/request (CPU; the database by wall time): the project\n"
        "functions that asked for the work, then the functions where it was done"
    )
    for layer in LAYERS:
        source = wall if layer == DATABASE else cpu
        if not source.split.seconds[layer]:
            continue
        print(f"  {layer}")
        for item, seconds in source.split.askers[layer].most_common(TOP_ITEMS):
            print(f"    {seconds * 1000 / count:6.2f}  asked by {item}")
        for item, seconds in source.split.items[layer].most_common(TOP_ITEMS):
            print(f"    {seconds * 1000 / count:6.2f}  in {item}")


def _print_statements(name: str, sent: list[str]) -> None:
    print(f"\n--- the {len(sent)} SQL statements of one {name} ---")
    for number, statement in enumerate(sent, 1):
        print(f"{number:3}. {_one_line(statement)}")


def _profile(app: Flask, staff: Staff, options: argparse.Namespace) -> None:
    statements = Statements()
    event.listen(app.extensions["database"].engine, "before_cursor_execute", statements)
    client = app.test_client()
    rng = random.Random(7)
    made: list[int] = []

    def intakes(count: int) -> list[Request]:
        return [_intake(client, staff, rng, made) for _ in range(count)]

    _run("plain", intakes(options.warmup), statements)
    intake_passes = {mode: _run(mode, intakes(options.intakes), statements) for mode in PASSES}
    warm_ids, made[:] = made[: options.warmup], made[options.warmup :]
    with _unshown():
        versions = route_cases(app, warm_ids + made)

    def transitions(case_ids: list[int]) -> list[Request]:
        return [
            request
            for case_id in case_ids
            for request in _transitions(client, staff, case_id, versions[case_id])
        ]

    _run("plain", transitions(warm_ids), statements)
    transition_passes = {
        mode: _run(mode, transitions(made[n * options.cases : (n + 1) * options.cases]), statements)
        for n, mode in enumerate(PASSES)
    }
    _print_kind("intake (POST /api/v1/cases)", intake_passes)
    _print_kind("transition (POST /api/v1/cases/{id}/transitions)", transition_passes)
    plain = transition_passes["plain"].statements
    _print_statements("intake", intake_passes["plain"].statements[0])
    _print_statements("transition (accept)", plain[0])
    _print_statements("transition (agree, one instalment)", plain[1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--intakes", type=int, default=300, help="intakes per pass")
    parser.add_argument("--cases", type=int, default=150, help="cases moved twice per pass")
    parser.add_argument("--warmup", type=int, default=30)
    options = parser.parse_args()
    if options.cases > options.intakes:
        parser.error("--cases cannot exceed --intakes: the transitions move the intakes' cases")
    env = bench_env()
    app = migrated_app(env)
    staff = create_staff(app)
    # No app context around the requests: each must push and tear down its own.
    _profile(app, staff, options)


if __name__ == "__main__":
    main()
