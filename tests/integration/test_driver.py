"""What the service asks of psycopg (``service.driver``), on a real PostgreSQL."""

from __future__ import annotations

import psycopg
import pytest
from flask import Flask
from sqlalchemy import Integer, literal, select


@pytest.fixture
def cursor(app: Flask):  # type: ignore[no-untyped-def]
    engine = app.extensions["database"].engine
    if engine.dialect.name != "postgresql":
        pytest.skip("psycopg's cursor: PostgreSQL's driver")
    with engine.connect() as connection:
        raw = connection.connection.dbapi_connection
        with raw.cursor() as opened:
            yield opened


def test_a_description_is_psycopgs_own_when_read(cursor) -> None:  # type: ignore[no-untyped-def]
    statement = "SELECT 1::integer AS n, 'x'::varchar(8) AS code, now() AS at"
    cursor.execute(statement)
    described = cursor.description
    assert len(described) == 3 and described
    plain = psycopg.Cursor(cursor.connection)
    plain.execute(statement)
    assert plain.description is not None
    # name, type, display size, internal size, precision, scale, null_ok
    assert [tuple(c) for c in described] == [tuple(c) for c in plain.description]
    assert [c.name for c in described[1:]] == ["code", "at"]


def test_a_statement_without_rows_has_no_description(cursor) -> None:  # type: ignore[no-untyped-def]
    cursor.execute("SET LOCAL statement_timeout = 5000")
    assert cursor.description is None
    cursor.execute("SELECT")  # rows, of no columns
    assert cursor.description == [] and cursor.description is not None


def test_a_description_read_late_refuses_to_describe_another_result(cursor) -> None:  # type: ignore[no-untyped-def]
    cursor.execute("SELECT 1 AS first")
    described = cursor.description
    cursor.execute("SELECT 2 AS second, 3 AS third")
    with pytest.raises(psycopg.InterfaceError):
        described[0]


def test_a_known_statement_describes_no_column(app: Flask, monkeypatch: pytest.MonkeyPatch) -> None:
    """SQLAlchemy knows the columns of a statement it compiled before: none is described."""
    engine = app.extensions["database"].engine
    if engine.dialect.name != "postgresql":
        pytest.skip("psycopg's cursor: PostgreSQL's driver")
    statement = select(literal(1, Integer).label("n"), literal(2, Integer).label("m"))
    with engine.connect() as connection:
        assert connection.execute(statement).all() == [(1, 2)]
        described: list[int] = []
        column_init = psycopg.Column.__init__

        def counted(self, cursor, index):  # type: ignore[no-untyped-def]
            described.append(index)
            column_init(self, cursor, index)

        monkeypatch.setattr(psycopg.Column, "__init__", counted)
        assert connection.execute(statement).all() == [(1, 2)]
    assert described == []
