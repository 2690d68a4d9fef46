"""Firing cost: statements, wall and CPU time per fired timer, in this one process.

    .venv/bin/python -m bench.firing [--cases 1000]

Registers and routes --cases disputes on a fresh bench database (BENCH_DATABASE_URL,
default the local `unioncase_bench` database, recreated), makes each case's
acceptance reminder and deadline due, claims them as the sweep does and fires them as the
worker's ``unioncase.fire_timers`` does, a chunk of ``firing.CHUNK`` at a time, each
timer in a transaction of its own. Each goes to the assignee and the unit's
supervisor. Prints the statements sent and the time taken per timer.
"""

from __future__ import annotations

import argparse
import random
import time
from datetime import timedelta

from sqlalchemy import event, func, select, update

from bench.seed import bench_env, create_staff, migrated_app, register_cases, route_cases
from service.auth.enums import Role
from service.db import unit_of_work, utcnow
from service.staff.service import create_user
from service.sweep import firing
from service.timers.models import CaseTimer
from workers.tasks import fire_timers


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=1000)
    args = parser.parse_args()
    app = migrated_app(bench_env())
    staff = create_staff(app)
    with app.app_context(), unit_of_work() as work:
        create_user(
            db_session=work, username="chair", role=Role.SUPERVISOR, unit_code="BENCH", name=None
        )
        work.commit()
    route_cases(app, register_cases(app, staff, args.cases, random.Random(11)))
    with app.app_context(), unit_of_work() as work:
        work.execute(
            update(CaseTimer)
            .where(CaseTimer.kind == "acceptance_decision", CaseTimer.status == "pending")
            .values(due_at=utcnow() - timedelta(minutes=1))
        )
        work.commit()
        claimed: list[int] = []
        while batch := firing.claim_due(db_session=work):
            claimed += batch
            work.commit()
    sent = 0

    def count(*_args: object) -> None:
        nonlocal sent
        sent += 1

    with app.app_context():
        event.listen(app.extensions["database"].engine, "before_cursor_execute", count)
        wall, cpu = time.perf_counter(), time.process_time()
        for start in range(0, len(claimed), firing.CHUNK):
            fire_timers(claimed[start : start + firing.CHUNK])
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    with app.app_context(), unit_of_work() as work:
        fired = work.scalar(select(func.count()).where(CaseTimer.status == "fired"))
    n = len(claimed) or 1
    print(
        f"{fired} of {len(claimed)} timers fired: {sent / n:.2f} statements, "
        f"{wall * 1000 / n:.2f} ms wall, {cpu * 1000 / n:.2f} ms CPU per timer"
    )


if __name__ == "__main__":
    main()
