"""The rules of issue 8 as tables: each row names its article (and DOMAIN.md line).

DOMAIN.md lines: 16 mediation limit (art. 14); 26–30 limitation (art. 27); 65 and
68–69 emergency aid; 92–95 counting of periods (《民法典》 arts. 200–204); 100–103 the
official calendar and its fallback.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from service.config import ConfigError, Settings
from workflows.calendar import WorkingCalendar, official_schedule
from workflows.definitions import WORKFLOWS
from workflows.engine import Actor, Refused
from workflows.households import AidThisYear
from workflows.periods import limitation, statutory_date

# A 2027 schedule as an administrator would load it (the State Council publishes the
# real one late in 2026); National Day 1–7 October, 9 October worked in exchange.
HOLIDAYS_2027 = ["2027-01-01", "2027-02-06..2027-02-12", "2027-10-01..2027-10-07"]
WORKING_DAYS_2027 = ["2027-02-14", "2027-09-26", "2027-10-09"]


def loaded_2027() -> WorkingCalendar:
    off, on = official_schedule(2027, holidays=HOLIDAYS_2027, working_days=WORKING_DAYS_2027)
    return WorkingCalendar(holidays=off, working_days=on, loaded_years=frozenset({2027}))


FALLBACK = WorkingCalendar()
MEDIATION_DAYS = WORKFLOWS["labour_dispute"].timers["mediation_limit"].days


@pytest.mark.parametrize(
    ("source", "category", "known_on", "employment_end_on", "interruptions", "expected"),
    [
        (  # art. 27 §4, DOMAIN.md:29 — wages are not barred while employment lasts
            "art. 27 §4", "wage_arrears", date(2026, 11, 1), None,
            (("receipt", date(2026, 11, 20)),), None,
        ),
        (  # art. 27 §4, DOMAIN.md:29–30 — once it has ended, the year runs from the end
            "art. 27 §4", "wage_arrears", date(2026, 11, 1), date(2026, 12, 31),
            (("receipt", date(2026, 11, 20)),), (date(2027, 12, 31), "employment_end"),
        ),
        (  # art. 27 §1, DOMAIN.md:26 — a year from when the worker knew
            "art. 27 §1", "dismissal", date(2026, 11, 2), None, (),
            (date(2027, 11, 2), "known_on"),
        ),
        (  # art. 27 §2, DOMAIN.md:27–28 — the application (receipt) restarts it;
            # 2027-11-20 is a Saturday, so the period ends on Monday (DOMAIN.md:94)
            "art. 27 §2", "dismissal", date(2026, 11, 1), None,
            (("receipt", date(2026, 11, 20)),), (date(2027, 11, 22), "receipt"),
        ),
        (  # art. 27 §2, DOMAIN.md:28–29 — and again the employer agreeing to perform
            "art. 27 §2", "overtime", date(2026, 11, 1), None,
            (("receipt", date(2026, 11, 20)), ("agree", date(2026, 12, 1))),
            (date(2027, 12, 1), "agree"),
        ),
        (  # art. 27 §2 — a referral to arbitration; 2028-01-15 is a Saturday
            "art. 27 §2", "dismissal", date(2026, 11, 1), None,
            (("receipt", date(2026, 11, 20)), ("referral", date(2027, 1, 15))),
            (date(2028, 1, 17), "referral"),
        ),
        (  # art. 27 §2 and §4 — the later of the end of employment and an interruption
            "art. 27 §2, §4", "wage_arrears", None, date(2026, 10, 31),
            (("receipt", date(2026, 11, 20)),), (date(2027, 11, 22), "receipt"),
        ),
        (  # nothing dates the claim
            "art. 27 §1", "other", None, None, (), None,
        ),
    ],
)  # fmt: skip
def test_limitation(
    source: str,
    category: str,
    known_on: date | None,
    employment_end_on: date | None,
    interruptions: tuple[tuple[str, date], ...],
    expected: tuple[date, str] | None,
) -> None:
    found = limitation(
        FALLBACK,
        category=category,
        known_on=known_on,
        employment_end_on=employment_end_on,
        interruptions=interruptions,
    )
    if expected is None:
        assert found is None, source
        return
    assert found is not None, source
    assert (found.on, found.counts_from) == expected, source
    assert found.article.startswith("《劳动争议调解仲裁法》 art. 27")


def test_a_limitation_date_on_national_day_2027_moves_under_the_loaded_schedule() -> None:
    # 《民法典》 art. 203, DOMAIN.md:94–95: 2027-10-01 is a Friday. The fallback counts
    # it a working day; the loaded official schedule makes it a holiday, so the period
    # ends on the first working day after the holiday, 8 October.
    found = limitation(
        loaded_2027(), category="dismissal", known_on=date(2026, 10, 1), employment_end_on=None
    )
    assert found is not None and found.on == date(2027, 10, 8)
    fallback = limitation(
        FALLBACK, category="dismissal", known_on=date(2026, 10, 1), employment_end_on=None
    )
    assert fallback is not None and fallback.on == date(2027, 10, 1)


@pytest.mark.parametrize(
    ("source", "working", "start", "period", "last_day"),
    [
        # art. 14 and 《民法典》 art. 203, DOMAIN.md:16, 94: a reopened mediation whose
        # 15th day is the National Day holiday ends on the first working day after it.
        ("art. 14; 民法典 203", WorkingCalendar(), date(2026, 9, 20), {"days": MEDIATION_DAYS},
         date(2026, 10, 8)),
        ("art. 14; 民法典 203", loaded_2027(), date(2027, 9, 18), {"days": MEDIATION_DAYS},
         date(2027, 10, 8)),
        # 2011 rule art. 22, DOMAIN.md:15, 96–99: working days skip the holiday and count
        # the weekend day worked in exchange.
        ("2011 rule art. 22", loaded_2027(), date(2027, 9, 30), {"working_days": 3},
         date(2027, 10, 11)),
        ("2011 rule art. 22", FALLBACK, date(2027, 9, 30), {"working_days": 3},
         date(2027, 10, 5)),
        # 工伤保险条例 art. 17, DOMAIN.md:38: a year, moved off the rest day.
        ("工伤 art. 17", FALLBACK, date(2026, 11, 21), {"years": 1}, date(2027, 11, 22)),
    ],
)  # fmt: skip
def test_one_function_counts_every_statutory_date(
    source: str, working: WorkingCalendar, start: date, period: dict[str, int], last_day: date
) -> None:
    assert statutory_date(working, start, **period) == last_day, source


def test_coverage_of_the_official_calendar() -> None:
    # DOMAIN.md:100–103: chinese-calendar knows 2026; 2027 only once it is loaded.
    assert FALLBACK.is_official(2026) and not FALLBACK.is_official(2027)
    assert FALLBACK.covered_until(date(2026, 11, 23)) == date(2026, 12, 31)
    assert loaded_2027().covered_until(date(2026, 11, 23)) == date(2027, 12, 31)
    assert FALLBACK.covered_until(date(2027, 3, 1)) == date(2026, 12, 31)


@pytest.mark.parametrize(
    ("holidays", "working_days", "problem"),
    [
        (["2027-10-01..2027-10-07"], ["2027-10-04"], "both a holiday and a working day"),
        (["2027-10-01..2027-10-07"], ["2027-10-11"], "weekend days worked in exchange"),
        (["2026-10-01"], [], "not a range of days in 2027"),
        (["2027-10-07..2027-10-01"], [], "not a range of days in 2027"),
        (["1 October"], [], "is not a date"),
        ([], ["2027-10-09"], "without holidays"),
    ],
)
def test_a_malformed_schedule_is_refused_saying_why(
    holidays: list[str], working_days: list[str], problem: str
) -> None:
    with pytest.raises(ValueError, match=problem):
        official_schedule(2027, holidays=holidays, working_days=working_days)


def test_timer_overrides_naming_an_unknown_timer_fail_at_start() -> None:
    # One source for each period: a misspelt kind would silently change nothing.
    with pytest.raises(ConfigError, match="mediation_limt"):
        Settings.from_env({"TIMER_OVERRIDES": '{"mediation_limt": {"days": 20}}'})
    assert Settings.from_env({"TIMER_OVERRIDES": '{"mediation_limit": {"days": 20}}'})


DISPUTE = WORKFLOWS["labour_dispute"]
AID = WORKFLOWS["hardship_aid"]
MEDIATOR = Actor(role="mediator", user_id=7, is_assignee=True)
SUPERVISOR = Actor(role="supervisor", user_id=9)


def test_deemed_failed_records_no_notice_until_the_mediator_tells_the_applicant() -> None:
    # art. 14, DOMAIN.md:16: the worker only deems mediation failed; the notice is an
    # action of the mediator with its date and means.
    deemed = DISPUTE.decide(
        state="in_mediation", action="deem_failed", actor=Actor(role=None), data={}, facts={}
    )
    assert deemed.target == "deemed_failed"
    assert DISPUTE.allowed("deemed_failed", MEDIATOR, {}) == ["tell_applicant", "withdraw"]
    facts = {"today": date(2026, 12, 10)}
    told = DISPUTE.decide(
        state="deemed_failed",
        action="tell_applicant",
        actor=MEDIATOR,
        data={"told_on": "2026-12-10", "means": "phone"},
        facts=facts,
    )
    assert told.target == "referred" and told.data["means"] == "phone"
    for data, field in [
        ({"told_on": "2026-12-11", "means": "phone"}, "told_on"),
        ({"told_on": "2026-12-10", "means": "wechat"}, "means"),
        ({"means": "letter"}, "told_on"),
    ]:
        with pytest.raises(Refused) as refused:
            DISPUTE.decide(
                state="deemed_failed", action="tell_applicant", actor=MEDIATOR, data=data,
                facts=facts,
            )  # fmt: skip
        assert field in refused.value.fields


@pytest.mark.parametrize(
    ("source", "category", "actor", "amount", "outcome"),
    [
        ("DOMAIN.md:65, 68–69", "emergency", SUPERVISOR, "3000.00", "emergency_payout"),
        ("DOMAIN.md:68–69 cap", "emergency", SUPERVISOR, "3000.01", "invalid_data"),
        ("DOMAIN.md:65 emergency only", "medical", SUPERVISOR, "500.00", "guard"),
        ("a supervisor's decision", "emergency", MEDIATOR, "500.00", "not_permitted"),
    ],
)
def test_emergency_aid_is_paid_first_on_a_supervisors_decision(
    source: str, category: str, actor: Actor, amount: str, outcome: str
) -> None:
    cap = AidThisYear(kind="emergency", year=2026, cap=Decimal("3000.00"), paid=Decimal(0))
    facts = {"category": category, "aid_this_year": cap}
    try:
        decision = AID.decide(
            state="under_review", action="pay_first", actor=actor, data={"amount": amount},
            facts=facts, category=category,
        )  # fmt: skip
    except Refused as refused:
        assert refused.reason == outcome, source
        return
    assert decision.target == outcome, source
    # Then the review, the home visit and the file, after the payout; no public notice.
    assert (
        AID.decide(
            state="emergency_payout", action="disburse", actor=Actor(role=None), data={}, facts={}
        ).target
        == "review_afterwards"
    )
    assert "public_notice" not in {t.target for t in AID.actions_from("review_afterwards")}
