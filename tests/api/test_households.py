"""Household files 建档立卡 through the API: filing, the computed level, 409, history, visits."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from flask.testing import FlaskClient

from service.auth.enums import Role
from tests import data
from tests.api.workflow_helpers import act, complete_file, home_visit, read, register, route
from tests.conftest import Office, Staff

EN = {"Accept-Language": "en"}


@pytest.fixture
def aid_team(office: Office, team: dict[str, Staff]) -> dict[str, Staff]:
    """The team with an admin of the street and a caseworker of the sibling union."""
    return {
        **team,
        "admin": office.staff(Role.ADMIN, "XA"),
        "sibling_caseworker": office.staff(Role.CASEWORKER, "XA-HX"),
    }


def set_figure(client: FlaskClient, admin: Staff, item: str, amount: str, unit: str = "XA") -> dict:
    body = {"unit": unit, "year": 2026, "item": item, "amount": amount}
    response = client.put("/api/v1/aid-settings", json=body, headers=admin.headers)
    assert response.status_code == 200, response.get_json()
    return response.get_json()


def file(client: FlaskClient, staff: Staff, body: dict) -> dict:
    response = client.post("/api/v1/households", json=body, headers=staff.headers)
    assert response.status_code == 201, response.get_json()
    return response.get_json()


def test_filing_computes_the_level_and_keeps_history(
    client: FlaskClient, aid_team: dict[str, Staff]
) -> None:
    # The street sets 低保 at ¥1,000 a month; its community unions inherit it.
    figures = set_figure(client, aid_team["admin"], "dibao", "1000.00")
    assert figures["dibao"] == "1000.00" and figures["caps"]["living"] == "10000.00"
    caseworker = aid_team["caseworker"]
    # (30,000 − 6,000) ÷ 12 ÷ 3 = 666.67 a month per head: below 低保.
    household = file(client, caseworker, data.household())
    assert household["status"] == "filed" and household["unit"] == "XA-HG"
    assert household["complete"] is True
    (year,) = household["years"]
    assert (year["monthly_per_head"], year["dibao"], year["level"]) == ("666.67", "1000.00", "deep")
    assert household["level"] == "deep"

    amended = client.patch(
        f"/api/v1/households/{household['id']}",
        json={"years": [{"year": 2026, "income": "54000.00", "essential_costs": "6000.00"}],
              "note": "复核：配偶已就业"},
        headers=caseworker.headers,
    )  # fmt: skip
    assert amended.status_code == 200, amended.get_json()
    assert amended.get_json()["level"] == "relative"  # 1,333.33 a head

    history = client.get(
        f"/api/v1/households/{household['id']}/events", headers=caseworker.headers
    ).get_json()
    assert [e["action"] for e in history] == ["file", "amend"]
    assert history[1]["payload"]["changed"] == ["years"]
    assert history[1]["note"] == "复核：配偶已就业"
    assert history[1]["prev_hash"] == history[0]["hash"]


@pytest.mark.parametrize(
    ("income", "level"),
    [
        ("11999.88", "deep"),  # 999.99 a month: just below 低保
        ("12000.00", "relative"),  # equal to 低保
        ("12000.12", "relative"),  # just above
        ("24000.00", None),  # twice 低保: not in hardship
    ],
)
def test_level_at_the_dibao_boundary(
    client: FlaskClient, aid_team: dict[str, Staff], income: str, level: str | None
) -> None:
    set_figure(client, aid_team["admin"], "dibao", "1000.00")
    body = data.household(size=1, years=[{"year": 2026, "income": income, "essential_costs": "0"}])
    assert file(client, aid_team["caseworker"], body)["level"] == level


def test_no_dibao_figure_means_no_level(client: FlaskClient, aid_team: dict[str, Staff]) -> None:
    household = file(client, aid_team["caseworker"], data.household())
    assert household["years"][0]["dibao"] is None and household["level"] is None


def test_a_second_file_for_the_same_head_is_refused_naming_the_first(
    client: FlaskClient, aid_team: dict[str, Staff], written: Callable[[], dict]
) -> None:
    body = data.household()
    first = file(client, aid_team["caseworker"], body)
    before = written()
    again = client.post(
        "/api/v1/households", json=body, headers={**aid_team["chair"].headers, **EN}
    )
    assert again.status_code == 409
    error = again.get_json()["error"]
    assert error["code"] == "household_filed"
    assert error["existing_household"] == first["id"]
    assert str(first["id"]) in error["message"]
    # Another unit learns that the person has a file, not which one.
    elsewhere = client.post(
        "/api/v1/households", json=body, headers=aid_team["sibling_caseworker"].headers
    )
    assert elsewhere.status_code == 409
    assert "existing_household" not in elsewhere.get_json()["error"]
    assert written() == before


def _bad_id(number: str) -> str:
    last = "0" if number[-1] != "0" else "1"
    return number[:-1] + last


BAD_FILINGS = {
    "check digit": lambda body: body["members"][1].update(id_number=_bad_id(body["members"][1]["id_number"])),
    "head's check digit": lambda body: body["head"].update(id_number=_bad_id(body["head"]["id_number"])),
    "float income": lambda body: body["years"][0].update(income=30000.5),
    "three decimals": lambda body: body["years"][0].update(essential_costs="10.001"),
    "a second head": lambda body: body["members"][1].update(relation="head"),
    "no head": lambda body: body.pop("head"),
    "unknown work": lambda body: body["members"][0].update(work_status="rich"),
    "year far off": lambda body: body["years"][0].update(year=1899),
    "unit out of scope": lambda body: body.update(unit="XA-HX"),
}  # fmt: skip


@pytest.mark.parametrize("spoil", BAD_FILINGS.values(), ids=BAD_FILINGS.keys())
def test_bad_filings_are_refused_and_write_nothing(
    client: FlaskClient,
    aid_team: dict[str, Staff],
    written: Callable[[], dict],
    spoil: Callable[[dict], None],
) -> None:
    body = data.household()
    spoil(body)
    before = written()
    response = client.post("/api/v1/households", json=body, headers=aid_team["caseworker"].headers)
    assert response.status_code == 422, response.get_json()
    assert response.get_json()["error"]["fields"]
    assert written() == before


def test_one_person_twice_in_a_file_is_refused(
    client: FlaskClient, aid_team: dict[str, Staff], written: Callable[[], dict]
) -> None:
    body = data.household()
    body["members"][0]["id_number"] = body["head"]["id_number"]
    before = written()
    response = client.post("/api/v1/households", json=body, headers=aid_team["caseworker"].headers)
    assert response.status_code == 409
    assert response.get_json()["error"]["code"] == "same_person_twice"
    assert written() == before


def test_out_of_scope_files_are_not_found(
    client: FlaskClient, aid_team: dict[str, Staff], written: Callable[[], dict]
) -> None:
    household = file(client, aid_team["caseworker"], data.household())
    path = f"/api/v1/households/{household['id']}"
    sibling = aid_team["sibling_caseworker"].headers
    before = written()
    assert client.get(path, headers=sibling).status_code == 404
    assert client.patch(path, json={"address": "别处"}, headers=sibling).status_code == 404
    visit = {"visited_on": "2026-11-18", "visitors": ["甲", "乙"], "consent": True}
    assert client.post(f"{path}/visits", json=visit, headers=sibling).status_code == 404
    assert client.get("/api/v1/households/999999", headers=sibling).status_code == 404
    # The desk does not keep household files.
    assert client.get(path, headers=aid_team["desk"].headers).status_code == 403
    assert written() == before


def test_intake_names_a_household_or_files_one(
    client: FlaskClient, aid_team: dict[str, Staff], written: Callable[[], dict]
) -> None:
    household = file(client, aid_team["caseworker"], data.household())
    head = household["head"]
    claimant = data.claimant(name=head["name"], id_number=head["id_number"])
    named = register(
        client, aid_team["desk"], data.aid(claimant=claimant, household=household["id"])
    )
    assert named["household"] == household["id"]

    person = data.claimant()
    filed = register(
        client,
        aid_team["desk"],
        data.aid(claimant=person, household_file=data.household(head=person)),
    )
    shown = client.get(
        f"/api/v1/households/{filed['household']}", headers=aid_team["caseworker"].headers
    ).get_json()
    assert shown["head"]["id_number"] == person["id_number"]
    assert [c["number"] for c in shown["cases"]] == [filed["number"]]

    before = written()
    elsewhere = file(client, aid_team["sibling_caseworker"], data.household())
    before = written()
    refused = client.post(
        "/api/v1/cases",
        json=data.aid(household=elsewhere["id"]),
        headers=aid_team["desk"].headers,
    )
    assert refused.status_code == 404
    both = data.aid(household=household["id"], household_file=data.household())
    assert (
        client.post("/api/v1/cases", json=both, headers=aid_team["desk"].headers).status_code == 422
    )
    dispute = data.dispute(household=household["id"])
    assert (
        client.post("/api/v1/cases", json=dispute, headers=aid_team["desk"].headers).status_code
        == 422
    )
    assert written() == before


def test_emergency_aid_opens_an_incomplete_file_finished_later(
    client: FlaskClient, aid_team: dict[str, Staff]
) -> None:
    person = data.claimant()
    case = register(
        client,
        aid_team["desk"],
        data.aid(category="emergency", claimant=person, assignee=aid_team["caseworker"].username),
    )
    caseworker = aid_team["caseworker"]
    path = f"/api/v1/households/{case['household']}"
    opened = client.get(path, headers=caseworker.headers).get_json()
    assert opened["complete"] is False
    assert opened["head"]["id_number"] == person["id_number"]

    def file_items() -> list[str | None]:
        listed = client.get("/api/v1/worklist", headers=caseworker.headers).get_json()["items"]
        return [i["case_number"] for i in listed if i["kind"] == "household_file_incomplete"]

    assert file_items() == [case["number"]]
    body = data.household(head=person)
    completed = client.patch(
        path,
        json={"head": body["head"], "members": body["members"], "years": body["years"]},
        headers=caseworker.headers,
    )
    assert completed.status_code == 200, completed.get_json()
    assert completed.get_json()["complete"] is True
    assert file_items() == []


def test_a_proposal_needs_a_home_visit_by_two(
    client: FlaskClient, aid_team: dict[str, Staff], written: Callable[[], dict]
) -> None:
    caseworker = aid_team["caseworker"]
    case = register(client, aid_team["desk"], data.aid(assignee=caseworker.username))
    route(client.application, case["id"])
    proposal = {"amount": "2000.00", "hardship_level": "relative"}
    refused = act(client, caseworker, case["id"], "propose", proposal)
    assert refused.status_code == 422
    assert "home_visit" in refused.get_json()["error"]["fields"]["data"]

    # One visitor, one visitor named twice, or two without the household's consent: not yet.
    home_visit(client, caseworker, case["id"], visitors=["王建华"])
    home_visit(client, caseworker, case["id"], visitors=["王建华", "王建华"])
    home_visit(client, caseworker, case["id"], consent=False)
    assert act(client, caseworker, case["id"], "propose", proposal).status_code == 422
    before = written()
    for bad in (
        {"visitors": []},
        {"visited_on": "2099-01-01"},
        {"visited_on": "2026-02-30"},
        {"consent": "yes"},
    ):
        response = client.post(
            f"/api/v1/cases/{case['id']}/visits",
            json={"visited_on": "2026-11-18", "visitors": ["甲", "乙"], "consent": True, **bad},
            headers=caseworker.headers,
        )
        assert response.status_code == 422, (bad, response.get_json())
    assert written() == before

    home_visit(client, caseworker, case["id"])
    # File first, aid after: the file intake opened with the claimant alone is not enough.
    unfiled = act(client, caseworker, case["id"], "propose", proposal)
    assert unfiled.status_code == 422
    assert set(unfiled.get_json()["error"]["fields"]["data"]) == {"household"}
    complete_file(client, caseworker, case["id"])
    proposed = act(client, caseworker, case["id"], "propose", proposal)
    assert proposed.status_code == 200, proposed.get_json()
    history = client.get(
        f"/api/v1/households/{case['household']}/events", headers=caseworker.headers
    ).get_json()
    assert [e["action"] for e in history] == ["file", *["visit"] * 4, "amend"]
    assert read(client, caseworker, case["id"])["status"] == "proposed"


def test_settings_are_for_admins_and_checked(
    client: FlaskClient, aid_team: dict[str, Staff], written: Callable[[], dict]
) -> None:
    before = written()
    body = {"unit": "XA-HG", "year": 2026, "item": "medical", "amount": "8000.00"}
    denied = client.put("/api/v1/aid-settings", json=body, headers=aid_team["chair"].headers)
    assert denied.status_code == 403
    for bad in ({"amount": 8000}, {"item": "luxury"}, {"unit": "ZZ"}, {"year": "2026"}):
        response = client.put(
            "/api/v1/aid-settings", json={**body, **bad}, headers=aid_team["admin"].headers
        )
        assert response.status_code == 422, bad
    assert written() == before
    shown = client.get(
        "/api/v1/aid-settings?unit=XA-HG&year=2026", headers=aid_team["chair"].headers
    ).get_json()
    assert shown["caps"]["medical"] == "20000.00" and shown["dibao"] is None


def test_cli_sets_the_dibao_and_a_cap(client: FlaskClient, aid_team: dict[str, Staff]) -> None:
    runner = client.application.test_cli_runner()
    result = runner.invoke(args=["households", "dibao", "XA-HG", "2026", "1100.00"])
    assert result.exit_code == 0, result.output
    result = runner.invoke(args=["households", "cap", "XA-HG", "2026", "medical", "8000"])
    assert result.exit_code == 0, result.output
    assert "living 11000.00" in result.output and "medical 8000.00" in result.output
    bad = runner.invoke(args=["households", "cap", "XA-HG", "2026", "medical", "80.001"])
    assert bad.exit_code != 0
    shown = client.get(
        "/api/v1/aid-settings?unit=XA-HG&year=2026", headers=aid_team["chair"].headers
    ).get_json()
    assert (shown["dibao"], shown["caps"]["medical"]) == ("1100.00", "8000.00")


def test_a_case_belongs_to_a_household_of_its_own_unit(
    client: FlaskClient, office: Office, aid_team: dict[str, Staff], written: Callable[[], dict]
) -> None:
    # The street's supervisor may register in either community; the file is XA-HG's.
    street = office.staff(Role.SUPERVISOR, "XA")
    household = file(client, aid_team["caseworker"], data.household())
    head = household["head"]
    claimant = data.claimant(name=head["name"], id_number=head["id_number"])
    before = written()
    for body in (
        data.aid(claimant=claimant, household=household["id"], unit="XA-HX"),
        data.aid(claimant=claimant, unit="XA-HX"),  # the claimant's own file, found by ID
    ):
        refused = client.post("/api/v1/cases", json=body, headers=street.headers)
        assert refused.status_code == 409, refused.get_json()
        assert refused.get_json()["error"]["code"] == "household_of_another_unit"
        assert "XA-HG" in refused.get_json()["error"]["message"]
    assert written() == before
    # Nor does a caseworker of XA-HX open the file to see which cases it holds.
    shown = client.get(
        f"/api/v1/households/{household['id']}", headers=aid_team["sibling_caseworker"].headers
    )
    assert shown.status_code == 404
