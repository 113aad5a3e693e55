"""The Network's complaint indicators (framework §3.2, §9.1) as SQL aggregations.

Every figure is aggregated over `case` and `improvement_action` by the database; no case is
loaded as an object. Two exceptions, both for speed at a million cases: on SQLite the intake
breakdown is counted from one key text per case (see _group_cube), and the two durations come
back as bare numbers, sorted here for exact percentiles. No figure depends on personal data
that retention removes (sender, name, subject, text): only kind, channel, dates, category,
service, language, outcome, typology and escalation.

Definitions (the CSV documents them in the same words, see render.CSV_COLUMNS):

* The period is [start, end) in the configured time zone (a year or a quarter).
* "Received in the period": `received_at` in the period. Most indicators are over the
  complaints received in the period (kind = complaint); `requests_received` and
  `requests_by_language` cover every request type.
* `requests_by_type` (Network indicator 1): every request received by its request type
  (complaint, information request, report, suggestion, other — thanks count as other); the
  complaint indicators below cover the cases that are complaints by kind and by type.
* Admissibility, outcome and typology are the case's state when the report runs;
  "pending" = admissibility not decided yet (framework §1.2, Finances' "84 pending on 31/12").
* `open_at_period_end`: every case received before the end and neither answered nor closed
  before it (a backlog, whatever the year it came in).
* `answer_days`: complaints answered in the period, days from receipt to answer; "within
  deadline" = answered at or before the case's deadline (`due_at`, which handling moves on an
  extension). `acknowledgement_days`: complaints received in the period; "within deadline" =
  acknowledged within ReportSettings.acknowledgement_days calendar days (an unacknowledged
  complaint counts as late).
* Percentiles interpolate linearly between ranks (PostgreSQL percentile_cont, numpy default).
* `daily_use`: requests received per calendar day of the period (days elapsed, when the
  period is not over at `as_of`).
* `improvement_actions`: planned = created in the period (not dropped), done = done in the
  period, open = created before the end and not done (nor dropped) by then.
"""

from __future__ import annotations

import json
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, NamedTuple
from zoneinfo import ZoneInfo

from sqlalchemy import and_, case, func, or_, select, text, true
from sqlalchemy.sql import ColumnElement
from sqlmodel import Session

from bot.models import Case, ImprovementAction, table_of
from bot.vocab import (
    CASE_CHANNELS,
    CITIZEN_KINDS,
    FOUNDED_OUTCOMES,
    ClosingOutcome,
    Escalation,
    InadmissibleReason,
    Language,
    Origin,
    Outcome,
    RequestType,
    Typology,
)

# Values always reported (0 when absent) that are not one enum: straight from the vocabulary.
OUTCOMES = (*Outcome, *ClosingOutcome)
ESCALATIONS = tuple(Escalation)
REASONS = tuple(InadmissibleReason)  # framework §9 admissibility_reasons
UNKNOWN = "unknown"
SQLITE_MMAP_BYTES = 1 << 30
TOTAL = "total"

# Indicator name -> unit. The order is the CSV and report order (stable for the Network).
INDICATORS: dict[str, str] = {
    "requests_received": "count",
    "requests_by_type": "count",
    "complaints_procedure": "count",
    "complaints_channel": "count",
    "complaints_origin": "count",
    "complaints_admissibility": "count",
    "complaints_inadmissible_reason": "count",
    "complaints_outcome": "count",
    "founded_typology": "count",
    "founded_resolved": "count",
    "open_at_period_end": "count",
    "acknowledgement_days": "days",
    "answer_days": "days",
    "daily_use": "per_day",
    "improvement_actions": "count",
    "escalations": "count",
    "complaints_category": "count",
    "complaints_service": "count",
    "requests_language": "count",
}


@dataclass(frozen=True, slots=True)
class Period:
    """[start, end) as local dates; `label` is 2026 or 2026-Q2."""

    start: date
    end: date
    label: str

    @classmethod
    def of(cls, year: int, quarter: int | None = None) -> Period:
        if quarter is None:
            return cls(date(year, 1, 1), date(year + 1, 1, 1), str(year))
        if quarter not in (1, 2, 3, 4):
            raise ValueError("quarter must be 1, 2, 3 or 4")
        start = date(year, 3 * quarter - 2, 1)
        end = date(year + 1, 1, 1) if quarter == 4 else date(year, 3 * quarter + 1, 1)
        return cls(start, end, f"{year}-Q{quarter}")

    def months(self) -> list[Period]:
        out = []
        y, m = self.start.year, self.start.month
        while (y, m) < (self.end.year, self.end.month):
            ny, nm = (y + 1, 1) if m == 12 else (y, m + 1)
            out.append(Period(date(y, m, 1), date(ny, nm, 1), f"{y}-{m:02d}"))
            y, m = ny, nm
        return out

    def previous(self) -> Period:
        """The same period one year earlier (the comparison of the yearly report)."""
        year = self.start.year - 1
        if self.label.count("-Q"):
            return Period.of(year, int(self.label.rsplit("Q", 1)[1]))
        return Period.of(year)

    def bounds(self, tz: ZoneInfo) -> tuple[datetime, datetime]:
        """The period in UTC: local midnight of start and end."""
        return (
            datetime.combine(self.start, time(), tz).astimezone(UTC),
            datetime.combine(self.end, time(), tz).astimezone(UTC),
        )


@dataclass(frozen=True, slots=True)
class Row:
    indicator: str
    dimension: str
    value: float | int | None


@dataclass
class Indicators:
    period: Period
    rows: list[Row] = field(default_factory=list)
    monthly: list[int] = field(default_factory=list)  # complaints received per month

    def add(self, indicator: str, dimension: str, value: float | int | None) -> None:
        self.rows.append(Row(indicator, dimension, value))

    def get(self, indicator: str, dimension: str = TOTAL) -> float | int | None:
        for row in self.rows:
            if row.indicator == indicator and row.dimension == dimension:
                return row.value
        return None

    def table(self, indicator: str) -> list[Row]:
        return [r for r in self.rows if r.indicator == indicator]

    def as_dict(self) -> dict[tuple[str, str], float | int | None]:
        return {(r.indicator, r.dimension): r.value for r in self.rows}


# -- SQL helpers --------------------------------------------------------------------------------
def days_between(dialect: str, later: ColumnElement, earlier: ColumnElement) -> ColumnElement:
    """`later - earlier` in (fractional) days, on SQLite (text timestamps) or PostgreSQL."""
    if dialect == "sqlite":
        return func.julianday(later) - func.julianday(earlier)
    return func.extract("epoch", later - earlier) / 86400.0


def quantile(sorted_values: list[float], q: float) -> float | None:
    """Linear interpolation between ranks (PostgreSQL percentile_cont, numpy's default)."""
    n = len(sorted_values)
    if n == 0:
        return None
    pos = q * (n - 1)
    lo = int(pos)
    hi = min(lo + 1, n - 1)
    return sorted_values[lo] + (sorted_values[hi] - sorted_values[lo]) * (pos - lo)


@dataclass(frozen=True)
class Known:
    """Dimension values always reported, 0 when absent (a stable CSV layout): the configured
    categories and their service addresses. Values outside these are found and added."""

    categories: tuple[str, ...] = ()
    services: tuple[str, ...] = ()

    @classmethod
    def from_settings(cls, settings: object) -> Known:
        categories = getattr(settings, "categories", {}) or {}
        return cls(tuple(categories), tuple(dict.fromkeys(c.address for c in categories.values())))


# Columns of the intake cube: one GROUP BY over them gives every breakdown of the requests
# received in a period (the marginals are summed from the groups in Python).
_CUBE = (
    "kind",
    "request_type",
    "channel",
    "origin",
    "standard_procedure",
    "admissible",
    "inadmissible_reason",
    "outcome",
    "typology",
    "escalated_to",
    "resolved",
    "category",
    "service",
    "language",
)


class _Group(NamedTuple):
    """One group of the intake cube: the period index, the local month, the _CUBE columns,
    then the count of cases."""

    rp: int
    month: str
    kind: str | None
    request_type: str | None
    channel: str | None
    origin: str | None
    standard_procedure: Any
    admissible: Any
    inadmissible_reason: str | None
    outcome: str | None
    typology: str | None
    escalated_to: str | None
    resolved: Any
    category: str | None
    service: str | None
    language: str | None
    n: int


assert _Group._fields[2:-1] == _CUBE  # the cube's columns, in its order


def _group_cube(session: Session, cube: Any, dialect: str) -> list[_Group]:
    """GROUP BY the intake cube's columns, counting the cases.

    PostgreSQL aggregates by hashing: the plain GROUP BY there. SQLite aggregates by sorting,
    and sorting a million rows on fifteen columns costs more than all the rest of the report.
    There each row is reduced to one text, `json_array(...)` of the columns, and the texts are
    counted by `Counter` as the cursor hands them over (a hash, in C); the few thousand
    distinct keys are split again here. JSON keeps NULL apart from '' and integers apart from
    text, so the groups are the same.
    """
    keys = [cube.c.rp, cube.c.month, *[cube.c[k] for k in _CUBE]]
    if dialect != "sqlite":
        stmt = select(*keys, func.count()).group_by(*keys)
        return [_Group(*row) for row in session.execute(stmt)]
    counts = Counter(_raw_rows(session, select(func.json_array(*keys))))
    return [_Group._make([*json.loads(key), n]) for (key,), n in counts.items()]


def _raw_rows(session: Session, stmt: Any) -> Iterator[tuple[Any, ...]]:
    """The rows of a Core SELECT as the driver's plain tuples, read from the DB-API cursor of
    the execution: without SQLAlchemy's Row objects, several hundred thousand rows are read a
    second faster. Only for columns that need no result conversion (numbers)."""
    result = session.connection().execute(stmt)
    try:
        while rows := result.cursor.fetchmany(10_000):
            yield from rows
    finally:
        result.close()


def _typed_complaint(c: Any) -> ColumnElement:
    """A case of kind complaint that is a complaint by request type too (indicator 1): a
    thank-you note or a suggestion, or a case a handler retyped, is left out of the complaint
    indicators. Rows from before request types (NULL) are complaints."""
    return func.coalesce(c.request_type, RequestType.COMPLAINT.value) == RequestType.COMPLAINT.value


# Decided when the case was answered (or closed without an answer): as at the end of a period
# these are NULL ("not judged yet") for a case decided after it.
_DECIDED_AT_ANSWER = ("outcome", "typology", "resolved")


def _decided_at_end(c: Any, bounds: list[tuple[datetime, datetime]], name: str) -> ColumnElement:
    """Column `name` (outcome, typology, resolved) as it stood at the end of the period the
    case was received in: NULL when the case was answered or closed later, so a report made
    in March says what was judged by 31 December, as the admissibility figures do."""
    decided = func.coalesce(c.answered_at, c.closed_at)
    whens = [
        (
            and_(
                c.received_at >= s,
                c.received_at < e,
                or_(decided.is_(None), decided < e),
            ),
            c[name],
        )
        for s, e in bounds
    ]
    return case(*whens, else_=None)


def _cube_column(c: Any, bounds: list[tuple[datetime, datetime]], name: str) -> ColumnElement:
    if name == "admissible":
        return _admissible_at_end(c, bounds).label(name)
    if name in _DECIDED_AT_ANSWER:
        return _decided_at_end(c, bounds, name).label(name)
    return c[name]


def _admissible_at_end(c: Any, bounds: list[tuple[datetime, datetime]]) -> ColumnElement:
    """`admissible` as it stood at the end of the period the case was received in: NULL
    (pending) when it was decided later. Rows decided before the decision time was kept
    count as decided."""
    whens = [
        (
            and_(
                c.received_at >= s,
                c.received_at < e,
                or_(c.admissibility_decided_at.is_(None), c.admissibility_decided_at < e),
            ),
            c.admissible,
        )
        for s, e in bounds
    ]
    return case(*whens, else_=None)


def _period_index(column: Any, bounds: list[tuple[datetime, datetime]]) -> ColumnElement:
    """0, 1 … for the period `column` falls in, -1 for none."""
    return case(*[(and_(column >= s, column < e), i) for i, (s, e) in enumerate(bounds)], else_=-1)


def _offsets(tz: ZoneInfo, first: datetime, last: datetime) -> list[tuple[datetime, int]]:
    """[(from UTC instant, UTC offset in minutes)] of `tz` over [first, last] (DST changes)."""

    def offset(t: datetime) -> int:
        delta = t.astimezone(tz).utcoffset()
        assert delta is not None  # an aware datetime in a ZoneInfo has an offset
        return int(delta.total_seconds() // 60)

    out = [(first, offset(first))]
    day = timedelta(days=1)
    t = first
    while t < last:
        nxt = min(t + day, last)
        if offset(nxt) != out[-1][1]:
            lo, hi = t, nxt  # the change is in (lo, hi]: bisect to the minute
            while hi - lo > timedelta(minutes=1):
                mid = lo + (hi - lo) / 2
                lo, hi = (mid, hi) if offset(mid) == out[-1][1] else (lo, mid)
            out.append((hi, offset(hi)))
        t = nxt
    return out


def local_month(
    dialect: str, column: Any, tz: ZoneInfo, first: datetime, last: datetime
) -> ColumnElement:
    """'YYYY-MM' of `column` in the configured time zone."""
    if dialect != "sqlite":
        return func.to_char(func.timezone(tz.key, column), "YYYY-MM")
    changes = _offsets(tz, first, last)
    if len(changes) == 1:  # no clock change in the span (a year before summer time)
        return func.strftime("%Y-%m", column, f"{changes[0][1]:+d} minutes")
    shift = case(
        *[
            (column < t, f"{o:+d} minutes")
            for (t, _), (_, o) in zip(changes[1:], changes, strict=False)
        ],
        else_=f"{changes[-1][1]:+d} minutes",
    )
    return func.strftime("%Y-%m", column, shift)


def _emit(
    ind: Indicators,
    name: str,
    counts: Counter,
    known: Iterable[str] = (),
    *,
    null_label: str = UNKNOWN,
    always_null: bool = False,
) -> None:
    """Known values (0 when absent, so the CSV layout is stable), the others sorted, NULL,
    then the total."""
    known = tuple(known)
    for key in known:
        ind.add(name, key, counts.get(key, 0))
    for key in sorted(k for k in counts if k is not None and k not in known):
        ind.add(name, key, counts[key])
    if counts.get(None) or always_null:
        ind.add(name, null_label, counts.get(None, 0))
    ind.add(name, TOTAL, sum(counts.values()))


# -- the indicators -----------------------------------------------------------------------------
def compute(
    session: Session,
    period: Period,
    *,
    tz: ZoneInfo,
    as_of: datetime | None = None,
    acknowledgement_days: int = 5,
    known: Known | None = None,
    mailbox: str | None = None,
) -> Indicators:
    """Every indicator of §3.2/§9.1 for `period`, from the stored cases and actions."""
    return compute_many(
        session,
        [period],
        tz=tz,
        as_of=as_of,
        acknowledgement_days=acknowledgement_days,
        known=known,
        mailbox=mailbox,
    )[0]


def compute_many(  # noqa: C901 - many figures from few queries: long but flat
    session: Session,
    periods: list[Period],
    *,
    tz: ZoneInfo,
    as_of: datetime | None = None,
    acknowledgement_days: int = 5,
    known: Known | None = None,
    mailbox: str | None = None,
) -> list[Indicators]:
    """The indicators of several periods (a year and the year before) from three queries:

    1. the intake cube: requests received in the periods, grouped by period, local month and
       the breakdown columns (see _group_cube);
    2. answers and backlog: per kind, conditional sums over the cases answered in a period or
       still open at its end;
    3. the two durations (acknowledgement, answer) of the complaints concerned, one numeric
       column each, sorted here for the exact median and 90th percentile (and the count of
       acknowledgements within the deadline).

    `mailbox`: only the cases of that [[mailboxes]] entry (None: the whole instance).
    """
    dialect = session.get_bind().dialect.name
    as_of = as_of or datetime.now(UTC)
    known = known or Known()
    c = table_of(Case).c
    if dialect == "sqlite":
        # Read the file through mmap: the scans below then cost no read() system call per page.
        session.execute(text(f"PRAGMA mmap_size={SQLITE_MMAP_BYTES}"))
    bounds = [p.bounds(tz) for p in periods]
    first, last = min(b[0] for b in bounds), max(b[1] for b in bounds)
    ack = days_between(dialect, c.acknowledged_at, c.received_at)
    lead = days_between(dialect, c.answered_at, c.received_at)
    one = {"else_": 0}
    counted = and_(c.test.is_(False), c.mailbox == mailbox if mailbox else true())

    # 1. The intake cube.
    cube = (
        select(
            _period_index(c.received_at, bounds).label("rp"),
            local_month(dialect, c.received_at, tz, first, last).label("month"),
            # decisions as at the end of the period, not today's (see _admissible_at_end)
            *[_cube_column(c, bounds, k) for k in _CUBE],
        )
        .where(c.received_at >= first, c.received_at < last, counted)
        .subquery()
    )
    groups = _group_cube(session, cube, dialect)

    # 2. Answers in the periods and the backlog at their ends, per kind.
    sums = []
    for start, end in bounds:
        answered = and_(
            c.kind == "complaint", _typed_complaint(c), c.answered_at >= start, c.answered_at < end
        )
        open_end = and_(
            c.received_at < end,
            or_(c.answered_at.is_(None), c.answered_at >= end),
            or_(c.closed_at.is_(None), c.closed_at >= end),
        )
        sums += [
            func.sum(case((answered, 1), **one)),
            func.sum(
                case(
                    (
                        and_(
                            answered,
                            # the legal deadline (bot.handling.actions.in_legal_time); rows
                            # answered before it was recorded: their due date
                            or_(
                                c.answered_in_time.is_(True),
                                and_(
                                    c.answered_in_time.is_(None),
                                    c.due_at.is_not(None),
                                    c.answered_at <= c.due_at,
                                ),
                            ),
                        ),
                        1,
                    ),
                    **one,
                )
            ),
            func.sum(case((answered, lead), else_=None)),
            func.sum(case((open_end, 1), **one)),
        ]
    later = session.execute(
        select(c.kind, *sums)
        .where(
            c.received_at < last,
            or_(c.answered_at.is_(None), c.answered_at >= first),
            counted,
        )
        .group_by(c.kind)
    ).all()

    # 3. The durations, (period index, days) pairs, sorted here for the exact quantiles.
    # Read through the covering ix_case_report (kind = 'complaint', its request type,
    # received_at < last): the index alone, no table row fetched.
    complaint = and_(c.kind == "complaint", _typed_complaint(c))
    columns: list[list[float]] = [[] for _ in range(2 * len(bounds))]
    stmt = select(
        case((c.acknowledged_at.is_(None), -1), else_=_period_index(c.received_at, bounds)),
        ack,
        _period_index(c.answered_at, bounds),
        lead,
    ).where(
        complaint,
        c.received_at < last,
        or_(c.received_at >= first, c.answered_at >= first),
        counted,
    )
    for received_in, ack_days, answered_in, lead_days in _raw_rows(session, stmt):
        if received_in >= 0:
            columns[2 * received_in].append(float(ack_days))
        if answered_in >= 0:
            columns[2 * answered_in + 1].append(float(lead_days))
    for col in columns:
        col.sort()

    out = []
    for i, (period, (start, end)) in enumerate(zip(periods, bounds, strict=True)):
        ind = Indicators(period)
        m: dict[str, Counter] = {
            name: Counter()
            for name in (
                "kind",
                "request_type",
                "procedure",
                "channel",
                "origin",
                "admissibility",
                "reason",
                "outcome",
                "typology",
                "resolved",
                "escalation",
                "category",
                "service",
                "language",
                "month",
                "open",
            )
        }
        for row in groups:
            if row.rp != i:
                continue
            n = int(row.n)
            m["kind"][row.kind] += n
            m["request_type"][row.request_type] += n
            m["language"][row.language] += n
            if row.escalated_to is not None:
                m["escalation"][row.escalated_to] += n
            if row.kind != "complaint" or row.request_type not in (None, RequestType.COMPLAINT):
                # A thank-you note or a suggestion is counted in indicator 1 only.
                continue
            m["procedure"]["standard" if row.standard_procedure else "outside"] += n
            m["channel"][row.channel] += n
            m["origin"][row.origin] += n
            m["category"][row.category] += n
            m["service"][row.service] += n
            m["month"][row.month] += n
            if row.admissible is None:
                adm = "pending"
            else:
                adm = "admissible" if row.admissible else "inadmissible"
            m["admissibility"][adm] += n
            if adm == "inadmissible":
                m["reason"][row.inadmissible_reason] += n
            if adm == "admissible" or (adm == "pending" and row.outcome is not None):
                m["outcome"][row.outcome] += n
            if row.outcome in FOUNDED_OUTCOMES:
                m["typology"][row.typology] += n
                resolved = None if row.resolved is None else bool(row.resolved)
                m["resolved"][{True: "resolved", False: "unresolved", None: None}[resolved]] += n
        ans_n = ans_ok = 0
        lead_sum = 0.0
        for sums_row in later:
            ans_n += int(sums_row[1 + 4 * i] or 0)
            ans_ok += int(sums_row[2 + 4 * i] or 0)
            lead_sum += float(sums_row[3 + 4 * i] or 0)
            if sums_row[4 + 4 * i]:
                m["open"][sums_row.kind] += int(sums_row[4 + 4 * i])

        complaints = m["kind"].get("complaint", 0)
        _emit(ind, "requests_received", m["kind"], CITIZEN_KINDS)
        _emit(ind, "requests_by_type", m["request_type"], tuple(RequestType))
        _emit(ind, "complaints_procedure", m["procedure"], ("standard", "outside"))
        _emit(ind, "complaints_channel", m["channel"], CASE_CHANNELS)
        _emit(ind, "complaints_origin", m["origin"], tuple(Origin), always_null=True)
        _emit(
            ind,
            "complaints_admissibility",
            m["admissibility"],
            ("admissible", "inadmissible", "pending"),
        )
        _emit(ind, "complaints_inadmissible_reason", m["reason"], REASONS)
        _emit(
            ind,
            "complaints_outcome",
            m["outcome"],
            OUTCOMES,
            null_label="not_judged",
            always_null=True,
        )
        _emit(ind, "founded_typology", m["typology"], tuple(Typology))
        _emit(ind, "founded_resolved", m["resolved"], ("resolved", "unresolved"), always_null=True)
        _emit(ind, "open_at_period_end", m["open"], CITIZEN_KINDS)

        acks, leads = columns[2 * i], columns[2 * i + 1]
        # The acknowledged complaints received in the period are exactly the values of `acks`
        # (sorted): counted here rather than by two more expressions on every intake row.
        ack_n, ack_ok = len(acks), bisect_right(acks, acknowledgement_days)
        ind.add("acknowledgement_days", "count", ack_n)
        ind.add("acknowledgement_days", "median", _r(quantile(acks, 0.5)))
        ind.add("acknowledgement_days", "p90", _r(quantile(acks, 0.9)))
        ind.add(
            "acknowledgement_days",
            "within_deadline_pct",
            _r(100.0 * ack_ok / complaints) if complaints else None,
        )
        ind.add("answer_days", "count", ans_n)
        ind.add("answer_days", "mean", _r(lead_sum / ans_n) if ans_n else None)
        ind.add("answer_days", "median", _r(quantile(leads, 0.5)))
        ind.add("answer_days", "p90", _r(quantile(leads, 0.9)))
        ind.add("answer_days", "within_deadline_pct", _r(100.0 * ans_ok / ans_n) if ans_n else None)

        days = (min(end, max(as_of, start)) - start).total_seconds() / 86400
        requests = sum(m["kind"].values())
        ind.add("daily_use", "requests", _r(requests / days) if days >= 1 else None)
        ind.add("daily_use", "complaints", _r(complaints / days) if days >= 1 else None)
        _actions(session, ind, start, end)
        _emit(ind, "escalations", m["escalation"], ESCALATIONS)
        _emit(ind, "complaints_category", m["category"], known.categories)
        _emit(ind, "complaints_service", m["service"], known.services)
        _emit(ind, "requests_language", m["language"], tuple(Language))
        ind.monthly = [m["month"].get(p.label, 0) for p in period.months()]
        out.append(ind)
    return out


def test_cases(
    session: Session, period: Period, tz: ZoneInfo, mailbox: str | None = None
) -> list[Case]:
    """The mystery-shopping test complaints received in `period` (circular 23289 §C), listed
    apart in the report: how each was handled, never counted in an indicator."""
    start, end = period.bounds(tz)
    c = table_of(Case).c
    return list(
        session.execute(
            select(Case)
            .where(c.test.is_(True), c.received_at >= start, c.received_at < end)
            .where(c.mailbox == mailbox if mailbox else true())
            .order_by(c.received_at)
        ).scalars()
    )


def _actions(session: Session, ind: Indicators, start: datetime, end: datetime) -> None:
    """Improvement actions (a small table: three counts)."""
    a = table_of(ImprovementAction).c
    planned = session.execute(
        select(func.count()).where(a.created_at >= start, a.created_at < end, a.status != "dropped")
    ).scalar_one()
    done = session.execute(
        select(func.count()).where(a.done_at >= start, a.done_at < end)
    ).scalar_one()
    open_ = session.execute(
        select(func.count()).where(
            a.created_at < end, a.status != "dropped", or_(a.done_at.is_(None), a.done_at >= end)
        )
    ).scalar_one()
    ind.add("improvement_actions", "planned", int(planned))
    ind.add("improvement_actions", "done", int(done))
    ind.add("improvement_actions", "open_at_period_end", int(open_))


def _r(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


def compare(current: Indicators, previous: Indicators) -> list[tuple[Row, float | int | None]]:
    """Each row of `current` with the same (indicator, dimension) value of `previous`.

    Dimensions only the previous period had are added with 0 for now, so nothing disappears
    from a year-on-year table.
    """
    prev = previous.as_dict()
    seen = set()
    rows: list[tuple[Row, float | int | None]] = []
    for row in current.rows:
        key = (row.indicator, row.dimension)
        seen.add(key)
        rows.append((row, prev.get(key)))
    for row in previous.rows:
        key = (row.indicator, row.dimension)
        if key not in seen and INDICATORS.get(row.indicator) == "count":
            rows.append((Row(row.indicator, row.dimension, 0), row.value))
    order = {name: i for i, name in enumerate(INDICATORS)}
    rows.sort(key=lambda item: order.get(item[0].indicator, len(order)))  # stable within one
    return rows
