"""OpenAPI document, docs page, liveness and readiness."""

from __future__ import annotations

from flask import Flask
from flask.testing import FlaskClient

from service.app import create_app
from service.config import Settings


def test_openapi_lists_every_endpoint(client: FlaskClient) -> None:
    response = client.get("/api/v1/openapi.json")

    assert response.status_code == 200
    spec = response.get_json()
    assert spec["openapi"].startswith("3.")
    assert {"/api/v1/cases", "/api/v1/cases/{case_id}", "/healthz", "/readyz"} <= set(spec["paths"])
    intake = spec["paths"]["/api/v1/cases"]["post"]
    assert "201" in intake["responses"]
    assert "claimant" in spec["components"]["schemas"]["LabourDisputeIntake"]["properties"]


def test_interactive_docs_are_served(client: FlaskClient) -> None:
    response = client.get("/api/docs")
    assert response.status_code == 200
    assert b"swagger" in response.data.lower()


def test_healthz(client: FlaskClient) -> None:
    assert client.get("/healthz").get_json() == {"status": "ok"}


def test_readyz_with_database_and_broker_up(client: FlaskClient) -> None:
    response = client.get("/readyz")
    assert response.status_code == 200, response.get_json()
    checks = response.get_json()["checks"]
    assert checks["database"]["ok"] and checks["broker"]["ok"]


def test_readyz_is_503_when_the_broker_is_down(db: Flask, settings: Settings) -> None:
    unreachable = settings.replace(redis_url="redis://127.0.0.1:1/0", embedded_redis=False)
    app = create_app({"SETTINGS": unreachable, "TESTING": True})
    response = app.test_client().get("/readyz")

    assert response.status_code == 503
    body = response.get_json()
    assert body["checks"]["broker"]["ok"] is False
    assert body["checks"]["database"]["ok"] is True
