"""The refusals of the domain, raised by service code and mapped to HTTP by the web layer only.

A worker meets the same errors and handles them as outcomes (a stale case is
read again, a refused action is recorded), never as status codes.
"""

from __future__ import annotations

from typing import Any

from workflows.messages import N_


class DomainError(Exception):
    """A change or a read the domain refuses, with what to tell the person who asked."""

    code = "error"

    def __init__(
        self,
        message: str,
        *,
        code: str | None = None,
        fields: dict[str, Any] | None = None,
        **details: Any,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.code = code or self.code
        self.fields = fields or {}
        self.details = details


class NotFound(DomainError):
    """No such thing, or none the caller may see (the two are not told apart)."""

    code = "not_found"


class NotAllowed(DomainError):
    """The caller's role, unit or part in the case does not allow this."""

    code = "forbidden"


class Conflict(DomainError):
    """The case's state, or another record, rules this out now."""

    code = "conflict"


class Stale(DomainError):
    """Someone else changed the case since the caller read it."""

    code = "precondition_failed"


class Invalid(DomainError):
    """The input breaks a rule; ``fields`` says which, field by field."""

    code = "validation_failed"


def not_found(what: str = "case") -> NotFound:
    return NotFound(N_("no such {what}", what=N_(what)))


def invalid(fields: dict[str, Any]) -> Invalid:
    return Invalid(N_("some fields are not valid"), fields=fields)
