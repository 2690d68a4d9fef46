"""The OpenAPI document tells a client generator everything it needs (issue 7, "OpenAPI")."""

from __future__ import annotations

import re
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

from workflows.case_types import CASE_TYPES
from workflows.definitions import WORKFLOWS
from workflows.engine import SYSTEM


@pytest.fixture(scope="module")
def document(app: Flask) -> dict[str, Any]:
    response = app.test_client().get("/api/v1/openapi.json")
    assert response.status_code == 200
    return response.get_json()


def _operations(document: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (method, path, operation)
        for path, item in document["paths"].items()
        for method, operation in item.items()
        if method in {"get", "post", "put", "patch", "delete"}
    ]


def test_every_operation_has_a_meaningful_unique_operation_id(document: dict[str, Any]) -> None:
    ids = [operation.get("operationId") for _, _, operation in _operations(document)]
    assert all(ids) and len(set(ids)) == len(ids)
    assert all(re.fullmatch(r"[a-z]+(?:[A-Z][a-z]+)+", i) for i in ids), ids
    by_route = {(m, p): o["operationId"] for m, p, o in _operations(document)}
    assert by_route["post", "/api/v1/cases"] == "registerCase"
    assert by_route["post", "/api/v1/cases/{case_id}/transitions"] == "fireTransition"


def _properties(node: Any, where: str = "") -> list[tuple[str, dict[str, Any]]]:
    found = []
    if isinstance(node, dict):
        for name, schema in node.get("properties", {}).items():
            found.append((f"{where}.{name}", schema))
        for key, child in node.items():
            found += _properties(child, f"{where}.{key}")
    elif isinstance(node, list):
        for index, child in enumerate(node):
            found += _properties(child, f"{where}[{index}]")
    return found


def test_every_field_has_a_type(document: dict[str, Any]) -> None:
    untyped = [
        where
        for where, schema in _properties(document)
        if not {"type", "$ref", "anyOf", "allOf", "oneOf"} & set(schema)
    ]
    assert untyped == []


def test_money_is_a_decimal_string_with_its_pattern(document: dict[str, Any]) -> None:
    schemas = document["components"]["schemas"]
    money = [
        schemas["LabourDisputeIntake"]["properties"]["claim_amount"],
        schemas["Case"]["properties"]["claim_amount"],
        schemas["Payment"]["properties"]["amount"],
        schemas["Session"]["properties"]["offer"],
    ]
    for field in money:
        assert field["type"] == "string"
        assert field["format"] == "decimal"
        assert re.fullmatch(field["pattern"], "8600.00")
        assert not re.fullmatch(field["pattern"], "8600.001")


def test_identity_numbers_have_their_format(document: dict[str, Any]) -> None:
    claimant = document["components"]["schemas"]["IdentifiedClaimant"]["properties"]
    assert claimant["id_number"]["format"] == "cn-resident-id"
    assert claimant["phone"]["format"] == "cn-phone"
    employer = document["components"]["schemas"]["EmployerIn"]["properties"]
    assert employer["credit_code"]["format"] == "cn-credit-code"


def test_headers_a_client_must_send_are_declared(document: dict[str, Any]) -> None:
    def headers(method: str, path: str) -> dict[str, bool]:
        parameters = document["paths"][path][method].get("parameters", [])
        return {p["name"]: p["required"] for p in parameters if p["in"] == "header"}

    assert headers("post", "/api/v1/cases/{case_id}/transitions") == {"If-Match": True}
    assert headers("post", "/api/v1/cases") == {"Idempotency-Key": False}
    assert headers("post", "/api/v1/cases/{case_id}/payments") == {"Idempotency-Key": False}


def test_the_data_of_each_action_is_documented_from_the_workflows(
    document: dict[str, Any],
) -> None:
    body = document["paths"]["/api/v1/cases/{case_id}/transitions"]["post"]["requestBody"]
    alternatives = body["content"]["application/json"]["schema"]["anyOf"]
    documented = {
        alternative["title"]: (
            set(alternative["properties"]["data"]["properties"]),
            set(alternative["properties"]["data"].get("required", [])),
        )
        for alternative in alternatives
    }
    expected = {
        f"{case_type}: {t.action}": ({f.name for f in t.requires}, {f.name for f in t.requires if f.required})
        for case_type, workflow in WORKFLOWS.items()
        for t in workflow.transitions
        if t.who != frozenset({SYSTEM})
    }  # fmt: skip
    assert documented == expected
    assert documented["labour_dispute: agree"][1] == {"amount", "instalments", "signed_by_both"}


def test_the_intake_of_each_kind_states_its_categories_and_requirements(
    document: dict[str, Any],
) -> None:
    schemas = document["components"]["schemas"]
    body = document["paths"]["/api/v1/cases"]["post"]["requestBody"]
    # Hardship aid's alternative adds that a household is named or filed, not both.
    alternatives = body["content"]["application/json"]["schema"]["oneOf"]
    refs = [a["$ref"] if "$ref" in a else a["allOf"][0]["$ref"] for a in alternatives]
    kinds = [schemas[ref.rsplit("/", 1)[1]] for ref in refs]
    hardship = next(a for a in alternatives if "allOf" in a)
    assert hardship["allOf"][1] == {"not": {"required": ["household", "household_file"]}}
    for case_type, case in CASE_TYPES.items():
        categories = set().union(
            *(set(k["properties"]["category"]["enum"]) for k in kinds
              if k["properties"]["type"]["enum"] == [case_type])
        )  # fmt: skip
        assert categories == set(case.categories)
    dispute = schemas["LabourDisputeIntake"]
    assert {"employer", "known_on", "claimant"} <= set(dispute["required"])
    assert "household_size" not in dispute["properties"]
    assert "accident_on" in schemas["WorkInjuryDisputeIntake"]["properties"]
    assert set(schemas["IdentifiedClaimant"]["required"]) == {"name", "id_number", "phone"}
    assert set(schemas["ReachableClaimant"]["required"]) == {"name", "phone"}
    listing = document["paths"]["/api/v1/cases"]["get"]["parameters"]
    category = next(p for p in listing if p["name"] == "category")
    assert set(category["schema"]["enum"]) == {c for t in CASE_TYPES.values() for c in t.categories}


def test_long_text_limits_are_stated(document: dict[str, Any]) -> None:
    schemas = document["components"]["schemas"]
    assert schemas["LabourDisputeIntake"]["properties"]["description"]["maxLength"] == 50_000
    assert schemas["Session"]["properties"]["notes"]["maxLength"] == 20_000


def test_path_ids_are_bounded_to_the_database_integer(document: dict[str, Any]) -> None:
    parameter = document["paths"]["/api/v1/cases/{case_id}"]["parameters"][0]
    assert parameter["schema"] == {"type": "integer", "minimum": 1, "maximum": 2**31 - 1}


def test_the_docs_page_loads_nothing_from_outside(client: FlaskClient) -> None:
    page = client.get("/api/docs")
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    assets = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert assets and all(a.startswith("/api/docs/assets/") for a in assets), assets
    for asset in assets:
        served = client.get(asset)
        assert served.status_code == 200, asset
        assert len(served.get_data()) > 1000
        served.close()


def test_a_moment_without_offset_is_documented_as_china_time(document: dict[str, Any]) -> None:
    # RFC 3339's date-time requires an offset; the desk may leave it out.
    received_at = document["components"]["schemas"]["LabourDisputeIntake"]["properties"][
        "received_at"
    ]
    assert received_at["format"] == "cn-date-time"
    assert re.fullmatch(received_at["pattern"], "2026-11-20T09:30")
    assert re.fullmatch(received_at["pattern"], "2026-11-20T09:30:00.5+08:00")
    assert not re.fullmatch(received_at["pattern"], "20261120T093000")


@pytest.mark.parametrize(
    ("path", "json"), [("/api/v1/cases", "CasePage"), ("/api/v1/reports/summary", "Summary")]
)
def test_lists_that_export_document_their_files(
    document: dict[str, Any], path: str, json: str
) -> None:
    content = document["paths"][path]["get"]["responses"]["200"]["content"]
    assert content["application/json"]["schema"] == {"$ref": f"#/components/schemas/{json}"}
    assert {"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"} <= set(
        content
    )


@pytest.mark.parametrize("name", ["  ", "\x1c\x1d", "\u3000", "\t\n"])
def test_a_name_of_spaces_alone_is_refused_by_the_document_as_by_the_server(
    document: dict[str, Any], name: str
) -> None:
    schemas = document["components"]["schemas"]
    for field in (
        schemas["IdentifiedClaimant"]["properties"]["name"],
        schemas["EmployerIn"]["properties"]["name"],
    ):
        assert not re.fullmatch(field["pattern"], name)
        assert re.fullmatch(field["pattern"], " 王 秀兰 ")
