"""Valid intake bodies with realistic Chinese data; tests override what they examine."""

from __future__ import annotations

import random
from typing import Any

from service.demo import people

_rng = random.Random(20261122)
# Every ID number and phone handed out, for the scan of the suite's logs.
USED: set[str] = set()


def claimant(**overrides: Any) -> dict[str, Any]:
    person = {
        "name": people.name(_rng),
        "id_number": people.id_number(_rng),
        "phone": people.mobile(_rng),
        **overrides,
    }
    USED.update(str(person[key]) for key in ("id_number", "phone") if person.get(key))
    return person


def dispute(**overrides: Any) -> dict[str, Any]:
    return {
        "type": "labour_dispute",
        "category": "wage_arrears",
        "channel": "visit",
        "received_at": "2026-11-20T09:30:00+08:00",
        "claimant": claimant(),
        "employer": {"name": people.employer_name(_rng), "credit_code": people.credit_code(_rng)},
        "claim_amount": "8600.00",
        "workers_involved": 1,
        "known_on": "2026-11-01",
        "description": "拖欠10月工资",
        **overrides,
    }


def aid(**overrides: Any) -> dict[str, Any]:
    return {
        "type": "hardship_aid",
        "category": "medical",
        "channel": "visit",
        "claimant": claimant(),
        "claim_amount": "5000.00",
        "household_size": 3,
        "hardship_level": "relative",
        "description": "配偶住院，自付医疗费用较高",
        **overrides,
    }


def consultation(**overrides: Any) -> dict[str, Any]:
    return {
        "type": "consultation",
        "category": "policy",
        "channel": "phone",
        "claimant": {"name": people.name(_rng), "phone": "027-82345678"},
        "description": "咨询金秋助学申请条件",
        **overrides,
    }


def household(size: int = 3, *, head: dict[str, Any] | None = None, **overrides: Any) -> dict:
    """A household file: the head (the claimant, if given) and ``size - 1`` more members."""
    head = head or claimant()
    members = [
        {"name": people.name(_rng), "relation": relation, "id_number": people.id_number(_rng),
         "work_status": status, "health": "healthy"}
        for relation, status in (("spouse", "flexible"), ("child", "student"))[: size - 1]
    ]  # fmt: skip
    USED.update(m["id_number"] for m in members)
    return {
        "address": "武汉市江岸区和光路1号3栋201",
        "head": {"name": head["name"], "id_number": head["id_number"],
                 "work_status": "unemployed", "health": "chronic_illness", "union_member": True},
        "members": members,
        "years": [{"year": 2026, "income": "30000.00", "essential_costs": "6000.00"}],
        **overrides,
    }  # fmt: skip
