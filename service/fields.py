"""Marshmallow fields for the values a union office writes down."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

import marshmallow as ma

from service import identity
from service.i18n import N_
from workflows.data import parse_money

LOCAL_TZ = ZoneInfo("Asia/Shanghai")


def today() -> dt.date:
    """Today's date in China."""
    return dt.datetime.now(LOCAL_TZ).date()


class _Normalised(ma.fields.String):
    """A string checked and normalised by one function of ``service.identity``."""

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

    def normalise(self, value: str) -> str:
        return identity.normalise_id_number(value, today=today())


class CreditCode(_Normalised):
    """Unified social credit code 统一社会信用代码 (GB 32100)."""

    def normalise(self, value: str) -> str:
        return identity.normalise_credit_code(value)


class Phone(_Normalised):
    """A mainland mobile or a landline."""

    def normalise(self, value: str) -> str:
        return identity.normalise_phone(value)


class Money(ma.fields.Field):
    """Yuan with at most two decimal places, never negative; read from a string or number."""

    def _deserialize(self, value: Any, attr: Any, data: Any, **kwargs: Any) -> Decimal:
        try:
            return parse_money(value)
        except ValueError as exc:
            raise ma.ValidationError(exc.args[0]) from None

    def _serialize(self, value: Any, attr: Any, obj: Any, **kwargs: Any) -> str | None:
        return None if value is None else f"{value:.2f}"


class LocalDateTime(ma.fields.AwareDateTime):
    """A moment read as China time when no offset is given, and written as China time."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(default_timezone=LOCAL_TZ, **kwargs)

    def _serialize(self, value: Any, attr: Any, obj: Any, **kwargs: Any) -> str | None:
        if value is None:
            return None
        return value.astimezone(LOCAL_TZ).isoformat()


class PastDate(ma.fields.Date):
    """A date that may not lie in the future."""

    def _deserialize(self, value: Any, attr: Any, data: Any, **kwargs: Any) -> dt.date:
        day = super()._deserialize(value, attr, data, **kwargs)
        if day > today():
            raise ma.ValidationError(N_("may not be in the future"))
        if day.year < 1950:
            raise ma.ValidationError(N_("is too far in the past"))
        return day
