"""The data a transition requires, checked with a message per field."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from workflows.messages import N_

FieldErrors = dict[str, Any]
MAX_AMOUNT = Decimal("999999999999.99")
# No case of the union's reaches before the year 2000, and nothing the office plans
# (instalments, extensions, the limitation of a claim) lies more than a few years ahead.
EARLIEST_DATE = date(2000, 1, 1)
YEARS_AHEAD = 6
# The dashes an input method offers where a clerk means a hyphen.
_DASHES = re.compile("[\u2010-\u2015\u2212\uff0d]")
# "8,600.00" as written on a voucher; any other comma is a mistake, not a separator.
_GROUPED = re.compile(r"\d{1,3}(,\d{3})+(\.\d*)?")


@dataclass(frozen=True)
class Field:
    """One piece of data an action needs: its name, its kind and whether it must be given.

    Kinds: ``text``, ``date``, ``money``, ``consent`` (must be ``true``), ``choice``
    (one of ``choices``), ``instalments`` (a list of ``{due_on, amount}``) and
    ``object`` (a mapping the caller checks further, such as a new case's intake).
    """

    name: str
    kind: str = "text"
    required: bool = True
    choices: tuple[str, ...] = ()
    max_length: int = 2000


def text(name: str, *, required: bool = True, max_length: int = 2000) -> Field:
    return Field(name, "text", required, max_length=max_length)


def choice(name: str, *choices: str, required: bool = True) -> Field:
    return Field(name, "choice", required, choices=choices)


def half_width(text: str) -> str:
    """``text`` as a Chinese input method's full-width forms mean it: ８６００．００ → 8600.00.

    NFKC folds full-width digits, letters and punctuation and the ideographic space
    into their ASCII forms; the dashes an input method offers become hyphens.
    """
    return _DASHES.sub("-", unicodedata.normalize("NFKC", text)).strip()


def latest_date(today: date | None = None) -> date:
    """The last day a date the office records may fall on."""
    return date((today or date.today()).year + YEARS_AHEAD, 12, 31)


def check_reach(day: date, *, today: date | None = None) -> date:
    """``day`` if it lies between 2000 and a few years ahead, else ValueError."""
    latest = latest_date(today)
    if not EARLIEST_DATE <= day <= latest:
        raise ValueError(
            N_(
                "must be a date from {earliest} to {latest}",
                earliest=EARLIEST_DATE.isoformat(),
                latest=latest.isoformat(),
            )
        )
    return day


def parse_money(value: Any) -> Decimal:
    """Yuan with at most two places, never negative; ValueError otherwise."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        # Most JSON readers turn a number into a binary float, which cannot hold every 分.
        raise ValueError(N_('send the amount as text, such as "8600.00"'))
    if not isinstance(value, str | Decimal):
        raise ValueError(N_('must be an amount in yuan, such as "8600.00"'))
    written = (
        half_width(value).removeprefix("¥").removesuffix("元").strip()
        if isinstance(value, str)
        else str(value)
    )
    if _GROUPED.fullmatch(written):
        written = written.replace(",", "")
    try:
        amount = Decimal(written)
    except InvalidOperation:
        raise ValueError(N_('must be an amount in yuan, such as "8600.00"')) from None
    if isinstance(value, str) and "e" in written.lower():
        # "1e3" reads as a float does; an amount is written out in yuan and 分.
        raise ValueError(N_('must be an amount in yuan, such as "8600.00"'))
    if not amount.is_finite():
        raise ValueError(N_("must be a finite amount"))
    if amount.as_tuple().exponent < -2:  # type: ignore[operator]
        raise ValueError(N_("at most two decimal places (分)"))
    if amount < 0:
        raise ValueError(N_("may not be negative"))
    if amount > MAX_AMOUNT:
        raise ValueError(N_("is too large: at most {maximum}", maximum=f"{MAX_AMOUNT}"))
    return amount.quantize(Decimal("0.01"))


def parse_date(value: Any) -> date:
    """A date written as 2026-11-20 (full-width digits too), from 2000 to a few years ahead."""
    if not isinstance(value, str):
        raise ValueError(N_("must be a date such as 2026-11-20"))
    try:
        day = date.fromisoformat(half_width(value))
    except ValueError:
        raise ValueError(N_("must be a date such as 2026-11-20")) from None
    return check_reach(day)


def _instalments(value: Any) -> list[dict[str, Any]]:
    if not isinstance(value, Sequence) or isinstance(value, str) or not value:
        raise ValueError(N_("must be a non-empty list of {{due_on, amount}}"))
    if len(value) > 60:
        raise ValueError(N_("at most 60 instalments"))
    cleaned: list[dict[str, Any]] = []
    dates: list[date] = []
    for number, item in enumerate(value, start=1):
        if not isinstance(item, Mapping) or set(item) != {"due_on", "amount"}:
            raise ValueError(
                N_("instalment {number} must have exactly due_on and amount", number=number)
            )
        try:
            due_on, amount = parse_date(item["due_on"]), parse_money(item["amount"])
        except ValueError as exc:
            raise ValueError(
                N_("instalment {number}: {problem}", number=number, problem=exc.args[0])
            ) from None
        if amount == 0:
            raise ValueError(
                N_("instalment {number}: the amount must be more than zero", number=number)
            )
        cleaned.append({"due_on": due_on, "amount": amount})
        dates.append(due_on)
    if dates != sorted(dates) or len(set(dates)) != len(dates):
        raise ValueError(N_("due dates must be distinct and in order"))
    return cleaned


def _one(field: Field, value: Any) -> Any:
    if field.kind == "text":
        if not isinstance(value, str) or not value.strip():
            raise ValueError(N_("must be some text"))
        if len(value) > field.max_length:
            raise ValueError(N_("at most {count} characters", count=field.max_length))
        return value.strip()
    if field.kind == "date":
        return parse_date(value)
    if field.kind == "money":
        return parse_money(value)
    if field.kind == "consent":
        if value is not True:
            raise ValueError(N_("must be true: record the consent before acting"))
        return True
    if field.kind == "choice":
        if value not in field.choices:
            raise ValueError(N_("must be one of: {choices}", choices=", ".join(field.choices)))
        return value
    if field.kind == "instalments":
        return _instalments(value)
    if field.kind == "object":
        if not isinstance(value, Mapping):
            raise ValueError(N_("must be an object"))
        return dict(value)
    raise AssertionError(f"unknown field kind {field.kind}")


def clean(fields: Sequence[Field], data: Mapping[str, Any]) -> tuple[dict[str, Any], FieldErrors]:
    """The data with each field converted, and the messages of the fields that are wrong."""
    if not isinstance(data, Mapping):
        return {}, {"data": ["must be an object"]}
    known = {f.name for f in fields}
    errors: FieldErrors = {
        name: ["not expected for this action"] for name in data if name not in known
    }
    cleaned: dict[str, Any] = {}
    for field in fields:
        if field.name not in data or data[field.name] is None:
            if field.required:
                errors[field.name] = ["required"]
            continue
        try:
            cleaned[field.name] = _one(field, data[field.name])
        except ValueError as exc:
            errors[field.name] = [exc.args[0]]
    return cleaned, errors


def to_json(data: Mapping[str, Any]) -> dict[str, Any]:
    """Cleaned data in a form JSON keeps exactly: dates as ISO text, money as "0.00" text."""

    def plain(value: Any) -> Any:
        if isinstance(value, Decimal):
            return f"{value:.2f}"
        if isinstance(value, date):
            return value.isoformat()
        if isinstance(value, list):
            return [plain(v) for v in value]
        if isinstance(value, dict):
            return {k: plain(v) for k, v in value.items()}
        return value

    return {key: plain(value) for key, value in data.items()}
