"""The case types, their categories and their states (DESIGN §2)."""

from __future__ import annotations

from dataclasses import dataclass

from workflows.definitions import WORKFLOWS
from workflows.definitions.hardship_aid import HARDSHIP_LEVELS
from workflows.engine import Workflow

__all__ = [
    "AID_KINDS",
    "CASE_TYPES",
    "CHANNELS",
    "DISPUTE_CATEGORIES",
    "HARDSHIP_LEVELS",
    "PAYMENT_ORDER_CATEGORIES",
]

DISPUTE_CATEGORIES = (
    "wage_arrears",  # 拖欠工资
    "work_injury",  # 工伤
    "dismissal",  # 解除劳动合同/经济补偿
    "social_insurance",  # 社会保险
    "overtime",  # 加班
    "labour_relation",  # 确认劳动关系
    "other",
)
# The disputes whose unperformed agreement a court may enforce by a payment order 支付令
# (《劳动争议调解仲裁法》 art. 16): wages 劳动报酬 (overtime pay is pay for work too),
# injury medical costs, severance and damages. Social insurance, the existence of an
# employment relation and other matters go to arbitration instead.
PAYMENT_ORDER_CATEGORIES = frozenset({"wage_arrears", "overtime", "work_injury", "dismissal"})
AID_KINDS = ("living", "medical", "education", "emergency", "seasonal")
CHANNELS = ("visit", "letter", "phone", "hotline", "online", "referral")


@dataclass(frozen=True)
class CaseType:
    """One kind of case: how its numbers read, what it may be about, where it ends."""

    code: str
    number_prefix: str
    categories: tuple[str, ...]

    @property
    def workflow(self) -> Workflow:
        return WORKFLOWS[self.code]

    @property
    def closed_states(self) -> frozenset[str]:
        return self.workflow.closed_states

    @property
    def start_state(self) -> str:
        return self.workflow.start


CASE_TYPES: dict[str, CaseType] = {
    case_type.code: case_type
    for case_type in (
        CaseType(
            code="labour_dispute",
            number_prefix="LD",
            categories=DISPUTE_CATEGORIES,
        ),
        CaseType(
            code="hardship_aid",
            number_prefix="HA",
            categories=AID_KINDS,
        ),
        CaseType(
            code="consultation",
            number_prefix="CS",
            categories=(*DISPUTE_CATEGORIES, "hardship", "policy"),
        ),
    )
}
