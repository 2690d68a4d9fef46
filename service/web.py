"""What every endpoint shares: who is calling, and the one place a request commits."""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Callable
from functools import wraps
from typing import Any

from flask import Flask, Response, current_app, g, jsonify, make_response, request
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError
from werkzeug.routing import IntegerConverter

from service import logs
from service.access import service as access
from service.auth.enums import Role
from service.auth.service import Caller, authenticate
from service.db import session
from service.domain_errors import invalid
from service.errors import ApiError
from service.fields import writable_problem
from service.i18n import N_
from service.idempotency import service as idempotency
from service.outbox import service as outbox

View = Callable[..., Any]
REPLAYED_HEADERS = ("ETag", "Location")
# No request of this API nests deeper than a transition's instalments (body, data, list, item).
MAX_JSON_DEPTH = 16
ROW_ID_MAX = 2**31 - 1


class RowId(IntegerConverter):
    """``<int:...>`` in a path: a row id, 1 to 2,147,483,647 (PostgreSQL's integer)."""

    def __init__(self, url_map: Any, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("min", 1)
        kwargs.setdefault("max", ROW_ID_MAX)
        super().__init__(url_map, *args, **kwargs)


def _key_for(key: Any) -> str:
    """A JSON key as it can be shown back: escaped if it cannot be written as sent."""
    key = str(key)
    return key if writable_problem(key) is None else key.encode("unicode_escape").decode("ascii")


def _screen(value: Any, problems: dict[str, Any]) -> None:
    """Collect, by path, the strings of ``value`` that no one could have written."""
    pending: list[tuple[Any, dict[str, Any], str | None, int]] = [(value, problems, None, 1)]
    while pending:
        item, parent, key, depth = pending.pop()
        if depth > MAX_JSON_DEPTH:
            raise ApiError(
                400,
                N_("the body is nested too deeply (at most {depth} levels)", depth=MAX_JSON_DEPTH),
            )
        if isinstance(item, str):
            if (problem := writable_problem(item)) is not None and key is not None:
                parent[key] = [problem]
            elif problem is not None:
                parent["_body"] = [problem]
            continue
        if isinstance(item, dict):
            children = list(item.items())
        elif isinstance(item, list):
            children = list(enumerate(item))
        else:
            continue
        here = parent.setdefault(key, {}) if key is not None else parent
        for child_key, child in children:
            name = _key_for(child_key)
            if isinstance(child_key, str) and (problem := writable_problem(child_key)):
                here[name] = [problem]
                continue
            pending.append((child, here, name, depth + 1))
    _prune(problems)


def _prune(tree: dict[str, Any]) -> None:
    for key in list(tree):
        if isinstance(tree[key], dict):
            _prune(tree[key])
            if not tree[key]:
                del tree[key]


def screen_json_body() -> None:
    """Refuse, before any view reads it, a JSON body nested too deeply or holding unwritable text.

    One check for every endpoint, free-form ``data`` included: a NUL or a lone surrogate
    would otherwise reach the database, and deep nesting the parser's recursion limit.
    """
    if not request.is_json:
        return
    try:
        body = json.loads(request.get_data(cache=True))
    except RecursionError:
        raise ApiError(
            400, N_("the body is nested too deeply (at most {depth} levels)", depth=MAX_JSON_DEPTH)
        ) from None
    except ValueError:
        return  # not JSON: each endpoint says so in its own words
    problems: dict[str, Any] = {}
    _screen(body, problems)
    if problems:
        raise invalid(problems)


REQUEST_ID = "X-Request-Id"
# A request id from a proxy or client is kept if it is short and plain.
_GIVEN_REQUEST_ID = re.compile(r"[A-Za-z0-9._:-]{1,64}")


def register_request_ids(app: Flask) -> None:
    """Every request gets an id: the caller's ``X-Request-Id`` or a new one, returned too.

    The id, and later the user, go into every log line the request writes.
    """

    @app.before_request
    def _start() -> None:
        given = request.headers.get(REQUEST_ID, "")
        g.request_id = given if _GIVEN_REQUEST_ID.fullmatch(given) else uuid.uuid4().hex
        endpoint = f"{request.method} {request.path}"
        g.log_context = logs.context(request_id=g.request_id, endpoint=endpoint)
        g.log_context.__enter__()

    @app.after_request
    def _answer(response: Response) -> Response:
        if "request_id" in g:
            response.headers[REQUEST_ID] = g.request_id
        return response

    @app.teardown_request
    def _end(_exc: BaseException | None) -> None:
        context = g.pop("log_context", None)
        if context is not None:
            context.__exit__(None, None, None)


def caller() -> Caller:
    """The authenticated user of the current request."""
    return g.caller


def requires(*roles: Role) -> Callable[[View], View]:
    """Authenticate the bearer token; 403 unless the caller has one of ``roles`` (any if none)."""

    def decorate(view: View) -> View:
        @wraps(view)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            who = authenticate(
                db_session=session(), authorization=request.headers.get("Authorization")
            )
            current_app.extensions["limiter"].hit(who.user_id)
            if roles and who.role not in roles:
                allowed = ", ".join(roles)
                raise ApiError(
                    403,
                    N_(
                        "only {allowed} may do this; you are {role}",
                        allowed=allowed,
                        role=N_(who.role),
                    ),
                )
            g.caller = who
            logs.bind(user_id=who.user_id)
            return view(*args, **kwargs)

        return wrapper

    return decorate


def _replay(record: idempotency.IdempotencyRecord) -> Response:
    response = jsonify(record.response["body"])
    response.status_code = record.status_code
    response.headers.update(record.response.get("headers", {}))
    response.headers["Idempotent-Replayed"] = "true"
    return response


def commits(*, idempotent: bool = False, body: bool = True) -> Callable[[View], View]:
    """Run a writing view as one unit of work: commit if it succeeds, roll back if not.

    With ``idempotent``, a request with an ``Idempotency-Key`` first claims the key;
    a retry gets the stored answer of the first request, waiting for it while that
    request runs. The answer is stored in the same transaction as its effect, and a
    refused request gives its key back. ``body`` says whether the request must carry
    a JSON object.
    """

    def decorate(view: View) -> View:
        @wraps(view)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            if body and not request.is_json:
                raise ApiError(400, N_("send a JSON body with Content-Type: application/json"))
            if body and not isinstance(request.get_json(silent=True), dict):
                raise ApiError(400, N_("the body must be a JSON object"))
            work = session()
            raw_key = request.headers.get("Idempotency-Key") if idempotent else None
            if raw_key is None:
                return _unit_of_work(work, view, args, kwargs, claim_id=None)
            claim_id, stored = idempotency.claim(
                db_session=work,
                user_id=caller().user_id,
                key=idempotency.check_key(raw_key),
                digest=idempotency.request_digest(request.get_data()),
            )
            if stored is not None:
                access.record_replayed(
                    db_session=work, caller=caller(), answer=stored.response["body"]
                )
                work.commit()
                return _replay(stored)
            assert claim_id is not None
            try:
                response = _unit_of_work(work, view, args, kwargs, claim_id=claim_id)
            except BaseException:
                idempotency.release(db_session=work, claim_id=claim_id)
                raise
            if response.status_code >= 400:
                idempotency.release(db_session=work, claim_id=claim_id)
            return response

        return wrapper

    return decorate


def _unit_of_work(
    work: Session, view: View, args: Any, kwargs: Any, *, claim_id: int | None
) -> Response:
    """The view's response, committed with its effect (and its answer under ``claim_id``)."""
    try:
        response = make_response(view(*args, **kwargs))
        if response.status_code >= 400:
            return response
        if claim_id is not None:
            headers = {h: response.headers[h] for h in REPLAYED_HEADERS if h in response.headers}
            idempotency.remember(
                db_session=work,
                claim_id=claim_id,
                status_code=response.status_code,
                response={"body": response.get_json(), "headers": headers},
            )
        outbox.commit(work, current_app)
    except StaleDataError:
        work.rollback()
        raise ApiError(412, N_("the case was changed by someone else; reload it")) from None
    except IntegrityError:
        work.rollback()
        raise ApiError(409, N_("the request conflicts with a concurrent change")) from None
    return response
