"""The unit page's aid settings in a real browser: a refused amount, then a figure set.

Screenshots of each step are left in the test's tmp dir.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from flask import Flask
from sqlalchemy import select

from service.auth.enums import Role
from service.auth.models import OrgUnit
from service.db import unit_of_work
from service.households import aid
from tests.conftest import Office, Staff
from tests.console import test_browser as at_the_office
from tests.console.conftest import give_password
from tests.console.test_browser import axe_violations

# The browser, the live server and the people of the console's own browser test.
pytestmark = at_the_office.pytestmark
server = at_the_office.server
browser = at_the_office.browser
people = at_the_office.people
shots = at_the_office.shots


def test_an_admin_corrects_a_refused_amount_and_sees_the_figure_with_its_source(
    db: Flask, office: Office, team: dict[str, Staff], people: Any, shots: Path
) -> None:
    admin_staff = office.staff(Role.ADMIN, "XA")
    give_password(db, admin_staff.username)
    with db.app_context(), unit_of_work() as work:
        year = aid.this_year()
        unit = work.scalar(select(OrgUnit.id).where(OrgUnit.code == "XA"))
    admin = people("admin")
    admin.sign_in(admin_staff.username)
    admin.go(f"/admin/units/{unit}")
    admin.field("item").select_option("dibao")
    admin.field("year").fill(str(year))
    admin.field("amount").fill("1e3")
    admin.submit()
    assert admin.error_of("amount").inner_text().strip()
    assert admin.page.evaluate("document.activeElement.id") == "amount"
    admin.shot("01-amount-refused")

    admin.field("amount").fill("1050.5")
    admin.submit()
    row = admin.page.locator(f'#aid-{year} tr[data-item="dibao"]')
    assert row.locator("td.amount").inner_text() == "¥1,050.50"
    assert row.locator("td.source").inner_text() == "本单位设定"
    admin.shot("02-figure-set")
    serious = [v["id"] for v in axe_violations(admin)]
    assert not serious, json.dumps(serious)
