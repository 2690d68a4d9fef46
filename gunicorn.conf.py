"""gunicorn's settings, for both Procfiles: ``gunicorn -c gunicorn.conf.py``.

The timeout sits above the database's statement timeout, so a slow database is
answered as a JSON 503 by the app; a request gunicorn still has to kill is answered
in the same JSON format instead of gunicorn's HTML page.

gunicorn sets up its loggers (``gunicorn.error``, ``gunicorn.access``) before it
loads the app; once it starts, the master hands them to the one logging
configuration of every process (``service/logs.py``), and each worker does the
same again when it builds the app.
"""

from typing import Any

from flask import has_request_context

from service import logs
from service.config import Settings
from service.errors import RequestTimedOut

_settings = Settings.from_env()

workers = _settings.web_concurrency
timeout = _settings.web_timeout
graceful_timeout = _settings.web_timeout
accesslog = "-"
# gunicorn 27's control socket: one per deployment, not one per user of the host.
control_socket = str(_settings.data_dir / "gunicorn.ctl")


def on_starting(server: Any) -> None:
    logs.configure(_settings.log_level)


def worker_abort(worker: Any) -> None:
    """On gunicorn's timeout, end the request in progress with an error the app formats."""
    if has_request_context():  # the signal interrupted a request, in this same thread
        # The master kills a worker silent for another timeout: give it that long to answer.
        worker.notify()
        raise RequestTimedOut()
