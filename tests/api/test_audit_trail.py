"""The keyed, anchored hash chain (issue 7.9): what someone with write access to the
database alone can no longer hide, and the command that checks it."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import delete, func, select, update

from service.app import create_app
from service.auth.models import OrgUnit
from service.cases import events, transitions
from service.cases.events import canonical
from service.cases.models import Case, CaseEvent
from service.config import DEVELOPMENT_AUDIT_KEY, Settings
from service.db import unit_of_work
from service.domain_errors import Stale
from service.hash_chain import GENESIS_HASH, LEGACY_KEY_ID, key_id_of, trail_keys
from service.i18n import translate
from service.notifications.models import Notification
from service.outbox.models import OutboxMessage
from service.reports import stored
from service.timers import schedule
from service.timers.models import CaseTimer
from tests import data
from tests.api.workflow_helpers import do, register, route
from tests.conftest import Staff
from workers.tasks import anchor_trails
from workflows.engine import Actor

VERIFY = "/api/v1/audit/verify"


def _rewrite_with_plain_sha256(app: Flask, case_id: int, seq: int, key_id: str | None) -> None:
    """What an attacker with database access did before: edit an event, recompute the
    chain after it with plain SHA-256 and move the trail head to match."""
    with app.app_context(), unit_of_work() as work:
        number = work.scalar(select(Case.number).where(Case.id == case_id))
        trail = work.scalars(
            select(CaseEvent).where(CaseEvent.case_id == case_id).order_by(CaseEvent.seq)
        ).all()
        prev = GENESIS_HASH
        for event in trail:
            if event.seq < seq:
                prev = event.hash
                continue
            if event.seq == seq:
                event.note = "调解员未到场"  # rewritten
                event.key_id = key_id or event.key_id
            event.prev_hash = prev
            event.hash = hashlib.sha256(canonical(event, number).encode()).hexdigest()
            prev = event.hash
        work.execute(update(Case).where(Case.id == case_id).values(trail_head=prev))
        work.commit()


@pytest.mark.parametrize(
    ("key_id", "problem"),
    [
        (None, "its content was changed after it was written"),
        (LEGACY_KEY_ID, "its trail did not verify when the chain was keyed (migration 0005)"),
        ("k000000000000", "signed with key k000000000000, which this deployment does not hold"),
    ],
)
def test_an_edit_with_a_recomputed_chain_and_head_is_detected(
    client: FlaskClient, team: dict[str, Staff], dispute: dict, key_id: str | None, problem: str
) -> None:
    do(client, team["mediator"], dispute["id"], "accept")  # events 1 to 3
    _rewrite_with_plain_sha256(client.application, dispute["id"], 2, key_id)

    report = client.get(VERIFY, headers=team["chair"].headers).get_json()
    assert report["ok"] is False
    # Event 3 follows the rewritten event 2, but its own hash was not signed with the key.
    assert report["broken"] == [
        {"case": dispute["number"], "seq": 2, "problem": problem},
        {
            "case": dispute["number"],
            "seq": 3,
            "problem": "its content was changed after it was written",
        },
    ]


def _app(settings: Settings, tmp_path: Path, **changes: object) -> Flask:
    """The app as another deployment runs it: its own keys and data folder (anchor file)."""
    return create_app({"SETTINGS": settings.replace(data_dir=tmp_path, **changes), "TESTING": True})


def test_a_rotated_key_verifies_old_events_while_the_old_key_is_kept(
    client: FlaskClient, settings: Settings, tmp_path: Path, team: dict[str, Staff], dispute: dict
) -> None:
    rotated = _app(settings, tmp_path, audit_key="new key", audit_old_keys=(DEVELOPMENT_AUDIT_KEY,))
    do(rotated.test_client(), team["mediator"], dispute["id"], "accept")
    with rotated.app_context(), unit_of_work() as work:
        keys = work.scalars(select(CaseEvent.key_id).order_by(CaseEvent.seq)).all()
    assert keys == [key_id_of(DEVELOPMENT_AUDIT_KEY)] * 2 + [key_id_of("new key")]

    ok = rotated.test_client().get(VERIFY, headers=team["chair"].headers).get_json()
    assert (ok["ok"], ok["events"]) == (True, 3)
    forgot = _app(settings, tmp_path, audit_key="new key").test_client()
    report = forgot.get(VERIFY, headers=team["chair"].headers).get_json()
    old = key_id_of(DEVELOPMENT_AUDIT_KEY)
    assert [b["seq"] for b in report["broken"]] == [1, 2]
    assert (
        report["broken"][0]["problem"]
        == f"signed with key {old}, which this deployment does not hold"
    )


@pytest.fixture
def anchored(settings: Settings, tmp_path: Path, client: FlaskClient) -> Flask:
    """An app with its own anchor file, so anchors never outlive the test's cases."""
    return _app(settings, tmp_path)


def _cli(app: Flask, *args: str) -> tuple[int, str]:
    """The exit code and what was printed on stdout and stderr (log lines left out)."""
    result = app.test_cli_runner().invoke(args=list(args))
    lines = [line for line in result.output.splitlines(True) if not line.startswith("{")]
    return result.exit_code, "".join(lines)


def _cut_short(app: Flask, case_id: int) -> None:
    """Delete a trail's last event and point the case's head back at the one before,
    which leaves a chain whose every remaining link still verifies."""
    with app.app_context(), unit_of_work() as work:
        case = work.get(Case, case_id)
        assert case is not None
        before = work.scalar(
            select(CaseEvent.hash).where(
                CaseEvent.case_id == case_id, CaseEvent.seq == case.trail_length - 1
            )
        )
        work.execute(
            delete(CaseEvent).where(
                CaseEvent.case_id == case_id, CaseEvent.seq == case.trail_length
            )
        )
        work.execute(
            update(Case)
            .where(Case.id == case_id)
            .values(trail_length=case.trail_length - 1, trail_head=before)
        )
        work.commit()


def test_a_trail_cut_short_is_caught_by_the_anchor_that_recorded_it(
    anchored: Flask, client: FlaskClient, team: dict[str, Staff], dispute: dict
) -> None:
    do(client, team["mediator"], dispute["id"], "accept")  # events 1 to 3
    with anchored.app_context():
        assert anchor_trails() == 1
        assert anchor_trails() is None  # nothing moved since
    assert _cli(anchored, "audit", "verify") == (0, "1 cases, 3 events, 1 anchors checked\nok\n")

    _cut_short(anchored, dispute["id"])

    report = anchored.test_client().get(VERIFY, headers=team["chair"].headers).get_json()
    [broken] = report["broken"]
    assert broken["case"] == dispute["number"] and broken["seq"] == 3
    assert broken["anchor"] == 1
    assert broken["problem"].startswith("the trail ends before this event, which anchor 1 of ")
    code, output = _cli(anchored, "audit", "verify")
    assert code == 1
    assert f"first broken event: case {dispute['number']} event 3" in output


def test_a_deleted_case_is_named_by_its_anchor(
    anchored: Flask, client: FlaskClient, team: dict[str, Staff], dispute: dict
) -> None:
    with anchored.app_context():
        anchor_trails()
    with anchored.app_context(), unit_of_work() as work:
        work.execute(delete(CaseEvent).where(CaseEvent.case_id == dispute["id"]))
        work.commit()
    report = anchored.test_client().get(VERIFY, headers=team["chair"].headers).get_json()
    assert report["broken"] == [
        {
            "case": f"id {dispute['id']}",
            "seq": 2,
            "problem": report["broken"][0]["problem"],
            "anchor": 1,
        }
    ]
    assert report["broken"][0]["problem"].startswith("the trail is gone; anchor 1 of ")


def test_an_edited_or_removed_anchor_line_is_reported(
    anchored: Flask, client: FlaskClient, team: dict[str, Staff], dispute: dict
) -> None:
    with anchored.app_context():
        anchor_trails()
        second = register(client, team["desk"], data.dispute())
        anchor_trails()
        route(client.application, second["id"])
        anchor_trails()
    path = anchored.extensions["settings"].data_dir / "audit-anchors.jsonl"
    lines = path.read_text().splitlines()
    assert len(lines) == 3

    edited = json.loads(lines[0])
    edited["heads"][str(dispute["id"])][0] = 1  # claim the trail was shorter
    path.write_text("\n".join([json.dumps(edited), lines[2]]) + "\n")

    code, output = _cli(anchored, "audit", "verify")
    assert code == 1
    assert "anchor 1: its signature does not match: the line was changed" in output
    assert "anchor 2: it does not follow the line before it" in output


def test_an_edit_re_signed_with_the_key_itself_is_caught_by_the_anchor(
    anchored: Flask, client: FlaskClient, team: dict[str, Staff], dispute: dict
) -> None:
    """Someone holding the key as well as the database: the chain verifies, the anchor not."""
    with anchored.app_context():
        anchor_trails()
        keys = trail_keys()
        with unit_of_work() as work:
            [head] = work.scalars(select(CaseEvent).where(CaseEvent.seq == 2)).all()
            head.note = "调解员未到场"
            head.hash = keys.sign(head.key_id, canonical(head, dispute["number"]))
            work.execute(update(Case).values(trail_head=head.hash))
            work.commit()

    report = anchored.test_client().get(VERIFY, headers=team["chair"].headers).get_json()
    [broken] = report["broken"]
    assert (broken["seq"], broken["anchor"]) == (2, 1)
    assert broken["problem"].startswith("anchor 1 of ")
    assert broken["problem"].endswith(" recorded another hash for this event")


def test_a_rewritten_anchor_file_disagrees_with_the_monthly_report(
    anchored: Flask, client: FlaskClient, team: dict[str, Staff], dispute: dict
) -> None:
    with anchored.app_context(), unit_of_work() as work:
        assert anchor_trails() == 1
        unit = work.scalar(select(OrgUnit).where(OrgUnit.code == "XA-HG"))
        report, _ = stored.build(
            db_session=work, unit=unit, report_period=stored.month("2026-11"), built_by_id=None
        )
        work.commit()
        carried = report.figures["audit_anchor"]
        assert carried["anchor"] == 1
        assert f"审计锚点：第1号，签名 {carried['mac']}" in translate(stored.headline(report))
    assert _cli(anchored, "audit", "verify")[0] == 0

    # Someone holding the key writes the anchor file anew after changing the trails.
    path = anchored.extensions["settings"].data_dir / "audit-anchors.jsonl"
    path.unlink()
    with anchored.app_context():
        register(client, team["desk"], data.dispute())
        assert anchor_trails() == 1

    report = anchored.test_client().get(VERIFY, headers=team["chair"].headers).get_json()
    assert report["ok"] is False
    assert report["anchor_problems"] == [
        {
            "anchor": 1,
            "problem": f"report 2026-11 of unit {unit.id} recorded this anchor with another "
            "signature: the file was rewritten",
        }
    ]


def test_a_write_whose_case_version_moved_writes_nothing(
    client: FlaskClient, dispute: dict
) -> None:
    """The case's versioned write comes first in its batch: when the version read no longer
    matches, neither the event, nor its outbox rows, nor the timers are written."""
    with client.application.app_context(), unit_of_work() as work:
        case = work.get(Case, dispute["id"])
        assert case is not None
        # Someone else moved the case after it was read (here in the same transaction, so
        # that SQLite's one writer can do it too).
        work.execute(
            update(Case.__table__).where(Case.id == case.id).values(version=case.version + 1)
        )
        counts = [
            select(func.count()).select_from(table).where(table.c.case_id == case.id)
            for table in (CaseEvent.__table__, CaseTimer.__table__, OutboxMessage.__table__)
        ]
        before = [work.connection().scalar(count) for count in counts]
        schedule.start(db_session=work, case=case, state="in_mediation")
        with pytest.raises(Stale):
            events.record(db_session=work, case=case, action="register", actor_id=None)
        assert [work.connection().scalar(count) for count in counts] == before


def test_a_written_change_rolled_back_leaves_the_session_as_a_flush_would(
    client: FlaskClient, dispute: dict
) -> None:
    """The batch registers what it wrote as a flush does, so a rollback undoes it in the
    session too: the new rows leave it, and the case reads its row again."""
    with client.application.app_context(), unit_of_work() as work:
        case = work.get(Case, dispute["id"])
        assert case is not None
        status, version = case.status, case.version
        mediator = Actor(role="mediator", user_id=case.assignee_id, is_assignee=True)
        trail = transitions.fire(
            db_session=work, case=case, actor=mediator, actor_id=None, action="accept"
        )
        assert not work.new and not work.dirty  # written, as after a flush
        assert case.version == version + 1 and all(event in work for event in trail)

        work.rollback()
        assert all(event not in work for event in trail)
        assert (case.status, case.version) == (status, version)  # read again


def test_a_transition_whose_case_version_moved_cancels_no_timer(
    client: FlaskClient, dispute: dict
) -> None:
    """The timers a transition cancels, and their worklist items, go in its batch behind
    the case's versioned write: when the version read no longer matches, they stay open."""
    with client.application.app_context(), unit_of_work() as work:
        case = work.get(Case, dispute["id"])
        assert case is not None
        timers = select(CaseTimer.id, CaseTimer.status).where(CaseTimer.case_id == case.id)
        open_before = sorted(work.execute(timers).all())
        assert {status for _, status in open_before} == {"pending"}
        work.add(
            Notification(
                user_id=case.assignee_id,
                case_id=case.id,
                kind="timer",
                message="acceptance decision due",
                source_key=f"timer:{open_before[0][0]}",
            )
        )
        work.flush()
        work.execute(
            update(Case.__table__).where(Case.id == case.id).values(version=case.version + 1)
        )
        mediator = Actor(role="mediator", user_id=case.assignee_id, is_assignee=True)
        with pytest.raises(Stale):
            transitions.fire(
                db_session=work, case=case, actor=mediator, actor_id=None, action="accept"
            )
        # Read past the session, which still holds the refused change.
        assert sorted(work.connection().execute(timers).all()) == open_before
        cleared = select(Notification.cleared_at).where(Notification.case_id == case.id)
        assert work.connection().scalars(cleared).all() == [None]


def test_a_timer_cancel_no_write_batch_takes_fails_the_commit(
    client: FlaskClient, dispute: dict
) -> None:
    """A cancel waits for the case's write batch; a change that never writes one would
    lose it without a word, so its commit fails instead and the timers stay open."""
    timers = select(CaseTimer.status).where(CaseTimer.case_id == dispute["id"])
    with client.application.app_context(), unit_of_work() as work:
        case = work.get(Case, dispute["id"])
        assert case is not None
        schedule.cancel_timers(work, case, schedule.Cancel(kinds=("acceptance_decision",)))
        with pytest.raises(RuntimeError, match="never written"):
            work.commit()
    with client.application.app_context(), unit_of_work() as work:
        assert set(work.scalars(timers)) == {"pending"}
