"""Working days, deadlines and office hours on the 2026 Belgian federal calendar.

2026 at a glance: Easter Sunday 5 Apr, Easter Monday 6 Apr, Ascension Thu 14 May, Whit Monday
25 May, 21 Jul Tue, 15 Aug Sat, 1 Nov Sun + 2 Nov Mon (regulatory), 11 Nov Wed, 15 Nov Sun
(regulatory), 25 Dec Fri, 26 Dec Sat (regulatory). Summer time starts Sun 29 Mar (UTC+1 → UTC+2)
and ends Sun 25 Oct (UTC+2 → UTC+1).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest
import time_machine
from pydantic import ValidationError

from bot.deadlines.calendar import (
    CalendarSettings,
    Deadline,
    DeadlineError,
    Pause,
    WorkingCalendar,
    belgian_legal_holidays,
    easter_sunday,
)

D = date.fromisoformat


def Z(text: str) -> datetime:
    """An aware UTC instant from 'YYYY-MM-DDTHH:MM'."""
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


@pytest.fixture(scope="module")
def cal() -> WorkingCalendar:
    return WorkingCalendar()


# --- settings ---------------------------------------------------------------------------------


def test_settings_defaults() -> None:
    s = CalendarSettings()
    assert s.timezone == "Europe/Brussels"
    assert s.weekend_days == [5, 6]
    assert s.country == "BE"
    assert s.regulatory_holidays == ["11-02", "11-15", "12-26"]
    assert s.closure_days == []
    assert (s.office_hours.start, s.office_hours.end) == (time(8, 30), time(17, 0))
    assert s.compensate_weekend_holidays is False


def test_settings_from_toml_like_data() -> None:
    s = CalendarSettings.model_validate(
        {
            "weekend_days": [6, 5],
            "closure_days": ["2026-12-28..2026-12-31", "2026-05-15"],
            "office_hours": {"start": "09:00", "end": "16:00"},
            "country": "be",
        }
    )
    assert s.weekend_days == [5, 6]
    assert s.country == "BE"
    assert s.closure_days == [
        D("2026-12-28"),
        D("2026-12-29"),
        D("2026-12-30"),
        D("2026-12-31"),
        D("2026-05-15"),
    ]
    assert s.office_hours.start == time(9, 0)


@pytest.mark.parametrize(
    ("data", "fragment"),
    [
        ({"timezone": "Europe/Bruxelles"}, "unknown time zone"),
        ({"weekend_days": [7]}, r"0 \(Monday\) to 6"),
        ({"weekend_days": [5, 5]}, "listed twice"),
        ({"weekend_days": [0, 1, 2, 3, 4, 5]}, "at least two"),
        ({"country": "XX"}, "does not know country"),
        ({"regulatory_holidays": ["13-01"]}, "MM-DD"),
        ({"regulatory_holidays": ["2-11"]}, "MM-DD"),
        ({"closure_days": ["2026-12-31..2026-12-28"]}, "ends before it starts"),
        ({"closure_days": ["2026-12-28..soon"]}, "YYYY-MM-DD..YYYY-MM-DD"),
        ({"office_hours": {"start": "17:00", "end": "08:30"}}, "must be before end"),
        ({"holidays": []}, "Extra inputs are not permitted"),
    ],
)
def test_settings_rejects(data: dict, fragment: str) -> None:
    with pytest.raises(ValidationError, match=fragment):
        CalendarSettings.model_validate(data)


def test_settings_frozen() -> None:
    with pytest.raises(ValidationError):
        CalendarSettings().timezone = "UTC"  # type: ignore[misc]


# --- holidays ---------------------------------------------------------------------------------


def test_2026_closed_days_are_the_10_legal_plus_3_regulatory(cal: WorkingCalendar) -> None:
    closed = cal.closed_days(2026)
    assert sorted(closed) == [
        D("2026-01-01"),  # New Year
        D("2026-04-06"),  # Easter Monday (Easter Sunday, always a Sunday, is not listed)
        D("2026-05-01"),  # Labour Day
        D("2026-05-14"),  # Ascension = Easter + 39
        D("2026-05-25"),  # Whit Monday = Easter + 50
        D("2026-07-21"),  # National Day
        D("2026-08-15"),  # Assumption (a Saturday)
        D("2026-11-01"),  # All Saints (a Sunday)
        D("2026-11-02"),  # regulatory
        D("2026-11-11"),  # Armistice
        D("2026-11-15"),  # regulatory (a Sunday)
        D("2026-12-25"),  # Christmas
        D("2026-12-26"),  # regulatory (a Saturday)
    ]
    assert closed[D("2026-11-02")] == "federal regulatory holiday"
    assert cal.closed_days(2026) is closed  # cached per year


@pytest.mark.parametrize(
    ("day", "working"),
    [
        ("2026-03-06", True),  # Friday
        ("2026-03-07", False),  # Saturday
        ("2026-03-08", False),  # Sunday
        ("2026-04-05", False),  # Easter Sunday
        ("2026-04-06", False),  # Easter Monday
        ("2026-04-07", True),
        ("2026-05-01", False),  # Labour Day, a Friday
        ("2026-05-08", True),  # Brussels-region day: not a federal holiday
        ("2026-05-14", False),  # Ascension
        ("2026-05-15", True),  # the bridge day after Ascension is a bank holiday only
        ("2026-05-25", False),  # Whit Monday
        ("2025-07-11", True),  # Flemish Community day (a Friday in 2025): not federal
        ("2026-07-21", False),  # National Day
        ("2026-11-01", False),  # All Saints, a Sunday …
        ("2026-11-02", False),  # … and the regulatory 2 Nov, a Monday
        ("2026-11-03", True),
        ("2026-11-11", False),  # Armistice
        ("2026-11-16", True),  # 15 Nov regulatory fell on Sunday: no shift to Monday
        ("2027-11-15", False),  # 15 Nov regulatory on a Monday
        ("2026-12-24", True),
        ("2026-12-25", False),
        ("2026-12-28", True),  # no compensation days unless configured
        ("2027-01-01", False),
    ],
)
def test_is_working_day(cal: WorkingCalendar, day: str, working: bool) -> None:
    assert cal.is_working_day(D(day)) is working


@pytest.mark.parametrize(
    ("instant", "working"),
    [
        ("2026-11-01T23:30", False),  # = Mon 2 Nov 00:30 local: regulatory holiday
        ("2026-11-02T23:30", True),  # = Tue 3 Nov 00:30 local
        ("2026-03-27T23:30", False),  # = Sat 28 Mar 00:30 local, although Friday in UTC
    ],
)
def test_is_working_day_takes_the_local_date_of_an_instant(
    cal: WorkingCalendar, instant: str, working: bool
) -> None:
    assert cal.is_working_day(Z(instant)) is working


def test_non_working_reason(cal: WorkingCalendar) -> None:
    assert cal.non_working_reason(D("2026-03-07")) == "weekend"
    assert cal.non_working_reason(D("2026-04-06")) == "public holiday: Easter Monday"
    assert cal.non_working_reason(D("2026-11-15")) == "federal regulatory holiday"
    assert cal.non_working_reason(D("2026-04-07")) is None


def test_no_regulatory_holidays_when_configured_empty() -> None:
    cal = WorkingCalendar(CalendarSettings(regulatory_holidays=[]))
    assert cal.is_working_day(D("2026-11-02"))


def test_closure_days() -> None:
    cal = WorkingCalendar(CalendarSettings(closure_days=["2026-12-28..2026-12-31"]))
    assert [cal.is_working_day(D(f"2026-12-{d}")) for d in range(24, 32)] == [
        True,  # Thu 24
        False,  # Fri 25 Christmas
        False,  # Sat 26
        False,  # Sun 27
        False,  # Mon 28 closure
        False,
        False,
        False,  # Thu 31 closure
    ]
    # From Thu 24 Dec, the next working day is Mon 4 Jan 2027 (1 Jan holiday, 2–3 weekend).
    assert cal.add_working_days(D("2026-12-24"), 1) == D("2027-01-04")


@pytest.mark.parametrize(
    ("year", "compensation"),
    [
        # 2026: Sat 15 Aug, Sun 1 Nov, Sun 15 Nov (reg.), Sat 26 Dec (reg.) → 4 days owed;
        # Sun 27 Dec is skipped, so Mon 28 … Thu 31 are off.
        (2026, ["2026-12-28", "2026-12-29", "2026-12-30", "2026-12-31"]),
        # 2027: Sat 1 May, Sun 15 Aug, Sat 25 Dec, Sun 26 Dec (reg.) → 4 days owed: Mon 27–Thu 30.
        (2027, ["2027-12-27", "2027-12-28", "2027-12-29", "2027-12-30"]),
        # 2025: Sat 1 Nov, Sun 2 Nov (reg.), Sat 15 Nov (reg.) → 3 days: Mon 29 – Wed 31
        # (Sat 27 and Sun 28 are a weekend).
        (2025, ["2025-12-29", "2025-12-30", "2025-12-31"]),
    ],
)
def test_weekend_holidays_compensated_in_december(year: int, compensation: list[str]) -> None:
    cal = WorkingCalendar(CalendarSettings(compensate_weekend_holidays=True))
    got = sorted(d for d, why in cal.closed_days(year).items() if why.startswith("compensation"))
    assert got == [D(x) for x in compensation]


@pytest.mark.parametrize(
    ("year", "easter"),
    [
        (2024, "2024-03-31"),
        (2025, "2025-04-20"),
        (2026, "2026-04-05"),
        (2027, "2027-03-28"),
        (2038, "2038-04-25"),
        (2285, "2285-03-22"),
    ],
)
def test_easter_sunday(year: int, easter: str) -> None:
    assert easter_sunday(year) == D(easter)


# --- working-day arithmetic ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "n", "expected"),
    [
        ("2026-03-02", 5, "2026-03-09"),  # Mon + Tue..Fri (4) + skip Sat/Sun + Mon 9 (5)
        ("2026-03-06", 1, "2026-03-09"),  # Fri → Mon
        ("2026-03-07", 1, "2026-03-09"),  # Sat → Mon: the count starts after the start day
        ("2026-03-07", 0, "2026-03-07"),  # n = 0 is the start day itself
        ("2026-04-02", 2, "2026-04-07"),  # Thu → Fri 3 (1), Sat, Sun, Easter Mon, Tue 7 (2)
        ("2026-05-13", 1, "2026-05-15"),  # Wed → Ascension Thu skipped → Fri
        ("2026-05-22", 1, "2026-05-26"),  # Fri → Sat, Sun, Whit Mon skipped → Tue
        ("2026-07-20", 1, "2026-07-22"),  # Mon → 21 July skipped → Wed
        ("2026-10-30", 1, "2026-11-03"),  # Fri → Sat 31, Sun 1 Nov, Mon 2 Nov (reg.) → Tue
        ("2026-11-10", 1, "2026-11-12"),  # Tue → 11 Nov skipped → Thu
        ("2026-12-24", 1, "2026-12-28"),  # Thu → Fri 25, Sat 26, Sun 27 → Mon 28
        # Thu 24 Dec: 28 29 30 31 (4), 1 Jan hol., 2–3 weekend, 4 5 6 7 8 (9), 11 (10)
        ("2026-12-24", 10, "2027-01-11"),
        # Mon 30 Mar: 31 1 2 3 (4), Easter Mon 6 skipped, 7 8 9 10 (8), 13 (9), 14 (10)
        ("2026-03-30", 10, "2026-04-14"),
        ("2026-04-07", -1, "2026-04-03"),  # Tue ← Easter Mon, Sun, Sat ← Fri 3
        ("2026-11-03", -3, "2026-10-28"),  # Tue ← Mon 2 (reg.), Sun, Sat, Fri 30, Thu 29, Wed 28
    ],
)
def test_add_working_days(cal: WorkingCalendar, start: str, n: int, expected: str) -> None:
    assert cal.add_working_days(D(start), n) == D(expected)


@pytest.mark.parametrize("start", ["2026-03-02", "2026-03-07", "2026-12-20", "2026-10-23"])
def test_working_days_between_inverts_add_working_days(cal: WorkingCalendar, start: str) -> None:
    for n in range(0, 45):
        end = cal.add_working_days(D(start), n)
        assert cal.working_days_between(D(start), end) == n


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("2026-03-02", "2026-03-09", 5),  # (Mon 2, Mon 9]: Tue–Fri + Mon
        ("2026-03-09", "2026-03-02", -5),
        ("2026-03-02", "2026-03-02", 0),
        ("2026-03-06", "2026-03-08", 0),  # (Fri, Sun]: only the weekend
        ("2026-12-24", "2027-01-04", 5),  # 28 29 30 31, (1 Jan hol.), 4 Jan
    ],
)
def test_working_days_between(cal: WorkingCalendar, a: str, b: str, expected: int) -> None:
    assert cal.working_days_between(D(a), D(b)) == expected


# --- deadlines: calendar days and the Code judiciaire rule -------------------------------------


@pytest.mark.parametrize(
    ("start", "n", "expected"),
    [
        ("2026-03-02", 30, "2026-04-01"),  # Mon 2 Mar + 30 = Wed 1 Apr, a working day
        ("2026-02-05", 30, "2026-03-09"),  # Thu + 30 = Sat 7 Mar → Mon 9 (art. 53)
        ("2026-03-07", 30, "2026-04-07"),  # + 30 = Easter Mon 6 Apr → Tue 7
        ("2026-04-14", 30, "2026-05-15"),  # + 30 = Ascension 14 May → Fri 15
        ("2026-04-25", 30, "2026-05-26"),  # + 30 = Whit Mon 25 May → Tue 26
        ("2026-06-21", 30, "2026-07-22"),  # + 30 = 21 July → Wed 22
        ("2026-10-02", 30, "2026-11-03"),  # + 30 = Sun 1 Nov → Mon 2 Nov (reg.) → Tue 3
        ("2026-10-12", 30, "2026-11-12"),  # + 30 = 11 Nov → Thu 12
        ("2026-10-16", 30, "2026-11-16"),  # + 30 = Sun 15 Nov (reg.) → Mon 16
        ("2026-11-25", 30, "2026-12-28"),  # + 30 = Fri 25 Dec → Sat 26, Sun 27 → Mon 28
        ("2026-03-02", 0, "2026-03-02"),
        ("2026-03-07", 0, "2026-03-09"),  # 0 days from a Saturday still ends on a working day
    ],
)
def test_calendar_days_deadline(cal: WorkingCalendar, start: str, n: int, expected: str) -> None:
    assert cal.due_date(D(start), n, "calendar") == D(expected)


def test_calendar_deadline_on_a_closure_day_moves_on() -> None:
    cal = WorkingCalendar(CalendarSettings(closure_days=[D("2026-03-09")]))
    # Thu 5 Feb + 30 = Sat 7 Mar → Sun 8 → Mon 9 closed → Tue 10
    assert cal.due_date(D("2026-02-05"), 30, "calendar") == D("2026-03-10")


def test_calendar_deadline_on_christmas_with_compensation() -> None:
    cal = WorkingCalendar(CalendarSettings(compensate_weekend_holidays=True))
    # + 30 = Fri 25 Dec → 26, 27 weekend → 28–31 compensation → 1 Jan → 2–3 weekend → Mon 4 Jan
    assert cal.due_date(D("2026-11-25"), 30, "calendar") == D("2027-01-04")


@pytest.mark.parametrize(
    ("start", "n", "unit", "expected"),
    [
        # Thu 19 Mar 13:00 CET + 10 = Sun 29 Mar (DST day) → Mon 30; 23:59:59 CEST = 21:59:59Z
        ("2026-03-19T12:00", 10, "calendar", "2026-03-30T21:59:59"),
        # 23:30Z Sat 28 Mar = 00:30 CET Sun 29 Mar. Local day 29 + 2 = Tue 31 (UTC day 28 + 2
        # would give Mon 30: the local date is what counts).
        ("2026-03-28T23:30", 2, "calendar", "2026-03-31T21:59:59"),
        # 22:30Z Sat 24 Oct = 00:30 CEST Sun 25 Oct. 25 + 2 = Tue 27; 23:59:59 CET = 22:59:59Z
        ("2026-10-24T22:30", 2, "calendar", "2026-10-27T22:59:59"),
        # Fri 23 Oct 15:00Z + 1 working day = Mon 26 (first day of winter time) → 22:59:59Z
        ("2026-10-23T15:00", 1, "working", "2026-10-26T22:59:59"),
        # Fri 27 Mar + 1 working day = Mon 30 (first working day of summer time) → 21:59:59Z
        ("2026-03-27T15:00", 1, "working", "2026-03-30T21:59:59"),
        # The answer deadline of a complaint received Mon 2 Mar at 10:00 CET
        ("2026-03-02T09:00", 30, "calendar", "2026-04-01T21:59:59"),
    ],
)
def test_add_days_returns_end_of_local_day_in_utc(
    cal: WorkingCalendar, start: str, n: int, unit: str, expected: str
) -> None:
    due = cal.add_days(Z(start), n, unit)  # type: ignore[arg-type]
    assert due == Z(expected)
    assert due.tzinfo is UTC
    local = cal.to_local(due)
    assert local.time() == time(23, 59, 59)
    assert cal.is_working_day(local.date())


@pytest.mark.parametrize("local_day", ["2026-03-28", "2026-03-29", "2026-10-24", "2026-10-25"])
def test_dst_never_shifts_a_due_date(cal: WorkingCalendar, local_day: str) -> None:
    """Every instant of a local day (23, 24 or 25 hours long) gives the same due date."""
    day = D(local_day)
    first = datetime.combine(day, time(0, 0), tzinfo=cal.tz).astimezone(UTC)
    instants = []
    t = first
    while cal.local_date(t) == day:
        instants.append(t)
        t += timedelta(minutes=30)
    assert len(instants) in (46, 48, 50)  # 23 h, 24 h, 25 h
    for unit in ("calendar", "working"):
        dues = {cal.add_days(i, 7, unit) for i in instants}  # type: ignore[arg-type]
        assert len(dues) == 1, (unit, dues)
        assert cal.to_local(dues.pop()).date() == cal.due_date(day, 7, unit)  # type: ignore[arg-type]


def test_end_of_day_across_2026(cal: WorkingCalendar) -> None:
    day = D("2026-01-01")
    while day.year == 2026:
        local = cal.to_local(cal.end_of_day(day))
        assert (local.date(), local.time()) == (day, time(23, 59, 59))
        day += timedelta(days=1)


def test_results_do_not_depend_on_the_wall_clock(cal: WorkingCalendar) -> None:
    with time_machine.travel(Z("2026-03-29T01:30"), tick=False):
        a = cal.add_days(Z("2026-03-19T12:00"), 10, "calendar")
    with time_machine.travel(Z("2031-10-26T02:30"), tick=False):
        b = cal.add_days(Z("2026-03-19T12:00"), 10, "calendar")
    assert a == b == Z("2026-03-30T21:59:59")


@pytest.mark.parametrize(
    ("call", "error"),
    [
        (lambda c: c.add_days(datetime(2026, 3, 2, 10, 0), 30, "calendar"), ValueError),
        (lambda c: c.add_days(Z("2026-03-02T10:00"), 30, "weeks"), ValueError),
        (lambda c: c.add_days(Z("2026-03-02T10:00"), -1, "calendar"), ValueError),
        (lambda c: c.to_local(datetime(2026, 3, 2)), ValueError),
        (lambda c: c.in_office_hours(D("2026-03-02")), TypeError),
    ],
)
def test_bad_input(cal: WorkingCalendar, call, error: type[Exception]) -> None:
    with pytest.raises(error):
        call(cal)


# --- office hours -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("instant", "inside"),
    [
        ("2026-03-27T07:29", False),  # Fri 08:29 CET
        ("2026-03-27T07:30", True),  # Fri 08:30 CET
        ("2026-03-27T15:59", True),  # Fri 16:59 CET
        ("2026-03-27T16:00", False),  # Fri 17:00 CET: closing time excluded
        ("2026-03-30T06:29", False),  # Mon 08:29 CEST
        ("2026-03-30T06:30", True),  # Mon 08:30 CEST
        ("2026-03-30T14:59", True),  # Mon 16:59 CEST
        ("2026-03-30T15:00", False),  # Mon 17:00 CEST
        ("2026-03-28T10:00", False),  # Saturday
        ("2026-04-06T10:00", False),  # Easter Monday
    ],
)
def test_in_office_hours(cal: WorkingCalendar, instant: str, inside: bool) -> None:
    assert cal.in_office_hours(Z(instant)) is inside


@pytest.mark.parametrize(
    ("instant", "expected"),
    [
        ("2026-03-30T10:00", "2026-03-30T10:00"),  # within hours: unchanged
        ("2026-03-30T05:00", "2026-03-30T06:30"),  # Mon 07:00 CEST → 08:30 CEST same day
        # Fri 17:00 CET → Mon 08:30, after the change to summer time: 06:30Z, not 07:30Z
        ("2026-03-27T16:00", "2026-03-30T06:30"),
        # Fri 17:30 CEST → Mon 08:30, after the change to winter time: 07:30Z
        ("2026-10-23T15:30", "2026-10-26T07:30"),
        # Fri 3 Apr 18:00 CEST → Sat, Sun, Easter Monday → Tue 7 Apr 08:30 CEST
        ("2026-04-03T16:00", "2026-04-07T06:30"),
        # Sun 1 Nov 23:30Z = Mon 2 Nov 00:30 CET (regulatory holiday) → Tue 3 Nov 08:30 CET
        ("2026-11-01T23:30", "2026-11-03T07:30"),
    ],
)
def test_next_office_time(cal: WorkingCalendar, instant: str, expected: str) -> None:
    got = cal.next_office_time(Z(instant))
    assert got == Z(expected)
    assert got.tzinfo is UTC
    assert cal.in_office_hours(got)


# --- stopped clock and extension ---------------------------------------------------------------

START = Z("2026-03-02T09:00")  # Mon 2 Mar 2026, 10:00 CET; 30 calendar days → Wed 1 Apr


def _pauses(*spans: tuple[str, str | None]) -> tuple[Pause, ...]:
    return tuple(Pause(Z(a), Z(b) if b else None) for a, b in spans)


@pytest.mark.parametrize(
    ("pauses", "paused_days", "due"),
    [
        ((), 0, "2026-04-01"),  # 2 Mar + 30
        # question Tue 10 Mar, reply Tue 17 Mar: days 11..17 frozen = 7; 2 Mar + 37 = Wed 8 Apr
        ((("2026-03-10T09:00", "2026-03-17T14:00"),), 7, "2026-04-08"),
        # question and reply the same day: nothing frozen
        ((("2026-03-10T09:00", "2026-03-10T15:00"),), 0, "2026-04-01"),
        # two pauses, 7 + 3 = 10; 2 Mar + 40 = Sat 11 Apr → Mon 13 Apr
        (
            (("2026-03-10T09:00", "2026-03-17T09:00"), ("2026-03-20T09:00", "2026-03-23T09:00")),
            10,
            "2026-04-13",
        ),
        # overlapping pauses are merged: 10 Mar → 20 Mar = 10; → Mon 13 Apr
        (
            (("2026-03-10T09:00", "2026-03-17T09:00"), ("2026-03-15T09:00", "2026-03-20T09:00")),
            10,
            "2026-04-13",
        ),
        # pause starting on the due day itself still counts: 1 Apr → 3 Apr = 2; → Fri 3 Apr
        ((("2026-04-01T08:00", "2026-04-03T08:00"),), 2, "2026-04-03"),
        # a pause that began before the start is clipped to it: 2 Mar → 3 Mar = 1; → Thu 2 Apr
        ((("2026-02-27T08:00", "2026-03-03T08:00"),), 1, "2026-04-02"),
    ],
)
def test_pauses_extend_a_calendar_deadline(
    cal: WorkingCalendar, pauses: tuple, paused_days: int, due: str
) -> None:
    result = Deadline(START, 30, "calendar", _pauses(*pauses)).compute(cal)
    assert (result.paused_days, result.day) == (paused_days, D(due))
    assert result.due == cal.end_of_day(D(due))
    assert not result.suspended


def test_pause_after_expiry_is_ignored(cal: WorkingCalendar) -> None:
    # Due Wed 1 Apr; a question sent on 5 Apr cannot revive an expired deadline.
    result = Deadline(START, 30, "calendar", _pauses(("2026-04-05T09:00", "2026-04-10T09:00")))
    got = result.compute(cal)
    assert (got.day, got.paused_days, got.ignored_pauses) == (D("2026-04-01"), 0, 1)


def test_open_pause_suspends_the_deadline(cal: WorkingCalendar) -> None:
    deadline = Deadline(START, 30, "calendar").paused(Z("2026-03-10T09:00"))
    assert deadline.is_paused
    with time_machine.travel(Z("2026-03-12T08:00"), tick=False):
        now = datetime.now(UTC)
        got = deadline.compute(cal, now=now)
    # 10 → 12 Mar frozen so far = 2; 2 Mar + 32 = Fri 3 Apr; moves every day until the reply
    assert (got.day, got.paused_days, got.suspended) == (D("2026-04-03"), 2, True)
    assert not got.is_overdue(Z("2026-06-01T00:00"))  # the clock is stopped
    with pytest.raises(ValueError, match="pass `now`"):
        deadline.compute(cal)


def test_pause_then_resume(cal: WorkingCalendar) -> None:
    deadline = Deadline(START, 30, "calendar").paused(Z("2026-03-10T09:00"))
    with pytest.raises(DeadlineError, match="already stopped"):
        deadline.paused(Z("2026-03-11T09:00"))
    with pytest.raises(DeadlineError, match="before it stopped"):
        deadline.resumed(Z("2026-03-09T09:00"))
    resumed = deadline.resumed(Z("2026-03-17T14:00"))
    assert not resumed.is_paused
    assert resumed.compute(cal).day == D("2026-04-08")  # 7 days frozen, as in the table
    with pytest.raises(DeadlineError, match="nothing to resume"):
        resumed.resumed(Z("2026-03-18T09:00"))


@pytest.mark.parametrize(
    ("pauses", "due"),
    [
        ((), "2026-03-16"),  # Mon 2 Mar: 3 4 5 6 (4), 9–13 (9), Mon 16 (10)
        # question Fri 6, reply Mon 9: working days in (6, 9] = Mon 9 → 11 working days → Tue 17
        ((("2026-03-06T09:00", "2026-03-09T09:00"),), "2026-03-17"),
        # question Fri 6, reply Sun 8: no working day frozen
        ((("2026-03-06T09:00", "2026-03-08T09:00"),), "2026-03-16"),
    ],
)
def test_pauses_in_a_working_day_deadline(cal: WorkingCalendar, pauses: tuple, due: str) -> None:
    assert Deadline(START, 10, "working", _pauses(*pauses)).compute(cal).day == D(due)


@pytest.mark.parametrize(
    ("days", "pauses", "due"),
    [
        (15, (), "2026-04-16"),  # 30 + 15 = 45; 2 Mar + 45 = Thu 16 Apr
        (15, (("2026-03-10T09:00", "2026-03-17T09:00"),), "2026-04-23"),  # 30 + 7 + 15 = 52
        (5, (), "2026-04-07"),  # 30 + 5 = 35 = Mon 6 Apr, Easter Monday → Tue 7 Apr
    ],
)
def test_extension(cal: WorkingCalendar, days: int, pauses: tuple, due: str) -> None:
    deadline = Deadline(START, 30, "calendar", _pauses(*pauses))
    got = deadline.extended(days, at=Z("2026-03-20T10:00"), calendar=cal, reason="file at region")
    result = got.compute(cal)
    assert (result.day, result.extension_days) == (D(due), days)
    assert got.extension is not None and got.extension.reason == "file at region"


def test_extension_rules(cal: WorkingCalendar) -> None:
    deadline = Deadline(START, 30, "calendar", max_extension_days=15)
    with pytest.raises(DeadlineError, match="1 to 15 days, not 16"):
        deadline.extended(16, at=Z("2026-03-20T10:00"), calendar=cal)
    with pytest.raises(DeadlineError, match="1 to 15 days, not 0"):
        deadline.extended(0, at=Z("2026-03-20T10:00"), calendar=cal)
    # Due Wed 1 Apr 23:59:59 CEST = 21:59:59Z: one second later is too late.
    ok = deadline.extended(10, at=Z("2026-04-01T21:59:59"), calendar=cal)
    with pytest.raises(DeadlineError, match="expired on 2026-04-01"):
        deadline.extended(10, at=Z("2026-04-01T22:00"), calendar=cal)
    with pytest.raises(DeadlineError, match="only one extension"):
        ok.extended(1, at=Z("2026-04-02T10:00"), calendar=cal)


def test_is_overdue(cal: WorkingCalendar) -> None:
    due = Deadline(START, 30, "calendar").compute(cal)
    assert not due.is_overdue(Z("2026-04-01T21:59:59"))
    assert due.is_overdue(Z("2026-04-01T22:00:00"))


@pytest.mark.parametrize(
    "make",
    [
        lambda: Pause(Z("2026-03-10T09:00"), Z("2026-03-09T09:00")),  # ends before it starts
        lambda: Pause(datetime(2026, 3, 10, 9, 0)),  # naive
        lambda: Deadline(START, -1, "calendar"),
        lambda: Deadline(START, 30, "fortnight"),  # type: ignore[arg-type]
        lambda: Deadline(START, 30, "calendar", (Pause(START), Pause(START))),  # two open pauses
    ],
)
def test_invalid_deadlines(make) -> None:
    with pytest.raises(ValueError):
        make()


def test_belgian_legal_holidays_are_the_holidays_packages():
    """Built in (importing `holidays` costs ~17 MB of the intake's memory): the same days and
    names as the package's Belgium, Easter Sunday and Whit Sunday aside, 1975-2100."""
    import holidays

    for year in range(1975, 2101):  # the package stops at 2100
        package = holidays.country_holidays("BE", years=year)
        sundays = {easter_sunday(year), easter_sunday(year) + timedelta(days=49)}
        assert belgian_legal_holidays(year) == {
            day: name for day, name in package.items() if day not in sundays
        }, year


def test_the_belgian_calendar_does_not_import_the_holidays_package():
    import subprocess
    import sys

    code = (
        "import sys; from datetime import date; from bot.deadlines.calendar import "
        "WorkingCalendar; c = WorkingCalendar(); assert not c.is_working_day(date(2026, 4, 6));"
        " print('holidays' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"
