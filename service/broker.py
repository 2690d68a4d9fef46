"""The Celery app, configured from the settings (DESIGN §7); tasks live in ``workers``.

The web process uses it only to send tasks by name.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from typing import Any

from celery import Celery, Task
from celery.schedules import crontab
from flask import Flask

from service import logs
from service.config import Settings

log = logging.getLogger(__name__)


def celery_config(settings: Settings) -> dict[str, Any]:
    # Short socket timeouts: a broker that does not answer fails a publication in
    # seconds, and the outbox relay sends again later; nothing waits on it for long.
    transport = {
        "visibility_timeout": settings.visibility_timeout,
        # Workers look for the tasks of a dead worker every few seconds (kombu's
        # default is ~100 s: ten calls of ten seconds), so a task comes back soon
        # after its visibility timeout rather than minutes later.
        "unacked_restore_interval": max(1, min(10, settings.visibility_timeout // 5)),
        "unacked_restore_throttle": 1,
        "socket_timeout": 3,
        "socket_connect_timeout": 2,
    }
    return {
        "broker_url": settings.broker_url,
        "broker_transport_options": transport,
        "broker_connection_retry_on_startup": True,
        # The result backend is unused, but its options take the same timeout (§7.1).
        "result_backend_transport_options": {"visibility_timeout": settings.visibility_timeout},
        "task_ignore_result": True,
        "task_acks_late": True,
        "task_reject_on_worker_lost": False,  # only idempotent tasks opt in
        "task_soft_time_limit": settings.task_soft_time_limit,
        "task_time_limit": settings.task_time_limit,
        "task_default_queue": "unioncase",
        "worker_prefetch_multiplier": 1,
        "worker_cancel_long_running_tasks_on_connection_loss": True,
        "worker_hijack_root_logger": False,
        # Runs no scheduled task unless this beat still holds the single-beat lock.
        "beat_scheduler": "service.beat_lock:LockedScheduler",
        "beat_schedule_filename": str(settings.data_dir / "celerybeat-schedule"),
        "beat_schedule": {
            "heartbeat": {"task": "unioncase.heartbeat", "schedule": settings.heartbeat_seconds},
            # The safety net under the web's nudge after each commit (DESIGN §4).
            "relay-outbox": {
                "task": "unioncase.relay_outbox",
                "schedule": float(settings.outbox_relay_seconds),
            },
            "dispatch-due-timers": {
                "task": "unioncase.dispatch_due_timers",
                "schedule": float(settings.timer_sweep_seconds),
            },
            "dispatch-pushes": {
                "task": "unioncase.dispatch_pushes",
                "schedule": float(settings.push_sweep_seconds),
            },
            # Builds a report only once its first working day has come, once per unit and
            # period; hourly so that a beat down on that morning catches up the same day.
            "build-due-reports": {"task": "unioncase.build_due_reports", "schedule": 3600.0},
            # Each night, sign the audit trail heads into the anchor file.
            "anchor-audit-trails": {
                "task": "unioncase.anchor_trails",
                "schedule": crontab(hour=0, minute=15),
            },
            # The net under the request that queues a campaign job and sends it.
            "sweep-campaign-jobs": {"task": "unioncase.sweep_campaign_jobs", "schedule": 60.0},
            # Once every process's cached calendar has run out after a change, what one
            # counted with the calendar the change replaced is counted again.
            "recheck-calendar-changes": {
                "task": "unioncase.recheck_calendar_changes",
                "schedule": 60.0,
            },
            "forget-idempotency-keys": {
                "task": "unioncase.forget_idempotency_keys",
                "schedule": 3600.0,
            },
        },
        "timezone": "Asia/Shanghai",
    }


def init_celery(app: Flask, settings: Settings) -> Celery:
    """Bind a Celery app to ``app``: every task runs inside its application context."""

    class FlaskTask(Task):
        def __call__(self, *args: Any, **kwargs: Any) -> Any:
            # A task's log lines carry its id where a request's carry the request id.
            with app.app_context(), logs.context(request_id=self.request.id):
                return self.run(*args, **kwargs)

    celery = Celery(app.name, task_cls=FlaskTask)
    celery.config_from_object(celery_config(settings))
    celery.conf.update(app.config.get("CELERY", {}))
    app.extensions["celery"] = celery
    return celery


def send(app: Flask, task_name: str, *args: Any, **kwargs: Any) -> None:
    """Send a task by name (the web never imports ``workers``)."""
    app.extensions["celery"].send_task(task_name, args=args, kwargs=kwargs)


class FireAndForget:
    """Sends tasks from a thread of its own, so that no request waits on the broker.

    Requests only raise a flag; the thread sends one task for however many flags
    were raised meanwhile, and after each send rests ``pause`` seconds, so that a
    busy process sends at most a few a second. A send that fails is logged and
    dropped: whatever the task would have done, a scheduled run does later.
    """

    # A send costs the web process 1-2 ms of CPU (kombu's producer, the message, the
    # Redis round trip), and the task it sends drains the whole outbox: one per intake
    # was most of that CPU wasted under load. An event raised during the pause waits
    # for its end, a fifth of a second at most, far below the relay's own beat.
    PAUSE = 0.2

    def __init__(self, celery: Celery, task_name: str, pause: float = PAUSE) -> None:
        self.celery = celery
        self.task_name = task_name
        self.pause = pause
        self._wanted = threading.Event()
        self._guard = threading.Lock()
        self._thread: threading.Thread | None = None
        self._pid = 0
        self._failing = False

    def __call__(self) -> None:
        self._start()
        self._wanted.set()

    def _start(self) -> None:
        # After a fork (gunicorn, Celery's prefork pool) the parent's thread is gone.
        if self._pid == os.getpid() and self._thread is not None and self._thread.is_alive():
            return
        with self._guard:
            if self._pid == os.getpid() and self._thread is not None and self._thread.is_alive():
                return
            self._pid = os.getpid()
            self._thread = threading.Thread(
                target=self._run, name=f"send {self.task_name}", daemon=True
            )
            self._thread.start()

    def _run(self) -> None:
        while True:
            self._wanted.wait()
            self._wanted.clear()
            try:
                self.celery.send_task(self.task_name, retry=False)
            except Exception as exc:  # the broker is down: the scheduled run is the net
                if not self._failing:
                    log.warning(
                        "could not send a task; its scheduled run will do the work",
                        extra={"task": self.task_name, "error": type(exc).__name__},
                    )
                self._failing = True
            else:
                self._failing = False
            time.sleep(self.pause)


def send_soon(app: Flask, task_name: str) -> None:
    """Send ``task_name`` (no arguments) in the background; returns at once."""
    senders: dict[str, FireAndForget] = app.extensions.setdefault("fire_and_forget", {})
    sender = senders.get(task_name)
    if sender is None:
        sender = senders.setdefault(task_name, FireAndForget(app.extensions["celery"], task_name))
    sender()
