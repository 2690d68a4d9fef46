"""A broker that accepts connections and never answers: intake does not wait on it."""

from __future__ import annotations

import threading

from sqlalchemy import func, select

from service.app import create_app
from service.config import Settings
from service.outbox.models import OutboxMessage
from tests import data
from tests.conftest import Staff
from tests.faults.conftest import Silent, count

INTAKES = 20


def test_intake_returns_while_the_nudge_still_waits_on_a_silent_broker(
    settings: Settings, desk: Staff
) -> None:
    silent = Silent()
    on_silent = settings.replace(
        redis_url=f"redis://127.0.0.1:{silent.port}/0", embedded_redis=False
    )
    # Socket timeouts far longer than any wait below: a nudge sent from the request
    # would keep it for ten minutes.
    patient = {"socket_timeout": 600, "socket_connect_timeout": 600, "visibility_timeout": 300}
    app = create_app(
        {"SETTINGS": on_silent, "TESTING": True, "CELERY": {"broker_transport_options": patient}}
    )
    client = app.test_client()
    statuses: list[int] = []

    def intakes() -> None:
        for n in range(INTAKES):
            body = data.dispute(workers_involved=n % 3 + 1)
            statuses.append(
                client.post("/api/v1/cases", json=body, headers=desk.headers).status_code
            )

    office_hours = threading.Thread(target=intakes, daemon=True)
    office_hours.start()
    office_hours.join(timeout=120)
    try:
        assert not office_hours.is_alive(), f"intake waited on the broker after {len(statuses)}"
        assert statuses == [201] * INTAKES
        assert silent.accepted  # the nudge did reach the broker, which never answered
        owed = select(func.count()).select_from(OutboxMessage)
        assert count(app, owed.where(OutboxMessage.published_at.is_(None))) == 2 * INTAKES
    finally:
        silent.close()
