"""Transition cost: unioncase's service layer against SpiffWorkflow on the same path.

    .venv/bin/pip install -e '.[bench]'   # the peer is not a runtime dependency
    .venv/bin/python -m bench.transitions [--cases 300] [--rounds 3]

Each round, each side walks --cases fresh disputes through route → accept → agree →
settle, one transaction per step, in this one process on the same PostgreSQL
(BENCH_DATABASE_URL, default the local `unioncase_bench` database, recreated).
unioncase loads the case, checks the workflow and the version, writes the event
(hash-chained), its outbox row and the timer changes; SpiffWorkflow loads its
serialised workflow, runs the task and saves it. The cases of every round are
registered before any is timed; rounds alternate which side goes first. Prints
both rates as min / median / max over the rounds and the ratio; DESIGN asks for at
least 2x the peer.
"""

from __future__ import annotations

import argparse
import random
import time
from pathlib import Path
from typing import Any

from SpiffWorkflow.bpmn import BpmnWorkflow
from SpiffWorkflow.bpmn.parser import BpmnParser
from SpiffWorkflow.bpmn.serializer import BpmnWorkflowSerializer
from SpiffWorkflow.bpmn.specs import BpmnProcessSpec
from SpiffWorkflow.util.task import TaskState
from sqlalchemy import Column, Integer, MetaData, Table, Text, create_engine, select, update
from sqlalchemy.engine import Engine

from bench.load import report
from bench.seed import AGREEMENT, analyze, bench_env, create_staff, migrated_app, register_cases
from service.cases.models import Case
from service.cases.transitions import fire
from service.db import unit_of_work
from workflows.engine import SYSTEM_ACTOR, Actor

HERE = Path(__file__).resolve().parent
STEPS = 4
SPIFF_CASES = Table(
    "spiff_cases", MetaData(), Column("id", Integer, primary_key=True), Column("state", Text)
)


def walk(mediator_id: int) -> list[tuple[str, Actor, int | None, dict[str, Any]]]:
    """The four steps a dispute takes here: (action, actor, actor's user id, data)."""
    mediator = Actor("mediator", user_id=mediator_id, is_assignee=True)
    return [
        ("route", SYSTEM_ACTOR, None, {}),
        ("accept", mediator, mediator_id, {}),
        ("agree", mediator, mediator_id, AGREEMENT),
        ("settle", SYSTEM_ACTOR, None, {}),
    ]


def step(
    case_id: int, action: str, actor: Actor, actor_id: int | None, data: dict[str, Any]
) -> None:
    """One step through the service layer, in a transaction of its own."""
    with unit_of_work() as work:
        fire(
            db_session=work,
            case=work.get_one(Case, case_id),
            actor=actor,
            actor_id=actor_id,
            action=action,
            data=data,
        )
        work.commit()


def _ours(case_ids: list[int], mediator_id: int) -> float:
    steps = walk(mediator_id)
    started = time.perf_counter()
    for case_id in case_ids:
        for action, actor, actor_id, data in steps:
            step(case_id, action, actor, actor_id, data)
    return time.perf_counter() - started


def _spiff_spec() -> BpmnProcessSpec:
    parser = BpmnParser()
    parser.add_bpmn_file(str(HERE / "dispute.bpmn"))
    return parser.get_spec("dispute")


def _spiff_start(engine: Engine, spec: BpmnProcessSpec, ids: range) -> None:
    serializer = BpmnWorkflowSerializer()
    with engine.begin() as connection:
        for row_id in ids:
            workflow = BpmnWorkflow(spec)
            workflow.do_engine_steps()
            connection.execute(
                SPIFF_CASES.insert().values(id=row_id, state=serializer.serialize_json(workflow))
            )


def spiff_cases(url: str, cases: int, rounds: int) -> tuple[Engine, list[range]]:
    """SpiffWorkflow's engine and, per round, the ids of its ``cases`` fresh workflows."""
    engine = create_engine(url)
    SPIFF_CASES.metadata.create_all(engine)
    spec = _spiff_spec()
    ids = [range(r * cases + 1, (r + 1) * cases + 1) for r in range(rounds)]
    for each in ids:
        _spiff_start(engine, spec, each)
    return engine, ids


def _spiff(engine: Engine, ids: range) -> float:
    serializer = BpmnWorkflowSerializer()
    started = time.perf_counter()
    for row_id in ids:
        for _ in range(STEPS):
            with engine.begin() as connection:
                state = connection.scalar(
                    select(SPIFF_CASES.c.state).where(SPIFF_CASES.c.id == row_id).with_for_update()
                )
                workflow = serializer.deserialize_json(state)
                workflow.get_tasks(state=TaskState.READY, manual=True)[0].run()
                workflow.do_engine_steps()
                connection.execute(
                    update(SPIFF_CASES)
                    .where(SPIFF_CASES.c.id == row_id)
                    .values(state=serializer.serialize_json(workflow))
                )
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cases", type=int, default=300, help="cases per round and side")
    parser.add_argument("--rounds", type=int, default=3)
    options = parser.parse_args()
    env = bench_env()
    app = migrated_app(env)
    staff = create_staff(app)
    rng = random.Random(4)
    ours_ids = [register_cases(app, staff, options.cases, rng) for _ in range(options.rounds)]
    engine, spiff_ids = spiff_cases(env["DATABASE_URL"], options.cases, options.rounds)
    analyze(env["DATABASE_URL"])

    steps = options.cases * STEPS
    rates: dict[str, list[float]] = {"unioncase": [], "SpiffWorkflow": []}
    with app.app_context():
        for round_ in range(options.rounds):
            order = ["unioncase", "SpiffWorkflow"]
            for side in order if round_ % 2 == 0 else reversed(order):
                if side == "unioncase":
                    seconds = _ours(ours_ids[round_], staff.mediator_id)
                else:
                    seconds = _spiff(engine, spiff_ids[round_])
                rates[side].append(steps / seconds)
                print(
                    f"round {round_ + 1}  {side:14} {steps / seconds:8.1f} transitions/s"
                    f"  ({steps} in {seconds:.2f} s)",
                    flush=True,
                )
    engine.dispose()
    report(
        project="unioncase",
        reference="SpiffWorkflow",
        ours=rates["unioncase"],
        theirs=rates["SpiffWorkflow"],
        unit="transitions/s",
        target=">= 2",
    )


if __name__ == "__main__":
    main()
