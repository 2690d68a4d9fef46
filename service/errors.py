"""The one error format of the API: {"error": {"code", "message", "fields"}} (DESIGN §3)."""

from __future__ import annotations

import logging
from typing import Any

from flask import Flask, Response, jsonify, request
from flask.typing import ResponseReturnValue
from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from werkzeug.exceptions import HTTPException, MethodNotAllowed

from service.domain_errors import Conflict, DomainError, Invalid, NotAllowed, NotFound, Stale
from service.i18n import N_, language, translate, translate_all

log = logging.getLogger(__name__)

# Codes by HTTP status for errors raised by Flask, Werkzeug or webargs.
STATUS_CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    409: "conflict",
    412: "precondition_failed",
    413: "payload_too_large",
    415: "unsupported_media_type",
    422: "validation_failed",
    428: "precondition_required",
    429: "rate_limited",
    503: "service_unavailable",
}

# What Werkzeug's own errors say, shorter and translatable.
STATUS_MESSAGES = {
    400: N_("the request is not valid"),
    404: N_("no such address; see /api/docs"),
    405: N_("this address does not take that method"),
    413: N_("the body is too large (at most 1 MiB)"),
    415: N_("send a JSON body with Content-Type: application/json"),
}


class ApiError(Exception):
    """A request the API refuses, with what to tell the caller."""

    def __init__(
        self,
        status: int,
        message: str,
        *,
        code: str | None = None,
        fields: dict[str, Any] | None = None,
        **extra: Any,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code or STATUS_CODES.get(status, "error")
        self.message = message
        self.fields = fields or {}
        self.extra = extra


# The one place a refusal of the domain becomes an HTTP status (STYLE rule 12).
DOMAIN_STATUS: dict[type[DomainError], int] = {
    NotFound: 404,
    NotAllowed: 403,
    Conflict: 409,
    Stale: 412,
    Invalid: 422,
}


def http_status(error: DomainError) -> int:
    return next(status for kind, status in DOMAIN_STATUS.items() if isinstance(error, kind))


def from_domain(error: DomainError) -> ApiError:
    return ApiError(
        http_status(error), error.message, code=error.code, fields=error.fields, **error.details
    )


def error_response(error: ApiError) -> tuple[Response, int, dict[str, str]]:
    """The error as JSON, its message and field messages in the caller's language."""
    lang = language()
    body: dict[str, Any] = {
        "code": error.code,
        "message": translate(error.message, lang),
        "fields": translate_all(error.fields, lang),
    }
    body.update(error.extra)
    headers = {"Content-Language": lang}
    if "retry_after" in error.extra:
        headers["Retry-After"] = str(error.extra["retry_after"])
    return jsonify(error=body), error.status, headers


def _from_http_exception(exc: HTTPException) -> ApiError:
    status = exc.code or 500
    data = getattr(exc, "data", None) or {}
    messages = data.get("messages") or data.get("errors") or {}
    fields: dict[str, Any] = {}
    # webargs nests messages under the location ("json", "query", ...).
    for location, location_messages in messages.items():
        if isinstance(location_messages, dict):
            fields.update(location_messages)
        else:
            fields[f"_{location}"] = location_messages
    if status == 400 and "_json" in fields:
        return ApiError(400, N_("the body is not valid JSON"))
    if status == 422:
        return ApiError(422, N_("some fields are not valid"), fields=fields)
    message = data.get("message") or STATUS_MESSAGES.get(status) or exc.description or exc.name
    return ApiError(status, message, fields=fields)


class RequestTimedOut(Exception):
    """The web server gave up on this request (gunicorn's timeout, gunicorn.conf.py)."""


DATABASE_RETRY_AFTER = 5  # seconds: a restart, a failover or a dropped connection


def _unavailable(exc: Exception) -> ApiError | None:
    """A 503 for a database that is down, dropped the connection or did not answer in time."""
    if isinstance(exc, RequestTimedOut):
        return ApiError(
            503,
            N_("the request took too long; try again shortly"),
            code="timeout",
            retry_after=DATABASE_RETRY_AFTER,
        )
    unreachable = isinstance(exc, OperationalError | InterfaceError | PoolTimeout) or (
        isinstance(exc, DBAPIError) and exc.connection_invalidated
    )
    if not unreachable:
        return None
    cause = getattr(exc, "orig", None) or exc
    log.warning("database unavailable", extra={"error": type(cause).__name__})
    return ApiError(
        503,
        N_("the database is not available; try again shortly"),
        code="database_unavailable",
        retry_after=DATABASE_RETRY_AFTER,
    )


def register_error_handlers(app: Flask) -> None:
    app.register_error_handler(ApiError, error_response)

    @app.errorhandler(DomainError)
    def _domain(error: DomainError) -> ResponseReturnValue:
        return error_response(from_domain(error))

    @app.errorhandler(HTTPException)
    def _http(exc: HTTPException) -> ResponseReturnValue:
        body, status, headers = error_response(_from_http_exception(exc))
        if isinstance(exc, MethodNotAllowed) and exc.valid_methods:
            # RFC 9110 §15.5.6: a 405 names the methods the address does take.
            headers["Allow"] = ", ".join(sorted(exc.valid_methods))
        return body, status, headers

    @app.errorhandler(Exception)
    def _unexpected(exc: Exception) -> ResponseReturnValue:
        if (unavailable := _unavailable(exc)) is not None:
            return error_response(unavailable)
        log.exception(
            "unhandled %s in %s %s",
            type(exc).__name__,
            request.method,
            request.path,
            extra={"endpoint": request.endpoint},
        )
        return error_response(ApiError(500, N_("internal error"), code="internal_error"))
