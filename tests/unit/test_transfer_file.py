"""The bank's transfer list as offices send it, and the result files people open in Excel."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from datetime import date, datetime
from decimal import Decimal
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.chart import BarChart
from stdnum.cn import ric

from service.campaigns import transfer_file
from service.campaigns.transfer_file import (
    MAX_ROWS,
    TransferFileRefused,
    TransferRow,
    read_transfer_file,
    write_result_file,
)
from service.domain_errors import Invalid
from service.i18n import translate
from workflows.messages import Text, from_stored, stored


def resident_id(first17: str) -> str:
    return first17 + ric.calc_check_digit(first17 + "0")  # it ignores the last character


ZHANG = "11010519491231002X"
LI = resident_id("42010219800101123")  # 武汉江岸: not in python-stdnum's district table
WANG = resident_id("44030519900202456")  # 深圳南山
HEADER = "户名,身份证号,金额,流水号,备注"
GOOD_LINES = (
    f"张三,{ZHANG},1000.00,R0001,已核对，无误",
    f"李四,{LI},800,R0002,",
    f'王五,{WANG},"1,250.50",R0003,补发',
)
GOOD_ROWS = [
    TransferRow(2, ZHANG, Decimal("1000.00"), "R0001"),
    TransferRow(3, LI, Decimal("800.00"), "R0002"),
    TransferRow(4, WANG, Decimal("1250.50"), "R0003"),
]


def csv_file(*lines: str, encoding: str = "utf-8", delimiter: str = ",") -> bytes:
    text = "\r\n".join(lines) + "\r\n"
    return text.replace(",", delimiter).encode(encoding)


def xlsx_file(rows: list[list[Any]]) -> bytes:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "代发明细"
    for row in rows:
        sheet.append(row)
    book.create_sheet("说明").append(["第二张表不读"])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def refusal(data: bytes, filename: str = "list.csv") -> str:
    with pytest.raises(TransferFileRefused) as refused:
        read_transfer_file(data, filename)
    assert refused.value.code == "transfer_file_refused"
    assert isinstance(refused.value, Invalid)
    assert refused.value.fields == {"file": [refused.value.message]}
    return str(refused.value.message)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk", "gb18030"])
def test_a_csv_reads_in_utf_8_with_or_without_bom_and_in_gbk_as_excel_saves_it(
    encoding: str,
) -> None:
    rows, problems = read_transfer_file(
        csv_file(HEADER, *GOOD_LINES, encoding=encoding), "代发.csv"
    )

    assert rows == GOOD_ROWS
    assert problems == []


def test_a_gbk_file_is_not_misread_as_utf_8() -> None:
    data = csv_file(HEADER, *GOOD_LINES, encoding="gbk")
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")

    rows, _ = read_transfer_file(data, "list.csv")

    assert [row.reference for row in rows] == ["R0001", "R0002", "R0003"]


@pytest.mark.parametrize("delimiter", ["\t", ";"])
def test_tab_and_semicolon_separated_lists_read_like_comma_separated_ones(delimiter: str) -> None:
    lines = (
        HEADER,
        f"张三,{ZHANG},1000.00,R0001,已核对，无误",
        f"李四,{LI},800,R0002,",
        f"王五,{WANG},1250.50,R0003,补发",
    )
    rows, problems = read_transfer_file(csv_file(*lines, delimiter=delimiter), "list.txt")

    assert rows == GOOD_ROWS
    assert problems == []


def test_a_full_width_comma_inside_a_cell_does_not_split_it() -> None:
    data = csv_file("身份证号，金额,流水号", f"{ZHANG}，1000,R1")

    message = refusal(data)

    assert "amount" in message


def test_title_lines_above_the_header_and_blank_lines_keep_the_line_numbers_people_see() -> None:
    data = csv_file(
        "XX银行代发明细",
        "付款账号：6222 0000 1111,,,",
        "",
        HEADER,
        GOOD_LINES[0],
        "",
        ",,,,",
        f"李四,{LI},0,R0002,",
        ",,,,",
        "",
    )

    rows, problems = read_transfer_file(data, "list.csv")

    assert rows == [TransferRow(5, ZHANG, Decimal("1000.00"), "R0001")]
    assert [(p.line, p.values["户名"]) for p in problems] == [(8, "李四")]


def test_headings_are_recognised_in_english_and_in_other_banks_words() -> None:
    data = csv_file(
        "Name , ID Number,AMOUNT (CNY), Ref ",
        f"Zhang San,{ZHANG.lower()},12.5,A-1",
    )
    rows, _ = read_transfer_file(data, "list.csv")
    assert rows == [TransferRow(2, ZHANG, Decimal("12.50"), "A-1")]

    data = csv_file("姓名,收款人证件号,实发金额（元）,交易流水号", f"张三,{ZHANG},¥99,T9")
    rows, _ = read_transfer_file(data, "list.csv")
    assert rows == [TransferRow(2, ZHANG, Decimal("99.00"), "T9")]


def test_a_row_keeps_every_cell_by_its_heading() -> None:
    data = csv_file(HEADER, f"张三,{ZHANG},abc,R0001,已核对，无误,多出一格")

    _, [problem] = read_transfer_file(data, "list.csv")

    assert problem.values == {
        "户名": "张三",
        "身份证号": ZHANG,
        "金额": "abc",
        "流水号": "R0001",
        "备注": "已核对，无误",
        "#6": "多出一格",
    }


@pytest.mark.parametrize(
    ("written", "amount"),
    [
        ("1,000.00", "1000.00"),
        ("¥1000", "1000.00"),
        ("￥1000", "1000.00"),
        ("1000元", "1000.00"),
        ("１０００", "1000.00"),
        ("１，０００．５", "1000.50"),
        ("人民币 300", "300.00"),
        (" 0.01 ", "0.01"),
        ("1000000", "1000000.00"),
    ],
)
def test_amounts_as_banks_and_people_write_them(written: str, amount: str) -> None:
    data = csv_file("身份证号,金额,流水号", f'{ZHANG},"{written}",R1')

    rows, problems = read_transfer_file(data, "list.csv")

    assert problems == []
    assert rows[0].amount == Decimal(amount)
    assert str(rows[0].amount) == amount


@pytest.mark.parametrize(
    ("id_number", "amount", "reference", "reason"),
    [
        ("", "100", "R1", "the ID number is missing"),
        ("11010519491231002", "100", "R1", "must be 18 characters"),
        ("110105194912310021", "100", "R1", "the check digit does not match"),
        ("990105194912310025", "100", "R1", "unknown province code 99"),
        ("110105194913310025", "100", "R1", "not a real date"),
        ("1.10105E+17", "100", "R1", "stored as a number"),
        ("110105194912310000.0", "100", "R1", "stored as a number"),
        ("110105194912310000", "100", "R1", "stored as a number"),
        (ZHANG, "", "R1", "the amount is missing"),
        (ZHANG, "abc", "R1", "amount abc: must be an amount in yuan"),
        (ZHANG, "0", "R1", "not more than zero"),
        (ZHANG, "0.00", "R1", "not more than zero"),
        (ZHANG, "-100", "R1", "not more than zero"),
        (ZHANG, "(100)", "R1", "not more than zero"),
        (ZHANG, "NaN", "R1", "must be a finite amount"),
        (ZHANG, "1e3", "R1", "must be an amount in yuan"),
        (ZHANG, "100.005", "R1", "at most two decimal places"),
        (ZHANG, "1000000.01", "R1", "more than 1,000,000 yuan"),
        (ZHANG, "1,00", "R1", "must be an amount in yuan"),
        (ZHANG, "100", "", "the reference (流水号) is missing"),
        (ZHANG, "100", "   ", "the reference (流水号) is missing"),
        (ZHANG, "100", "2.02612E+13", "the reference was stored as a number"),
    ],
)
def test_a_bad_cell_makes_the_row_a_problem_with_its_line_and_reason(
    id_number: str, amount: str, reference: str, reason: str
) -> None:
    data = csv_file(
        "姓名,身份证号,金额,流水号", f"甲,{ZHANG},1,R0", f'乙,{id_number},"{amount}",{reference}'
    )

    rows, problems = read_transfer_file(data, "list.csv")

    assert [row.line for row in rows] == [2]
    assert [problem.line for problem in problems] == [3]
    assert reason in problems[0].reason
    assert problems[0].values["姓名"] == "乙"


def test_every_problem_of_a_row_is_told_and_each_reads_in_chinese() -> None:
    data = csv_file("身份证号,金额,流水号", "1.10105E+17,-5,")

    _, [problem] = read_transfer_file(data, "list.csv")

    assert translate(problem.reason) == (
        "身份证号被存成了数字，末几位已丢失：请在 Excel 中把身份证号列设为“文本”格式，再重新填入号码；"
        "金额“-5”须大于零；缺少流水号"
    )
    assert "stored as a number" in translate(problem.reason, "en")
    assert isinstance(problem.reason, Text)
    kept = json.loads(json.dumps(stored(problem.reason)))
    assert translate(from_stored(kept)) == translate(problem.reason)


@pytest.mark.parametrize("wrapped", [f'="{ZHANG}"', f"'{ZHANG}", f"\t{ZHANG}", ZHANG.lower()])
def test_an_id_number_kept_as_text_by_excel_tricks_is_read(wrapped: str) -> None:
    data = csv_file("身份证号,金额,流水号", f"{wrapped},5,R1")

    rows, problems = read_transfer_file(data, "list.csv")

    assert problems == []
    assert rows[0].id_number == ZHANG


def test_an_xlsx_list_reads_its_first_sheet_with_the_cells_as_excel_typed_them() -> None:
    data = xlsx_file(
        [
            ["中国XX银行批量代发明细"],
            [],
            ["户名", "身份证号", "交易金额", "流水号", "备注"],
            ["张三", ZHANG, 1000.5, 20261204000001, None],
            ["李四", LI, 800, "R0002", "补发"],
            [],
            ["王五", 110105194912310025, 100, "R0003", None],
            ["赵六", WANG, 100.005, "R0004", None],
            ["钱七", WANG, 50, 1.5, None],
            [None, None, None, None, None],
        ]
    )

    rows, problems = read_transfer_file(data, "代发明细.xlsx")

    assert rows == [
        TransferRow(4, ZHANG, Decimal("1000.50"), "20261204000001"),
        TransferRow(5, LI, Decimal("800.00"), "R0002"),
        TransferRow(9, WANG, Decimal("50.00"), "1.5"),
    ]
    assert [(p.line, p.values["户名"]) for p in problems] == [(7, "王五"), (8, "赵六")]
    assert "stored as a number" in problems[0].reason
    assert problems[0].values["身份证号"].startswith("1.10105")  # as Excel shows it: 1.10105E+17
    assert "at most two decimal places" in problems[1].reason


def test_an_xlsx_with_a_date_or_a_long_number_as_reference_makes_problems() -> None:
    data = xlsx_file(
        [
            ["身份证号", "金额", "流水号"],
            [ZHANG, date(2026, 12, 4), "R1"],
            [ZHANG, 100, 2026120400000123456],
            [ZHANG, True, "R3"],
        ]
    )

    rows, problems = read_transfer_file(data, "list.xlsx")

    assert rows == []
    assert [p.line for p in problems] == [2, 3, 4]
    assert "not an amount in yuan" in problems[0].reason
    assert problems[0].values["金额"] == "2026-12-04"
    assert "reference was stored as a number" in problems[1].reason
    assert "not an amount in yuan" in problems[2].reason


def test_the_form_is_told_by_the_content_not_the_name() -> None:
    as_csv = csv_file(HEADER, *GOOD_LINES)
    as_xlsx = xlsx_file([HEADER.split(","), ["张三", ZHANG, "1000.00", "R0001", "已核对，无误"]])

    assert read_transfer_file(as_csv, "list.xlsx")[0] == GOOD_ROWS
    assert read_transfer_file(as_xlsx, "list.csv")[0] == GOOD_ROWS[:1]


def test_a_missing_column_is_named_with_the_columns_found() -> None:
    data = csv_file("XX银行代发明细", "户名,身份证号,金额,备注", f"张三,{ZHANG},100,")

    message = refusal(data)

    assert message == (
        "the list has no column for reference (流水号); the header has: 户名, 身份证号, 金额, 备注"
    )


def test_two_missing_columns_read_in_chinese() -> None:
    with pytest.raises(TransferFileRefused) as refused:
        read_transfer_file(csv_file("户名,金额", "张三,100"), "list.csv")

    assert translate(refused.value.message) == "清单缺少“身份证号、流水号”列；表头现有：户名, 金额"


def test_a_list_with_two_amount_columns_is_refused_rather_than_guessed() -> None:
    data = csv_file("身份证号,交易金额,实发金额,流水号", f"{ZHANG},100,90,R1")

    assert "more than one column could be the amount (金额): 交易金额, 实发金额" in refusal(data)


def test_a_header_below_the_first_ten_lines_is_not_looked_for() -> None:
    titles = [f"说明第{n}行" for n in range(10)]

    assert "no header found in the first 10 lines" in refusal(
        csv_file(*titles, HEADER, GOOD_LINES[0])
    )
    rows, _ = read_transfer_file(csv_file(*titles[:9], HEADER, GOOD_LINES[0]), "list.csv")
    assert rows == [TransferRow(11, ZHANG, Decimal("1000.00"), "R0001")]


def not_xlsx_zip() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("readme.txt", "not a workbook")
    return out.getvalue()


@pytest.mark.parametrize(
    ("data", "filename", "message"),
    [
        (b"", "list.csv", "the file is empty"),
        (b"  \r\n\r\n", "list.csv", "the file is empty"),
        (
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600),
            "list.xls",
            "list.xls is not a CSV or XLSX file",
        ),
        (
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600) + "EncryptionInfo".encode("utf-16-le"),
            "代发.xlsx",
            "代发.xlsx is protected by a password",
        ),
        (
            b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nstream\n\x00\x01\x02",
            "list.pdf",
            "save it as CSV or XLSX",
        ),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "list.csv", "is not a CSV or XLSX file"),
        (b"\x80\x81 not text in any encoding \xff", "list.csv", "is not a CSV or XLSX file"),
        (not_xlsx_zip(), "list.xlsx", "is not a CSV or XLSX file"),
        (b"PK\x03\x04 broken zip", "list.xlsx", "is not a CSV or XLSX file"),
        (b"name,phone\nzhang,13800000000\n", "list.csv", "no header found"),
    ],
)
def test_a_file_that_is_not_a_transfer_list_is_refused(
    data: bytes, filename: str, message: str
) -> None:
    assert message in refusal(data, filename)


def test_a_refusal_reads_in_chinese() -> None:
    with pytest.raises(TransferFileRefused) as refused:
        read_transfer_file(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "旧表.xls")

    assert translate(refused.value.message) == (
        "旧表.xls 不是 CSV 或 XLSX 文件：请用 Excel 打开，另存为 CSV 或 XLSX（Excel 工作簿）后重新上传"
    )


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(transfer_file, "MAX_BYTES", 100)

    assert "larger than" in refusal(csv_file(HEADER, *GOOD_LINES))


def big_list(count: int) -> bytes:
    lines = [f"{ZHANG},{n % 900 + 1}.50,R{n:06d}" for n in range(count)]
    return csv_file("身份证号,金额,流水号", *lines, "", ",,")


def test_exactly_the_most_rows_are_read_and_one_more_is_refused() -> None:
    rows, problems = read_transfer_file(big_list(MAX_ROWS), "list.csv")

    assert len(rows) == MAX_ROWS
    assert problems == []
    assert rows[-1] == TransferRow(MAX_ROWS + 1, ZHANG, Decimal("100.50"), "R099999")

    assert "more than 100,000 rows" in refusal(big_list(MAX_ROWS + 1))


def test_an_xlsx_over_the_row_limit_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(transfer_file, "MAX_ROWS", 3)
    rows = [["身份证号", "金额", "流水号"], *([ZHANG, 5, f"R{n}"] for n in range(4))]

    assert "more than 3 rows" in refusal(xlsx_file(rows), "list.xlsx")
    assert len(read_transfer_file(xlsx_file(rows[:4]), "list.xlsx")[0]) == 3


RESULT_COLUMNS = [("line", "行号"), ("name", "户名"), ("amount", "金额（元）"), ("note", "结果")]
RESULT_ROWS: list[dict[str, object]] = [
    {"line": 2, "name": "张三", "amount": Decimal("1000.50"), "note": "已匹配"},
    {"line": 3, "name": '=HYPERLINK("http://x")', "amount": Decimal("5.00"), "note": "+1"},
    {"line": 4, "name": "@SUM(A1)", "amount": None, "note": "-2"},
]


def test_a_csv_result_opens_in_excel_and_runs_no_formula() -> None:
    data = write_result_file(RESULT_ROWS, RESULT_COLUMNS, "csv")

    assert data.startswith(b"\xef\xbb\xbf")
    table = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert table == [
        ["行号", "户名", "金额（元）", "结果"],
        ["2", "张三", "1000.50", "已匹配"],
        ["3", '\'=HYPERLINK("http://x")', "5.00", "'+1"],
        ["4", "'@SUM(A1)", "", "'-2"],
    ]


def test_an_xlsx_result_reads_back_with_amounts_as_money_and_no_formula() -> None:
    data = write_result_file(RESULT_ROWS, RESULT_COLUMNS, "xlsx")

    sheet = load_workbook(io.BytesIO(data)).worksheets[0]
    assert [[cell.value for cell in row] for row in sheet.iter_rows()] == [
        ["行号", "户名", "金额（元）", "结果"],
        [2, "张三", 1000.5, "已匹配"],
        [3, '\'=HYPERLINK("http://x")', 5, "'+1"],
        [4, "'@SUM(A1)", None, "'-2"],
    ]
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)
    assert sheet["C2"].number_format == "#,##0.00"


def test_a_result_file_read_back_as_a_transfer_list_gives_the_same_rows() -> None:
    rows = [{"id": r.id_number, "amount": r.amount, "ref": r.reference} for r in GOOD_ROWS]
    columns = [("id", "身份证号"), ("amount", "金额"), ("ref", "流水号")]

    for form in ("csv", "xlsx"):
        data = write_result_file(rows, columns, form)
        assert read_transfer_file(data, f"result.{form}") == (GOOD_ROWS, [])


def test_a_result_file_in_another_form_is_refused() -> None:
    with pytest.raises(Invalid):
        write_result_file(RESULT_ROWS, RESULT_COLUMNS, "pdf")


def test_excel_unicode_text_in_utf_16_reads_too() -> None:
    data = "\r\n".join([HEADER.replace(",", "\t"), f"张三\t{ZHANG}\t1000.00\tR0001\t"]).encode(
        "utf-16"
    )

    assert read_transfer_file(data, "list.txt") == (GOOD_ROWS[:1], [])


def test_a_chart_before_the_sheet_of_rows_is_passed_over() -> None:
    book = Workbook()
    book.remove(book.worksheets[0])
    book.create_chartsheet("图表").add_chart(BarChart())
    sheet = book.create_sheet("明细")
    sheet.append(["身份证号", "金额", "流水号"])
    sheet.append([ZHANG, 100, "R1"])
    out = io.BytesIO()
    book.save(out)

    assert read_transfer_file(out.getvalue(), "list.xlsx") == (
        [TransferRow(2, ZHANG, Decimal("100.00"), "R1")],
        [],
    )


def test_excel_errors_and_impossible_references_make_problems() -> None:
    data = xlsx_file(
        [
            ["身份证号", "金额", "流水号"],
            [ZHANG, "#VALUE!", "R1"],
            ["#N/A", 100, "#REF!"],
            [ZHANG, 100, "R" * 101],
            [ZHANG, -5.5, "R" * 100],
        ]
    )

    rows, problems = read_transfer_file(data, "list.xlsx")

    assert rows == []
    assert [p.reason for p in problems] == [
        "the amount (金额) cell shows Excel's error #VALUE!: put the value itself there",
        "the ID number (身份证号) cell shows Excel's error #N/A: put the value itself there;"
        " the reference (流水号) cell shows Excel's error #REF!: put the value itself there",
        "the reference is longer than 100 characters",
        "the amount -5.5 is not more than zero",
    ]
    assert (
        translate(problems[0].reason) == "“金额”单元格显示 Excel 错误 #VALUE!：请在此填入数值本身"
    )


def test_a_csv_that_breaks_off_in_an_open_quote_is_refused_with_its_line() -> None:
    data = csv_file("身份证号,金额,流水号", f"{ZHANG},100,R1", f'{ZHANG},100,"R2' + "x" * 140_000)

    assert "could not be read as CSV near line 3" in refusal(data)


def test_a_nul_anywhere_in_a_csv_marks_it_binary() -> None:
    data = csv_file("身份证号,金额,流水号", *[f"{ZHANG},100,R{n}" for n in range(20_000)])

    assert "is not a CSV or XLSX file" in refusal(data + b"\x00\x01")


def test_the_separator_hint_excel_writes_on_top_is_passed_over() -> None:
    data = csv_file("sep=;", "身份证号;金额;流水号", f"{ZHANG};1.000,00;R1", f"{ZHANG};100;R2")

    rows, [problem] = read_transfer_file(data, "list.csv")

    assert rows == [TransferRow(4, ZHANG, Decimal("100.00"), "R2")]
    assert (problem.line, problem.values["金额"]) == (3, "1.000,00")


def test_a_result_file_writes_whatever_values_it_is_given() -> None:
    rows: list[dict[str, object]] = [
        {"amount": Decimal("5.00"), "day": date(2026, 12, 4), "note": ["a", "b"]},
        {"amount": "—", "day": date(2026, 12, 5), "note": "bell\x07"},
        {"amount": None, "day": None, "note": None},
    ]
    columns = [("amount", "金额"), ("day", "日期"), ("note", "备注")]

    sheet = load_workbook(io.BytesIO(write_result_file(rows, columns, "xlsx"))).worksheets[0]
    assert [[cell.value for cell in row] for row in sheet.iter_rows(min_row=2)] == [
        [5, datetime(2026, 12, 4), "['a', 'b']"],
        ["—", datetime(2026, 12, 5), "bell\ufffd"],
        [None, None, None],
    ]
    assert sheet["B2"].number_format == 'yyyy"年"m"月"d"日"'
    table = list(
        csv.reader(io.StringIO(write_result_file(rows, columns, "csv").decode("utf-8-sig")))
    )
    assert table[1:] == [
        ["5.00", "2026-12-04", "['a', 'b']"],
        ["—", "2026-12-05", "bell\ufffd"],
        ["", "", ""],
    ]


def test_a_control_character_deep_in_a_csv_marks_it_binary() -> None:
    data = csv_file(
        "身份证号,金额,流水号", *[f"{ZHANG},100,R{n}" for n in range(20_000)], f"{ZHANG},100,R\x01"
    )

    assert "is not a CSV or XLSX file" in refusal(data)


def test_a_bare_id_column_beside_the_id_number_is_taken_for_a_row_number() -> None:
    data = csv_file("ID,身份证号,金额,Ref,流水号", f"1,{ZHANG},100,7,R1")

    assert read_transfer_file(data, "list.csv")[0] == [
        TransferRow(2, ZHANG, Decimal("100.00"), "R1")
    ]
    assert "could be the ID number (身份证号): 证件号码, 身份证号" in refusal(
        csv_file("证件号码,身份证号,金额,流水号")
    )


@pytest.mark.parametrize(
    ("heading", "column"),
    [
        ("身份证号码", "id_number"),
        (" ID Number ", "id_number"),
        ("金额（元）", "amount"),
        ("交易流水号", "reference"),
        ("户名", None),
    ],
)
def test_a_problem_rows_cells_can_be_found_by_the_column_their_heading_names(
    heading: str, column: str | None
) -> None:
    assert transfer_file.column_of(heading) == column
