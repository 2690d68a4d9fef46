"""The yearly re-verification of a household file, reminded and overdue through the real worker."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from service.auth.enums import Role
from service.db import unit_of_work
from service.notifications.models import Notification
from service.sweep import firing
from service.timers import schedule
from service.timers.models import CalendarDay, CalendarYear, CaseTimer
from tests import data, support
from tests.api.report_data import on
from tests.conftest import Office, Staff
from workflows.calendar import CHINA

NATIONAL_DAY_2027 = [date(2027, 10, d) for d in range(1, 8)]


@pytest.fixture
def unit(office: Office, db: Flask) -> Iterator[dict[str, Staff]]:
    """A community union; 2027 and 2028 as an administrator loaded them (National Day 2027:
    1–7 October), so that the dates do not hang on the library's calendar."""
    office.unit("XA-HG")
    with db.app_context(), unit_of_work() as work:
        work.add_all(CalendarYear(year=year, source="test") for year in (2027, 2028))
        work.add_all(CalendarDay(day=day, working=False) for day in NATIONAL_DAY_2027)
        work.commit()
    schedule.forget_calendar()
    yield {
        "caseworker": office.staff(Role.CASEWORKER, "XA-HG"),
        "chair": office.staff(Role.SUPERVISOR, "XA-HG"),
        "admin": office.staff(Role.ADMIN, "XA-HG"),
    }
    schedule.forget_calendar()


def sweep_through_worker(app: Flask, now: datetime) -> list[int]:
    """What beat's sweep does at ``now``: claim the due timers, send each to the worker."""
    with app.app_context():
        with unit_of_work() as work:
            claimed = firing.claim_due(db_session=work, now=now)
            work.commit()
        for timer_id in claimed:
            app.extensions["celery"].send_task(firing.FIRE_TASK, args=[timer_id])
    return claimed


def fired(app: Flask, timer_ids: list[int]) -> bool:
    with app.app_context(), unit_of_work() as work:
        statuses = work.scalars(select(CaseTimer.status).where(CaseTimer.id.in_(timer_ids)))
        return all(status == "fired" for status in statuses)


def items(client: FlaskClient, staff: Staff, household_id: int) -> list[tuple[str, bool]]:
    listed = client.get("/api/v1/worklist", headers=staff.headers).get_json()["items"]
    return [(i["kind"], i["overdue"]) for i in listed if i["household_id"] == household_id]


def household(client: FlaskClient, staff: Staff, household_id: int) -> dict:
    return client.get(f"/api/v1/households/{household_id}", headers=staff.headers).get_json()


def test_reminder_and_overdue_on_the_household_across_a_holiday(
    client: FlaskClient, unit: dict[str, Staff], worker: Path
) -> None:
    caseworker, chair = unit["caseworker"], unit["chair"]
    app = client.application
    with on("2026-10-01T10:00:00+08:00"):
        response = client.post(
            "/api/v1/households", json=data.household(), headers=caseworker.headers
        )
        assert response.status_code == 201, response.get_json()
        filed = response.get_json()
    # A year on is National Day 2027: due on the first working day after the holiday,
    # reminded 30 days before it.
    assert filed["reverify_by"] == "2027-10-08"

    # 7 September: nothing is due yet.
    assert sweep_through_worker(app, datetime(2027, 9, 7, 23, 0, tzinfo=CHINA)) == []

    reminder = sweep_through_worker(app, datetime(2027, 9, 8, 0, 0, tzinfo=CHINA))
    assert len(reminder) == 1
    support.wait_for(lambda: fired(app, reminder), timeout=30)
    with on("2027-09-08T09:00:00+08:00"):
        assert items(client, caseworker, filed["id"]) == [("reverification.reminder", False)]
        assert items(client, chair, filed["id"]) == []  # the caseworker's to do, for now
        assert household(client, caseworker, filed["id"])["overdue"] is False

    # 1 October, the anniversary, is a holiday: not yet overdue.
    assert sweep_through_worker(app, datetime(2027, 10, 1, 12, 0, tzinfo=CHINA)) == []
    with on("2027-10-01T12:00:00+08:00"):
        assert household(client, caseworker, filed["id"])["overdue"] is False

    due = sweep_through_worker(app, datetime(2027, 10, 8, 0, 0, tzinfo=CHINA))
    assert len(due) == 1
    support.wait_for(lambda: fired(app, due), timeout=30)
    with on("2027-10-08T09:00:00+08:00"):
        assert household(client, caseworker, filed["id"])["overdue"] is True
        assert items(client, caseworker, filed["id"]) == [
            ("reverification.reminder", True),
            ("reverification.due", True),
        ]
        assert items(client, chair, filed["id"]) == [("reverification.due", True)]
        summary = client.get(
            "/api/v1/reports/summary?from=2027-10-01&to=2027-10-08", headers=chair.headers
        ).get_json()
        assert summary["households"]["overdue"]["count"] == 1

        dibao = {"unit": "XA-HG", "year": 2027, "item": "dibao", "amount": "1000.00"}
        set_dibao = client.put("/api/v1/aid-settings", json=dibao, headers=unit["admin"].headers)
        assert set_dibao.status_code == 200, set_dibao.get_json()
        body = {"year": 2027, "income": "30000.00", "essential_costs": "6000.00"}
        reverified = client.post(
            f"/api/v1/households/{filed['id']}/reverifications",
            json=body,
            headers=caseworker.headers,
        )
        assert reverified.status_code == 201, reverified.get_json()
        assert reverified.get_json()["overdue"] is False
        # Re-verified: the items are off every worklist, the next one is a year on.
        assert items(client, caseworker, filed["id"]) == []
        assert items(client, chair, filed["id"]) == []
    with app.app_context(), unit_of_work() as work:
        pending = work.scalars(
            select(CaseTimer.due_at)
            .where(CaseTimer.household_id == filed["id"], CaseTimer.status == "pending")
            .order_by(CaseTimer.due_at)
        ).all()
        told = work.scalars(
            select(Notification.user_id).where(Notification.household_id == filed["id"])
        ).all()
    assert [moment.astimezone(CHINA).date() for moment in pending] == [
        date(2028, 9, 9),
        date(2028, 10, 9),  # 8 October 2028 is a Sunday
    ]
    assert sorted(told) == sorted([caseworker.user_id, caseworker.user_id, chair.user_id])
