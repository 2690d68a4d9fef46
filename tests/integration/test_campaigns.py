"""A 送温暖 campaign end to end with a real worker, and two confirmations at once."""

from __future__ import annotations

import csv
import io
import threading
from pathlib import Path
from typing import Any

import pytest
from flask.testing import FlaskClient
from sqlalchemy import func, select

from service.auth.enums import Role
from service.cases.models import Case, Payment
from service.db import unit_of_work
from tests import support
from tests.campaign_data import (
    COMFORTABLE,
    file_household,
    open_campaign,
    set_dibao,
    transfer_csv,
)
from tests.conftest import Office, Staff


@pytest.fixture
def street(office: Office) -> dict[str, Staff]:
    """A street with two communities; a street chair and a community's staff."""
    office.unit("XA", "西安路街道总工会")
    office.unit("XA-HG", "和光社区联合工会", parent="XA")
    office.unit("XA-HX", "和兴社区联合工会", parent="XA")
    return {
        "admin": office.staff(Role.ADMIN, "XA"),
        "street_chair": office.staff(Role.SUPERVISOR, "XA"),
        "street_caseworker": office.staff(Role.CASEWORKER, "XA"),
        "hg_caseworker": office.staff(Role.CASEWORKER, "XA-HG"),
        "hx_caseworker": office.staff(Role.CASEWORKER, "XA-HX"),
        "chair": office.staff(Role.SUPERVISOR, "XA-HG"),
        "vice_chair": office.staff(Role.SUPERVISOR, "XA-HG"),
    }


def _job(client: FlaskClient, staff: Staff, campaign: dict, job_id: int) -> dict[str, Any]:
    path = f"/api/v1/campaigns/{campaign['id']}/jobs/{job_id}"
    return client.get(path, headers=staff.headers).get_json()


def _wait_done(client: FlaskClient, staff: Staff, campaign: dict, job: dict) -> dict[str, Any]:
    """The job once the worker has finished it."""
    return support.wait_for(
        lambda: (
            (seen := _job(client, staff, campaign, job["id"]))["status"] in ("done", "failed")
            and seen
        ),
        timeout=60,
    )


def _build(client: FlaskClient, staff: Staff, campaign: dict, **body: Any) -> dict[str, Any]:
    queued = client.post(
        f"/api/v1/campaigns/{campaign['id']}/lists", json=body, headers=staff.headers
    )
    assert queued.status_code == 202, queued.get_json()
    done = _wait_done(client, staff, campaign, queued.get_json())
    assert done["status"] == "done", done
    listed = client.get(
        f"/api/v1/campaigns/{campaign['id']}/lists/{done['list']}", headers=staff.headers
    )
    return listed.get_json()


def test_a_campaign_from_list_to_bank_file_with_a_real_worker(
    client: FlaskClient, street: dict[str, Staff], worker: Path
) -> None:
    set_dibao(client, street["admin"])
    poor = [file_household(client, street["hg_caseworker"]) for _ in range(4)]
    comfortable = file_household(client, street["hg_caseworker"], income=COMFORTABLE)
    campaign = open_campaign(client, street["chair"], budget="2000.00")

    listed = _build(client, street["hg_caseworker"], campaign)
    assert listed["households"] == 4 and listed["total"] == "1600.00"
    assert {e["household"] for e in listed["entries"] if e["amount"]} == {h["id"] for h in poor}
    left_off = next(e for e in listed["entries"] if e["household"] == comfortable["id"])
    assert left_off["left_off"] == "按年度收入与低保标准，该户不属困难家庭"

    confirmed = client.post(
        f"/api/v1/campaigns/{campaign['id']}/lists/{listed['id']}/confirmation",
        headers=street["chair"].headers,
    )
    assert confirmed.status_code == 200  # the chair did not build it: a caseworker did
    cases = {e["household"]: e["case"] for e in confirmed.get_json()["entries"]}
    with client.application.app_context(), unit_of_work() as work:
        in_payout = work.scalar(
            select(func.count()).where(Case.category == "seasonal", Case.status == "payout")
        )
    assert in_payout == 4

    first, second, third, _unpaid = (h["head"]["id_number"] for h in poor)
    rows = [
        (first, "400.00", "ICBC0001"),  # line 2: matched
        (comfortable["head"]["id_number"], "400.00", "ICBC0002"),  # line 3: not in the campaign
        (first, "400.00", "ICBC0003"),  # line 4: the same person twice
        (second, "300.00", "ICBC0004"),  # line 5: not the case's amount
        (third, "400.00", "ICBC0005"),  # line 6: matched
    ]
    uploaded = client.post(
        f"/api/v1/campaigns/{campaign['id']}/transfers",
        data={"file": (io.BytesIO(transfer_csv(rows)), "送温暖转账清单.csv")},
        headers=street["chair"].headers,
        content_type="multipart/form-data",
    )
    assert uploaded.status_code == 202, uploaded.get_json()
    done = _wait_done(client, street["chair"], campaign, uploaded.get_json())
    assert done["status"] == "done", done
    assert done["counts"] == {"matched": 2, "unmatched": 1, "duplicate": 1, "amount_differs": 1}

    with client.application.app_context(), unit_of_work() as work:
        paid = work.execute(
            select(Case.number, Case.status, Payment.amount, Payment.reference).join(
                Payment, Payment.case_id == Case.id
            )
        ).all()
    by_number = {number: (status, amount, ref) for number, status, amount, ref in paid}
    assert len(paid) == 2
    assert by_number[cases[poor[0]["id"]]][1:] == (400, "ICBC0001")
    assert by_number[cases[poor[2]["id"]]][1:] == (400, "ICBC0005")
    assert {status for status, _, _ in by_number.values()} == {"follow_up"}

    result = client.get(
        f"/api/v1/campaigns/{campaign['id']}/jobs/{done['id']}/result",
        headers=street["chair"].headers,
    )
    table = list(csv.reader(io.StringIO(result.data.decode("utf-8-sig"))))
    outcomes = {row[0]: (row[4], row[5]) for row in table[1:]}
    assert outcomes == {
        "2": ("已匹配付款", ""),
        "3": ("未匹配", "本次活动中没有该身份证号的案件"),
        "4": ("重复", "与第 2 行身份证号重复"),
        "5": ("金额不符", "金额不符：文件 ¥300.00，案件 ¥400.00"),
        "6": ("已匹配付款", ""),
    }
    shown = client.get(
        f"/api/v1/campaigns/{campaign['id']}", headers=street["chair"].headers
    ).get_json()
    assert (shown["budget"], shown["committed"], shown["paid"], shown["remaining"]) == (
        "2000.00", "1600.00", "800.00", "400.00",
    )  # fmt: skip


def test_two_confirmations_at_once_never_overspend(
    client: FlaskClient, street: dict[str, Staff], settings: Any
) -> None:
    if settings.is_sqlite:
        pytest.skip("SQLite runs one writer at a time; the race needs PostgreSQL")
    set_dibao(client, street["admin"])
    for caseworker in ("hg_caseworker", "hx_caseworker"):
        for _ in range(3):
            file_household(client, street[caseworker], unit=street[caseworker].unit)
    # Each community's list needs ¥1,200; the budget holds one of them, not both.
    campaign = open_campaign(client, street["street_chair"], unit="XA", budget="2000.00")
    lists = [
        _run_build_in_process(client, street["street_caseworker"], campaign, unit=unit)
        for unit in ("XA-HG", "XA-HX")
    ]
    start = threading.Barrier(2)
    answers: list[tuple[int, dict]] = []

    def confirm(listed: dict) -> None:
        own_client = client.application.test_client()
        start.wait()
        response = own_client.post(
            f"/api/v1/campaigns/{campaign['id']}/lists/{listed['id']}/confirmation",
            headers=street["street_chair"].headers,
        )
        answers.append((response.status_code, response.get_json()))

    threads = [threading.Thread(target=confirm, args=(listed,)) for listed in lists]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)

    assert sorted(status for status, _ in answers) == [200, 409], answers
    refused = next(body for status, body in answers if status == 409)
    assert refused["error"]["code"] == "over_budget"
    assert refused["error"]["committed"] == "1200.00"
    shown = client.get(
        f"/api/v1/campaigns/{campaign['id']}", headers=street["street_chair"].headers
    ).get_json()
    assert (shown["committed"], shown["cases"]) == ("1200.00", 3)
    with client.application.app_context(), unit_of_work() as work:
        assert work.scalar(select(func.count()).where(Case.category == "seasonal")) == 3


def _run_build_in_process(
    client: FlaskClient, staff: Staff, campaign: dict, **body: Any
) -> dict[str, Any]:
    """Build a list with the worker's own function (this test needs no worker process)."""
    from workers.tasks import run_campaign_job

    queued = client.post(
        f"/api/v1/campaigns/{campaign['id']}/lists", json=body, headers=staff.headers
    ).get_json()
    with client.application.app_context():
        run_campaign_job(queued["id"])
    return client.get(
        f"/api/v1/campaigns/{campaign['id']}/lists/{queued['list']}", headers=staff.headers
    ).get_json()
