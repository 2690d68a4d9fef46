"""Marshmallow fields for the values a union office writes down."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

import marshmallow as ma

from service import identity, openapi
from service.i18n import N_
from workflows.data import EARLIEST_DATE, check_reach, half_width, latest_date, parse_money

LOCAL_TZ = ZoneInfo("Asia/Shanghai")


def today() -> dt.date:
    """Today's date in China."""
    return dt.datetime.now(LOCAL_TZ).date()


# A NUL ends a string in C and PostgreSQL refuses it; half a surrogate pair is no
# character at all and cannot be encoded. Neither is something a person wrote.
UNWRITABLE = re.compile("[\x00\ud800-\udfff]")
# Spaces between Chinese characters are where the input method slipped, not part of a name.
_HAN = "\u3400-\u9fff\uf900-\ufaff"
_SPACE_BESIDE_HAN = re.compile(f"(?<=[{_HAN}]) | (?=[{_HAN}])")
# The separators of a transliterated name (阿依古丽·买买提) as keyboards write them.
_NAME_DOTS = re.compile("[\u00b7\u2022\u2027\u2219\u22c5\u30fb\uff65]")


def writable_problem(text: str) -> str | None:
    """Why ``text`` cannot be stored as written, or None."""
    found = UNWRITABLE.search(text)
    if found is None:
        return None
    if found.group() == "\x00":
        return N_("contains a NUL character (U+0000); send the text without it")
    return N_("contains half of a UTF-16 surrogate pair, which is not a character; send UTF-8 text")


class Text(ma.fields.String):
    """Text as a person wrote it, kept as written; refused if it holds what no one writes."""

    OPENAPI: dict[str, Any] = {"pattern": openapi.TEXT["pattern"]}

    def _deserialize(self, value: Any, attr: Any, data: Any, **kwargs: Any) -> str:
        text = super()._deserialize(value, attr, data, **kwargs)
        if (problem := writable_problem(text)) is not None:
            raise ma.ValidationError(problem)
        return text


class Code(Text):
    """A code, a username or a number the desk types: full-width forms folded, no spaces around."""

    def _deserialize(self, value: Any, attr: Any, data: Any, **kwargs: Any) -> str:
        return half_width(super()._deserialize(value, attr, data, **kwargs))


# Full-width digits and Latin letters → ASCII; the rest (，。（）) stays as written.
_ALPHANUMERICS = str.maketrans(
    {
        chr(c): chr(c - 0xFEE0)
        for c in (*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B))
    }
)


def address_form(text: str) -> str:
    """An address with its house numbers in ASCII digits: 和光路１号 → 和光路1号."""
    return " ".join(text.translate(_ALPHANUMERICS).split())


class Address(Text):
    """A postal address 住址, its numbers folded to ASCII, its words as written."""

    def _deserialize(self, value: Any, attr: Any, data: Any, **kwargs: Any) -> str:
        return address_form(super()._deserialize(value, attr, data, **kwargs))


def name_form(text: str) -> str:
    """One stored form of a person's name: full-width folded, spaces collapsed, dots as ·."""
    name = " ".join(half_width(text).split())
    return _NAME_DOTS.sub("\u00b7", _SPACE_BESIDE_HAN.sub("", name)).replace(" \u00b7 ", "\u00b7")


def employer_form(text: str) -> str:
    """One stored form of a company name: 某某(北京)有限公司 is 某某（北京）有限公司."""
    name = " ".join(half_width(text).split())
    return _SPACE_BESIDE_HAN.sub("", name).replace("(", "（").replace(")", "）")


class PersonName(Text):
    """A person's name 姓名, in one stored form whatever the input method typed."""

    OPENAPI: dict[str, Any] = {"pattern": openapi.NAME_PATTERN}

    def _deserialize(self, value: Any, attr: Any, data: Any, **kwargs: Any) -> str:
        return name_form(super()._deserialize(value, attr, data, **kwargs))


class EmployerName(Text):
    """An employer's registered name 单位名称, in one stored form."""

    OPENAPI: dict[str, Any] = {"pattern": openapi.NAME_PATTERN}

    def _deserialize(self, value: Any, attr: Any, data: Any, **kwargs: Any) -> str:
        return employer_form(super()._deserialize(value, attr, data, **kwargs))


class SearchText(Text):
    """What a clerk types to find a case: folded as names and employers are stored."""

    def _deserialize(self, value: Any, attr: Any, data: Any, **kwargs: Any) -> str:
        return employer_form(name_form(super()._deserialize(value, attr, data, **kwargs)))


class _Normalised(Code):
    """A code checked and normalised by one function of ``service.identity``."""

    def normalise(self, value: str) -> str:
        raise NotImplementedError

    def _deserialize(self, value: Any, attr: Any, data: Any, **kwargs: Any) -> str:
        text = super()._deserialize(value, attr, data, **kwargs)
        try:
            return self.normalise(text)
        except ValueError as exc:
            raise ma.ValidationError(exc.args[0]) from None


class IdNumber(_Normalised):
    """Resident ID number 居民身份证号 (GB 11643)."""

    OPENAPI: dict[str, Any] = openapi.ID_NUMBER

    def normalise(self, value: str) -> str:
        return identity.normalise_id_number(value, today=today())


class CreditCode(_Normalised):
    """Unified social credit code 统一社会信用代码 (GB 32100)."""

    OPENAPI: dict[str, Any] = openapi.CREDIT_CODE

    def normalise(self, value: str) -> str:
        return identity.normalise_credit_code(value)


class Phone(_Normalised):
    """A mainland mobile or a landline."""

    OPENAPI: dict[str, Any] = openapi.PHONE

    def normalise(self, value: str) -> str:
        return identity.normalise_phone(value)


class Flag(ma.fields.Boolean):
    """true or false, and nothing that merely looks like one ("yes", 1, "0")."""

    def _deserialize(self, value: Any, attr: Any, data: Any, **kwargs: Any) -> bool:
        if not isinstance(value, bool):  # 0 == False in Python, so a set of values will not do
            raise self.make_error("invalid", input=value)
        return value


class Money(ma.fields.Field):
    """Yuan with at most two decimal places, never negative, sent as text: "8600.00"."""

    OPENAPI = openapi.MONEY

    def _deserialize(self, value: Any, attr: Any, data: Any, **kwargs: Any) -> Decimal:
        # Most JSON readers turn a number into a binary float, which cannot hold every 分.
        if isinstance(value, int | float) and not isinstance(value, bool):
            raise ma.ValidationError(N_('send the amount as text, such as "8600.00"'))
        try:
            return parse_money(value)
        except ValueError as exc:
            raise ma.ValidationError(exc.args[0]) from None

    def _serialize(self, value: Any, attr: Any, obj: Any, **kwargs: Any) -> str | None:
        return None if value is None else f"{value:.2f}"


def _check_reach(day: dt.date) -> None:
    try:
        check_reach(day, today=today())
    except ValueError as exc:
        raise ma.ValidationError(exc.args[0]) from None


_MOMENT = re.compile(openapi.LOCAL_DATE_TIME["pattern"])


class LocalDateTime(ma.fields.AwareDateTime):
    """A moment read as China time when no offset is given, and written as China time.

    Only moments from 2000 to a few years ahead are read: before 1928 China time had
    no fixed offset (1900 reads as +08:05:43), and year 1 or 9999 cannot move to UTC.
    """

    OPENAPI: dict[str, Any] = openapi.LOCAL_DATE_TIME

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(default_timezone=LOCAL_TZ, **kwargs)

    def _deserialize(self, value: Any, attr: Any, data: Any, **kwargs: Any) -> dt.datetime:
        if isinstance(value, str):
            value = half_width(value)
            # Only the forms the document states (datetime.fromisoformat reads more).
            if _MOMENT.fullmatch(value) is None:
                raise self.make_error("invalid", input=value, obj_type=self.OBJ_TYPE)
        moment = super()._deserialize(value, attr, data, **kwargs)
        # The year first: comparing a moment of year 1 with an offset overflows.
        if not EARLIEST_DATE.year <= moment.year <= latest_date(today()).year:
            _check_reach(moment.date())
        _check_reach(moment.astimezone(LOCAL_TZ).date())
        return moment

    def _serialize(self, value: Any, attr: Any, obj: Any, **kwargs: Any) -> str | None:
        if value is None:
            return None
        return value.astimezone(LOCAL_TZ).isoformat()


# The form the document's format "date" states. ma.fields.Date reads with
# date.fromisoformat, which takes 20261001 and 2026-W40-4 too: a client must not come to
# depend on forms the document refuses.
_DAY = re.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}")


class _Day(ma.fields.Date):
    """A date written YYYY-MM-DD, full-width digits read too."""

    def _deserialize(self, value: Any, attr: Any, data: Any, **kwargs: Any) -> dt.date:
        if isinstance(value, str):
            value = half_width(value)
            if _DAY.fullmatch(value) is None:
                raise self.make_error("invalid", input=value, obj_type=self.OBJ_TYPE)
        return super()._deserialize(value, attr, data, **kwargs)


class ReachableDate(_Day):
    """A date from 2000 to a few years ahead, full-width digits read too."""

    def _deserialize(self, value: Any, attr: Any, data: Any, **kwargs: Any) -> dt.date:
        day = super()._deserialize(value, attr, data, **kwargs)
        _check_reach(day)
        return day


class PastDate(_Day):
    """A date from 2000 to today."""

    def _deserialize(self, value: Any, attr: Any, data: Any, **kwargs: Any) -> dt.date:
        day = super()._deserialize(value, attr, data, **kwargs)
        if day > today():
            raise ma.ValidationError(N_("may not be in the future"))
        _check_reach(day)
        return day


# No one at work today began before 1970 (over fifty years of service), and an end of
# employment is given notice of at most a year ahead.
EARLIEST_SERVICE_DATE = dt.date(1970, 1, 1)
SERVICE_NOTICE = dt.timedelta(days=366)


class ServiceDate(_Day):
    """A day of a worker's employment: from 1970 to a year from today."""

    def _deserialize(self, value: Any, attr: Any, data: Any, **kwargs: Any) -> dt.date:
        day = super()._deserialize(value, attr, data, **kwargs)
        latest = today() + SERVICE_NOTICE
        if not EARLIEST_SERVICE_DATE <= day <= latest:
            raise ma.ValidationError(
                N_(
                    "must be a date from {earliest} to {latest}",
                    earliest=EARLIEST_SERVICE_DATE.isoformat(),
                    latest=latest.isoformat(),
                )
            )
        return day


_MONTH = re.compile("([0-9]{4})-([0-9]{2})")


class PastMonth(ma.fields.Field):
    """A calendar month written YYYY-MM, from January 2000 to this month; its first day."""

    OPENAPI = openapi.MONTH

    def _deserialize(self, value: Any, attr: Any, data: Any, **kwargs: Any) -> dt.date:
        found = _MONTH.fullmatch(half_width(value)) if isinstance(value, str) else None
        if found is None or not 1 <= int(found.group(2)) <= 12:
            raise ma.ValidationError(N_('a month written like "2026-06"'))
        month = dt.date(int(found.group(1)), int(found.group(2)), 1)
        if not EARLIEST_DATE.replace(day=1) <= month <= today().replace(day=1):
            raise ma.ValidationError(N_("a month from 2000 to this one"))
        return month

    def _serialize(self, value: Any, attr: Any, obj: Any, **kwargs: Any) -> str | None:
        return None if value is None else f"{value:%Y-%m}"
