"""A burst of nudges sends one task, and one more for all those raised while it rested."""

from __future__ import annotations

import time
import uuid

import redis
from celery import Celery

from service.broker import FireAndForget
from service.config import Settings
from tests import support

PAUSE = 3.0


def test_a_burst_of_nudges_is_one_task_and_one_more_after_the_pause(
    broker: str, settings: Settings
) -> None:
    # A queue no worker reads, on the suite's broker: the messages stay there to count.
    queue = f"nudges-{uuid.uuid4().hex}"
    celery = Celery("nudges", broker=settings.broker_url)
    celery.conf.update(task_default_queue=queue, broker_connection_retry_on_startup=True)
    messages = redis.Redis.from_url(broker)
    sender = FireAndForget(celery, "unioncase.nothing", pause=PAUSE)
    try:
        sender()
        support.wait_for(lambda: messages.llen(queue) == 1)
        for _ in range(10):  # raised while the sender rests, each long after a send's end
            sender()
            time.sleep(0.1)
        support.wait_for(lambda: messages.llen(queue) >= 2, timeout=PAUSE + 20)
        time.sleep(PAUSE + 1)  # a further send would have come by now
        assert messages.llen(queue) == 2
    finally:
        messages.delete(queue)
        messages.close()
