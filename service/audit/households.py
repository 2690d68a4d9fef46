"""Verifying the household files' histories: each a hash chain signed as case trails are."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from service.audit.chain import link_problem
from service.hash_chain import GENESIS_HASH, trail_keys
from service.households.history import canonical
from service.households.models import Household, HouseholdEvent


@dataclass
class Checked:
    households: int
    events: int
    broken: list[dict[str, Any]]


def _problem(event: HouseholdEvent, seq: int, prev: str) -> str | None:
    return link_problem(
        event, seq=seq, prev=prev, sign=lambda: trail_keys().sign(event.key_id, canonical(event))
    )


def verify(*, db_session: Session, unit_ids: frozenset[int] | None) -> Checked:
    """Recompute every household event's keyed hash; a break and a history cut short."""
    statement = (
        select(HouseholdEvent, Household.trail_length, Household.trail_head)
        .join(Household, Household.id == HouseholdEvent.household_id)
        .order_by(HouseholdEvent.household_id, HouseholdEvent.seq)
        .execution_options(yield_per=1000)
    )
    if unit_ids is not None:
        statement = statement.where(Household.unit_id.in_(unit_ids))
    broken: list[dict[str, Any]] = []
    ends: dict[int, tuple[int, str, int, str]] = {}  # household: (seq, hash) seen, and on file
    events = 0
    for event, length, head in db_session.execute(statement):
        seq, prev, _, _ = ends.get(event.household_id, (0, GENESIS_HASH, length, head))
        problem = _problem(event, seq + 1, prev)
        if problem:
            broken.append({"household": event.household_id, "seq": event.seq, "problem": problem})
        ends[event.household_id] = (event.seq, event.hash, length, head)
        events += 1
        db_session.expunge(event)
    # A file whose every event was deleted has no row above: it is found by its length.
    emptied = select(Household.id, Household.trail_length).where(Household.trail_length > 0)
    if unit_ids is not None:
        emptied = emptied.where(Household.unit_id.in_(unit_ids))
    for household_id, length in db_session.execute(emptied):
        ends.setdefault(household_id, (0, GENESIS_HASH, length, ""))
    for household_id, (seq, last, length, head) in ends.items():
        if (seq, last) != (length, head):
            broken.append(
                {"household": household_id, "seq": length, "problem": "the history ends early"}
            )
    return Checked(households=len(ends), events=events, broken=broken)
