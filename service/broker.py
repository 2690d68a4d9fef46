"""The Celery app, configured from the settings (DESIGN §7); tasks live in ``workers``.

The web process uses it only to send tasks by name.
"""

from __future__ import annotations

from typing import Any

from celery import Celery, Task
from celery.schedules import crontab
from flask import Flask

from service import logs
from service.config import Settings


def celery_config(settings: Settings) -> dict[str, Any]:
    transport = {
        "visibility_timeout": settings.visibility_timeout,
        "socket_timeout": 5,
        "socket_connect_timeout": 5,
    }
    return {
        "broker_url": settings.broker_url,
        "broker_transport_options": transport,
        "broker_connection_retry_on_startup": True,
        "task_ignore_result": True,
        "task_acks_late": True,
        "task_reject_on_worker_lost": False,  # only idempotent tasks opt in
        "task_soft_time_limit": settings.task_soft_time_limit,
        "task_time_limit": settings.task_time_limit,
        "task_default_queue": "unioncase",
        "worker_prefetch_multiplier": 1,
        "worker_cancel_long_running_tasks_on_connection_loss": True,
        "worker_hijack_root_logger": False,
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
