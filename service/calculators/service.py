"""The severance calculator 经济补偿计算: the rules of ``workflows.severance``, as answers."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from workflows.data import to_json
from workflows.messages import from_stored, stored
from workflows.severance import Severance, severance, times_form

INPUTS = ("start_on", "end_on", "average_wage", "minimum_wage", "city_average_wage", "unlawful")


def calculate(inputs: dict[str, Any]) -> Severance:
    """N, W and the amount for the figures the caller gave, step by step."""
    return severance(**{name: inputs[name] for name in INPUTS})


def record_of(inputs: dict[str, Any], result: Severance) -> dict[str, Any]:
    """A calculation as JSON to keep on a case's trail: its messages kept to translate later."""
    return {
        **to_json({name: inputs[name] for name in INPUTS}),
        "service": {
            "years": result.service.years,
            "months": result.service.months,
            "days": result.service.days,
        },
        "n": times_form(result.years_counted),
        "w": f"{result.monthly_wage:.2f}",
        "cap_applied": result.cap_applied,
        "multiple": result.multiple,
        "amount": f"{result.amount:.2f}",
        "steps": [
            {"rule": step.rule, "article": step.article, "text": stored(step.text)}
            for step in result.steps
        ],
    }


def answer(record: dict[str, Any]) -> dict[str, Any]:
    """A kept calculation with its values typed and its steps as messages to translate."""
    steps = [{**step, "text": from_stored(step["text"])} for step in record["steps"]]
    money = ("average_wage", "minimum_wage", "city_average_wage", "w", "amount")
    return {
        **record,
        **{name: date.fromisoformat(record[name]) for name in ("start_on", "end_on")},
        **{name: Decimal(record[name]) for name in money},
        "steps": steps,
    }
