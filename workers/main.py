"""Entry point of the worker and beat processes: ``celery -A workers.main worker``."""

from service.app import create_app
from workers import tasks

flask_app = create_app()
celery = flask_app.extensions["celery"]
celery.set_default()
tasks.register(celery)
