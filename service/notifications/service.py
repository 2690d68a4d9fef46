"""Putting a notification in someone's worklist, once per cause."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql import ColumnElement

from service.auth.enums import Role
from service.auth.models import OrgUnit, User
from service.cases.models import Case
from service.db import upsert, utcnow
from service.households.models import Household
from service.notifications import push
from service.notifications.models import Delivery, Notification
from service.timers.models import CaseTimer
from workflows.messages import Text, stored


def notify(
    *,
    db_session: Session,
    user_ids: list[int],
    case_id: int | None,
    kind: str,
    message: str,
    source_key: str,
    due_at: datetime | None = None,
    deadline_at: datetime | None = None,
    household_id: int | None = None,
    addresses: dict[int, push.Address] | None = None,
) -> int:
    """Notify each user once for ``source_key``; returns how many were new.

    A ``message`` made with ``N_`` is kept as its template and values, so each
    reader gets it in their own language. ``addresses`` are the push addresses
    already read by the caller, by user; those read here are added to it.
    """
    if not user_ids:
        return 0
    kept = stored(message) if isinstance(message, Text) else None
    rows = [
        {
            "user_id": user_id,
            "case_id": case_id,
            "household_id": household_id,
            "kind": kind,
            "message": kept["template"] if kept else message,
            "message_params": kept["params"] if kept else None,
            "source_key": source_key,
            "due_at": due_at or utcnow(),
            "deadline_at": deadline_at,
            "created_at": utcnow(),
        }
        for user_id in user_ids
    ]
    statement = (
        upsert(db_session)(Notification)
        .values(rows)
        .on_conflict_do_nothing(index_elements=["user_id", "source_key"])
        .returning(Notification.id, Notification.user_id)
    )
    created = [(row.id, row.user_id) for row in db_session.execute(statement)]
    push.queue(
        db_session=db_session,
        notifications=created,
        source_key=source_key,
        due_at=due_at or utcnow(),
        addresses=addresses,
    )
    return len(created)


def _supervising(unit_ids: Iterable[int]) -> ColumnElement[bool]:
    """Active supervisors of these units: who is told what a unit's deadlines escalate."""
    return and_(User.unit_id.in_(unit_ids), User.role == Role.SUPERVISOR, User.active.is_(True))


def supervisors_of(*, db_session: Session, unit: OrgUnit, above: bool) -> list[int]:
    """The supervisors of ``unit``, and with ``above`` of every unit above it too (早报告)."""
    ancestor_ids = [int(part) for part in unit.path.strip("/").split("/")] if above else [unit.id]
    return list(
        db_session.scalars(select(User.id).where(_supervising(ancestor_ids)).order_by(User.id))
    )


def dead_pushes(*, db_session: Session, unit_ids: frozenset[int]) -> list[Delivery]:
    """Dead pushes about cases of ``unit_ids``, or to their people when about no case."""
    unit_id = func.coalesce(Case.unit_id, User.unit_id)
    return list(
        db_session.scalars(
            select(Delivery)
            .join(Notification, Notification.id == Delivery.notification_id)
            .join(User, User.id == Notification.user_id)
            .outerjoin(Case, Case.id == Notification.case_id)
            .where(Delivery.status == "dead", unit_id.in_(unit_ids))
            .order_by(Delivery.id.desc())
            .limit(500)
        )
    )


@dataclass
class Known:
    """What the timers of one chunk read once and share: people firing only reads.

    A supervisor appointed, or an address changed, while a chunk fires (seconds) is
    seen by the next chunk.
    """

    supervisors: dict[int, list[int]] = field(default_factory=dict)
    addresses: dict[int, push.Address] = field(default_factory=dict)

    def prime(self, db_session: Session, timer_ids: list[int]) -> None:
        """Read at once the people a chunk's timers may notify: the units' own
        supervisors and the cases' assignees, with their push addresses.

        Two statements for the chunk instead of one or two for most of its timers: a
        chunk's cases seldom share an assignee, and often not a unit either.
        """
        places = db_session.execute(
            select(func.coalesce(Case.unit_id, Household.unit_id), Case.assignee_id)
            .select_from(CaseTimer)
            .outerjoin(Case, Case.id == CaseTimer.case_id)
            .outerjoin(Household, Household.id == CaseTimer.household_id)
            .where(CaseTimer.id.in_(timer_ids))
            .distinct()
        ).all()
        units = {unit_id for unit_id, _ in places if unit_id is not None}
        assignees = {user_id for _, user_id in places if user_id is not None}
        if not units and not assignees:
            return
        supervisor = _supervising(units)
        people = db_session.execute(
            select(User.id, User.unit_id, supervisor, *push.ADDRESS)
            .join(OrgUnit, OrgUnit.id == User.unit_id)
            .where(or_(User.id.in_(assignees), supervisor))
            .order_by(User.id)
        )
        for unit_id in units:
            self.supervisors.setdefault(unit_id, [])
        for user_id, unit_id, is_supervisor, email, webhook_url, webhook_format in people:
            self.addresses[user_id] = push.Address(email, webhook_url, webhook_format)
            if is_supervisor:
                self.supervisors[unit_id].append(user_id)

    def supervisors_of(self, db_session: Session, unit: OrgUnit) -> list[int]:
        """The unit's own supervisors, read once a chunk."""
        if unit.id not in self.supervisors:
            self.supervisors[unit.id] = supervisors_of(
                db_session=db_session, unit=unit, above=False
            )
        return self.supervisors[unit.id]

    def tell(
        self,
        db_session: Session,
        timer: CaseTimer,
        *,
        user_ids: list[int],
        message: Text,
        case_id: int | None = None,
        household_id: int | None = None,
    ) -> None:
        """Put a fired timer's message in each person's worklist, once per timer."""
        notify(
            db_session=db_session,
            user_ids=list(dict.fromkeys(user_ids)),
            case_id=case_id,
            household_id=household_id,
            kind=f"{timer.kind}.{timer.purpose}",
            message=message,
            source_key=f"timer:{timer.id}",
            due_at=timer.due_at,
            deadline_at=timer.deadline_at,
            addresses=self.addresses,
        )
