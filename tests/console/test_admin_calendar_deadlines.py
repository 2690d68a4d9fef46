"""A day made a holiday or a working day moves the pending deadlines it falls in, at once."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import date, datetime, timedelta

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from service.auth.enums import Role
from service.cases.models import CaseEvent
from service.db import unit_of_work
from service.households.models import Household, HouseholdEvent
from service.timers import schedule
from service.timers.models import CaseTimer
from service.working_days import days as calendar_days
from service.working_days import years as calendar_years
from tests import data
from tests.api.report_data import on
from tests.api.workflow_helpers import register, route
from tests.conftest import Office, Staff
from tests.console.test_admin import sign_in
from workflows.calendar import CHINA

# 2027 is a year the official calendar does not know yet: Monday to Friday count.
RECEIVED = "2027-03-01T10:00:00+08:00"  # a Monday


@pytest.fixture(autouse=True)
def forgets_the_calendar() -> Iterator[None]:
    """The days entered here leave with the tables: no later test counts with them."""
    yield
    schedule.forget_calendar()


def _day(moment: datetime) -> date:
    return moment.astimezone(CHINA).date()


def acceptance(app: Flask, case_id: int) -> dict[str, date]:
    """The acceptance decision's reminder and deadline days as stored (the deadline's last day)."""
    with app.app_context(), unit_of_work() as work:
        rows = work.scalars(
            select(CaseTimer).where(
                CaseTimer.case_id == case_id,
                CaseTimer.kind == "acceptance_decision",
                CaseTimer.status == "pending",
            )
        ).all()
        found = {t.purpose: _day(t.due_at) for t in rows}
        found["deadline"] = _day(rows[0].deadline_at) - timedelta(days=1)
        return found


def trail_actions(app: Flask, case_id: int) -> list[str]:
    with app.app_context(), unit_of_work() as work:
        return list(
            work.scalars(
                select(CaseEvent.action).where(CaseEvent.case_id == case_id).order_by(CaseEvent.seq)
            )
        )


def test_a_holiday_in_a_deadlines_span_moves_it_and_one_after_it_does_not(
    db: Flask, client: FlaskClient, office: Office, team: dict[str, Staff]
) -> None:
    with on(RECEIVED):
        case = register(client, team["desk"], data.dispute(received_at=RECEIVED))
        route(db, case["id"])
    # Three working days from Monday: Tuesday, Wednesday, Thursday 4 March; reminded on day 2.
    assert acceptance(db, case["id"]) == {
        "reminder": date(2027, 3, 3),
        "due": date(2027, 3, 5),  # the deadline row falls due at 24:00 of its last day
        "deadline": date(2027, 3, 4),
    }
    admin = sign_in(db, office.staff(Role.ADMIN, "XA"))

    answer = admin.post("/admin/calendar", {"day": "2027-03-10", "working": "false", "note": "x"})
    assert answer.status_code == 302
    assert acceptance(db, case["id"])["deadline"] == date(2027, 3, 4)  # after it: unmoved
    assert "deadline_moved" not in trail_actions(db, case["id"])

    answer = admin.post("/admin/calendar", {"day": "2027-03-03", "working": "false", "note": "x"})
    assert answer.status_code == 302
    assert acceptance(db, case["id"]) == {
        "reminder": date(2027, 3, 4),
        "due": date(2027, 3, 6),
        "deadline": date(2027, 3, 5),
    }
    assert trail_actions(db, case["id"])[-1] == "deadline_moved"
    shown = client.get(f"/api/v1/cases/{case['id']}", headers=team["chair"].headers).get_json()
    assert shown["deadlines"]["acceptance_decision_by"] == "2027-03-05"
    # The case's timeline says which deadline moved, in words and days as the office writes them.
    page = admin.client.get(f"/cases/{case['id']}").text
    assert "受理决定期限：2027年3月4日 → 2027年3月5日" in page
    assert "acceptance_decision:" not in page

    # Taken back: the deadline returns to Thursday, and the trail says so again.
    answer = admin.post("/admin/calendar/2027-03-03/remove", {}, form_at="/admin/calendar")
    assert answer.status_code == 302
    assert acceptance(db, case["id"])["deadline"] == date(2027, 3, 4)
    assert trail_actions(db, case["id"])[-2:] == ["deadline_moved", "deadline_moved"]


def test_a_make_up_working_day_brings_a_deadline_forward(
    db: Flask, client: FlaskClient, office: Office, team: dict[str, Staff]
) -> None:
    thursday = "2027-03-04T10:00:00+08:00"  # then Friday, Monday, Tuesday 9 March
    with on(thursday):
        case = register(client, team["desk"], data.dispute(received_at=thursday))
        route(db, case["id"])
    assert acceptance(db, case["id"])["deadline"] == date(2027, 3, 9)
    with db.test_request_context(), unit_of_work() as work:
        calendar_days.set_day(db_session=work, day=date(2027, 3, 6), working=True, note="调休")
        work.commit()
    assert acceptance(db, case["id"])["deadline"] == date(2027, 3, 8)


def test_a_household_files_reverification_moves_off_a_new_holiday(
    db: Flask, client: FlaskClient, team: dict[str, Staff]
) -> None:
    with on("2026-03-02T10:00:00+08:00"):  # a year on is Tuesday 2 March 2027
        response = client.post(
            "/api/v1/households", json=data.household(), headers=team["caseworker"].headers
        )
    assert response.status_code == 201, response.get_json()
    filed = response.get_json()
    assert filed["reverify_by"] == "2027-03-02"
    with db.test_request_context(), unit_of_work() as work:
        calendar_days.set_day(db_session=work, day=date(2027, 3, 2), working=False, note="x")
        work.commit()
    schedule.forget_calendar()
    with db.app_context(), unit_of_work() as work:
        household = work.get(Household, filed["id"])
        assert household is not None and household.reverify_by == date(2027, 3, 3)
        due = work.scalar(
            select(CaseTimer.due_at).where(
                CaseTimer.household_id == filed["id"],
                CaseTimer.purpose == "due",
                CaseTimer.status == "pending",
            )
        )
        assert due is not None and _day(due) == date(2027, 3, 3)
        last = work.scalars(
            select(HouseholdEvent.action)
            .where(HouseholdEvent.household_id == filed["id"])
            .order_by(HouseholdEvent.seq)
        ).all()
        assert last[-1] == "deadline_moved"


def test_a_holiday_on_the_limitation_date_moves_it_and_its_warnings(
    db: Flask, client: FlaskClient, office: Office, team: dict[str, Staff]
) -> None:
    with on(RECEIVED):
        body = data.dispute(received_at=RECEIVED, category="overtime", known_on="2027-02-01")
        case = register(client, team["desk"], body)
        route(db, case["id"])
    # The application interrupts the year (art. 27): it runs from receipt, to 1 March 2028.
    assert case["limitation_on"] == "2028-03-01"
    with db.test_request_context(), unit_of_work() as work:
        calendar_days.set_day(db_session=work, day=date(2028, 3, 1), working=False, note="x")
        work.commit()
    shown = client.get(f"/api/v1/cases/{case['id']}", headers=team["chair"].headers).get_json()
    assert shown["limitation_on"] == "2028-03-02"
    with db.app_context(), unit_of_work() as work:
        warnings = work.scalars(
            select(CaseTimer).where(
                CaseTimer.case_id == case["id"],
                CaseTimer.kind == "limitation_warning",
                CaseTimer.status == "pending",
            )
        ).all()
    assert {_day(t.deadline_at) for t in warnings} == {date(2028, 3, 3)}  # 24:00 on the 2nd
    assert sorted(_day(t.due_at) for t in warnings if t.purpose == "reminder") == [
        date(2028, 1, 2), date(2028, 2, 1), date(2028, 2, 24)
    ]  # fmt: skip
    assert trail_actions(db, case["id"])[-1] == "deadline_moved"


def test_loading_a_years_schedule_moves_the_deadlines_it_changes(
    db: Flask, client: FlaskClient, team: dict[str, Staff]
) -> None:
    with on(RECEIVED):
        case = register(client, team["desk"], data.dispute(received_at=RECEIVED))
        route(db, case["id"])
    with db.test_request_context(), unit_of_work() as work:
        calendar_years.load_year(
            db_session=work, year=2027, holidays=["2027-03-02..2027-03-03"], working_days=[],
            source="test",
        )  # fmt: skip
        work.commit()
    schedule.forget_calendar()
    # Tuesday and Wednesday are holidays now: Thursday, Friday and Monday 8 March.
    assert acceptance(db, case["id"])["deadline"] == date(2027, 3, 8)
    assert trail_actions(db, case["id"])[-1] == "deadline_moved"


def test_two_calendar_changes_at_once_both_move_a_deadline_they_share(
    db: Flask, client: FlaskClient, team: dict[str, Staff]
) -> None:
    if db.extensions["database"].engine.dialect.name != "postgresql":
        pytest.skip("SQLite runs one writer at a time; the race needs PostgreSQL")
    with on(RECEIVED):
        case = register(client, team["desk"], data.dispute(received_at=RECEIVED))
        route(db, case["id"])
    assert acceptance(db, case["id"])["deadline"] == date(2027, 3, 4)
    second_done = threading.Event()

    def second_change() -> None:
        with db.test_request_context(), unit_of_work() as work:
            calendar_days.set_day(db_session=work, day=date(2027, 3, 3), working=False, note="y")
            work.commit()
        second_done.set()

    with db.test_request_context(), unit_of_work() as work:
        calendar_days.set_day(db_session=work, day=date(2027, 3, 2), working=False, note="x")
        second = threading.Thread(target=second_change)
        second.start()
        # The second change waits for the first to commit, not counting from before it.
        assert not second_done.wait(1)
        work.commit()
    second.join(20)
    assert second_done.is_set()
    # Tuesday and Wednesday off: Thursday, Friday, Monday 8 March.
    assert acceptance(db, case["id"])["deadline"] == date(2027, 3, 8)


def test_a_calendar_change_rolled_back_leaves_no_day_in_the_cached_calendar(db: Flask) -> None:
    day = date(2027, 3, 3)
    with db.test_request_context(), unit_of_work() as changing:
        calendar_days.set_day(db_session=changing, day=day, working=False, note="x")
        schedule.forget_calendar()  # the minute's cache runs out while the change is open
        assert day in schedule.calendar(changing).holidays  # the change counts with its day
        changing.rollback()
    with db.app_context(), unit_of_work() as after:
        assert day not in schedule.calendar(after).holidays
