from __future__ import annotations

from collections.abc import Callable

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import func, select

from service.auth.enums import Role
from service.db import unit_of_work
from service.models import Base
from tests import data
from tests.api.workflow_helpers import read, register, route
from tests.conftest import Office, Staff


@pytest.fixture
def written(db: Flask) -> Callable[[], dict[str, int]]:
    """Row counts of every table, to show that a refused request wrote nothing."""

    def count() -> dict[str, int]:
        with db.app_context(), unit_of_work() as work:
            return {
                table.name: work.scalar(select(func.count()).select_from(table)) or 0
                for table in Base.metadata.sorted_tables
            }

    return count


@pytest.fixture
def street(office: Office) -> str:
    """A street federation XA with two community unions beneath it."""
    office.unit("XA", "西安路街道总工会")
    office.unit("XA-HG", "和光社区联合工会", parent="XA")
    office.unit("XA-HX", "和兴社区联合工会", parent="XA")
    return "XA"


@pytest.fixture
def desk(office: Office, street: str) -> Staff:
    """The intake desk of community union XA-HG."""
    return office.staff(Role.INTAKE, "XA-HG")


@pytest.fixture
def team(office: Office, street: str) -> dict[str, Staff]:
    """Community union XA-HG's desk, two mediators, a caseworker and two supervisors,
    and a mediator of the sibling union XA-HX."""
    return {
        "desk": office.staff(Role.INTAKE, "XA-HG"),
        "mediator": office.staff(Role.MEDIATOR, "XA-HG"),
        "other_mediator": office.staff(Role.MEDIATOR, "XA-HG"),
        "caseworker": office.staff(Role.CASEWORKER, "XA-HG"),
        "chair": office.staff(Role.SUPERVISOR, "XA-HG"),
        "vice_chair": office.staff(Role.SUPERVISOR, "XA-HG"),
        "sibling_mediator": office.staff(Role.MEDIATOR, "XA-HX"),
    }


@pytest.fixture
def dispute(client: FlaskClient, team: dict[str, Staff]) -> dict:
    """A dispute routed to the first mediator, under review."""
    case = register(client, team["desk"], data.dispute(assignee=team["mediator"].username))
    route(client.application, case["id"])
    return read(client, team["chair"], case["id"])
