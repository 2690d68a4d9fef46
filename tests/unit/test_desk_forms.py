"""What a reception desk types, in one stored form; names read as they are spoken (issue 8)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from service.cases.names import reading_of
from service.fields import employer_form, name_form
from service.identity import normalise_credit_code, normalise_id_number, normalise_phone
from workflows.data import half_width, parse_date, parse_money

TODAY = date(2026, 11, 23)


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("　张秀兰　", "张秀兰"),  # ideographic spaces around
        ("张　秀兰", "张秀兰"),  # and inside, where the input method slipped
        ("张 秀 兰", "张秀兰"),
        ("阿依古丽・买买提", "阿依古丽·买买提"),  # katakana middle dot, as Japanese IMEs give
        ("阿依古丽 • 买买提", "阿依古丽·买买提"),
        ("ＬＩ　Ｍｉｎｇ", "LI Ming"),  # full-width letters; a Latin name keeps its space
    ],
)
def test_a_persons_name_has_one_stored_form(typed: str, stored: str) -> None:
    assert name_form(typed) == stored


@pytest.mark.parametrize(
    "typed",
    [
        "某某（北京）有限公司",
        "某某(北京)有限公司",
        " 某某 （北京）有限公司　",
        "某某（北京)有限公司",
    ],
)
def test_an_employers_name_has_one_stored_form(typed: str) -> None:
    assert employer_form(typed) == "某某（北京）有限公司"


@pytest.mark.parametrize(
    ("normalise", "typed", "stored"),
    [
        (lambda v: normalise_id_number(half_width(v), today=TODAY), "１１０１０５１９４９１２３１００２Ｘ", "11010519491231002X"),
        (lambda v: normalise_id_number(half_width(v), today=TODAY), "１１０１０５１９４９１２３１００２ｘ", "11010519491231002X"),
        (lambda v: normalise_phone(half_width(v)), "１３８　００１３　８０００", "13800138000"),
        (lambda v: normalise_phone(half_width(v)), "０２７－８２３４５６７８", "027-82345678"),
        (lambda v: normalise_phone(half_width(v)), "027—82345678", "027-82345678"),
        (lambda v: normalise_credit_code(half_width(v)), "９１３５０１００Ｍ０００１００Ｙ４３", "91350100M000100Y43"),
    ],
)  # fmt: skip
def test_numbers_and_codes_in_full_width_are_read_as_meant(
    normalise: object, typed: str, stored: str
) -> None:
    assert normalise(typed) == stored  # type: ignore[operator]


@pytest.mark.parametrize(
    ("typed", "amount"),
    [("８６００．００", "8600.00"), ("８，６００", "8600.00"), ("¥8,600.00", "8600.00"),
     ("￥８６００", "8600.00"), ("8600元", "8600.00"), (" 86.5 ", "86.50")],
)  # fmt: skip
def test_amounts_as_typed_at_a_desk(typed: str, amount: str) -> None:
    assert parse_money(typed) == Decimal(amount)


@pytest.mark.parametrize("typed", ["8,60.00", "86,00", "8.600,00", "八千六"])
def test_commas_that_are_not_thousands_are_refused(typed: str) -> None:
    with pytest.raises(ValueError, match="amount in yuan"):
        parse_money(typed)


def test_a_date_in_full_width_digits() -> None:
    assert parse_date("２０２６－１１－２０") == date(2026, 11, 20)


@pytest.mark.parametrize(
    ("name", "pinyin", "initials"),
    [
        ("张秀兰", "zhangxiulan", "zxl"),
        ("单丽", "shanli", "sl"),  # 单 dan in 单位, Shan as a surname
        ("仇伟", "qiuwei", "qw"),
        ("解明", "xieming", "xm"),
        ("曾国藩", "zengguofan", "zgf"),
        ("区伟", "ouwei", "ow"),
        ("朴智", "piaozhi", "pz"),
        ("查海", "zhahai", "zh"),
        ("盖聂", "genie", "gn"),
        ("覃丽", "qinli", "ql"),
        ("尉迟恭", "yuchigong", "ycg"),
        ("万俟卨", "moqixie", "mqx"),
        ("缪明", "miaoming", "mm"),
        ("阿依古丽·买买提", "ayigulimaimaiti maimaiti", "ayglmmt mmt"),
    ],
)
def test_names_are_read_as_people_say_them(name: str, pinyin: str, initials: str) -> None:
    assert reading_of(name) == (pinyin, initials)


def test_a_reading_fits_its_columns() -> None:
    pinyin, initials = reading_of("庄" * 64)
    assert len(pinyin) <= 200 and len(initials) <= 64
