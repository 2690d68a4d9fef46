"""Engine, session and the unit of work; the declarative base of every model."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

from flask import Flask, current_app, g
from sqlalchemy import DateTime, Engine, MetaData, create_engine, event, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import ExceptionContext
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import DeclarativeBase, Session, make_transient_to_detached, sessionmaker
from sqlalchemy.orm.util import identity_key
from sqlalchemy.types import TypeDecorator

from service import driver
from service.config import Settings

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class UTCDateTime(TypeDecorator[datetime]):
    """A moment stored in UTC and always read back time-zone aware."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given for a UTC column")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def utcnow() -> datetime:
    return datetime.now(UTC)


# The row lock a change takes on what it changes (``with_for_update(**FOR_CHANGE)``):
# FOR NO KEY UPDATE on PostgreSQL. Two changes to one row still queue, for the lock
# conflicts with itself; but no change alters a key, and the rows that point at the
# locked one (a case's reads in the access log, its worklist items, a household's
# cases) are written meanwhile. Under FOR UPDATE each of them waited for the change to
# commit, for a foreign key's check takes KEY SHARE on the row it points at.
FOR_CHANGE: dict[str, Any] = {"key_share": True}


def _primary_message_only(context: ExceptionContext) -> None:
    """Keep only the primary message of a PostgreSQL error: its DETAIL quotes the values
    of the row (``Key (id_number)=(…) already exists``), and error messages reach logs."""
    original = context.original_exception
    primary = getattr(getattr(original, "diag", None), "message_primary", None)
    if not primary:
        return
    original.args = (primary,)
    if context.sqlalchemy_exception is not None:
        kind = type(original)
        context.sqlalchemy_exception.args = (f"({kind.__module__}.{kind.__name__}) {primary}",)


def make_engine(settings: Settings, **options: Any) -> Engine:
    """An engine for the configured database; SQLite gets WAL and immediate transactions.

    Its errors never quote the statement's parameters: they hold ID numbers, phones
    and addresses, and error messages end up in logs.
    """
    options.setdefault("hide_parameters", True)
    if not settings.is_sqlite:
        options.setdefault("pool_pre_ping", True)
        # A database that accepts connections but never answers must not hold a
        # request until gunicorn kills it: give up connecting, and stop a statement,
        # well within the web's timeout (gunicorn.conf.py).
        connecting = {
            "connect_timeout": settings.database_connect_timeout,
            "options": f"-c statement_timeout={settings.database_statement_timeout * 1000}",
            "cursor_factory": driver.DescribedWhenAsked,
        }
        options["connect_args"] = {**connecting, **options.get("connect_args", {})}
        engine = create_engine(settings.database_url, **options)
        event.listen(engine, "handle_error", _primary_message_only)
        driver.convert_long_statements_once()
        return engine
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    engine = create_engine(
        settings.database_url, connect_args={"timeout": 30, "check_same_thread": False}, **options
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Take transaction control from the driver so that every transaction can
        # begin IMMEDIATE: a deferred one that reads then writes can fail with
        # SQLITE_BUSY without waiting when another writer got there first.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


class Database:
    """Flask extension holding the engine; one session per request or task."""

    def __init__(self) -> None:
        self.engine: Engine | None = None
        self.sessionmaker: sessionmaker[Session] | None = None

    def init_app(self, app: Flask, settings: Settings) -> None:
        options = app.config.get("DATABASE_ENGINE_OPTIONS", {})
        self.engine = make_engine(settings, **options)
        self.sessionmaker = sessionmaker(self.engine, expire_on_commit=False)
        app.extensions["database"] = self
        app.teardown_appcontext(self._close_session)

    def session(self) -> Session:
        """The session of the current application context, opened on first use."""
        if "db_session" not in g:
            assert self.sessionmaker is not None
            g.db_session = self.sessionmaker()
        return g.db_session

    @staticmethod
    def _close_session(_exc: BaseException | None) -> None:
        session = g.pop("db_session", None)
        if session is None:
            return
        try:
            session.close()  # rolls back whatever was not committed
        except DBAPIError:
            # A statement was interrupted (gunicorn's timeout) and the connection
            # cannot roll back: drop it, and let the error already answered stand.
            session.invalidate()


def upsert(db_session: Session) -> Callable[..., Any]:
    """The dialect's INSERT, which knows ON CONFLICT (PostgreSQL and SQLite both do)."""
    dialect = db_session.get_bind().dialect.name
    return postgresql.insert if dialect == "postgresql" else sqlite.insert


def claim(
    db_session: Session,
    model: Any,
    *,
    claimable: Any,
    order_by: Any,
    limit: int,
    values: dict[str, Any],
) -> list[int]:
    """Set ``values`` on a batch of ``model`` rows matching ``claimable``; return their ids.

    One conditional UPDATE: on PostgreSQL its rows are chosen with SKIP LOCKED, and on
    either database a row another worker claimed first no longer matches, so no row
    is claimed twice.
    """
    chosen = select(model.id).where(claimable).order_by(order_by).limit(limit)
    if db_session.get_bind().dialect.name == "postgresql":
        chosen = chosen.with_for_update(skip_locked=True)
    return list(
        db_session.scalars(
            update(model)
            .where(model.id.in_(chosen.scalar_subquery()), claimable)
            .values(**values)
            .returning(model.id)
            .execution_options(synchronize_session=False)
        )
    )


def as_loaded(db_session: Session, model: type[Any], values: dict[str, Any]) -> Any:
    """A row read as columns, as the session's object: the one it holds already, or a new
    one it now holds, clean, as if a query had loaded it (without the ORM's loading)."""
    held = db_session.identity_map.get(identity_key(model, values["id"]))
    if held is not None:
        return held
    instance = model(**values)
    make_transient_to_detached(instance)
    db_session.add(instance)
    return instance


def session() -> Session:
    """The current context's session: the one unit of work of a request or task."""
    return current_app.extensions["database"].session()


@contextmanager
def unit_of_work() -> Iterator[Session]:
    """A session that rolls back unless the block commits it."""
    database: Database = current_app.extensions["database"]
    assert database.sessionmaker is not None
    with database.sessionmaker() as work:
        yield work
