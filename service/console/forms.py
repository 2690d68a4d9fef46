"""Turning posted forms into the bodies the API's schemas and the workflows read.

A form sends every field, filled or not; the API judges what was *sent*. So an empty
field is left out, and the same schema or workflow decides what is missing or wrong.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from werkzeug.datastructures import MultiDict

from workflows.data import Field

INTAKE_TEXT = (
    "type",
    "category",
    "channel",
    "unit",
    "received_at",
    "claim_amount",
    "known_on",
    "employment_end_on",
    "accident_on",
    "hardship_level",
    "description",
    "assignee",
)
INTAKE_WHOLE_NUMBERS = ("workers_involved", "household_size")
CLAIMANT = ("name", "id_number", "phone", "address")
EMPLOYER = ("name", "credit_code")
INSTALMENT_ROWS = 6  # rows the agreement form offers; an agreement with more uses the API
WHOLE = re.compile(r"\s*\d{1,9}\s*")


def _filled(form: Mapping[str, str], name: str) -> str | None:
    value = form.get(name, "")
    return value if value.strip() else None


def _whole_number(raw: str) -> int | str:
    """Digits become a number; anything else goes on as text for the schema to refuse."""
    return int(raw) if WHOLE.fullmatch(raw) else raw


def intake_body(form: MultiDict[str, str]) -> dict[str, Any]:
    """The intake form as the body ``POST /api/v1/cases`` takes."""
    body: dict[str, Any] = {}
    for name in INTAKE_TEXT:
        if (value := _filled(form, name)) is not None:
            body[name] = value
    for name in INTAKE_WHOLE_NUMBERS:
        if (value := _filled(form, name)) is not None:
            body[name] = _whole_number(value)
    body["claimant"] = {
        name: value for name in CLAIMANT if (value := _filled(form, f"claimant.{name}")) is not None
    }
    employer = {
        name: value for name in EMPLOYER if (value := _filled(form, f"employer.{name}")) is not None
    }
    if employer:
        body["employer"] = employer
    if form.get("allow_duplicate") == "true":
        body["allow_duplicate"] = True
    return body


def action_data(fields: tuple[Field, ...], form: MultiDict[str, str]) -> dict[str, Any]:
    """An action's form as the ``data`` of a transition, field by field from its definition."""
    data: dict[str, Any] = {}
    for field in fields:
        if field.kind == "consent":
            if form.get(field.name) == "true":
                data[field.name] = True
        elif field.kind == "instalments":
            rows = [
                {"due_on": due_on, "amount": amount}
                for due_on, amount in zip(
                    form.getlist(f"{field.name}.due_on"),
                    form.getlist(f"{field.name}.amount"),
                    strict=False,
                )
                if due_on.strip() or amount.strip()
            ]
            if rows:
                data[field.name] = rows
        elif (value := _filled(form, field.name)) is not None:
            data[field.name] = value
    return data


def session_body(form: MultiDict[str, str]) -> dict[str, Any]:
    """The mediation-session form as ``POST .../sessions`` takes it; attendees one a line."""
    body: dict[str, Any] = {
        name: value
        for name in ("held_at", "place", "notes", "offer", "counter_offer")
        if (value := _filled(form, name)) is not None
    }
    attendees = [line.strip() for line in re.split(r"[\n,，、]", form.get("attendees", ""))]
    if any(attendees):
        body["attendees"] = [name for name in attendees if name]
    return body


def payment_body(form: MultiDict[str, str]) -> dict[str, Any]:
    body: dict[str, Any] = {
        name: value
        for name in ("amount", "method", "reference", "paid_on")
        if (value := _filled(form, name)) is not None
    }
    if (instalment := _filled(form, "instalment")) is not None:
        body["instalment"] = _whole_number(instalment)
    return body


def flat_errors(messages: Any, prefix: str = "") -> dict[str, list[str]]:
    """Nested schema messages as ``{"claimant.id_number": [...]}``, one key per form field."""
    if isinstance(messages, Mapping):
        flat: dict[str, list[str]] = {}
        for key, value in messages.items():
            name = f"{prefix}.{key}" if prefix else str(key)
            if key == "_schema" or isinstance(key, int):  # an item of a list: its list's field
                name = prefix or "_form"
            for field, found in flat_errors(value, name).items():
                flat.setdefault(field, []).extend(found)
        return flat
    if isinstance(messages, list | tuple):
        if all(isinstance(item, str) for item in messages):
            return {prefix or "_form": list(messages)}
        flat = {}
        for item in messages:
            for field, found in flat_errors(item, prefix).items():
                flat.setdefault(field, []).extend(found)
        return flat
    return {prefix or "_form": [str(messages)]}


PERSON_FIELDS = ("work_status", "health")
NEW_MEMBER = ("name", "id_number", "relation", "work_status", "health")
YEAR_FIELDS = ("year", "income", "essential_costs", "hardship_costs")
VISITOR_ROWS = 3  # visitor inputs the visit form offers; two are needed before a proposal


def household_changes(people: list[dict[str, Any]], form: MultiDict[str, str]) -> dict[str, Any]:
    """The household form as the body ``PATCH /api/v1/households/{id}`` takes.

    ``people`` is the file as filed, head first. An empty select keeps what is filed;
    the head and members are sent only when something about them changed.
    """
    changed = False
    given = []
    for index, person in enumerate(people):
        person = {key: value for key, value in person.items() if value is not None}
        for name in PERSON_FIELDS:
            value = _filled(form, f"members.{index}.{name}")
            if value is not None and value != person.get(name):
                person[name], changed = value, True
        given.append(person)
    new = {name: value for name in NEW_MEMBER if (value := _filled(form, f"new.{name}"))}
    if new:
        given.append(new)
        changed = True
    body: dict[str, Any] = {}
    if changed:
        head, *members = given
        head.pop("relation", None)
        body["head"], body["members"] = head, members
    year: dict[str, Any] = {
        name: value for name in YEAR_FIELDS if (value := _filled(form, name)) is not None
    }
    if year:
        if "year" in year:
            year["year"] = _whole_number(year["year"])
        body["years"] = [year]
    if (note := _filled(form, "note")) is not None:
        body["note"] = note
    return body


def household_errors(messages: Any, filed: int) -> dict[str, list[str]]:
    """The schema's messages by the household form's fields; the rest for the whole form.

    The head is field row 0, the other members as filed rows 1…, and a member after
    those is the one being added (``new.*``); the year is the form's one year.
    """
    errors: dict[str, list[str]] = {}

    def put(name: str, found: Any) -> None:
        for field, texts in flat_errors(found, name).items():
            errors.setdefault(field, []).extend(texts)

    for key, value in (messages or {}).items():
        if key == "head" and isinstance(value, Mapping):
            for name, found in value.items():
                put(f"members.0.{name}" if name in PERSON_FIELDS else "_form", found)
        elif key == "members" and isinstance(value, Mapping):
            for index, fields in value.items():
                for name, found in fields.items() if isinstance(fields, Mapping) else []:
                    if isinstance(index, int) and index >= filed - 1 and name in NEW_MEMBER:
                        put(f"new.{name}", found)
                    elif isinstance(index, int) and name in PERSON_FIELDS:
                        put(f"members.{index + 1}.{name}", found)
                    else:
                        put("_form", found)
        elif key == "years" and isinstance(value, Mapping):
            for fields in value.values():
                for name, found in fields.items() if isinstance(fields, Mapping) else []:
                    put(name if name in YEAR_FIELDS else "_form", found)
        elif key == "note":
            put("note", value)
        else:
            put("_form", value)
    return errors


def visit_body(form: MultiDict[str, str]) -> dict[str, Any]:
    """The visit form as ``POST .../visits`` takes it; an unticked consent is a no."""
    body: dict[str, Any] = {
        name: value
        for name in ("kind", "visited_on", "findings")
        if (value := _filled(form, name)) is not None
    }
    visitors = [name.strip() for name in form.getlist("visitors") if name.strip()]
    if visitors:
        body["visitors"] = visitors
    body["consent"] = form.get("consent") == "true"
    return body


MONTH_ROWS = 6  # months the re-verification form offers: the six an exit is judged by


def reverification_body(form: MultiDict[str, str]) -> dict[str, Any]:
    """The re-verification form (fields ``reverify.*``) as ``POST .../reverifications``
    takes it; a month row left empty is not sent."""
    body: dict[str, Any] = {
        name: value
        for name in (*YEAR_FIELDS, "verified_on", "note")
        if (value := _filled(form, f"reverify.{name}")) is not None
    }
    months = []
    for row in range(MONTH_ROWS):
        month = _filled(form, f"reverify.months.{row}.month")
        per_head = _filled(form, f"reverify.months.{row}.per_head")
        given = {"month": month, "per_head": per_head}
        if month is not None or per_head is not None:
            months.append({key: value for key, value in given.items() if value is not None})
    if months:
        body["months"] = months
    if "year" in body:
        body["year"] = _whole_number(body["year"])
    return body


def exit_body(form: MultiDict[str, str]) -> dict[str, Any]:
    """The exit form (fields ``exit.*``) as ``POST .../exit`` takes it."""
    return {
        name: value
        for name in ("reason", "exited_on")
        if (value := _filled(form, f"exit.{name}")) is not None
    }
