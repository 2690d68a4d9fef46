"""Messages people read, written in English in code and translated where they are shown."""

from __future__ import annotations

from datetime import date
from typing import Any


class Text(str):
    """An English message that remembers its template and values, so it can be translated."""

    template: str
    params: dict[str, Any]

    def __new__(cls, template: str, params: dict[str, Any]) -> Text:
        text = super().__new__(cls, template.format(**params) if params else template)
        text.template = template
        text.params = params
        return text

    def __reduce__(self) -> tuple[Any, ...]:
        return (Text, (self.template, self.params))


def N_(template: str, /, **params: Any) -> Text:
    """Mark ``template`` as a message to translate; ``params`` fill its ``{placeholders}``."""
    return Text(template, params)


def stored(message: Text) -> dict[str, Any]:
    """``message`` as JSON to keep in the database and translate when it is read."""
    return {
        "template": message.template,
        "params": {k: _stored(v) for k, v in message.params.items()},
    }


def from_stored(data: dict[str, Any]) -> Text:
    """The message ``stored`` kept, ready to translate again."""
    return Text(data["template"], {k: _loaded(v) for k, v in data["params"].items()})


def _stored(value: Any) -> Any:
    if isinstance(value, Text):
        return {"text": stored(value)}
    if isinstance(value, date):
        return {"date": value.isoformat()}
    return value


def _loaded(value: Any) -> Any:
    if isinstance(value, dict) and "text" in value:
        return from_stored(value["text"])
    if isinstance(value, dict) and "date" in value:
        return date.fromisoformat(value["date"])
    return value
