"""Speed at scale: the summary, its export, the case list and registration at 1,000,000 cases.

    .venv/bin/python -m bench.reports --cases 1000000 --small 10000 --rounds 3

Loads two databases set-based (bench/report_data.sql through psql): ``bench_reports``
with ``--cases`` cases and ``bench_reports_small`` with ``--small`` (``--databases BIG
SMALL`` names others), then measures in
one run, three rounds each (min / median / max seconds):

- the summary of a year grouped by unit, against one hand-written SQL query of the
  same figures (target: within 1.5x);
- the summary of the same year grouped by month, against the hand-written query
  run once per month;
- the CSV export of a year's cases, against PostgreSQL's own COPY of the same rows;
- GET /api/v1/cases with the common filters and with a name search at --cases
  against the same at --small (target: within 1.2x), 20 a page; where --small finds
  fewer than 20, again with pages of that many at both sizes, so that the two answers
  hold as many cases;
- POST /api/v1/cases, an intake desk's registration of a wage dispute, at --cases
  against the same at --small: --rounds × 100 intakes at each size, one size then the
  other, after 20 unmeasured at each; p50 and p99 (target: within 1.2x). The
  intakes stay in both databases, each claimant named 欧阳, whom no search above finds.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import date, datetime
from datetime import time as clock
from pathlib import Path
from typing import Any

import psycopg

ROOT = Path(__file__).resolve().parent.parent
SERVER = os.environ.get("BENCH_PG", "postgresql://postgres@127.0.0.1:5432")
TODAY = "2026-11-23 00:00:00+08"
YEAR = (date(2025, 11, 1), date(2026, 10, 31))

HAND_WRITTEN = """
WITH p AS (SELECT %(start)s::timestamptz AS s, %(end)s::timestamptz AS e,
                  %(first)s::date AS f, %(last)s::date AS l, %(now)s::timestamptz AS n),
c AS (SELECT * FROM cases WHERE unit_id = ANY(%(units)s)),
intake AS (
  SELECT unit_id,
    count(*) FILTER (WHERE type <> 'consultation' AND received_at >= s) AS registered,
    count(*) FILTER (WHERE type = 'consultation' AND received_at >= s) AS consultations,
    count(*) FILTER (WHERE type <> 'consultation' AND received_at >= s AND closed_at < e)
      AS registered_closed,
    count(*) FILTER (WHERE type <> 'consultation' AND (closed_at IS NULL OR closed_at >= e))
      AS open_at_end,
    count(*) FILTER (WHERE collective AND received_at >= s) AS collective,
    coalesce(sum(workers_involved) FILTER (WHERE collective AND received_at >= s), 0) AS workers,
    coalesce(sum(claim_amount) FILTER (WHERE type <> 'consultation' AND received_at >= s), 0)
      AS claimed
  FROM c, p
  WHERE received_at < e AND (received_at >= s OR closed_at IS NULL OR closed_at >= s)
  GROUP BY unit_id),
closing AS (
  SELECT unit_id, count(*) AS closed,
    count(*) FILTER (WHERE status = 'rejected') AS rejected,
    count(*) FILTER (WHERE status = 'withdrawn') AS withdrawn,
    count(*) FILTER (WHERE status = 'closed' AND outcome = 'agreement_performed') AS performed,
    count(*) FILTER (WHERE status = 'closed' AND outcome = 'arbitration') AS arbitration,
    count(*) FILTER (WHERE status = 'closed' AND outcome = 'court') AS court,
    count(*) FILTER (WHERE status = 'closed' AND outcome = 'unresolved') AS unresolved,
    count(*) FILTER (WHERE status = 'closed' AND outcome = 'aid_paid') AS aid_paid,
    count(*) FILTER (WHERE status = 'closed' AND outcome = 'referred_elsewhere') AS referred,
    count(*) FILTER (WHERE status = 'closed' AND outcome = 'other') AS other,
    percentile_cont(0.5) WITHIN GROUP (ORDER BY days) AS median,
    percentile_disc(0.9) WITHIN GROUP (ORDER BY days) AS p90
  FROM (SELECT unit_id, status, outcome,
               timezone('Asia/Shanghai', closed_at)::date
               - timezone('Asia/Shanghai', received_at)::date AS days
        FROM c, p WHERE type <> 'consultation' AND closed_at >= s AND closed_at < e) x
  GROUP BY unit_id),
answers AS (
  SELECT c.unit_id,
    count(*) FILTER (WHERE ev.payload->>'satisfaction' = 'satisfied') AS satisfied,
    count(*) FILTER (WHERE ev.payload->>'satisfaction' = 'not_satisfied') AS not_satisfied,
    count(*) FILTER (WHERE ev.payload->>'satisfaction' = 'unreachable') AS unreachable
  FROM c JOIN case_events ev ON ev.case_id = c.id, p
  WHERE c.type <> 'consultation' AND c.status = 'closed' AND c.closed_at >= s
    AND c.closed_at < e AND ev.action = 'close'
  GROUP BY c.unit_id),
due AS (
  SELECT c.unit_id,
    count(*) FILTER (WHERE t.status IN ('fired', 'dispatched')
                     OR (t.status = 'pending' AND t.deadline_at <= n)) AS breaches,
    count(DISTINCT t.case_id) FILTER (WHERE t.status IN ('fired', 'dispatched')
                     OR (t.status = 'pending' AND t.deadline_at <= n)) AS breached_cases,
    count(*) FILTER (WHERE t.status = 'cancelled'
                     AND (c.status <> 'withdrawn' OR t.deadline_at < c.closed_at)) AS met
  FROM timers t JOIN c ON c.id = t.case_id, p
  WHERE t.purpose = 'due' AND t.kind IN ('acceptance_decision', 'mediation_limit', 'aid_review',
        'instalment_due', 'follow_up_call', 'aid_follow_up')
    AND t.deadline_at > s AND t.deadline_at <= least(e, n)
  GROUP BY c.unit_id),
money AS (
  SELECT c.unit_id,
    coalesce(sum(pm.amount) FILTER (WHERE c.type <> 'hardship_aid'), 0) AS recovered,
    coalesce(sum(pm.amount) FILTER (WHERE c.type = 'hardship_aid'), 0) AS aid
  FROM payments pm JOIN c ON c.id = pm.case_id, p
  WHERE pm.paid_on BETWEEN f AND l GROUP BY c.unit_id),
agreements AS (
  SELECT c.unit_id, sum((ev.payload->>'amount')::numeric) AS agreed
  FROM case_events ev JOIN c ON c.id = ev.case_id, p
  WHERE ev.action = 'agree' AND ev.occurred_at >= s AND ev.occurred_at < e
  GROUP BY c.unit_id)
SELECT * FROM intake
  LEFT JOIN closing USING (unit_id) LEFT JOIN answers USING (unit_id)
  LEFT JOIN due USING (unit_id) LEFT JOIN money USING (unit_id)
  LEFT JOIN agreements USING (unit_id)
ORDER BY unit_id
"""


def sh(*args: str, env: dict[str, str] | None = None) -> None:
    subprocess.run(args, check=True, cwd=ROOT, env={**os.environ, **(env or {})})


def load(name: str, cases: int) -> float:
    """A fresh database ``name`` migrated to head and loaded with ``cases`` cases."""
    started = time.perf_counter()
    with psycopg.connect(f"{SERVER}/postgres", autocommit=True) as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {name}")
        admin.execute(f"CREATE DATABASE {name}")
    url = f"postgresql+psycopg://{SERVER.split('://', 1)[1]}/{name}"
    sh(sys.executable, "-m", "flask", "--app", "service.app", "db", "upgrade",
       env={"DATABASE_URL": url, "REDIS_URL": "redis://127.0.0.1:6379/6"})  # fmt: skip
    sh("psql", f"{SERVER}/{name}", "-q", "-v", "ON_ERROR_STOP=1", "-v", f"cases={cases}",
       "-v", f"today='{TODAY}'", "-f", str(ROOT / "bench" / "report_data.sql"))  # fmt: skip
    with psycopg.connect(f"{SERVER}/{name}", autocommit=True) as connection:
        connection.execute("VACUUM ANALYZE")
    return time.perf_counter() - started


def rounds(work: Callable[[], Any], count: int) -> list[float]:
    timings = []
    for _ in range(count):
        started = time.perf_counter()
        work()
        timings.append(time.perf_counter() - started)
    return timings


def line(what: str, ours: list[float], reference: list[float], target: float | None) -> str:
    ratio = statistics.median(ours) / statistics.median(reference)
    verdict = "" if target is None else (" met" if ratio <= target else " NOT met")

    def spread(t: list[float]) -> str:
        return f"{min(t):.3f} / {statistics.median(t):.3f} / {max(t):.3f}"

    return (f"| {what} | {spread(ours)} | {spread(reference)} | {ratio:.2f}"
            f"{'' if target is None else f' (≤{target})'}{verdict} |")  # fmt: skip


def app_for(name: str) -> Any:
    os.environ["DATABASE_URL"] = f"postgresql+psycopg://{SERVER.split('://', 1)[1]}/{name}"
    os.environ.setdefault("REDIS_URL", "redis://127.0.0.1:6379/6")
    os.environ["RATE_LIMIT_PER_MINUTE"] = "0"  # one user sends hundreds of requests a minute
    from service.app import create_app

    return create_app()


def token_for(app: Any, username: str) -> str:
    from sqlalchemy import select

    from service.auth.models import User
    from service.auth.service import issue_token
    from service.db import unit_of_work

    with app.app_context(), unit_of_work() as work:
        user = work.scalar(select(User).where(User.username == username))
        token = issue_token(db_session=work, user=user)
        work.commit()
    return token


def measure(args: argparse.Namespace) -> list[str]:
    from service.auth.enums import Role
    from service.auth.service import Caller
    from service.db import unit_of_work
    from service.reports.figures import Period
    from service.reports.service import months_of, summary
    from workflows.calendar import CHINA, end_of_day

    big = app_for(args.databases[0])
    everything = Caller(user_id=0, username="bench", role=Role.SUPERVISOR, unit_id=1,
                        unit_code="S01", scope_unit_ids=frozenset(range(1, 51)))  # fmt: skip
    now = datetime.fromisoformat(TODAY.replace(" ", "T") + ":00")
    first, last = YEAR

    def ours(group_by: str) -> Callable[[], Any]:
        def run() -> Any:
            with big.app_context(), unit_of_work() as work:
                query = {"from": first, "to": last, "group_by": group_by}
                return summary(db_session=work, caller=everything, query=query, now=now)

        return run

    def hand(periods: list[Period]) -> Callable[[], Any]:
        def run() -> Any:
            with psycopg.connect(f"{SERVER}/{args.databases[0]}") as connection:
                for period in periods:
                    connection.execute(HAND_WRITTEN, {
                        "start": datetime.combine(period.first, clock(0), CHINA),
                        "end": end_of_day(period.last), "first": period.first,
                        "last": period.last, "now": now, "units": list(range(1, 51)),
                    }).fetchall()  # fmt: skip

        return run

    year = Period(first, last)
    lines = []
    if "summary" in args.only:
        lines += [
            line("summary of a year by unit", rounds(ours("unit"), args.rounds),
                 rounds(hand([year]), args.rounds), 1.5),
            line("summary of a year by month", rounds(ours("month"), args.rounds),
                 rounds(hand(months_of(year)), args.rounds), None),
        ]  # fmt: skip

    if not {"export", "list"} & set(args.only):
        return lines  # no request of the street's supervisor: no token for one
    street = token_for(big, "u1_0")
    client = big.test_client()
    between = f"{first.isoformat()},{last.isoformat()}"

    def export() -> None:
        response = client.get(f"/api/v1/cases?format=csv&opened_between={between}&unit=S01",
                              headers={"Authorization": f"Bearer {street}"})  # fmt: skip
        assert response.status_code == 200, response.data[:300]

    def copy() -> None:
        sql = (
            "COPY (SELECT c.number, c.type, c.category, c.channel, c.status, c.outcome, u.code, "
            "a.display_name, c.claimant_name, c.claimant_id_number, c.claimant_phone, "
            "c.received_at, c.closed_at, c.claim_amount FROM cases c "
            "JOIN org_units u ON u.id = c.unit_id LEFT JOIN users a ON a.id = c.assignee_id "
            f"WHERE u.path LIKE '/1/%' AND c.received_at >= '{first}T00:00:00+08' "
            f"AND c.received_at < '{last}T24:00:00+08' ORDER BY c.received_at DESC, c.id DESC) "
            "TO STDOUT WITH CSV HEADER"
        )
        with (
            psycopg.connect(f"{SERVER}/{args.databases[0]}") as connection,
            connection.cursor() as cursor,
            cursor.copy(sql) as stream,
        ):
            for _ in stream:
                pass

    if "export" in args.only:
        lines.append(line("CSV export of a year's cases (one street)", rounds(export, args.rounds),
                          rounds(copy, args.rounds), None))  # fmt: skip
    if "list" not in args.only:
        return lines

    small = app_for(args.databases[1])
    small_token = token_for(small, "u1_0")
    small_client = small.test_client()
    for what, query in (
        ("case list, common filters", "type=labour_dispute&status=in_mediation&unit=S01"
                                      "&sort=-received_at"),
        ("case list, status and a year", "status=in_mediation&opened_between=" + between),
        ("case list, name search 王秀兰", "q=王秀兰"),
        ("case list, pinyin initials wxl", "q=wxl"),
        # 20 cases in both databases: the cost of finding them, not of a growing answer.
        ("case list, name search 司马相如", "q=司马相如"),
        ("case list, pinyin prefix simax", "q=simax"),
        ("case list, pinyin initials smxr", "q=smxr"),
    ):  # fmt: skip

        def listing(c: Any, t: str, q: str = query, per_page: int = 20) -> Callable[[], Any]:
            def run() -> Any:
                url = f"/api/v1/cases?{q}&per_page={per_page}"
                response = c.get(url, headers={"Authorization": f"Bearer {t}"})
                assert response.status_code == 200, response.data[:300]
                return response.get_json()

            return run

        sizes = f"({args.cases:,} vs {args.small:,})"
        listing(client, street)()  # warm
        found = listing(small_client, small_token)()["total"]
        at_scale = rounds(listing(client, street), args.rounds * 3)
        at_small = rounds(listing(small_client, small_token), args.rounds * 3)
        lines.append(line(f"{what} {sizes}", at_scale, at_small, 1.2))
        if 0 < found < 20:
            # The small database's page is not full: the two answers differ in size, not
            # only the databases. Again with pages of what it finds, so that both answers
            # hold as many cases; the big one still finds, counts and sorts all of its.
            at_scale = rounds(listing(client, street, per_page=found), args.rounds * 3)
            at_small = rounds(listing(small_client, small_token, per_page=found), args.rounds * 3)
            what = f"{what}, {found} a page at both sizes"
            lines.append(line(f"{what} {sizes}", at_scale, at_small, 1.2))
    return lines


def intakes(args: argparse.Namespace) -> list[str]:
    """Registration's latency at both sizes: one community union's desk (``u6_1``)."""
    from bench.seed import intake_body

    rng = random.Random(time.time_ns())  # new people each run: the last run's are on file
    sides = []
    for name in args.databases:
        app = app_for(name)
        sides.append((app.test_client(), {"Authorization": f"Bearer {token_for(app, 'u6_1')}"}))
    timings: list[list[float]] = [[], []]

    def body() -> dict[str, Any]:
        # A surname that none of the list's searches finds, so that they answer the same
        # however many intakes earlier runs left.
        intake = intake_body(rng)
        intake["claimant"]["name"] = "欧阳" + intake["claimant"]["name"][1:]
        return intake

    def register(side: int) -> float:
        client, headers = sides[side]
        started = time.perf_counter()
        response = client.post("/api/v1/cases", json=body(), headers=headers)
        elapsed = time.perf_counter() - started
        assert response.status_code == 201, response.data[:300]
        return elapsed

    for side in (0, 1):
        for _ in range(20):  # the statement cache, the pool, the calendar
            register(side)
    for index in range(args.rounds * 100 * 2):
        side = index % 2 if index // 2 % 2 == 0 else 1 - index % 2  # who goes first alternates
        timings[side].append(register(side))
    sizes = f"({args.cases:,} vs {args.small:,})"
    rows = []
    for label, share in (("p50", 50), ("p99", 99)):
        big, small = (statistics.quantiles(t, n=100)[share - 1] for t in timings)
        ratio = big / small
        rows.append(
            f"| intake {sizes}, {label} in ms | {big * 1000:.2f} | {small * 1000:.2f}"
            f" | {ratio:.2f} (≤1.2){' met' if ratio <= 1.2 else ' NOT met'} |"
        )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=1_000_000)
    parser.add_argument("--small", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--no-load", action="store_true", help="reuse the loaded databases")
    parser.add_argument("--databases", nargs=2, metavar=("BIG", "SMALL"),
                        default=["bench_reports", "bench_reports_small"],
                        help="the databases of --cases and --small cases")  # fmt: skip
    parts = ["summary", "export", "list", "intake"]
    parser.add_argument("--only", nargs="+", choices=parts, default=parts, help="measure these")
    args = parser.parse_args()
    if not args.no_load:
        for name, cases in zip(args.databases, (args.cases, args.small), strict=True):
            print(f"loaded {cases:,} cases in {load(name, cases):.0f} s")
    print("| what | ours min / median / max s | reference min / median / max s | ratio |")
    print("|---|---|---|---|")
    for row in measure(args):
        print(row, flush=True)
    if "intake" in args.only:
        for row in intakes(args):
            print(row, flush=True)


if __name__ == "__main__":
    main()
