"""flask demo seed: units, staff and a few hundred realistic cases to try unioncase with."""

from __future__ import annotations

import random
from datetime import timedelta
from typing import Any

import click
from flask import Flask
from flask.cli import AppGroup
from sqlalchemy import select

from service.auth.enums import Role
from service.auth.models import OrgUnit, User
from service.auth.service import as_caller, issue_token
from service.cases import service as cases
from service.cases.schemas import CaseIntakeSchema
from service.db import unit_of_work, utcnow
from service.demo import people
from service.staff.service import create_unit, create_user
from workflows.case_types import AID_KINDS, CHANNELS, DISPUTE_CATEGORIES

demo = AppGroup("demo", help="Demonstration data.")

# Units of its own, so the demo runs beside the README's XA and XA-HG.
STREET = ("DM", "东明路街道总工会（演示）")
COMMUNITIES = (
    ("DM-HG", "和光社区联合工会（演示）"),
    ("DM-HX", "和兴社区联合工会（演示）"),
    ("DM-HP", "和平社区联合工会（演示）"),
)
STAFF = ((Role.INTAKE, 1), (Role.MEDIATOR, 2), (Role.CASEWORKER, 2), (Role.SUPERVISOR, 1))
DESCRIPTIONS = {
    "wage_arrears": "拖欠{n}个月工资",
    "work_injury": "工作中受伤，单位未申请工伤认定",
    "dismissal": "被单位解除劳动合同，未支付经济补偿",
    "social_insurance": "单位未缴纳社会保险",
    "overtime": "长期加班未支付加班费",
    "labour_relation": "未签劳动合同，需确认劳动关系",
    "other": "其他劳动争议",
}


def _intake(rng: random.Random) -> dict[str, Any]:
    received = utcnow() - timedelta(days=rng.randrange(120), minutes=rng.randrange(600))
    base: dict[str, Any] = {
        "channel": rng.choice(CHANNELS),
        "received_at": received.isoformat(),
        "claimant": {
            "name": people.name(rng),
            "id_number": people.id_number(rng),
            "phone": people.mobile(rng),
        },
    }
    kind = rng.random()
    if kind < 0.55:
        category = rng.choice(DISPUTE_CATEGORIES)
        known = received.date() - timedelta(days=rng.randrange(10, 200))
        body = {
            **base,
            "type": "labour_dispute",
            "category": category,
            "employer": {"name": people.employer_name(rng), "credit_code": people.credit_code(rng)},
            "claim_amount": f"{rng.randrange(2000, 90000)}.00",
            "workers_involved": rng.choice((1, 1, 1, 2, 3, 12)),
            "known_on": known.isoformat(),
            "description": DESCRIPTIONS[category].format(n=rng.randrange(1, 6)),
        }
        if category == "work_injury":
            body["accident_on"] = known.isoformat()
        return body
    if kind < 0.85:
        return {
            **base,
            "type": "hardship_aid",
            "category": rng.choice(AID_KINDS),
            "claim_amount": f"{rng.randrange(500, 20000)}.00",
            "household_size": rng.randrange(1, 6),
            "description": "家庭困难，申请帮扶",
        }
    base["claimant"].pop("id_number")
    return {
        **base,
        "type": "consultation",
        "category": rng.choice(("policy", "hardship", "wage_arrears", "other")),
        "description": "电话咨询相关政策",
    }


@demo.command("seed")
@click.option("--cases", "count", default=300, show_default=True, help="how many cases")
@click.option("--seed", default=2026, show_default=True, help="random seed")
def seed(count: int, seed: int) -> None:
    """Create a street federation, three community unions, their staff and COUNT cases."""
    rng = random.Random(seed)
    schema = CaseIntakeSchema()
    with unit_of_work() as work:
        if work.scalar(select(OrgUnit).where(OrgUnit.code == STREET[0])):
            raise click.ClickException(f"demo data is already there (unit {STREET[0]} exists)")
        # Beneath the unit of the first admin (HQ from `flask bootstrap`), who then sees
        # the demo as the real streets; a root of its own where there is no admin yet.
        parent = work.scalar(
            select(OrgUnit.code)
            .join(User, User.unit_id == OrgUnit.id)
            .where(User.role == Role.ADMIN)
            .order_by(User.id)
            .limit(1)
        )
        create_unit(db_session=work, code=STREET[0], name=STREET[1], parent_code=parent)
        tokens = {}
        street_chair = create_user(
            db_session=work,
            username="dm-chair",
            role=Role.SUPERVISOR,
            unit_code=STREET[0],
            name="周主席",
        ).user
        tokens[street_chair.username] = issue_token(db_session=work, user=street_chair)
        desks = []
        for code, name in COMMUNITIES:
            create_unit(db_session=work, code=code, name=name, parent_code=STREET[0])
            for role, how_many in STAFF:
                for n in range(1, how_many + 1):
                    user = create_user(
                        db_session=work,
                        username=f"{code.lower()}-{role}{n}",
                        role=role,
                        unit_code=code,
                        name=people.name(rng),
                    ).user
                    tokens[user.username] = issue_token(db_session=work, user=user)
                    if role == Role.INTAKE:
                        desks.append(as_caller(db_session=work, user=user))
        for _ in range(count):
            desk = rng.choice(desks)
            intake = schema.load(_intake(rng))
            intake["allow_duplicate"] = True
            cases.register(db_session=work, caller=desk, intake=intake)
        work.commit()
    click.echo(f"demo data: 4 units, {len(tokens)} users, {count} cases")
    width = max(map(len, tokens))
    for username, token in tokens.items():
        click.echo(f"{username:{width}}  {token}")


def init_app(app: Flask) -> None:
    app.cli.add_command(demo)
