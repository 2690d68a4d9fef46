"""The console's words have their Chinese; dates and amounts read the way the office writes them."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from flask import Flask
from jinja2 import Environment

from service.console.text import chinese_date, chinese_time, last_day, tr, yuan
from service.i18n import catalogue

TEMPLATES = Path(__file__).resolve().parents[2] / "service" / "console" / "templates"
PLACEHOLDER = re.compile(r"(?<!\{)\{(\w+)\}(?!\})")


def page_words() -> set[str]:
    """The first argument of every ``_(...)`` in the console's templates."""
    env = Environment(extensions=["jinja2.ext.i18n"])
    words = set()
    for path in TEMPLATES.rglob("*.html"):
        for _line, _function, message in env.extract_translations(
            env.parse(path.read_text()), gettext_functions=("_",)
        ):
            words.add(message if isinstance(message, str) else message[0])
    return words


def test_the_templates_mark_their_words() -> None:
    assert len(page_words()) > 100


@pytest.mark.parametrize("template", sorted(page_words()))
def test_every_word_on_the_pages_has_its_chinese(template: str) -> None:
    chinese = catalogue().get(template)
    assert chinese, f"no Chinese for {template!r} in service/translations/zh.po"
    assert set(PLACEHOLDER.findall(chinese)) == set(PLACEHOLDER.findall(template))


@pytest.fixture
def page() -> Flask:
    return Flask(__name__)


def test_dates_in_chinese_and_english(page: Flask) -> None:
    with page.test_request_context("/"):
        assert chinese_date(date(2026, 11, 20)) == "2026年11月20日"
        assert chinese_date("2026-11-20") == "2026年11月20日"
        # Half past four in the afternoon in UTC is already the next day in China.
        assert chinese_date(datetime(2026, 11, 19, 16, 30, tzinfo=UTC)) == "2026年11月20日"
        assert chinese_time("2026-11-20T09:30:00+08:00") == "2026年11月20日 09:30"
        assert chinese_date(None) == ""
    with page.test_request_context("/", headers={"Cookie": "lang=en"}):
        assert chinese_date(date(2026, 11, 20)) == "2026-11-20"


def test_code_words_read_as_words(page: Flask) -> None:
    with page.test_request_context("/"):
        assert tr("in_mediation") == "调解中"
    with page.test_request_context("/", headers={"Cookie": "lang=en"}):
        assert tr("in_mediation") == "in mediation"
        assert tr("the request is not valid") == "the request is not valid"


def test_amounts_with_two_places_and_thousands_separators() -> None:
    assert yuan(Decimal("8600")) == "¥8,600.00"
    assert yuan("1234567.5") == "¥1,234,567.50"
    assert yuan(None) == ""


@pytest.mark.parametrize(
    ("deadline", "last"),
    [
        ("2026-12-01T00:00:00+08:00", date(2026, 11, 30)),  # ends at 24:00 of 11-30
        ("2026-11-30T16:00:00+00:00", date(2026, 11, 30)),  # the same moment in UTC
        ("2026-12-01T09:00:00+08:00", date(2026, 12, 1)),  # a deadline within a day
    ],
)
def test_a_deadline_shows_its_last_day(deadline: str, last: date) -> None:
    assert last_day(deadline) == last
