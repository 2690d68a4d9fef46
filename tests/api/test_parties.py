"""Party details are the unit's: kept as registered on each case, checked within scope."""

from __future__ import annotations

from collections.abc import Callable

from flask.testing import FlaskClient

from service.auth.enums import Role
from tests import data
from tests.api.workflow_helpers import read, register
from tests.conftest import Office, Staff

ADDRESS = "武汉市江岸区和光街12号3栋201"


def events(client: FlaskClient, staff: Staff, case_id: int) -> list[dict]:
    response = client.get(f"/api/v1/cases/{case_id}/events", headers=staff.headers)
    assert response.status_code == 200
    return response.get_json()


def test_another_units_intake_neither_changes_nor_reveals_the_claimant(
    client: FlaskClient, office: Office, street: str
) -> None:
    desk_b, chair_b = office.staff(Role.INTAKE, "XA-HX"), office.staff(Role.SUPERVISOR, "XA-HX")
    desk_a, chair_a = office.staff(Role.INTAKE, "XA-HG"), office.staff(Role.SUPERVISOR, "XA-HG")
    claimant_b = data.claimant(name="张秀兰", phone="13800138000", address=ADDRESS)
    case_b = register(client, desk_b, data.dispute(claimant=claimant_b))
    before = read(client, chair_b, case_b["id"])

    claimant_a = {"name": "李四", "id_number": claimant_b["id_number"], "phone": "13912345678"}
    case_a = register(client, desk_a, data.aid(claimant=claimant_a))

    # A's answer holds what A registered, and nothing B stored about the person.
    assert case_a["claimant"]["name"] == "李四"
    assert case_a["claimant"]["address"] is None
    assert read(client, chair_a, case_a["id"])["claimant"]["phone"] == "13912345678"
    # B's supervisor sees B's case exactly as it was registered.
    after = read(client, chair_b, case_b["id"])
    assert after["claimant"] == before["claimant"] == {**claimant_b, "address": ADDRESS}
    # Nothing on A's trail points at B's case.
    register_event = events(client, chair_a, case_a["id"])[0]
    assert "claimant_changed" not in register_event["payload"]
    # Each unit finds its own case by its own name for the person.
    for staff, name, number in (
        (desk_a, "ls", case_a["number"]),
        (desk_b, "zxl", case_b["number"]),
    ):
        listed = client.get(f"/api/v1/cases?q={name}", headers=staff.headers).get_json()
        assert [case["number"] for case in listed["items"]] == [number]


def test_a_change_to_a_person_is_an_event_of_the_unit(
    client: FlaskClient, office: Office, street: str
) -> None:
    desk, chair = office.staff(Role.INTAKE, "XA-HG"), office.staff(Role.SUPERVISOR, "XA-HG")
    first = register(client, desk, data.dispute(claimant=data.claimant(address=ADDRESS)))
    moved = {**data.claimant(id_number=first_id(client, chair, first)), "name": "王芳"}
    second = register(client, desk, data.aid(claimant=moved))

    assert second["claimant"]["address"] is None  # not carried over from the first case
    payload = events(client, chair, second["id"])[0]["payload"]
    assert payload["claimant_changed"] == {"since": first["number"], "fields": ["name", "phone"]}
    # The first case keeps the person as registered on it.
    kept = read(client, chair, first["id"])["claimant"]
    assert kept["address"] == ADDRESS
    assert kept["name"] == first["claimant"]["name"] != "王芳"


def first_id(client: FlaskClient, chair: Staff, case: dict) -> str:
    return read(client, chair, case["id"])["claimant"]["id_number"]


def test_an_open_case_of_a_sibling_unit_is_not_a_duplicate(
    client: FlaskClient, office: Office, street: str, written: Callable[[], dict[str, int]]
) -> None:
    desk_a, desk_b = office.staff(Role.INTAKE, "XA-HG"), office.staff(Role.INTAKE, "XA-HX")
    body = data.dispute()
    register(client, desk_b, body)

    response = client.post("/api/v1/cases", json=body, headers=desk_a.headers)
    assert response.status_code == 201, response.get_json()
    assert response.get_json()["number"].startswith("XA-HG-")
    # Within the unit the same intake still is a duplicate, naming the unit's own case.
    again = client.post("/api/v1/cases", json=body, headers=desk_a.headers)
    assert again.status_code == 409
    assert again.get_json()["error"]["existing_case"] == response.get_json()["number"]


def test_a_duplicate_in_a_unit_beneath_is_found(
    client: FlaskClient, office: Office, street: str
) -> None:
    """The street federation's own intake sees the open cases of its community unions."""
    desk_hg, street_desk = office.staff(Role.INTAKE, "XA-HG"), office.staff(Role.INTAKE, "XA")
    body = data.dispute()
    below = register(client, desk_hg, body)

    response = client.post("/api/v1/cases", json=body, headers=street_desk.headers)
    assert response.status_code == 409
    assert response.get_json()["error"]["existing_case"] == below["number"]


def test_a_supervisor_above_both_units_sees_the_duplicate_across_them(
    client: FlaskClient, office: Office, street: str
) -> None:
    desk_a, desk_b = office.staff(Role.INTAKE, "XA-HG"), office.staff(Role.INTAKE, "XA-HX")
    body = data.dispute()
    case_b = register(client, desk_b, body)
    case_a = register(client, desk_a, body)
    register(client, desk_a, data.dispute())  # another person: no duplicate
    other_employer = {"name": "武汉某某餐饮管理有限公司"}
    register(client, desk_b, {**body, "employer": other_employer})  # another employer
    # The same employer by its name alone, in a third unit: one of the group.
    office.unit("XA-HY", "和雅社区联合工会", parent="XA")
    desk_c = office.staff(Role.INTAKE, "XA-HY")
    by_name = register(client, desk_c, {**body, "employer": {"name": body["employer"]["name"]}})

    street_chair = office.staff(Role.SUPERVISOR, "XA")
    response = client.get("/api/v1/cases/duplicates", headers=street_chair.headers)
    assert response.status_code == 200
    assert response.get_json() == [
        {
            "category": "wage_arrears",
            "cases": [
                {"number": case_a["number"], "unit": "XA-HG"},
                {"number": case_b["number"], "unit": "XA-HX"},
                {"number": by_name["number"], "unit": "XA-HY"},
            ],
        }
    ]
    # A community union's supervisor sees only its own unit: no duplicate across units.
    unit_chair = office.staff(Role.SUPERVISOR, "XA-HG")
    assert client.get("/api/v1/cases/duplicates", headers=unit_chair.headers).get_json() == []
    assert client.get("/api/v1/cases/duplicates", headers=desk_a.headers).status_code == 403
