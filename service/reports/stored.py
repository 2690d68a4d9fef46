"""Monthly 每月汇报 and quarterly 季度通报 reports: built once per unit and period, kept, sent."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from flask import current_app
from sqlalchemy import select
from sqlalchemy.orm import Session

from service.audit import anchors
from service.auth.enums import Role
from service.auth.models import OrgUnit, User
from service.auth.service import Caller, subtree_ids
from service.cases import listing
from service.db import upsert, utcnow
from service.domain_errors import NotFound
from service.i18n import N_, Text
from service.notifications.service import notify, supervisors_of
from service.reports import files
from service.reports.figures import CASE_TYPES, Period
from service.reports.models import StoredReport
from service.reports.service import summary
from workflows.calendar import WorkingCalendar
from workflows.definitions import WORKFLOWS

log = logging.getLogger(__name__)
BUILD_TASK = "unioncase.build_due_reports"
MONTH = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")
QUARTER = re.compile(r"^(\d{4})Q([1-4])$")


@dataclass(frozen=True)
class ReportPeriod:
    kind: str  # monthly | quarterly
    name: str  # 2026-10 | 2026Q3
    period: Period


def month(name: str) -> ReportPeriod:
    found = MONTH.match(name)
    if not found:
        raise ValueError(N_("a month such as 2026-10"))
    year, number = int(found[1]), int(found[2])
    first = date(year, number, 1)
    return ReportPeriod("monthly", name, Period(first, _month_end(first)))


def quarter(name: str) -> ReportPeriod:
    found = QUARTER.match(name)
    if not found:
        raise ValueError(N_("a quarter such as 2026Q3"))
    year, number = int(found[1]), int(found[2])
    first = date(year, 3 * number - 2, 1)
    return ReportPeriod("quarterly", name, Period(first, _month_end(date(year, 3 * number, 1))))


def _month_end(first: date) -> date:
    return (first.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)


def due_on(day: date, working: WorkingCalendar) -> list[ReportPeriod]:
    """The reports whose day has come by ``day``: the last month's once its first working
    day has come, and the last quarter's likewise (after a holiday, the next working day)."""
    first_of_month = day.replace(day=1)
    last_month = first_of_month - timedelta(days=1)
    periods = []
    if day >= working.next_working_day(first_of_month):
        periods.append(month(f"{last_month:%Y-%m}"))
    quarter_start = date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)
    if day >= working.next_working_day(quarter_start):
        before = quarter_start - timedelta(days=1)
        periods.append(quarter(f"{before.year}Q{(before.month - 1) // 3 + 1}"))
    return periods


def workflows_version() -> str:
    """A short digest of the workflow definitions the figures were counted under."""
    shape = {
        name: {
            "states": sorted(
                (s.name, s.closed, sorted(s.timers)) for s in workflow.states.values()
            ),
            "transitions": sorted(
                (t.action, t.source, t.target, sorted(t.who), [f.name for f in t.requires])
                for t in workflow.transitions
            ),
            "timers": sorted(repr(timer) for timer in workflow.timers.values()),
        }
        for name, workflow in WORKFLOWS.items()
    }
    return hashlib.sha256(json.dumps(shape, sort_keys=True).encode()).hexdigest()[:16]


def units_with_supervisors(db_session: Session) -> list[OrgUnit]:
    ids = select(User.unit_id).where(User.role == Role.SUPERVISOR, User.active.is_(True))
    return list(db_session.scalars(select(OrgUnit).where(OrgUnit.id.in_(ids)).order_by(OrgUnit.id)))


def _unit_caller(db_session: Session, unit: OrgUnit) -> Caller:
    """The report sees what the unit's supervisors see: the unit and its subtree."""
    return Caller(
        user_id=0, username="system", role=Role.SUPERVISOR, unit_id=unit.id,
        unit_code=unit.code, scope_unit_ids=subtree_ids(db_session=db_session, unit=unit),
    )  # fmt: skip


def build(
    *, db_session: Session, unit: OrgUnit, report_period: ReportPeriod, built_by_id: int | None
) -> tuple[StoredReport, bool]:
    """Build and keep the report once; ``(report, False)`` if it was built already."""
    existing = _find(db_session, unit, report_period)
    if existing is not None:
        return existing, False
    caller = _unit_caller(db_session, unit)
    has_subunits = len(caller.scope_unit_ids) > 1
    now = utcnow()
    figures = summary(
        db_session=db_session,
        caller=caller,
        query={
            "from": report_period.period.first,
            "to": report_period.period.last,
            "group_by": "unit" if has_subunits else "type",
        },
        now=now,
    )
    # The report leaves the system: it carries the day's audit anchor out with it.
    figures["audit_anchor"] = anchors.latest(current_app.extensions["settings"])
    inserted = db_session.scalar(
        upsert(db_session)(StoredReport)
        .values(
            unit_id=unit.id, kind=report_period.kind, period=report_period.name,
            period_from=report_period.period.first, period_to=report_period.period.last,
            figures=figures, built_at=now, workflows_version=workflows_version(),
            built_by_id=built_by_id,
        )
        .on_conflict_do_nothing(index_elements=["unit_id", "kind", "period"])
        .returning(StoredReport.id)
    )  # fmt: skip
    report = _find(db_session, unit, report_period)
    assert report is not None
    if inserted is None:  # another beat or a redelivered task got there first
        return report, False
    _deliver(db_session, report)
    log.info(
        "report built",
        extra={"report_id": report.id, "unit": unit.code, "period": report_period.name},
    )
    return report, True


def _find(db_session: Session, unit: OrgUnit, report_period: ReportPeriod) -> StoredReport | None:
    return db_session.scalar(
        select(StoredReport).where(
            StoredReport.unit_id == unit.id,
            StoredReport.kind == report_period.kind,
            StoredReport.period == report_period.name,
        )
    )


REPORT_NAMES = {"monthly": N_("monthly report"), "quarterly": N_("quarterly report")}


def headline(report: StoredReport) -> Text:
    """The figures a supervisor reads first, as the worklist item and the robot message."""
    total = report.figures["total"]
    closure = total["closure_rate"]["rate"]
    return N_(
        "{unit} {report} ({start} to {end}): {registered} registered, {closed} closed, "
        "closure rate {closure}, {open} open at the end, {breaches} deadlines missed, "
        "{recovered} yuan recovered, {aid} yuan of aid paid out.{anchor}",
        unit=report.unit.name,
        report=REPORT_NAMES[report.kind],
        start=report.period_from,
        end=report.period_to,
        registered=total["registered"]["count"],
        closed=total["closed"]["count"],
        closure="—" if closure is None else f"{Decimal(closure) * 100:.2f}%",
        open=total["open_at_end"]["count"],
        breaches=total["breaches"]["count"],
        recovered=f"{Decimal(total['amount_recovered']):,.2f}",
        aid=f"{Decimal(total['aid_disbursed']):,.2f}",
        anchor=_anchor_line(report.figures.get("audit_anchor")),
    )


def _anchor_line(anchor: dict[str, Any] | None) -> Text | str:
    """The audit anchor the report carries out, so a rewritten anchor file shows."""
    if not anchor:
        return ""
    return N_(
        " Audit anchor no. {anchor}, signature {mac}.", anchor=anchor["anchor"], mac=anchor["mac"]
    )


def _deliver(db_session: Session, report: StoredReport) -> None:
    """Into the worklist of the unit's supervisors, and out by their push channels."""
    notify(
        db_session=db_session,
        user_ids=supervisors_of(db_session=db_session, unit=report.unit, above=False),
        case_id=None,
        kind="report",
        message=headline(report),
        source_key=f"report:{report.id}",
    )


def build_due(*, db_session: Session, day: date, working: WorkingCalendar) -> list[int]:
    """Build every report due by ``day`` for each unit with supervisors; the new ids."""
    built = []
    for unit in units_with_supervisors(db_session):
        for report_period in due_on(day, working):
            report, new = build(
                db_session=db_session, unit=unit, report_period=report_period, built_by_id=None
            )
            if new:
                built.append(report.id)
    return built


def visible(*, db_session: Session, caller: Caller, query: dict[str, Any]) -> list[StoredReport]:
    statement = select(StoredReport).where(StoredReport.unit_id.in_(caller.scope_unit_ids))
    if "unit" in query:
        statement = statement.join(OrgUnit).where(OrgUnit.code == query["unit"])
    if "kind" in query:
        statement = statement.where(StoredReport.kind == query["kind"])
    return list(
        db_session.scalars(statement.order_by(StoredReport.period_to.desc(), StoredReport.id))
    )


def get(*, db_session: Session, caller: Caller, report_id: int) -> StoredReport:
    report = db_session.get(StoredReport, report_id)
    if report is None or report.unit_id not in caller.scope_unit_ids:
        raise NotFound(N_("no report {id} in your units", id=report_id))
    return report


def case_rows(
    *, db_session: Session, caller: Caller, report: StoredReport
) -> Iterator[dict[str, Any]]:
    """The cases in hand during the report's period in its unit, masked as ``caller`` sees."""
    query = {
        "type": list(CASE_TYPES),
        "unit": report.unit.code,
        "active_between": (report.period_from, report.period_to),
        "sort": "received_at",
    }
    return listing.export_rows(db_session=db_session, caller=caller, query=query)


def attachment(db_session: Session, source_key: str) -> tuple[str, bytes] | None:
    """The Excel file an e-mailed report carries; identities masked, as it leaves the system."""
    report = db_session.get(StoredReport, int(source_key.removeprefix("report:")))
    if report is None:
        return None
    reader = _unit_caller(db_session, report.unit)
    masked = dataclasses.replace(reader, role=Role.INTAKE)
    content = files.summary_xlsx(
        report.figures, case_rows(db_session=db_session, caller=masked, report=report)
    )
    return f"report-{report.unit.code}-{report.period}.xlsx", content
