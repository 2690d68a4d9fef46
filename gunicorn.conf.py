"""gunicorn's settings, read from the working directory: its own lines as JSON too.

gunicorn sets up its loggers (``gunicorn.error``, ``gunicorn.access``) before it
loads the app; once it starts, the master hands them to the one logging
configuration of every process (``service/logs.py``), and each worker does the
same again when it builds the app.
"""

from typing import Any

from service import logs
from service.config import Settings


def on_starting(server: Any) -> None:
    logs.configure(Settings.from_env().log_level)
