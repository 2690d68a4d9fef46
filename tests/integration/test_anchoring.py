"""The nightly anchor of the audit trail, written by a real worker (issue 7.9)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from celery.schedules import crontab
from flask.testing import FlaskClient

from service.audit import anchors
from service.auth.enums import Role
from service.broker import celery_config, send
from service.config import Settings
from service.hash_chain import trail_keys
from tests import data, support
from tests.api.workflow_helpers import register
from tests.conftest import Office, Staff


@pytest.fixture
def desk(office: Office) -> Staff:
    office.unit("XA-HG")
    office.staff(Role.MEDIATOR, "XA-HG")
    return office.staff(Role.INTAKE, "XA-HG")


@pytest.fixture
def anchor_file(settings: Settings) -> Iterator[Path]:
    """The suite's anchor file, removed after the test: its cases do not outlive it."""
    path = anchors.path_of(settings)
    path.unlink(missing_ok=True)
    yield path
    path.unlink(missing_ok=True)


def test_beat_anchors_every_night() -> None:
    entry = celery_config(Settings.from_env({}))["beat_schedule"]["anchor-audit-trails"]
    assert entry["task"] == "unioncase.anchor_trails"
    assert entry["schedule"] == crontab(hour=0, minute=15)


def test_a_worker_signs_the_trail_heads_into_the_anchor_file(
    client: FlaskClient, desk: Staff, worker: Path, anchor_file: Path
) -> None:
    case = register(client, desk, data.dispute())
    # The worker routes the case first: the anchor then records a trail at rest.
    support.wait_for(lambda: _status(client, desk, case["id"]) == "under_review", timeout=30)
    with client.application.app_context():
        send(client.application, "unioncase.anchor_trails")
    support.wait_for(lambda: anchor_file.exists() and anchor_file.read_text(), timeout=30)

    [line] = anchor_file.read_text().splitlines()
    assert json.loads(line)["anchor"] == 1
    with client.application.app_context():
        found, problems = anchors.read(client.application.extensions["settings"], trail_keys())
    assert problems == []
    assert [anchor.heads[case["id"]].seq for anchor in found] == [2]


def _status(client: FlaskClient, staff: Staff, case_id: int) -> str:
    return client.get(f"/api/v1/cases/{case_id}", headers=staff.headers).get_json()["status"]
