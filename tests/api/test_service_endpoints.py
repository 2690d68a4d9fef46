"""OpenAPI document, docs page, liveness and readiness."""

from __future__ import annotations

from datetime import timedelta

from flask import Flask
from flask.testing import FlaskClient

from service.app import create_app
from service.config import Settings
from service.db import unit_of_work, utcnow
from service.health.service import record_heartbeat


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


def test_readyz_is_503_naming_the_worker_until_one_is_seen(client: FlaskClient) -> None:
    response = client.get("/readyz")
    assert response.status_code == 503, response.get_json()
    body = response.get_json()
    assert (body["status"], body["missing"]) == ("unavailable", ["worker"])
    assert body["checks"]["worker"]["error"] == "no worker has been seen"


def test_readyz_is_ready_with_database_broker_and_a_recent_heartbeat(client: FlaskClient) -> None:
    with client.application.app_context(), unit_of_work() as work:
        record_heartbeat(db_session=work, process="worker-1", at=utcnow())
        work.commit()
    response = client.get("/readyz")
    assert response.status_code == 200, response.get_json()
    body = response.get_json()
    assert (body["status"], body["missing"]) == ("ready", [])
    assert all(check["ok"] for check in body["checks"].values())


def test_readyz_is_503_when_the_last_heartbeat_is_old(client: FlaskClient) -> None:
    with client.application.app_context(), unit_of_work() as work:
        record_heartbeat(db_session=work, process="worker-1", at=utcnow() - timedelta(hours=1))
        work.commit()
    body = client.get("/readyz").get_json()
    assert body["missing"] == ["worker"]
    assert body["checks"]["worker"]["seen_at"] is not None


def test_readyz_is_503_when_the_broker_is_down(db: Flask, settings: Settings) -> None:
    unreachable = settings.replace(redis_url="redis://127.0.0.1:1/0", embedded_redis=False)
    app = create_app({"SETTINGS": unreachable, "TESTING": True})
    response = app.test_client().get("/readyz")

    assert response.status_code == 503
    body = response.get_json()
    assert body["checks"]["broker"]["ok"] is False
    assert body["checks"]["database"]["ok"] is True
    assert "broker" in body["missing"]
