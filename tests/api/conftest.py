from __future__ import annotations

from collections.abc import Callable

import pytest
from flask import Flask
from sqlalchemy import func, select

from service.auth.enums import Role
from service.db import unit_of_work
from service.models import Base
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
