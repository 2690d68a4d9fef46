"""A small closed-loop HTTP load generator: N client processes, one request at a time each."""

from __future__ import annotations

import http.client
import json
import multiprocessing
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass
class Result:
    requests: int
    seconds: float
    latencies_ms: list[float]
    failures: int

    @property
    def rate(self) -> float:
        return self.requests / self.seconds

    def percentile(self, p: float) -> float:
        ordered = sorted(self.latencies_ms)
        return ordered[min(len(ordered) - 1, int(len(ordered) * p))]

    def line(self, name: str) -> str:
        return (
            f"{name:10} {self.rate:8.1f} req/s  p50 {self.percentile(0.5):6.1f} ms  "
            f"p99 {self.percentile(0.99):6.1f} ms  ({self.requests} requests, "
            f"{self.failures} failed)"
        )


def _client(args: tuple[str, int, str, dict[str, str], list[Any], int]) -> tuple[list[float], int]:
    host, port, path, headers, bodies, expected = args
    latencies, failures = [], 0
    for body in bodies:
        connection = http.client.HTTPConnection(host, port, timeout=30)
        started = time.perf_counter()
        connection.request("POST", path, body=json.dumps(body), headers=headers)
        response = connection.getresponse()
        response.read()
        latencies.append((time.perf_counter() - started) * 1000)
        failures += response.status != expected
        connection.close()
    return latencies, failures


def drive(
    *,
    port: int,
    path: str,
    headers: dict[str, str],
    make_body: Callable[[int], Any],
    requests: int,
    clients: int,
    expected: int = 201,
) -> Result:
    bodies = [make_body(i) for i in range(requests)]
    shares = [bodies[i::clients] for i in range(clients)]
    jobs = [("127.0.0.1", port, path, headers, share, expected) for share in shares]
    with multiprocessing.Pool(clients) as pool:
        started = time.perf_counter()
        outcomes = pool.map(_client, jobs)
        seconds = time.perf_counter() - started
    latencies = [ms for outcome in outcomes for ms in outcome[0]]
    failures = sum(outcome[1] for outcome in outcomes)
    return Result(len(latencies), seconds, latencies, failures)


def median_rate(results: list[Result]) -> float:
    return statistics.median(result.rate for result in results)
