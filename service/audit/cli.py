"""flask audit verify / anchor: the audit trail from the command line."""

from __future__ import annotations

import sys

import click
from flask import Flask, current_app
from flask.cli import AppGroup

from service.audit import anchors, service
from service.db import unit_of_work, utcnow
from service.hash_chain import trail_keys

audit = AppGroup("audit", help="The audit trail: verify it, anchor it.")


@audit.command("verify")
def audit_verify() -> None:
    """Verify every case's trail, household history and the anchors; exit 1 if one is broken."""
    with unit_of_work() as work:
        report = service.verify(db_session=work, unit_ids=None)
    click.echo(
        f"{report['cases']} cases, {report['events']} events, {report['anchors']} anchors checked"
    )
    if report["households"]:
        click.echo(
            f"{report['households']} household files, {report['household_events']} events checked"
        )
    for problem in report["anchor_problems"]:
        click.echo(f"anchor {problem['anchor']}: {problem['problem']}")
    for broken in report["broken"]:
        click.echo(f"case {broken['case']} event {broken['seq']}: {broken['problem']}")
    for broken in report["broken_households"]:
        click.echo(f"household {broken['household']} event {broken['seq']}: {broken['problem']}")
    if report["broken"]:
        first = report["broken"][0]
        click.echo(f"first broken event: case {first['case']} event {first['seq']}", err=True)
    if not report["ok"]:
        sys.exit(1)
    click.echo("ok")


@audit.command("anchor")
def audit_anchor() -> None:
    """Sign the trail heads that moved since the last anchor into the anchor file now."""
    settings = current_app.extensions["settings"]
    with unit_of_work() as work:
        number = anchors.write(db_session=work, settings=settings, keys=trail_keys(), now=utcnow())
    if number is None:
        click.echo("no trail moved since the last anchor")
    else:
        click.echo(f"anchor {number} written to {anchors.path_of(settings)}")


def init_app(app: Flask) -> None:
    app.cli.add_command(audit)
