"""Registering cases of every type and reading them back."""

from __future__ import annotations

import re

from flask.testing import FlaskClient
from sqlalchemy import select
from stdnum.cn import ric

from service.auth.enums import Role
from service.cases.models import CaseEvent
from service.db import unit_of_work
from tests import data
from tests.conftest import Office, Staff


def register(client: FlaskClient, staff: Staff, body: dict) -> dict:
    response = client.post("/api/v1/cases", json=body, headers=staff.headers)
    assert response.status_code == 201, response.get_json()
    return response.get_json()


def test_dispute_round_trip(client: FlaskClient, desk: Staff) -> None:
    body = data.dispute(
        claimant={
            "name": "张秀兰",
            "id_number": "11010519491231002x",
            "phone": "+86 138-0013-8000",
        },
        employer={"name": "某某建筑劳务有限公司", "credit_code": "91350100M000100Y43"},
    )
    response = client.post("/api/v1/cases", json=body, headers=desk.headers)

    assert response.status_code == 201
    assert response.headers["ETag"] == '"1"'
    case = response.get_json()
    assert re.fullmatch(r"XA-HG-LD-20\d\d-00001", case["number"])
    assert case["status"] == "registered"
    assert case["version"] == 1
    assert case["unit"] == "XA-HG"
    assert case["assignee"] is None
    assert case["collective"] is False
    assert case["claim_amount"] == "8600.00"
    assert case["received_at"] == "2026-11-20T09:30:00+08:00"
    # A wage claim of a worker still employed is not barred (art. 27 §4).
    assert case["limitation_on"] is None
    assert case["limitation_counts_from"] is None
    assert case["claimant"] == {
        "name": "张秀兰",
        "id_number": "110105********002X",
        "phone": "138****8000",
        "address": None,
    }
    assert case["employer"] == {"name": "某某建筑劳务有限公司", "credit_code": "91350100M000100Y43"}

    detail = client.get(f"/api/v1/cases/{case['id']}", headers=desk.headers)
    assert detail.status_code == 200
    assert detail.headers["ETag"] == '"1"'
    assert detail.get_json() == case


def test_intake_writes_a_registered_event(client: FlaskClient, desk: Staff) -> None:
    case = register(client, desk, data.dispute())

    with client.application.app_context(), unit_of_work() as work:
        events = work.scalars(select(CaseEvent).where(CaseEvent.case_id == case["id"])).all()
    assert [(e.seq, e.action, e.from_status, e.to_status) for e in events] == [
        (1, "register", None, "registered")
    ]
    assert events[0].actor_id == desk.user_id
    assert events[0].prev_hash == "0" * 64
    assert len(events[0].hash) == 64


def test_hardship_aid_round_trip(client: FlaskClient, desk: Staff) -> None:
    case = register(client, desk, data.aid())

    assert re.fullmatch(r"XA-HG-HA-20\d\d-00001", case["number"])
    assert case["type"] == "hardship_aid"
    assert case["category"] == "medical"
    assert case["details"] == {"household_size": 3, "hardship_level": "relative"}
    assert case["limitation_on"] is None
    assert case["employer"] is None


def test_consultation_needs_only_a_name_and_a_contact(client: FlaskClient, desk: Staff) -> None:
    body = data.consultation(claimant={"name": "李建国", "phone": "027-82345678"})
    case = register(client, desk, body)

    assert re.fullmatch(r"XA-HG-CS-20\d\d-00001", case["number"])
    assert case["claimant"]["id_number"] is None
    assert case["claimant"]["phone"] == "027-****5678"


def test_numbers_are_consecutive_per_unit_and_type(
    client: FlaskClient, office: Office, desk: Staff
) -> None:
    other_desk = office.staff(Role.INTAKE, "XA-HX")
    numbers = [register(client, desk, data.dispute())["number"] for _ in range(3)]
    numbers.append(register(client, desk, data.aid())["number"])
    numbers.append(register(client, other_desk, data.dispute())["number"])

    assert [n.split("-", 2)[2][:2] + n[-5:] for n in numbers] == [
        "LD00001",
        "LD00002",
        "LD00003",
        "HA00001",
        "LD00001",
    ]
    assert numbers[-1].startswith("XA-HX-LD-")


def test_collective_dispute_from_ten_workers(client: FlaskClient, desk: Staff) -> None:
    assert register(client, desk, data.dispute(workers_involved=9))["collective"] is False
    assert register(client, desk, data.dispute(workers_involved=10))["collective"] is True


def test_wage_limitation_runs_from_the_end_of_employment(client: FlaskClient, desk: Staff) -> None:
    # Art. 27 §4: from the end of employment, when it is later than the application;
    # 2027-02-28 is a Sunday, so the year ends on Monday 1 March (《民法典》 art. 203).
    body = data.dispute(
        received_at="2026-02-20T09:00:00+08:00", known_on="2025-03-10",
        employment_end_on="2026-02-28",
    )  # fmt: skip
    case = register(client, desk, body)
    assert case["limitation_on"] == "2027-03-01"
    assert case["limitation_counts_from"] == {
        "counts_from": "employment_end",
        "from_on": "2026-02-28",
        "article": "《劳动争议调解仲裁法》 art. 27 §4",
    }


def test_limitation_counts_from_receipt_not_from_known_on(client: FlaskClient, desk: Staff) -> None:
    # Art. 27 §2: the mediation application interrupts the period; it runs from receipt.
    case = register(client, desk, data.dispute(category="dismissal", known_on="2026-11-01"))
    assert case["limitation_on"] == "2027-11-22"  # 2027-11-20 is a Saturday
    assert case["limitation_counts_from"]["counts_from"] == "receipt"
    assert case["limitation_counts_from"]["article"] == "《劳动争议调解仲裁法》 art. 27 §2"


def test_limitation_from_29_february_ends_on_28_february(client: FlaskClient, desk: Staff) -> None:
    body = data.dispute(
        category="dismissal", known_on="2024-02-20", received_at="2024-02-29T10:00:00+08:00"
    )
    assert register(client, desk, body)["limitation_on"] == "2025-02-28"


def test_received_at_defaults_to_now_and_naive_times_are_china_time(
    client: FlaskClient, desk: Staff
) -> None:
    body = data.dispute()
    del body["received_at"]
    assert register(client, desk, body)["received_at"].endswith("+08:00")

    naive = register(client, desk, data.dispute(received_at="2026-11-19T16:00:00"))
    assert naive["received_at"] == "2026-11-19T16:00:00+08:00"


def test_real_district_codes_missing_from_library_tables_are_accepted(
    client: FlaskClient, desk: Staff
) -> None:
    for district in ("420102", "440305", "500103"):
        body = data.dispute()
        stem = district + body["claimant"]["id_number"][6:17]
        body["claimant"]["id_number"] = stem + ric.calc_check_digit(stem + "0")
        register(client, desk, body)


def test_work_injury_keeps_the_accident_date(client: FlaskClient, desk: Staff) -> None:
    body = data.dispute(category="work_injury", accident_on="2026-10-12", claim_amount="12000.5")
    case = register(client, desk, body)

    assert case["details"]["accident_on"] == "2026-10-12"
    assert case["claim_amount"] == "12000.50"
    # 30 days from the accident end on 11 November; a year on 12 October 2027 (a Tuesday).
    assert case["deadlines"]["employer_injury_application_by"] == "2026-11-11"
    assert case["deadlines"]["worker_injury_application_by"] == "2027-10-12"
    # Received Friday 20 November: three working days end on Wednesday 25 November.
    assert case["deadlines"]["acceptance_decision_by"] == "2026-11-25"
    assert case["deadlines"]["mediation_ends_on"] == "2026-12-07"


def test_identity_is_unmasked_for_supervisors_only(
    client: FlaskClient, office: Office, desk: Staff
) -> None:
    case = register(client, desk, data.dispute(claimant=data.claimant(phone="13912345678")))
    readers = {
        role: office.staff(role, "XA-HG")
        for role in (Role.SUPERVISOR, Role.MEDIATOR, Role.CASEWORKER, Role.ADMIN)
    }
    seen = {
        role: client.get(f"/api/v1/cases/{case['id']}", headers=staff.headers).get_json()
        for role, staff in readers.items()
    }

    assert seen[Role.SUPERVISOR]["claimant"]["phone"] == "13912345678"
    assert "*" not in seen[Role.SUPERVISOR]["claimant"]["id_number"]
    for role in (Role.MEDIATOR, Role.CASEWORKER, Role.ADMIN):
        assert seen[role]["claimant"]["phone"] == "139****5678"
        assert "********" in seen[role]["claimant"]["id_number"]


def test_supervisor_of_the_street_registers_for_a_community(
    client: FlaskClient, office: Office, desk: Staff
) -> None:
    chair = office.staff(Role.SUPERVISOR, "XA")
    case = register(client, chair, data.dispute(unit="XA-HX"))
    assert case["unit"] == "XA-HX"
    assert case["number"].startswith("XA-HX-LD-")
