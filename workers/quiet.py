"""Celery's lines about idle polling are left out, so that the log shows work done.

The outbox relay runs every few seconds; Celery would log each run three times
(beat's send, the worker's receipt and its success) whether it published anything
or not. The relay logs the events it published itself (workers.tasks).
"""

from __future__ import annotations

import logging

POLLING_TASKS = frozenset({"unioncase.relay_outbox"})
POLLING_JOBS = frozenset({"relay-outbox"})
CELERY_LOGGERS = ("celery.beat", "celery.worker.strategy", "celery.app.trace")


class IdlePolling(logging.Filter):
    """Drops the INFO lines of a polling task's routine runs; its failures still show."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno != logging.INFO:
            return True
        args = record.args
        if isinstance(args, dict):  # the worker's "received" and "succeeded" lines
            return args.get("name") not in POLLING_TASKS
        if isinstance(args, tuple) and args:  # beat's "Sending due task <job> (<task>)"
            return args[0] not in POLLING_JOBS
        return True


def install() -> None:
    for name in CELERY_LOGGERS:
        logging.getLogger(name).addFilter(IdlePolling())
