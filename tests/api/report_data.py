"""A fixed set of cases for the report tests, built through the API at the dates they happen.

XA-HG (under street XA), October and November 2026 (today is 20 November, noon):

C1 dispute  wage_arrears visit   10-12  accepted, agreed 8000 (10-20), paid 10-29, closed
            11-05 agreement_performed, satisfied         (registered Oct, closed Nov)
C2 dispute  dismissal    phone   10-14  accepted 10-15, withdrawn 10-22
C3 dispute  overtime     visit   10-15  rejected 10-16
C4 dispute  wage_arrears letter  10-19  collective (12 workers); acceptance deadline missed
            (escalated 10-23), accepted 10-23, agreed 100000 in two instalments (11-02,
            11-09) on 10-28; the first paid 11-02, the second defaulted 11-13 and was
            paid late 11-16; in follow-up at the end
C5 aid      medical      visit   10-20  proposed 3000, approved, paid out 11-02, closed
            11-10 aid_paid, not satisfied
C6 dispute  social_ins.  hotline 11-02  (second mediator) agreed 5000 (11-04), paid 11-06,
            reopened 11-09, failed 11-11, closed 11-16 arbitration, unreachable
C7 consultation policy   phone   10-21  answered
C9 dispute  wage_arrears online  11-10  accepted 11-11, in mediation at the end
C8 dispute  in the sibling XA-HX 10-13  left under review (its deadline passed unswept)
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime

import time_machine
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import and_

from service.auth.enums import Role
from service.db import claim, unit_of_work
from service.sweep import firing
from service.timers.models import CaseTimer
from tests import data
from tests.api.workflow_helpers import do, propose, register, route, system
from tests.conftest import Office, Staff

NOW = "2026-11-20T12:00:00+08:00"


@contextmanager
def on(moment: str) -> Iterator[None]:
    """Act at ``moment`` (China time), the clock running from there."""
    with time_machine.travel(datetime.fromisoformat(moment), tick=True):
        yield


def fire_deadline(app: Flask, case_id: int, kind: str, instalment: int | None = None) -> None:
    """What the timer sweep does when one deadline falls due, for that deadline alone."""
    with app.app_context(), unit_of_work() as work:
        wanted = [
            CaseTimer.case_id == case_id,
            CaseTimer.kind == kind,
            CaseTimer.purpose == "due",
            CaseTimer.status == "pending",
        ]
        if instalment is not None:
            wanted.append(CaseTimer.instalment == instalment)
        (timer_id,) = claim(
            work, CaseTimer, claimable=and_(*wanted), order_by=CaseTimer.id, limit=1,
            values={"status": "dispatched", "dispatched_at": datetime.now().astimezone()},
        )  # fmt: skip
        work.commit()
    with app.app_context(), unit_of_work() as work:
        firing.fire_timer(db_session=work, timer_id=timer_id)
        work.commit()


@dataclass
class Fixed:
    cases: dict[str, int]
    chair: Staff  # supervisor of XA-HG
    street_chair: Staff  # supervisor of XA
    sibling_chair: Staff  # supervisor of XA-HX
    staff: dict[str, Staff]


def pay(client: FlaskClient, staff: Staff, case_id: int, **payment: object) -> None:
    body = {"method": "bank_transfer", "reference": f"REF-{case_id}-{payment.get('instalment', 0)}",
            **payment}  # fmt: skip
    response = client.post(f"/api/v1/cases/{case_id}/payments", json=body, headers=staff.headers)
    assert response.status_code == 201, response.get_json()


def build(client: FlaskClient, office: Office) -> Fixed:
    app = client.application
    office.unit("XA", "西安路街道总工会")
    office.unit("XA-HG", "和光社区联合工会", parent="XA")
    office.unit("XA-HX", "和兴社区联合工会", parent="XA")
    desk = office.staff(Role.INTAKE, "XA-HG", "desk")
    m1 = office.staff(Role.MEDIATOR, "XA-HG", "m1")
    m2 = office.staff(Role.MEDIATOR, "XA-HG", "m2")
    cw = office.staff(Role.CASEWORKER, "XA-HG", "cw")
    chair = office.staff(Role.SUPERVISOR, "XA-HG", "chair")
    street_chair = office.staff(Role.SUPERVISOR, "XA", "street_chair")
    sibling_desk = office.staff(Role.INTAKE, "XA-HX", "hx_desk")
    office.staff(Role.MEDIATOR, "XA-HX", "hx_m")  # C8 is assigned to them
    sibling_chair = office.staff(Role.SUPERVISOR, "XA-HX", "hx_chair")
    ids: dict[str, int] = {}

    def intake(name: str, at: str, body: dict, staff: Staff = desk) -> int:
        with on(at):
            case = register(client, staff, {**body, "received_at": at})
            if body["type"] != "consultation":
                route(app, case["id"])
        ids[name] = case["id"]
        return case["id"]

    def dispute(**fields: object) -> dict:
        return data.dispute(**{"known_on": "2026-10-01", "assignee": "m1", **fields})

    c1 = intake("C1", "2026-10-12T09:00:00+08:00", dispute(claim_amount="8600.00"))
    c2 = intake(
        "C2",
        "2026-10-14T10:00:00+08:00",
        dispute(category="dismissal", channel="phone", claim_amount="20000.00"),
    )
    c3 = intake(
        "C3", "2026-10-15T09:00:00+08:00", dispute(category="overtime", claim_amount="3000.00")
    )
    c4 = intake(
        "C4",
        "2026-10-19T09:00:00+08:00",
        dispute(channel="letter", workers_involved=12, claim_amount="120000.00"),
    )
    c5 = intake(
        "C5",
        "2026-10-20T10:00:00+08:00",
        data.aid(category="medical", claim_amount="5000.00", assignee="cw"),
    )
    intake("C7", "2026-10-21T11:00:00+08:00", data.consultation(channel="phone"))
    c8 = intake("C8", "2026-10-13T09:00:00+08:00",
                data.dispute(known_on="2026-10-01", assignee="hx_m", claim_amount="700.00"),
                staff=sibling_desk)  # fmt: skip

    with on("2026-10-13T10:00:00+08:00"):
        do(client, m1, c1, "accept")
    with on("2026-10-15T10:00:00+08:00"):
        do(client, m1, c2, "accept")
    with on("2026-10-16T10:00:00+08:00"):
        do(client, m1, c3, "reject", {"reason": "不属于调解范围", "advice": "向劳动监察投诉"})
    with on("2026-10-20T10:00:00+08:00"):
        do(client, m1, c1, "agree", {"amount": "8000.00", "signed_by_both": True,
                                     "instalments": [{"due_on": "2026-10-30", "amount": "8000.00"}]})  # fmt: skip
    with on("2026-10-21T15:00:00+08:00"):
        do(client, desk, ids["C7"], "answer", {"answer": "符合条件，携材料申请"})
    with on("2026-10-22T10:00:00+08:00"):
        do(client, m1, c2, "withdraw", {"reason": "双方自行和解"})
        propose(
            client, cw, c5, {"amount": "3000.00", "hardship_level": "relative"},
            visited_on="2026-10-21",
        )  # fmt: skip
    with on("2026-10-23T09:00:00+08:00"):
        fire_deadline(app, c4, "acceptance_decision")
        do(client, m1, c4, "accept")
        do(client, chair, c5, "approve")
    with on("2026-10-28T10:00:00+08:00"):
        do(client, m1, c4, "agree", {"amount": "100000.00", "signed_by_both": True, "instalments": [
            {"due_on": "2026-11-02", "amount": "50000.00"},
            {"due_on": "2026-11-09", "amount": "50000.00"}]})  # fmt: skip
    with on("2026-10-29T10:00:00+08:00"):
        pay(client, m1, c1, instalment=1, amount="8000.00", paid_on="2026-10-29")
    with on("2026-10-31T09:00:00+08:00"):
        system(app, c5, "notice_passed")

    c6 = intake("C6", "2026-11-02T09:00:00+08:00",
                dispute(category="social_insurance", channel="hotline", assignee="m2",
                        claim_amount="6000.00"))  # fmt: skip
    with on("2026-11-02T10:00:00+08:00"):
        do(client, m2, c6, "accept")
        pay(client, m1, c4, instalment=1, amount="50000.00", paid_on="2026-11-02")
        pay(client, cw, c5, amount="3000.00", paid_on="2026-11-02")
    with on("2026-11-04T10:00:00+08:00"):
        do(client, m2, c6, "agree", {"amount": "5000.00", "signed_by_both": True,
                                     "instalments": [{"due_on": "2026-11-06", "amount": "5000.00"}]})  # fmt: skip
    with on("2026-11-05T10:00:00+08:00"):
        do(client, m1, c1, "close", {"outcome": "agreement_performed", "satisfaction": "satisfied"})
    with on("2026-11-06T10:00:00+08:00"):
        pay(client, m2, c6, instalment=1, amount="5000.00", paid_on="2026-11-06")
    with on("2026-11-09T10:00:00+08:00"):
        do(client, chair, c6, "reopen", {"reason": "单位未按协议补缴社保"})
    c9 = intake(
        "C9", "2026-11-10T09:00:00+08:00", dispute(channel="online", claim_amount="1000.00")
    )
    with on("2026-11-10T10:00:00+08:00"):
        do(client, cw, c5, "close", {"outcome": "aid_paid", "satisfaction": "not_satisfied"})
    with on("2026-11-11T10:00:00+08:00"):
        do(client, m2, c6, "fail", {"reason": "单位拒绝补缴"})
        do(client, m1, c9, "accept")
    with on("2026-11-13T09:00:00+08:00"):
        fire_deadline(app, c4, "instalment_due", instalment=2)
    with on("2026-11-16T10:00:00+08:00"):
        pay(client, m1, c4, instalment=2, amount="50000.00", paid_on="2026-11-16")
        do(client, m2, c6, "close", {"outcome": "arbitration", "satisfaction": "unreachable"})
    assert c8
    staff = {"desk": desk, "m1": m1, "m2": m2, "cw": cw}
    return Fixed(ids, chair, street_chair, sibling_chair, staff)
