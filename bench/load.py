"""A small closed-loop HTTP load generator: N client processes, one request at a time each.

Also starts the servers under test, and prints a project figure against its reference
as min / median / max over rounds and the ratio of each round.
"""

from __future__ import annotations

import http.client
import json
import multiprocessing
import os
import socket
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
# As a header value: the ETag of this client's previous answer (a string: it crosses a pickle).
PREVIOUS_ETAG = "<the ETag of the previous answer>"


@dataclass
class Result:
    requests: int
    seconds: float
    latencies_ms: list[float]
    failures: int
    # CPU ms per request of the server's gunicorn processes ("web") and of every
    # PostgreSQL process ("database"), read from /proc around the drive (``cpu_by_part``).
    cpu_ms: dict[str, float] = field(default_factory=dict)

    @property
    def rate(self) -> float:
        return self.requests / self.seconds

    def percentile(self, p: float) -> float:
        ordered = sorted(self.latencies_ms)
        return ordered[min(len(ordered) - 1, int(len(ordered) * p))]

    def line(self, name: str) -> str:
        cpu = "  ".join(f"{part} {ms:.2f}" for part, ms in self.cpu_ms.items())
        return (
            f"{name:10} {self.rate:8.1f} req/s  p50 {self.percentile(0.5):6.1f} ms  "
            f"p99 {self.percentile(0.99):6.1f} ms  ({self.requests} requests, "
            f"{self.failures} failed)" + (f"  CPU ms/request: {cpu}" if cpu else "")
        )


@dataclass(frozen=True)
class Call:
    """One request of a plan: a POST of ``body`` to ``path``."""

    path: str
    body: Any
    headers: dict[str, Any]


def _client(args: tuple[int, list[Call], int]) -> tuple[list[float], int]:
    port, calls, expected = args
    latencies, failures = [], 0
    etag = ""
    for call in calls:
        headers = {k: etag if v == PREVIOUS_ETAG else v for k, v in call.headers.items()}
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        started = time.perf_counter()
        connection.request("POST", call.path, body=json.dumps(call.body), headers=headers)
        response = connection.getresponse()
        response.read()
        latencies.append((time.perf_counter() - started) * 1000)
        failures += response.status != expected
        etag = response.getheader("ETag") or ""
        connection.close()
    return latencies, failures


def drive_plan(*, port: int, shares: Sequence[list[Call]], expected: int) -> Result:
    """Send each share's calls in order from a client process of its own."""
    jobs = [(port, list(share), expected) for share in shares]
    with multiprocessing.Pool(len(jobs)) as pool:
        cpu_before = cpu_by_part(port)
        started = time.perf_counter()
        outcomes = pool.map(_client, jobs)
        seconds = time.perf_counter() - started
        cpu_after = cpu_by_part(port)
    latencies = [ms for outcome in outcomes for ms in outcome[0]]
    failures = sum(outcome[1] for outcome in outcomes)
    cpu_ms = {
        part: (used - cpu_before.get(part, 0.0)) * 1000 / len(latencies)
        for part, used in cpu_after.items()
    }
    return Result(len(latencies), seconds, latencies, failures, cpu_ms)


def cpu_by_part(port: int) -> dict[str, float]:
    """CPU seconds used so far by the gunicorn serving ``port`` (master and workers) and by
    every PostgreSQL process of this machine, from /proc (Linux; empty elsewhere).

    Only one side is driven at a time, so the database's share between two readings is
    that side's, as long as nothing else uses the server meanwhile.
    """
    if not Path("/proc/self/stat").exists():
        return {}
    parts = {"web": 0.0, "database": 0.0}
    ticks = os.sysconf("SC_CLK_TCK")
    bind = f"127.0.0.1:{port}".encode()
    for entry in Path("/proc").glob("[0-9]*"):
        try:
            stat = (entry / "stat").read_bytes()
            command = (entry / "cmdline").read_bytes()
        except OSError:  # gone meanwhile
            continue
        name = stat[stat.index(b"(") + 1 : stat.rindex(b")")]
        fields = stat[stat.rindex(b")") + 2 :].split()
        used = (int(fields[11]) + int(fields[12])) / ticks  # utime + stime
        if b"gunicorn" in command and bind in command:
            parts["web"] += used
        elif name == b"postgres":
            parts["database"] += used
    return parts


def spread(values: Sequence[float], digits: int = 1) -> str:
    """min / median / max of a figure over rounds."""
    return " / ".join(
        f"{v:.{digits}f}" for v in (min(values), statistics.median(values), max(values))
    )


def report(
    *, project: str, reference: str, ours: Sequence[float], theirs: Sequence[float], unit: str,
    target: str,
) -> None:  # fmt: skip
    """Print both figures over the rounds and the ratio, each round's and the medians'."""
    ratios = [mine / peer for mine, peer in zip(ours, theirs, strict=True)]
    print(f"rounds: {len(ours)}  (min / median / max)")
    print(f"  {project:28} {spread(ours)} {unit}")
    print(f"  {reference:28} {spread(theirs)} {unit}")
    print(f"  ratio of each round          {spread(ratios, 2)}")
    median_ratio = statistics.median(ours) / statistics.median(theirs)
    print(f"ratio of medians {project} / {reference}: {median_ratio:.2f}  (target {target})")


def stop(*processes: subprocess.Popen[bytes]) -> None:
    """End servers and wait until they have: the next runner's gunicorn binds the same
    port, and an old one still answering there would be measured, then reset mid-run."""
    for process in processes:
        process.terminate()
    for process in processes:
        process.wait(timeout=60)


def serve(app: str, port: int, env: dict[str, str]) -> subprocess.Popen[bytes]:
    """Start ``app`` under gunicorn on ``port`` and wait until it answers.

    Whatever the runner, both sides get the same settings: BENCH_WEB_WORKERS sync
    workers (4 unless set).
    """
    workers = os.environ.get("BENCH_WEB_WORKERS", "4")
    with socket.socket() as probe:
        if probe.connect_ex(("127.0.0.1", port)) == 0:
            raise RuntimeError(f"port {port} already answers: another server would be measured")
    process = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "--workers", workers,
         "--bind", f"127.0.0.1:{port}", app],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )  # fmt: skip
    for _ in range(200):
        if process.poll() is not None:
            raise RuntimeError(f"{app} exited at start (is port {port} free?)")
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1)
            return process
        except urllib.error.HTTPError:
            return process  # answering, even if 404
        except OSError:
            time.sleep(0.1)
    process.terminate()
    raise RuntimeError(f"{app} did not start")
