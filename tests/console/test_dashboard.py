"""The supervisor dashboard shows the reporting service's figures, each linked to its cases.

A small office built through the service layer; today is 20 November 2026, noon:

D1 dispute XA-HG  10-12  accepted, agreed 8000, paid 8000 on 10-29, closed 11-05 performed
D2 dispute XA-HG  10-14  rejected 10-15
A1 aid     XA-HG  10-20  proposed 3000, approved, paid out 11-02, closed 11-10 aid_paid
D3 dispute XA-HG  11-10  accepted 11-11, in mediation today (10 days old)
D4 dispute XA-HX  10-13  left under review: its acceptance deadline passed (38 days old)
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from html import unescape
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from openpyxl import load_workbook
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from service.access.models import PersonalDataRead
from service.auth.enums import Role
from service.auth.models import OrgUnit, User
from service.auth.service import Caller, as_caller
from service.cases import payments, service
from service.cases.models import Case
from service.cases.schemas import CaseIntakeSchema, PaymentSchema
from service.cases.visits import record_case_visit
from service.console.dashboard import percent
from service.console.text import yuan
from service.db import unit_of_work
from service.households import service as households
from service.households.schemas import HouseholdAmendIn, VisitSchema
from service.reports import stored
from service.reports.service import summary
from tests import data
from tests.api.report_data import NOW, on
from tests.api.workflow_helpers import route, system
from tests.conftest import Office
from tests.console.conftest import Desk, give_password

PERIOD = {"from": "2026-10-01", "to": "2026-11-20"}


@contextmanager
def acting(app: Flask, username: str) -> Iterator[tuple[Session, Caller]]:
    """One unit of work of one person, committed at the end."""
    with app.app_context(), unit_of_work() as work:
        user = work.scalar(select(User).where(User.username == username))
        yield work, as_caller(db_session=work, user=user)
        work.commit()


def register(app: Flask, username: str, at: str, body: dict[str, Any]) -> int:
    with on(at), acting(app, username) as (work, caller):
        intake = CaseIntakeSchema().load({**body, "received_at": at})
        case_id = service.register(db_session=work, caller=caller, intake=intake).id
    with on(at):
        route(app, case_id)
    return case_id


def move(app: Flask, username: str, at: str, case_id: int, action: str, **fields: Any) -> None:
    with on(at), acting(app, username) as (work, caller):
        case = service.get(db_session=work, caller=caller, case_id=case_id, for_update=True)
        service.move(db_session=work, caller=caller, case=case, action=action, data=fields, note="")


def file_and_visit(app: Flask, username: str, at: str, case_id: int) -> None:
    """Complete the household file intake opened and record a home visit by two (file first)."""
    with on(at), acting(app, username) as (work, caller):
        case = service.get(db_session=work, caller=caller, case_id=case_id)
        household = households.get(db_session=work, caller=caller, household_id=case.household_id)
        head, members = households.as_given(household)
        ready = {"work_status": "unemployed", "health": "healthy"}
        changes = HouseholdAmendIn().load(
            {
                "head": {**{k: v for k, v in head.items() if k != "relation"}, **ready},
                "members": [{**member, **ready} for member in members],
                "years": [{"year": 2026, "income": "30000.00", "essential_costs": "6000.00"}],
            }
        )
        households.amend(db_session=work, caller=caller, household=household, changes=changes)
        visit = VisitSchema().load(
            {"visited_on": at[:10], "visitors": ["王建华", "李红梅"], "consent": True}
        )
        record_case_visit(db_session=work, caller=caller, case=case, visit=visit)


def pay(app: Flask, username: str, at: str, case_id: int, **body: Any) -> None:
    with on(at), acting(app, username) as (work, caller):
        case = service.get(db_session=work, caller=caller, case_id=case_id, for_update=True)
        payment = PaymentSchema().load({"method": "bank_transfer", "reference": "R", **body})
        payments.record(db_session=work, caller=caller, case=case, payment=payment)


@dataclass
class Office2026:
    app: Flask
    cases: dict[str, int]
    numbers: dict[str, str]
    clock: datetime = field(default_factory=lambda: datetime.fromisoformat(NOW))

    @contextmanager
    def now(self) -> Iterator[None]:
        """A moment after the last one, on the afternoon of NOW: a session cookie signed
        at one moment is never read at an earlier one."""
        self.clock += timedelta(minutes=1)
        with on(self.clock.isoformat()):
            yield

    def person(self, username: str) -> Desk:
        give_password(self.app, username)
        desk = Desk(self.app.test_client())
        with self.now():
            assert desk.sign_in(username).status_code == 302
        return desk

    def get(self, desk: Desk, path: str, **params: str) -> Any:
        with self.now():
            return desk.client.get(path, query_string=params or None)


@pytest.fixture
def office2026(db: Flask, office: Office) -> Office2026:
    office.unit("XA", "西安路街道总工会")
    office.unit("XA-HG", "和光社区联合工会", parent="XA")
    office.unit("XA-HX", "和兴社区联合工会", parent="XA")
    for role, unit, name in [
        (Role.INTAKE, "XA-HG", "desk"), (Role.MEDIATOR, "XA-HG", "m1"),
        (Role.CASEWORKER, "XA-HG", "cw"), (Role.SUPERVISOR, "XA-HG", "chair"),
        (Role.SUPERVISOR, "XA", "street_chair"), (Role.INTAKE, "XA-HX", "hx_desk"),
        (Role.MEDIATOR, "XA-HX", "hx_m"), (Role.SUPERVISOR, "XA-HX", "hx_chair"),
        (Role.ADMIN, "XA", "admin"),
    ]:  # fmt: skip
        office.staff(role, unit, name)
    app = db

    def dispute(**fields: Any) -> dict[str, Any]:
        return data.dispute(**{"known_on": "2026-10-01", "assignee": "m1", **fields})

    d1 = register(app, "desk", "2026-10-12T09:00:00+08:00", dispute())
    move(app, "m1", "2026-10-13T10:00:00+08:00", d1, "accept")
    d2 = register(app, "desk", "2026-10-14T09:00:00+08:00", dispute(category="overtime"))
    move(app, "m1", "2026-10-15T10:00:00+08:00", d2, "reject",
         reason="不属于调解范围", advice="向劳动监察投诉")  # fmt: skip
    d4 = register(app, "hx_desk", "2026-10-13T09:00:00+08:00", dispute(assignee="hx_m"))
    move(app, "m1", "2026-10-20T10:00:00+08:00", d1, "agree", amount="8000.00",
         signed_by_both=True, instalments=[{"due_on": "2026-10-30", "amount": "8000.00"}])  # fmt: skip
    a1 = register(app, "desk", "2026-10-20T10:00:00+08:00", data.aid(assignee="cw"))
    file_and_visit(app, "cw", "2026-10-21T10:00:00+08:00", a1)
    move(app, "cw", "2026-10-22T10:00:00+08:00", a1, "propose", amount="3000.00",
         hardship_level="relative")  # fmt: skip
    move(app, "chair", "2026-10-23T09:00:00+08:00", a1, "approve")
    pay(app, "m1", "2026-10-29T10:00:00+08:00", d1, instalment=1, amount="8000.00",
        paid_on="2026-10-29")  # fmt: skip
    with on("2026-10-31T09:00:00+08:00"):
        system(app, a1, "notice_passed")
    pay(app, "cw", "2026-11-02T10:00:00+08:00", a1, amount="3000.00", paid_on="2026-11-02")
    move(app, "m1", "2026-11-05T10:00:00+08:00", d1, "close",
         outcome="agreement_performed", satisfaction="satisfied")  # fmt: skip
    d3 = register(app, "desk", "2026-11-10T09:00:00+08:00", dispute())
    move(app, "cw", "2026-11-10T10:00:00+08:00", a1, "close",
         outcome="aid_paid", satisfaction="not_satisfied")  # fmt: skip
    move(app, "m1", "2026-11-11T10:00:00+08:00", d3, "accept")
    cases = {"D1": d1, "D2": d2, "D3": d3, "D4": d4, "A1": a1}
    with app.app_context(), unit_of_work() as work:
        numbers = {name: work.get(Case, case_id).number for name, case_id in cases.items()}
    return Office2026(app, cases, numbers)


FIGURE = re.compile(r'<a id="([^"]+)" class="figure" href="([^"]+)">([^<]*)</a>')
BAR = re.compile(
    r'<a href="([^"]+)" class="figure">\s*<rect[^>]*></rect>\s*<text[^>]*>([^<]*)</text>'
)
CASE_LINK = re.compile(r'<a href="/cases/(\d+)">([^<]+)</a>')


def figures(html: str) -> dict[str, tuple[str, str]]:
    """Each linked figure of the page: {id: (text, href)}."""
    return {id_: (unescape(text), unescape(href)) for id_, href, text in FIGURE.findall(html)}


def listed(office: Office2026, desk: Desk, href: str) -> set[str]:
    """The case numbers a case-list link lists (one page of up to 200)."""
    page = office.get(desk, f"{href}&per_page=200")
    assert page.status_code == 200, href
    return {number for _id, number in CASE_LINK.findall(page.text)}


def reporting(office: Office2026, username: str, **query: Any) -> dict[str, Any]:
    """The reporting service's own summary, as the caller would get it."""
    from datetime import date

    loaded = {key: date.fromisoformat(value) if key in ("from", "to") else value
              for key, value in query.items()}  # fmt: skip
    with on(NOW), acting(office.app, username) as (work, caller):
        return summary(db_session=work, caller=caller, query=loaded)


def test_the_page_shows_the_reporting_services_figures(office2026: Office2026) -> None:
    street = office2026.person("street_chair")
    page = office2026.get(street, "/dashboard", **PERIOD)
    assert page.status_code == 200
    shown = figures(page.text)
    report = reporting(office2026, "street_chair", **PERIOD, group_by="unit")
    total = report["total"]
    # Written out: XA has D1, D2, A1, D3 in XA-HG and D4 in XA-HX.
    expected = {
        "total-registered": "5", "total-closed": "3", "total-open": "2",
        "total-closure-closed": "3", "total-closure-registered": "5",
        "total-resolution-resolved": "2", "total-resolution-closed": "3",
        "total-breached-cases": "1", "total-recovered": "¥8,000.00", "total-aid": "¥3,000.00",
        "unit-XA-HG-registered": "4", "unit-XA-HG-open": "1", "unit-XA-HX-registered": "1",
        "unit-XA-HX-breached-cases": "1", "in-hand-total": "2",
    }  # fmt: skip
    assert {key: shown[key][0] for key in expected} == expected
    # ... and they are the service's numbers.
    assert shown["total-registered"][0] == str(total["registered"]["count"])
    assert shown["total-open"][0] == str(total["open_at_end"]["count"])
    assert total["amount_recovered"] == "8000.00" and total["aid_disbursed"] == "3000.00"
    assert [row["group"] for row in report["groups"]] == ["XA-HG", "XA-HX"]
    for row in report["groups"]:
        for figure in ("registered", "closed", "open_at_end"):
            shown_id = f"unit-{row['group']}-{figure.removesuffix('_at_end')}"
            assert shown[shown_id][0] == str(row[figure]["count"]), shown_id
        assert shown[f"unit-{row['group']}-recovered"][0] == yuan(row["amount_recovered"])
    assert '<span id="total-closure">60.00%</span>' in page.text  # 3 of 5
    assert total["closure_rate"]["rate"] == "0.6000"
    assert '<span id="total-resolution">66.67%</span>' in page.text  # 2 of 3 decided
    assert '<span id="total-breaches">1</span>' in page.text
    # Chinese dates and the twelve months ending with the period's.
    assert "2026年10月1日至2026年11月20日" in page.text
    months = reporting(
        office2026, "street_chair", **{"from": "2025-12-01", "to": "2026-11-20"}, group_by="month"
    )
    bars = [text for _href, text in BAR.findall(page.text)]
    closure = [
        f"{percent(row['closure_rate']['rate'])}（{row['closure_rate']['closed']['count']}/"
        f"{row['closure_rate']['registered']['count']}）"
        for row in months["groups"]
    ]
    assert len(closure) == 12 and bars[:12] == closure
    # October: D1, D2, A1 and D4 registered, D2 closed by the 31st; November: D3, none closed.
    assert "25.00%（1/4）" in bars and "0.00%（0/1）" in bars
    assert "100.00%（2/2）" in bars  # November's resolution: D1 performed, A1 paid
    empty = [text for _href, text in BAR.findall(page.text) if text == "—（0/0）"]
    assert len(empty) == 2 * 10  # the ten months without cases, in both charts


def test_every_drill_down_lists_exactly_the_counted_cases(office2026: Office2026) -> None:
    street = office2026.person("street_chair")
    page = office2026.get(street, "/dashboard", **PERIOD)
    shown = figures(page.text)
    names = {number: name for name, number in office2026.numbers.items()}
    checked = 0
    for figure_id, (text, href) in shown.items():
        cases = {names[number] for number in listed(office2026, street, href)}
        if figure_id.endswith(("recovered", "aid")):
            continue  # amounts: their cases are checked below
        assert len(cases) == int(text.replace(",", "")), (figure_id, href, cases)
        checked += 1
    assert checked >= 15
    assert {names[n] for n in listed(office2026, street, shown["total-recovered"][1])} == {"D1"}
    assert {names[n] for n in listed(office2026, street, shown["total-aid"][1])} == {"A1"}
    hg_recovered = shown["unit-XA-HG-recovered"][1]
    assert {names[n] for n in listed(office2026, street, hg_recovered)} == {"D1"}
    assert not listed(office2026, street, shown["unit-XA-HX-aid"][1])
    assert {names[n] for n in listed(office2026, street, shown["total-open"][1])} == {"D3", "D4"}
    assert {names[n] for n in listed(office2026, street, shown["total-breached-cases"][1])} == {
        "D4"
    }
    for href, text in BAR.findall(page.text):
        number = text.split("（")[1].split("/")[0] if "（" in text else text
        assert len(listed(office2026, street, unescape(href))) == int(number), (href, text)
    ages = re.search(r'<figure class="chart" id="in-hand-by-age">.*?</figure>', page.text, re.S)
    assert ages
    by_age = [
        (text, {names[n] for n in listed(office2026, street, unescape(href))})
        for href, text in BAR.findall(ages.group(0))
    ]
    assert by_age == [("1", {"D3"}), ("0", set()), ("1", {"D4"}), ("0", set())]


def test_a_community_supervisor_sees_only_their_community(office2026: Office2026) -> None:
    with office2026.app.app_context(), unit_of_work() as work:
        for code in ("XA-HG", "XA-HX"):
            unit = work.scalar(select(OrgUnit).where(OrgUnit.code == code))
            with on(NOW):
                stored.build(db_session=work, unit=unit, report_period=stored.month("2026-10"),
                             built_by_id=None)  # fmt: skip
        work.commit()
        hx_report = work.scalar(
            select(stored.StoredReport.id).join(OrgUnit).where(OrgUnit.code == "XA-HX")
        )
    chair = office2026.person("chair")
    page = office2026.get(chair, "/dashboard", **PERIOD)
    assert page.status_code == 200
    shown = figures(page.text)
    assert shown["total-registered"][0] == "4"
    assert "XA-HX" not in page.text  # neither its figures, nor its report, nor in the picker
    assert not any(key.startswith("unit-XA-HX") for key in shown)
    assert "report-" in page.text
    refused = office2026.get(chair, "/dashboard", **PERIOD, unit="XA-HX")
    assert refused.status_code == 422
    assert "XA-HX" in refused.text and "total-registered" not in refused.text
    assert office2026.get(chair, f"/dashboard/reports/{hx_report}.xlsx").status_code == 404
    # The street's supervisor may look at one community, and reads its report.
    street = office2026.person("street_chair")
    one = figures(office2026.get(street, "/dashboard", **PERIOD, unit="XA-HX").text)
    assert one["total-registered"][0] == "1" and one["in-hand-total"][0] == "1"
    kept = office2026.get(street, f"/dashboard/reports/{hx_report}.xlsx")
    assert kept.status_code == 200
    sheet = load_workbook(io.BytesIO(kept.data))["汇总"]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:2] == ("分组", "登记案件数") and rows[-1][:2] == ("合计", 1)
    figures_csv = office2026.get(street, f"/dashboard/reports/{hx_report}.csv")
    text = figures_csv.data.decode("utf-8")
    assert text.startswith("\ufeff#") and "\r\n合计,1," in text
    assert office2026.get(street, f"/dashboard/reports/{hx_report}.pdf").status_code == 404


@pytest.mark.parametrize("member", ["desk", "m1", "cw"])
def test_clerks_mediators_and_caseworkers_may_not_open_it(
    office2026: Office2026, member: str
) -> None:
    person = office2026.person(member)
    assert office2026.get(person, "/dashboard").status_code == 403
    assert office2026.get(person, "/dashboard/reports/1.xlsx").status_code == 403


def test_the_admin_opens_it_and_the_default_period_is_this_year(office2026: Office2026) -> None:
    admin = office2026.person("admin")
    page = office2026.get(admin, "/dashboard")
    assert page.status_code == 200
    assert "2026年1月1日至2026年11月20日" in page.text
    assert figures(page.text)["total-registered"][0] == "5"
    admin.client.set_cookie("lang", "en")
    english = office2026.get(admin, "/dashboard")
    assert english.status_code == 200
    assert "Closure rate by month" in english.text and "2026-01-01" in english.text


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"from": "2026-11-20", "to": "2026-10-01"}, "to"),
        ({"from": "2026-13-45"}, "from"),
        ({"to": "yesterday"}, "to"),
        ({"from": "2026-10-01'; drop table cases"}, "from"),
        ({"from": "0001-01-01", "to": "0001-03-01"}, "from"),  # no moment of year 1 to count
        ({"to": "9999-12-31"}, "to"),
        ({"unit": "XA-HG\x00"}, "unit"),
        ({"unit": "NOPE"}, "unit"),
        ({"unit": "XA"}, "unit"),  # above the chair's community
        ({"unit": "XA-HX"}, "unit"),  # a sibling community
    ],
)
def test_bad_parameters_are_shown_next_to_their_field(
    office2026: Office2026, params: dict[str, str], field: str
) -> None:
    chair = office2026.person("chair")
    page = office2026.get(chair, "/dashboard", **params)
    assert page.status_code == 422
    assert f'id="{field}-error"' in page.text
    assert 'aria-invalid="true"' in page.text
    assert "total-registered" not in page.text


def test_the_case_list_downloads_with_its_filters(office2026: Office2026) -> None:
    chair = office2026.person("chair")
    query = {"opened_between": "2026-10-01,2026-11-20", "type": "labour_dispute,hardship_aid"}
    page = office2026.get(chair, "/cases", **query)
    assert "下载 CSV" in page.text and "下载 Excel" in page.text
    link = unescape(re.search(r'href="([^"]+)" id="download-xlsx"', page.text).group(1))
    assert "opened_between=2026-10-01%2C2026-11-20" in link or "2026-10-01,2026-11-20" in link

    def reads() -> int:
        with office2026.app.app_context(), unit_of_work() as work:
            return work.scalar(select(func.count()).select_from(PersonalDataRead)) or 0

    before = reads()
    with office2026.now():
        xlsx = chair.client.get(link)
    assert xlsx.status_code == 200
    assert xlsx.headers["Content-Disposition"] == 'attachment; filename="cases.xlsx"'
    rows = list(load_workbook(io.BytesIO(xlsx.data))["案件清单"].iter_rows(values_only=True))
    numbers = {row[0] for row in rows[1:]}
    assert numbers == {office2026.numbers[name] for name in ("D1", "D2", "A1", "D3")}
    # The chair sees identities whole, and each case read whole is in the access log.
    assert reads() == before + 4
    csv_link = unescape(re.search(r'href="([^"]+)" id="download-csv"', page.text).group(1))
    with office2026.now():
        text = chair.client.get(csv_link).data.decode("utf-8")
    assert text.startswith("\ufeff")
    lines = list(csv.reader(io.StringIO(text.removeprefix("\ufeff"))))
    assert {line[0] for line in lines[1:]} == numbers
    assert reads() == before + 8  # each download is logged, as the API's export is

    # The clerk's download masks the ID numbers, as the API's does, and logs no read.
    desk = office2026.person("desk")
    with office2026.now():
        masked = desk.client.get(link)
    id_numbers = [row[9] for row in load_workbook(io.BytesIO(masked.data))["案件清单"].iter_rows(
        min_row=2, values_only=True)]  # fmt: skip
    assert id_numbers and all("*" in value for value in id_numbers)
    assert reads() == before + 8


def test_a_download_with_bad_filters_shows_the_form(office2026: Office2026) -> None:
    chair = office2026.person("chair")
    page = office2026.get(chair, "/cases", format="xlsx", opened_between="2026-11-20,2026-10-01")
    assert page.status_code == 422
    assert "text/html" in page.headers["Content-Type"]


@pytest.mark.parametrize(
    ("params", "field"),
    [({"from": "0001-01-01", "to": "0001-03-01"}, "from"), ({"to": "9999-12-31"}, "to"),
     ({"unit": "XA\x00"}, "unit")],
)  # fmt: skip
def test_the_summary_endpoint_refuses_the_same_periods(
    client: FlaskClient, office: Office, params: dict[str, str], field: str
) -> None:
    office.unit("XA")
    chair = office.staff(Role.SUPERVISOR, "XA")
    answer = client.get("/api/v1/reports/summary", query_string=params, headers=chair.headers)
    assert answer.status_code == 422
    assert field in answer.get_json()["error"]["fields"]
