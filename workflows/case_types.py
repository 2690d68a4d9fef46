"""The case types, their categories and their states (DESIGN §2)."""

from __future__ import annotations

from dataclasses import dataclass

DISPUTE_CATEGORIES = (
    "wage_arrears",  # 拖欠工资
    "work_injury",  # 工伤
    "dismissal",  # 解除劳动合同/经济补偿
    "social_insurance",  # 社会保险
    "overtime",  # 加班
    "labour_relation",  # 确认劳动关系
    "other",
)
AID_KINDS = ("living", "medical", "education", "emergency", "seasonal")
HARDSHIP_LEVELS = ("deep", "relative", "accident")
CHANNELS = ("visit", "letter", "phone", "hotline", "online", "referral")


@dataclass(frozen=True)
class CaseType:
    """One kind of case: how its numbers read, what it may be about, where it ends."""

    code: str
    number_prefix: str
    categories: tuple[str, ...]
    closed_states: frozenset[str]
    start_state: str = "registered"


CASE_TYPES: dict[str, CaseType] = {
    case_type.code: case_type
    for case_type in (
        CaseType(
            code="labour_dispute",
            number_prefix="LD",
            categories=DISPUTE_CATEGORIES,
            closed_states=frozenset({"rejected", "closed", "withdrawn"}),
        ),
        CaseType(
            code="hardship_aid",
            number_prefix="HA",
            categories=AID_KINDS,
            closed_states=frozenset({"rejected", "closed", "withdrawn"}),
        ),
        CaseType(
            code="consultation",
            number_prefix="CS",
            categories=(*DISPUTE_CATEGORIES, "hardship", "policy"),
            closed_states=frozenset({"closed"}),
        ),
    )
}

CLOSED_STATES = frozenset().union(*(t.closed_states for t in CASE_TYPES.values()))
