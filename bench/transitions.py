"""Transition cost: unioncase's service layer against SpiffWorkflow on the same path.

    .venv/bin/pip install SpiffWorkflow   # the peer is not a dependency of unioncase
    .venv/bin/python -m bench.transitions [--cases 300]

Each side walks N disputes through route → accept → agree → settle, one
transaction per step on the same PostgreSQL (BENCH_DATABASE_URL, default the
local `unioncase_bench` database, recreated). unioncase loads the case, checks
the workflow and the version, writes the event (hash-chained) and its outbox
row; SpiffWorkflow loads its serialised workflow, runs the task and saves it.
DESIGN asks for at least 2x the peer.
"""

from __future__ import annotations

import argparse
import os
import random
import time
from pathlib import Path

from SpiffWorkflow.bpmn import BpmnWorkflow
from SpiffWorkflow.bpmn.parser import BpmnParser
from SpiffWorkflow.bpmn.serializer import BpmnWorkflowSerializer
from SpiffWorkflow.util.task import TaskState
from sqlalchemy import Column, Integer, MetaData, Table, Text, create_engine, select, update

from bench.intake import DEFAULT_URL, ensure_database, intake_body
from service.app import create_app
from service.auth.cli import create_unit, create_user
from service.auth.enums import Role
from service.auth.service import Caller
from service.cases import service as cases
from service.cases.models import Case
from service.cases.schemas import CaseIntakeSchema
from service.cases.transitions import fire
from service.cli import alembic_config
from service.db import unit_of_work
from workflows.engine import SYSTEM_ACTOR, Actor

HERE = Path(__file__).resolve().parent
AGREEMENT = {
    "amount": "8600.00",
    "instalments": [{"due_on": "2026-12-01", "amount": "8600.00"}],
    "signed_by_both": True,
}


def _ours(case_ids: list[int], mediator_id: int) -> float:
    mediator = Actor("mediator", user_id=mediator_id, is_assignee=True)
    steps = [
        ("route", SYSTEM_ACTOR, None, {}),
        ("accept", mediator, mediator_id, {}),
        ("agree", mediator, mediator_id, AGREEMENT),
        ("settle", SYSTEM_ACTOR, None, {}),
    ]
    started = time.perf_counter()
    for case_id in case_ids:
        for action, actor, actor_id, data in steps:
            with unit_of_work() as work:
                case = work.get(Case, case_id)
                fire(
                    db_session=work,
                    case=case,
                    actor=actor,
                    actor_id=actor_id,
                    action=action,
                    data=data,
                )
                work.commit()
    return time.perf_counter() - started


def _spiff(url: str, count: int) -> float:
    parser = BpmnParser()
    parser.add_bpmn_file(str(HERE / "dispute.bpmn"))
    spec = parser.get_spec("dispute")
    serializer = BpmnWorkflowSerializer()
    metadata = MetaData()
    table = Table(
        "spiff_cases", metadata, Column("id", Integer, primary_key=True), Column("state", Text)
    )
    engine = create_engine(url)
    metadata.create_all(engine)
    with engine.begin() as connection:
        for case_id in range(1, count + 1):
            workflow = BpmnWorkflow(spec)
            workflow.do_engine_steps()
            connection.execute(
                table.insert().values(id=case_id, state=serializer.serialize_json(workflow))
            )
    started = time.perf_counter()
    for case_id in range(1, count + 1):
        for _ in range(4):
            with engine.begin() as connection:
                state = connection.scalar(
                    select(table.c.state).where(table.c.id == case_id).with_for_update()
                )
                workflow = serializer.deserialize_json(state)
                workflow.get_tasks(state=TaskState.READY, manual=True)[0].run()
                workflow.do_engine_steps()
                connection.execute(
                    update(table)
                    .where(table.c.id == case_id)
                    .values(state=serializer.serialize_json(workflow))
                )
    elapsed = time.perf_counter() - started
    engine.dispose()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cases", type=int, default=300)
    options = parser.parse_args()
    url = os.environ.get("BENCH_DATABASE_URL", DEFAULT_URL)
    ensure_database(url)
    os.environ.update(
        DATABASE_URL=url, REDIS_URL=os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0")
    )
    from alembic import command

    command.upgrade(alembic_config(url), "head")
    app = create_app()
    rng = random.Random(4)
    with app.app_context():
        with unit_of_work() as work:
            unit = create_unit(db_session=work, code="BENCH", name="压测", parent_code=None)
            desk = create_user(
                db_session=work, username="desk", role=Role.INTAKE, unit_code="BENCH", name=None
            )
            mediator = create_user(
                db_session=work,
                username="mediator",
                role=Role.MEDIATOR,
                unit_code="BENCH",
                name=None,
            )
            caller = Caller(desk.id, "desk", Role.INTAKE, unit.id, "BENCH", frozenset({unit.id}))
            schema = CaseIntakeSchema()
            case_ids = []
            for _ in range(options.cases):
                intake = schema.load({**intake_body(rng), "assignee": "mediator"})
                case_ids.append(cases.register(db_session=work, caller=caller, intake=intake).id)
            work.commit()
        ours = _ours(case_ids, mediator.id)
    peer = _spiff(url, options.cases)
    steps = options.cases * 4
    print(f"unioncase       {steps / ours:8.1f} transitions/s  ({steps} in {ours:.2f} s)")
    print(f"SpiffWorkflow   {steps / peer:8.1f} transitions/s  ({steps} in {peer:.2f} s)")
    print(f"ratio (unioncase / SpiffWorkflow): {peer / ours:.2f}  (target >= 2)")


if __name__ == "__main__":
    main()
