"""The flask-smorest Api: OpenAPI document, docs page and the shared error schema."""

from __future__ import annotations

from typing import Any

import marshmallow as ma
from flask_smorest import Api


class ErrorBody(ma.Schema):
    code = ma.fields.String(metadata={"description": "machine-readable error code"})
    message = ma.fields.String(metadata={"description": "what went wrong, for people"})
    fields = ma.fields.Dict(  # type: ignore[assignment]  # the error body's own "fields"
        metadata={"description": "messages per request field"}
    )


class ErrorSchema(ma.Schema):
    error = ma.fields.Nested(ErrorBody)


class UnioncaseApi(Api):
    """Api whose errors use unioncase's format; handlers live in ``service.errors``."""

    ERROR_SCHEMA = ErrorSchema

    def _register_error_handlers(self) -> None:
        pass


API_CONFIG: dict[str, Any] = {
    "API_TITLE": "unioncase",
    "API_VERSION": "v1",
    "OPENAPI_VERSION": "3.0.3",
    "OPENAPI_URL_PREFIX": "/api",
    "OPENAPI_JSON_PATH": "v1/openapi.json",
    "OPENAPI_SWAGGER_UI_PATH": "docs",
    "OPENAPI_SWAGGER_UI_URL": "https://cdn.jsdelivr.net/npm/swagger-ui-dist/",
    "API_SPEC_OPTIONS": {
        "info": {
            "description": "Casework for community trade unions: labour-dispute mediation "
            "(劳动争议调解) and hardship aid (困难职工帮扶)."
        },
        "components": {
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
        },
        "security": [{"bearer": []}],
    },
}
