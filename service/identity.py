"""Checks and normalisation of resident ID numbers, credit codes and phone numbers.

Each ``normalise_*`` function returns the stored form or raises ``ValueError``
with a message fit to show at the intake desk.
"""

from __future__ import annotations

import re
from datetime import date

from stdnum.cn import ric, uscc
from stdnum.exceptions import ValidationError

from service.i18n import N_

# GB 11643 province codes (DOMAIN.md). Districts are deliberately not checked:
# python-stdnum's district table is incomplete and turns away real people.
PROVINCE_CODES = frozenset(
    (*range(11, 16), *range(21, 24), *range(31, 38), *range(41, 47), *range(50, 55)),
) | frozenset((*range(61, 66), 71, 81, 82, 83))

_ID_SHAPE = re.compile(r"\d{17}[\dX]")
_MOBILE = re.compile(r"1[3-9]\d{9}")
# Area codes 010 and 020–029 have three digits, every other one four.
_LANDLINE = re.compile(r"(0[12]\d|0[3-9]\d{2})-?([1-9]\d{6,7})(?:-(\d{1,6}))?")


def normalise_id_number(raw: str, *, today: date) -> str:
    """A resident ID number 居民身份证号 in upper case, or ValueError."""
    number = raw.strip().replace(" ", "").upper()
    if not _ID_SHAPE.fullmatch(number):
        raise ValueError(N_("must be 18 characters: 17 digits and a check digit or X"))
    if int(number[:2]) not in PROVINCE_CODES:
        raise ValueError(
            N_(
                "unknown province code {code}: the first two digits are the province, 11 to 83",
                code=number[:2],
            )
        )
    try:
        born = ric.get_birth_date(number)
    except ValidationError:
        raise ValueError(N_("the birth date in the number is not a real date")) from None
    if born > today or born.year < 1900:
        raise ValueError(N_("the birth date in the number is not possible"))
    if ric.calc_check_digit(number) != number[-1]:
        raise ValueError(N_("the check digit does not match; please re-read the ID card"))
    return number


def normalise_credit_code(raw: str) -> str:
    """A unified social credit code 统一社会信用代码 in upper case, or ValueError."""
    code = raw.strip().replace(" ", "").upper()
    try:
        return uscc.validate(code)
    except ValidationError:
        raise ValueError(
            N_("not a valid unified social credit code (18 characters, check character last)")
        ) from None


def normalise_phone(raw: str) -> str:
    """A mainland mobile as 11 digits, or a landline as 区号-号码[-分机], or ValueError."""
    phone = re.sub(r"[\s()（）]", "", raw)
    for prefix in ("+86", "0086"):
        if phone.startswith(prefix):
            phone = phone.removeprefix(prefix)
            break
    mobile = phone.replace("-", "")
    if _MOBILE.fullmatch(mobile):
        return mobile
    landline = _LANDLINE.fullmatch(phone)
    if landline:
        area, local, extension = landline.groups()
        return "-".join(part for part in (area, local, extension) if part)
    raise ValueError(
        N_(
            "not a phone number: send a mainland mobile (11 digits, 13 to 19 first)"
            " or a landline with its area code, such as 027-82345678"
        )
    )


def mask_id_number(number: str) -> str:
    return number[:6] + "*" * 8 + number[-4:]


def mask_phone(phone: str) -> str:
    if _MOBILE.fullmatch(phone):
        return phone[:3] + "****" + phone[-4:]
    area, _, rest = phone.partition("-")
    return f"{area}-****{rest[-4:]}" if rest else "****" + phone[-4:]
