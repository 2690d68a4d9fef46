"""Timers as rows: started and cancelled with the workflow, swept once, fired once."""

from __future__ import annotations

import threading
from datetime import datetime, time, timedelta
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from service.auth.enums import Role
from service.cases.models import Case, CaseEvent
from service.db import unit_of_work, utcnow
from service.notifications.models import Notification
from service.sweep import firing
from service.timers import schedule
from service.timers.models import CaseTimer
from tests import data, support
from tests.api.workflow_helpers import (
    AGREEMENT,
    INSTALMENT_DAYS,
    do,
    propose,
    read,
    register,
    route,
)
from tests.conftest import Office, Staff
from workers.tasks import dispatch_due_timers
from workflows.calendar import CHINA


@pytest.fixture
def team(office: Office) -> dict[str, Staff]:
    office.unit("XA-HG")
    return {
        "desk": office.staff(Role.INTAKE, "XA-HG"),
        "mediator": office.staff(Role.MEDIATOR, "XA-HG"),
        "chair": office.staff(Role.SUPERVISOR, "XA-HG"),
    }


def china(*args: int) -> datetime:
    return datetime(*args, tzinfo=CHINA)


def timers(app: Flask, case_id: int, status: str = "pending") -> list[tuple]:
    with app.app_context(), unit_of_work() as work:
        rows = work.scalars(
            select(CaseTimer)
            .where(CaseTimer.case_id == case_id, CaseTimer.status == status)
            .order_by(CaseTimer.due_at, CaseTimer.id)
        )
        return [(t.kind, t.purpose, t.due_at.astimezone(CHINA), t.instalment) for t in rows]


def sweep(app: Flask, now: datetime | None = None) -> list[str]:
    """One sweep and the firing of what it claimed, as beat and the worker do it."""
    with app.app_context():
        with unit_of_work() as work:
            claimed = firing.claim_due(db_session=work, now=now)
            work.commit()
        outcomes = []
        for timer_id in claimed:
            with unit_of_work() as work:
                outcomes.append(firing.fire_timer(db_session=work, timer_id=timer_id))
                work.commit()
        return outcomes


def dispute_received(
    client: FlaskClient, team: dict[str, Staff], received: datetime, **extra
) -> dict:  # type: ignore[no-untyped-def]
    body = data.dispute(
        received_at=received.isoformat(),
        known_on=(received.date() - timedelta(days=3)).isoformat(),
        assignee=team["mediator"].username,
        **extra,
    )
    case = register(client, team["desk"], body)
    route(client.application, case["id"])
    return case


def test_acceptance_deadline_counts_working_days_across_national_day(
    client: FlaskClient, team: dict[str, Staff]
) -> None:
    case = dispute_received(client, team, china(2026, 9, 30, 10, 0))
    acceptance = [
        t for t in timers(client.application, case["id"]) if t[0] == "acceptance_decision"
    ]
    # Receipt on 30 September; 8, 9 and 10 October (a make-up Saturday) are the three
    # working days, so the decision is due by the end of 10 October. The day-2 reminder
    # (9 October) is long gone, so it is not scheduled.
    assert acceptance == [("acceptance_decision", "due", china(2026, 10, 11), None)]


def test_limitation_warnings_at_intake(client: FlaskClient, team: dict[str, Staff]) -> None:
    case = dispute_received(client, team, china(2026, 11, 20, 9, 30), category="dismissal")
    warnings = [t for t in timers(client.application, case["id"]) if t[0] == "limitation_warning"]
    # The application interrupts the period (art. 27 §2): a year from receipt is Saturday
    # 2027-11-20, so the limitation date is Monday 22 November (《民法典》 art. 203).
    assert case["limitation_on"] == "2027-11-22"
    assert [(purpose, due.date().isoformat()) for _, purpose, due, _ in warnings] == [
        ("reminder", "2027-09-23"),
        ("reminder", "2027-10-23"),
        ("reminder", "2027-11-15"),
        ("due", "2027-11-23"),
    ]


def test_a_wage_claim_of_a_worker_still_employed_has_no_limitation_warnings(
    client: FlaskClient, team: dict[str, Staff]
) -> None:
    # Art. 27 §4: not barred while employment lasts; recorded later, the year runs from it.
    case = dispute_received(client, team, china(2026, 11, 20, 9, 30), category="wage_arrears")
    assert case["limitation_on"] is None
    assert not [t for t in timers(client.application, case["id"]) if t[0] == "limitation_warning"]

    response = client.post(
        f"/api/v1/cases/{case['id']}/employment-end",
        json={"employment_end_on": "2026-11-21", "note": "单位口头辞退"},
        headers=team["mediator"].headers,
    )
    assert response.status_code == 200, response.get_json()
    assert response.get_json()["limitation_on"] == "2027-11-22"  # the 21st is a Sunday
    assert response.get_json()["limitation_counts_from"]["counts_from"] == "employment_end"
    warnings = [t for t in timers(client.application, case["id"]) if t[0] == "limitation_warning"]
    assert [purpose for _, purpose, _, _ in warnings] == ["reminder"] * 3 + ["due"]
    trail = client.get(f"/api/v1/cases/{case['id']}/events", headers=team["chair"].headers)
    assert trail.get_json()[-1]["action"] == "record_employment_end"

    for body, status in [
        ({"employment_end_on": "2099-01-01"}, 422),
        ({"employment_end_on": "yesterday"}, 422),
        ({}, 422),
    ]:
        refused = client.post(
            f"/api/v1/cases/{case['id']}/employment-end", json=body,
            headers=team["mediator"].headers,
        )  # fmt: skip
        assert refused.status_code == status
        assert "employment_end_on" in refused.get_json()["error"]["fields"]
    desk = client.post(
        f"/api/v1/cases/{case['id']}/employment-end",
        json={"employment_end_on": "2026-11-21"},
        headers=team["desk"].headers,
    )
    assert desk.status_code == 403


def test_agreement_restarts_the_limitation(client: FlaskClient, team: dict[str, Staff]) -> None:
    case = dispute_received(client, team, utcnow().astimezone(CHINA), category="dismissal")
    do(client, team["mediator"], case["id"], "accept")
    agreed = do(client, team["mediator"], case["id"], "agree", AGREEMENT)
    assert agreed["limitation_counts_from"]["counts_from"] == "agree"
    assert (
        agreed["limitation_counts_from"]["from_on"] == utcnow().astimezone(CHINA).date().isoformat()
    )


def test_entering_mediation_replaces_the_review_timers(
    client: FlaskClient, team: dict[str, Staff]
) -> None:
    received = utcnow().astimezone(CHINA) - timedelta(days=1)
    case = dispute_received(client, team, received, category="dismissal")
    do(client, team["mediator"], case["id"], "accept")

    pending = {(kind, purpose) for kind, purpose, _, _ in timers(client.application, case["id"])}
    assert ("acceptance_decision", "due") not in pending
    assert {("mediation_limit", "reminder"), ("mediation_limit", "due")} <= pending
    cancelled = {kind for kind, *_ in timers(client.application, case["id"], "cancelled")}
    assert cancelled == {"acceptance_decision"}
    shown = read(client, team["mediator"], case["id"])["timers"]
    assert {t["kind"] for t in shown} >= {"mediation_limit", "limitation_warning"}


def test_a_timer_records_the_moment_it_was_counted_from(
    client: FlaskClient, team: dict[str, Staff]
) -> None:
    """A period counted from entering a state is found again by the day its rows were
    written (``working_days.recount``): that day is the moment counted from, to the
    microsecond, not the later one the batch happens to write at, across midnight too."""
    case = dispute_received(client, team, utcnow().astimezone(CHINA), category="dismissal")
    just_before_midnight = datetime(2027, 3, 1, 23, 59, 59, 999999, tzinfo=CHINA)
    with client.application.test_request_context(), unit_of_work() as work:
        entered = work.get(Case, case["id"])
        schedule.start_timer(
            db_session=work,
            case=entered,
            kind="applicant_notice",
            state="deemed_failed",
            now=just_before_midnight,
        )
        started = work.info[schedule.STARTED]
        assert started
        assert {timer.created_at for timer in started} == {just_before_midnight}
        work.rollback()


def test_extension_moves_the_mediation_deadline(
    client: FlaskClient, team: dict[str, Staff]
) -> None:
    case = dispute_received(client, team, utcnow().astimezone(CHINA))
    do(client, team["mediator"], case["id"], "accept")
    end = (utcnow().astimezone(CHINA) + timedelta(days=40)).date()
    do(
        client,
        team["mediator"],
        case["id"],
        "extend",
        {"new_end_on": end.isoformat(), "both_parties_consent": True},
    )
    due = [t for t in timers(client.application, case["id"]) if t[:2] == ("mediation_limit", "due")]
    assert len(due) == 1
    assert due[0][2].date() > end  # the end of the last day (or of the next working day)


def test_each_instalment_has_its_reminder_and_its_default(
    client: FlaskClient, team: dict[str, Staff]
) -> None:
    case = dispute_received(client, team, utcnow().astimezone(CHINA))
    do(client, team["mediator"], case["id"], "accept")
    do(client, team["mediator"], case["id"], "agree", AGREEMENT)
    instalments = [t for t in timers(client.application, case["id"]) if t[0] == "instalment_due"]
    first, second = INSTALMENT_DAYS
    grace = timedelta(days=4)  # due on the 1st, 3 days' grace, ends at 24:00 on the 4th
    assert [(p, d.date(), n) for _, p, d, n in instalments] == [
        ("reminder", first, 1),
        ("due", first + grace, 1),
        ("reminder", second, 2),
        ("due", second + grace, 2),
    ]


def test_deemed_failed_records_the_notice_only_when_the_mediator_gives_it(
    client: FlaskClient, team: dict[str, Staff]
) -> None:
    case = dispute_received(client, team, utcnow() - timedelta(days=20), category="dismissal")
    do(client, team["mediator"], case["id"], "accept")

    sweep(client.application)
    after = read(client, team["mediator"], case["id"])
    trail = client.get(f"/api/v1/cases/{case['id']}/events", headers=team["mediator"].headers)
    events = [(e["action"], e["to_status"], e["actor"]) for e in trail.get_json()]
    assert events[-1] == ("deem_failed", "deemed_failed", "system")
    # What the system did, and nothing it did not: nobody has told the applicant yet.
    assert "视为调解不成" in trail.get_json()[-1]["note"]
    assert "已告知" not in trail.get_json()[-1]["note"]
    assert after["status"] == "deemed_failed"
    assert after["allowed_actions"] == ["tell_applicant", "withdraw"]

    for _ in range(3):
        sweep(client.application)
    worklist = client.get("/api/v1/worklist", headers=team["mediator"].headers).get_json()
    task = [i for i in worklist["items"] if i["kind"] == "applicant_notice.reminder"]
    assert len(task) == 1 and task[0]["case_number"] == case["number"]
    assert "告知申请人" in task[0]["what"]

    told = do(
        client, team["mediator"], case["id"], "tell_applicant",
        {"told_on": utcnow().astimezone(CHINA).date().isoformat(), "means": "phone"},
    )  # fmt: skip
    assert told["status"] == "follow_up"
    # The referral restarts the limitation period (art. 27 §2).
    assert told["limitation_counts_from"]["counts_from"] == "referral"
    trail = client.get(f"/api/v1/cases/{case['id']}/events", headers=team["mediator"].headers)
    notice = trail.get_json()[-2]
    assert (notice["action"], notice["actor"]) == ("tell_applicant", team["mediator"].username)
    assert notice["payload"]["means"] == "phone"
    worklist = client.get("/api/v1/worklist", headers=team["mediator"].headers).get_json()
    assert not [i for i in worklist["items"] if i["kind"].startswith("applicant_notice")]


def test_an_overdue_acceptance_stays_the_next_deadline_and_clears_when_accepted(
    client: FlaskClient, team: dict[str, Staff]
) -> None:
    case = dispute_received(client, team, utcnow() - timedelta(days=10), category="dismissal")
    for _ in range(2):
        sweep(client.application)
    for who in ("mediator", "chair"):
        items = client.get("/api/v1/worklist", headers=team[who].headers).get_json()["items"]
        assert [i["kind"] for i in items if i["case_id"] == case["id"]] == [
            "acceptance_decision.due"
        ]
    cases = client.get("/api/v1/worklist", headers=team["mediator"].headers).get_json()["cases"]
    assert cases[0]["overdue"] is True  # not a year ahead: still not accepted

    do(client, team["mediator"], case["id"], "accept")
    for who in ("mediator", "chair"):
        items = client.get("/api/v1/worklist", headers=team[who].headers).get_json()["items"]
        assert not [i for i in items if i["kind"].startswith("acceptance_decision")]
    cases = client.get("/api/v1/worklist", headers=team["mediator"].headers).get_json()["cases"]
    assert cases[0]["status"] == "in_mediation"
    # Kept in history: the notifications are cleared, not deleted.
    with client.application.app_context(), unit_of_work() as work:
        cleared = work.scalars(
            select(Notification.cleared_at).where(Notification.case_id == case["id"])
        ).all()
    assert len(cleared) == 2 and all(cleared)


def test_day_ten_reminder_shows_once_in_the_worklist(
    client: FlaskClient, team: dict[str, Staff]
) -> None:
    received = utcnow().astimezone(CHINA) - timedelta(days=10)
    case = dispute_received(client, team, received)
    do(client, team["mediator"], case["id"], "accept")

    for _ in range(4):
        sweep(client.application)
    items = client.get("/api/v1/worklist", headers=team["mediator"].headers).get_json()["items"]
    reminders = [i for i in items if i["kind"] == "mediation_limit.reminder"]
    assert len(reminders) == 1
    assert "调解期限" in reminders[0]["what"]
    assert reminders[0]["overdue"] is False

    done = client.post(
        f"/api/v1/worklist/{reminders[0]['id']}/done", headers=team["mediator"].headers
    )
    assert done.status_code == 204
    items = client.get("/api/v1/worklist", headers=team["mediator"].headers).get_json()["items"]
    assert all(i["id"] != reminders[0]["id"] for i in items)
    again = client.post(
        f"/api/v1/worklist/{reminders[0]['id']}/done", headers=team["chair"].headers
    )
    assert again.status_code == 404


def test_a_case_that_moved_on_never_fires_the_old_timer(
    client: FlaskClient, team: dict[str, Staff]
) -> None:
    case = dispute_received(client, team, utcnow() - timedelta(days=20))
    do(client, team["mediator"], case["id"], "accept")
    # Claimed by a sweep, then the mediator records an agreement before the task runs.
    with client.application.app_context(), unit_of_work() as work:
        claimed = firing.claim_due(db_session=work)
        work.commit()
    do(client, team["mediator"], case["id"], "agree", AGREEMENT)
    # Leaving mediation closed the claimed timer, so its task does nothing; its
    # deadline had passed, so it lapsed: the period was missed, not met (as was the
    # acceptance, decided 20 days after receipt).
    mediation_due = set(claimed) & _mediation_timer_ids(client.application, case["id"])
    assert mediation_due
    assert _fire_all(client.application, mediation_due) == ["skipped"] * len(mediation_due)
    assert {kind for kind, *_ in timers(client.application, case["id"], "lapsed")} == {
        "acceptance_decision",
        "mediation_limit",
    }
    assert read(client, team["mediator"], case["id"])["status"] == "awaiting_payment"
    with client.application.app_context(), unit_of_work() as work:
        deemed = work.scalars(
            select(CaseEvent).where(
                CaseEvent.case_id == case["id"], CaseEvent.action == "deem_failed"
            )
        ).all()
    assert deemed == []


def _mediation_timer_ids(app: Flask, case_id: int) -> set[int]:
    with app.app_context(), unit_of_work() as work:
        return set(
            work.scalars(
                select(CaseTimer.id).where(
                    CaseTimer.case_id == case_id, CaseTimer.kind == "mediation_limit"
                )
            )
        )


def test_overdue_acceptance_escalates_to_the_supervisors(
    client: FlaskClient, team: dict[str, Staff]
) -> None:
    case = dispute_received(client, team, utcnow() - timedelta(days=8))
    sweep(client.application)
    for who in ("mediator", "chair"):
        items = client.get("/api/v1/worklist", headers=team[who].headers).get_json()["items"]
        overdue = [i for i in items if i["kind"] == "acceptance_decision.due"]
        assert len(overdue) == 1 and overdue[0]["overdue"] is True
        assert overdue[0]["case_number"] == case["number"]
    cases = client.get("/api/v1/worklist", headers=team["mediator"].headers).get_json()["cases"]
    assert [c["case_number"] for c in cases] == [case["number"]]


def test_two_sweeps_at_once_claim_each_timer_once(
    client: FlaskClient, team: dict[str, Staff]
) -> None:
    for days in range(8, 14):
        dispute_received(client, team, utcnow() - timedelta(days=days))
    with client.application.app_context(), unit_of_work() as work:
        due = work.scalar(select(CaseTimer.id).where(CaseTimer.due_at <= utcnow()).limit(1))
    assert due is not None
    start = threading.Barrier(2)
    claims: list[list[int]] = []

    def one_sweep() -> None:
        with client.application.app_context(), unit_of_work() as work:
            start.wait()
            claims.append(firing.claim_due(db_session=work))
            work.commit()

    threads = [threading.Thread(target=one_sweep) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    first, second = claims
    assert set(first).isdisjoint(second)
    with client.application.app_context(), unit_of_work() as work:
        dispatched = set(work.scalars(select(CaseTimer.id).where(CaseTimer.status == "dispatched")))
        still_due = work.scalars(
            select(CaseTimer.id).where(CaseTimer.status == "pending", CaseTimer.due_at <= utcnow())
        ).all()
    assert set(first) | set(second) == dispatched
    assert still_due == []
    assert sweep(client.application) == []  # nothing is left to claim
    assert _fire_all(client.application, dispatched) == ["fired"] * len(dispatched)
    assert _fire_all(client.application, dispatched) == ["skipped"] * len(dispatched)


def _fire_all(app: Flask, timer_ids: set[int]) -> list[str]:
    with app.app_context():
        outcomes = []
        for timer_id in sorted(timer_ids):
            with unit_of_work() as work:
                outcomes.append(firing.fire_timer(db_session=work, timer_id=timer_id))
                work.commit()
        return outcomes


def test_notifications_are_not_repeated_when_a_timer_fires_twice(
    client: FlaskClient, team: dict[str, Staff]
) -> None:
    case = dispute_received(client, team, utcnow() - timedelta(days=8))
    sweep(client.application)
    with client.application.app_context(), unit_of_work() as work:
        timer = work.scalars(
            select(CaseTimer).where(CaseTimer.case_id == case["id"], CaseTimer.status == "fired")
        ).first()
        timer.status = "dispatched"  # as if a redelivered task found it claimed again
        work.commit()
        timer_id = timer.id
    assert _fire_all(client.application, {timer_id}) == ["fired"]
    with client.application.app_context(), unit_of_work() as work:
        recipients = work.scalars(
            select(Notification.user_id).where(Notification.source_key == f"timer:{timer_id}")
        ).all()
        assert work.get(Case, case["id"]).status == "under_review"
    # The mediator and the chair, once each.
    assert sorted(recipients) == sorted([team["mediator"].user_id, team["chair"].user_id])


def test_public_notice_passes_by_itself_after_five_working_days(
    client: FlaskClient, office: Office, team: dict[str, Staff]
) -> None:
    caseworker = office.staff(Role.CASEWORKER, "XA-HG")
    case = register(client, team["desk"], data.aid())
    route(client.application, case["id"])
    propose(client, caseworker, case["id"])
    noticed = do(client, team["chair"], case["id"], "approve")
    (notice,) = [t for t in noticed["timers"] if t["kind"] == "public_notice"]

    end = datetime.fromisoformat(notice["due_at"])
    assert sweep(client.application, now=end - timedelta(minutes=1)) == []
    assert sweep(client.application, now=end) == ["fired"]
    assert read(client, caseworker, case["id"])["status"] == "payout"


def test_an_unpaid_instalment_defaults_and_a_paid_one_does_not(
    client: FlaskClient, team: dict[str, Staff]
) -> None:
    case = dispute_received(client, team, utcnow().astimezone(CHINA))
    do(client, team["mediator"], case["id"], "accept")
    do(client, team["mediator"], case["id"], "agree", AGREEMENT)
    paid = client.post(
        f"/api/v1/cases/{case['id']}/payments",
        json={"instalment": 1, "amount": "4300.00", "method": "cash", "reference": "收据0042",
              "paid_on": utcnow().astimezone(CHINA).date().isoformat()},
        headers=team["mediator"].headers,
    )  # fmt: skip
    assert paid.status_code == 201

    # After the first instalment's grace nothing happens: it was paid.
    first, second = (datetime.combine(day, time(0, 1), CHINA) for day in INSTALMENT_DAYS)
    assert "fired" not in sweep(client.application, now=first + timedelta(days=4))
    assert read(client, team["mediator"], case["id"])["status"] == "awaiting_payment"
    # After the second's, the agreement is not performed.
    sweep(client.application, now=second + timedelta(days=4))
    assert read(client, team["mediator"], case["id"])["status"] == "defaulted"


def test_reopened_mediation_gets_a_new_period(client: FlaskClient, team: dict[str, Staff]) -> None:
    case = dispute_received(client, team, utcnow() - timedelta(days=60))
    do(client, team["mediator"], case["id"], "accept")
    do(client, team["mediator"], case["id"], "fail", {"reason": "单位拒绝调解"})
    reopened = do(client, team["chair"], case["id"], "reopen", {"reason": "单位同意重新协商"})

    due = [t for t in reopened["timers"] if (t["kind"], t["purpose"]) == ("mediation_limit", "due")]
    assert len(due) == 1
    assert datetime.fromisoformat(due[0]["due_at"]) > utcnow() + timedelta(days=14)
    sweep(client.application)
    assert read(client, team["mediator"], case["id"])["status"] == "in_mediation"


def test_a_chunk_fires_its_other_timers_when_one_fails_and_the_failed_one_goes_again(
    client: FlaskClient, team: dict[str, Staff], worker: Path
) -> None:
    app = client.application
    cases = [dispute_received(client, team, utcnow() - timedelta(days=8)) for _ in range(2)]
    with app.app_context(), unit_of_work() as work:
        # A deadline of the case's workflow with no message for its purpose: firing it
        # fails (as a timer loaded with a fault would), after the due ones are claimed.
        broken = CaseTimer(
            case_id=cases[0]["id"],
            kind="follow_up_call",
            purpose="reminder",
            due_at=utcnow() - timedelta(days=8),
            deadline_at=utcnow(),
            lasts="state",
        )
        work.add(broken)
        work.commit()
        broken_id = broken.id
        due = set(work.scalars(select(CaseTimer.id).where(CaseTimer.due_at <= utcnow())))
    assert len(due) >= 3
    others = due - {broken_id}

    with app.app_context():
        assert dispatch_due_timers() == len(due)  # one chunk: the broken timer among them

    def statuses() -> dict[int, str]:
        with app.app_context(), unit_of_work() as work:
            rows = work.execute(select(CaseTimer.id, CaseTimer.status).where(CaseTimer.id.in_(due)))
            return {timer_id: status for timer_id, status in rows}

    support.wait_for(lambda: all(statuses()[t] == "fired" for t in others), timeout=60)
    support.wait_for(lambda: "timer not fired" in worker.read_text(), timeout=60)
    assert statuses()[broken_id] == "dispatched"
    with app.app_context(), unit_of_work() as work:
        told = set(work.scalars(select(Notification.source_key)))
    assert {f"timer:{t}" for t in others} <= told
    assert f"timer:{broken_id}" not in told

    # Its message is taken as lost: a sweep after STALE_DISPATCH claims it again, and
    # only it.
    later = utcnow() + firing.STALE_DISPATCH + timedelta(minutes=1)
    with app.app_context(), unit_of_work() as work:
        assert firing.claim_due(db_session=work, now=later) == [broken_id]
        work.commit()
