"""A defaulted dismissal with a severance calculation, on the case page in a real browser.

The mediator opens the case, sees the advice on default and the calculation, unfolds
its steps; the page has no serious accessibility violations (axe-core).
"""

from __future__ import annotations

import json
from typing import Any

from flask import Flask
from flask.testing import FlaskClient

from tests import data
from tests.api.workflow_helpers import AGREEMENT, do, register, route, system
from tests.conftest import Staff
from tests.console.test_browser import axe_violations, browser, people, pytestmark, server, shots

__all__ = ["browser", "people", "pytestmark", "server", "shots"]

FIGURES = {
    "start_on": "2005-03-01",
    "end_on": "2023-08-30",
    "average_wage": "40000.00",
    "minimum_wage": "2420.00",
    "city_average_wage": "10000.00",
    "unlawful": True,
}


def test_the_mediator_reads_the_calculation_and_the_advice_on_default(
    db: Flask, client: FlaskClient, team: dict[str, Staff], people: Any
) -> None:
    case = register(
        client, team["desk"], data.dispute(category="dismissal", assignee=team["mediator"].username)
    )
    route(db, case["id"])
    do(client, team["mediator"], case["id"], "accept")
    attached = client.post(
        f"/api/v1/cases/{case['id']}/calculations", json=FIGURES, headers=team["mediator"].headers
    )
    assert attached.status_code == 201
    do(client, team["mediator"], case["id"], "agree", AGREEMENT)
    system(db, case["id"], "default")

    mediator = people("mediator")
    mediator.sign_in(team["mediator"].username)
    mediator.go(f"/cases/{case['id']}")
    page = mediator.page
    advice = page.locator("#default-advice li")
    assert advice.count() == 2
    assert advice.first.inner_text().startswith("可申请支付令")
    section = page.locator("section[aria-labelledby=calculations-title]")
    assert "¥720,000.00" in section.inner_text()
    step = section.get_by_text("违法解除或者终止劳动合同", exact=False)
    assert not step.is_visible()  # folded until asked for
    section.get_by_text("计算过程").click()
    assert step.is_visible()
    assert "2 × 12 × 30,000.00 = 720,000.00元" in step.inner_text()
    assert page.get_by_role("cell", name="经济补偿计算", exact=True).is_visible()
    mediator.shot("severance-case-page")
    serious = [v["id"] for v in axe_violations(mediator)]
    assert not serious, json.dumps(serious)
