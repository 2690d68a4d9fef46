"""The profile runner's layer rule: the deepest frame with a layer decides (bench.layers)."""

from __future__ import annotations

from bench.layers import (
    AUTH,
    DATABASE,
    DUMP,
    HTTP,
    LOGGING,
    NUDGE,
    OTHER,
    PARSING,
    SERVICE,
    SQL,
    Frame,
    Split,
    attribute,
)

SITE = "/venv/lib/python3.11/site-packages"
ROOT = "/repo"


def frame(path: str, function: str = "f") -> Frame:
    return Frame(function, path, 1)


REQUEST = [
    frame(f"{SITE}/werkzeug/serving.py", "run_wsgi"),
    frame(f"{SITE}/flask/app.py", "wsgi_app"),
    frame(f"{ROOT}/service/web.py", "wrapper"),
]
ARGUMENTS = frame(f"{SITE}/flask_smorest/arguments.py", "wrapper")
RESPONSE = frame(f"{SITE}/flask_smorest/response.py", "wrapper")
MARSHMALLOW = frame(f"{SITE}/marshmallow/schema.py", "_do_load")
FIELD_CHECK = frame(f"{ROOT}/service/fields.py", "_deserialize")
JSON = frame("/usr/lib/python3.11/json/encoder.py", "iterencode")


def test_marshmallow_is_parsing_under_the_arguments_and_dumping_under_the_response():
    assert attribute([*REQUEST, ARGUMENTS, MARSHMALLOW, FIELD_CHECK])[0] == PARSING
    assert attribute([*REQUEST, ARGUMENTS, RESPONSE, MARSHMALLOW, JSON])[0] == DUMP


def test_the_driver_counts_as_a_round_trip_wherever_it_is_called_from():
    authenticate = frame(f"{ROOT}/service/auth/service.py", "authenticate")
    execute = frame(f"{SITE}/sqlalchemy/orm/session.py", "execute")
    wait = frame(f"{SITE}/psycopg/connection.py", "wait")
    assert attribute([*REQUEST, authenticate])[0] == AUTH
    assert attribute([*REQUEST, authenticate, execute, wait]) == (DATABASE, len(REQUEST) + 2)


def test_statement_building_is_sql_and_service_code_calling_the_standard_library_is_service():
    register = frame(f"{ROOT}/service/cases/service.py", "register")
    assert attribute([*REQUEST, register, frame(f"{SITE}/sqlalchemy/sql/compiler.py")])[0] == SQL
    assert attribute([*REQUEST, register, frame("/usr/lib/python3.11/hashlib.py")])[0] == SERVICE


def test_the_nudge_and_the_framework_have_their_own_layers():
    nudge = frame(f"{ROOT}/service/outbox/service.py", "nudge")
    commit = frame(f"{ROOT}/service/outbox/service.py", "commit")
    assert attribute([*REQUEST, commit, nudge, frame(f"{SITE}/kombu/messaging.py")])[0] == NUDGE
    assert attribute([*REQUEST, commit])[0] == SERVICE
    logger = frame("/usr/lib/python3.11/logging/__init__.py", "info")
    assert attribute([*REQUEST, commit, logger, JSON])[0] == LOGGING
    assert attribute(REQUEST[:2])[0] == HTTP
    assert attribute([frame("/usr/lib/python3.11/threading.py")]) == (OTHER, -1)


def test_a_split_sums_seconds_per_layer_and_names_the_project_code_that_asked():
    split = Split()
    register = frame(f"{ROOT}/service/cases/service.py", "register")
    wait = frame(f"{SITE}/psycopg/connection.py", "wait")
    split.add([*REQUEST, register, wait], 0.003)
    split.add([*REQUEST, register], 0.001)
    assert split.seconds == {DATABASE: 0.003, SERVICE: 0.001}
    assert split.items[DATABASE] == {
        "wait (site-packages/psycopg/connection.py) <- register (service/cases/service.py)": 0.003
    }
    assert split.askers[DATABASE] == {"register (service/cases/service.py)": 0.003}
    assert frame("/home/x/profile/service/web.py", "wrapper").label() == "wrapper (service/web.py)"


def test_pyinstrument_frame_infos_parse_into_frames():
    info = "execute\x00/x/site-packages/psycopg/cursor.py\x0097\x01cCursor\x01l101"
    assert Frame.parse(info) == Frame("execute", "/x/site-packages/psycopg/cursor.py", 97)
    assert Frame.parse("MainThread\x00<thread>\x00140265952381824").path == "<thread>"
