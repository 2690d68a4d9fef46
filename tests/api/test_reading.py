"""Listing, searching and scope: a caller sees its unit and the units beneath, nothing else."""

from __future__ import annotations

from flask.testing import FlaskClient

from service.auth.enums import Role
from tests import data
from tests.conftest import Office, Staff


def register(client: FlaskClient, staff: Staff, body: dict) -> dict:
    response = client.post("/api/v1/cases", json=body, headers=staff.headers)
    assert response.status_code == 201, response.get_json()
    return response.get_json()


def listed(client: FlaskClient, staff: Staff, query: str = "") -> dict:
    response = client.get(f"/api/v1/cases?{query}", headers=staff.headers)
    assert response.status_code == 200, response.get_json()
    return response.get_json()


def numbers(page: dict) -> list[str]:
    return [case["number"] for case in page["items"]]


def test_sibling_units_never_see_each_other(
    client: FlaskClient, office: Office, desk: Staff
) -> None:
    sibling = office.staff(Role.SUPERVISOR, "XA-HX")
    case = register(client, desk, data.dispute())

    response = client.get(f"/api/v1/cases/{case['id']}", headers=sibling.headers)
    assert response.status_code == 404
    assert response.get_json()["error"]["code"] == "not_found"
    assert listed(client, sibling)["total"] == 0
    assert listed(client, sibling, "unit=XA-HG") == {
        "items": [],
        "total": 0,
        "total_is_estimate": False,
        "page": 1,
        "per_page": 50,
    }


def test_the_street_federation_sees_its_communities(
    client: FlaskClient, office: Office, desk: Staff
) -> None:
    other_desk = office.staff(Role.INTAKE, "XA-HX")
    chair = office.staff(Role.SUPERVISOR, "XA")
    mine = register(client, desk, data.dispute())
    theirs = register(client, other_desk, data.aid())

    assert sorted(numbers(listed(client, chair))) == sorted([mine["number"], theirs["number"]])
    assert numbers(listed(client, chair, "unit=XA-HX")) == [theirs["number"]]
    assert numbers(listed(client, desk)) == [mine["number"]]
    assert client.get(f"/api/v1/cases/{theirs['id']}", headers=chair.headers).status_code == 200


def test_search_by_name_pinyin_initials_number_and_employer(
    client: FlaskClient, desk: Staff
) -> None:
    zhang = register(
        client,
        desk,
        data.dispute(
            claimant=data.claimant(name="张秀兰"), employer={"name": "武汉恒信物流有限公司"}
        ),
    )
    li = register(client, desk, data.aid(claimant=data.claimant(name="李建国")))

    assert numbers(listed(client, desk, "q=zxl")) == [zhang["number"]]
    assert numbers(listed(client, desk, "q=ZXL")) == [zhang["number"]]
    assert numbers(listed(client, desk, "q=zhangxiu")) == [zhang["number"]]
    assert numbers(listed(client, desk, "q=秀兰")) == [zhang["number"]]
    assert numbers(listed(client, desk, "q=ljg")) == [li["number"]]
    assert numbers(listed(client, desk, "q=恒信物流")) == [zhang["number"]]
    assert numbers(listed(client, desk, f"q={li['number'].lower()}")) == [li["number"]]
    assert numbers(listed(client, desk, "q=%25")) == []


def test_filters(client: FlaskClient, office: Office, desk: Staff) -> None:
    letter = register(client, desk, data.dispute(channel="letter", category="overtime"))
    visit = register(client, desk, data.dispute(received_at="2026-10-01T10:00:00+08:00"))
    aid = register(client, desk, data.aid(channel="hotline"))

    assert numbers(listed(client, desk, "type=hardship_aid")) == [aid["number"]]
    assert numbers(listed(client, desk, "channel=letter")) == [letter["number"]]
    assert numbers(listed(client, desk, "category=overtime")) == [letter["number"]]
    assert listed(client, desk, "status=registered")["total"] == 3
    assert listed(client, desk, "status=closed")["total"] == 0
    early = "opened_to=2026-10-02T00:00:00%2B08:00"
    assert numbers(listed(client, desk, early)) == [visit["number"]]
    late = "opened_from=2026-10-02T00:00:00%2B08:00&type=labour_dispute"
    assert numbers(listed(client, desk, late)) == [letter["number"]]
    assert listed(client, desk, "assignee=me")["total"] == 0
    assert listed(client, desk, "assignee=nobody")["total"] == 0


def test_pages_are_stable_and_counted(client: FlaskClient, desk: Staff) -> None:
    made = [
        register(client, desk, data.dispute(received_at="2026-11-01T09:00:00+08:00"))["number"]
        for _ in range(5)
    ]
    pages = [listed(client, desk, f"per_page=2&page={page}&sort=received_at") for page in (1, 2, 3)]

    assert [page["total"] for page in pages] == [5, 5, 5]
    assert [n for page in pages for n in numbers(page)] == made
    newest_first = numbers(listed(client, desk, "sort=-number"))
    assert newest_first == sorted(made, reverse=True)


def test_list_masks_identity_like_the_detail(
    client: FlaskClient, office: Office, desk: Staff
) -> None:
    register(client, desk, data.dispute())
    chair = office.staff(Role.SUPERVISOR, "XA-HG")

    assert "****" in listed(client, desk)["items"][0]["claimant"]["id_number"]
    assert "****" not in listed(client, chair)["items"][0]["claimant"]["id_number"]
