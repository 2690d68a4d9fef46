"""The supervisor's part of the day, in a real browser: the case the clerk registered is
counted on the dashboard, its figure opens the list, and the list downloads as Excel.

Uses the helpers of tests/console/test_browser.py; screenshots go to the test's tmp dir.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from openpyxl import load_workbook

from tests import data
from tests.api.workflow_helpers import do, register, route
from tests.conftest import Staff
from tests.console import test_browser as story
from tests.console.test_browser import Person, axe_violations, fill_dispute

# The story's browser, live server and people, shared by name as pytest fixtures.
pytestmark = pytest.mark.skipif(
    not story.CHROMIUM.exists(),
    reason="console browser tests (tests/console/test_dashboard_browser.py: the supervisor's "
    "dashboard, its drill-down and Excel download) need Debian's chromium at "
    "/usr/bin/chromium: apt-get install -y chromium",
)
server, browser, people, shots = story.server, story.browser, story.people, story.shots


def test_the_supervisor_sees_the_case_counted_and_downloads_the_list(
    db: Flask, client: FlaskClient, team: dict[str, Staff], people: Any, shots: Path
) -> None:
    clerk: Person = people("desk")
    clerk.sign_in(team["desk"].username)
    fill_dispute(clerk, "11010519491231002X")
    clerk.submit()
    number = clerk.page.locator("#case-number").inner_text()
    case_id = int(clerk.page.url.split("/")[-2])
    route(db, case_id)
    # Two more cases of the office, so the charts have more than one bar.
    accepted = register(client, team["desk"], data.dispute(assignee=team["mediator"].username))
    route(db, accepted["id"])
    do(client, team["mediator"], accepted["id"], "accept")
    aid = register(client, team["desk"], data.aid(assignee=team["caseworker"].username))
    route(db, aid["id"])
    refused = register(client, team["desk"], data.dispute(assignee=team["mediator"].username))
    route(db, refused["id"])
    do(client, team["mediator"], refused["id"], "reject",
       {"reason": "不属于调解范围", "advice": "向劳动监察投诉"})  # fmt: skip

    chair: Person = people("chair")
    chair.sign_in(team["chair"].username)
    chair.click(chair.page.get_by_role("link", name="统计看板"))
    assert chair.page.locator("#total-registered").inner_text() == "4"
    assert chair.page.locator("#total-closed").inner_text() == "1"
    assert chair.page.locator("#in-hand-total").inner_text() == "3"
    assert "本人所辖全部单位" in chair.page.content()
    assert not axe_violations(chair)
    chair.shot("10-dashboard")
    chair.page.emulate_media(media="print")  # printed: the figures, without menus or forms
    assert not chair.page.locator("header.bar").is_visible()
    assert not chair.page.locator("form.picker").is_visible()
    assert chair.page.locator("#in-hand-by-age").is_visible()
    chair.shot("10-dashboard-printed")
    chair.page.emulate_media(media="screen")

    chair.click(chair.page.locator("#total-registered"))
    assert chair.page.url.split("?")[0].endswith("/cases")
    assert chair.page.get_by_role("link", name=number).is_visible()
    assert chair.page.locator("#kept-filters").is_visible()
    chair.shot("11-dashboard-drill-down")

    with chair.page.expect_download() as waiting:
        chair.page.locator("#download-xlsx").click()
    download = waiting.value
    assert download.suggested_filename == "cases.xlsx"
    saved = shots / "cases.xlsx"
    download.save_as(saved)
    sheet = load_workbook(io.BytesIO(saved.read_bytes()))["案件清单"]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][0] == "案件编号"
    assert number in {row[0] for row in rows[1:]} and len(rows) == 5
    assert len(list(shots.glob("*.png"))) == 3
