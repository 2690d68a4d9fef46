"""The console in a real browser: Debian's chromium, driven by Playwright, against a live server.

A day at the office: the clerk registers a dispute (one field wrong, then right) and
prints the receipt; the mediator finds it on the worklist, accepts it, logs a session
and records an agreement; a form left open while someone else acts is refused; the
clerk cannot open the admin pages. Each step leaves a screenshot in the test's tmp
dir. The main pages, the household page and the visit form are checked with axe-core for
serious accessibility violations.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from werkzeug.serving import make_server

from service.i18n import translate
from tests.api.workflow_helpers import INSTALMENT_DAYS, route
from tests.conftest import Staff
from tests.console.conftest import PASSWORD, give_password

CHROMIUM = Path("/usr/bin/chromium")
AXE = Path(__file__).parent / "axe" / "axe.min.js"
BROWSER_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(),
    reason="console browser tests (tests/console/test_browser.py: intake, mediation, stale "
    "form, admin refusal, accessibility) need Debian's chromium at /usr/bin/chromium: "
    "apt-get install -y chromium",
)


@pytest.fixture(scope="module")
def server(app: Flask) -> Iterator[str]:
    """The suite's app served by a real HTTP server in a thread, on a free local port."""
    served = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=served.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{served.server_port}"
    served.shutdown()
    thread.join()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=BROWSER_ARGS)
        yield chromium
        chromium.close()


class Person:
    """One person at one office PC: a browser context of their own, 1366×768."""

    def __init__(self, browser: Any, base: str, shots: Path) -> None:
        self.context = browser.new_context(viewport={"width": 1366, "height": 768})
        self.page = self.context.new_page()
        self.base = base
        self.shots = shots

    def go(self, path: str) -> Any:
        return self.page.goto(self.base + path)

    def sign_in(self, username: str) -> None:
        self.go("/")
        self.page.fill("#username", username)
        self.page.fill("#password", PASSWORD)
        self.follow(lambda: self.page.press("#password", "Enter"))  # Enter submits

    def field(self, name: str) -> Any:
        return self.page.locator(f'[id="{name}"]')

    def error_of(self, name: str) -> Any:
        return self.page.locator(f'[id="{name}-error"]')

    def shot(self, name: str) -> Path:
        path = self.shots / f"{name}.png"
        self.page.screenshot(path=str(path), full_page=True)
        return path

    def follow(self, act: Any) -> None:
        """Do what leads to another page, and wait for that page.

        Waiting for a load state after a click may answer for the page the click is
        leaving, which is loaded already; the page the click asked for is awaited here.
        """
        with self.page.expect_navigation():
            act()

    def click(self, locator: Any) -> None:
        self.follow(locator.click)

    def click_button(self, label: str) -> None:
        self.click(self.page.get_by_role("link", name=label, exact=True))

    def submit(self) -> None:
        self.click(self.page.locator("main form button[type=submit]").last)


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    folder = tmp_path / "screenshots"
    folder.mkdir()
    return folder


@pytest.fixture
def people(db: Flask, team: dict[str, Staff], server: str, browser: Any, shots: Path) -> Any:
    for member in team.values():
        give_password(db, member.username)

    def person(member: str) -> Person:
        return Person(browser, server, shots)

    return person


def fill_dispute(clerk: Person, id_number: str) -> None:
    values = {
        "claimant.name": "张秀兰",
        "claimant.id_number": id_number,
        "claimant.phone": "13800138000",
        "employer.name": "某某建筑劳务有限公司",
        "employer.credit_code": "91350100M000100Y43",
        "claim_amount": "8600.00",
        "known_on": "2026-11-01",
        "description": "拖欠10月工资",
    }
    for name, value in values.items():
        clerk.field(name).fill(value)
    clerk.field("category").select_option("wage_arrears")


def test_a_day_at_the_office(
    db: Flask, client: FlaskClient, team: dict[str, Staff], people: Any, shots: Path
) -> None:
    clerk = people("desk")
    clerk.sign_in(team["desk"].username)
    assert clerk.page.url.endswith("/intake")
    # The first field has the focus: the clerk types without reaching for the mouse.
    assert clerk.page.evaluate("document.activeElement.id") == "claimant.name"
    fill_dispute(clerk, "110105194912310021")  # the check digit is wrong
    clerk.shot("01-intake-form")
    clerk.submit()
    message = clerk.error_of("claimant.id_number")
    assert "校验码" in message.inner_text()
    # The cursor waits in the field to correct.
    assert clerk.page.evaluate("document.activeElement.id") == "claimant.id_number"
    assert clerk.field("claimant.name").input_value() == "张秀兰"  # nothing typed is lost
    clerk.shot("02-intake-wrong-id-number")

    clerk.field("claimant.id_number").fill("11010519491231002X")
    clerk.submit()
    number = clerk.page.locator("#case-number").inner_text()
    assert number.startswith("XA-HG-LD-")
    assert "受理回执" in clerk.page.content()
    clerk.shot("03-receipt")
    case_id = int(clerk.page.url.split("/")[-2])
    route(db, case_id)  # what the worker does right after intake

    mediator = people("mediator")
    mediator.sign_in(team["mediator"].username)
    assert mediator.page.url.endswith("/worklist")
    mediator.shot("04-worklist")
    mediator.click(mediator.page.get_by_role("link", name=number))
    assert translate("under_review") in mediator.page.locator("#case-status").inner_text()

    mediator.click_button(translate("accept"))
    mediator.submit()
    assert mediator.page.locator("#case-status").inner_text() == translate("in_mediation")

    mediator.click_button("记录调解会")
    mediator.field("held_at").fill("2026-11-21T10:00")
    mediator.field("place").fill("社区调解室")
    mediator.field("attendees").fill("张秀兰\n王经理")
    mediator.field("offer").fill("6000")
    mediator.field("counter_offer").fill("8600")
    mediator.submit()
    assert "社区调解室" in mediator.page.content()

    mediator.click_button(translate("agree"))
    mediator.field("amount").fill("8600.00")
    mediator.field("instalments-1-due_on").fill(INSTALMENT_DAYS[0].isoformat())
    mediator.field("instalments-1-amount").fill("4300.00")
    mediator.field("instalments-2-due_on").fill(INSTALMENT_DAYS[1].isoformat())
    mediator.field("instalments-2-amount").fill("4300.00")
    mediator.field("signed_by_both").check()
    mediator.shot("05-agreement-form")
    mediator.submit()
    assert mediator.page.locator("#case-status").inner_text() == translate("awaiting_payment")
    assert "¥8,600.00" in mediator.page.locator("#outstanding").inner_text()
    mediator.shot("06-case-page")
    mediator.click_button("打印调解协议书")
    assert "{0.year}年{0.month}月{0.day}日".format(INSTALMENT_DAYS[0]) in mediator.page.content()
    mediator.shot("07-mediation-agreement")

    # The mediator opens the withdrawal form; meanwhile the chair records a payment.
    mediator.go(f"/cases/{case_id}/act/withdraw")
    mediator.field("reason").fill("申请人撤回")
    paid = client.post(
        f"/api/v1/cases/{case_id}/payments",
        json={"instalment": 1, "amount": "4300.00", "method": "cash", "reference": "R1",
              "paid_on": "2026-11-21"},
        headers=team["chair"].headers,
    )  # fmt: skip
    assert paid.status_code == 201
    mediator.submit()
    assert "其他人修改了此案件" in mediator.page.locator("#stale").inner_text()
    mediator.shot("08-stale-form-refused")
    mediator.go(f"/cases/{case_id}")
    assert mediator.page.locator("#case-status").inner_text() == translate("awaiting_payment")

    clerk.go("/admin")
    assert "无权" in clerk.page.content()
    clerk.shot("09-clerk-refused-admin")
    assert len(list(shots.glob("*.png"))) == 9


def axe_violations(person: Person) -> list[dict[str, Any]]:
    person.page.add_script_tag(path=str(AXE))
    results = person.page.evaluate("async () => await axe.run(document)")
    assert results["passes"], "axe checked nothing"  # it ran, and on a real page
    return [v for v in results["violations"] if v["impact"] in ("serious", "critical")]


def test_the_main_pages_have_no_serious_accessibility_violations(
    db: Flask, client: FlaskClient, team: dict[str, Staff], people: Any
) -> None:
    from tests import data
    from tests.api.workflow_helpers import register

    case = register(client, team["desk"], data.dispute(assignee=team["mediator"].username))
    route(db, case["id"])
    visitor = people("nobody")
    visitor.go("/")
    pages: dict[str, list[dict[str, Any]]] = {"/": axe_violations(visitor)}
    clerk = people("desk")
    clerk.sign_in(team["desk"].username)
    for path in ("/intake", "/intake?type=hardship_aid", "/intake?type=consultation",
                 f"/cases/{case['id']}/receipt", "/cases"):  # fmt: skip
        clerk.go(path)
        pages[path] = axe_violations(clerk)
    mediator = people("mediator")
    mediator.sign_in(team["mediator"].username)
    for path in ("/worklist", f"/cases/{case['id']}", f"/cases/{case['id']}/act/reject"):
        mediator.go(path)
        pages[path] = axe_violations(mediator)
    serious = {path: [v["id"] for v in found] for path, found in pages.items() if found}
    assert not serious, json.dumps(serious, indent=1)


def test_the_household_pages_have_no_serious_accessibility_violations(
    db: Flask, client: FlaskClient, team: dict[str, Staff], people: Any
) -> None:
    from tests import data
    from tests.api.workflow_helpers import register

    case = register(client, team["desk"], data.aid(assignee=team["caseworker"].username))
    route(db, case["id"])
    household = case["household"]
    caseworker = people("caseworker")
    caseworker.sign_in(team["caseworker"].username)
    pages = {}
    for path in ("/households", f"/households/{household}", f"/cases/{case['id']}",
                 f"/cases/{case['id']}/visits"):  # fmt: skip
        caseworker.go(path)
        pages[path] = axe_violations(caseworker)
    caseworker.go(f"/households/{household}")
    caseworker.field("year").fill("next year")
    caseworker.click(
        caseworker.page.locator(f'form[action$="/households/{household}"] button[type=submit]')
    )
    assert caseworker.error_of("year").is_visible()
    pages["refused household form"] = axe_violations(caseworker)
    caseworker.shot("household-refused")
    serious = {path: [v["id"] for v in found] for path, found in pages.items() if found}
    assert not serious, json.dumps(serious, indent=1)


def test_the_campaign_pages_have_no_serious_accessibility_violations(
    db: Flask, client: FlaskClient, office: Any, team: dict[str, Staff], people: Any
) -> None:
    from service.auth.enums import Role
    from tests.api.test_campaigns import build
    from tests.campaign_data import file_household, open_campaign, set_dibao

    set_dibao(client, office.staff(Role.ADMIN, "XA"))
    file_household(client, team["caseworker"])
    campaign = open_campaign(client, team["chair"])
    listed = build(client, team["caseworker"], campaign)
    chair = people("chair")
    chair.sign_in(team["chair"].username)
    pages = {}
    for path in ("/campaigns", f"/campaigns/{campaign['id']}",
                 f"/campaigns/{campaign['id']}/lists/{listed['id']}"):  # fmt: skip
        chair.go(path)
        pages[path] = axe_violations(chair)
    chair.go(f"/campaigns/{campaign['id']}")
    chair.click(chair.page.locator("#close button[type=submit]"))
    assert chair.page.locator("#campaign-status").inner_text() == "已关闭"
    assert chair.page.locator("#close").count() == 0
    pages["closed campaign"] = axe_violations(chair)
    chair.go("/campaigns")
    chair.field("budget").fill("-1")
    chair.click(chair.page.locator('form[action$="/campaigns"] button[type=submit]'))
    assert chair.error_of("budget").is_visible()
    pages["refused campaign form"] = axe_violations(chair)
    chair.shot("campaign-refused")
    serious = {path: [v["id"] for v in found] for path, found in pages.items() if found}
    assert not serious, json.dumps(serious, indent=1)
