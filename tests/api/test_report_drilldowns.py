"""Every figure that counts cases lists exactly those cases through GET /api/v1/cases."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from flask.testing import FlaskClient

from tests.api.report_data import NOW, Fixed, build, on
from tests.api.test_reports import summary
from tests.conftest import Office, Staff


@pytest.fixture
def fixed(client: FlaskClient, office: Office) -> Fixed:
    return build(client, office)


def drill_downs(value: Any, path: str = "") -> Iterator[tuple[str, int, str]]:
    """Each (figure path, count, case-list query) in a summary."""
    if isinstance(value, dict):
        if "count" in value and "cases" in value and isinstance(value["count"], int):
            if value["cases"] is None:  # consultations in a report of one case type
                assert value["count"] == 0, path
            else:
                yield path, value["count"], value["cases"]
        for key, item in value.items():
            if isinstance(item, dict):
                yield from drill_downs(item, f"{path}.{key}")


def listed(client: FlaskClient, staff: Staff, query: str) -> set[str]:
    with on(NOW):
        response = client.get(f"{query}&per_page=200", headers=staff.headers)
    assert response.status_code == 200, (query, response.get_json())
    page = response.get_json()
    assert page["total"] == len(page["items"])
    return {item["number"] for item in page["items"]}


REPORTS = [
    ("chair", {"from": "2026-10-01", "to": "2026-10-31"}),
    ("chair", {"from": "2026-11-01", "to": "2026-11-20"}),
    ("chair", {"from": "2026-10-01", "to": "2026-11-20", "group_by": "month"}),
    ("chair", {"from": "2026-10-01", "to": "2026-11-20", "group_by": "type"}),
    ("chair", {"from": "2026-10-01", "to": "2026-11-20", "group_by": "category"}),
    ("chair", {"from": "2026-10-01", "to": "2026-11-20", "group_by": "assignee"}),
    ("chair", {"from": "2026-10-01", "to": "2026-11-20", "group_by": "channel"}),
    ("street_chair", {"from": "2026-10-01", "to": "2026-11-20", "group_by": "unit"}),
    ("street_chair", {"from": "2026-10-01", "to": "2026-11-20", "unit": "XA-HX"}),
    ("chair", {"from": "2026-10-01", "to": "2026-11-20", "type": "hardship_aid"}),
]


def test_every_drill_down_lists_as_many_cases_as_its_figure(
    client: FlaskClient, fixed: Fixed
) -> None:
    checked = 0
    for who, params in REPORTS:
        staff = getattr(fixed, who)
        report = summary(client, staff, **params)
        for row in [*report["groups"], report["total"]]:
            for path, number, query in drill_downs(row):
                assert len(listed(client, staff, query)) == number, (params, path, query)
                checked += 1
    assert checked > 300


def test_drill_downs_name_the_cases_counted(client: FlaskClient, fixed: Fixed) -> None:
    with on(NOW):
        numbers = {
            name: client.get(
                f"/api/v1/cases/{case_id}", headers=fixed.street_chair.headers
            ).get_json()["number"]
            for name, case_id in fixed.cases.items()
        }

    def cases(figure: dict[str, Any]) -> set[str]:
        found = listed(client, fixed.chair, figure["cases"])
        return {name for name, number in numbers.items() if number in found}

    october = summary(client, fixed.chair, **{"from": "2026-10-01", "to": "2026-10-31"})["total"]
    assert cases(october["registered"]) == {"C1", "C2", "C3", "C4", "C5"}
    assert cases(october["consultations"]) == {"C7"}
    assert cases(october["closed"]) == {"C2", "C3"}
    assert cases(october["closed"]["by_ending"]["withdrawn"]) == {"C2"}
    assert cases(october["open_at_end"]) == {"C1", "C4", "C5"}
    assert cases(october["closure_rate"]["closed"]) == {"C2", "C3"}
    assert cases(october["resolution_rate"]["closed"]) == {"C3"}
    assert cases(october["breaches"]["in_cases"]) == {"C4"}
    assert cases(october["collective"]) == {"C4"}
    november = summary(client, fixed.chair, **{"from": "2026-11-01", "to": "2026-11-20"})["total"]
    assert cases(november["closed"]) == {"C1", "C5", "C6"}
    assert cases(november["resolution_rate"]["resolved"]) == {"C1", "C5"}
    assert cases(november["open_at_end"]) == {"C4", "C9"}
    assert cases(november["closure_rate"]["closed"]) == {"C6"}
    assert cases(november["satisfaction"]["unreachable"]) == {"C6"}
    assert cases(november["breaches"]["by_kind"]["instalment_due"]["in_cases"]) == {"C4"}
