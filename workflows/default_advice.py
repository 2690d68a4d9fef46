"""What a dispute whose agreement is not performed may do next (劳动争议调解仲裁法 arts. 15–16).

A defaulted agreement leaves the worker two roads: arbitration (art. 15), always, and
for wages, injury medical costs, severance or damages a payment order 支付令 from the
court on the strength of the agreement (art. 16). The arbitration limitation period
(art. 27) says how long the first road stays open.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from workflows.case_types import PAYMENT_ORDER_CATEGORIES
from workflows.messages import N_, Text

PAYMENT_ORDER_ARTICLE = "《劳动争议调解仲裁法》 art. 16"
LIMITATION_ARTICLE = "《劳动争议调解仲裁法》 art. 27"


@dataclass(frozen=True)
class DefaultAdvice:
    """Whether a payment order is open, and the days left of the limitation period."""

    payment_order: bool
    limitation_on: date | None
    days_left: int | None  # 0 on the last day, negative once it has passed
    advice: tuple[Text, ...]


def _payment_order(category: str) -> Text:
    if category in PAYMENT_ORDER_CATEGORIES:
        return N_(
            "A payment order is open: the worker may apply to the court for a payment order "
            "with the mediation agreement, as the dispute is about {category} "
            "(Labour Dispute Mediation and Arbitration Law art. 16)",
            category=N_(category),
        )
    return N_(
        "A payment order is not open to a dispute about {category}: it is for wages, injury "
        "medical costs, severance and damages (art. 16); the worker may apply for arbitration "
        "(Labour Dispute Mediation and Arbitration Law art. 15)",
        category=N_(category),
    )


def _limitation(limitation_on: date | None, days_left: int | None) -> Text:
    if limitation_on is None or days_left is None:
        return N_(
            "No limitation date: a wage claim is not barred while employment lasts "
            "(Labour Dispute Mediation and Arbitration Law art. 27 §4)"
        )
    if days_left >= 0:
        return N_(
            "{days} days remain of the arbitration limitation period, which ends on {date} "
            "(Labour Dispute Mediation and Arbitration Law art. 27)",
            days=days_left,
            date=limitation_on,
        )
    return N_(
        "The arbitration limitation period ended on {date}, {days} days ago "
        "(Labour Dispute Mediation and Arbitration Law art. 27)",
        days=-days_left,
        date=limitation_on,
    )


def default_advice(*, category: str, limitation_on: date | None, today: date) -> DefaultAdvice:
    """The advice for a dispute in ``category`` whose agreement was not performed."""
    days_left = None if limitation_on is None else (limitation_on - today).days
    return DefaultAdvice(
        payment_order=category in PAYMENT_ORDER_CATEGORIES,
        limitation_on=limitation_on,
        days_left=days_left,
        advice=(_payment_order(category), _limitation(limitation_on, days_left)),
    )
