"""Messages people read, written in English in code and translated where they are shown."""

from __future__ import annotations

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
