"""The case page shows severance calculations on the timeline and the advice on default."""

from __future__ import annotations

from flask import Flask
from flask.testing import FlaskClient

from tests import data
from tests.api.workflow_helpers import AGREEMENT, do, register, route, system
from tests.conftest import Staff

FIGURES = {
    "start_on": "2020-03-01",
    "end_on": "2023-08-30",
    "average_wage": "8600.00",
    "minimum_wage": "2420.00",
    "city_average_wage": "10000.00",
}


def test_a_calculation_and_the_advice_on_default_on_the_case_page(  # type: ignore[no-untyped-def]
    db: Flask, client: FlaskClient, team: dict[str, Staff], signed_in
) -> None:
    case = register(
        client, team["desk"], data.dispute(category="dismissal", assignee=team["mediator"].username)
    )
    route(db, case["id"])
    attached = client.post(
        f"/api/v1/cases/{case['id']}/calculations", json=FIGURES, headers=team["mediator"].headers
    )
    assert attached.status_code == 201
    mediator = signed_in("mediator")
    page = mediator.client.get(f"/cases/{case['id']}").text
    assert "<td>经济补偿计算</td>" in page
    assert "N = 3.5，W = ¥8,600.00：¥30,100.00" in page
    assert 'id="calculations-title">经济补偿计算</h2>' in page
    assert "经济补偿 = N × W = 3.5 × 8,600.00 = 30,100.00元（《劳动合同法》第四十七条）" in page
    assert 'id="default-advice"' not in page

    do(client, team["mediator"], case["id"], "accept")
    do(client, team["mediator"], case["id"], "agree", AGREEMENT)
    system(db, case["id"], "default")
    page = mediator.client.get(f"/cases/{case['id']}").text
    assert "可申请支付令：本争议类别为「解除劳动合同/经济补偿」" in page
    assert "仲裁时效还剩" in page

    mediator.client.set_cookie("lang", "en")
    english = mediator.client.get(f"/cases/{case['id']}").text
    assert "<td>calculate severance</td>" in english
    assert "N = 3.5, W = ¥8,600.00: ¥30,100.00" in english
    assert "Severance is N × W = 3.5 × 8,600.00 = 30,100.00 yuan" in english
    assert "A payment order is open" in english
