"""Walking cases through their workflows in API tests (the system steps run in-process)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from service.cases import consumers
from service.cases.models import Case, CaseEvent
from service.cases.transitions import fire
from service.db import unit_of_work
from tests.conftest import Staff
from workflows.calendar import CHINA
from workflows.engine import SYSTEM_ACTOR


def first_of_month(months_ahead: int) -> date:
    """The first day of a month ahead of today in China, so agreed dates never lie in the past."""
    today = datetime.now(CHINA).date()
    month = today.month - 1 + months_ahead
    return date(today.year + month // 12, month % 12 + 1, 1)


# Instalments due on the first of the next two months.
INSTALMENT_DAYS = (first_of_month(1), first_of_month(2))
AGREEMENT = {
    "amount": "8600.00",
    "instalments": [
        {"due_on": INSTALMENT_DAYS[0].isoformat(), "amount": "4300.00"},
        {"due_on": INSTALMENT_DAYS[1].isoformat(), "amount": "4300.00"},
    ],
    "signed_by_both": True,
}
PROPOSAL = {"amount": "3000.00", "hardship_level": "relative"}
# A home visit 入户核查 by two staff with the household's consent, as a proposal needs.
HOME_VISIT = {
    "visited_on": "2026-11-18",
    "visitors": ["王建华", "李红梅"],
    "findings": "家中两人，配偶住院，收入情况属实",
    "consent": True,
}


def register(client: FlaskClient, staff: Staff, body: dict) -> dict:
    response = client.post("/api/v1/cases", json=body, headers=staff.headers)
    assert response.status_code == 201, response.get_json()
    return response.get_json()


def route(app: Flask, case_id: int) -> None:
    """What the worker does right after intake."""
    with app.app_context(), unit_of_work() as work:
        event_id = work.scalar(
            select(CaseEvent.event_id).where(CaseEvent.case_id == case_id, CaseEvent.seq == 1)
        )
        consumers.route_case(db_session=work, event_id=event_id)
        work.commit()


def system(app: Flask, case_id: int, action: str) -> None:
    """A system action such as a deadline's, fired as the worker would."""
    with app.app_context(), unit_of_work() as work:
        case = work.get(Case, case_id)
        fire(db_session=work, case=case, actor=SYSTEM_ACTOR, actor_id=None, action=action)
        work.commit()


def read(client: FlaskClient, staff: Staff, case_id: int) -> dict:
    response = client.get(f"/api/v1/cases/{case_id}", headers=staff.headers)
    assert response.status_code == 200, response.get_json()
    return response.get_json()


def act(
    client: FlaskClient,
    staff: Staff,
    case_id: int,
    action: str,
    data: dict[str, Any] | None = None,
    *,
    version: int | str | None = None,
    note: str = "",
):  # type: ignore[no-untyped-def]
    """POST a transition with the case's current version unless told otherwise."""
    if version is None:
        version = read(client, staff, case_id)["version"]
    return client.post(
        f"/api/v1/cases/{case_id}/transitions",
        json={"action": action, "note": note, "data": data or {}},
        headers={**staff.headers, "If-Match": f'"{version}"'},
    )


def do(client: FlaskClient, staff: Staff, case_id: int, action: str, data=None) -> dict:  # type: ignore[no-untyped-def]
    response = act(client, staff, case_id, action, data)
    assert response.status_code == 200, response.get_json()
    return response.get_json()


def home_visit(client: FlaskClient, staff: Staff, case_id: int, **overrides: Any) -> dict:
    response = client.post(
        f"/api/v1/cases/{case_id}/visits", json={**HOME_VISIT, **overrides}, headers=staff.headers
    )
    assert response.status_code == 201, response.get_json()
    return response.get_json()


def propose(
    client: FlaskClient,
    staff: Staff,
    case_id: int,
    data: dict[str, Any] | None = None,
    **visit: Any,
) -> dict:
    """Complete the household file and record the home visit a proposal needs; propose."""
    complete_file(client, staff, case_id)
    home_visit(client, staff, case_id, **visit)
    return do(client, staff, case_id, "propose", data or PROPOSAL)


def complete_file(client: FlaskClient, staff: Staff, case_id: int) -> None:
    """Finish the household file intake opened with the claimant alone (file first, aid after)."""
    path = f"/api/v1/households/{read(client, staff, case_id)['household']}"
    household = client.get(path, headers=staff.headers).get_json()
    if household["complete"]:
        return
    people = [
        {"name": m["name"], "id_number": m["id_number"],
         "work_status": m["work_status"] or "unemployed", "health": m["health"] or "healthy"}
        | ({} if m["relation"] == "head" else {"relation": m["relation"]})
        for m in household["members"]
    ]  # fmt: skip
    head, members = people[0], people[1:]
    years = [{"year": 2026, "income": "30000.00", "essential_costs": "6000.00"}]
    body = {"head": head, "members": members, "years": years}
    response = client.patch(path, json=body, headers=staff.headers)
    assert response.status_code == 200, response.get_json()
