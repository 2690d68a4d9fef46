"""Identity codes and phone numbers as the intake desk meets them."""

from __future__ import annotations

from datetime import date

import pytest
from stdnum.cn import ric

from service.identity import (
    mask_id_number,
    mask_phone,
    normalise_credit_code,
    normalise_id_number,
    normalise_phone,
)

TODAY = date(2026, 11, 22)


def with_check_digit(stem: str) -> str:
    return stem + ric.calc_check_digit(stem + "0")


@pytest.mark.parametrize(
    ("raw", "stored"),
    [
        ("11010519491231002X", "11010519491231002X"),
        ("11010519491231002x", "11010519491231002X"),
        (" 110105 19491231 002X ", "11010519491231002X"),
        (with_check_digit("42010219900101123"), with_check_digit("42010219900101123")),
        (with_check_digit("44030519900101123"), with_check_digit("44030519900101123")),
        (with_check_digit("50010319900101123"), with_check_digit("50010319900101123")),
        (with_check_digit("81000019900101123"), with_check_digit("81000019900101123")),
    ],
)
def test_valid_id_numbers(raw: str, stored: str) -> None:
    assert normalise_id_number(raw, today=TODAY) == stored


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ("110105194912310021", "check digit"),
        ("1101051949123100", "18 characters"),
        ("11010519491231002Y", "18 characters"),
        (with_check_digit("99010519900101123"), "province"),
        (with_check_digit("16010519900101123"), "province"),
        (with_check_digit("11010519900230123"), "not a real date"),
        (with_check_digit("11010520990101123"), "not possible"),
        (with_check_digit("11010518800101123"), "not possible"),
    ],
)
def test_invalid_id_numbers(raw: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        normalise_id_number(raw, today=TODAY)


def test_credit_codes() -> None:
    assert normalise_credit_code("91350100m000100y43") == "91350100M000100Y43"
    assert normalise_credit_code("91110000600037341L") == "91110000600037341L"
    for bad in ("91350100M000100Y44", "9135010", "91350100M000100I43"):
        with pytest.raises(ValueError, match="credit code"):
            normalise_credit_code(bad)


@pytest.mark.parametrize(
    ("raw", "stored"),
    [
        ("13800138000", "13800138000"),
        ("+86 138 0013 8000", "13800138000"),
        ("0086-138-0013-8000", "13800138000"),
        ("199-1234-5678", "19912345678"),
        ("010-62345678", "010-62345678"),
        ("0755 23456789", "0755-23456789"),
        ("(027)82345678", "027-82345678"),
        ("021-62345678-801", "021-62345678-801"),
    ],
)
def test_valid_phones(raw: str, stored: str) -> None:
    assert normalise_phone(raw) == stored


@pytest.mark.parametrize("raw", ["12800138000", "1380013800", "138001380001", "12345", "abc"])
def test_invalid_phones(raw: str) -> None:
    with pytest.raises(ValueError, match="mobile"):
        normalise_phone(raw)


def test_masks() -> None:
    assert mask_id_number("11010519491231002X") == "110105********002X"
    assert mask_phone("13800138000") == "138****8000"
    assert mask_phone("010-62345678") == "010-****5678"
