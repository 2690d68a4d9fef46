"""The API fuzzed from its own OpenAPI document, with a token of each role (issue 7).

Every operation gets a bounded number of generated requests, valid and invalid, and
every schemathesis check: no server error, every answer as the document says, and no
request that the document calls valid refused.
"""

from __future__ import annotations

import itertools
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

import pytest
import schemathesis
from flask import Flask
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from schemathesis.config import SchemathesisConfig

from service.auth.enums import Role
from service.db import unit_of_work, utcnow
from service.demo import people
from service.health.service import record_heartbeat
from tests.conftest import Office, Staff

UNIT = "XA-HG"
SUPERVISOR = "chair"  # may take a case of any type
CHINA = timezone(timedelta(hours=8))

# 428 is what a missing If-Match gets (RFC 6585 §3), and 412 a stale one (RFC 9110
# §13.1.1): both say the case's state, not the request's shape, is in the way, as 409 does.
CONFIG = SchemathesisConfig.from_dict(
    {
        "checks": {
            "missing_required_header": {"expected-statuses": [400, 401, 403, 406, 415, 422, 428]},
            "negative_data_rejection": {
                "expected-statuses": [400, 401, 403, 404, 405, 406, 409, 412, 415, 422, 428, 429]
            },
            "positive_data_acceptance": {
                "expected-statuses": ["2xx", 401, 403, 404, 409, 412, 429]
            },
        }
    }
)


def _moments() -> st.SearchStrategy[str]:
    """Moments the office records: from 2000 until yesterday, with or without an offset."""
    start, end = datetime(2000, 1, 1), datetime.now() - timedelta(days=1)
    zones = st.sampled_from([None, UTC, CHINA])
    return st.builds(
        lambda moment, zone: (moment.replace(tzinfo=zone) if zone else moment).isoformat(),
        st.datetimes(min_value=start, max_value=end),
        zones,
    )


# Values of the document's formats as the office writes them: the document states the
# bounds of dates in words, which a JSON Schema of OpenAPI 3.0 cannot carry.
def _days() -> st.SearchStrategy[str]:
    return st.dates(date(2000, 1, 1), date.today() - timedelta(days=1)).map(date.isoformat)


schemathesis.openapi.format("date", _days())
schemathesis.openapi.format("cn-date-time", _moments())
schemathesis.openapi.format(
    "date-range",
    st.lists(_days(), min_size=2, max_size=2).map(lambda days: ",".join(sorted(days))),
)
schemathesis.openapi.format("cn-month", _days().map(lambda day: day[:7]))
schemathesis.openapi.format("cn-resident-id", st.randoms().map(people.id_number))
schemathesis.openapi.format("cn-credit-code", st.randoms().map(people.credit_code))
schemathesis.openapi.format("cn-phone", st.randoms().map(people.mobile))


def _a_period(query: dict[str, Any]) -> dict[str, str]:
    """A report's period as people ask for one: in order, and shorter than the ten years
    the document states in words (the default end is today, the default start the 1st)."""
    last = date.fromisoformat(query.get("to", date.today().isoformat()))
    first = date.fromisoformat(query.get("from", last.replace(day=1).isoformat()))
    first, last = sorted((first, last))
    return {"from": max(first, last - timedelta(days=9 * 365)).isoformat(), "to": last.isoformat()}


def as_a_client_sends(case: Any) -> None:
    """A valid request names what exists and keys each request anew, as a client does.

    The unit and the assignee, in a body or in the query, must be the office's (their
    names are data, not schema: a unit out of the caller's scope is refused with 422),
    a report's period must be one the office may ask for, a service or a campaign must
    end after it starts, a transfer list must be one, and a client sends a new
    Idempotency-Key for each request it means.
    """
    if case.meta is None or not case.meta.generation.mode.is_positive:
        return
    for named in (case.body, case.query):
        if not isinstance(named, dict):
            continue
        for field, value in (("unit", UNIT), ("assignee", SUPERVISOR)):
            if isinstance(named.get(field), str):
                named[field] = value
    if isinstance(case.query, dict) and {"from", "to"} & set(case.query):
        case.query.update(_a_period(case.query))
    # A service ends after it starts (severance), and so does a campaign.
    for start, end in (("start_on", "end_on"), ("starts_on", "ends_on")):
        if isinstance(case.body, dict) and all(
            isinstance(case.body.get(day), str) for day in (start, end)
        ):
            case.body[start], case.body[end] = sorted((case.body[start], case.body[end]))
    if isinstance(case.body, dict) and "file" in case.body:
        # A bank's transfer list is a file the document cannot describe: the client sends one.
        case.body["file"] = "身份证号,金额,流水号\n".encode()
    if case.headers and "Idempotency-Key" in case.headers:
        case.headers["Idempotency-Key"] = uuid.uuid4().hex


@pytest.fixture
def api_schema(app: Flask) -> Any:
    return schemathesis.openapi.from_wsgi("/api/v1/openapi.json", app, config=CONFIG)


@pytest.fixture
def callers(office: Office) -> Iterator[Staff]:
    """Members of community union XA-HG (beneath street federation XA), one role after another."""
    office.unit("XA", "西安路街道总工会")
    office.unit(UNIT, "和光社区联合工会", parent="XA")
    staff = [office.staff(Role.SUPERVISOR, UNIT, SUPERVISOR)]
    staff += [office.staff(role, UNIT) for role in Role if role != Role.SUPERVISOR]
    # A running office has a worker: /readyz answers 503 naming it when none was seen.
    with office.app.app_context(), unit_of_work() as work:
        record_heartbeat(db_session=work, process="worker-1", at=utcnow())
        work.commit()
    return itertools.cycle(staff)


schema = schemathesis.pytest.from_fixture("api_schema")


@schema.parametrize()
# The same examples on every run (derandomize), so that CI judges the code, not the dice;
# tests/api/test_no_500.py and test_hostile_input.py keep exploring.
@settings(
    max_examples=15,
    deadline=None,
    derandomize=True,
    suppress_health_check=list(HealthCheck),
    database=None,
)
def test_the_api_keeps_its_document(case: Any, callers: Iterator[Staff]) -> None:
    as_a_client_sends(case)
    case.call_and_validate(headers=next(callers).headers)
