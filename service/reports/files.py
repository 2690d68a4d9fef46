"""Writing reports and case lists as CSV (UTF-8 with a BOM) and Excel (openpyxl)."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, time
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from flask import Response, stream_with_context
from sqlalchemy.orm import Session

from service.reports.definitions import FIGURES, RATES_NOTE, label
from workflows.definitions.hardship_aid import OUTCOMES as AID_OUTCOMES
from workflows.definitions.labour_dispute import OUTCOMES as DISPUTE_OUTCOMES
from workflows.definitions.labour_dispute import SATISFACTION

if TYPE_CHECKING:
    # openpyxl (5 MB) is imported by the first Excel file written, not by every process.
    from openpyxl import Workbook
    from openpyxl.worksheet.worksheet import Worksheet

BOM = "\ufeff"
# How a Chinese office writes amounts and dates in a sheet a person reads.
MONEY_FORMAT = "#,##0.00"
RATE_FORMAT = "0.00%"
DATE_FORMAT = 'yyyy"年"m"月"d"日"'
CSV_TYPE = "text/csv; charset=utf-8"
# Rows written before a streamed CSV hands a piece to the server.
CSV_CHUNK_ROWS = 500
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
# A text cell starting with one of these is run by a spreadsheet as a formula, from a
# CSV file too; control characters (openpyxl's ILLEGAL_CHARACTERS_RE) no cell can hold.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
UNHOLDABLE = re.compile(r"[\000-\010\013\014\016-\037]")


@dataclass(frozen=True)
class Column:
    heading: str
    value: Callable[[dict[str, Any]], Any]
    kind: str = "count"  # count | money | rate | days | text | date


def _at(*path: str) -> Callable[[dict[str, Any]], Any]:
    def read(row: dict[str, Any]) -> Any:
        value: Any = row
        for step in path:
            value = value.get(step) if isinstance(value, dict) else None
        return value

    return read


def _ending(key: str) -> Callable[[dict[str, Any]], Any]:
    return lambda row: row["closed"]["by_ending"].get(key, {}).get("count", 0)


SUMMARY_COLUMNS: tuple[Column, ...] = (
    Column("分组", _at("group"), "text"),
    Column("登记案件数", _at("registered", "count")),
    Column("咨询数", _at("consultations", "count")),
    Column("结案数", _at("closed", "count")),
    *(
        Column(f"结案：{label(outcome)}", _ending(f"closed:{outcome}"))
        for outcome in (*DISPUTE_OUTCOMES, *AID_OUTCOMES)
    ),
    Column("不予受理", _ending("rejected")),
    Column("撤回", _ending("withdrawn")),
    Column("期末在办数", _at("open_at_end", "count")),
    Column("结案率", _at("closure_rate", "rate"), "rate"),
    Column("化解率", _at("resolution_rate", "rate"), "rate"),
    Column("按时率", _at("on_time_rate", "rate"), "rate"),
    Column("超时数", _at("breaches", "count")),
    Column("办结天数中位数", _at("days_to_close", "median"), "days"),
    Column("办结天数第90百分位", _at("days_to_close", "p90"), "days"),
    Column("诉求金额（元）", _at("amount_claimed"), "money"),
    Column("协议金额（元）", _at("amount_agreed"), "money"),
    Column("追回金额（元）", _at("amount_recovered"), "money"),
    Column("帮扶金发放额（元）", _at("aid_disbursed"), "money"),
    *(
        Column(f"回访{label(answer)}", _at("satisfaction", answer, "count"))
        for answer in SATISFACTION
    ),
    Column("集体争议件数", _at("collective", "count")),
    Column("集体争议涉及人数", _at("collective", "workers")),
    # Counted for the whole unit when the report is built, so it stands in the total only.
    Column("逾期未年审户数", _at("households", "overdue", "count")),
)

CASE_COLUMNS: tuple[Column, ...] = (
    Column("案件编号", _at("number"), "text"),
    Column("类型", lambda c: label(c["type"]), "text"),
    Column("类别", lambda c: label(c["category"]), "text"),
    Column("来源渠道", lambda c: label(c["channel"]), "text"),
    Column("状态", _at("status_label"), "text"),
    Column("结果", lambda c: label(c["outcome"]), "text"),
    Column("所属单位", _at("unit"), "text"),
    Column("承办人", _at("assignee"), "text"),
    Column("申请人", _at("claimant_name"), "text"),
    Column("身份证号", _at("id_number"), "text"),
    Column("联系电话", _at("phone"), "text"),
    Column("接收日期", _at("received_on"), "date"),
    Column("办结日期", _at("closed_on"), "date"),
    Column("诉求金额（元）", _at("claim_amount"), "money"),
)


def summary_rows(report: dict[str, Any]) -> list[dict[str, Any]]:
    """The report's groups and then its total, labelled 合计, with the unit's household files."""
    groups = [{**row, "group": label(row["group"])} for row in report["groups"]]
    return [*groups, {**report["total"], "group": "合计", "households": report.get("households")}]


def spreadsheet_safe(value: object) -> object:
    """``value`` as a spreadsheet can hold it and never runs: '=1+2 stays text."""
    if value is None or isinstance(value, int | float | Decimal | date | time):
        return value
    text = UNHOLDABLE.sub("\ufffd", str(value))
    return "'" + text if text.startswith(FORMULA_START) else text


def _typed(column: Column, row: dict[str, Any]) -> Any:
    value = column.value(row)
    if value is None:
        return None
    if column.kind == "text":
        return spreadsheet_safe(value)
    if column.kind == "money":
        return Decimal(value)
    if column.kind == "rate" or column.kind == "days":
        return Decimal(value)
    if column.kind == "date":
        return value if isinstance(value, date) else date.fromisoformat(value)
    return value


def _csv_text(column: Column, row: dict[str, Any]) -> str:
    value = _typed(column, row)
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def period_heading(report: dict[str, Any]) -> str:
    first = date.fromisoformat(report["period"]["from"])
    last = date.fromisoformat(report["period"]["to"])
    return f"统计期间：{chinese_date(first)}至{chinese_date(last)}　单位：{report['unit']}"


def chinese_date(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def chinese_money(amount: Decimal | str) -> str:
    return f"{Decimal(amount):,.2f}元"


def to_csv(
    columns: Sequence[Column], rows: Iterable[dict[str, Any]], comments: Sequence[str] = ()
) -> bytes:
    """UTF-8 with a BOM, so Excel opens the Chinese right; comment lines start with #."""
    return b"".join(csv_chunks(columns, rows, comments))


def csv_chunks(
    columns: Sequence[Column], rows: Iterable[dict[str, Any]], comments: Sequence[str] = ()
) -> Iterator[bytes]:
    """The CSV of ``to_csv`` a few hundred rows at a time, as ``rows`` arrive."""
    out = io.StringIO()
    out.write(BOM)
    for line in comments:
        out.write(f"# {line}\r\n")
    writer = csv.writer(out)
    writer.writerow([c.heading for c in columns])
    for number, row in enumerate(rows, start=1):
        writer.writerow([_csv_text(c, row) for c in columns])
        if number % CSV_CHUNK_ROWS == 0:
            yield out.getvalue().encode("utf-8")
            out.seek(0)
            out.truncate()
    yield out.getvalue().encode("utf-8")


def summary_csv(report: dict[str, Any]) -> bytes:
    comments = [
        period_heading(report),
        *(f"{f.heading}（{f.key}）：{f.zh} {f.en}" for f in FIGURES),
        RATES_NOTE,
    ]
    return to_csv(SUMMARY_COLUMNS, summary_rows(report), comments)


def add_sheet(
    book: Workbook, title: str, columns: Sequence[Column], rows: Iterable[dict[str, Any]],
    *, total_last: bool = False,
) -> Worksheet:  # fmt: skip
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    sheet = book.create_sheet(title)
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)
    header = []
    for column in columns:
        cell = WriteOnlyCell(sheet, value=column.heading)
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    materialised = list(rows)
    for number, row in enumerate(materialised, start=1):
        cells = []
        for column in columns:
            cell = WriteOnlyCell(sheet, value=_typed(column, row))
            if column.kind == "money":
                cell.number_format = MONEY_FORMAT
            elif column.kind == "rate":
                cell.number_format = RATE_FORMAT
            elif column.kind == "date":
                cell.number_format = DATE_FORMAT
            if total_last and number == len(materialised):
                cell.font = bold
            cells.append(cell)
        sheet.append(cells)
    return sheet


def summary_xlsx(report: dict[str, Any], cases: Iterable[dict[str, Any]]) -> bytes:
    """汇报 sheet (groups and total), 指标说明 (definitions) and 案件清单 (the cases)."""
    book = new_workbook()
    add_sheet(book, "汇总", SUMMARY_COLUMNS, summary_rows(report), total_last=True)
    definitions = book.create_sheet("指标说明")
    definitions.append(["指标", "代码", "说明", "Definition"])
    for figure in FIGURES:
        definitions.append([figure.heading, figure.key, figure.zh, figure.en])
    definitions.append([])
    definitions.append([period_heading(report)])
    definitions.append([RATES_NOTE])
    add_sheet(book, "案件清单", CASE_COLUMNS, cases)
    return workbook_bytes(book)


def cases_csv(cases: Iterable[dict[str, Any]]) -> Iterator[bytes]:
    """The case list as CSV, written as the cases are read (see ``csv_chunks``)."""
    return csv_chunks(CASE_COLUMNS, cases)


def cases_xlsx(cases: Iterable[dict[str, Any]]) -> bytes:
    book = new_workbook()
    add_sheet(book, "案件清单", CASE_COLUMNS, cases)
    return workbook_bytes(book)


def new_workbook() -> Workbook:
    """A write-only workbook, which writes each row as it is added."""
    from openpyxl import Workbook

    return Workbook(write_only=True)


def workbook_bytes(book: Workbook) -> bytes:
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def download(content: bytes | Iterable[bytes], *, stem: str, extension: str) -> Response:
    """A file response that browsers save as ``stem.extension``; an iterable is streamed."""
    response = Response(content, content_type=CSV_TYPE if extension == "csv" else XLSX_TYPE)
    response.headers["Content-Disposition"] = f'attachment; filename="{stem}.{extension}"'
    return response


def case_list_download(cases: Iterable[dict[str, Any]], *, form: str, work: Session) -> Response:
    """The case list as ``cases.csv`` or ``cases.xlsx``: the API's export and the console's.

    The CSV streams from ``work`` as the client takes it, after the request has
    committed the reads the export recorded, and closes ``work`` when done; SQLite
    reads every row first, as a transaction left open there would hold its write lock.
    """
    if form == "xlsx":
        return download(cases_xlsx(cases), stem="cases", extension="xlsx")
    if work.get_bind().dialect.name == "sqlite":
        cases = iter(list(cases))
    chunks = stream_with_context(_closing(cases_csv(cases), work))
    return download(chunks, stem="cases", extension="csv")


def _closing(chunks: Iterator[bytes], work: Session) -> Iterator[bytes]:
    """``chunks``, then the reading transaction they ran in closed, however they ended."""
    try:
        yield from chunks
    finally:
        work.close()


def report_download(
    report: dict[str, Any], *, form: str, stem: str, cases: Callable[[], Iterable[dict[str, Any]]]
) -> Response:
    """A summary or a kept report: CSV has the figures, Excel the figures and their cases."""
    if form == "csv":
        return download(summary_csv(report), stem=stem, extension="csv")
    return download(summary_xlsx(report, cases()), stem=stem, extension="xlsx")
