"""What the console's pages print: the chosen language, Chinese dates and yuan amounts.

The pages' own words are English templates in the templates, written ``_("...")``, with
their Chinese in the same catalogue as the API's messages (``service/translations/zh.po``):
one catalogue, read without a compile step, and one test that none is missing.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

from flask import Flask, request

from service.fields import LOCAL_TZ
from service.i18n import LANGUAGES, N_, translate

LANGUAGE_COOKIE = "lang"


def language() -> str:
    """Chinese unless the person chose English with the toggle (a cookie)."""
    chosen = request.cookies.get(LANGUAGE_COOKIE, "zh")
    return chosen if chosen in LANGUAGES else "zh"


def gettext(template: str, /, **params: Any) -> str:
    """A page's own words in the chosen language."""
    return translate(N_(template, **params), language())


CODE_WORD = re.compile(r"[a-z]+(?:_[a-z]+)*")


def tr(message: Any) -> str:
    """A message or a code word (state, action, category) in the chosen language."""
    if message is None:
        return ""
    text = message if isinstance(message, str) else str(message)
    lang = language()
    if lang == "en" and CODE_WORD.fullmatch(text):
        return text.replace("_", " ")  # in_mediation reads "in mediation"
    return translate(text, lang)


def chinese_date(value: date | datetime | str | None) -> str:
    """2026年11月20日 in Chinese; 2026-11-20 in English."""
    if value is None or value == "":
        return ""
    day: date
    if isinstance(value, str):
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            return value
        # A bare date names a day, not a moment: no time zone to convert it from.
        day = moment.date() if moment.tzinfo is None else moment.astimezone(LOCAL_TZ).date()
    elif isinstance(value, datetime):
        day = value.astimezone(LOCAL_TZ).date()
    else:
        day = value
    if language() == "en":
        return day.isoformat()
    return f"{day.year}年{day.month}月{day.day}日"


def chinese_time(value: datetime | str | None) -> str:
    """The date, then the local time of day: 2026年11月20日 09:30."""
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return f"{chinese_date(value)} {value.astimezone(LOCAL_TZ):%H:%M}"


def last_day(deadline: datetime | str) -> date:
    """The last day of a period that ends at ``deadline``: its 24:00 is the next day's 00:00."""
    moment = datetime.fromisoformat(deadline) if isinstance(deadline, str) else deadline
    return (moment.astimezone(LOCAL_TZ) - timedelta(microseconds=1)).date()


def chinese_deadline(value: datetime | str | None) -> str:
    """A deadline as offices write it: its last day, 2026年11月30日 (the day ends at 24:00)."""
    if value is None or value == "":
        return ""
    return chinese_date(last_day(value))


def yuan(value: Decimal | str | int | None) -> str:
    """¥8,600.00: two places and thousands separators."""
    if value is None or value == "":
        return ""
    try:
        amount = Decimal(str(value))
    except InvalidOperation:
        return str(value)
    return f"¥{amount:,.2f}"


def init_app(app: Flask) -> None:
    app.jinja_env.globals.update(_=gettext, language=language)
    app.jinja_env.filters.update(
        tr=tr, cdate=chinese_date, ctime=chinese_time, cdeadline=chinese_deadline, yuan=yuan
    )
