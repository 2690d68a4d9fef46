"""Celery tasks: thin, named, time-limited; ids in, one unit of work inside."""

from __future__ import annotations

import logging
import socket
import time
from datetime import timedelta
from typing import Any

from celery import Celery
from celery.exceptions import SoftTimeLimitExceeded
from flask import current_app
from kombu.exceptions import OperationalError as BrokerError
from sqlalchemy.orm.exc import StaleDataError

from service.audit import anchors
from service.campaigns import jobs as campaign_jobs
from service.cases import consumers
from service.db import unit_of_work, utcnow
from service.domain_errors import Stale
from service.hash_chain import trail_keys
from service.health.service import record_heartbeat
from service.idempotency.service import forget_older_than
from service.notifications import push
from service.notifications.service import Known
from service.outbox import service as outbox
from service.reports import stored as reports
from service.sweep import firing
from service.timers.schedule import calendar, local_date
from service.working_days import rechecks

log = logging.getLogger(__name__)
ANCHOR_TASK = "unioncase.anchor_trails"


def heartbeat(process: str | None = None) -> None:
    """Record that a worker took a task from the broker (shown by /readyz)."""
    with unit_of_work() as work:
        record_heartbeat(db_session=work, process=process or socket.gethostname(), at=utcnow())
        work.commit()


def forget_idempotency_keys() -> None:
    hours = current_app.extensions["settings"].idempotency_ttl_hours
    with unit_of_work() as work:
        removed = forget_older_than(db_session=work, hours=hours)
        work.commit()
    log.info("idempotency keys forgotten", extra={"count": removed})


def _publish(task_name: str, args: list[Any]) -> None:
    try:
        current_app.extensions["celery"].send_task(task_name, args=args)
    except BrokerError as exc:
        raise outbox.BrokerUnavailable(str(exc)) from exc


def relay_outbox() -> int:
    """Publish due outbox messages, a batch per transaction, until none are left."""
    settings = current_app.extensions["settings"]
    redeliver_after = timedelta(seconds=settings.outbox_redeliver_seconds)
    total = 0
    while True:
        with unit_of_work() as work:
            published = outbox.relay(
                db_session=work, publish=_publish, redeliver_after=redeliver_after
            )
            work.commit()
        total += published
        if published < outbox.BATCH:
            break
    if total:  # idle runs say nothing: the log shows work done
        log.info("outbox events published", extra={"count": total})
    return total


def dispatch_due_timers() -> int:
    """Claim due timers, a batch per transaction, and enqueue them a chunk per task."""
    celery = current_app.extensions["celery"]
    total = 0
    while True:
        with unit_of_work() as work:
            claimed = firing.claim_due(db_session=work)
            work.commit()
        for start in range(0, len(claimed), firing.CHUNK):
            celery.send_task(firing.FIRE_CHUNK_TASK, args=[claimed[start : start + firing.CHUNK]])
        total += len(claimed)
        if len(claimed) < firing.BATCH:
            return total


def fire_timer(timer_id: int, known: Known | None = None) -> None:
    with unit_of_work() as work:
        firing.fire_timer(db_session=work, timer_id=timer_id, known=known)
        outbox.commit(work, current_app)


def _primed(timer_ids: list[int]) -> Known:
    """The people the chunk may tell, read ahead; none if that read fails.

    A failed read holds up no deadline: each timer then reads its own supervisors and
    addresses, as a single timer does, instead of the whole chunk waiting
    ``STALE_DISPATCH`` for the sweep. The read has its own transaction, so a failed
    statement leaves none aborted for the timers; and a new ``Known`` is returned,
    since one read halfway would hold units with none of their supervisors.
    """
    known = Known()
    try:
        with unit_of_work() as work:
            known.prime(work, timer_ids)
    except SoftTimeLimitExceeded:
        raise
    except Exception:
        log.exception(
            "chunk's people not read ahead; each timer reads its own",
            extra={"timer_ids": timer_ids},
        )
        return Known()
    return known


def fire_timers(timer_ids: list[int]) -> None:
    """Fire a chunk of timers, each in a transaction of its own.

    A timer that fails is rolled back alone and the others still fire: one whose case
    changed meanwhile goes to the single-timer task, which retries it; any other stays
    dispatched and the sweep sends it again after ``STALE_DISPATCH``. Redelivered, the
    chunk skips the timers it already fired. The supervisors, assignees and push
    addresses are read once for the chunk, before its first timer; if that read fails,
    each timer reads its own.
    """
    known = _primed(timer_ids)
    for timer_id in timer_ids:
        try:
            fire_timer(timer_id, known)
        except (Stale, StaleDataError):
            current_app.extensions["celery"].send_task(firing.FIRE_TASK, args=[timer_id])
        except SoftTimeLimitExceeded:
            raise
        except Exception:
            log.exception("timer not fired; the sweep sends it again", extra={"timer_id": timer_id})


def dispatch_pushes() -> int:
    """Queue the pushes whose working-hours window has come, one task each."""
    with unit_of_work() as work:
        claimed = push.claim_due(db_session=work)
        work.commit()
    for delivery_id in claimed:
        current_app.extensions["celery"].send_task(push.SEND_TASK, args=[delivery_id])
    return len(claimed)


def send_push(delivery_id: int) -> None:
    """Send one push at most once: marked sending and committed before it goes."""
    with unit_of_work() as work:
        message = push.begin(db_session=work, delivery_id=delivery_id)
        work.commit()
    if message is None:
        return
    error = None
    try:
        push.send(message, current_app.extensions["settings"])
    except Exception as exc:  # any failure of the far side is retried later
        error = f"{type(exc).__name__}: {exc}"
    with unit_of_work() as work:
        push.finish(db_session=work, delivery_id=delivery_id, error=error)
        work.commit()


def build_due_reports() -> int:
    """Build the monthly and quarterly reports whose day has come; safe to run twice."""
    with unit_of_work() as work:
        built = reports.build_due(db_session=work, day=local_date(utcnow()), working=calendar(work))
        work.commit()
    log.info("reports built", extra={"report_ids": built})
    return len(built)


def route_case(event_id: str) -> None:
    with unit_of_work() as work:
        consumers.route_case(db_session=work, event_id=event_id)
        outbox.commit(work, current_app)


def alert_collective(event_id: str) -> None:
    with unit_of_work() as work:
        consumers.alert_collective(db_session=work, event_id=event_id)
        work.commit()


def anchor_trails() -> int | None:
    """Sign the day's trail heads into the anchor file (safe twice: nothing moved)."""
    settings = current_app.extensions["settings"]
    with unit_of_work() as work:
        number = anchors.write(db_session=work, settings=settings, keys=trail_keys(), now=utcnow())
    log.info("audit trail anchored", extra={"anchor": number})
    return number


def run_campaign_job(job_id: int) -> None:
    """Build a campaign list or import a transfer file, a chunk per transaction.

    A long job hands itself on to a fresh task now and then, so that no task runs
    near its time limit and a worker that dies loses at most one chunk.
    """
    started = time.monotonic()
    while True:
        with unit_of_work() as work:
            more = campaign_jobs.step(db_session=work, job_id=job_id)
            outbox.commit(work, current_app)
        if not more:
            return
        if time.monotonic() - started > campaign_jobs.TASK_BUDGET_SECONDS:
            current_app.extensions["celery"].send_task(campaign_jobs.RUN_TASK, args=[job_id])
            return


def sweep_campaign_jobs() -> int:
    """Send again the campaign jobs no worker has (a lost message, a worker that died)."""
    with unit_of_work() as work:
        stalled = campaign_jobs.stalled(db_session=work)
        work.commit()
    for job_id in stalled:
        current_app.extensions["celery"].send_task(campaign_jobs.RUN_TASK, args=[job_id])
    return len(stalled)


def recheck_calendar_changes() -> int:
    """Move what was counted with a cached calendar a change had replaced (safe twice)."""
    with unit_of_work() as work:
        rechecked = rechecks.recheck(db_session=work, now=utcnow())
        outbox.commit(work, current_app)
    if rechecked:
        log.info("calendar changes rechecked", extra={"count": rechecked})
    return rechecked


def register(celery: Celery) -> None:
    """Register every task on ``celery`` under its explicit name.

    Every task here is safe to run twice, so each is acknowledged late and
    redelivered if its worker dies.
    """
    idempotent = {"acks_late": True, "reject_on_worker_lost": True}
    retried = {
        **idempotent,
        # Someone changed the case meanwhile: read it again and decide afresh.
        "autoretry_for": (Stale, StaleDataError),
        "retry_backoff": True,
        "max_retries": 5,
    }
    celery.task(name="unioncase.heartbeat", **idempotent)(heartbeat)
    celery.task(name="unioncase.forget_idempotency_keys", **idempotent)(forget_idempotency_keys)
    celery.task(name=outbox.RELAY_TASK, **idempotent)(relay_outbox)
    celery.task(name="unioncase.dispatch_due_timers", **idempotent)(dispatch_due_timers)
    celery.task(name=firing.FIRE_TASK, **retried)(fire_timer)
    celery.task(name=firing.FIRE_CHUNK_TASK, **idempotent)(fire_timers)
    celery.task(name="unioncase.dispatch_pushes", **idempotent)(dispatch_pushes)
    # Never redelivered: a push that may have gone out is not sent again.
    celery.task(name=push.SEND_TASK, acks_late=False)(send_push)
    celery.task(name=reports.BUILD_TASK, **idempotent)(build_due_reports)
    celery.task(name="unioncase.route_case", **retried)(route_case)
    celery.task(name="unioncase.alert_collective", **retried)(alert_collective)
    # A job's task hands on after TASK_BUDGET_SECONDS, well inside the time limit.
    celery.task(name=campaign_jobs.RUN_TASK, **retried)(run_campaign_job)
    celery.task(name=campaign_jobs.SWEEP_TASK, **idempotent)(sweep_campaign_jobs)
    celery.task(name=rechecks.RECHECK_TASK, **retried)(recheck_calendar_changes)
    # Reads every case's trail head: on a million cases that takes more than a
    # sweep's half-minute.
    celery.task(name=ANCHOR_TASK, soft_time_limit=900, time_limit=960, **idempotent)(anchor_trails)
