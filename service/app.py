"""The application factory: the only place an app, its engine and its Celery app are built."""

from __future__ import annotations

from typing import Any

from flask import Flask

from service import cli, console, logs
from service.api import API_CONFIG, UnioncaseApi, serve_swagger_ui_files
from service.audit import cli as audit_cli
from service.audit.views import blp as audit_blp
from service.auth import cli as auth_cli
from service.broker import init_celery
from service.calculators.views import blp as calculators_blp
from service.campaigns import cli as campaigns_cli
from service.campaigns.views import blp as campaigns_blp
from service.cases.views import blp as cases_blp
from service.config import Settings
from service.db import Database
from service.demo import cli as demo_cli
from service.errors import register_error_handlers
from service.hash_chain import TrailKeys
from service.health.views import blp as health_blp
from service.households import cli as households_cli
from service.households.views import blp as households_blp
from service.households.views import case_visits_blp, settings_blp
from service.notifications.views import blp as pushes_blp
from service.outbox.views import blp as outbox_blp
from service.ratelimit import Limiter
from service.reports import cli as reports_cli
from service.reports.views import blp as reports_blp
from service.web import RowId, register_request_ids, screen_json_body
from service.worklist.views import blp as worklist_blp


def create_app(test_config: dict[str, Any] | None = None) -> Flask:
    """Build the app from the environment, or from ``test_config`` laid over it."""
    test_config = dict(test_config or {})
    settings: Settings = test_config.pop("SETTINGS", None) or Settings.from_env()
    app = Flask(__name__)
    app.config.update(
        SECRET_KEY=settings.secret_key,
        MAX_CONTENT_LENGTH=settings.max_body_bytes,
        **API_CONFIG,
    )
    app.json.ensure_ascii = False  # type: ignore[attr-defined]
    app.json.sort_keys = False  # type: ignore[attr-defined]
    app.config.update(test_config)
    app.extensions["settings"] = settings
    app.url_map.converters["int"] = RowId
    app.extensions["trail_keys"] = TrailKeys.of(settings.audit_key, settings.audit_old_keys)
    logs.configure(settings.log_level)

    Database().init_app(app, settings)
    app.extensions["limiter"] = Limiter(settings.rate_limit_per_minute)
    init_celery(app, settings)
    register_error_handlers(app)
    register_request_ids(app)
    app.before_request(screen_json_body)
    api = UnioncaseApi(app)
    serve_swagger_ui_files(app)
    api.register_blueprint(health_blp)
    api.register_blueprint(cases_blp)
    api.register_blueprint(case_visits_blp)
    api.register_blueprint(households_blp)
    api.register_blueprint(settings_blp)
    api.register_blueprint(audit_blp)
    api.register_blueprint(outbox_blp)
    api.register_blueprint(worklist_blp)
    api.register_blueprint(pushes_blp)
    console.init_app(app)
    api.register_blueprint(reports_blp)
    api.register_blueprint(calculators_blp)
    api.register_blueprint(campaigns_blp)
    auth_cli.init_app(app)
    audit_cli.init_app(app)
    cli.init_app(app)
    demo_cli.init_app(app)
    reports_cli.init_app(app)
    households_cli.init_app(app)
    campaigns_cli.init_app(app)
    return app
