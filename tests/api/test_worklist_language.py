"""Worklist items are kept as messages and read in the reader's language."""

from __future__ import annotations

from datetime import date

from flask.testing import FlaskClient

from service.auth.enums import Role
from service.db import unit_of_work
from service.i18n import N_
from service.notifications.service import notify
from tests.conftest import Office


def test_a_stored_reminder_reads_in_chinese_with_a_chinese_date_and_in_english_on_request(
    client: FlaskClient, office: Office
) -> None:
    office.unit("XA-HG")
    mediator = office.staff(Role.MEDIATOR, "XA-HG")
    with client.application.app_context(), unit_of_work() as work:
        notify(
            db_session=work,
            user_ids=[mediator.user_id],
            case_id=None,
            kind="acceptance_decision.reminder",
            message=N_(
                "{number}: decide by {deadline} whether to accept the case",
                number="XA-HG-LD-2026-00007",
                deadline=date(2026, 12, 8),
            ),
            source_key="test:language",
        )
        work.commit()

    def what(**headers: str) -> list[str]:
        answer = client.get("/api/v1/worklist", headers={**mediator.headers, **headers})
        assert answer.status_code == 200
        return [item["what"] for item in answer.get_json()["items"]]

    assert what() == ["XA-HG-LD-2026-00007 请在 2026年12月8日 前作出是否受理的决定"]
    assert what(**{"Accept-Language": "en"}) == [
        "XA-HG-LD-2026-00007: decide by 2026-12-08 whether to accept the case"
    ]


def test_text_stored_before_messages_were_kept_as_templates_reads_as_it_was(
    client: FlaskClient, office: Office
) -> None:
    office.unit("XA-HG")
    chair = office.staff(Role.SUPERVISOR, "XA-HG")
    with client.application.app_context(), unit_of_work() as work:
        notify(
            db_session=work,
            user_ids=[chair.user_id],
            case_id=None,
            kind="note",
            message="请于周五前交月报 {不是模板}",
            source_key="test:plain",
        )
        work.commit()
    answer = client.get(
        "/api/v1/worklist", headers={**chair.headers, "Accept-Language": "en"}
    ).get_json()
    assert "请于周五前交月报 {不是模板}" in [item["what"] for item in answer["items"]]
