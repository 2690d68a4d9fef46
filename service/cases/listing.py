"""The filtered, paged list of cases, its name search, and the rows of an export."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from datetime import datetime
from typing import Any

from sqlalchemy import Select, String, and_, exists, func, insert, literal, or_, select, text, true
from sqlalchemy.engine import CursorResult
from sqlalchemy.orm import Session, aliased, selectinload
from sqlalchemy.sql import Executable

from service import logs
from service.access.models import PersonalDataRead
from service.auth.enums import Role
from service.auth.models import OrgUnit, User
from service.auth.service import Caller, subtree_ids
from service.cases.models import Case, CaseEvent, Payment
from service.cases.reading import view_of
from service.db import UTCDateTime, utcnow
from service.i18n import N_, translate
from service.identity import mask_id_number, mask_phone
from service.timers import deadlines, schedule
from service.timers.models import CaseTimer
from workflows.calendar import end_of_day, start_of_day
from workflows.definitions import RESOLVING_OUTCOMES

log = logging.getLogger(__name__)
# A name or employer this long is searched anywhere in it: pg_trgm makes no trigram of
# a shorter piece, so the index could not serve it.
TRIGRAM_LENGTH = 3
# Up to this many matches the list counts them; past it the total is an estimate.
EXACT_UP_TO = 10_000
# Rows an export holds at a time, read from a server-side cursor.
EXPORT_BATCH = 1000
_NOT_PINYIN = re.compile(r"[\s·'’-]")


def _filtered(db_session: Session, caller: Caller, query: dict[str, Any]) -> Select[Case] | None:
    """The list query for ``query``'s filters, or None when they exclude everything."""
    statement = select(Case).where(Case.unit_id.in_(caller.scope_unit_ids))
    if "unit" in query:
        unit = db_session.scalar(select(OrgUnit).where(OrgUnit.code == query["unit"]))
        if unit is None or unit.id not in caller.scope_unit_ids:
            return None
        if query.get("subunits", True):
            statement = statement.where(
                Case.unit_id.in_(subtree_ids(db_session=db_session, unit=unit))
            )
        else:
            statement = statement.where(Case.unit_id == unit.id)
    for column in ("type", "status", "category", "channel", "outcome"):
        if column in query:
            values = query[column]
            values = values if isinstance(values, list) else [values]
            statement = statement.where(getattr(Case, column).in_(values))
    if "assignee" in query:
        if query["assignee"] == "none":
            statement = statement.where(Case.assignee_id.is_(None))
        else:
            if query["assignee"] == "me":
                assignee_id: int | None = caller.user_id
            else:
                assignee_id = db_session.scalar(
                    select(User.id).where(User.username == query["assignee"])
                )
            if assignee_id is None:
                return None
            statement = statement.where(Case.assignee_id == assignee_id)
    bounds: list[tuple[str, Any, bool]] = [
        ("opened_from", Case.received_at, True),
        ("opened_to", Case.received_at, False),
        ("closed_from", Case.closed_at, True),
        ("closed_to", Case.closed_at, False),
    ]
    for key, column, lower in bounds:
        moment: datetime | None = query.get(key)
        if moment is not None:
            statement = statement.where(column >= moment if lower else column < moment)
    return _report_filters(statement, query)


def _report_filters(statement: Select[Case], query: dict[str, Any]) -> Select[Case]:
    """The filters behind the report figures: each figure's drill-down uses them."""
    for key, column in (("opened_between", Case.received_at), ("closed_between", Case.closed_at)):
        if key in query:
            first, last = query[key]
            statement = statement.where(column >= start_of_day(first), column < end_of_day(last))
    if "active_between" in query:
        first, last = query["active_between"]
        statement = statement.where(
            Case.received_at < end_of_day(last),
            or_(Case.closed_at.is_(None), Case.closed_at >= start_of_day(first)),
        )
    if "closed_by" in query:
        statement = statement.where(Case.closed_at < end_of_day(query["closed_by"]))
    if "open_at_end" in query:
        moment = end_of_day(query["open_at_end"])
        statement = statement.where(
            Case.received_at < moment, or_(Case.closed_at.is_(None), Case.closed_at >= moment)
        )
    if "resolving" in query:
        resolving = or_(
            *(
                and_(Case.type == case_type, Case.outcome.in_(outcomes))
                for case_type, outcomes in RESOLVING_OUTCOMES.items()
            )
        )
        statement = statement.where(resolving if query["resolving"] else ~resolving)
    if "collective" in query:
        statement = statement.where(Case.collective.is_(query["collective"]))
    if "satisfaction" in query:
        statement = statement.where(
            exists().where(
                CaseEvent.case_id == Case.id,
                CaseEvent.action == "close",
                CaseEvent.payload["satisfaction"].as_string() == query["satisfaction"],
            )
        )
    if "paid_between" in query:
        first, last = query["paid_between"]
        statement = statement.where(
            exists().where(Payment.case_id == Case.id, Payment.paid_on.between(first, last))
        )
    if "agreed_between" in query:
        first, last = query["agreed_between"]
        statement = statement.where(
            exists().where(
                CaseEvent.case_id == Case.id,
                CaseEvent.action == "agree",
                CaseEvent.occurred_at >= start_of_day(first),
                CaseEvent.occurred_at < end_of_day(last),
            )
        )
    if "breached" in query:
        kind = query["breached"]
        kinds = deadlines.DEADLINE_KINDS if kind == "any" else (kind,)
        condition = [CaseTimer.case_id == Case.id, deadlines.breached(kinds=kinds, now=utcnow())]
        if "breached_between" in query:
            first, last = query["breached_between"]
            condition += [
                CaseTimer.deadline_at > start_of_day(first),
                CaseTimer.deadline_at <= end_of_day(last),
            ]
        statement = statement.where(exists().where(*condition))
    if "q" in query:
        statement = statement.where(_text_search(query["q"]))
    return statement


def _text_search(text: str) -> Any:
    """Cases whose claimant's name, or its reading, or whose employer or number matches.

    Every arm is a form an index serves on PostgreSQL (migrations 0019, 0022), each
    with the unit first but for a later part of a name in parts: a name or
    employer of three characters or more anywhere (trigram), a shorter one from its
    start or, for a name, from its given name after a one-character surname ("秀兰"
    finds 张秀兰); a reading from its start or from the start of a later part.
    """
    text = text.strip()
    # What a clerk types for what they hear: "Shan Li", "ayiguli·maimaiti", "xi'an".
    heard = _NOT_PINYIN.sub("", text.lower())
    if len(text) >= TRIGRAM_LENGTH:
        found = [
            Case.claimant_name.contains(text, autoescape=True),
            Case.employer_name.contains(text, autoescape=True),
        ]
    else:
        found = [
            Case.claimant_name.startswith(text, autoescape=True),
            func.substr(Case.claimant_name, 2).startswith(text, autoescape=True),
            Case.employer_name.startswith(text, autoescape=True),
        ]
    if heard.isascii() and heard.isalpha():
        found += [
            Case.claimant_name_initials.startswith(heard, autoescape=True),
            Case.claimant_name_pinyin.startswith(heard, autoescape=True),
            # A later part of a name in parts is stored after a space (see names.reading_of).
            # Only names in parts have one: "has a space" names the partial index of
            # those names (migration 0022), small where the whole column is not.
            *(
                and_(column.contains(" "), column.contains(" " + heard, autoescape=True))
                for column in (Case.claimant_name_pinyin, Case.claimant_name_initials)
            ),
        ]
    return or_(*found, Case.number == text.upper())


LIST_LOADS = (Case.unit, Case.assignee)


def _order_by(on: Any, sort: str) -> tuple[Any, ...]:
    """The ORDER BY of ``sort`` on ``on``: the ``Case`` class, or the columns of a subquery."""
    columns = (on.number,) if sort.lstrip("-") == "number" else (on.received_at, on.id)
    return tuple(c.desc() if sort.startswith("-") else c.asc() for c in columns)


def search(
    *, db_session: Session, caller: Caller, query: dict[str, Any], exact_up_to: int = EXACT_UP_TO
) -> dict[str, Any]:
    """One page of the cases in scope matching ``query``, with how many match in all.

    The total is counted exactly up to ``exact_up_to`` matches; past that (on PostgreSQL,
    unless ``count=exact`` asks) it is the planner's estimate and ``total_is_estimate``
    says so: counting every one of a million rows costs more than the page itself.
    """
    page, per_page = query["page"], query["per_page"]
    statement = _filtered(db_session, caller, query)
    if statement is None:
        return {
            "items": [],
            "total": 0,
            "total_is_estimate": False,
            "page": page,
            "per_page": per_page,
        }
    exact = query.get("count") == "exact"
    sort, skipped = query["sort"], (page - 1) * per_page
    if "q" in query:
        cases, total, estimated = _search_page(
            db_session, statement, sort=sort, per_page=per_page, skipped=skipped,
            exact=exact, exact_up_to=exact_up_to,
        )  # fmt: skip
    else:
        total, estimated = _total(db_session, statement, exact=exact, exact_up_to=exact_up_to)
        listing = statement.limit(per_page).offset(skipped)
        cases = list(
            db_session.scalars(
                listing.options(*(selectinload(r) for r in LIST_LOADS)).order_by(
                    *_order_by(Case, sort)
                )
            )
        )
    return {
        "items": [view_of(db_session, case, caller) for case in cases],
        "total": total,
        "total_is_estimate": estimated,
        "page": page,
        "per_page": per_page,
    }


def _search_page(
    db_session: Session,
    statement: Select[Case],
    *,
    sort: str,
    per_page: int,
    skipped: int,
    exact: bool,
    exact_up_to: int,
) -> tuple[list[Case], int, bool]:
    """A page of a name search and how many match, found in one pass over the indexes.

    A search finds its matches through the name indexes first and orders only them.
    Left to choose, the planner may walk every case newest first and test each against
    the name, which costs seconds when the name is rarer than it guessed; a materialised
    CTE is a fence it cannot plan through. The count reads the same CTE, so the matches
    are looked up once, not once for the count and again for the page: for a name that
    repeats, that lookup (hundreds of rows read from the table) is most of the request.
    """
    found = (
        statement.with_only_columns(Case.id, Case.received_at, Case.number)
        .cte("found")
        .prefix_with("MATERIALIZED", dialect="postgresql")
    )
    counted = _count_of(
        db_session, select(found.c.id), exact=exact, exact_up_to=exact_up_to
    ).scalar_subquery()
    shown = (
        select(found.c.id).order_by(*_order_by(found.c, sort)).limit(per_page).offset(skipped)
    ).subquery()
    rows = db_session.execute(
        select(Case, counted)
        .join(shown, shown.c.id == Case.id)
        .options(*(selectinload(r) for r in LIST_LOADS))
        .order_by(*_order_by(Case, sort))
    ).all()
    cases = [row[0] for row in rows]
    if not rows:  # a page past the last: the count alone
        total, estimated = _total(db_session, statement, exact=exact, exact_up_to=exact_up_to)
        return cases, total, estimated
    total, estimated = _settled(
        db_session, statement, rows[0][1], exact=exact, exact_up_to=exact_up_to
    )
    return cases, total, estimated


def _total(
    db_session: Session, statement: Select[Case], *, exact: bool, exact_up_to: int
) -> tuple[int, bool]:
    """How many cases ``statement`` selects, and whether that is the planner's estimate."""
    ids = statement.with_only_columns(Case.id)
    counted = db_session.scalar(_count_of(db_session, ids, exact=exact, exact_up_to=exact_up_to))
    return _settled(db_session, statement, counted or 0, exact=exact, exact_up_to=exact_up_to)


def _count_of(db_session: Session, ids: Select[Any], *, exact: bool, exact_up_to: int) -> Any:
    """The count of ``ids``; on PostgreSQL, unless ``exact``, it stops one past the
    threshold: the rows the page needs are read anyway, the others need not be."""
    if not exact and db_session.get_bind().dialect.name == "postgresql":
        ids = ids.limit(exact_up_to + 1)
    return select(func.count()).select_from(ids.subquery())


def _settled(
    db_session: Session, statement: Select[Case], counted: int, *, exact: bool, exact_up_to: int
) -> tuple[int, bool]:
    """The count as the answer gives it: past the threshold, the planner's estimate."""
    if exact or counted <= exact_up_to or db_session.get_bind().dialect.name != "postgresql":
        return counted, False
    return _estimate(db_session, statement, exact_up_to), True


def _estimate(db_session: Session, statement: Select[Case], exact_up_to: int) -> int:
    """The planner's estimate of the cases ``statement`` selects, more than ``exact_up_to``."""
    ids = statement.with_only_columns(Case.id)
    compiled = ids.compile(
        dialect=db_session.get_bind().dialect, compile_kwargs={"render_postcompile": True}
    )
    connection = db_session.connection()
    plan: Any = connection.exec_driver_sql(
        f"EXPLAIN (FORMAT JSON) {compiled}", compiled.params
    ).scalar_one()
    estimate = int(plan[0]["Plan"]["Plan Rows"])
    # More than the threshold were counted: an estimate below it is known to be wrong.
    return max(estimate, exact_up_to + 1)


def export_rows(
    *, db_session: Session, caller: Caller, query: dict[str, Any]
) -> Iterator[dict[str, Any]]:
    """Every case matching ``query`` as a flat row for a file, identity masked per caller.

    The unmasked reads are recorded now, in the caller's unit of work, with one
    statement; the rows are read when the result is iterated, a thousand at a time
    from a server-side cursor, so a year of a million cases never sits in memory. A
    row shows the identity whole only if this export recorded reading it.
    """
    statement = _filtered(db_session, caller, query)
    if statement is None:
        return iter(())
    stamp = utcnow()
    shown = statement.with_only_columns(Case.id, Case.unit_id).where(
        or_(Case.claimant_id_number.is_not(None), Case.claimant_phone.is_not(None)),
        true() if caller.role == Role.SUPERVISOR else Case.assignee_id == caller.user_id,
    )
    recorded: CursorResult[Any] = db_session.execute(  # type: ignore[assignment]
        insert(PersonalDataRead).from_select(
            ["case_id", "unit_id", "read_at", "user_id", "endpoint", "request_id"],
            shown.add_columns(
                literal(stamp, UTCDateTime()),
                literal(caller.user_id),
                literal((logs.current("endpoint") or "")[:200]),
                literal(logs.current("request_id"), String()),
            ),
        )
    )
    if recorded.rowcount:
        log.info("identities read unmasked in an export", extra={"count": recorded.rowcount})
    assignee = aliased(User)
    rows = (
        statement.with_only_columns(
            Case.number,
            Case.type,
            Case.category,
            Case.channel,
            Case.status,
            Case.outcome,
            OrgUnit.code.label("unit"),
            assignee.display_name.label("assignee"),
            Case.claimant_name,
            Case.claimant_id_number,
            Case.claimant_phone,
            Case.received_at,
            Case.closed_at,
            Case.claim_amount,
            # Probed per row by the case (ix_personal_data_reads_case): the planner
            # cannot know how many reads were just recorded and, joining, guesses one.
            exists()
            .where(
                PersonalDataRead.case_id == Case.id,
                PersonalDataRead.user_id == caller.user_id,
                PersonalDataRead.read_at == literal(stamp, UTCDateTime()),
            )
            .label("whole"),
        )
        .join(OrgUnit, OrgUnit.id == Case.unit_id)
        .outerjoin(assignee, assignee.id == Case.assignee_id)
        .order_by(*_order_by(Case, query["sort"]))
    )
    return _flat(db_session, rows)


def _flat(db_session: Session, rows: Executable) -> Iterator[dict[str, Any]]:
    # Run when first asked for: a streamed file asks after its request has committed.
    if db_session.get_bind().dialect.name == "postgresql":
        # Every row is read: plan for all of them, not for the first tenth (a cursor's
        # default), which picks nested loops that cost minutes on a year's cases.
        db_session.execute(text("SET LOCAL cursor_tuple_fraction = 1.0"))
    for row in db_session.execute(rows, execution_options={"yield_per": EXPORT_BATCH}):
        id_number, phone = row.claimant_id_number, row.claimant_phone
        yield {
            "number": row.number,
            "type": row.type,
            "category": row.category,
            "channel": row.channel,
            "status": row.status,
            "status_label": translate(N_(row.status)),
            "outcome": row.outcome,
            "unit": row.unit,
            "assignee": row.assignee or "",
            "claimant_name": row.claimant_name,
            "id_number": id_number if row.whole else id_number and mask_id_number(id_number),
            "phone": phone if row.whole else phone and mask_phone(phone),
            "received_on": schedule.local_date(row.received_at),
            "closed_on": row.closed_at and schedule.local_date(row.closed_at),
            "claim_amount": row.claim_amount,
        }
