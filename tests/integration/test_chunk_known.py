"""What a chunk of timers reads ahead of its first timer (Known.prime), and that a failed
read holds up none of its deadlines."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import timedelta

import pytest
from celery.exceptions import SoftTimeLimitExceeded
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import delete, select, update
from sqlalchemy.exc import OperationalError
from sqlalchemy.sql import ColumnElement

from service.auth.enums import Role
from service.auth.models import OrgUnit, User
from service.db import unit_of_work, utcnow
from service.notifications import push
from service.notifications.models import Delivery, Notification
from service.notifications.service import Known, supervisors_of
from service.staff.service import set_active
from service.sweep import firing
from service.timers.models import CaseTimer
from tests import data
from tests.api.test_statement_counts import _on, sent
from tests.api.workflow_helpers import register, route
from tests.conftest import Office, Staff
from tests.integration.test_timers import dispute_received
from workers.tasks import fire_timers

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


def _claimed(app: Flask, chunk: Chunk) -> list[int]:
    """The chunk's timers made due and claimed as the sweep claims them."""
    with app.app_context(), unit_of_work() as work:
        work.execute(
            update(CaseTimer)
            .where(CaseTimer.id.in_(chunk.timer_ids))
            .values(due_at=utcnow() - timedelta(minutes=1))
        )
        claimed = firing.claim_due(db_session=work)
        work.commit()
    assert sorted(claimed) == sorted(chunk.timer_ids)
    return claimed


def _told(app: Flask, timer_ids: list[int]) -> dict[int, set[tuple[int, str, str]]]:
    """By timer: each person told, with each push queued to them (channel, target)."""
    keys = {f"timer:{timer_id}": timer_id for timer_id in timer_ids}
    with app.app_context(), unit_of_work() as work:
        rows = work.execute(
            select(Notification.source_key, Notification.user_id, Delivery.channel, Delivery.target)
            .outerjoin(Delivery, Delivery.notification_id == Notification.id)
            .where(Notification.source_key.in_(keys))
        )
        told: dict[int, set[tuple[int, str, str]]] = {}
        for source_key, user_id, channel, target in rows:
            told.setdefault(keys[source_key], set()).add((user_id, channel, target))
        statuses = set(work.scalars(select(CaseTimer.status).where(CaseTimer.id.in_(timer_ids))))
    assert statuses == {"fired"}
    return told


def _as_if_never_fired(app: Flask, timer_ids: list[int]) -> None:
    with app.app_context(), unit_of_work() as work:
        work.execute(delete(Delivery))
        work.execute(delete(Notification))
        work.execute(
            update(CaseTimer)
            .where(CaseTimer.id.in_(timer_ids))
            .values(status="dispatched", fired_at=None)
        )
        work.commit()


def test_a_chunk_whose_reading_fails_fires_every_timer_and_tells_the_same_people(
    client: FlaskClient,
    chunk: Chunk,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    app = client.application
    claimed = _claimed(app, chunk)
    with app.app_context():
        fire_timers(claimed)
    read_ahead = _told(app, claimed)
    _as_if_never_fired(app, claimed)

    def statement_timeout(self: Known, db_session: object, timer_ids: list[int]) -> None:
        raise OperationalError(
            "SELECT ...", {}, Exception("canceling statement due to statement timeout")
        )

    monkeypatch.setattr(Known, "prime", statement_timeout)
    with app.app_context(), caplog.at_level(logging.ERROR, logger="workers.tasks"):
        fire_timers(claimed)

    assert _told(app, claimed) == read_ahead
    staff = chunk.staff
    everyone = {user_id for told in read_ahead.values() for user_id, _, _ in told}
    assert everyone == {
        staff[name].user_id
        for name in ("hg_mediator", "hg_chair", "qj_chair", "yt_caseworker", "yt_chair")
    }
    assert all(channel is not None for told in read_ahead.values() for _, channel, _ in told)
    (failure,) = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert failure.getMessage() == "chunk's people not read ahead; each timer reads its own"
    assert failure.timer_ids == claimed  # type: ignore[attr-defined]
    assert failure.exc_info is not None and failure.exc_info[0] is OperationalError


def test_a_chunk_out_of_time_while_reading_stops_there(
    client: FlaskClient, chunk: Chunk, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = client.application
    claimed = _claimed(app, chunk)

    def out_of_time(self: Known, db_session: object, timer_ids: list[int]) -> None:
        raise SoftTimeLimitExceeded()

    monkeypatch.setattr(Known, "prime", out_of_time)
    with app.app_context(), pytest.raises(SoftTimeLimitExceeded):
        fire_timers(claimed)
    with app.app_context(), unit_of_work() as work:
        statuses = set(work.scalars(select(CaseTimer.status).where(CaseTimer.id.in_(claimed))))
    assert statuses == {"dispatched"}
