"""Concurrent intake: every case gets its own number and no number is skipped."""

from __future__ import annotations

import threading

from flask.testing import FlaskClient

from service.auth.enums import Role
from tests import data
from tests.conftest import Office


def test_twenty_simultaneous_intakes_get_twenty_consecutive_numbers(
    client: FlaskClient, office: Office
) -> None:
    office.unit("XA-HG")
    desks = [office.staff(Role.INTAKE, "XA-HG") for _ in range(4)]
    bodies = [data.dispute() for _ in range(20)]
    start = threading.Barrier(20)
    answers: list[tuple[int, dict]] = []

    def register(index: int) -> None:
        app_client = client.application.test_client()
        start.wait()
        response = app_client.post(
            "/api/v1/cases", json=bodies[index], headers=desks[index % 4].headers
        )
        answers.append((response.status_code, response.get_json()))

    threads = [threading.Thread(target=register, args=(i,)) for i in range(20)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    assert [status for status, _ in answers] == [201] * 20, answers
    numbers = sorted(int(body["number"].rsplit("-", 1)[1]) for _, body in answers)
    assert numbers == list(range(1, 21))
