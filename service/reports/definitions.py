"""What each report figure means, written once for the JSON, the files and the API docs."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Figure:
    """One figure of the summary: its key, its Chinese heading and what it counts."""

    key: str
    heading: str
    zh: str
    en: str


FIGURES: tuple[Figure, ...] = (
    Figure(
        "registered", "登记案件数",
        "期间内受理（接收日期在期间内）的劳动争议和困难帮扶案件数；咨询不计入。",
        "Disputes and aid cases received in the period (China dates, both ends included); "
        "consultations are not cases.",
    ),
    Figure(
        "consultations", "咨询数",
        "期间内登记的咨询数，单独统计，不计入任何案件指标（按类型分组时只计入合计）。",
        "Consultations received in the period, counted apart from every case figure (grouped "
        "by type, they show in the total only).",
    ),
    Figure(
        "closed", "结案数",
        "期间内办结（结案、不予受理、撤回）的案件数，按办结方式和结案结果分列。",
        "Cases that reached a closed state in the period, split by how they ended: closed "
        "with each outcome, rejected, withdrawn.",
    ),
    Figure(
        "open_at_end", "期末在办数",
        "期末前受理、到期末仍未办结的案件数。",
        "Cases received by the end of the period and not closed by then.",
    ),
    Figure(
        "closure_rate", "结案率",
        "期间内登记的案件中，到期末已办结的比例（含不予受理和撤回）。",
        "Of the cases registered in the period, the share closed (any way) by its end.",
    ),
    Figure(
        "resolution_rate", "化解率",
        "期间内办结且非撤回的案件中，以化解结果结案的比例（协议已履行、帮扶金已发放）。",
        "Of the cases closed in the period other than withdrawn ones, the share closed with a "
        "resolving outcome (agreement performed, aid paid: the outcomes the workflows mark).",
    ),
    Figure(
        "on_time_rate", "按时率",
        "到期日在期间内且已到期的时限（受理审查、调解期限、帮扶审核、分期付款宽限、回访）中，"
        "在到期前完成的比例；撤回时尚未到期的时限不计。",
        "Of the deadlines (acceptance, mediation, aid review, instalment grace, follow-up) whose "
        "due day fell in the period and has passed, the share met before they were due; "
        "deadlines still ahead when a case was withdrawn do not count.",
    ),
    Figure(
        "breaches", "超时数",
        "到期日在期间内、到期时仍未完成的时限数，按时限种类分列；in_cases 为涉及的案件数及其清单。",
        "Deadlines whose due day fell in the period and that were not met, by kind; "
        "in_cases: how many cases they are in, and which (one case may miss several).",
    ),
    Figure(
        "days_to_close", "办结天数",
        "期间内办结的案件从接收到办结的自然日数（按北京时间日期相减）：中位数（偶数个时取中间两个的平均）"
        "和第90百分位（最近秩法）。",
        "Calendar days (China dates) from receipt to closing of the cases closed in the period: "
        "the median (mean of the middle two for an even count) and the 90th percentile "
        "(nearest rank).",
    ),
    Figure(
        "amount_claimed", "诉求金额",
        "期间内登记的案件的诉求金额合计（元）。",
        "Total amount claimed by the cases registered in the period, yuan.",
    ),
    Figure(
        "amount_agreed", "协议金额",
        "期间内达成的调解协议金额合计（元）；重新调解后再次达成的协议另计。",
        "Total of the mediation agreements signed in the period, yuan; an agreement signed "
        "again after reopening counts again.",
    ),
    Figure(
        "amount_recovered", "追回金额",
        "付款日期在期间内的用人单位付款合计（元）。",
        "Employer payments to workers with a payment date in the period, yuan.",
    ),
    Figure(
        "aid_disbursed", "帮扶金发放额",
        "发放日期在期间内的帮扶金合计（元）。",
        "Aid paid out with a payment date in the period, yuan.",
    ),
    Figure(
        "satisfaction", "回访满意度",
        "期间内结案（结案状态）的案件回访结果：满意、不满意、无法联系的件数。",
        "Follow-up answers (satisfied, not satisfied, unreachable) of the cases closed in the "
        "period with the close action.",
    ),
    Figure(
        "collective", "集体争议",
        "期间内登记的集体劳动争议（10人及以上）件数和涉及职工人数。",
        "Collective disputes (10 or more workers) registered in the period, and the workers "
        "involved.",
    ),
    Figure(
        "households_overdue", "逾期未年审户数",
        "生成报表时，在档（建档、返困）且年审日期已到而尚未年审的困难职工家庭户数。",
        "Household files still active whose yearly re-verification day had come, not yet "
        "re-verified, when the report was built.",
    ),
)  # fmt: skip

RATES_NOTE = (
    "比例以小数表示（0.6667 即 66.67%），分母为零时为空；金额为精确到分的十进制字符串。"
    " Rates are fractions (0.6667 is 66.67%), empty when nothing is counted; amounts are "
    "exact decimal strings in yuan."
)
DRILL_NOTE = (
    "每个计件指标都附有 cases 链接：GET /api/v1/cases 的查询，列出该数字背后的全部案件。"
    " Every figure that counts cases carries `cases`: the GET /api/v1/cases query that "
    "lists exactly the cases behind it."
)


def as_json() -> dict[str, dict[str, str]]:
    return {f.key: {"heading": f.heading, "zh": f.zh, "en": f.en} for f in FIGURES}


def as_text() -> str:
    """The definitions as Markdown lines, for the OpenAPI description."""
    lines = [f"- `{f.key}` {f.heading}: {f.en} {f.zh}" for f in FIGURES]
    return "\n".join([*lines, "", RATES_NOTE, "", DRILL_NOTE])


# Chinese names of the codes a person reads in exported files.
LABELS: dict[str, str] = {
    "labour_dispute": "劳动争议", "hardship_aid": "困难帮扶", "consultation": "咨询",
    "wage_arrears": "拖欠工资", "work_injury": "工伤", "dismissal": "解除劳动合同",
    "social_insurance": "社会保险", "overtime": "加班", "labour_relation": "确认劳动关系",
    "other": "其他", "living": "生活救助", "medical": "医疗救助", "education": "助学",
    "emergency": "应急救助", "seasonal": "送温暖", "hardship": "困难帮扶", "policy": "政策咨询",
    "visit": "来访", "letter": "来信", "phone": "来电", "hotline": "热线", "online": "网上",
    "referral": "转介", "campaign": "专项活动",
    "agreement_performed": "协议已履行", "arbitration": "转仲裁", "court": "转诉讼",
    "unresolved": "未化解", "aid_paid": "帮扶金已发放", "referred_elsewhere": "转其他部门",
    "answered": "已解答", "converted": "转为案件",
    "rejected": "不予受理", "withdrawn": "撤回", "closed": "结案",
    "satisfied": "满意", "not_satisfied": "不满意", "unreachable": "无法联系",
    "acceptance_decision": "受理审查", "mediation_limit": "调解期限", "aid_review": "帮扶审核",
    "instalment_due": "分期付款", "follow_up_call": "调解回访", "aid_follow_up": "帮扶回访",
    "monthly": "每月汇报", "quarterly": "季度通报",
}  # fmt: skip


def label(code: str | None) -> str:
    return "" if code is None else LABELS.get(code, code)
