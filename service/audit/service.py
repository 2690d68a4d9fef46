"""Verifying the audit trail: the keyed hash chain of each case, and the anchors (DESIGN §7.6)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from flask import current_app
from sqlalchemy import select
from sqlalchemy.orm import Session

from service.audit import anchors as anchoring
from service.audit import households as household_histories
from service.audit.chain import link_problem
from service.cases.events import content_hash
from service.cases.models import Case, CaseEvent
from service.hash_chain import GENESIS_HASH, trail_keys
from service.reports.models import StoredReport


@dataclass
class _Trail:
    """What is known of one case's trail while its events are walked."""

    case_id: int
    number: str
    length: int
    head: str
    anchored: dict[int, list[tuple[anchoring.Anchor, str]]] = field(default_factory=dict)
    expected_seq: int = 1
    expected_prev: str = GENESIS_HASH


def _anchored_by_case(
    anchors: list[anchoring.Anchor],
) -> dict[int, dict[int, list[tuple[anchoring.Anchor, str]]]]:
    """For each case, the hash each anchor recorded for each of its events."""
    by_case: dict[int, dict[int, list[tuple[anchoring.Anchor, str]]]] = {}
    for anchor in anchors:
        for case_id, head in anchor.heads.items():
            by_case.setdefault(case_id, {}).setdefault(head.seq, []).append((anchor, head.hash))
    return by_case


def _chain_problem(trail: _Trail, event: CaseEvent) -> str | None:
    return link_problem(
        event,
        seq=trail.expected_seq,
        prev=trail.expected_prev,
        sign=lambda: content_hash(event, trail.number, trail_keys()),
    )


def _problem(trail: _Trail, event: CaseEvent) -> tuple[str, anchoring.Anchor | None] | None:
    """What is wrong with ``event``, and the first anchor that recorded it otherwise."""
    disagreeing = next(
        (
            anchor
            for anchor, recorded in trail.anchored.get(event.seq, ())
            if recorded != event.hash
        ),
        None,
    )
    problem = _chain_problem(trail, event)
    if problem is None and disagreeing is not None:
        problem = f"{disagreeing.describe()} recorded another hash for this event"
    return (problem, disagreeing) if problem else None


def _end_problems(trail: _Trail) -> list[dict[str, Any]]:
    """A trail cut short: at its head on the case row, or before an anchored event."""
    last = trail.expected_seq - 1
    found = []
    if (last, trail.expected_prev) != (trail.length, trail.head):
        found.append({"case": trail.number, "seq": trail.length, "problem": "the trail ends early"})
    beyond = [
        (seq, a) for seq, recorded in trail.anchored.items() if seq > last for a, _ in recorded
    ]
    if beyond:
        seq, anchor = max(beyond, key=lambda item: item[0])
        found.append(
            {
                "case": trail.number,
                "seq": seq,
                "problem": f"the trail ends before this event, which {anchor.describe()} recorded",
                "anchor": anchor.number,
            }
        )
    return found


def verify(*, db_session: Session, unit_ids: frozenset[int] | None) -> dict[str, Any]:
    """Recompute every event's keyed hash in ``unit_ids`` (every unit if None) and check
    each trail against the anchors, and the household files' histories; report each
    break, the first one first."""
    settings = current_app.extensions["settings"]
    anchors, anchor_problems = anchoring.read(settings, trail_keys())
    anchored = _anchored_by_case(anchors)
    statement = (
        select(CaseEvent, Case.number, Case.trail_length, Case.trail_head)
        .join(Case, Case.id == CaseEvent.case_id)
        .order_by(CaseEvent.case_id, CaseEvent.seq)
        .execution_options(yield_per=1000)
    )
    if unit_ids is not None:
        statement = statement.where(Case.unit_id.in_(unit_ids))
    broken: list[dict[str, Any]] = []
    seen: set[int] = set()
    checked = 0
    trail: _Trail | None = None
    for event, number, length, head in db_session.execute(statement):
        if trail is None or event.case_id != trail.case_id:
            if trail is not None:
                broken += _end_problems(trail)
            trail = _Trail(event.case_id, number, length, head, anchored.get(event.case_id, {}))
            seen.add(event.case_id)
        found = _problem(trail, event)
        if found:
            problem, anchor = found
            entry: dict[str, Any] = {"case": number, "seq": event.seq, "problem": problem}
            if anchor is not None:
                entry["anchor"] = anchor.number
            broken.append(entry)
        checked += 1
        trail.expected_prev, trail.expected_seq = event.hash, event.seq + 1
        db_session.expunge(event)
    if trail is not None:
        broken += _end_problems(trail)
    broken += _missing_cases(anchors, seen, unit_ids)
    anchor_problems += _reports_disagree(db_session, settings, unit_ids)
    files = household_histories.verify(db_session=db_session, unit_ids=unit_ids)
    return {
        "ok": not broken and not anchor_problems and not files.broken,
        "cases": len(seen),
        "events": checked,
        "anchors": len(anchors),
        "broken": broken,
        "anchor_problems": anchor_problems,
        "households": files.households,
        "household_events": files.events,
        "broken_households": files.broken,
    }


def _missing_cases(
    anchors: list[anchoring.Anchor], seen: set[int], unit_ids: frozenset[int] | None
) -> list[dict[str, Any]]:
    last_seen: dict[int, tuple[anchoring.Anchor, anchoring.Head]] = {}
    for anchor in anchors:
        for case_id, head in anchor.heads.items():
            if unit_ids is None or head.unit_id in unit_ids:
                last_seen[case_id] = (anchor, head)
    return [
        {
            "case": f"id {case_id}",
            "seq": head.seq,
            "problem": f"the trail is gone; {anchor.describe()} recorded it up to this event",
            "anchor": anchor.number,
        }
        for case_id, (anchor, head) in sorted(last_seen.items())
        if case_id not in seen
    ]


def _reports_disagree(
    db_session: Session, settings: Any, unit_ids: frozenset[int] | None
) -> list[dict[str, Any]]:
    """Anchors the stored monthly and quarterly reports recorded, checked against the file."""
    statement = select(StoredReport)
    if unit_ids is not None:
        statement = statement.where(StoredReport.unit_id.in_(unit_ids))
    recorded = [
        (f"report {report.period} of unit {report.unit_id}", report.figures["audit_anchor"])
        for report in db_session.scalars(statement)
        if report.figures.get("audit_anchor")
    ]
    if not recorded:
        return []
    path = anchoring.path_of(settings)
    return anchoring.recorded_elsewhere(path.read_text() if path.exists() else "", recorded)
