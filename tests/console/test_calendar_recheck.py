"""A deadline another process counted with its cached calendar, after a change had replaced
it, is moved once every cache has run out; once."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

import pytest
from celery import Celery
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select, update

from service.broker import celery_config
from service.cases.models import CaseEvent
from service.config import Settings
from service.db import unit_of_work
from service.households.models import Household, HouseholdEvent
from service.timers import schedule
from service.timers.models import CalendarChange, CaseTimer
from service.working_days import days as calendar_days
from service.working_days import rechecks
from tests import data
from tests.api.report_data import on
from tests.api.workflow_helpers import register, route
from tests.conftest import Staff
from tests.console.test_admin_calendar_deadlines import acceptance, trail_actions
from workers import tasks

RECEIVED = "2027-03-01T10:00:00+08:00"  # a Monday of a year the official calendar lacks
# Past the cache's life and the margin after the change made at RECEIVED.
CACHES_GONE = "2027-03-01T10:03:00+08:00"


@pytest.fixture(autouse=True)
def forgets_the_calendar() -> Iterator[None]:
    yield
    schedule.forget_calendar()


def warm_cache(app: Flask) -> None:
    """This process reads the calendar and caches it, as a busy one always has."""
    with app.app_context(), unit_of_work() as work:
        schedule.calendar(work)


def holiday_made_elsewhere(app: Flask, monkeypatch: pytest.MonkeyPatch, day: date) -> None:
    """``day`` made a holiday by another process: this one's cached calendar stays."""
    with monkeypatch.context() as patch:
        patch.setattr(schedule, "forget_calendar", lambda: None)
        with app.test_request_context(), unit_of_work() as work:
            calendar_days.set_day(db_session=work, day=day, working=False, note="x")
            work.commit()


def rechecked(app: Flask) -> int:
    """What the minute's beat task does."""
    with app.app_context():
        return tasks.recheck_calendar_changes()


def stale_case(
    app: Flask, client: FlaskClient, desk: Staff, monkeypatch: pytest.MonkeyPatch
) -> dict[str, Any]:
    """A case received Monday, registered by a process still counting with the calendar
    it read before Wednesday 3 March was made a holiday."""
    warm_cache(app)
    holiday_made_elsewhere(app, monkeypatch, date(2027, 3, 3))
    case = register(client, desk, data.dispute(received_at=RECEIVED))
    route(app, case["id"])
    # Counted with the cached calendar: Tuesday to Thursday, across the new holiday.
    assert acceptance(app, case["id"])["deadline"] == date(2027, 3, 4)
    return case


def test_a_deadline_counted_with_a_stale_calendar_is_moved_once_caches_run_out(
    db: Flask, client: FlaskClient, team: dict[str, Staff], monkeypatch: pytest.MonkeyPatch
) -> None:
    with on(RECEIVED):
        case = stale_case(db, client, team["desk"], monkeypatch)
        with db.app_context(), unit_of_work() as work:
            changed_at = work.scalar(select(CalendarChange.changed_at))
            assert changed_at is not None
            # A minute on, another process may still count with the old calendar.
            soon = changed_at + rechecks.CACHE_LIFE
            assert rechecks.recheck(db_session=work, now=soon) == 0
            work.commit()
    assert acceptance(db, case["id"])["deadline"] == date(2027, 3, 4)

    with on(CACHES_GONE):
        assert rechecked(db) == 1
    # Tuesday, Thursday, Friday; reminded on the second day, Thursday.
    assert acceptance(db, case["id"]) == {
        "reminder": date(2027, 3, 4),
        "due": date(2027, 3, 6),
        "deadline": date(2027, 3, 5),
    }
    assert trail_actions(db, case["id"])[-1] == "deadline_moved"
    with db.app_context(), unit_of_work() as work:
        payload = work.scalar(
            select(CaseEvent.payload)
            .where(CaseEvent.case_id == case["id"])
            .order_by(CaseEvent.seq.desc())
            .limit(1)
        )
    assert payload is not None
    assert payload["calendar_changed_from"] == "2027-03-03"
    assert [(c["kind"], c["from"], c["to"]) for c in payload["deadlines"]] == [
        ("acceptance_decision", "2027-03-04", "2027-03-05")
    ]
    trail = trail_actions(db, case["id"])

    with on(CACHES_GONE):
        assert rechecked(db) == 0  # rechecked already
    # Two beats that both took the change: the second moves nothing again.
    with db.app_context(), unit_of_work() as work:
        work.execute(update(CalendarChange).values(rechecked_at=None))
        work.commit()
    with on(CACHES_GONE):
        assert rechecked(db) == 1
    assert acceptance(db, case["id"])["deadline"] == date(2027, 3, 5)
    assert trail_actions(db, case["id"]) == trail


def test_two_workers_rechecking_at_once_move_a_deadline_once(
    db: Flask, client: FlaskClient, team: dict[str, Staff], monkeypatch: pytest.MonkeyPatch
) -> None:
    if db.extensions["database"].engine.dialect.name != "postgresql":
        pytest.skip("SQLite runs one writer at a time; the race needs PostgreSQL")
    with on(RECEIVED):
        case = stale_case(db, client, team["desk"], monkeypatch)
    with db.app_context(), unit_of_work() as work:
        changed_at = work.scalar(select(CalendarChange.changed_at))
    assert changed_at is not None
    later = changed_at + timedelta(minutes=3)
    second: list[int] = []

    def second_worker() -> None:
        with db.app_context(), unit_of_work() as other:
            second.append(rechecks.recheck(db_session=other, now=later))
            other.commit()

    with db.app_context(), unit_of_work() as work:
        assert rechecks.recheck(db_session=work, now=later) == 1
        thread = threading.Thread(target=second_worker)
        thread.start()
        thread.join(1)
        assert thread.is_alive()  # it waits for this one to commit
        work.commit()
    thread.join(20)
    assert second == [0]
    assert acceptance(db, case["id"])["deadline"] == date(2027, 3, 5)
    assert trail_actions(db, case["id"]).count("deadline_moved") == 1


def test_a_deadline_the_change_itself_moved_is_not_moved_again(
    db: Flask, client: FlaskClient, team: dict[str, Staff], caplog: pytest.LogCaptureFixture
) -> None:
    with on(RECEIVED):
        case = register(client, team["desk"], data.dispute(received_at=RECEIVED))
        route(db, case["id"])
        with db.test_request_context(), unit_of_work() as work:
            calendar_days.set_day(db_session=work, day=date(2027, 3, 3), working=False, note="x")
            work.commit()
    assert acceptance(db, case["id"])["deadline"] == date(2027, 3, 5)
    trail = trail_actions(db, case["id"])
    with on(CACHES_GONE), caplog.at_level(logging.WARNING):
        assert rechecked(db) == 1
    assert acceptance(db, case["id"])["deadline"] == date(2027, 3, 5)
    assert trail_actions(db, case["id"]) == trail
    # Counted under the calendar as it is now: nothing to move, and nothing amiss to log.
    assert [
        r.getMessage()
        for r in caplog.records
        if r.levelno >= logging.WARNING and r.name.startswith("service.working_days")
    ] == []


def test_a_limitation_date_counted_with_a_stale_calendar_is_moved_with_its_warnings(
    db: Flask, client: FlaskClient, team: dict[str, Staff], monkeypatch: pytest.MonkeyPatch
) -> None:
    with on(RECEIVED):
        warm_cache(db)
        holiday_made_elsewhere(db, monkeypatch, date(2028, 3, 1))
        body = data.dispute(received_at=RECEIVED, category="overtime", known_on="2027-02-01")
        case = register(client, team["desk"], body)
        route(db, case["id"])
    # The application interrupts the year (art. 27), counted with the cached calendar.
    assert case["limitation_on"] == "2028-03-01"
    with on(CACHES_GONE):
        assert rechecked(db) == 1
    shown = client.get(f"/api/v1/cases/{case['id']}", headers=team["chair"].headers).get_json()
    assert shown["limitation_on"] == "2028-03-02"
    with db.app_context(), unit_of_work() as work:
        warnings = work.scalars(
            select(CaseTimer.deadline_at).where(
                CaseTimer.case_id == case["id"],
                CaseTimer.kind == "limitation_warning",
                CaseTimer.status == "pending",
            )
        ).all()
    assert {schedule.local_date(deadline) for deadline in warnings} == {
        date(2028, 3, 3)
    }  # 24:00 on the 2nd
    assert trail_actions(db, case["id"])[-1] == "deadline_moved"


def test_a_change_keeps_the_calendar_it_replaced(db: Flask) -> None:
    with db.test_request_context(), unit_of_work() as work:
        calendar_days.set_day(db_session=work, day=date(2027, 2, 8), working=False, note="春节")
        calendar_days.set_day(db_session=work, day=date(2027, 2, 20), working=True, note="调休")
        work.commit()
    with db.app_context(), unit_of_work() as work:
        before = schedule.load_calendar(work)
    with db.test_request_context(), unit_of_work() as work:
        calendar_days.remove_day(db_session=work, day=date(2027, 2, 8))
        work.commit()
    with db.app_context(), unit_of_work() as work:
        last = work.scalars(select(CalendarChange).order_by(CalendarChange.id.desc())).first()
        assert last is not None and last.since == date(2027, 2, 8)
        assert last.rechecked_at is None
        stored = schedule.stored_calendar(last.before)
    assert stored == before
    assert stored.holidays == {date(2027, 2, 8)}
    assert stored.working_days == {date(2027, 2, 20)}


def test_a_household_files_reverification_counted_with_a_stale_calendar_is_moved(
    db: Flask, client: FlaskClient, team: dict[str, Staff], monkeypatch: pytest.MonkeyPatch
) -> None:
    filed_at = "2026-03-02T10:00:00+08:00"  # a year on is Tuesday 2 March 2027
    with on(filed_at):
        warm_cache(db)
        holiday_made_elsewhere(db, monkeypatch, date(2027, 3, 2))
        response = client.post(
            "/api/v1/households", json=data.household(), headers=team["caseworker"].headers
        )
    assert response.status_code == 201, response.get_json()
    filed = response.get_json()
    assert filed["reverify_by"] == "2027-03-02"  # counted with the cached calendar
    with db.app_context(), unit_of_work() as work:
        changed_at = work.scalar(select(CalendarChange.changed_at))
    assert changed_at is not None
    with on((changed_at + timedelta(minutes=3)).isoformat()):
        assert rechecked(db) == 1
    with db.app_context(), unit_of_work() as work:
        household = work.get(Household, filed["id"])
        assert household is not None and household.reverify_by == date(2027, 3, 3)
        actions = work.scalars(
            select(HouseholdEvent.action)
            .where(HouseholdEvent.household_id == filed["id"])
            .order_by(HouseholdEvent.seq)
        ).all()
    assert actions[-1] == "deadline_moved"


def test_beat_rechecks_the_calendar_changes_every_minute() -> None:
    entry = celery_config(Settings.from_env({}))["beat_schedule"]["recheck-calendar-changes"]
    assert entry["task"] == rechecks.RECHECK_TASK
    assert entry["schedule"] == 60.0
    celery = Celery("check")
    tasks.register(celery)
    assert rechecks.RECHECK_TASK in celery.tasks
