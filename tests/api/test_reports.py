"""The supervisor summary on a fixed set of cases: every figure as counted by hand."""

from __future__ import annotations

from typing import Any

import pytest
from flask.testing import FlaskClient

from tests.api.report_data import NOW, Fixed, build, on
from tests.conftest import Office, Staff


@pytest.fixture
def fixed(client: FlaskClient, office: Office) -> Fixed:
    return build(client, office)


def summary(client: FlaskClient, staff: Staff, **params: str) -> Any:
    with on(NOW):
        response = client.get("/api/v1/reports/summary", query_string=params, headers=staff.headers)
    assert response.status_code == 200, response.get_json()
    return response.get_json()


def counts(row: dict[str, Any]) -> dict[str, Any]:
    """Every figure of a row, without the drill-down links."""

    def strip(value: Any) -> Any:
        if isinstance(value, dict):
            if "count" in value and set(value) <= {"count", "cases"}:
                return value["count"]
            return {k: strip(v) for k, v in value.items() if k != "cases"}
        return value

    return strip(row)


# October 2026: C1–C5 registered, C7 a consultation; C3 rejected and C2 withdrawn; C1, C4
# and C5 still open on the 31st. Deadlines due in October: acceptance of C1, C2, C3 met,
# C1's mediation met, C4's acceptance missed (C2's mediation was ahead when it was
# withdrawn, so it does not count).
OCTOBER = {
    "registered": 5,
    "consultations": 1,
    "closed": {"count": 2, "by_ending": {"rejected": 1, "withdrawn": 1}},
    "open_at_end": 3,
    "closure_rate": {"rate": "0.4000", "closed": 2, "registered": 5},
    "resolution_rate": {"rate": "0.0000", "resolved": 0, "closed": 1},
    "on_time_rate": {"rate": "0.8000", "met": 4, "due": 5},
    "breaches": {
        "count": 1,
        "in_cases": 1,
        "by_kind": {"acceptance_decision": {"count": 1, "in_cases": 1}},
    },
    "days_to_close": {"median": "4.5", "p90": "8"},  # C3 1 day, C2 8 days
    "amount_claimed": "156600.00",  # 8600 + 20000 + 3000 + 120000 + 5000
    "amount_agreed": "108000.00",  # C1 8000 + C4 100000
    "amount_recovered": "8000.00",  # C1 on 10-29
    "aid_disbursed": "0.00",
    "satisfaction": {"satisfied": 0, "not_satisfied": 0, "unreachable": 0},
    "collective": {"count": 1, "workers": 12},
}

# 1–20 November: C6 and C9 registered; C1, C5, C6 closed; C4 and C9 open. Deadlines due:
# C1 instalment and follow-up, C4 mediation and first instalment, C5 review, C6
# acceptance, mediation and instalment, C9 acceptance met; C4's second instalment missed.
NOVEMBER = {
    "registered": 2,
    "consultations": 0,
    "closed": {
        "count": 3,
        "by_ending": {
            "closed:agreement_performed": 1,
            "closed:aid_paid": 1,
            "closed:arbitration": 1,
        },
    },
    "open_at_end": 2,
    "closure_rate": {"rate": "0.5000", "closed": 1, "registered": 2},
    "resolution_rate": {"rate": "0.6667", "resolved": 2, "closed": 3},
    "on_time_rate": {"rate": "0.9000", "met": 9, "due": 10},
    "breaches": {
        "count": 1,
        "in_cases": 1,
        "by_kind": {"instalment_due": {"count": 1, "in_cases": 1}},
    },
    "days_to_close": {"median": "21", "p90": "24"},  # C6 14, C5 21, C1 24
    "amount_claimed": "7000.00",
    "amount_agreed": "5000.00",
    "amount_recovered": "105000.00",  # C4 50000 + 50000, C6 5000
    "aid_disbursed": "3000.00",
    "satisfaction": {"satisfied": 1, "not_satisfied": 1, "unreachable": 1},
    "collective": {"count": 0, "workers": 0},
}

BOTH_MONTHS = {
    "registered": 7,
    "consultations": 1,
    "closed": {
        "count": 5,
        "by_ending": {
            "closed:agreement_performed": 1,
            "closed:aid_paid": 1,
            "closed:arbitration": 1,
            "rejected": 1,
            "withdrawn": 1,
        },
    },
    "open_at_end": 2,
    "closure_rate": {"rate": "0.7143", "closed": 5, "registered": 7},
    "resolution_rate": {"rate": "0.5000", "resolved": 2, "closed": 4},
    "on_time_rate": {"rate": "0.8667", "met": 13, "due": 15},
    # Both of C4: two deadlines missed, one case.
    "breaches": {
        "count": 2,
        "in_cases": 1,
        "by_kind": {
            "acceptance_decision": {"count": 1, "in_cases": 1},
            "instalment_due": {"count": 1, "in_cases": 1},
        },
    },
    "days_to_close": {"median": "14", "p90": "24"},
    "amount_claimed": "163600.00",
    "amount_agreed": "113000.00",
    "amount_recovered": "113000.00",
    "aid_disbursed": "3000.00",
    "satisfaction": {"satisfied": 1, "not_satisfied": 1, "unreachable": 1},
    "collective": {"count": 1, "workers": 12},
}


def test_every_figure_of_each_month_as_counted_by_hand(client: FlaskClient, fixed: Fixed) -> None:
    october = summary(client, fixed.chair, **{"from": "2026-10-01", "to": "2026-10-31"})
    assert counts(october["total"]) == OCTOBER
    assert october["groups"] == []
    november = summary(client, fixed.chair, **{"from": "2026-11-01", "to": "2026-11-20"})
    assert counts(november["total"]) == NOVEMBER
    both = summary(
        client, fixed.chair, **{"from": "2026-10-01", "to": "2026-11-20", "group_by": "month"}
    )
    assert [row["group"] for row in both["groups"]] == ["2026-10", "2026-11"]
    assert counts(both["groups"][0]) == {"group": "2026-10", **OCTOBER}
    assert counts(both["groups"][1]) == {"group": "2026-11", **NOVEMBER}
    assert counts(both["total"]) == BOTH_MONTHS
    assert set(both["definitions"]) >= set(OCTOBER)


def _few(row: dict[str, Any]) -> tuple:
    figures = counts(row)
    return (
        figures["registered"], figures["consultations"], figures["closed"]["count"],
        figures["open_at_end"], figures["breaches"]["count"], figures["amount_recovered"],
        figures["aid_disbursed"],
    )  # fmt: skip


# (registered, consultations, closed, open at end, breaches, recovered, aid) by group,
# 1 October to 20 November.
GROUPINGS = {
    "type": {
        "hardship_aid": (1, 0, 1, 0, 0, "0.00", "3000.00"),
        "labour_dispute": (6, 0, 4, 2, 2, "113000.00", "0.00"),
    },
    "category": {
        "dismissal": (1, 0, 1, 0, 0, "0.00", "0.00"),
        "medical": (1, 0, 1, 0, 0, "0.00", "3000.00"),
        "overtime": (1, 0, 1, 0, 0, "0.00", "0.00"),
        "policy": (0, 1, 0, 0, 0, "0.00", "0.00"),
        "social_insurance": (1, 0, 1, 0, 0, "5000.00", "0.00"),
        "wage_arrears": (3, 0, 1, 2, 2, "108000.00", "0.00"),
    },
    "channel": {
        "hotline": (1, 0, 1, 0, 0, "5000.00", "0.00"),
        "letter": (1, 0, 0, 1, 2, "100000.00", "0.00"),
        "online": (1, 0, 0, 1, 0, "0.00", "0.00"),
        "phone": (1, 1, 1, 0, 0, "0.00", "0.00"),
        "visit": (3, 0, 3, 0, 0, "8000.00", "3000.00"),
    },
    "assignee": {
        "cw": (1, 0, 1, 0, 0, "0.00", "3000.00"),
        "m1": (5, 0, 3, 2, 2, "108000.00", "0.00"),
        "m2": (1, 0, 1, 0, 0, "5000.00", "0.00"),
        "none": (0, 1, 0, 0, 0, "0.00", "0.00"),
    },
}


@pytest.mark.parametrize("group_by", sorted(GROUPINGS))
def test_each_grouping_as_counted_by_hand(client: FlaskClient, fixed: Fixed, group_by: str) -> None:
    report = summary(
        client, fixed.chair, **{"from": "2026-10-01", "to": "2026-11-20", "group_by": group_by}
    )
    assert {row["group"]: _few(row) for row in report["groups"]} == GROUPINGS[group_by]
    assert counts(report["total"]) == BOTH_MONTHS


def test_the_street_sees_its_communities_by_unit(client: FlaskClient, fixed: Fixed) -> None:
    report = summary(
        client, fixed.street_chair,
        **{"from": "2026-10-01", "to": "2026-11-20", "group_by": "unit"},
    )  # fmt: skip
    # C8 in XA-HX: registered, its acceptance deadline (16 October) passed unswept.
    assert {row["group"]: _few(row) for row in report["groups"]} == {
        "XA-HG": (7, 1, 5, 2, 2, "113000.00", "3000.00"),
        "XA-HX": (1, 0, 0, 1, 1, "0.00", "0.00"),
    }
    assert _few(report["total"]) == (8, 1, 5, 3, 3, "113000.00", "3000.00")
    only = summary(
        client, fixed.street_chair, **{"from": "2026-10-01", "to": "2026-11-20", "unit": "XA-HX"}
    )
    assert _few(only["total"]) == (1, 0, 0, 1, 1, "0.00", "0.00")
    assert only["built_at"].endswith("+08:00")  # China time, as every moment the API writes
