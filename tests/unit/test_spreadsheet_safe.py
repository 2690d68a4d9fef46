"""No text a person typed runs as a formula in a file the service writes (CSV or Excel)."""

from __future__ import annotations

import io
from decimal import Decimal

from openpyxl import load_workbook

from service.reports.files import CASE_COLUMNS, cases_csv, cases_xlsx, spreadsheet_safe


def test_text_that_a_spreadsheet_would_run_is_kept_as_text() -> None:
    assert spreadsheet_safe("=1+2") == "'=1+2"
    assert spreadsheet_safe("+86 139") == "'+86 139"
    assert spreadsheet_safe("-5") == "'-5"
    assert spreadsheet_safe("@SUM(A1)") == "'@SUM(A1)"
    assert spreadsheet_safe("张三\x07") == "张三\ufffd"  # a bell no cell can hold
    assert spreadsheet_safe("张三") == "张三"
    assert spreadsheet_safe(Decimal("-5.00")) == Decimal("-5.00")  # numbers stay numbers
    assert spreadsheet_safe(None) is None


def test_the_case_list_writes_every_text_column_safe() -> None:
    row = {column: None for column in ("number", "type", "category", "channel", "outcome")} | {
        "number": '=HYPERLINK("http://x")',
        "type": "labour_dispute",
        "category": "wages",
        "channel": "visit",
        "status_label": "受理",
        "unit": "XA-HG",
        "assignee": "-1",
        "claimant_name": "张三",
        "id_number": None,
        "phone": "+8613900000000",
        "received_on": "2026-11-20",
        "closed_on": None,
        "claim_amount": "-5.00",
    }
    text = b"".join(cases_csv([row])).decode("utf-8-sig")
    assert "'=HYPERLINK" in text and ",'-1," in text and "'+8613900000000" in text
    assert ",-5.00" in text  # an amount is a number, not text
    sheet = load_workbook(io.BytesIO(cases_xlsx([row]))).active
    values = [cell.value for cell in next(sheet.iter_rows(min_row=2))]
    assert values[0] == '\'=HYPERLINK("http://x")' and "'-1" in values
    assert len(values) == len(CASE_COLUMNS)
