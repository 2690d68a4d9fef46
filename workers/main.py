"""Entry point of the worker and beat processes: ``celery -A workers.main worker``."""

import logging
from typing import Any

from celery.signals import beat_init, setup_logging

from service import beat_lock, logs
from service.app import create_app
from workers import tasks


@setup_logging.connect
def _log_as_json(**_: Any) -> None:
    # Celery leaves logging alone when this signal is answered: the app's own
    # configuration (JSON lines, masked) holds for worker and beat too.
    logs.configure(flask_app.extensions["settings"].log_level)


flask_app = create_app()
celery = flask_app.extensions["celery"]
celery.set_default()
tasks.register(celery)


@beat_init.connect
def _only_one_beat(**_: Any) -> None:
    if not beat_lock.acquire(flask_app.extensions["settings"]):
        logging.getLogger(__name__).error("another beat is running; this one stops")
        raise SystemExit(1)
