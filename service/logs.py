"""Logging of every process (web, worker, beat, CLI): one JSON line per record.

Each line carries the time, level, logger and message, and the request, user and
case it concerns. ID numbers and mobile numbers are masked in every line as a last
guard; the causes (database errors quoting their parameters) are closed where they
arise (``hide_parameters`` in ``service.db``).
"""

from __future__ import annotations

import json
import logging
import re
import sys
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import UTC, datetime
from typing import Any

from service.identity import mask_id_number, mask_phone

# What the current request or task is about; read into every record.
_CONTEXT: ContextVar[dict[str, Any]] = ContextVar("log_context", default={})  # noqa: B039
CONTEXT_FIELDS = ("request_id", "user_id", "case_id")

# An 18-character resident ID number and a mainland mobile, standing alone: not part of
# a word, nor the decimals of a number such as a task's run time 0.013867449329849854.
# Only below 1 does a float's repr run to 18 decimals, so "1.110105…" in a numbered line
# is still taken for an ID number; 11 decimals (3.13800138000) are any float's.
ID_STANDALONE = r"(?<![0-9A-Za-z])(?<!(?<![0-9])0\.)"
PHONE_STANDALONE = r"(?<![0-9A-Za-z])(?<!\d\.)"
_ID_NUMBER = re.compile(ID_STANDALONE + r"\d{17}[\dXx](?![0-9A-Za-z])")
_MOBILE = re.compile(PHONE_STANDALONE + r"1[3-9]\d{9}(?![0-9A-Za-z])")
# Attributes every LogRecord has; anything else on a record came from ``extra=``.
_STANDARD = set(vars(logging.LogRecord("", 0, "", 0, "", None, None))) | {"message", "asctime"}


def mask(text: str) -> str:
    """``text`` with every ID number and mobile number in it masked."""
    text = _ID_NUMBER.sub(lambda m: mask_id_number(m.group().upper()), text)
    return _MOBILE.sub(lambda m: mask_phone(m.group()), text)


def bind(**fields: Any) -> None:
    """Add ``fields`` to every line logged from here on in this request or task."""
    _CONTEXT.set({**_CONTEXT.get(), **fields})


@contextmanager
def context(**fields: Any) -> Iterator[None]:
    """Log with ``fields`` inside the block, as they were before after it."""
    token = _CONTEXT.set({**_CONTEXT.get(), **fields})
    try:
        yield
    finally:
        _CONTEXT.reset(token)


def current(name: str) -> Any:
    """A field of the current context (``request_id``, ``user_id``, ...), or None."""
    return _CONTEXT.get().get(name)


def _plain(value: Any) -> Any:
    if isinstance(value, str):
        return mask(value)
    if value is None or isinstance(value, bool | int | float):
        return value
    return mask(str(value))


class JsonFormatter(logging.Formatter):
    """A record as one JSON object on one line, masked."""

    def format(self, record: logging.LogRecord) -> str:
        line: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": mask(record.getMessage()),
        }
        context = _CONTEXT.get()
        for name in CONTEXT_FIELDS:
            value = getattr(record, name, None)
            line[name] = _plain(value if value is not None else context.get(name))
        for name, value in vars(record).items():
            if name not in _STANDARD and name not in line:
                line[name] = _plain(value)
        if record.exc_info:
            kind, error, _ = record.exc_info
            line["error"] = mask(f"{kind.__name__ if kind else 'Error'}: {error}")
            line["traceback"] = mask("".join(traceback.format_exception(*record.exc_info)))
        return json.dumps(line, ensure_ascii=False, default=str)


class _Stderr(logging.StreamHandler):  # type: ignore[type-arg]
    """Writes to whatever ``sys.stderr`` is at the time (test runners swap it)."""

    @property  # type: ignore[override]
    def stream(self) -> Any:
        return sys.stderr

    @stream.setter
    def stream(self, _value: Any) -> None:
        pass


OWN_HANDLER = "unioncase_json"
# Loggers that servers set up with handlers of their own: they write our lines too.
ADOPTED = ("gunicorn.error", "gunicorn.access", "celery.task", "celery.redirected")


def configure(level: str = "INFO") -> None:
    """Send every logger's records to stderr as JSON lines; safe to call more than once."""
    root = logging.getLogger()
    root.setLevel(level)
    handler = next((h for h in root.handlers if h.get_name() == OWN_HANDLER), None)
    if handler is None:
        handler = _Stderr()
        handler.set_name(OWN_HANDLER)
        handler.setFormatter(JsonFormatter())
        root.addHandler(handler)
    for name in ADOPTED:
        logger = logging.getLogger(name)
        logger.handlers = [h for h in logger.handlers if h.get_name() == OWN_HANDLER]
        logger.propagate = True
