"""Every statutory date, counted one way (《民法典》 arts. 200–204), and the limitation period.

The workflows name the rule a period follows; ``statutory_date`` applies it: the day
of the event does not count, and a period whose last day is a rest day or a holiday
ends on the next working day.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date

from workflows.calendar import WorkingCalendar

CIVIL_CODE = "《民法典》 arts. 200–204"  # the counting rule every period here follows
LIMITATION_ARTICLE = "《劳动争议调解仲裁法》 art. 27"


def add_years(start: date, years: int) -> date:
    """The corresponding day ``years`` later; with none (29 February), the month's last day."""
    year = start.year + years
    last_day = calendar.monthrange(year, start.month)[1]
    return start.replace(year=year, day=min(start.day, last_day))


def statutory_date(
    working: WorkingCalendar,
    start: date,
    *,
    days: int = 0,
    working_days: int = 0,
    years: int = 0,
) -> date:
    """The last day of a period counted from the event on ``start`` (《民法典》 arts. 200–204)."""
    if working_days:
        return working.add_working_days(start, working_days)
    if years:
        return working.next_working_day(add_years(start, years))
    return working.add_days(start, days)


@dataclass(frozen=True)
class Limitation:
    """The arbitration limitation date and the event it counts from (仲裁时效, art. 27)."""

    on: date
    counts_from: str  # known_on | employment_end | receipt | agree | referral
    from_on: date
    article: str

    def to_json(self) -> dict[str, str]:
        return {
            "counts_from": self.counts_from,
            "from_on": self.from_on.isoformat(),
            "article": self.article,
        }


# Which part of art. 27 starts or restarts the year, by the event it counts from.
ARTICLES = {
    "known_on": f"{LIMITATION_ARTICLE} §1",
    "employment_end": f"{LIMITATION_ARTICLE} §4",
    "receipt": f"{LIMITATION_ARTICLE} §2",
    "agree": f"{LIMITATION_ARTICLE} §2",
    "referral": f"{LIMITATION_ARTICLE} §2",
}


def limitation(
    working: WorkingCalendar,
    *,
    category: str,
    known_on: date | None,
    employment_end_on: date | None,
    interruptions: tuple[tuple[str, date], ...] = (),
) -> Limitation | None:
    """The limitation date, or None when the claim is not barred or nothing dates it.

    The year runs from when the worker knew of the infringement (§1); a mediation
    application, the employer agreeing to perform or a referral interrupts it and it
    runs anew from that day (§2); a wage claim is not barred while employment lasts,
    and runs from the end of employment once it has ended (§4). The latest of these
    events is the one that counts.
    """
    starts: list[tuple[date, str]] = []
    if category == "wage_arrears":
        if employment_end_on is None:
            return None
        starts.append((employment_end_on, "employment_end"))
    elif known_on is not None:
        starts.append((known_on, "known_on"))
    starts += [(day, event) for event, day in interruptions]
    if not starts:
        return None
    from_on, event = max(starts, key=lambda start: start[0])
    return Limitation(
        on=statutory_date(working, from_on, years=1),
        counts_from=event,
        from_on=from_on,
        article=ARTICLES[event],
    )
