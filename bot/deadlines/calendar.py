"""Working-day calendar and deadline arithmetic for a Belgian federal administration.

Deadlines are computed on *local dates* in Europe/Brussels, never by adding hours to a UTC
instant, so a change to or from summer time can never move a due date by a day. Every
instant that goes in or comes out is an aware UTC ``datetime``; ``to_local`` is for display.

Rules (framework §2 and §8):

* A working day is not a weekend day, not one of the 10 Belgian legal holidays (law of
  4 January 1974; another country's from the ``holidays`` package), not a federal regulatory
  holiday (2 Nov, 15 Nov, 26 Dec; AR 19 November 1998 on the leave of state staff) and not an
  organisation closure day.
* A working-day deadline of n days ends on the n-th working day after the start day.
* A calendar-day deadline of n days ends n days after the start day (the start day itself is
  not counted, Code judiciaire art. 52); when that day is not a working day the deadline moves
  to the next working day (Code judiciaire art. 53).
* A deadline ends at the end of its last day, local time.
* The clock stops while the case waits for the citizen (`Pause`): the frozen days are added
  to the deadline. One extension (`Extension`) of at most ``max_extension_days`` may be granted
  before the deadline expires.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from bot.errors import DeadlineError

Unit = Literal["calendar", "working"]
UNITS: tuple[Unit, ...] = ("calendar", "working")

# End of the last day of a deadline. Whole seconds so the value survives a round trip through
# any database column type; a reply at 23:59:59.5 local time counts as late, which is harmless.
END_OF_DAY = time(23, 59, 59)

# Weekend holidays are compensated between 27 and 31 December (news.belgium.be 27-09-2012).
_COMPENSATION_WINDOW = ((12, 27), (12, 31))

# A guard against a configuration that leaves (almost) no working day: no computation in this
# module needs to walk more than ten years of days.
_MAX_WALK_DAYS = 3660

_MM_DD = re.compile(r"^(\d{2})-(\d{2})$")


class OfficeHours(BaseModel):
    """Local opening hours on working days; reminders to handlers are only sent within them."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    start: time = time(8, 30)
    end: time = time(17, 0)

    @model_validator(mode="after")
    def _start_before_end(self) -> OfficeHours:
        if self.start.tzinfo is not None or self.end.tzinfo is not None:
            raise ValueError("office hours are local times; write them without an offset")
        if self.start >= self.end:
            raise ValueError(f"start {self.start:%H:%M} must be before end {self.end:%H:%M}")
        return self


class CalendarSettings(BaseModel):
    """The `[calendar]` section of the configuration."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    timezone: str = "Europe/Brussels"
    # Python weekday numbers: Monday is 0, Saturday 5, Sunday 6.
    weekend_days: list[int] = Field(default_factory=lambda: [5, 6])
    # ISO 3166 code for the `holidays` package: the national legal holidays.
    country: str = "BE"
    # Federal regulatory holidays, "MM-DD" every year (framework §8 [K]); set [] for a service
    # that does not grant them.
    regulatory_holidays: list[str] = Field(default_factory=lambda: ["11-02", "11-15", "12-26"])
    # Organisation closure days: ISO dates, or ranges "2026-12-28..2026-12-31".
    closure_days: list[date] = Field(default_factory=list)
    # Legal or regulatory holidays that fall on a weekend day are compensated by as many days
    # off between 27 and 31 December (AR 19 November 1998). Off by default: many services let
    # each agent choose the day, in which case the office stays open.
    compensate_weekend_holidays: bool = False
    office_hours: OfficeHours = OfficeHours()

    @field_validator("timezone")
    @classmethod
    def _timezone_ok(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown time zone {value!r} (e.g. 'Europe/Brussels')") from None
        return value

    @field_validator("weekend_days")
    @classmethod
    def _weekend_ok(cls, value: list[int]) -> list[int]:
        if any(not 0 <= d <= 6 for d in value):
            raise ValueError("weekend days are weekday numbers 0 (Monday) to 6 (Sunday)")
        if len(set(value)) != len(value):
            raise ValueError("a weekend day is listed twice")
        if len(value) > 5:
            raise ValueError("at least two days of the week must be working days")
        return sorted(value)

    @field_validator("country")
    @classmethod
    def _country_ok(cls, value: str) -> str:
        value = value.upper()
        if value == "BE":
            return value  # the default: no need to import `holidays` (0.3 s) to load settings
        import holidays as holidays_lib

        if value not in holidays_lib.list_supported_countries():
            raise ValueError(f"the holidays package does not know country {value!r}")
        return value

    @field_validator("regulatory_holidays")
    @classmethod
    def _mm_dd_ok(cls, value: list[str]) -> list[str]:
        for item in value:
            match = _MM_DD.match(item)
            try:
                if match is None:
                    raise ValueError
                date(2000, int(match[1]), int(match[2]))  # 2000 is a leap year: 02-29 is valid
            except ValueError:
                raise ValueError(f"{item!r} is not a day of the year written MM-DD") from None
        return value

    @field_validator("closure_days", mode="before")
    @classmethod
    def _expand_ranges(cls, value: Any) -> Any:
        if not isinstance(value, list):
            return value
        out: list[Any] = []
        for item in value:
            if isinstance(item, str) and ".." in item:
                first, _, last = (part.strip() for part in item.partition(".."))
                try:
                    a, b = date.fromisoformat(first), date.fromisoformat(last)
                except ValueError:
                    raise ValueError(f"{item!r}: write a range as YYYY-MM-DD..YYYY-MM-DD") from None
                if b < a:
                    raise ValueError(f"{item!r}: the range ends before it starts")
                if (b - a).days > 366:
                    raise ValueError(f"{item!r}: a closure longer than a year is a mistake")
                out.extend(a + timedelta(days=i) for i in range((b - a).days + 1))
            else:
                out.append(item)
        return out


@dataclass(frozen=True)
class Pause:
    """The clock stops from `start` until `end` (the citizen's reply); `end` None: still waiting."""

    start: datetime
    end: datetime | None = None

    def __post_init__(self) -> None:
        _require_aware(self.start, "pause start")
        if self.end is not None:
            _require_aware(self.end, "pause end")
            if self.end < self.start:
                raise ValueError(f"pause ends ({self.end}) before it starts ({self.start})")


@dataclass(frozen=True)
class Extension:
    """One extension of the deadline, in the deadline's own unit, granted at `granted`."""

    days: int
    granted: datetime
    reason: str = ""

    def __post_init__(self) -> None:
        _require_aware(self.granted, "extension time")
        if self.days < 1:
            raise ValueError("an extension is at least one day")


@dataclass(frozen=True)
class DueDate:
    """The result of `Deadline.compute`."""

    due: datetime  # UTC; the end of `day` in local time
    day: date  # the local due date, as told to the citizen
    paused_days: int  # days (in the deadline's unit) added because the clock was stopped
    extension_days: int
    suspended: bool  # the clock is stopped right now: `due` moves forward every day
    ignored_pauses: int = 0  # pauses that began after the deadline had already expired

    def is_overdue(self, now: datetime) -> bool:
        """True when `now` is past the due instant and the clock is running."""
        _require_aware(now, "now")
        return not self.suspended and now > self.due


@dataclass(frozen=True)
class Deadline:
    """A deadline with a stoppable clock: n days in a unit from `start`, plus pauses and
    at most one extension. Immutable; `paused`, `resumed` and `extended` return a new one."""

    start: datetime
    days: int
    unit: Unit
    pauses: tuple[Pause, ...] = ()
    extension: Extension | None = None
    max_extension_days: int = 15

    def __post_init__(self) -> None:
        _require_aware(self.start, "deadline start")
        _check_unit(self.unit)
        if self.days < 0:
            raise ValueError("a deadline cannot have a negative number of days")
        if sum(1 for p in self.pauses if p.end is None) > 1:
            raise ValueError("only one pause can be open at a time")
        object.__setattr__(self, "pauses", tuple(self.pauses))

    @property
    def is_paused(self) -> bool:
        return any(p.end is None for p in self.pauses)

    def paused(self, at: datetime) -> Deadline:
        """Stop the clock at `at` (a question sent to the citizen)."""
        _require_aware(at, "pause time")
        if self.is_paused:
            raise DeadlineError("the clock is already stopped; resume it first")
        return replace(self, pauses=(*self.pauses, Pause(at)))

    def resumed(self, at: datetime) -> Deadline:
        """Restart the clock at `at` (the citizen's reply)."""
        _require_aware(at, "resume time")
        open_pauses = [p for p in self.pauses if p.end is None]
        if not open_pauses:
            raise DeadlineError("the clock is running; there is nothing to resume")
        if at < open_pauses[0].start:
            raise DeadlineError("the clock cannot restart before it stopped")
        pauses = tuple(Pause(p.start, at) if p.end is None else p for p in self.pauses)
        return replace(self, pauses=pauses)

    def extended(
        self, days: int, *, at: datetime, calendar: WorkingCalendar, reason: str = ""
    ) -> Deadline:
        """Grant the single extension; it must be asked before the deadline has expired."""
        _require_aware(at, "extension time")
        if self.extension is not None:
            raise DeadlineError(
                f"the deadline was already extended by {self.extension.days} days; "
                "only one extension is allowed",
                detail="already_extended",
                params={"days": self.extension.days},
            )
        if not 1 <= days <= self.max_extension_days:
            raise DeadlineError(
                f"an extension is 1 to {self.max_extension_days} days, not {days}",
                detail="extension_range",
                params={"max": self.max_extension_days, "days": days},
            )
        current = self.compute(calendar, now=at)
        if not current.suspended and at > current.due:
            raise DeadlineError(
                f"the deadline expired on {current.day.isoformat()}; "
                "an extension must be granted before it expires",
                detail="deadline_expired",
                params={"date": current.day},
            )
        return replace(self, extension=Extension(days, at, reason))

    def compute(self, calendar: WorkingCalendar, *, now: datetime | None = None) -> DueDate:
        """The due date. `now` is needed only while a pause is open (the clock is stopped).

        A pause from local day d1 (question sent) to local day d2 (reply) freezes the days
        d1+1 … d2: the question day counts as running, the reply day does not, as in
        Code judiciaire art. 52 the day of the event is not counted. In working-day mode only
        the working days among them are frozen.
        """
        cal = calendar
        start_day = cal.local_date(self.start)
        if now is not None:
            _require_aware(now, "now")
        events: list[tuple[date, int, Any]] = []
        for d1, d2 in self._merged_pauses(cal, start_day):
            events.append((d1, 0, (d1, d2)))
        if self.extension is not None:
            events.append((cal.local_date(self.extension.granted), 1, self.extension))
        events.sort(key=lambda e: (e[0], e[1]))

        extra = 0
        ext_days = 0
        ignored = 0
        suspended = False
        due_day = cal.due_date(start_day, self.days, self.unit)
        for when, _, item in events:
            if isinstance(item, Extension):
                ext_days = item.days
            else:
                d1, d2 = item
                if when > due_day:
                    # The deadline had already expired: a late question cannot revive it.
                    ignored += 1
                    continue
                if d2 is None:
                    if now is None:
                        raise ValueError("the clock is stopped: pass `now` to compute the due date")
                    d2 = max(cal.local_date(now), d1)
                    suspended = True
                extra += (
                    (d2 - d1).days if self.unit == "calendar" else cal.working_days_between(d1, d2)
                )
            due_day = cal.due_date(start_day, self.days + extra + ext_days, self.unit)
        return DueDate(
            due=cal.end_of_day(due_day),
            day=due_day,
            paused_days=extra,
            extension_days=ext_days,
            suspended=suspended,
            ignored_pauses=ignored,
        )

    def _merged_pauses(
        self, cal: WorkingCalendar, start_day: date
    ) -> list[tuple[date, date | None]]:
        """Pauses as local-date intervals, clipped to the start and merged when they overlap."""
        spans = sorted(
            (
                (
                    max(cal.local_date(p.start), start_day),
                    None if p.end is None else max(cal.local_date(p.end), start_day),
                )
                for p in self.pauses
            ),
            key=lambda s: (s[0], s[1] is None, s[1] or s[0]),
        )
        merged: list[tuple[date, date | None]] = []
        for d1, d2 in spans:
            if merged:
                m1, m2 = merged[-1]
                if m2 is None or d1 <= m2:
                    end = None if (m2 is None or d2 is None) else max(m2, d2)
                    merged[-1] = (m1, end)
                    continue
            merged.append((d1, d2))
        return merged


class WorkingCalendar:
    """Working days, office hours and deadline arithmetic for one organisation.

    Non-working days are computed once per year and cached on the instance; build one
    calendar at start-up and share it.
    """

    def __init__(self, settings: CalendarSettings | None = None) -> None:
        self.settings = settings or CalendarSettings()
        self.tz = ZoneInfo(self.settings.timezone)
        self._weekend = frozenset(self.settings.weekend_days)
        self._regulatory = [(int(s[:2]), int(s[3:])) for s in self.settings.regulatory_holidays]
        self._years: dict[int, dict[date, str]] = {}

    def __repr__(self) -> str:
        return f"WorkingCalendar({self.settings!r})"

    # -- time zones -------------------------------------------------------------------------

    def to_local(self, instant: datetime) -> datetime:
        """The instant in the organisation's time zone, for display."""
        _require_aware(instant, "instant")
        return instant.astimezone(self.tz)

    def local_date(self, value: date | datetime) -> date:
        """The local calendar date of an aware instant; a plain date is returned unchanged."""
        if isinstance(value, datetime):
            return self.to_local(value).date()
        return value

    def end_of_day(self, day: date) -> datetime:
        """23:59:59 local time on `day`, as a UTC instant."""
        return datetime.combine(day, END_OF_DAY, tzinfo=self.tz).astimezone(UTC)

    # -- holidays ---------------------------------------------------------------------------

    def closed_days(self, year: int) -> dict[date, str]:
        """Every non-working day of `year` that is not a weekend day, with its reason."""
        cached = self._years.get(year)
        if cached is None:
            cached = self._build_year(year)
            self._years[year] = cached
        return cached

    def _build_year(self, year: int) -> dict[date, str]:
        days: dict[date, str] = {}
        easter = easter_sunday(year)
        # Easter Sunday and Whit Sunday are always Sundays: not among the 10 legal holidays.
        sundays = {easter, easter + timedelta(days=49)}
        if self.settings.country == "BE":
            legal = belgian_legal_holidays(year)
        else:
            import holidays as holidays_lib  # here, not at the top: it loads every country

            legal = holidays_lib.country_holidays(self.settings.country, years=year)
        for day, name in sorted(legal.items()):
            if day not in sundays:
                days[day] = f"public holiday: {name}"
        for month, dom in self._regulatory:
            try:
                day = date(year, month, dom)
            except ValueError:  # 02-29 outside a leap year
                continue
            days.setdefault(day, "federal regulatory holiday")
        if self.settings.compensate_weekend_holidays:
            owed = sum(1 for d in days if d.weekday() in self._weekend)
            (m1, d1), (m2, d2) = _COMPENSATION_WINDOW
            day = date(year, m1, d1)
            while owed and day <= date(year, m2, d2):
                if day.weekday() not in self._weekend and day not in days:
                    days[day] = "compensation for a holiday on a weekend day"
                    owed -= 1
                day += timedelta(days=1)
        for day in self.settings.closure_days:
            if day.year == year:
                days.setdefault(day, "closure day")
        return days

    def non_working_reason(self, day: date | datetime) -> str | None:
        """Why `day` is not a working day ("weekend", "public holiday: …"), or None."""
        d = self.local_date(day)
        reason = self.closed_days(d.year).get(d)
        if reason is not None:
            return reason
        if d.weekday() in self._weekend:
            return "weekend"
        return None

    def is_working_day(self, day: date | datetime) -> bool:
        """A plain date, or an aware instant taken at its local date."""
        return self.non_working_reason(day) is None

    # -- day arithmetic ---------------------------------------------------------------------

    def next_working_day(self, day: date | datetime, *, include_today: bool = True) -> date:
        """`day` itself when it is a working day (unless include_today=False), else the next."""
        d = self.local_date(day)
        if not include_today:
            d += timedelta(days=1)
        for _ in range(_MAX_WALK_DAYS):
            if self.is_working_day(d):
                return d
            d += timedelta(days=1)
        raise ValueError("no working day within ten years: check the calendar settings")

    def add_working_days(self, start: date | datetime, n: int) -> date:
        """The n-th working day after `start` (n < 0: before). `start` itself is not counted,
        so n = 0 returns `start` unchanged even when it is not a working day."""
        d = self.local_date(start)
        step = timedelta(days=1 if n >= 0 else -1)
        remaining = abs(n)
        walked = 0
        while remaining:
            d += step
            walked += 1
            if walked > _MAX_WALK_DAYS:
                raise ValueError("no working day within ten years: check the calendar settings")
            if self.is_working_day(d):
                remaining -= 1
        return d

    def due_date(self, start: date | datetime, n: int, unit: Unit) -> date:
        """The local last day of an n-day deadline counted from `start` (start not counted)."""
        _check_unit(unit)
        if n < 0:
            raise ValueError("a deadline cannot have a negative number of days")
        d = self.local_date(start)
        if unit == "working":
            return self.add_working_days(d, n)
        # Code judiciaire art. 53: a deadline ending on a non-working day moves to the next one.
        return self.next_working_day(d + timedelta(days=n))

    def add_days(self, start_utc: datetime, n: int, unit: Unit) -> datetime:
        """The deadline instant (end of the due day, local time) as a UTC datetime."""
        _require_aware(start_utc, "start")
        return self.end_of_day(self.due_date(start_utc, n, unit))

    def working_days_between(self, a: date | datetime, b: date | datetime) -> int:
        """Working days d with a < d <= b; negative when b is before a.

        For n >= 0, ``working_days_between(a, add_working_days(a, n)) == n``.
        """
        d1, d2 = self.local_date(a), self.local_date(b)
        if d2 < d1:
            return -self.working_days_between(d2, d1)
        return sum(
            1 for i in range(1, (d2 - d1).days + 1) if self.is_working_day(d1 + timedelta(days=i))
        )

    # -- office hours -----------------------------------------------------------------------

    def in_office_hours(self, instant_utc: datetime) -> bool:
        """True on a working day between the opening and closing time (closing excluded)."""
        local = self.to_local(instant_utc)
        hours = self.settings.office_hours
        return self.is_working_day(local.date()) and hours.start <= local.time() < hours.end

    def next_office_time(self, instant_utc: datetime) -> datetime:
        """`instant_utc` when within office hours, else the next opening time (UTC)."""
        if self.in_office_hours(instant_utc):
            return instant_utc.astimezone(UTC)
        local = self.to_local(instant_utc)
        start = self.settings.office_hours.start
        day = local.date()
        if not (self.is_working_day(day) and local.time() < start):
            day = self.next_working_day(day, include_today=False)
        return datetime.combine(day, start, tzinfo=self.tz).astimezone(UTC)


def belgian_legal_holidays(year: int) -> dict[date, str]:
    """The 10 legal holidays of the law of 4 January 1974, named as the `holidays` package
    names them (tests/unit/test_calendar.py compares the two over two centuries). Built in
    because `import holidays` loads every country's calendar: some 17 MB resident, more than
    a tenth of the intake's memory budget, for ten dates a year."""
    easter = easter_sunday(year)
    names: dict[date, list[str]] = {}
    for day, name in (
        (date(year, 1, 1), "New Year's Day"),
        (easter + timedelta(days=1), "Easter Monday"),
        (date(year, 5, 1), "Labor Day"),
        (easter + timedelta(days=39), "Ascension Day"),
        (easter + timedelta(days=50), "Pentecost Monday"),
        (date(year, 7, 21), "National Day"),
        (date(year, 8, 15), "Assumption Day"),
        (date(year, 11, 1), "All Saints' Day"),
        (date(year, 11, 11), "Armistice Day"),
        (date(year, 12, 25), "Christmas Day"),
    ):
        names.setdefault(day, []).append(name)
    # two on one day (Ascension on 1 May in 2008): one day, both names, as the package has it
    return {day: "; ".join(sorted(n)) for day, n in names.items()}


def easter_sunday(year: int) -> date:
    """Gregorian Easter Sunday (anonymous Gregorian algorithm, Meeus/Jones/Butcher)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month, day = divmod(h + ell - 7 * m + 114, 31)
    return date(year, month, day + 1)


def _require_aware(value: datetime, what: str) -> None:
    if not isinstance(value, datetime):
        raise TypeError(f"{what}: expected an aware datetime, got {type(value).__name__}")
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{what}: naive datetime {value.isoformat()}; pass an aware UTC datetime")


def _check_unit(unit: str) -> None:
    if unit not in UNITS:
        raise ValueError(f"unit must be 'calendar' or 'working', not {unit!r}")


__all__: Sequence[str] = (
    "END_OF_DAY",
    "UNITS",
    "CalendarSettings",
    "Deadline",
    "DeadlineError",
    "DueDate",
    "Extension",
    "OfficeHours",
    "Pause",
    "Unit",
    "WorkingCalendar",
    "easter_sunday",
)
