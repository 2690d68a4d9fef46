"""Intake throughput: the service's POST /api/v1/cases against a bare insert endpoint.

    .venv/bin/python -m bench.intake [--requests 2000] [--clients 4] [--rounds 3]

Both run under gunicorn with the same settings on the same PostgreSQL
(BENCH_DATABASE_URL, default the local `unioncase_bench` database, created if
missing). Prints rates, p50/p99 latency and the ratio; DESIGN §8 wants >= 0.5.
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from bench.load import drive, median_rate
from service.demo import people

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/unioncase_bench"
GUNICORN = ["--workers", os.environ.get("BENCH_WEB_WORKERS", "4"), "--bind"]


def ensure_database(url: str) -> None:
    target = make_url(url)
    admin = create_engine(target.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        exists = connection.scalar(
            text("SELECT 1 FROM pg_database WHERE datname = :name"), {"name": target.database}
        )
        if exists:
            connection.execute(text(f'DROP DATABASE "{target.database}" WITH (FORCE)'))
        connection.execute(text(f'CREATE DATABASE "{target.database}"'))
    admin.dispose()


def serve(app: str, port: int, env: dict[str, str]) -> subprocess.Popen[bytes]:
    process = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", *GUNICORN, f"127.0.0.1:{port}", app],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    for _ in range(100):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1)
            return process
        except urllib.error.HTTPError:
            return process  # answering, even if 404
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"{app} did not start")


def flask_cli(env: dict[str, str], *args: str) -> str:
    return subprocess.run(
        [sys.executable, "-m", "flask", "--app", "service.app", *args],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout


def intake_body(rng: random.Random) -> dict:
    return {
        "type": "labour_dispute",
        "category": "wage_arrears",
        "channel": "visit",
        "claimant": {
            "name": people.name(rng),
            "id_number": people.id_number(rng),
            "phone": people.mobile(rng),
        },
        "employer": {"name": people.employer_name(rng), "credit_code": people.credit_code(rng)},
        "claim_amount": f"{rng.randrange(1000, 90000)}.00",
        "known_on": "2026-11-01",
        "description": "拖欠工资",
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--rounds", type=int, default=3)
    options = parser.parse_args()

    url = os.environ.get("BENCH_DATABASE_URL", DEFAULT_URL)
    ensure_database(url)
    # One user posts thousands of cases a minute here: no request limit.
    env = {**os.environ, "DATABASE_URL": url, "DATA_DIR": str(ROOT / "data" / "bench"),
           "RATE_LIMIT_PER_MINUTE": "0"}  # fmt: skip
    # A database of its own on the broker: the nudges queued here are never consumed.
    env.setdefault("REDIS_URL", "redis://127.0.0.1:6379/15")
    flask_cli(env, "db", "upgrade")
    flask_cli(env, "units", "create", "BENCH", "压测社区工会")
    flask_cli(env, "users", "create", "bench-desk", "--role", "intake", "--unit", "BENCH")
    token = flask_cli(env, "tokens", "create", "bench-desk").strip().splitlines()[-1]

    rng = random.Random(8)
    service = serve("service.app:create_app()", 8801, env)
    bare = serve("bench.bare_app:create_app()", 8802, env)
    headers = {"Content-Type": "application/json"}
    try:
        service_results, bare_results = [], []
        for _ in range(options.rounds):
            bare_results.append(
                drive(
                    port=8802,
                    path="/bare/cases",
                    headers=headers,
                    make_body=lambda _: intake_body(rng),
                    requests=options.requests,
                    clients=options.clients,
                )
            )
            service_results.append(
                drive(
                    port=8801,
                    path="/api/v1/cases",
                    headers={**headers, "Authorization": f"Bearer {token}"},
                    make_body=lambda _: intake_body(rng),
                    requests=options.requests,
                    clients=options.clients,
                )
            )
    finally:
        service.terminate()
        bare.terminate()
    for bare_result, service_result in zip(bare_results, service_results, strict=True):
        print(bare_result.line("bare"))
        print(service_result.line("service"))
    ratio = median_rate(service_results) / median_rate(bare_results)
    print(f"intake ratio (median service / median bare): {ratio:.2f}  (target >= 0.5)")


if __name__ == "__main__":
    main()
