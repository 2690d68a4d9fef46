"""Memory of a web worker and a Celery worker, after start and after some load.

    .venv/bin/python -m bench.memory [--starts 3] [--intakes 300] [--port 8811]

Starts the service as its Procfile does, on the bench database (``bench.seed``:
BENCH_DATABASE_URL, default the local ``unioncase_bench``, recreated, and REDIS_URL,
default Redis db 15): gunicorn with ``gunicorn.conf.py`` and WEB_CONCURRENCY=1, and
``celery -A workers.main worker --concurrency 2 --queues unioncase``. Each start it
reads the resident set (``VmRSS`` of ``/proc/PID/status``) of the gunicorn worker,
the Celery main process and its two pool processes once both answer, then sends
--intakes registrations (each a task for the worker: routing), fifteen case lists
(name and pinyin searches) and three exports (CSV and Excel), waits until the worker
has routed every case, and reads them again. It prints each start and the median
over --starts. Issue 11 wants each process under 150 MB.
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from sqlalchemy import create_engine, func, select

from bench.seed import ROOT, bench_env, create_staff, intake_body, migrated_app

SEARCHES = ("王秀兰", "wxl", "zhang", "李", "chen", "zjg", "刘", "huang", "秀英", "lz")


def rss_mb(pid: int) -> float:
    """The resident set of process ``pid``, in MB."""
    status = Path(f"/proc/{pid}/status").read_text()
    match = re.search(r"^VmRSS:\s+(\d+) kB", status, re.MULTILINE)
    return int(match.group(1)) / 1024 if match else 0.0


def children(pid: int) -> list[int]:
    found = subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True)
    return sorted(int(p) for p in found.stdout.split())


def wait(until: object, what: str, timeout: float = 300) -> None:
    started = time.perf_counter()
    while not until():  # type: ignore[operator]
        if time.perf_counter() - started > timeout:
            raise SystemExit(f"{what}: not done after {timeout:.0f} s")
        time.sleep(0.2)


def request(port: int, path: str, token: str, body: bytes | None = None) -> bytes:
    headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
    call = urllib.request.Request(f"http://127.0.0.1:{port}{path}", data=body, headers=headers)
    with urllib.request.urlopen(call, timeout=120) as answer:
        return answer.read()


def answers(port: int) -> bool:
    try:
        urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1)
    except OSError:
        return False
    return True


def measure(web: subprocess.Popen[bytes], worker: subprocess.Popen[bytes]) -> dict[str, float]:
    """RSS of the web worker, the Celery main process and each pool process."""
    (web_worker,) = children(web.pid)
    figures = {"web worker": rss_mb(web_worker), "celery main": rss_mb(worker.pid)}
    for n, pid in enumerate(children(worker.pid), 1):
        figures[f"celery pool {n}"] = rss_mb(pid)
    return figures


def one_start(
    options: argparse.Namespace, env: dict[str, str], tokens: tuple[str, str], start: int
) -> dict[str, dict[str, float]]:
    import json

    from workers.main import celery

    desk, mediator = tokens
    env = {**env, "WEB_CONCURRENCY": "1", "PORT": str(options.port), "LOG_LEVEL": "WARNING"}
    web = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py",
         "--bind", f"127.0.0.1:{options.port}", "service.app:create_app()"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    worker = subprocess.Popen(
        [sys.executable, "-m", "celery", "-A", "workers.main", "worker", "--loglevel", "INFO",
         "--concurrency", "2", "--queues", "unioncase"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        wait(lambda: answers(options.port), "the web worker")
        wait(lambda: len(celery.control.ping(timeout=1)) == 1, "the worker")
        before = measure(web, worker)
        rng = random.Random(options.port * 100 + start)
        for _ in range(options.intakes):
            request(options.port, "/api/v1/cases", desk, json.dumps(intake_body(rng)).encode())
        for n in range(15):
            term = urllib.request.quote(SEARCHES[n % len(SEARCHES)])
            request(options.port, f"/api/v1/cases?q={term}&per_page=50", mediator)
        for form in ("csv", "xlsx", "csv"):
            request(options.port, f"/api/v1/cases?format={form}", mediator)
        engine = create_engine(env["DATABASE_URL"])
        from service.cases.models import Case

        def routed() -> bool:
            with engine.connect() as c:
                waiting = select(func.count()).where(Case.status == "registered")
                return c.scalar(waiting) == 0

        wait(routed, "routing of the registered cases")
        engine.dispose()
        after = measure(web, worker)
    finally:
        web.terminate()
        worker.terminate()
        web.wait(60)
        worker.wait(60)
    return {"after start": before, "after load": after}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--starts", type=int, default=3)
    parser.add_argument("--intakes", type=int, default=300)
    parser.add_argument("--port", type=int, default=8811)
    options = parser.parse_args()

    env = bench_env()
    staff = create_staff(migrated_app(env))
    runs = []
    for n in range(options.starts):
        run = one_start(options, env, (staff.desk_token, staff.mediator_token), n)
        runs.append(run)
        for when, figures in run.items():
            line = "  ".join(f"{name} {mb:.0f}" for name, mb in figures.items())
            print(f"start {n + 1}, {when}: {line} (MB)", flush=True)
    print(f"median of {options.starts} starts, RSS in MB (target < 150):")
    for when in ("after start", "after load"):
        names = runs[0][when]
        line = "  ".join(
            f"{name} {statistics.median(r[when][name] for r in runs):.0f}" for name in names
        )
        print(f"  {when}: {line}")


if __name__ == "__main__":
    main()
