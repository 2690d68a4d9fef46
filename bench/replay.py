"""The statements alone: one request's captured SQL sent again with the raw driver.

bench.floor captures, through the real app, the statements (texts and parameters as
psycopg received them) of one intake and of one transition. This module sends them
again on a raw psycopg connection from a SQLAlchemy pool (``engine.raw_connection()``,
so the pool's pre-ping is paid as the service and the bare endpoints pay it), one
transaction per request, with none of the service's Python: no ORM, no parsing of
the request beyond ``get_json``, no validation, no workflow, no answer. Only what
the schema or the statements need is fresh per request, the rest is the captured value:

- the case number, made from the value the counter's upsert returns (the ``WITH
  counted`` of the intake's reads, service/cases/intake_reads.py);
- the case's version, trail length and trail head, from the case's ``SELECT``, into
  the versioned ``UPDATE``'s ``WHERE``, the event's sequence number and ``prev_hash``;
- the event id (unique), the event's hash and the case's trail head (a random digest
  in place of the HMAC), the request id of the access log, the timestamps (the
  timer cancel's moment among them);
- at intake, the claimant's and the employer's fields from the request's body, so
  that the duplicate check and the indexes see distinct people, as the service does.

The statements are the service's own, already as few as it sends them: an intake's
caller, its reads (the counter, the duplicate check and the assignee in one) and its
write batch; an accept's or agree's caller, locked read, write batch (the timer
cancel in its ``WITH``) and answer. bench/bare_app.py serves them under ``/floor/``
when BENCH_FLOOR_CAPTURE names a capture bench.floor pickled.
"""

from __future__ import annotations

import pickle
import re
import secrets
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from flask import Flask, jsonify, request
from sqlalchemy.engine import Engine

Params = dict[str, Any]


@dataclass(frozen=True)
class Sent:
    """One statement as the driver received it: its text and its parameters."""

    sql: str
    params: Params


@dataclass
class Captured:
    """What bench.floor captured through the real app, COMMIT left implicit."""

    intake: list[Sent]
    # accept and agree over HTTP: the caller, the lock, the timers, the batch, the answer
    http: dict[str, list[Sent]]
    # route, accept, agree, settle as bench.transitions moves a case in one process
    steps: dict[str, list[Sent]]
    number: str  # the case number of the captured intake: its prefix and width


# Parameters given a fresh value per request, by name; the value's key ("slot") is
# the same for every parameter that must hold the same value.
EXACT_SLOTS = {
    "pk_1": "case_id",
    "c_id": "case_id",
    "log_case_id": "case_id",
    "read_version": "version",
    "c_version": "next_version",
    "c_trail_length": "next_length",
    "c_trail_head": "hash",
    "c_number": "number",
    "cancelled_at": "now",  # the timer cancel's moment: "a deadline already past"
    "log_request_id": "request_id",
    "log_endpoint": "endpoint",
    "c_claimant_name": "name",
    "c_claimant_id_number": "id_number",
    "id_number": "id_number",
    "c_claimant_phone": "phone",
    "c_employer_name": "employer",
    "c_employer_credit_code": "credit_code",
    "code": "credit_code",
    "c_claim_amount": "amount",
}
PATTERN_SLOTS = (
    (re.compile(r"case_id(_\d+)?"), "case_id"),
    (re.compile(r"r\d+_seq"), "next_length"),
    (re.compile(r"r\d+_prev_hash"), "prev_hash"),
    (re.compile(r"r\d+_hash"), "hash"),
    (re.compile(r"r\d+_event_id"), "event_id"),
    (re.compile(r"(\w+_)?(created|updated|received|occurred|read|cleared)_at"), "now"),
)


def slot_of(key: str) -> str | None:
    """The fresh value a parameter takes, or None when it keeps the captured one."""
    if key in EXACT_SLOTS:
        return EXACT_SLOTS[key]
    return next((slot for pattern, slot in PATTERN_SLOTS if pattern.fullmatch(key)), None)


@dataclass(frozen=True)
class Statement:
    """A captured statement ready to send: its parameters and which of them are fresh."""

    sql: str
    params: Params
    fresh: tuple[tuple[str, str], ...]
    is_batch: bool  # the write batch: no row back means the version had moved

    @classmethod
    def of(cls, sent: Sent) -> Statement:
        used = set(re.findall(r"%\((\w+)\)s", sent.sql))
        params = {k: v for k, v in sent.params.items() if k in used}
        fresh = tuple((k, s) for k in params if (s := slot_of(k)) is not None)
        return cls(sent.sql, params, fresh, sent.sql.startswith("WITH moved AS"))

    def filled(self, values: Params) -> Params:
        params = dict(self.params)
        for key, slot in self.fresh:
            if slot in values:
                params[key] = values[slot]
        return params


@dataclass
class Replay:
    """One kind of request's statements, sent in one transaction per call."""

    statements: list[Statement]
    number: str
    _learners: dict[int, Callable[[Params, tuple[Any, ...]], None]] = field(default_factory=dict)

    @classmethod
    def of(cls, sent: Sequence[Sent], number: str) -> Replay:
        return cls([Statement.of(s) for s in sent], number)

    def run(self, connection: Any, values: Params, clock: list[float] | None = None) -> bool:
        """Send every statement and commit; False (rolled back) if the batch wrote nothing.

        Given ``clock``, appends the seconds each statement took (with its rows
        fetched) and then the COMMIT's.
        """
        try:
            with connection.cursor() as cursor:
                for index, statement in enumerate(self.statements):
                    started = time.perf_counter()
                    cursor.execute(statement.sql, statement.filled(values))
                    rows = cursor.fetchall() if cursor.description is not None else []
                    if clock is not None:
                        clock.append(time.perf_counter() - started)
                    if statement.is_batch and not rows:
                        connection.rollback()
                        return False
                    if rows:
                        self._learner(index, cursor.description)(values, rows[0])
            started = time.perf_counter()
            connection.commit()
            if clock is not None:
                clock.append(time.perf_counter() - started)
        except BaseException:
            connection.rollback()
            raise
        return True

    def _learner(self, index: int, description: Any) -> Callable[[Params, tuple[Any, ...]], None]:
        """What later statements take from this one's first row (built once per statement)."""
        if index not in self._learners:
            self._learners[index] = _learner([column.name for column in description], self.number)
        return self._learners[index]


def _learner(names: list[str], number: str) -> Callable[[Params, tuple[Any, ...]], None]:
    if "last_value" in names:  # the counter: the case number
        at = names.index("last_value")
        prefix, digits = re.fullmatch(r"(.*?)(\d+)", number).groups()  # type: ignore[union-attr]
        width = len(digits)

        def numbered(values: Params, row: tuple[Any, ...]) -> None:
            values["number"] = f"{prefix}{row[at]:0{width}d}"

        return numbered
    if {"version", "trail_length", "trail_head"} <= set(names):  # the case, locked
        version, length, head = (names.index(n) for n in ("version", "trail_length", "trail_head"))

        def read(values: Params, row: tuple[Any, ...]) -> None:
            values.update(
                version=row[version],
                next_version=row[version] + 1,
                next_length=row[length] + 1,
                prev_hash=row[head],
            )

        return read
    return lambda _values, _row: None


def intake_values(body: dict[str, Any]) -> Params:
    """An intake's fresh values: the body's people, a new event, now."""
    claimant, employer = body["claimant"], body.get("employer") or {}
    return {
        "name": claimant["name"],
        "id_number": claimant.get("id_number"),
        "phone": claimant.get("phone"),
        "employer": employer.get("name"),
        "credit_code": employer.get("credit_code"),
        "amount": Decimal(body["claim_amount"]),
        **event_values(),
    }


def transition_values(case_id: int) -> Params:
    """A transition's fresh values before the case is read: its id, a new event, now."""
    return {
        "case_id": case_id,
        "request_id": uuid.uuid4().hex,
        "endpoint": f"POST /api/v1/cases/{case_id}/transitions",
        **event_values(),
    }


def event_values() -> Params:
    return {"now": datetime.now(UTC), "event_id": str(uuid.uuid4()), "hash": secrets.token_hex(32)}


def _one(sent: Sequence[Sent], test: Callable[[str], bool]) -> Sent:
    found = [s for s in sent if test(s.sql)]
    if len(found) != 1:
        raise ValueError(f"expected one such statement, found {len(found)}")
    return found[0]


def stripped_transition(sent: Sequence[Sent], tables: frozenset[str], cancel: bool) -> list[Sent]:
    """The transition writing less: only ``tables``' rows in the batch, its timer cancel
    (the ``cancelled`` and ``cleared`` parts of the batch's ``WITH``) or not.

    Not the service: it weighs what each kind of row costs (the case's versioned
    ``UPDATE`` is always kept, and with it the 412 of a stale version).
    """
    batch = _one(sent, lambda sql: sql.startswith("WITH moved AS"))
    tail = re.search(r"\)\s*SELECT moved\.id", batch.sql)
    starts = list(re.finditer(r"(?:WITH |,\s*)(moved|cancelled|cleared|r\d+) AS\s*\(", batch.sql))
    if tail is None or not starts or starts[0][1] != "moved":
        raise ValueError("the write batch has changed its form")
    ends = [m.start() for m in starts[1:]] + [tail.start() + 1]
    kept = []
    for start, end in zip(starts, ends, strict=True):
        part = batch.sql[start.start(1) : end]
        table = re.search(r"INSERT INTO (\w+)", part)
        if start[1] in ("cancelled", "cleared"):
            if cancel:
                kept.append(part)
        elif start[1] == "moved" or (table is not None and table[1] in tables):
            kept.append(part)
    one = Sent("WITH " + ",\n".join(kept) + "\nSELECT moved.id FROM moved", batch.params)
    return [one if s is batch else s for s in sent]


def load(path: Path) -> Captured:
    with path.open("rb") as file:
        captured = pickle.load(file)
    assert isinstance(captured, Captured)
    return captured


SPEND = "X-Floor-Spend-Ms"


def spend(milliseconds: float) -> None:
    """Spend this much of the process's CPU in Python: what the service's own code may
    take beside its statements (``bench.floor --spend``)."""
    until = time.process_time() + milliseconds / 1000
    while time.process_time() < until:
        pass


def add_floor(app: Flask, engine: Engine, path: Path) -> None:
    """The replay endpoints: ``/floor/cases`` and ``/floor/transition/<case_id>``.

    A request with the header ``X-Floor-Spend-Ms`` first spends that much CPU in Python.
    """
    captured = load(path)

    @app.before_request
    def spend_as_asked() -> None:
        if milliseconds := request.headers.get(SPEND):
            spend(float(milliseconds))

    intake = Replay.of(captured.intake, captured.number)
    transitions = {a: Replay.of(s, captured.number) for a, s in captured.http.items()}

    @app.post("/floor/cases")
    def floor_register():  # type: ignore[no-untyped-def]
        values = intake_values(request.get_json())
        connection = engine.raw_connection()
        try:
            intake.run(connection, values)
        finally:
            connection.close()
        return jsonify(number=values["number"]), 201

    @app.post("/floor/transition/<int:case_id>")
    def floor_transition(case_id: int):  # type: ignore[no-untyped-def]
        values = transition_values(case_id)
        connection = engine.raw_connection()
        try:
            moved = transitions[request.json["action"]].run(connection, values)  # type: ignore[index]
        finally:
            connection.close()
        return jsonify(version=values["next_version"]), 200 if moved else 412
