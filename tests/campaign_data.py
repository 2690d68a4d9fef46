"""A community's household files and a 送温暖 campaign over them, for the campaign tests."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from flask.testing import FlaskClient

from tests import data
from tests.conftest import Staff
from workflows.calendar import CHINA

THIS_YEAR = datetime.now(CHINA).year
# Income 30,000 less costs 6,000 over three people is ¥666.67 a head a month: below a
# 低保 of ¥800, so deep hardship; ten times that income is no hardship at all.
POOR, COMFORTABLE = "30000.00", "300000.00"


def set_dibao(client: FlaskClient, admin: Staff, unit: str = "XA", amount: str = "800.00") -> None:
    body = {"unit": unit, "year": THIS_YEAR, "item": "dibao", "amount": amount}
    response = client.put("/api/v1/aid-settings", json=body, headers=admin.headers)
    assert response.status_code == 200, response.get_json()


def file_household(
    client: FlaskClient, staff: Staff, *, income: str = POOR, unit: str = "XA-HG"
) -> dict[str, Any]:
    """A household filed with ``unit``; its id and its head."""
    head = data.claimant()
    body = data.household(
        head=head,
        unit=unit,
        years=[{"year": THIS_YEAR, "income": income, "essential_costs": "6000.00"}],
    )
    response = client.post("/api/v1/households", json=body, headers=staff.headers)
    assert response.status_code == 201, response.get_json()
    return {"id": response.get_json()["id"], "head": head}


def campaign_body(**overrides: Any) -> dict[str, Any]:
    return {
        "name": f"{THIS_YEAR}年春节送温暖",
        "kind": "seasonal",
        "budget": "1000.00",
        "amounts": {"per_household": "400.00"},
        "eligibility": {"levels": ["deep", "relative"]},
        "starts_on": f"{THIS_YEAR}-01-01",
        "ends_on": f"{THIS_YEAR}-12-31",
        **overrides,
    }


def open_campaign(client: FlaskClient, supervisor: Staff, **overrides: Any) -> dict[str, Any]:
    response = client.post(
        "/api/v1/campaigns", json=campaign_body(**overrides), headers=supervisor.headers
    )
    assert response.status_code == 201, response.get_json()
    return response.get_json()


def transfer_csv(rows: list[tuple[str, str, str]], encoding: str = "utf-8") -> bytes:
    lines = ["身份证号,金额,流水号", *(",".join(row) for row in rows)]
    return ("\n".join(lines) + "\n").encode(encoding)
