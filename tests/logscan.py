"""Scanning what the suite logged for ID numbers and phone numbers written out whole.

Every record any logger of this process emits is kept as text (message, extra fields,
traceback); at the end of the session that text, and every log file the worker and
beat processes wrote under the suite's temporary folders, is searched for the ID
numbers and phones the suite used, and for any ID number with a valid check digit.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from pathlib import Path

from stdnum.cn import ric

from service import logs

TESTS = Path(__file__).resolve().parent
# Values written out in the tests' sources: ID numbers, mobiles, landlines.
_LITERAL = re.compile(r"[\"'](\d{17}[\dX]|1[3-9]\d{9}|0\d{2,3}-\d{7,8})[\"']")
# A number standing alone, as service.logs masks them.
_CANDIDATE = re.compile(
    rf"(?:{logs.ID_STANDALONE}\d{{17}}[\dX]|{logs.PHONE_STANDALONE}(?:1[3-9]\d{{9}}|0\d{{2,3}}-\d{{7,8}}))"
    r"(?![0-9A-Za-z])"
)
_STANDARD = set(vars(logging.LogRecord("", 0, "", 0, "", None, None))) | {"message", "asctime"}


def literals_in_tests() -> set[str]:
    found: set[str] = set()
    for source in TESTS.rglob("*.py"):
        found.update(_LITERAL.findall(source.read_text()))
    return found


class Collector(logging.Handler):
    """Keeps the text of every record it is given."""

    def __init__(self) -> None:
        super().__init__(level=logging.NOTSET)
        self.texts: list[str] = []
        self._render = logging.Formatter()

    def emit(self, record: logging.LogRecord) -> None:
        parts = [record.name, record.getMessage()]
        parts += [str(v) for k, v in vars(record).items() if k not in _STANDARD]
        if record.exc_info:
            parts.append(self._render.formatException(record.exc_info))
        if record.stack_info:
            parts.append(record.stack_info)
        self.texts.append("\n".join(parts))


def leaks(texts: Iterable[tuple[str, str]], used: set[str]) -> list[str]:
    """``where: value`` for each whole ID number or used phone found in ``texts``."""
    found: list[str] = []
    for where, text in texts:
        for candidate in _CANDIDATE.findall(text):
            is_id_number = len(candidate) == 18 and ric.calc_check_digit(candidate) == candidate[-1]
            if candidate in used or is_id_number:
                found.append(f"{where}: {candidate}")
    return found


def log_files(folder: Path) -> list[tuple[str, str]]:
    return [
        (str(path), path.read_text(errors="replace"))
        for path in sorted(folder.rglob("*.log"))
        if path.is_file()
    ]
