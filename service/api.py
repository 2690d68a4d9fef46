"""The flask-smorest Api: OpenAPI document, docs page and the shared error schema."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import flask_smorest
import flask_swagger_ui
import marshmallow as ma
from flask import Flask, Response, send_from_directory
from flask_smorest import Api


class ErrorBody(ma.Schema):
    code = ma.fields.String(metadata={"description": "machine-readable error code"})
    message = ma.fields.String(metadata={"description": "what went wrong, for people"})
    fields = ma.fields.Dict(  # type: ignore[assignment]  # the error body's own "fields"
        metadata={"description": "messages per request field"}
    )


class ErrorSchema(ma.Schema):
    error = ma.fields.Nested(ErrorBody)


class Blueprint(flask_smorest.Blueprint):
    """flask-smorest's Blueprint whose argument schemas are built once, not per request."""

    def arguments(self, schema: Any, **kwargs: Any) -> Any:
        # Given a schema class, webargs builds an instance on every request it parses,
        # deep-copying each declared field (0.3 ms for an intake). A schema keeps no
        # state between loads, so one instance serves every request.
        return super().arguments(schema() if isinstance(schema, type) else schema, **kwargs)


class UnioncaseApi(Api):
    """Api whose errors use unioncase's format; handlers live in ``service.errors``."""

    ERROR_SCHEMA = ErrorSchema

    def _register_error_handlers(self) -> None:
        pass

    def _init_spec(self, *args: Any, **kwargs: Any) -> None:
        super()._init_spec(*args, **kwargs)
        self.ma_plugin.converter.add_attribute_function(_declared_format)


def _declared_format(self: Any, field: ma.fields.Field, **kwargs: Any) -> dict[str, Any]:
    """Type, format and pattern a field of ``service.fields`` declares as ``OPENAPI``."""
    # What the field itself says (a description, a narrower pattern) comes first.
    declared = getattr(field, "OPENAPI", {})
    return {key: value for key, value in declared.items() if key not in field.metadata}


# Swagger UI's files as the flask-swagger-ui package ships them: union offices often
# sit on closed networks, where a page loading them from a CDN stays blank.
SWAGGER_UI_FILES = Path(flask_swagger_ui.__file__).parent / "dist"
SWAGGER_UI_ASSETS = "/api/docs/assets/"


def serve_swagger_ui_files(app: Flask) -> None:
    """Serve the files /api/docs loads from this process."""

    @app.get(f"{SWAGGER_UI_ASSETS}<path:filename>")
    def swagger_ui_file(filename: str) -> Response:
        return send_from_directory(SWAGGER_UI_FILES, filename, max_age=86400)


API_CONFIG: dict[str, Any] = {
    "API_TITLE": "unioncase",
    "API_VERSION": "v1",
    "OPENAPI_VERSION": "3.0.3",
    "OPENAPI_URL_PREFIX": "/api",
    "OPENAPI_JSON_PATH": "v1/openapi.json",
    "OPENAPI_SWAGGER_UI_PATH": "docs",
    "OPENAPI_SWAGGER_UI_URL": SWAGGER_UI_ASSETS,
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
