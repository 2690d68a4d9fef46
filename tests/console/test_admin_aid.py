"""The aid settings on an admin's unit page: the 低保 figure and the caps, shown and set.

The street federation's admin (XA) sets figures that community union XA-HG inherits;
XA-HG's admin reaches XA-HG only, not its sibling XA-HX nor the street above.
"""

from __future__ import annotations

import html
import re
import threading
import time
from collections.abc import Callable
from decimal import Decimal

import pytest
from flask import Flask
from sqlalchemy import select
from werkzeug.test import TestResponse

from service.auth.enums import Role
from service.auth.models import OrgUnit
from service.console.text import yuan
from service.db import unit_of_work
from service.households import aid
from service.households.models import AidSetting
from tests.conftest import Office, Staff
from tests.console.conftest import Desk, errors_by_field, give_password

CHINESE = re.compile(r"[\u4e00-\u9fff]")
AUTOFOCUS = re.compile(r'<(?:input|select|textarea) id="([^"]+)"[^>]*\sautofocus')
ROW = re.compile(
    r'<tr data-item="([a-z]+)"><th scope="row">[^<]*</th>'
    r'<td class="amount num">([^<]*)</td><td class="source">([^<]*)</td></tr>'
)


def sign_in(db: Flask, staff: Staff) -> Desk:
    give_password(db, staff.username)
    person = Desk(db.test_client())
    assert person.sign_in(staff.username).status_code == 302
    return person


@pytest.fixture
def street_admin(db: Flask, office: Office, team: dict[str, Staff]) -> Desk:
    return sign_in(db, office.staff(Role.ADMIN, "XA"))


@pytest.fixture
def hg_admin(db: Flask, office: Office, team: dict[str, Staff]) -> Desk:
    return sign_in(db, office.staff(Role.ADMIN, "XA-HG"))


@pytest.fixture
def year(db: Flask) -> int:
    with db.app_context():
        return aid.this_year()


def unit_id(app: Flask, code: str) -> int:
    with app.app_context(), unit_of_work() as work:
        found = work.scalar(select(OrgUnit.id).where(OrgUnit.code == code))
    assert found is not None
    return found


def settings(app: Flask) -> set[tuple[str, int, str, Decimal]]:
    """Every aid setting in the database: (unit, year, item, amount)."""
    with app.app_context(), unit_of_work() as work:
        rows = work.execute(
            select(OrgUnit.code, AidSetting.year, AidSetting.item, AidSetting.amount).join(
                OrgUnit, OrgUnit.id == AidSetting.unit_id
            )
        ).all()
    return {(code, year, item, amount) for code, year, item, amount in rows}


def set_figure(
    person: Desk, unit: int | str, form: dict[str, str], *, refused: bool = False
) -> TestResponse:
    """Post the aid form of the unit page, as the admin would: the unit page it returns
    to, or with ``refused`` the answer to the post itself."""
    post = person.post if refused else person.done
    return post(f"/admin/units/{unit}/aid", form, form_at=f"/admin/units/{unit}")


def table(page: str, year: int) -> dict[str, tuple[str, str]]:
    """The year's table on the unit page: {item: (amount shown, where it comes from)}."""
    found = re.search(rf'<table class="aid-settings" id="aid-{year}">(.*?)</table>', page, re.S)
    assert found, f"no table of {year}"
    return {
        item: (html.unescape(amount), html.unescape(source))
        for item, amount, source in ROW.findall(found.group(1))
    }


def test_a_figure_set_for_the_street_is_inherited_beneath_it_and_a_community_sets_its_own_cap(
    db: Flask, street_admin: Desk, hg_admin: Desk, year: int
) -> None:
    xa, hg = unit_id(db, "XA"), unit_id(db, "XA-HG")
    form = {"item": "dibao", "year": str(year), "amount": "1050.50"}
    answer = set_figure(street_admin, xa, form)
    assert answer.status_code == 200
    assert f'id="notice">{year}年低保标准（每人每月）已保存<' in answer.text
    assert table(answer.text, year)["dibao"] == ("¥1,050.50", "本单位设定")
    assert settings(db) == {("XA", year, "dibao", Decimal("1050.50"))}

    page = hg_admin.client.get(f"/admin/units/{hg}").text
    shown = table(page, year)
    assert shown["dibao"] == ("¥1,050.50", "沿用上级单位 XA")
    with db.app_context(), unit_of_work() as work:
        caps = aid.caps_of(work, unit_id=hg, year=year)
    # The caps shown are the service's: the living cap follows the 低保 figure.
    assert shown["living"] == (yuan(caps["living"]), "默认标准")
    assert shown["medical"] == (yuan(caps["medical"]), "默认标准")
    assert set(shown) == {"dibao", "living", "medical", "education", "emergency", "seasonal"}
    # Nothing is set for next year: no 低保 figure, and no living cap without one.
    assert table(page, year + 1)["dibao"] == ("—", "未设定")
    assert table(page, year + 1)["living"] == ("不设上限", "默认标准")

    form = {"item": "medical", "year": str(year + 1), "amount": "25,000"}
    answer = set_figure(hg_admin, hg, form)
    assert answer.status_code == 200
    assert table(answer.text, year + 1)["medical"] == ("¥25,000.00", "本单位设定")
    street_page = street_admin.client.get(f"/admin/units/{xa}").text
    assert table(street_page, year + 1)["medical"][1] == "默认标准"
    assert ("XA-HG", year + 1, "medical", Decimal("25000.00")) in settings(db)


def test_a_new_figure_replaces_the_one_set_before(db: Flask, street_admin: Desk, year: int) -> None:
    xa = unit_id(db, "XA")
    for amount in ("900", "950.00"):
        form = {"item": "dibao", "year": str(year), "amount": amount}
        set_figure(street_admin, xa, form)
    assert settings(db) == {("XA", year, "dibao", Decimal("950.00"))}


@pytest.mark.parametrize(
    ("field", "value", "said"),
    [
        ("amount", "1e3", "金额"),
        ("amount", "-5", "负"),
        ("amount", "100.005", "两位小数"),
        ("amount", "", "必填"),
        ("amount", "一千", "金额"),
        ("year", "", "必填"),
        ("year", "20x6", ""),
        ("year", "1999", ""),
        ("item", "bonus", ""),
    ],
)
def test_a_bad_figure_is_refused_next_to_its_field_and_nothing_is_written(
    db: Flask,
    street_admin: Desk,
    written: Callable[[], dict[str, int]],
    year: int,
    field: str,
    value: str,
    said: str,
) -> None:
    xa = unit_id(db, "XA")
    good = {"item": "dibao", "year": str(year), "amount": "900.00"}
    set_figure(street_admin, xa, good)
    before, stored = written(), settings(db)
    answer = set_figure(street_admin, xa, {**good, field: value}, refused=True)
    assert answer.status_code == 422
    messages = errors_by_field(answer.text)
    assert list(messages) == [field], messages
    message = html.unescape(messages[field])
    assert CHINESE.search(message) and said in message, message
    assert AUTOFOCUS.findall(answer.text) == [field]
    assert written() == before and settings(db) == stored
    # What was typed stays in the form to be corrected.
    if field != "item":
        assert f'name="{field}" type="text" value="{html.escape(value)}"' in answer.text


def test_the_form_without_its_token_is_refused_with_400_and_writes_nothing(
    db: Flask, street_admin: Desk, written: Callable[[], dict[str, int]], year: int
) -> None:
    path = f"/admin/units/{unit_id(db, 'XA')}/aid"
    form = {"item": "dibao", "year": str(year), "amount": "900.00"}
    before = written()
    assert street_admin.client.post(path, data=form).status_code == 400
    forged = street_admin.client.post(path, data={**form, "csrf_token": "forged"})
    assert forged.status_code == 400
    assert written() == before and settings(db) == set()


def test_an_admin_reaches_only_their_unit_and_those_beneath(
    db: Flask, hg_admin: Desk, written: Callable[[], dict[str, int]], year: int
) -> None:
    form = {"item": "dibao", "year": str(year), "amount": "900.00"}
    before = written()
    for code in ("XA-HX", "XA"):  # the sibling union, and the street above
        other = unit_id(db, code)
        assert hg_admin.client.get(f"/admin/units/{other}").status_code == 404, code
        answer = hg_admin.post(f"/admin/units/{other}/aid", form, form_at="/admin")
        assert answer.status_code == 404, code
    assert written() == before and settings(db) == set()


@pytest.mark.parametrize("member", ["desk", "mediator", "caseworker", "chair"])
def test_only_admins_set_figures(
    db: Flask,
    signed_in: Callable[[str], Desk],
    written: Callable[[], dict[str, int]],
    year: int,
    member: str,
) -> None:
    person = signed_in(member)
    hg = unit_id(db, "XA-HG")
    form = {"item": "dibao", "year": str(year), "amount": "900.00"}
    before = written()
    assert person.client.get(f"/admin/units/{hg}").status_code == 403
    assert person.post(f"/admin/units/{hg}/aid", form, form_at="/password").status_code == 403
    assert written() == before and settings(db) == set()


def test_the_settings_read_in_english_on_request(
    db: Flask, street_admin: Desk, hg_admin: Desk, year: int
) -> None:
    form = {"item": "education", "year": str(year), "amount": "6000"}
    set_figure(street_admin, unit_id(db, "XA"), form)
    hg_admin.client.set_cookie("lang", "en")
    page = hg_admin.client.get(f"/admin/units/{unit_id(db, 'XA-HG')}").text
    assert table(page, year)["education"] == ("¥6,000.00", "inherited from XA")
    assert table(page, year)["dibao"] == ("—", "not set")


def test_two_admins_setting_the_same_figure_at_once_both_succeed_and_the_later_stands(
    db: Flask, team: dict[str, Staff], year: int
) -> None:
    """The first holds its new figure uncommitted while the second sets the same one."""
    xa = unit_id(db, "XA")
    outcome: list[str] = []

    def second_sets_it() -> None:
        with db.app_context(), unit_of_work() as work:
            unit = work.get(OrgUnit, xa)
            assert unit is not None
            try:
                aid.set_figure(
                    work, unit=unit, year=year, item="dibao", amount=Decimal("960"), user_id=None
                )
                work.commit()
                outcome.append("saved")
            except Exception as error:  # what went wrong is the finding
                outcome.append(repr(error))

    with db.app_context(), unit_of_work() as work:
        unit = work.get(OrgUnit, xa)
        assert unit is not None
        aid.set_figure(
            work, unit=unit, year=year, item="dibao", amount=Decimal("950"), user_id=None
        )
        other = threading.Thread(target=second_sets_it)
        other.start()
        time.sleep(0.5)  # let the second reach the row while the first holds it
        work.commit()
    other.join()
    assert outcome == ["saved"]
    assert settings(db) == {("XA", year, "dibao", Decimal("960.00"))}
