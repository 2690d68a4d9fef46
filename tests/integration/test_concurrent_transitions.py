"""Two people acting on one case at once: exactly one wins (DESIGN §7.4)."""

from __future__ import annotations

import threading

from flask.testing import FlaskClient
from sqlalchemy import func, select

from service.auth.enums import Role
from service.cases.models import CaseEvent
from service.db import unit_of_work
from tests import data
from tests.api.workflow_helpers import read, register, route
from tests.conftest import Office


def test_ten_simultaneous_transitions_with_one_version(client: FlaskClient, office: Office) -> None:
    office.unit("XA-HG")
    desk = office.staff(Role.INTAKE, "XA-HG")
    mediator = office.staff(Role.MEDIATOR, "XA-HG")
    chairs = [office.staff(Role.SUPERVISOR, "XA-HG") for _ in range(5)]
    case = register(client, desk, data.dispute(assignee=mediator.username))
    route(client.application, case["id"])
    version = read(client, mediator, case["id"])["version"]
    people = [mediator, *chairs, mediator, *chairs[:3]]
    actions = ["accept", "reject"] * 5
    start = threading.Barrier(10)
    statuses: list[int] = []

    def act(index: int) -> None:
        own_client = client.application.test_client()
        start.wait()
        response = own_client.post(
            f"/api/v1/cases/{case['id']}/transitions",
            json={
                "action": actions[index],
                "data": {"reason": "材料不全", "advice": "补正后再申请"}
                if actions[index] == "reject"
                else {},
            },
            headers={**people[index].headers, "If-Match": f'"{version}"'},
        )
        statuses.append(response.status_code)

    threads = [threading.Thread(target=act, args=(i,)) for i in range(10)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    assert sorted(statuses) == [200] + [412] * 9
    with client.application.app_context(), unit_of_work() as work:
        decisions = work.scalar(
            select(func.count()).where(
                CaseEvent.case_id == case["id"], CaseEvent.action.in_(["accept", "reject"])
            )
        )
    assert decisions == 1
    assert read(client, mediator, case["id"])["version"] == version + 1
