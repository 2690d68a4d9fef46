"""What a chunk of timers reads ahead of its first timer (Known.prime)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select, update
from sqlalchemy.sql import ColumnElement

from service.auth.enums import Role
from service.auth.models import OrgUnit, User
from service.db import unit_of_work, utcnow
from service.notifications import push
from service.notifications.service import Known, supervisors_of
from service.staff.service import set_active
from service.timers.models import CaseTimer
from tests import data
from tests.api.test_statement_counts import _on, sent
from tests.api.workflow_helpers import register, route
from tests.conftest import Office, Staff
from tests.integration.test_timers import dispute_received

WEBHOOK = "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=hg"


@dataclass
class Chunk:
    """A chunk's timers and the people around them, by name."""

    staff: dict[str, Staff]
    units: dict[str, int]
    assigned: list[int]  # timers of a case of XA-HG that has an assignee
    unassigned: list[int]  # timers of a case of XA-QJ that nobody could take
    household: list[int]  # re-verification timers of a household file of XA-YT

    @property
    def timer_ids(self) -> list[int]:
        return self.assigned + self.unassigned + self.household


def _pending(app: Flask, of: ColumnElement[bool]) -> list[int]:
    with app.app_context(), unit_of_work() as work:
        found = work.scalars(
            select(CaseTimer.id).where(of, CaseTimer.status == "pending").order_by(CaseTimer.id)
        )
        return list(found)


@pytest.fixture
def chunk(client: FlaskClient, office: Office) -> Chunk:
    """Two community unions' cases, one assigned and one not, and a third's household
    file, under one street federation; everyone with an e-mail, XA-HG with a robot."""
    office.unit("XA")
    for code in ("XA-HG", "XA-QJ", "XA-YT"):
        office.unit(code, parent="XA")
    staff = {
        "federation_chair": office.staff(Role.SUPERVISOR, "XA"),
        "hg_desk": office.staff(Role.INTAKE, "XA-HG"),
        "hg_mediator": office.staff(Role.MEDIATOR, "XA-HG"),
        "hg_chair": office.staff(Role.SUPERVISOR, "XA-HG"),
        "hg_former_chair": office.staff(Role.SUPERVISOR, "XA-HG"),
        "qj_desk": office.staff(Role.INTAKE, "XA-QJ"),
        "qj_chair": office.staff(Role.SUPERVISOR, "XA-QJ"),
        "yt_caseworker": office.staff(Role.CASEWORKER, "XA-YT"),
        "yt_chair": office.staff(Role.SUPERVISOR, "XA-YT"),
    }
    app = client.application
    hg = {"desk": staff["hg_desk"], "mediator": staff["hg_mediator"]}
    assigned = dispute_received(client, hg, utcnow())
    unassigned = register(client, staff["qj_desk"], data.dispute(received_at=utcnow().isoformat()))
    route(app, unassigned["id"])  # XA-QJ has no mediator: the case waits for one
    filed = client.post(
        "/api/v1/households", json=data.household(), headers=staff["yt_caseworker"].headers
    )
    assert filed.status_code == 201, filed.get_json()
    with app.app_context(), unit_of_work() as work:
        former = work.get(User, staff["hg_former_chair"].user_id)
        assert former is not None
        set_active(db_session=work, user=former, active=False, actor_id=None)
        for person in staff.values():
            work.execute(
                update(User)
                .where(User.id == person.user_id)
                .values(email=f"{person.username}@unions.example")
            )
        work.execute(
            update(OrgUnit)
            .where(OrgUnit.code == "XA-HG")
            .values(webhook_url=WEBHOOK, webhook_format="wecom")
        )
        units = {code: unit_id for code, unit_id in work.execute(select(OrgUnit.code, OrgUnit.id))}
        work.commit()
    made = Chunk(
        staff=staff,
        units=units,
        assigned=_pending(app, CaseTimer.case_id == assigned["id"]),
        unassigned=_pending(app, CaseTimer.case_id == unassigned["id"]),
        household=_pending(app, CaseTimer.household_id == filed.get_json()["id"]),
    )
    assert made.assigned and made.unassigned and made.household
    assert _assignee(app, made.unassigned[0]) is None
    return made


def _assignee(app: Flask, timer_id: int) -> int | None:
    with app.app_context(), unit_of_work() as work:
        timer = work.get(CaseTimer, timer_id)
        assert timer is not None and timer.case is not None
        return timer.case.assignee_id


def _primed(app: Flask, timer_ids: list[int]) -> tuple[Known, list[str]]:
    known = Known()
    with app.app_context(), unit_of_work() as work, sent(app) as statements:
        known.prime(work, timer_ids)
    return known, statements


def test_a_chunk_reads_each_units_own_supervisors_and_the_addresses_in_two_statements(
    client: FlaskClient, chunk: Chunk
) -> None:
    known, statements = _primed(client.application, chunk.timer_ids)

    # 1 the units and assignees of the timers' cases and household files; 2 those units'
    # supervisors and the people's addresses and webhooks. SQLite sends BEGIN IMMEDIATE.
    assert len(statements) == _on(client, postgresql=2, sqlite=3)
    staff, units = chunk.staff, chunk.units
    # The units' own chairs: not the federation's above them, not a former chair.
    assert known.supervisors == {
        units["XA-HG"]: [staff["hg_chair"].user_id],
        units["XA-QJ"]: [staff["qj_chair"].user_id],
        units["XA-YT"]: [staff["yt_chair"].user_id],
    }
    robot = (WEBHOOK, "wecom")
    assert known.addresses == {
        staff[name].user_id: push.Address(f"{staff[name].username}@unions.example", *where)
        for name, where in [
            ("hg_mediator", robot),
            ("hg_chair", robot),
            ("qj_chair", (None, None)),
            ("yt_chair", (None, None)),
        ]
    }


def test_a_chunk_with_nobody_to_tell_sends_one_statement(client: FlaskClient, chunk: Chunk) -> None:
    app = client.application
    with app.app_context(), unit_of_work() as work:
        # A timer of neither a case nor a household file, and one no longer there.
        stray = CaseTimer(
            kind="follow_up_call",
            purpose="due",
            due_at=utcnow(),
            deadline_at=utcnow(),
            lasts="state",
        )
        work.add(stray)
        work.commit()
        timer_ids = [stray.id, stray.id + 1000]

    known, statements = _primed(app, timer_ids)

    assert len(statements) == _on(client, postgresql=1, sqlite=2)
    assert known == Known()


def test_a_chunk_counts_as_supervisors_whom_a_single_timer_counts(
    client: FlaskClient, chunk: Chunk
) -> None:
    app = client.application
    known, _ = _primed(app, chunk.timer_ids)
    with app.app_context(), unit_of_work() as work:
        for code in ("XA-HG", "XA-QJ", "XA-YT"):
            unit = work.get(OrgUnit, chunk.units[code])
            assert unit is not None
            read_alone = supervisors_of(db_session=work, unit=unit, above=False)
            assert known.supervisors[unit.id] == read_alone, code
        inactive = set(work.scalars(select(User.id).where(User.active.is_(False))))
    assert inactive == {chunk.staff["hg_former_chair"].user_id}
    assert inactive.isdisjoint(known.addresses)
