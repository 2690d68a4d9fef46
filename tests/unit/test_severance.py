"""The severance calculator and the advice on default as tables: each row names its rule.

《劳动合同法》 art. 47 §1 (N, the six-month rule), §2 (the high-wage cap), art. 87 (twice
for an unlawful termination), art. 97 (service before 2008); 《劳动合同法实施条例》 art. 27
(the minimum wage floor); 《劳动争议调解仲裁法》 art. 16 (payment order) and art. 27
(limitation). DOMAIN.md §Severance and §Labour-dispute mediation.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from service.i18n import translate
from workflows.case_types import DISPUTE_CATEGORIES, PAYMENT_ORDER_CATEGORIES
from workflows.default_advice import default_advice
from workflows.severance import ServiceLength, service_length, severance, years_counted

D = Decimal
MINIMUM = D("2420.00")  # a city's minimum monthly wage
CITY = D("10000.00")  # its average monthly wage of last year: the cap is 30,000.00


def calc(start: str, end: str, average: str, *, unlawful: bool = False, minimum: Decimal = MINIMUM):  # type: ignore[no-untyped-def]
    return severance(
        start_on=date.fromisoformat(start),
        end_on=date.fromisoformat(end),
        average_wage=D(average),
        minimum_wage=minimum,
        city_average_wage=CITY,
        unlawful=unlawful,
    )


@pytest.mark.parametrize(
    ("rule", "start", "end", "length", "n"),
    [
        ("art. 47 §1 full years only", "2020-03-01", "2023-02-28", (3, 0, 0), "3"),
        (
            "art. 47 §1 a day short of six months: half",
            "2020-03-01",
            "2023-08-30",
            (3, 5, 30),
            "3.5",
        ),
        ("art. 47 §1 six months exactly: a whole year", "2020-03-01", "2023-08-31", (3, 6, 0), "4"),
        ("art. 47 §1 eleven months: a whole year", "2020-03-01", "2021-01-31", (0, 11, 0), "1"),
        (
            "art. 47 §1 under six months of service: half",
            "2026-01-01",
            "2026-01-10",
            (0, 0, 10),
            "0.5",
        ),
        ("art. 47 §1 one day of service: half", "2026-06-15", "2026-06-15", (0, 0, 1), "0.5"),
        (
            "art. 47 §1 a few days over full years: half",
            "2016-01-15",
            "2026-01-20",
            (10, 0, 6),
            "10.5",
        ),
        (
            "art. 47 §1 from the 31st, a day short of six months: half",
            "2025-08-31",
            "2026-02-27",
            (0, 5, 28),
            "0.5",
        ),
        (
            "art. 47 §1 from 29 February, a year ends on 28 February",
            "2024-02-29",
            "2025-02-28",
            (1, 0, 0),
            "1",
        ),
        (
            "art. 47 §1 from the 31st, six months reached on 28 February",
            "2025-08-31",
            "2026-02-28",
            (0, 6, 0),
            "1",
        ),
    ],
)
def test_years_counted_six_month_rule(
    rule: str, start: str, end: str, length: tuple[int, int, int], n: str
) -> None:
    found = service_length(date.fromisoformat(start), date.fromisoformat(end))
    assert found == ServiceLength(*length), rule
    assert years_counted(found) == D(n), rule


def test_a_service_that_ends_before_it_starts_is_refused() -> None:
    with pytest.raises(ValueError):
        service_length(date(2026, 1, 2), date(2026, 1, 1))


@pytest.mark.parametrize(
    ("rule", "average", "w", "floored"),
    [
        ("实施条例 art. 27 below the minimum wage: the minimum counts", "2000.00", "2420.00", True),
        ("实施条例 art. 27 nothing paid: the minimum counts", "0.00", "2420.00", True),
        ("实施条例 art. 27 equal to the minimum wage", "2420.00", "2420.00", False),
        ("实施条例 art. 27 a fen above the minimum", "2420.01", "2420.01", False),
    ],
)
def test_minimum_wage_floor(rule: str, average: str, w: str, floored: bool) -> None:
    found = calc("2020-03-01", "2023-02-28", average)
    assert found.monthly_wage == D(w), rule
    assert found.amount == 3 * D(w), rule
    step = next(s for s in found.steps if s.rule == "minimum_wage_floor")
    assert ("is below the local minimum wage" in step.text) is floored, rule
    assert step.article == "《劳动合同法实施条例》 art. 27"


@pytest.mark.parametrize(
    ("rule", "start", "end", "average", "n", "w", "capped", "amount"),
    [
        (
            "art. 47 §2 exactly 3× is not above it: no cap",
            "2005-03-01",
            "2023-08-30",
            "30000.00",
            "18.5",
            "30000.00",
            False,
            "555000.00",
        ),
        (
            "art. 47 §2 a fen above 3×: W capped, N capped at 12",
            "2008-03-01",
            "2026-08-30",
            "30000.01",
            "12",
            "30000.00",
            True,
            "360000.00",
        ),
        (
            "art. 47 §2 far above 3×: W capped, N capped at 12",
            "2008-01-01",
            "2025-12-31",
            "85000.00",
            "12",
            "30000.00",
            True,
            "360000.00",
        ),
        (
            "art. 47 §2 capped with N under 12: N stays",
            "2020-03-01",
            "2023-08-31",
            "45000.00",
            "4",
            "30000.00",
            True,
            "120000.00",
        ),
        (
            "art. 47 §2 capped with exactly 12 years",
            "2014-01-01",
            "2025-12-31",
            "45000.00",
            "12",
            "30000.00",
            True,
            "360000.00",
        ),
    ],
)
def test_high_wage_cap_with_the_twelve_year_cap(
    rule: str, start: str, end: str, average: str, n: str, w: str, capped: bool, amount: str
) -> None:
    found = calc(start, end, average)
    assert (found.years_counted, found.monthly_wage, found.cap_applied) == (D(n), D(w), capped), (
        rule
    )
    assert found.amount == D(amount), rule
    step = next(s for s in found.steps if s.rule == "high_wage_cap")
    assert step.article == "《劳动合同法》 art. 47 §2"
    assert ("no cap" in step.text) is not capped, rule


@pytest.mark.parametrize(
    ("rule", "start", "end", "average", "unlawful", "multiple", "amount"),
    [
        ("art. 47 lawful: N × W", "2020-03-01", "2023-08-30", "8600.00", False, 1, "30100.00"),
        ("art. 87 unlawful: 2 × N × W", "2020-03-01", "2023-08-30", "8600.00", True, 2, "60200.00"),
        (
            "art. 87 unlawful under the cap: 2 × 12 × 3× city",
            "2008-01-01",
            "2025-12-31",
            "85000.00",
            True,
            2,
            "720000.00",
        ),
        (
            "art. 87 unlawful at the minimum wage, half a year",
            "2026-01-01",
            "2026-03-31",
            "1800.00",
            True,
            2,
            "2420.00",
        ),
    ],
)
def test_unlawful_termination_is_twice(
    rule: str, start: str, end: str, average: str, unlawful: bool, multiple: int, amount: str
) -> None:
    found = calc(start, end, average, unlawful=unlawful)
    assert (found.multiple, found.amount) == (multiple, D(amount)), rule
    last = found.steps[-1]
    assert last.rule == ("unlawful_termination" if unlawful else "severance")
    assert last.article == ("《劳动合同法》 art. 87" if unlawful else "《劳动合同法》 art. 47")


def test_the_one_rounding_is_of_the_amount_half_up_to_the_fen() -> None:
    # 0.5 × 3,333.33 = 1,666.665: 四舍五入 gives 1,666.67; twice that is exact.
    assert calc("2026-01-01", "2026-01-31", "3333.33").amount == D("1666.67")
    assert calc("2026-01-01", "2026-01-31", "3333.33", unlawful=True).amount == D("3333.33")


def test_each_step_explained_in_chinese_and_english() -> None:
    found = calc("2020-03-01", "2023-08-30", "2000.00", unlawful=True)
    assert [step.rule for step in found.steps] == [
        "service_years",
        "minimum_wage_floor",
        "high_wage_cap",
        "unlawful_termination",
    ]
    chinese = [translate(step.text, "zh") for step in found.steps]
    assert chinese == [
        "工作年限自2020年3月1日至2023年8月30日，满3年又5个月30天；不满六个月的，按半年计算"
        "（支付半个月工资）。N = 3.5（《劳动合同法》第四十七条第一款）",
        "劳动合同解除或者终止前12个月的平均工资2,000.00元，低于当地最低工资标准2,420.00元，"
        "按当地最低工资标准计算。W = 2,420.00元（《劳动合同法实施条例》第二十七条）",
        "W不高于本地区上年度职工月平均工资三倍（10,000.00 × 3 = 30,000.00元），不封顶"
        "（《劳动合同法》第四十七条第二款）",
        "违法解除或者终止劳动合同，按经济补偿标准的二倍支付赔偿金：2 × N × W = 2 × 3.5 × "
        "2,420.00 = 16,940.00元（《劳动合同法》第八十七条）",
    ]
    english = [translate(step.text, "en") for step in found.steps]
    assert english[0].startswith("Service from 2020-03-01 to 2023-08-30: 3 full years, 5 months")
    assert english[3] == (
        "Unlawful termination: compensation is twice the severance, 2 × N × W = 2 × 3.5 × "
        "2,420.00 = 16,940.00 yuan (Labour Contract Law art. 87)"
    )


def test_the_capped_step_reads_in_chinese() -> None:
    step = calc("2008-01-01", "2025-12-31", "85000.00").steps[2]
    assert translate(step.text, "zh") == (
        "W高于本地区上年度职工月平均工资三倍（10,000.00 × 3 = 30,000.00元）：W按30,000.00元计算，"
        "N最高不超过十二年，N = 12（《劳动合同法》第四十七条第二款）"
    )


def test_art_97_service_before_2008_is_flagged_for_checking() -> None:
    before = calc("2007-12-31", "2025-12-31", "8600.00")
    assert before.steps[-1].rule == "service_before_2008"
    assert before.steps[-1].article == "《劳动合同法》 art. 97"
    assert "2007年12月31日" in translate(before.steps[-1].text, "zh")
    assert all(
        s.rule != "service_before_2008" for s in calc("2008-01-01", "2025-12-31", "8600.00").steps
    )


@pytest.mark.parametrize("category", DISPUTE_CATEGORIES)
def test_art_16_payment_order_by_category(category: str) -> None:
    expected = category in ("wage_arrears", "overtime", "work_injury", "dismissal")
    advice = default_advice(
        category=category, limitation_on=date(2027, 6, 1), today=date(2027, 1, 1)
    )
    assert advice.payment_order is expected
    assert category in PAYMENT_ORDER_CATEGORIES or not expected
    first = translate(advice.advice[0], "zh")
    assert first.startswith("可申请支付令") is expected
    assert ("第十六条" in first) is expected or "第十五条" in first


@pytest.mark.parametrize(
    ("rule", "limitation_on", "today", "days_left", "chinese"),
    [
        (
            "art. 27 days remain",
            date(2027, 1, 10),
            date(2027, 1, 1),
            9,
            "仲裁时效还剩9天，于2027年1月10日届满（《劳动争议调解仲裁法》第二十七条）",
        ),
        (
            "art. 27 the last day: 0 left",
            date(2027, 1, 10),
            date(2027, 1, 10),
            0,
            "仲裁时效还剩0天，于2027年1月10日届满（《劳动争议调解仲裁法》第二十七条）",
        ),
        (
            "art. 27 passed",
            date(2027, 1, 10),
            date(2027, 1, 13),
            -3,
            "仲裁时效已于2027年1月10日届满，已过3天（《劳动争议调解仲裁法》第二十七条）",
        ),
        (
            "art. 27 §4 wages while employment lasts: no date",
            None,
            date(2027, 1, 1),
            None,
            "暂无时效届满日：劳动关系存续期间因拖欠劳动报酬发生争议的，申请仲裁不受仲裁时效期间的限制（《劳动争议调解仲裁法》第二十七条第四款）",
        ),
    ],
)
def test_art_27_days_of_limitation_left(
    rule: str, limitation_on: date | None, today: date, days_left: int | None, chinese: str
) -> None:
    advice = default_advice(category="wage_arrears", limitation_on=limitation_on, today=today)
    assert advice.days_left == days_left, rule
    assert translate(advice.advice[1], "zh") == chinese, rule
