"""What the service asks of psycopg, PostgreSQL's driver, beyond its defaults.

Both are work psycopg does per statement that a request of ours does not need: 0.73
and 0.31 ms of an accept's 5.5 ms of CPU (docs/PERFORMANCE.md, *The driver's share*).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, overload

import psycopg
from psycopg import Column, _queries
from psycopg.pq import ExecStatus
from psycopg.pq.abc import PGresult

RETURNS_ROWS = (ExecStatus.TUPLES_OK, ExecStatus.SINGLE_TUPLE, ExecStatus.TUPLES_CHUNK)


def convert_long_statements_once() -> None:
    """Let psycopg keep its conversion of our longest statements, not redo it per request.

    psycopg turns ``%(name)s`` placeholders into ``$n`` by parsing the statement, and
    keeps the result (an LRU of 128) only for statements of at most 4,096 characters
    and 50 parameters, against the endless shapes of ORM bulk inserts. A case's write
    batch (the case, its event, outbox rows and timers in one statement) is longer, so
    every transition and intake parsed it again: 0.6–0.7 ms of a request's 4–6 ms of
    CPU. Our statements come in a few fixed shapes, so the LRU's bound is bound enough.
    """
    # Module settings, read on every statement.
    _queries.MAX_CACHED_STATEMENT_LENGTH = max(_queries.MAX_CACHED_STATEMENT_LENGTH, 64 * 1024)
    _queries.MAX_CACHED_STATEMENT_PARAMS = max(_queries.MAX_CACHED_STATEMENT_PARAMS, 1024)


class Description(Sequence[Column]):
    """A result's columns, described when first asked for.

    psycopg describes every column of every result (name, type, size) as soon as
    ``description`` is read. SQLAlchemy reads it after each statement, but of a
    statement it has run before it only checks that there is one: it kept the
    columns' meaning with the compiled statement. A transition's 116 columns were
    described for nothing.
    """

    __slots__ = ("_columns", "_cursor", "_result")

    def __init__(self, cursor: psycopg.Cursor[Any], result: PGresult) -> None:
        self._cursor = cursor
        self._result = result
        self._columns: list[Column] | None = None

    def __len__(self) -> int:
        return self._result.nfields

    @overload
    def __getitem__(self, index: int) -> Column: ...
    @overload
    def __getitem__(self, index: slice) -> list[Column]: ...
    def __getitem__(self, index: int | slice) -> Column | list[Column]:
        return self._described()[index]

    def __eq__(self, other: object) -> bool:
        return list(self) == other

    __hash__ = None  # type: ignore[assignment]  # equal to a list, so unhashable like one

    def _described(self) -> list[Column]:
        if self._columns is None:
            if self._cursor.pgresult is not self._result:
                # A column is described from the cursor's current result.
                raise psycopg.InterfaceError("the cursor has moved on to another result")
            self._columns = psycopg.Cursor.description.fget(self._cursor)  # type: ignore[attr-defined]
        assert self._columns is not None
        return self._columns


class DescribedWhenAsked(psycopg.Cursor[Any]):
    """psycopg's cursor, with its ``description`` described when first asked for."""

    @property
    def description(self) -> Description | None:  # type: ignore[override]
        result = self.pgresult
        # As psycopg decides: columns if the result has any, or said it returns rows.
        if result is None or not (result.nfields or result.status in RETURNS_ROWS):
            return None
        return Description(self, result)
