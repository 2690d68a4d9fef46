"""Parts of the OpenAPI document that code states once: headers, field formats, action data.

The data each transition action requires is generated here from the workflow
definitions, so the document cannot drift from what the engine checks.
"""

from __future__ import annotations

from typing import Any

from service.idempotency.service import MAX_KEY_LENGTH
from workflows.data import MAX_AMOUNT, Field
from workflows.definitions import WORKFLOWS
from workflows.engine import SYSTEM

MONEY = {
    "type": "string",
    "format": "decimal",
    "pattern": r"^[0-9]{1,12}(\.[0-9]{1,2})?$",
    "example": "8600.00",
    "description": "yuan as text, at most two decimal places (分), at most "
    f"{MAX_AMOUNT}; full-width digits are read too",
}
ID_NUMBER = {
    "type": "string",
    "format": "cn-resident-id",
    "pattern": "^[0-9]{17}[0-9Xx]$",
    "example": "11010519491231002X",
    "description": "resident ID number 居民身份证号 (GB 11643), its check digit checked",
}
CREDIT_CODE = {
    "type": "string",
    "format": "cn-credit-code",
    "pattern": "^[0-9A-HJ-NP-RTUW-Y]{2}[0-9]{6}[0-9A-HJ-NP-RTUW-Y]{10}$",
    "example": "91350100M000100Y43",
    "description": "unified social credit code 统一社会信用代码 (GB 32100), its check "
    "character checked",
}
MONTH = {
    "type": "string",
    "format": "cn-month",
    "pattern": r"^[0-9]{4}-(0[1-9]|1[0-2])$",
    "example": "2026-06",
    "description": "a calendar month YYYY-MM, from 2000 to the current one (China time)",
}
PHONE = {
    "type": "string",
    "format": "cn-phone",
    "pattern": r"^(1[3-9][0-9]{9}|0[1-9][0-9]{1,2}-[1-9][0-9]{6,7}(-[0-9]{1,6})?)$",
    "example": "13800138000",
    "description": "a mainland mobile, or a landline 区号-号码[-分机]; +86, spaces and "
    "full-width digits are read too",
}
# Money that must be more than nothing: a payment, an instalment.
POSITIVE_MONEY_PATTERN = r"^([1-9][0-9]{0,11}(\.[0-9]{1,2})?|0\.([1-9][0-9]?|0[1-9]))$"
# Text as people write it: anything but NUL (and half a surrogate pair, which JSON text
# can carry but no string can hold).
TEXT = {"type": "string", "pattern": "^[^\\u0000]*$"}
# A name: at least one character that is not a space as the server collapses spaces
# (Python's str.split, which also splits on the control separators U+001C-U+001F).
_SPACES = "".join(f"\\u{ord(c):04x}" for c in map(chr, range(0x10000)) if c.isspace())
NAME_PATTERN = f"^[^\\u0000]*[^\\u0000{_SPACES}][^\\u0000]*$"
DATE = {"type": "string", "format": "date", "example": "2026-11-20"}
# A moment as the desk writes it: RFC 3339's date-time requires an offset, the office
# does not (China time is meant), so the format is one of our own.
LOCAL_DATE_TIME = {
    "type": "string",
    "format": "cn-date-time",
    "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(:[0-9]{2}([.][0-9]{1,6})?)?"
    "([Zz]|[+-][0-9]{2}:[0-9]{2})?$",
    "example": "2026-11-20T09:30:00+08:00",
    "description": "ISO 8601 date and time, from 2000 to a few years ahead; China time "
    "(UTC+8) if no offset is given",
}
# Days from one date to another, both included, as a query parameter carries them.
DATE_RANGE = {
    "type": "string",
    "format": "date-range",
    "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2},[0-9]{4}-[0-9]{2}-[0-9]{2}$",
    "example": "2026-10-01,2026-10-31",
}
DATE_RANGE_WORDS = (
    "two dates from 2000 to a few years ahead, from,to, both days included, the first "
    "not after the second; full-width digits are read too"
)


def with_files(schema: str) -> dict[str, Any]:
    """The 200 of a list or report: ``schema`` as JSON, or the file ``format`` asks for."""
    return {
        "200": {
            "content": {
                "application/json": {"schema": {"$ref": f"#/components/schemas/{schema}"}},
                "text/csv": {"schema": {"type": "string"}},
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {
                    "schema": {"type": "string", "format": "binary"}
                },
            }
        }
    }


IF_MATCH = {
    "in": "header",
    "name": "If-Match",
    "required": True,
    "description": 'the ETag of the case as you last read it, e.g. "3"; 412 if it has changed',
    "schema": {"type": "string", "pattern": r'^(W/)?"[\x21\x23-\x7e]*"$', "example": '"1"'},
}
IDEMPOTENCY_KEY = {
    "in": "header",
    "name": "Idempotency-Key",
    "required": False,
    "description": "a key of your choosing per intended request; a retry with the same key "
    "and body gets the first answer again (with Idempotent-Replayed: true)",
    "schema": {
        "type": "string",
        "minLength": 1,
        "maxLength": MAX_KEY_LENGTH,
        "pattern": r"^[\x21-\x7e]([\x20-\x7e]*[\x21-\x7e])?$",
    },
}


def _data_field(field: Field, objects: dict[str, Any]) -> dict[str, Any]:
    if field.kind == "text":
        return {**TEXT, "minLength": 1, "maxLength": field.max_length}
    if field.kind == "date":
        return DATE
    if field.kind == "money":
        return MONEY
    if field.kind == "consent":
        return {"type": "boolean", "enum": [True], "description": "must be true"}
    if field.kind == "choice":
        return {"type": "string", "enum": list(field.choices)}
    if field.kind == "instalments":
        instalment = {
            "type": "object",
            "required": ["due_on", "amount"],
            "properties": {"due_on": DATE, "amount": MONEY},
            "additionalProperties": False,
        }
        return {
            "type": "array",
            "items": instalment,
            "minItems": 1,
            "maxItems": 60,
            "description": "due dates distinct and in order; amounts add up to the agreed amount",
        }
    return objects.get(field.name, {"type": "object"})


def _action_body(
    case_type: str, action: str, fields: tuple[Field, ...], objects: dict[str, Any]
) -> dict[str, Any]:
    data = {
        "type": "object",
        "properties": {f.name: _data_field(f, objects) for f in fields},
        "additionalProperties": False,
    }
    required = [f.name for f in fields if f.required]
    if required:
        data["required"] = required
    return {
        "title": f"{case_type}: {action}",
        "type": "object",
        "required": ["action", *(["data"] if required else [])],
        "properties": {
            "action": {"type": "string", "enum": [action]},
            "note": {**TEXT, "maxLength": 2000},
            "data": data,
        },
        "additionalProperties": False,
    }


def transition_bodies(objects: dict[str, Any]) -> dict[str, Any]:
    """The request body of a transition: one alternative per case type and action people fire.

    ``objects`` gives the schema of each ``object`` field (a converted consultation's
    ``case`` is the intake of a new case).
    """
    bodies = []
    for case_type, workflow in WORKFLOWS.items():
        seen: set[str] = set()
        for transition in workflow.transitions:
            if transition.action in seen or transition.who == frozenset({SYSTEM}):
                continue
            seen.add(transition.action)
            bodies.append(_action_body(case_type, transition.action, transition.requires, objects))
    return {
        "required": True,
        "content": {"application/json": {"schema": {"anyOf": bodies}}},
        "description": "the action and the data it requires; which actions are possible "
        "now is the case's allowed_actions",
    }
