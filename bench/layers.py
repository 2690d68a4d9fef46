"""Which layer of the stack a profiler sample belongs to, decided by its call stack.

The rule, applied to every sample (one call stack, root first, and the time it stood
for): each frame is matched against ``RULES`` in order, by a fragment of its file path
and, for some rules, its function name; the first rule that matches gives the frame a
layer, or declares it *transparent* (layer ``None``). The sample belongs to the layer
of its **deepest** frame that has one. A frame that no rule matches is transparent.

So time spent inside a library is charged to the layer that called it: marshmallow
loading a body under webargs is argument parsing, the same marshmallow dumping the
answer under flask-smorest's response decorator is the response dump, and the
standard library (``json``, ``hashlib``, ``re``) belongs to whoever called it. The
database driver, SQLAlchemy, the broker client and logging are layers of their own
wherever they are called from, because they are what the redesign has to count: a
query issued by the auth check is a database round trip, not auth. Project code is
service logic, except the schemas and field checks (transparent: they run under
parsing or dumping), the request gate (auth), the answer's view (response) and the
nudge (broker).
"""

from __future__ import annotations

import functools
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

HTTP = "HTTP and routing"
AUTH = "auth and rate limit"
PARSING = "argument parsing and validation"
SERVICE = "service logic"
SQL = "SQL building and compilation"
ORM = "ORM and engine"
DATABASE = "database driver and round trips"
DUMP = "response dump"
NUDGE = "broker nudge"
LOGGING = "logging"
CLIENT = "test client (not server work)"
MEASURING = "measurement overhead"
OTHER = "other"
LAYERS = (
    HTTP, AUTH, PARSING, SERVICE, SQL, ORM, DATABASE, DUMP, NUDGE, LOGGING, CLIENT, MEASURING,
    OTHER,
)  # fmt: skip
PROJECT = ("/service/", "/workflows/", "/workers/")


@dataclass(frozen=True)
class Rule:
    layer: str | None  # None: transparent, the frame's caller decides
    path: str  # a fragment of the frame's file path, "/" separated
    functions: frozenset[str] = field(default_factory=frozenset)  # empty: any function

    def matches(self, path: str, function: str) -> bool:
        return self.path in path and (not self.functions or function in self.functions)


def _rule(layer: str | None, path: str, *functions: str) -> Rule:
    return Rule(layer, path, frozenset(functions))


RULES: tuple[Rule, ...] = (
    _rule(MEASURING, "/bench/"),
    _rule(MEASURING, "/pyinstrument/"),
    # The test client stands in for gunicorn's socket and HTTP parsing.
    _rule(CLIENT, "/werkzeug/test.py"),
    _rule(CLIENT, "/flask/testing.py"),
    # Drivers and the broker client, wherever they are called from.
    _rule(DATABASE, "/psycopg/"),
    _rule(DATABASE, "/psycopg_binary/"),
    _rule(DATABASE, "/psycopg_pool/"),
    _rule(DATABASE, "/sqlite3/"),
    _rule(DATABASE, "/sqlalchemy/engine/default.py", "do_execute", "do_executemany"),
    _rule(NUDGE, "/celery/"),
    _rule(NUDGE, "/kombu/"),
    _rule(NUDGE, "/redis/"),
    _rule(NUDGE, "/amqp/"),
    _rule(NUDGE, "/vine/"),
    _rule(NUDGE, "/service/outbox/service.py", "nudge"),
    # Log records, formatted as JSON lines and written, wherever they are made.
    _rule(LOGGING, "/logging/"),
    _rule(LOGGING, "/service/logs.py"),
    # SQLAlchemy: the expression language (statement building, cache keys, the
    # compiler, type processing) apart from the ORM, engine, pool and events.
    _rule(SQL, "/sqlalchemy/sql/"),
    _rule(ORM, "/sqlalchemy/"),
    # The request body and its validation; the answer and its serialisation.
    _rule(PARSING, "/werkzeug/wrappers/request.py", "get_json", "is_json"),
    _rule(PARSING, "/flask/wrappers.py", "on_json_loading_failed"),
    _rule(PARSING, "/flask/json/provider.py", "loads"),
    _rule(PARSING, "/webargs/"),
    _rule(PARSING, "/flask_smorest/arguments.py"),
    _rule(DUMP, "/flask_smorest/response.py"),
    _rule(DUMP, "/flask/json/"),
    _rule(DUMP, "/service/cases/reading.py", "view_of", "_timer_view", "sees_identity"),
    _rule(DUMP, "/service/cases/views.py", "_detail", "_etag"),
    # Schemas and field checks run under whichever of the two called them.
    _rule(None, "/service/cases/schemas.py"),
    _rule(None, "/service/fields.py"),
    _rule(None, "/service/identity.py"),
    _rule(None, "/service/i18n.py"),
    _rule(None, "/workflows/messages.py"),
    _rule(AUTH, "/service/auth/"),
    _rule(AUTH, "/service/ratelimit.py"),
    _rule(AUTH, "/service/web.py", "caller"),
    _rule(SERVICE, "/service/"),
    _rule(SERVICE, "/workflows/"),
    # The framework: routing, contexts, request and response objects, error handlers.
    _rule(HTTP, "/flask_smorest/"),
    _rule(HTTP, "/flask/"),
    _rule(HTTP, "/werkzeug/"),
)


@dataclass(frozen=True)
class Frame:
    function: str
    path: str
    line: int

    @classmethod
    def parse(cls, info: str) -> Frame:
        """A frame from pyinstrument's ``function\\x00path\\x00line\\x01attributes`` form."""
        identifier = info.split("\x01", 1)[0]
        function, path, line = ([*identifier.split("\x00"), "", ""])[:3]
        return cls(function, path.replace("\\", "/"), int(line) if line.isdigit() else 0)

    def label(self) -> str:
        """``function (file)``: the project's files from the repository root, others short."""
        for part in (*PROJECT, "/bench/"):
            if part in self.path:
                return f"{self.function} ({self.path[self.path.rindex(part) + 1 :]})"
        tail = "/".join(self.path.rsplit("/", 3)[-3:]) if "/" in self.path else self.path
        return f"{self.function} ({tail})"


@functools.cache
def _layer_of(path: str, function: str, rules: tuple[Rule, ...]) -> str | None:
    for rule in rules:
        if rule.matches(path, function):
            return rule.layer
    return None


def layer_of_frame(frame: Frame, rules: Sequence[Rule] = RULES) -> str | None:
    """The frame's layer by the first rule that matches it; None when transparent."""
    return _layer_of(frame.path, frame.function, tuple(rules))


def attribute(stack: Sequence[Frame], rules: Sequence[Rule] = RULES) -> tuple[str, int]:
    """The layer of one sample and the index of the frame that decided it (-1: none)."""
    for index in range(len(stack) - 1, -1, -1):
        layer = layer_of_frame(stack[index], rules)
        if layer is not None:
            return layer, index
    return OTHER, -1


def project_caller(stack: Sequence[Frame], below: int) -> Frame | None:
    """The deepest project frame at or above ``below``: whose code asked for this work."""
    for index in range(min(below, len(stack) - 1), -1, -1):
        path = stack[index].path
        if any(part in path for part in PROJECT):
            return stack[index]
    return None


@dataclass
class Split:
    """Seconds per layer over many samples, and the items that took them."""

    seconds: Counter[str] = field(default_factory=Counter)
    # Per layer: the function that decided it (with the project function that called
    # into it), and the project function alone.
    items: defaultdict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    askers: defaultdict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))

    def add(self, stack: Sequence[Frame], seconds: float) -> None:
        layer, index = attribute(stack)
        self.seconds[layer] += seconds
        if index < 0:
            return
        decided = stack[index]
        asked = project_caller(stack, index)
        item = decided.label()
        if asked is not None and asked != decided:
            item += f" <- {asked.label()}"
        self.items[layer][item] += seconds
        self.askers[layer][asked.label() if asked is not None else "(no project code)"] += seconds

    def add_records(self, records: Iterable[tuple[Sequence[str], float]]) -> None:
        """Add pyinstrument's frame records (stack of frame infos, seconds)."""
        for infos, seconds in records:
            self.add([Frame.parse(info) for info in infos], seconds)

    @property
    def total(self) -> float:
        return sum(self.seconds.values())
