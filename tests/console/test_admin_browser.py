"""The administration pages and the keyboard at the intake desk, in a real browser.

The admin creates a mediator, who signs in with the password shown once; the intake
clerk is refused at /admin; a clerk who never touches the mouse registers a dispute
with one field wrong and finds the cursor in that field, with scripts switched off so
that only the page's own ``autofocus`` can put it there. Screenshots of each step are
left in the test's tmp dir.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from flask import Flask
from playwright.sync_api import expect

from service.auth.enums import Role
from tests.conftest import Office, Staff
from tests.console import test_browser as at_the_office
from tests.console.conftest import PASSWORD, give_password
from tests.console.test_browser import Person, axe_violations

# The browser, the live server and the people of the console's own browser test.
pytestmark = at_the_office.pytestmark
server = at_the_office.server
browser = at_the_office.browser
people = at_the_office.people
shots = at_the_office.shots
CHINESE = re.compile(r"[\u4e00-\u9fff]")


class KeyboardClerk(Person):
    """A person at a PC with scripts off, 1366×768; the pages are in Chinese (the default).

    The browser's own locale is en-US only so that a date field takes month, day, year.
    """

    def __init__(self, browser: Any, base: str, shots: Path) -> None:
        self.context = browser.new_context(
            viewport={"width": 1366, "height": 768}, java_script_enabled=False, locale="en-US"
        )
        self.page = self.context.new_page()
        self.base = base
        self.shots = shots

    def focused(self) -> str:
        # A browser moves the cursor to an autofocus field at its next rendering after the
        # page loads, not at once: wait for a field to have it, then say which.
        self.page.wait_for_function("document.activeElement !== document.body")
        return str(self.page.evaluate("document.activeElement.id"))

    def tab_to(self, field: str) -> None:
        """Press Tab until ``field`` has the cursor, as someone who cannot use a mouse does."""
        for _ in range(30):
            if self.focused() == field:
                return
            self.page.keyboard.press("Tab")
        raise AssertionError(f"Tab never reached {field}; stopped at {self.focused()}")


def sign_in_as(person: Person, username: str, password: str) -> None:
    person.go("/")
    person.page.fill("#username", username)
    person.page.fill("#password", password)
    person.follow(lambda: person.page.press("#password", "Enter"))


def test_an_admin_creates_a_mediator_who_then_signs_in(
    db: Flask, office: Office, team: dict[str, Staff], people: Any, shots: Path
) -> None:
    admin_staff = office.staff(Role.ADMIN, "XA")  # the street federation's
    give_password(db, admin_staff.username)
    admin = people("admin")
    missing: list[str] = []
    admin.page.on(
        "response", lambda answer: missing.append(answer.url) if answer.status == 404 else None
    )
    admin.sign_in(admin_staff.username)
    assert admin.page.url.endswith("/admin")
    admin.shot("01-admin-overview")
    admin.click(admin.page.get_by_role("link", name="新建用户"))
    assert admin.page.url.endswith("/admin/users/new")
    expect(admin.page.locator("#username")).to_be_focused()
    admin.field("username").fill("wangfang")
    admin.field("display_name").fill("王芳")
    admin.field("role").select_option("mediator")
    admin.field("unit").select_option("XA-HG")
    admin.shot("02-new-user-form")
    admin.submit()
    password = admin.page.locator("#new-password").inner_text().strip()
    assert password
    admin.shot("03-new-user-password-shown-once")
    assert not missing, missing  # the favicon too is served

    mediator = people("wangfang")
    sign_in_as(mediator, "wangfang", password)
    assert mediator.page.url.endswith("/worklist")
    assert "wangfang" in mediator.page.locator(".who").inner_text()
    mediator.shot("04-new-mediator-signed-in")

    admin.go("/admin/calendar")
    admin.field("day").fill("2099-02-10")
    admin.field("note").fill("春节")
    admin.submit()
    assert "2099年2月10日" in admin.page.locator("table").inner_text()
    admin.shot("05-calendar-holiday-added")
    admin.go("/admin")
    admin.click(admin.page.get_by_role("link", name="wangfang"))
    admin.shot("06-user-page")

    pages = {}
    for path in ("/admin", "/admin/users/new", "/admin/units/new", "/admin/calendar",
                 admin.page.url.removeprefix(admin.base)):  # fmt: skip
        admin.go(path)
        pages[path] = [v["id"] for v in axe_violations(admin)]
    serious = {path: found for path, found in pages.items() if found}
    assert not serious, json.dumps(serious, indent=1)


def test_an_intake_clerk_is_refused_at_the_admin_pages(team: dict[str, Staff], people: Any) -> None:
    clerk = people("desk")
    clerk.sign_in(team["desk"].username)
    answer = clerk.go("/admin")
    assert answer.status == 403
    assert "无权" in clerk.page.content()
    clerk.shot("07-clerk-refused-admin")


def test_a_keyboard_only_intake_lands_on_the_field_to_correct(
    db: Flask, team: dict[str, Staff], browser: Any, server: str, shots: Path
) -> None:
    give_password(db, team["desk"].username)
    clerk = KeyboardClerk(browser, server, shots)
    clerk.go("/")
    assert clerk.focused() == "username"
    clerk.page.keyboard.type(team["desk"].username)
    clerk.page.keyboard.press("Tab")
    assert clerk.focused() == "password"
    clerk.page.keyboard.type(PASSWORD)
    clerk.follow(lambda: clerk.page.keyboard.press("Enter"))
    assert clerk.page.url.endswith("/intake"), clerk.page.content()

    assert clerk.focused() == "claimant.name"
    typed = [
        ("claimant.name", "张秀兰"),
        ("claimant.id_number", "11010519491231002X"),
        ("claimant.phone", "12345"),  # one digit short of nothing: wrong
        ("employer.name", "某某建筑劳务有限公司"),
        ("claim_amount", "8600.00"),
        ("known_on", "11012026"),  # a date field takes the digits in its locale's order
        ("description", "拖欠10月工资"),
    ]
    for field, text in typed:
        clerk.tab_to(field)
        clerk.page.keyboard.type(text)
        if field == "employer.name":
            clerk.tab_to("category")
            clerk.page.keyboard.press("ArrowDown")  # the first category: wage arrears
    assert clerk.field("category").input_value() == "wage_arrears"
    assert clerk.field("known_on").input_value() == "2026-11-01"
    clerk.page.keyboard.press("Tab")  # after the last field: the button that saves
    assert clerk.page.evaluate("document.activeElement.type") == "submit"
    clerk.shot("08-keyboard-intake")
    clerk.follow(lambda: clerk.page.keyboard.press("Enter"))

    assert clerk.focused() == "claimant.phone"
    assert CHINESE.search(clerk.error_of("claimant.phone").inner_text())
    clerk.shot("09-keyboard-intake-cursor-on-the-wrong-field")
    clerk.page.keyboard.press("Control+A")
    clerk.page.keyboard.type("13800138000")
    clerk.follow(lambda: clerk.page.keyboard.press("Enter"))  # Enter in a field submits
    assert clerk.page.locator("#case-number").inner_text().startswith("XA-HG-LD-")
    clerk.shot("10-keyboard-intake-receipt")
    clerk.context.close()
