"""Chinese first, English on request: messages are translated where the response is made.

Code writes every message a person reads in English with ``N_`` (workflows.messages);
``translations/zh.po`` holds the Chinese of each template, and ``translate`` picks the
language the request asks for (``Accept-Language``), Chinese when it names neither.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from babel.messages.pofile import read_po
from flask import has_request_context, request

from workflows.messages import N_, Text

__all__ = ["LANGUAGES", "N_", "Text", "language", "translate", "translate_all"]

LANGUAGES = ("zh", "en")
CATALOGUE = Path(__file__).parent / "translations" / "zh.po"

# Messages of marshmallow and webargs that carry values, in the Chinese we show for them.
LIBRARY_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^Must be one of: (?P<choices>.*)\.$"), "须为以下之一：{choices}"),
    (re.compile(r"^Longer than maximum length (?P<max>\d+)\.$"), "长度不得超过 {max} 个字符"),
    (re.compile(r"^Shorter than minimum length (?P<min>\d+)\.$"), "长度不得少于 {min} 个字符"),
    (
        re.compile(r"^Length must be between (?P<min>\d+) and (?P<max>\d+)\.$"),
        "长度须在 {min} 到 {max} 之间",
    ),
    (
        re.compile(
            r"^Must be greater than or equal to (?P<min>\S+)"
            r" and less than or equal to (?P<max>\S+)\.$"
        ),
        "须在 {min} 到 {max} 之间",
    ),
    (re.compile(r"^Must be greater than or equal to (?P<min>\S+)\.$"), "不得小于 {min}"),
    (re.compile(r"^Must be less than or equal to (?P<max>\S+)\.$"), "不得大于 {max}"),
)


@cache
def catalogue() -> dict[str, str]:
    """English template → Chinese, read once from ``translations/zh.po``."""
    with CATALOGUE.open("rb") as po:
        messages = read_po(po)
    return {
        m.id: m.string
        for m in messages
        if isinstance(m.id, str) and isinstance(m.string, str) and m.id and m.string
    }


def language() -> str:
    """The language of the current request's messages: ``zh`` unless it asks for English."""
    if not has_request_context():
        return "zh"
    return request.accept_languages.best_match(LANGUAGES, default="zh") or "zh"


def translate(message: str, lang: str = "zh") -> str:
    """``message`` in ``lang``; a message with no Chinese stays in English."""
    if lang != "zh":
        return str(message)
    template = message.template if isinstance(message, Text) else str(message)
    params = message.params if isinstance(message, Text) else {}
    chinese = catalogue().get(template)
    if chinese is None:
        for pattern, pattern_chinese in LIBRARY_PATTERNS:
            if found := pattern.match(template):
                chinese, params = pattern_chinese, found.groupdict()
                break
        else:
            return str(message)
    values = {k: _in_chinese(v) for k, v in params.items()}
    try:
        return chinese.format(**values)
    except (KeyError, IndexError, ValueError):  # text a caller sent that reads like a template
        return str(message)


def _in_chinese(value: Any) -> Any:
    """A value inside a Chinese message: messages translated, days as offices write them."""
    if isinstance(value, Text):
        return translate(value, "zh")
    if isinstance(value, date):
        return f"{value.year}年{value.month}月{value.day}日"
    return value


def translate_all(value: Any, lang: str) -> Any:
    """Every message inside ``value`` (dicts and lists of messages, as in ``fields``)."""
    if isinstance(value, str):
        return translate(value, lang)
    if isinstance(value, dict):
        return {key: translate_all(item, lang) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [translate_all(item, lang) for item in value]
    return value
