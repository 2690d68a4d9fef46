"""The case list at scale: an estimated total past the threshold, and index-served searches."""

from __future__ import annotations

import pytest
from flask.testing import FlaskClient

from tests import data
from tests.api.test_reading import listed, numbers, register
from tests.conftest import Staff


@pytest.fixture
def few_counted(client: FlaskClient, monkeypatch: pytest.MonkeyPatch) -> None:
    """Count exactly up to two matches only, so that four cases are past the threshold."""
    monkeypatch.setitem(client.application.config, "CASE_COUNT_EXACT_UP_TO", 2)


def on_postgresql(client: FlaskClient) -> bool:
    return client.application.extensions["settings"].database_url.startswith("postgresql")


def test_past_the_threshold_the_total_is_an_estimate(
    client: FlaskClient, desk: Staff, few_counted: None
) -> None:
    for name in ("张秀兰", "李强", "王芳", "赵敏"):
        register(client, desk, data.dispute(claimant=data.claimant(name=name)))

    page = listed(client, desk, "per_page=1")
    assert len(page["items"]) == 1
    if on_postgresql(client):
        # More than two were counted, so the estimate is at least three, whatever the
        # planner believes of a table this small.
        assert page["total_is_estimate"] is True
        assert page["total"] >= 3
    else:  # SQLite has no estimate to give: it counts
        assert (page["total"], page["total_is_estimate"]) == (4, False)
    exact = listed(client, desk, "per_page=1&count=exact")
    assert (exact["total"], exact["total_is_estimate"]) == (4, False)


def test_up_to_the_threshold_the_total_is_exact(
    client: FlaskClient, desk: Staff, few_counted: None
) -> None:
    for name in ("张秀兰", "李强", "王芳"):
        register(client, desk, data.dispute(claimant=data.claimant(name=name)))

    page = listed(client, desk, "q=zxl")
    assert (page["total"], page["total_is_estimate"]) == (1, False)
    two = listed(client, desk, "type=labour_dispute&q=li")
    assert (two["total"], two["total_is_estimate"]) == (1, False)
    none = listed(client, desk, "type=hardship_aid")
    assert (none["total"], none["total_is_estimate"]) == (0, False)


def test_count_takes_exact_only(client: FlaskClient, desk: Staff) -> None:
    before = listed(client, desk)
    response = client.get("/api/v1/cases?count=all", headers=desk.headers)
    assert response.status_code == 422
    error = response.get_json()["error"]
    assert "count" in error["fields"]
    assert listed(client, desk) == before


def test_search_by_pinyin_prefix_initials_and_chinese_substring(
    client: FlaskClient, desk: Staff
) -> None:
    ouyang = register(client, desk, data.dispute(claimant=data.claimant(name="欧阳秀兰")))
    wang = register(client, desk, data.aid(claimant=data.claimant(name="王建国")))
    register(client, desk, data.aid(claimant=data.claimant(name="李强")))

    assert numbers(listed(client, desk, "q=ouyangx")) == [ouyang["number"]]  # pinyin prefix
    assert numbers(listed(client, desk, "q=wangj")) == [wang["number"]]
    assert numbers(listed(client, desk, "q=oyxl")) == [ouyang["number"]]  # initials
    assert numbers(listed(client, desk, "q=wj")) == [wang["number"]]
    assert numbers(listed(client, desk, "q=阳秀兰")) == [ouyang["number"]]  # anywhere, ≥ 3
    assert numbers(listed(client, desk, "q=建国")) == [wang["number"]]  # a given name
    assert numbers(listed(client, desk, "q=王建")) == [wang["number"]]  # a name's start
    assert numbers(listed(client, desk, "q=xiulan")) == []  # a reading from its start only
    assert numbers(listed(client, desk, "q=秀%")) == []  # a wildcard is a character


def test_a_search_pages_and_sorts_like_the_list(client: FlaskClient, desk: Staff) -> None:
    found = [
        register(client, desk, data.dispute(claimant=data.claimant(name="张秀兰")))["number"]
        for _ in range(3)
    ]
    register(client, desk, data.dispute(claimant=data.claimant(name="李强")))

    newest_first = list(reversed(found))
    first = listed(client, desk, "q=zxl&per_page=2")
    second = listed(client, desk, "q=zxl&per_page=2&page=2")
    assert numbers(first) + numbers(second) == newest_first
    assert (first["total"], second["total"]) == (3, 3)
    assert numbers(listed(client, desk, "q=张秀兰&sort=number")) == sorted(found)
    assert numbers(listed(client, desk, "q=张秀兰&sort=-number&per_page=1&page=3")) == [
        sorted(found)[0]
    ]


def test_a_search_counts_with_its_page_and_estimates_past_the_threshold(
    client: FlaskClient, desk: Staff, few_counted: None
) -> None:
    for surname in "张王李赵":
        register(client, desk, data.dispute(claimant=data.claimant(name=surname + "秀兰")))
    register(client, desk, data.dispute(claimant=data.claimant(name="李强")))

    first = listed(client, desk, "q=秀兰&per_page=1")
    assert len(first["items"]) == 1
    if on_postgresql(client):
        assert first["total_is_estimate"] is True
        assert first["total"] >= 3
    else:
        assert (first["total"], first["total_is_estimate"]) == (4, False)
    exact = listed(client, desk, "q=秀兰&per_page=1&count=exact")
    assert (exact["total"], exact["total_is_estimate"]) == (4, False)
    # A page past the last has no case to carry the count: it is counted on its own.
    past = listed(client, desk, "q=秀兰&per_page=3&page=5&count=exact")
    assert (past["items"], past["total"], past["total_is_estimate"]) == ([], 4, False)
    two = listed(client, desk, "q=张秀兰&per_page=1&page=2")
    assert (two["items"], two["total"], two["total_is_estimate"]) == ([], 1, False)
    newest = listed(client, desk, "q=秀兰&per_page=2&sort=-received_at&count=exact")
    oldest = listed(client, desk, "q=秀兰&per_page=2&sort=received_at&count=exact")
    assert set(numbers(newest)).isdisjoint(numbers(oldest))
