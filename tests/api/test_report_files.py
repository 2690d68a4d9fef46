"""Report and case-list files carry the JSON's numbers; scope and bad parameters."""

from __future__ import annotations

import csv
import io
from decimal import Decimal
from typing import Any

import pytest
from flask.testing import FlaskClient
from openpyxl import load_workbook

from service.auth.enums import Role
from tests.api.report_data import NOW, Fixed, build, on
from tests.api.test_reports import summary
from tests.conftest import Office, Staff

BOTH = {"from": "2026-10-01", "to": "2026-11-20"}


@pytest.fixture
def fixed(client: FlaskClient, office: Office) -> Fixed:
    return build(client, office)


def get(client: FlaskClient, staff: Staff, url: str, **params: str) -> Any:
    with on(NOW):
        return client.get(url, query_string=params or None, headers=staff.headers)


def _expected_rows(report: dict[str, Any]) -> list[dict[str, Any]]:
    total = {**report["total"], "group": "合计", "households": report["households"]}
    rows = [*report["groups"], total]
    return [
        {
            "分组": row["group"],
            "登记案件数": row["registered"]["count"],
            "结案数": row["closed"]["count"],
            "不予受理": row["closed"]["by_ending"].get("rejected", {}).get("count", 0),
            "期末在办数": row["open_at_end"]["count"],
            "结案率": row["closure_rate"]["rate"],
            "化解率": row["resolution_rate"]["rate"],
            "办结天数中位数": row["days_to_close"]["median"],
            "追回金额（元）": row["amount_recovered"],
            "帮扶金发放额（元）": row["aid_disbursed"],
            "回访满意": row["satisfaction"]["satisfied"]["count"],
            "集体争议涉及人数": row["collective"]["workers"],
            # The unit's household files overdue: one figure, in the total row only.
            "逾期未年审户数": row["households"]["overdue"]["count"]
            if "households" in row
            else None,
        }
        for row in rows
    ]


LABELS = {"hardship_aid": "困难帮扶", "labour_dispute": "劳动争议"}


def test_csv_starts_with_a_bom_and_carries_the_json_numbers(
    client: FlaskClient, fixed: Fixed
) -> None:
    report = summary(client, fixed.chair, **BOTH, group_by="type")
    response = get(client, fixed.chair, "/api/v1/reports/summary", **BOTH, group_by="type",
                   format="csv")  # fmt: skip
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "text/csv; charset=utf-8"  # one charset, not two
    assert response.data.startswith(b"\xef\xbb\xbf")
    text = response.data.decode("utf-8-sig")
    comments = [line for line in text.splitlines() if line.startswith("#")]
    assert any("结案率" in line and "closure" in line.lower() for line in comments)
    assert "2026年10月1日至2026年11月20日" in comments[0]
    rows = list(csv.DictReader(line for line in text.splitlines() if not line.startswith("#")))
    assert len(rows) == 3  # two types and the total
    for row, expected in zip(rows, _expected_rows(report), strict=True):
        expected["分组"] = LABELS.get(expected["分组"], expected["分组"])
        assert {k: row[k] for k in expected} == {
            k: "" if v is None else str(v) for k, v in expected.items()
        }


def test_xlsx_summary_definitions_and_cases_sheets(client: FlaskClient, fixed: Fixed) -> None:
    report = summary(client, fixed.chair, **BOTH, group_by="type")
    response = get(client, fixed.chair, "/api/v1/reports/summary", **BOTH, group_by="type",
                   format="xlsx")  # fmt: skip
    assert response.status_code == 200
    book = load_workbook(io.BytesIO(response.data))
    assert book.sheetnames == ["汇总", "指标说明", "案件清单"]
    sheet = book["汇总"]
    assert sheet.freeze_panes == "A2"
    values = list(sheet.iter_rows(values_only=True))
    header = values[0]
    for cells, expected in zip(values[1:], _expected_rows(report), strict=True):
        row = dict(zip(header, cells, strict=True))
        expected["分组"] = LABELS.get(expected["分组"], expected["分组"])
        for key, value in expected.items():
            if value is None:
                assert row[key] is None, key
            elif isinstance(value, str) and key != "分组":
                assert Decimal(str(row[key])) == Decimal(value), key
            else:
                assert row[key] == value, key
    money = header.index("追回金额（元）") + 1
    rate = header.index("结案率") + 1
    assert sheet.cell(row=2, column=money).number_format == "#,##0.00"
    assert sheet.cell(row=2, column=rate).number_format == "0.00%"
    assert sheet.cell(row=4, column=1).value == "合计"
    definitions = [row[0] for row in book["指标说明"].iter_rows(min_row=2, values_only=True)]
    assert "结案率" in definitions and "追回金额" in definitions
    cases = list(book["案件清单"].iter_rows(values_only=True))
    # The cases in hand during the period in XA-HG: all but the consultation and C8.
    assert len(cases) - 1 == 7
    id_numbers = [row[cases[0].index("身份证号")] for row in cases[1:]]
    assert all("*" not in number for number in id_numbers)  # a supervisor sees them whole


def test_case_list_exports_with_the_same_filters_masked_per_caller(
    client: FlaskClient, fixed: Fixed
) -> None:
    m1 = fixed.staff["m1"]
    query = {"type": "labour_dispute", "opened_between": "2026-10-01,2026-11-20", "sort": "number"}
    page = get(client, m1, "/api/v1/cases", **query).get_json()
    exported = get(client, m1, "/api/v1/cases", **query, format="csv")
    assert exported.data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(exported.data.decode("utf-8-sig"))))
    assert [r["案件编号"] for r in rows] == [c["number"] for c in page["items"]]
    assert [r["身份证号"] for r in rows] == [c["claimant"]["id_number"] for c in page["items"]]
    masked = {r["案件编号"]: "*" in r["身份证号"] for r in rows}
    assert masked == {c["number"]: c["assignee"] != "m1" for c in page["items"]}
    assert any(masked.values()) and not all(masked.values())
    assert {r["接收日期"] for r in rows} >= {"2026-10-12"}
    book = load_workbook(io.BytesIO(get(client, m1, "/api/v1/cases", **query,
                                        format="xlsx").data))  # fmt: skip
    sheet = list(book["案件清单"].iter_rows(values_only=True))
    assert [row[0] for row in sheet[1:]] == [c["number"] for c in page["items"]]


def test_scope_a_community_sees_only_its_own(
    client: FlaskClient, fixed: Fixed, office: Office
) -> None:
    sibling = summary(client, fixed.sibling_chair, **BOTH)
    assert sibling["total"]["registered"]["count"] == 1  # C8 only
    mine = summary(client, fixed.chair, **BOTH)
    # XA-HG's drill-downs list nothing for XA-HX's supervisor.
    for figure in ("registered", "closed", "open_at_end"):
        page = get(client, fixed.sibling_chair, mine["total"][figure]["cases"]).get_json()
        assert page["total"] == 0, figure
    refused = get(client, fixed.sibling_chair, "/api/v1/reports/summary", **BOTH, unit="XA-HG")
    assert refused.status_code == 422 and "unit" in refused.get_json()["error"]["fields"]
    for staff in (fixed.staff["desk"], fixed.staff["m1"], fixed.staff["cw"]):
        for url in ("/api/v1/reports/summary", "/api/v1/reports", "/api/v1/reports/1"):
            assert get(client, staff, url).status_code == 403, (staff.role, url)
    # Kept reports: each community its own.
    runner = client.application.test_cli_runner()
    for unit in ("XA-HG", "XA-HX"):
        runner.invoke(args=["reports", "build", "--unit", unit, "--month", "2026-10"])
    ours = get(client, fixed.chair, "/api/v1/reports").get_json()
    theirs = get(client, fixed.sibling_chair, "/api/v1/reports").get_json()
    assert [r["unit"] for r in ours] == ["XA-HG"] and [r["unit"] for r in theirs] == ["XA-HX"]
    assert get(client, fixed.sibling_chair, f"/api/v1/reports/{ours[0]['id']}").status_code == 404
    street = get(client, fixed.street_chair, "/api/v1/reports").get_json()
    assert sorted(r["unit"] for r in street) == ["XA-HG", "XA-HX"]
    admin_unit = office.unit("HQ")
    assert admin_unit == "HQ"
    admin = office.staff(Role.ADMIN, "HQ")
    assert get(client, admin, "/api/v1/reports/summary", **BOTH).status_code == 200


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"from": "2026-11-01", "to": "2026-10-01"}, "to"),
        ({"from": "2016-01-01", "to": "2026-01-01"}, "to"),  # ten years and a day
        ({"group_by": "mood"}, "group_by"),
        ({"type": "consultation"}, "type"),
        ({"from": "2026-13-01"}, "from"),
        ({"to": "yesterday"}, "to"),
        ({"format": "pdf"}, "format"),
        ({"unit": "NOPE"}, "unit"),
        ({"colour": "red"}, "colour"),
    ],
)
def test_bad_parameters_are_422_with_field_messages(
    client: FlaskClient, office: Office, params: dict, field: str
) -> None:
    office.unit("XA-HG")
    chair = office.staff(Role.SUPERVISOR, "XA-HG")
    response = client.get("/api/v1/reports/summary", query_string=params, headers=chair.headers)
    assert response.status_code == 422, response.get_json()
    error = response.get_json()["error"]
    assert field in error["fields"], error


@pytest.mark.parametrize(
    "params",
    [
        {"opened_between": "2026-10-01"},
        {"closed_between": "2026-10-31,2026-10-01"},
        {"breached": "lunch"},
        {"satisfaction": "ecstatic"},
        {"type": "labour_dispute,lottery"},
        {"open_at_end": "soon"},
        {"format": "pdf"},
    ],
)
def test_bad_case_list_filters_are_422(client: FlaskClient, office: Office, params: dict) -> None:
    office.unit("XA-HG")
    chair = office.staff(Role.SUPERVISOR, "XA-HG")
    response = client.get("/api/v1/cases", query_string=params, headers=chair.headers)
    assert response.status_code == 422, response.get_json()
    assert set(params) <= set(response.get_json()["error"]["fields"])


def test_the_api_docs_carry_the_definitions(client: FlaskClient) -> None:
    spec = client.get("/api/v1/openapi.json").get_json()
    described = spec["paths"]["/api/v1/reports/summary"]["get"]["description"]
    assert "`closure_rate` 结案率" in described and "nearest rank" in described


def test_a_ten_year_report_is_accepted(client: FlaskClient, office: Office) -> None:
    office.unit("XA-HG")
    chair = office.staff(Role.SUPERVISOR, "XA-HG")
    params = {"from": "2016-01-02", "to": "2026-01-01", "group_by": "month"}
    response = client.get("/api/v1/reports/summary", query_string=params, headers=chair.headers)
    assert response.status_code == 200
    assert len(response.get_json()["groups"]) == 121


def test_files_that_show_identities_whole_are_in_the_access_log(
    client: FlaskClient, fixed: Fixed
) -> None:
    from sqlalchemy import select

    from service.access.models import PersonalDataRead
    from service.db import unit_of_work

    def reads() -> list[tuple[int, str]]:
        with client.application.app_context(), unit_of_work() as work:
            rows = work.execute(select(PersonalDataRead.case_id, PersonalDataRead.endpoint))
            return sorted((case_id, endpoint) for case_id, endpoint in rows)

    before = reads()
    response = get(client, fixed.chair, "/api/v1/reports/summary", **BOTH, format="xlsx")
    assert response.status_code == 200
    new = [read for read in reads() if read not in before]
    # The seven cases of the cases sheet, each read once, through the summary's address.
    assert sorted(case_id for case_id, _ in new) == sorted(
        fixed.cases[name] for name in ("C1", "C2", "C3", "C4", "C5", "C6", "C9")
    )
    assert all("/api/v1/reports/summary" in endpoint for _, endpoint in new)
    # A masked export leaves no trace: the mediator sees C6 (not theirs) masked.
    m2 = fixed.staff["m2"]
    before = reads()
    streamed = get(client, m2, "/api/v1/cases", type="labour_dispute", format="csv")
    assert streamed.status_code == 200 and streamed.data  # read to its end, as a browser does
    assert [case_id for case_id, _ in reads() if (case_id, _) not in before] == [fixed.cases["C6"]]


def test_the_default_period_is_this_month_so_far(client: FlaskClient, office: Office) -> None:
    office.unit("XA-HG")
    chair = office.staff(Role.SUPERVISOR, "XA-HG")
    with on("2026-11-20T12:00:00+08:00"):
        report = client.get("/api/v1/reports/summary", headers=chair.headers).get_json()
    assert report["period"] == {"from": "2026-11-01", "to": "2026-11-20"}
    assert report["total"]["registered"]["count"] == 0
