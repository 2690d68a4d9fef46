"""The bank's transfer list 代发明细 read row by row, and result files written for people to open.

A transfer list is what the bank hands back after paying an aid campaign: one
row per payment with the payee's ID number, the amount and the bank's reference.
Offices send it as the bank exported it or as Excel saved it (XLSX, or CSV in
GB18030 on Chinese Windows), often with a title line or two above the header.
"""

from __future__ import annotations

import codecs
import csv
import io
import math
import re
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from functools import cache
from itertools import islice
from typing import Any

from service.domain_errors import Invalid
from service.fields import UNWRITABLE, today, writable_problem
from service.i18n import N_
from service.identity import normalise_id_number
from service.reports.files import (
    Column,
    add_sheet,
    new_workbook,
    spreadsheet_safe,
    to_csv,
    workbook_bytes,
)
from workflows.data import half_width, parse_money
from workflows.messages import Text

MAX_ROWS = 100_000
MAX_BYTES = 20 * 1024 * 1024
# What an XLSX may unpack to: a zip of a few MB can hold gigabytes of XML.
MAX_UNPACKED_BYTES = 400 * 1024 * 1024
# Banks put a title, the payer's account and the date above the header.
HEADER_SEARCH_ROWS = 10
MAX_AMOUNT = Decimal("1000000")
DELIMITERS = (",", "\t", ";")
# A payout's transfer reference is kept in 100 characters.
MAX_REFERENCE = 100
# What a cell holds when its formula failed (data_only reads the value Excel saved).
EXCEL_ERRORS = frozenset(
    ("#N/A", "#VALUE!", "#REF!", "#DIV/0!", "#NUM!", "#NAME?", "#NULL!", "#SPILL!", "#CALC!")
)

ID_NUMBER, AMOUNT, REFERENCE = "id_number", "amount", "reference"
NEEDED = (ID_NUMBER, AMOUNT, REFERENCE)
# Headings as banks and offices write them, compared after ``_heading_key``.
HEADINGS: dict[str, tuple[str, ...]] = {
    ID_NUMBER: (
        "身份证号", "身份证号码", "证件号码", "证件号", "收款人证件号", "收款人证件号码",
        "id_number", "id number", "idnumber", "id",
    ),
    AMOUNT: ("金额", "交易金额", "转账金额", "发放金额", "实发金额", "amount"),
    REFERENCE: (
        "流水号", "交易流水号", "凭证号", "业务参考号", "参考号", "reference", "ref",
    ),
}  # fmt: skip
_GENERIC_HEADINGS = frozenset(("id", "ref"))
COLUMN_NAMES = {
    ID_NUMBER: N_("ID number (身份证号)"),
    AMOUNT: N_("amount (金额)"),
    REFERENCE: N_("reference (流水号)"),
}

_ZIP = b"PK\x03\x04"
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# The stream a password-protected XLSX keeps inside its OLE2 wrapper.
_ENCRYPTED = "EncryptionInfo".encode("utf-16-le")
# Bytes no text file has: C0 controls other than tab, line feed, form feed and return
# (a spreadsheet cannot hold them either).
_BINARY = re.compile(b"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_HEADING_NOISE = re.compile(r"[\s_\-:：]|[(（][^)）]*[)）]$")
# How a spreadsheet writes a long number it took for a quantity: 1.10105E+17, 110105....0
_NUMBER_LOOK = re.compile(r"\d+(\.\d*)?[eE][+-]?\d+|\d+\.0*")
# What Excel users put in front of a long number to keep it text: ="110...", '110...
_TEXT_WRAPPER = re.compile(r'^="(.*)"$|^\'(.*)$')
_CURRENCY = re.compile(r"^(人民币|rmb|cny)", re.IGNORECASE)


class TransferFileRefused(Invalid):
    """The whole file cannot be read as a transfer list; nothing of it was taken."""

    code = "transfer_file_refused"

    def __init__(self, message: str) -> None:
        super().__init__(message, fields={"file": [message]})


@dataclass(frozen=True)
class TransferRow:
    """One payment on the bank's list, checked."""

    line: int  # the row number a person sees in Excel (a header on top is line 1)
    id_number: str
    amount: Decimal
    reference: str


@dataclass(frozen=True)
class RowProblem:
    """A row of the list that could not be read, with its cells as written and why."""

    line: int
    values: dict[str, str]
    reason: str


Cell = str | int | float | Decimal | datetime | date | time | bool | None


def read_transfer_file(data: bytes, filename: str) -> tuple[list[TransferRow], list[RowProblem]]:
    """The rows of a CSV or XLSX transfer list and the rows that could not be read.

    Raises ``TransferFileRefused`` when the file as a whole is not a transfer list.
    """
    if len(data) > MAX_BYTES:
        raise TransferFileRefused(
            N_(
                "the file is larger than {limit} MB; split the list into smaller files",
                limit=MAX_BYTES // (1024 * 1024),
            )
        )
    if not data.strip():
        raise TransferFileRefused(N_("the file is empty"))
    if data.startswith(_ZIP):
        return _read_rows(_xlsx_rows(data, filename))
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        # Excel's "Unicode text": tab-separated UTF-16.
        return _read_csv(_decoded(data, filename, "utf-16"), filename)
    if data.startswith(_OLE2) and _ENCRYPTED in data:
        raise TransferFileRefused(
            N_(
                "{name} is protected by a password: open it in Excel, remove the password,"
                " save it as CSV or XLSX and upload it again",
                name=filename,
            )
        )
    if data.startswith((_OLE2, b"%PDF")) or _BINARY.search(data):
        raise _not_a_list(filename)
    return _read_csv(_decoded(data, filename), filename)


def _not_a_list(filename: str) -> TransferFileRefused:
    return TransferFileRefused(
        N_(
            "{name} is not a CSV or XLSX file: open it in Excel, save it as CSV or XLSX"
            " (Excel workbook) and upload it again",
            name=filename,
        )
    )


def _decoded(data: bytes, filename: str, *encodings: str) -> str:
    """A CSV's text: UTF-8 (BOM or none), else GB18030 as Excel on Chinese Windows saves it."""
    for encoding in encodings or ("utf-8-sig", "gb18030"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        # A NUL in text is a binary file's, and no database stores it.
        if "\x00" not in text:
            return text
    raise _not_a_list(filename)


def _xlsx_rows(data: bytes, filename: str) -> Iterator[tuple[Cell, ...]]:
    """The first sheet's rows from row 1, empty ones included, so positions are row numbers."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(member.file_size for member in archive.infolist())
        if unpacked > MAX_UNPACKED_BYTES:
            raise TransferFileRefused(
                N_(
                    "the workbook unpacks to more than {limit} MB; split the list",
                    limit=MAX_UNPACKED_BYTES // (1024 * 1024),
                )
            )
        from openpyxl import load_workbook  # 5 MB, only where a workbook is read

        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except TransferFileRefused:
        raise
    except Exception:  # openpyxl raises whatever its zip and XML readers meet
        raise _not_a_list(filename) from None
    try:
        try:
            # The first sheet of rows: ``worksheets`` leaves out charts that come before it.
            sheet = book.worksheets[0]
            # A workbook's stated size is written by whatever made it; read every row.
            sheet.reset_dimensions()  # type: ignore[union-attr]
            rows = sheet.iter_rows(values_only=True)
        except IndexError:
            raise _not_a_list(filename) from None
        while True:
            try:
                row = next(rows)
            except StopIteration:
                return
            except Exception:
                raise _not_a_list(filename) from None
            yield row
    finally:
        book.close()


def _read_csv(text: str, filename: str) -> tuple[list[TransferRow], list[RowProblem]]:
    """The rows of a CSV, split on the delimiter whose lines hold a recognisable header."""
    lines = islice(io.StringIO(text, newline=""), HEADER_SEARCH_ROWS * 2)
    top = [line for line in lines if line.strip()][:HEADER_SEARCH_ROWS]
    scores = []
    for delimiter in DELIMITERS:
        try:
            head = list(csv.reader(top, delimiter=delimiter))
        except csv.Error:  # told again, with its line, when the rows are read
            head = []
        best = max((len(_recognised(row)) for row in head), default=0)
        widest = max((len(row) for row in head), default=0)
        scores.append((best, widest, delimiter))
    _, _, delimiter = max(scores, key=lambda score: (score[0], score[1]))
    return _read_rows(_csv_rows(text, delimiter, filename))


def _csv_rows(text: str, delimiter: str, filename: str) -> Iterator[list[str]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        yield from reader
    except csv.Error:  # a cell of over 128 KB, as an unclosed quote makes
        raise TransferFileRefused(
            N_(
                "{name} could not be read as CSV near line {line}: check the quotes there",
                name=filename,
                line=reader.line_num,
            )
        ) from None


def _heading_key(heading: Cell) -> str:
    """A heading without case, spaces, underscores or a unit in brackets: 金额（元）→ 金额."""
    return _HEADING_NOISE.sub("", half_width(_text(heading))).lower()


@cache
def _heading_of() -> dict[str, str]:
    """Each known heading, compared as ``_heading_key`` does, and the column it names."""
    return {_heading_key(name): column for column, names in HEADINGS.items() for name in names}


def column_of(heading: str) -> str | None:
    """The needed column (``id_number``, ``amount``, ``reference``) a heading names, if any."""
    return _heading_of().get(_heading_key(heading))


def _recognised(row: Sequence[Cell]) -> dict[str, list[int]]:
    """The needed columns a row names, each with the positions that name it."""
    found: dict[str, list[int]] = {}
    generic: dict[str, list[int]] = {}
    for position, heading in enumerate(row):
        key = _heading_key(heading)
        column = _heading_of().get(key)
        if column is not None:
            (generic if key in _GENERIC_HEADINGS else found).setdefault(column, []).append(position)
    # A bare "ID" or "Ref" beside 身份证号 or 流水号 is a row's own number, not the payee's.
    return {column: found.get(column) or generic[column] for column in found | generic}


def _read_rows(rows: Iterable[Sequence[Cell]]) -> tuple[list[TransferRow], list[RowProblem]]:
    """Find the header among the first rows that are not blank, then read every row below it."""
    numbered = enumerate(rows, start=1)
    best: tuple[Sequence[Cell], dict[str, list[int]]] = ((), {})
    looked = 0
    for _, row in numbered:
        if _blank(row):
            continue
        recognised = _recognised(row)
        if len(recognised) > len(best[1]):
            best = (row, recognised)
        looked += 1
        if len(recognised) == len(NEEDED) or looked == HEADER_SEARCH_ROWS:
            break
    header, found = best
    _check_header(header, found)
    positions = {column: places[0] for column, places in found.items()}
    headings = _headings(header)
    transfers: list[TransferRow] = []
    problems: list[RowProblem] = []
    counted = 0
    for line, row in numbered:
        if _blank(row):
            continue
        counted += 1
        if counted > MAX_ROWS:
            raise TransferFileRefused(
                N_(
                    "the list has more than {limit} rows; split it into smaller files",
                    limit=f"{MAX_ROWS:,}",
                )
            )
        read = _read_one(line, row, positions)
        if isinstance(read, TransferRow):
            transfers.append(read)
        else:
            problems.append(RowProblem(line, _values(row, headings), read))
    return transfers, problems


def _check_header(header: Sequence[Cell], found: dict[str, list[int]]) -> None:
    """Refuse a list whose header misses a needed column or names one twice."""
    if not found:
        raise TransferFileRefused(
            N_(
                "no header found in the first {count} lines: the list needs columns headed"
                " 身份证号 (ID number), 金额 (amount) and 流水号 (reference)",
                count=HEADER_SEARCH_ROWS,
            )
        )
    missing = [COLUMN_NAMES[column] for column in NEEDED if column not in found]
    if missing:
        raise TransferFileRefused(
            N_(
                "the list has no column for {missing}; the header has: {headings}",
                missing=_listed(missing),
                headings=", ".join(_text(cell) for cell in header if _text(cell)),
            )
        )
    for column, places in found.items():
        if len(places) > 1:
            raise TransferFileRefused(
                N_(
                    "more than one column could be the {column}: {headings}; keep one of them",
                    column=COLUMN_NAMES[column],
                    headings=", ".join(_text(header[place]) for place in places),
                )
            )


def _headings(header: Sequence[Cell]) -> list[str]:
    """The header's headings, each unique: an empty or repeated one gets its column number."""
    headings: list[str] = []
    for number, cell in enumerate(header, start=1):
        heading = _text(cell)
        headings.append(heading if heading and heading not in headings else f"#{number}")
    return headings


def _values(row: Sequence[Cell], headings: list[str]) -> dict[str, str]:
    values = {}
    for number, cell in enumerate(row, start=1):
        heading = headings[number - 1] if number <= len(headings) else f"#{number}"
        if number <= len(headings) or _text(cell):
            values[heading] = _text(cell)
    return values


def _read_one(line: int, row: Sequence[Cell], positions: dict[str, int]) -> TransferRow | str:
    """The row as a transfer, or why it is not one."""

    def cell(column: str) -> Cell:
        position = positions[column]
        return row[position] if position < len(row) else None

    reasons: list[Text] = []
    read: dict[str, Any] = {}
    for column, reader in ((ID_NUMBER, _id_number), (AMOUNT, _amount), (REFERENCE, _reference)):
        value = cell(column)
        if isinstance(value, str) and value.strip() in EXCEL_ERRORS:
            reasons.append(
                N_(
                    "the {column} cell shows Excel's error {error}: put the value itself there",
                    column=COLUMN_NAMES[column],
                    error=value.strip(),
                )
            )
        else:
            read[column] = reader(value, reasons)
    if reasons:
        return _joined(reasons)
    return TransferRow(line=line, **read)


def _listed(names: list[Text]) -> Text:
    """Names one after another, each still translatable: A, B, C (A、B、C)."""
    listed = names[-1]
    for name in reversed(names[:-1]):
        listed = N_("{first}, {then}", first=name, then=listed)
    return listed


def _joined(reasons: list[Text]) -> Text:
    """The reasons as one message, each still translatable."""
    message = reasons[-1]
    for reason in reversed(reasons[:-1]):
        message = N_("{first}; {then}", first=reason, then=message)
    return message


def _id_number(value: Cell, reasons: list[Text]) -> str | None:
    if isinstance(value, int | float | Decimal) and not isinstance(value, bool):
        reasons.append(_id_as_number())
        return None
    written = _unwrapped(half_width(_text(value)))
    if not written:
        reasons.append(N_("the ID number is missing"))
        return None
    if _NUMBER_LOOK.fullmatch(written):
        reasons.append(_id_as_number())
        return None
    try:
        return normalise_id_number(written, today=today())
    except ValueError as error:
        if written.isdigit() and written.endswith("000"):
            # Excel keeps 15 digits of a number and writes zeros for the rest.
            reasons.append(_id_as_number())
        else:
            reasons.append(N_("the ID number is not valid: {problem}", problem=error.args[0]))
        return None


def _id_as_number() -> Text:
    return N_(
        "the ID number was stored as a number, which loses its last digits: format the"
        " ID number column as text in Excel and copy the numbers in again"
    )


def _amount(value: Cell, reasons: list[Text]) -> Decimal | None:
    shown = _text(value)
    if isinstance(value, bool | datetime | date | time) or (
        isinstance(value, float) and not math.isfinite(value)
    ):
        reasons.append(N_("the amount {amount} is not an amount in yuan", amount=shown))
        return None
    if isinstance(value, int | float):
        # A float's shortest text is what the sheet shows; more than 分 is not guessed away.
        written: str | Decimal = Decimal(str(value))
        negative = value < 0
    else:
        written = _CURRENCY.sub("", half_width(shown)).strip()
        if not written:
            reasons.append(N_("the amount is missing"))
            return None
        negative = written.startswith(("-", "("))  # (100) is how accounts write -100
    if negative:
        reasons.append(N_("the amount {amount} is not more than zero", amount=shown))
        return None
    try:
        amount = parse_money(written)
    except ValueError as error:
        reasons.append(N_("amount {amount}: {problem}", amount=shown, problem=error.args[0]))
        return None
    if amount == 0:
        reasons.append(N_("the amount {amount} is not more than zero", amount=shown))
    elif amount > MAX_AMOUNT:
        reasons.append(
            N_(
                "the amount {amount} is more than {limit} yuan, more than any aid payment",
                amount=shown,
                limit=f"{MAX_AMOUNT:,}",
            )
        )
    else:
        return amount
    return None


def _reference(value: Cell, reasons: list[Text]) -> str | None:
    if isinstance(value, str) and (problem := writable_problem(value)):
        reasons.append(N_("the reference {problem}", problem=problem))
        return None
    if isinstance(value, float) and not value.is_integer():
        value = str(value)
    if isinstance(value, int | float) and not isinstance(value, bool):
        if abs(value) >= 10**15:
            # Excel keeps 15 significant digits: a longer reference typed as a number is lost.
            reasons.append(_reference_as_number())
            return None
        value = str(int(value))
    written = _unwrapped(_text(value).strip())
    if not written:
        reasons.append(N_("the reference (流水号) is missing"))
        return None
    if _NUMBER_LOOK.fullmatch(written) and "e" in written.lower():
        reasons.append(_reference_as_number())
        return None
    if len(written) > MAX_REFERENCE:
        reasons.append(N_("the reference is longer than {limit} characters", limit=MAX_REFERENCE))
        return None
    return written


def _reference_as_number() -> Text:
    return N_(
        "the reference was stored as a number, which loses its last digits:"
        " format the reference column as text"
    )


def _unwrapped(text: str) -> str:
    """``text`` without the ="..." or leading apostrophe that keeps a long number as text."""
    wrapped = _TEXT_WRAPPER.match(text)
    if wrapped is None:
        return text
    return (wrapped.group(1) if wrapped.group(1) is not None else wrapped.group(2)).strip()


def _text(value: Cell) -> str:
    """A cell as the text a person sees in it."""
    if value is None:
        return ""
    if isinstance(value, str):
        return UNWRITABLE.sub("\ufffd", value).strip()
    if isinstance(value, datetime) and value.time() == time(0):
        return value.date().isoformat()
    if isinstance(value, date | datetime | time):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer() and abs(value) < 10**15:
        return str(int(value))
    return str(value)


def _blank(row: Sequence[Cell]) -> bool:
    return all(value is None or (isinstance(value, str) and not value.strip()) for value in row)


def write_result_file(
    rows: list[dict[str, object]], columns: list[tuple[str, str]], form: str
) -> bytes:
    """The rows as CSV (UTF-8 with a BOM, for Excel on Chinese Windows) or XLSX.

    ``columns`` are ``(key, heading)`` pairs; amounts (Decimal) are written as
    money and dates as dates, and no text cell can start a formula.
    """
    if form not in ("csv", "xlsx"):
        raise Invalid(N_("the file form must be csv or xlsx"), fields={"form": [N_("csv or xlsx")]})
    sheet_columns = [
        Column(heading, _safe_value(key), _kind(rows, key)) for key, heading in columns
    ]
    if form == "csv":
        return to_csv(sheet_columns, rows)
    book = new_workbook()
    add_sheet(book, "结果", sheet_columns, rows)
    return workbook_bytes(book)


def _safe_value(key: str) -> Any:
    return lambda row: spreadsheet_safe(row.get(key))


def _kind(rows: list[dict[str, object]], key: str) -> str:
    """How the reports write a column: money if all amounts, dates if all days, else text."""
    values = [row.get(key) for row in rows if row.get(key) is not None]
    if values and all(isinstance(value, Decimal) for value in values):
        return "money"
    if values and all(type(value) is date for value in values):
        return "date"
    return "text"
