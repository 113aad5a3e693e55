"""The Network's complaint indicators (framework §3.2, §9.1) as pure SQL aggregations.

Every figure is a GROUP BY (or a window function for percentiles) over `case` and
`improvement_action`; no case is loaded into Python, so a yearly report over a million cases
stays fast. No figure depends on personal data that retention removes (sender, name, subject,
text): only kind, channel, dates, category, service, language, outcome, typology and escalation.

Definitions (the CSV documents them in the same words, see render.CSV_COLUMNS):

* The period is [start, end) in the configured time zone (a year or a quarter).
* "Received in the period": `received_at` in the period. Most indicators are over the
  complaints received in the period (kind = complaint); `requests_received` and
  `requests_by_language` cover every request type.
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

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

from sqlalchemy import and_, case, false, func, literal, or_, select, true
from sqlalchemy.sql import ColumnElement
from sqlmodel import Session

from bot.models import Case, ImprovementAction

KINDS = ("complaint", "appeal", "information_request")
CHANNELS = ("mail", "form", "import")
OUTCOMES = ("founded", "partly_founded", "unfounded", "no_judgement_possible")
TYPOLOGIES = ("behaviour", "quality", "processing", "complaint_handling")
SECOND_LINE = ("federal_ombudsman", "pensions_ombudsman", "comite_p")
UNKNOWN = "unknown"
TOTAL = "total"

# Indicator name -> unit. The order is the CSV and report order (stable for the Network).
INDICATORS: dict[str, str] = {
    "requests_received": "count",
    "complaints_procedure": "count",
    "complaints_channel": "count",
    "complaints_admissibility": "count",
    "complaints_inadmissible_reason": "count",
    "complaints_outcome": "count",
    "founded_typology": "count",
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


def _grouped(session: Session, column, *where) -> dict[str | None, int]:  # type: ignore[no-untyped-def]
    rows = session.execute(select(column, func.count()).where(*where).group_by(column)).all()
    return {(None if k is None else str(k)): int(n) for k, n in rows}


def _emit(
    out: Indicators,
    indicator: str,
    counts: dict[str | None, int],
    known: Iterable[str] = (),
    *,
    total: bool = True,
) -> None:
    """Known dimensions always (0 when absent, so the CSV layout is stable), then the others
    sorted, then `unknown` for NULL, then the total."""
    known = list(known)
    for key in known:
        out.add(indicator, key, counts.get(key, 0))
    for key in sorted(k for k in counts if k is not None and k not in known):
        out.add(indicator, key, counts[key])
    if counts.get(None):
        out.add(indicator, UNKNOWN, counts[None])
    if total:
        out.add(indicator, TOTAL, sum(counts.values()))


def _percentile_positions(n: int, q: float) -> tuple[int, int, float]:
    pos = q * (n - 1)
    lo = int(pos)
    return lo, min(lo + 1, n - 1), pos - lo


def distribution(
    session: Session, expr: ColumnElement, *where: ColumnElement, qs: tuple[float, ...] = (0.5, 0.9)
) -> tuple[int, float | None, list[float | None]]:
    """(count, mean, [quantiles]) of `expr` over the rows matching `where`.

    The quantiles come from ROW_NUMBER() over the sorted values: only the 2 rows around each
    rank leave the database.
    """
    n, mean = session.execute(select(func.count(expr), func.avg(expr)).where(*where)).one()
    n = int(n or 0)
    if n == 0:
        return 0, None, [None for _ in qs]
    value = expr.label("v")
    ranked = select(
        value, func.row_number().over(order_by=expr).label("rn")
    ).where(expr.is_not(None), *where).subquery()
    wanted: set[int] = set()
    for q in qs:
        lo, hi, _ = _percentile_positions(n, q)
        wanted.update((lo + 1, hi + 1))
    at = dict(
        session.execute(select(ranked.c.rn, ranked.c.v).where(ranked.c.rn.in_(sorted(wanted)))).all()
    )
    result: list[float | None] = []
    for q in qs:
        lo, hi, frac = _percentile_positions(n, q)
        a, b = float(at[lo + 1]), float(at[hi + 1])
        result.append(a + (b - a) * frac)
    return n, float(mean), result


# -- the indicators -----------------------------------------------------------------------------
def compute(
    session: Session,
    period: Period,
    *,
    tz: ZoneInfo,
    as_of: datetime | None = None,
    acknowledgement_days: int = 5,
) -> Indicators:
    """Every indicator of §3.2/§9.1 for `period`, from the stored cases and actions."""
    dialect = session.get_bind().dialect.name
    start, end = period.bounds(tz)
    as_of = as_of or datetime.now(UTC)
    out = Indicators(period)
    c = Case
    received = and_(c.received_at >= start, c.received_at < end)
    complaint = and_(received, c.kind == "complaint")

    # 1. Requests by type.
    _emit(out, "requests_received", _grouped(session, c.kind, received), KINDS)
    # 2. Standard procedure or outside it.
    proc = case((c.standard_procedure == true(), literal("standard")), else_=literal("outside"))
    _emit(out, "complaints_procedure", _grouped(session, proc, complaint), ("standard", "outside"))
    # 3. Channel.
    _emit(out, "complaints_channel", _grouped(session, c.channel, complaint), CHANNELS)
    # 4. Admissibility, and the reasons of the inadmissible ones.
    adm = case(
        (c.admissible == true(), literal("admissible")),
        (c.admissible == false(), literal("inadmissible")),
        else_=literal("pending"),
    )
    _emit(out, "complaints_admissibility", _grouped(session, adm, complaint),
          ("admissible", "inadmissible", "pending"))
    _emit(out, "complaints_inadmissible_reason",
          _grouped(session, c.inadmissible_reason, complaint, c.admissible == false()))
    # 5. Outcome of the admissible complaints; "not_judged" = admissible, no outcome yet.
    outcome = func.coalesce(c.outcome, literal("not_judged"))
    _emit(out, "complaints_outcome",
          _grouped(session, outcome, complaint,
                   or_(c.admissible == true(), and_(c.admissible.is_(None), c.outcome.is_not(None)))),
          (*OUTCOMES, "not_judged"))
    # 6. Founded (and partly founded) complaints by Network typology.
    _emit(out, "founded_typology",
          _grouped(session, c.typology, complaint, c.outcome.in_(("founded", "partly_founded"))),
          TYPOLOGIES)
    # 8. Open at the end of the period (backlog of every request type).
    still_open = and_(
        c.received_at < end,
        or_(c.answered_at.is_(None), c.answered_at >= end),
        or_(c.closed_at.is_(None), c.closed_at >= end),
    )
    _emit(out, "open_at_period_end", _grouped(session, c.kind, still_open), KINDS)

    # 9. Acknowledgement and answer times.
    ack = days_between(dialect, c.acknowledged_at, c.received_at)
    n_received = out.get("complaints_procedure") or 0
    n, mean, (median, p90) = distribution(session, ack, complaint, c.acknowledged_at.is_not(None))
    within = session.execute(
        select(func.count()).where(complaint, c.acknowledged_at.is_not(None),
                                   ack <= acknowledgement_days)
    ).scalar_one()
    out.add("acknowledgement_days", "count", n)
    out.add("acknowledgement_days", "median", _r(median))
    out.add("acknowledgement_days", "p90", _r(p90))
    out.add("acknowledgement_days", "within_deadline_pct",
            _r(100.0 * within / n_received) if n_received else None)

    answered = and_(c.kind == "complaint", c.answered_at >= start, c.answered_at < end)
    lead = days_between(dialect, c.answered_at, c.received_at)
    n, mean, (median, p90) = distribution(session, lead, answered)
    within = session.execute(
        select(func.count()).where(answered, c.due_at.is_not(None), c.answered_at <= c.due_at)
    ).scalar_one()
    out.add("answer_days", "count", n)
    out.add("answer_days", "mean", _r(mean))
    out.add("answer_days", "median", _r(median))
    out.add("answer_days", "p90", _r(p90))
    out.add("answer_days", "within_deadline_pct", _r(100.0 * within / n) if n else None)

    # 10. Average daily use of the procedure.
    days = (min(end, max(as_of, start)) - start).total_seconds() / 86400
    requests = out.get("requests_received") or 0
    complaints = out.get("complaints_procedure") or 0
    out.add("daily_use", "requests", _r(requests / days) if days >= 1 else None)
    out.add("daily_use", "complaints", _r(complaints / days) if days >= 1 else None)

    # 11. Improvement actions.
    a = ImprovementAction
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
    out.add("improvement_actions", "planned", int(planned))
    out.add("improvement_actions", "done", int(done))
    out.add("improvement_actions", "open_at_period_end", int(open_))

    # 13. Escalations (second line, appeal, court) of requests received in the period.
    _emit(out, "escalations", _grouped(session, c.escalated_to, received, c.escalated_to.is_not(None)),
          SECOND_LINE)
    # 12 and 15. By category, service, language.
    _emit(out, "complaints_category", _grouped(session, c.category, complaint))
    _emit(out, "complaints_service", _grouped(session, c.service, complaint))
    _emit(out, "requests_language", _grouped(session, c.language, received), ("fr", "nl", "de", "en"))
    return out


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

