"""The timer sweep at scale: 10,000 due deadlines among a million cases, fired.

    .venv/bin/python -m bench.sweep --due 10000

Needs ``bench_reports`` as ``bench.reports`` loads it (or the database named by
``BENCH_DB``, loaded the same way), and changes it: the deadlines
it fires act on their cases as in production (escalate, remind, or cancel when the
case has moved on). It starts one Celery worker (``-A bench.sweep``: the service's
worker with one more task, a no-op) on the Redis named by ``REDIS_URL`` and measures,
once each:

- the reference: ``--due`` no-op tasks sent to that worker, until all have run;
- the sweep: exactly ``--due`` pending deadlines made due (the others due are moved
  a year ahead), ``dispatch_due_timers`` run as beat runs it, until every one of
  them is fired or cancelled.

Target: the sweep within 2x of the no-op tasks.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

import psycopg
import redis

ROOT = Path(__file__).resolve().parent.parent
SERVER = os.environ.get("BENCH_PG", "postgresql://postgres@127.0.0.1:5432")
NAME = os.environ.get("BENCH_DB", "bench_reports")  # a database bench.reports loaded
DATABASE = f"{SERVER}/{NAME}"
os.environ.setdefault("DATABASE_URL", f"postgresql+psycopg://{SERVER.split('://', 1)[1]}/{NAME}")
os.environ.setdefault("REDIS_URL", "redis://127.0.0.1:6379/6")
COUNTER = "bench:noop"

if __name__ != "__main__":  # imported by the worker: the service's tasks and a no-op
    from workers.main import celery

    _counter = redis.Redis.from_url(os.environ["REDIS_URL"])

    @celery.task(name="bench.noop", acks_late=True)
    def noop() -> None:
        _counter.incr(COUNTER)


def wait(until: object, what: str, timeout: float = 3600) -> None:
    started = time.perf_counter()
    while not until():  # type: ignore[operator]
        if time.perf_counter() - started > timeout:
            raise SystemExit(f"{what}: not done after {timeout:.0f} s")
        time.sleep(0.2)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--due", type=int, default=10_000)
    parser.add_argument("--concurrency", type=int, default=2)
    args = parser.parse_args()

    from service.sweep.firing import MESSAGES
    from workers.main import flask_app
    from workers.tasks import dispatch_due_timers

    counter = redis.Redis.from_url(os.environ["REDIS_URL"])
    worker = subprocess.Popen(
        [sys.executable, "-m", "celery", "-A", "bench.sweep", "worker", "--loglevel", "WARNING",
         "--concurrency", str(args.concurrency), "--queues", "unioncase", "--without-gossip",
         "--without-mingle", "--without-heartbeat"],
        cwd=ROOT, env={**os.environ, "LOG_LEVEL": "WARNING"},
    )  # fmt: skip
    celery = flask_app.extensions["celery"]
    try:
        counter.set(COUNTER, 0)
        celery.send_task("bench.noop")
        wait(lambda: int(counter.get(COUNTER) or 0) == 1, "the worker's start", 120)

        counter.set(COUNTER, 0)
        started = time.perf_counter()
        for _ in range(args.due):
            celery.send_task("bench.noop")
        wait(lambda: int(counter.get(COUNTER) or 0) >= args.due, "no-op tasks")
        reference = time.perf_counter() - started

        with psycopg.connect(DATABASE, autocommit=True) as connection:
            # Deadlines the service knows how to fire, made due now; every other
            # pending one that is due is moved a year ahead.
            known = [f"{kind}:{purpose}" for kind, purpose in MESSAGES]
            due = [row[0] for row in connection.execute(
                "SELECT id FROM timers WHERE status = 'pending' "
                "AND kind || ':' || purpose = ANY(%s) ORDER BY due_at LIMIT %s",
                (known, args.due))]  # fmt: skip
            if len(due) < args.due:
                raise SystemExit(f"only {len(due)} deadlines are pending")
            connection.execute(
                "UPDATE timers SET due_at = now() - interval '1 minute' WHERE id = ANY(%s)",
                (due,),
            )
            connection.execute(
                "UPDATE timers SET due_at = due_at + interval '1 year' "
                "WHERE status = 'pending' AND due_at <= now() AND NOT id = ANY(%s)",
                (due,),
            )
            connection.execute("VACUUM ANALYZE timers")
            started = time.perf_counter()
            with flask_app.app_context():
                dispatch_due_timers()
            dispatched = time.perf_counter() - started

            def done() -> bool:
                left = connection.execute(
                    "SELECT count(*) FROM timers WHERE id = ANY(%s) "
                    "AND status IN ('pending', 'dispatched')", (due,)
                ).fetchone()  # fmt: skip
                return left is not None and left[0] == 0

            wait(done, "the sweep")
            swept = time.perf_counter() - started
            fired = dict(connection.execute(
                "SELECT status, count(*) FROM timers WHERE id = ANY(%s) GROUP BY status", (due,)
            ).fetchall())  # fmt: skip
        # Memory after the load: the worker's main process and each of its children.
        children = subprocess.run(
            ["pgrep", "-P", str(worker.pid)], capture_output=True, text=True
        ).stdout.split()
        for pid in [str(worker.pid), *children]:
            rss = subprocess.run(["ps", "-o", "rss=", "-p", pid], capture_output=True, text=True)
            print(f"worker process {pid}: RSS {int(rss.stdout or 0) / 1024:.0f} MB")
    finally:
        worker.terminate()
        worker.wait(60)
    ratio = swept / reference
    verdict = "met" if ratio <= 2 else "NOT met"
    print(f"| {args.due:,} no-op tasks | {reference:.1f} s |")
    print(
        f"| sweep of {args.due:,} due deadlines (claimed and sent in {dispatched:.1f} s; "
        f"{fired}) | {swept:.1f} s | {ratio:.2f} (≤ 2) {verdict} |"
    )


if __name__ == "__main__":
    main()
