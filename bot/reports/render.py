"""The yearly (or quarterly) report: HTML for the management committee, CSV and XLSX.

CSV layout (the Network's yearly data collection; stable: new indicators are only appended,
known dimensions always appear, with 0, in the same order) — UTF-8, comma-separated, header:

    indicator,dimension,unit,period,value,previous_period,previous_value

* ``indicator``: one of bot.reports.indicators.INDICATORS, in that order;
* ``dimension``: the breakdown value (``complaint``, ``founded``, ``median`` …) or ``total``;
* ``unit``: ``count``, ``days`` (``*_pct`` dimensions are percentages) or ``per_day``;
* ``period`` / ``previous_period``: ``2026`` or ``2026-Q2`` and the same period a year earlier;
* ``value`` / ``previous_value``: integers for counts, decimals with a point, empty when
  undefined (e.g. a median of nothing).

XLSX: a sheet "data" in the CSV layout, "summary", one sheet per indicator table, "themes"
and "actions". HTML: charts (matplotlib, Agg, embedded PNG with a text alternative), tables
with the previous year, the second line and the action plan, in fr, nl, de (or en).
"""

from __future__ import annotations

import base64
import csv
import io
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from sqlmodel import Session

from bot.models import Case, ImprovementAction
from bot.reports import actions as actions_mod
from bot.reports import i18n
from bot.reports.indicators import (
    INDICATORS,
    TOTAL,
    Indicators,
    Known,
    Period,
    Row,
    compare,
    compute_many,
    test_cases,
)
from bot.reports.settings import ReportSettings
from bot.resources import templates_dir
from bot.settings import Settings

CSV_COLUMNS = (
    "indicator",
    "dimension",
    "unit",
    "period",
    "value",
    "previous_period",
    "previous_value",
)


@dataclass
class Report:
    period: Period
    previous_period: Period
    language: str
    current: Indicators
    previous: Indicators
    rows: list[tuple[Row, float | int | None]]
    themes: list[actions_mod.Theme]
    actions: list[ImprovementAction]
    monthly: list[int]
    monthly_previous: list[int]
    as_of: datetime
    rs: ReportSettings
    extra: dict[str, Any] = field(default_factory=dict)
    tests: list[Case] = field(default_factory=list)  # mystery-shopping cases, listed apart


def build(
    session: Session,
    settings: Settings,
    *,
    period: Period,
    language: str | None = None,
    as_of: datetime | None = None,
    mailbox: str | None = None,
) -> Report:
    """Everything the report shows, from the database (a handful of aggregate queries);
    `mailbox`: that [[mailboxes]] entry's cases only (give its settings)."""
    rs = settings.reports
    tz = ZoneInfo(settings.calendar.timezone)
    as_of = as_of or datetime.now(UTC)
    start, end = period.bounds(tz)
    previous_period = period.previous()
    current, previous = compute_many(
        session,
        [period, previous_period],
        tz=tz,
        as_of=as_of,
        acknowledgement_days=rs.acknowledgement_days,
        known=Known.from_settings(settings),
        mailbox=mailbox,
    )
    themes_at = min(as_of, end)
    return Report(
        period=period,
        previous_period=previous_period,
        language=language or rs.report_language,
        current=current,
        previous=previous,
        rows=compare(current, previous),
        themes=actions_mod.recurring_themes(session, rs, as_of=themes_at),
        actions=actions_mod.list_actions(session, since=start, until=end),
        monthly=current.monthly,
        monthly_previous=previous.monthly,
        as_of=as_of,
        rs=rs,
        tests=test_cases(session, period, tz, mailbox),
    )


# -- values -------------------------------------------------------------------------------------
def _fmt(value: float | int | None) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and not value.is_integer():
        return f"{value:.2f}".rstrip("0").rstrip(".")
    return str(int(value))


# Belgian conventions per language (decimal comma in French, Dutch and German).
LOCALES = {"fr": "fr_BE", "nl": "nl_BE", "de": "de_BE", "en": "en_GB"}


def _local(value: float | int | None, lang: str) -> str:
    """A figure as a reader of `lang` writes it (9,38 in French, 1.234 in German); the CSV
    keeps `_fmt` (machine-readable)."""
    from babel.numbers import format_decimal

    if value is None:
        return ""
    return format_decimal(value, format="#,##0.##", locale=LOCALES.get(lang, "fr_BE"))


def _local_date(at: datetime | None, lang: str, tz: ZoneInfo, *, with_time: bool = False) -> str:
    """A date (and time) as a reader of `lang` writes it (30 nov. 2026, 30.11.2026); the CSV
    and XLSX keep machine-readable dates."""
    from babel.dates import format_date, format_datetime

    if at is None:
        return "–"
    local = (at if at.tzinfo else at.replace(tzinfo=UTC)).astimezone(tz)
    locale = LOCALES.get(lang, "fr_BE")
    if with_time:
        return format_datetime(local, format="medium", tzinfo=tz, locale=locale)
    return format_date(local.date(), format="medium", locale=locale)


def _change(value: float | int | None, previous: float | int | None) -> str:
    if value is None or previous is None:
        return ""
    if previous == 0:
        return "" if value == 0 else "+"
    pct = round(100.0 * (value - previous) / previous)
    return "0 %" if pct == 0 else f"{pct:+d} %"  # never "-0 %"


# -- CSV and XLSX -------------------------------------------------------------------------------
def csv_rows(report: Report) -> list[list[str]]:
    out = [list(CSV_COLUMNS)]
    for row, prev in report.rows:
        out.append(
            [
                row.indicator,
                row.dimension,
                INDICATORS[row.indicator],
                report.period.label,
                _fmt(row.value),
                report.previous_period.label,
                _fmt(prev),
            ]
        )
    return out


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"[+-]?\d+(?:[.,]\d+)?(?: ?%)?")


def inert(value: object) -> object:
    """A cell a spreadsheet will not run: text starting with = + - @ TAB or CR is prefixed
    with an apostrophe (OWASP "CSV injection"); plain numbers such as "-3" or "+12 %" stay.
    Action titles, themes and owners are typed by people and may come from mail."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        if not _PLAIN_NUMBER.fullmatch(value):
            return "'" + value
    return value


def write_csv(report: Report, path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        rows = ([inert(v) for v in row] for row in csv_rows(report))
        csv.writer(fh, lineterminator="\n").writerows(rows)


def _neutralise_workbook(wb: Any) -> None:
    """Every text cell of every sheet through `inert`; no cell stays a formula."""
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                safe = inert(cell.value)
                if safe is not cell.value or cell.data_type == "f":
                    cell.value = safe if safe is not cell.value else "'" + str(cell.value)
                    cell.data_type = "s"


def _num(text: str) -> float | int | str | None:
    if text == "":
        return None
    try:
        return int(text)
    except ValueError:
        try:
            return float(text)
        except ValueError:
            return text


def write_xlsx(report: Report, path: Path) -> None:
    """The report as a workbook people open: one sheet per table, named and labelled in the
    report's language, headers frozen, filters on, columns wide enough, percentages as such.
    The last sheet holds the CSV's machine-readable rows (identifiers, for the Network)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    lang = report.language
    bold = Font(bold=True)
    wb = Workbook()
    names: set[str] = set()

    def sheet(title: str):  # type: ignore[no-untyped-def]
        # Excel: at most 31 characters, none of []:*?/\, unique in the workbook.
        name = "".join(ch for ch in title if ch not in "[]:*?/\\").strip()
        if len(name) > 31:  # cut at a word, not inside one
            name = name[:31].rsplit(" ", 1)[0].rstrip(" (,:–-")
        base, n = name, 2
        while name.lower() in names:
            name = f"{base[:28]} {n}"
            n += 1
        names.add(name.lower())
        ws = wb.create_sheet(name)
        return ws

    def t(key: str) -> str:
        return i18n.t(i18n.REPORT, key, lang)

    summary = wb.active
    summary.title = t("summary")[:31]
    names.add(summary.title.lower())
    summary.append([t("title")])
    summary.append([t("period"), report.period.label])
    summary.append([t("previous"), report.previous_period.label])
    for _key, label, value, prev in summary_figures(report):
        summary.append([label, value, prev])
    summary["A1"].font = bold

    for name in INDICATORS:
        title = i18n.label(name, lang, i18n.INDICATOR_TITLES)
        ws = sheet(title)
        ws.append([title])
        ws["A1"].font = bold
        ws.append([t("dimension"), report.period.label, report.previous_period.label])
        for row, prev in report.rows:
            if row.indicator != name:
                continue
            pct = row.dimension.endswith("_pct")
            value, before = row.value, prev
            if pct:  # stored as 0-100; a spreadsheet percentage is a fraction
                value = None if value is None else value / 100
                before = None if before is None else before / 100
            ws.append([i18n.dimension_label(name, row.dimension, lang), value, before])
            if pct:
                for cell in ws[ws.max_row][1:3]:
                    cell.number_format = "0.0%"
        _table(ws, header_row=2)

    ws = sheet(t("theme"))
    ws.append(
        [t(k) for k in ("theme_kind", "theme", "founded_window", "before", "trend", "actions")]
    )
    for th in report.themes:
        ws.append(
            [
                i18n.label(th.kind, lang),
                theme_label(th, lang),
                th.count,
                th.previous,
                i18n.label(th.trend, lang),
                th.actions,
            ]
        )
    _table(ws, header_row=1)
    ws = sheet(t("actions"))
    ws.append(["#", *(t(k) for k in ("action", "theme", "owner", "due", "status"))])
    for a in report.actions:
        ws.append(
            [
                a.id,
                a.title,
                a.theme,
                a.owner,
                a.due.date() if a.due else None,
                i18n.label(a.status, lang),
            ]
        )
    _table(ws, header_row=1)

    data = wb.create_sheet("data")
    for i, line in enumerate(csv_rows(report)):
        data.append(line if i == 0 else [*line[:4], _num(line[4]), line[5], _num(line[6])])
    _table(data, header_row=1)
    _neutralise_workbook(wb)
    wb.save(path)


def _table(ws, *, header_row: int) -> None:  # type: ignore[no-untyped-def]
    """Bold frozen header with a filter, and columns as wide as their text (within reason)."""
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    for cell in ws[header_row]:
        cell.font = Font(bold=True)
    ws.freeze_panes = ws.cell(row=header_row + 1, column=1)
    last = get_column_letter(max(ws.max_column, 1))
    ws.auto_filter.ref = f"A{header_row}:{last}{max(ws.max_row, header_row)}"
    for i, column in enumerate(ws.iter_cols(min_row=header_row), start=1):
        longest = max((len(str(c.value)) for c in column if c.value is not None), default=8)
        ws.column_dimensions[get_column_letter(i)].width = min(max(longest + 2, 10), 60)


# -- HTML ---------------------------------------------------------------------------------------
def summary_figures(report: Report) -> list[tuple[str, str, Any, Any]]:
    """The Infocenter's 'fast facts' plus a few: (key, label, value, previous value)."""
    lang = report.language
    cur, prev = report.current, report.previous

    def both(indicator: str, dim: str = TOTAL) -> tuple[Any, Any]:
        return cur.get(indicator, dim), prev.get(indicator, dim)

    founded = [(cur.get("complaints_outcome", d) or 0) for d in ("founded", "partly_founded")]
    founded_prev = [(prev.get("complaints_outcome", d) or 0) for d in ("founded", "partly_founded")]
    items = [
        (
            "requests",
            i18n.label("requests_received", lang, i18n.INDICATOR_TITLES),
            *both("requests_received"),
        ),
        ("complaints", i18n.label("complaint", lang), *both("requests_received", "complaint")),
        (
            "founded",
            i18n.label("founded", lang) + " + " + i18n.label("partly_founded", lang),
            sum(founded),
            sum(founded_prev),
        ),
        (
            "daily_use",
            i18n.label("daily_use", lang, i18n.INDICATOR_TITLES),
            *both("daily_use", "requests"),
        ),
        (
            "answer_within",
            i18n.label("answer_days", lang, i18n.INDICATOR_TITLES)
            + " — "
            + i18n.label("within_deadline_pct", lang),
            *both("answer_days", "within_deadline_pct"),
        ),
        (
            "actions",
            i18n.label("improvement_actions", lang, i18n.INDICATOR_TITLES)
            + " — "
            + i18n.label("done", lang),
            *both("improvement_actions", "done"),
        ),
        (
            "escalations",
            i18n.label("escalations", lang, i18n.INDICATOR_TITLES),
            *both("escalations"),
        ),
        (
            "open",
            i18n.label("open_at_period_end", lang, i18n.INDICATOR_TITLES),
            *both("open_at_period_end"),
        ),
    ]
    return items


def theme_label(theme: actions_mod.Theme, lang: str, settings: Settings | None = None) -> str:
    if theme.kind == "category" and settings is not None and theme.value in settings.categories:
        labels = settings.categories[theme.value].label
        return labels.get(lang) or labels.get("fr") or theme.value
    if theme.kind == "keyword":
        return theme.value.removeprefix("complaint_").replace("_", " ")
    return i18n.label(theme.value, lang)


def _chart(
    title: str,
    labels: list[str],
    series: list[tuple[str, list[float]]],
    *,
    horizontal: bool = False,
    line: bool = False,
) -> str:
    """One chart as a base64 PNG (Agg through Figure: no pyplot global state, thread-safe)."""
    from matplotlib.figure import Figure

    fig = Figure(figsize=(7.5, 3.4), dpi=96)
    ax = fig.add_subplot()
    colours = ["#1f4e79", "#9e9e9e"]  # dark blue (contrast ≥ 7:1 on white) and grey
    n = max(len(series), 1)
    width = 0.8 / n
    xs = list(range(len(labels)))
    for i, (name, values) in enumerate(series):
        if line:
            ax.plot(xs, values, marker="o", label=name, color=colours[i % 2])
        elif horizontal:
            ax.barh(
                [x + i * width for x in xs], values, height=width, label=name, color=colours[i % 2]
            )
        else:
            ax.bar(
                [x + i * width for x in xs], values, width=width, label=name, color=colours[i % 2]
            )
    ticks = [x + width * (n - 1) / 2 for x in xs] if not line else xs
    if horizontal:
        ax.set_yticks(ticks, labels, fontsize=8)
        ax.invert_yaxis()
    else:
        ax.set_xticks(
            ticks,
            labels,
            fontsize=8,
            rotation=0 if len(labels) <= 6 else 30,
            ha="center" if len(labels) <= 6 else "right",
        )
    # Counts start at 0 (an axis from -0.04 or from the smallest bar misleads), whole units.
    top = max([v for _, values in series for v in values if v == v] + [1.0])
    if horizontal:
        ax.set_xlim(0, top * 1.1)
    else:
        ax.set_ylim(0, top * 1.15)
    from matplotlib.ticker import MaxNLocator

    (ax.xaxis if horizontal else ax.yaxis).set_major_locator(MaxNLocator(integer=True))
    ax.set_title(title, fontsize=10, loc="left")
    ax.spines[["top", "right"]].set_visible(False)
    if len(series) > 1:
        # Above the plot, right of the title: never over a bar or a point.
        ax.legend(
            fontsize=8, frameon=False, ncols=len(series), loc="lower right", bbox_to_anchor=(1, 1)
        )
    # Fixed margins instead of tight_layout(), which draws the figure twice.
    fig.subplots_adjust(
        left=0.33 if horizontal else 0.08,
        right=0.98,
        top=0.9,
        bottom=0.12 if horizontal or len(labels) <= 6 else 0.3,
    )
    buf = io.BytesIO()
    fig.savefig(buf, format="png")
    return base64.b64encode(buf.getvalue()).decode("ascii")


def _until(report: Report, values: list[float]) -> list[float]:
    """The monthly values up to the month of `as_of`: a month still to come is no 0, it is
    not drawn (NaN leaves a gap)."""
    tz_months = [p for p in report.period.months()]
    today = report.as_of.date()
    return [v if p.start <= today else float("nan") for p, v in zip(tz_months, values, strict=True)]


def charts(report: Report, settings: Settings) -> list[dict[str, str]]:
    lang = report.language
    cur_l, prev_l = report.period.label, report.previous_period.label

    def table(
        indicator: str, *, skip_total: bool = True
    ) -> tuple[list[str], list[float], list[float]]:
        rows = [
            (r, p)
            for r, p in report.rows
            if r.indicator == indicator and (r.dimension != TOTAL or not skip_total)
        ]
        return (
            [_dimension_label(r.indicator, r.dimension, lang, settings) for r, _ in rows],
            [float(r.value or 0) for r, _ in rows],
            [float(p or 0) for _, p in rows],
        )

    def title_of(indicator: str) -> str:
        return i18n.label(indicator, lang, i18n.INDICATOR_TITLES)

    out = []
    for indicator, horizontal in (
        ("requests_received", False),
        ("complaints_channel", False),
        ("complaints_outcome", False),
        ("founded_typology", True),
        ("complaints_category", True),
        ("escalations", False),
    ):
        labels, values, prev = table(indicator)
        if not labels:
            continue
        if not any(values) and not any(prev):  # an empty chart says nothing: a sentence does
            out.append({"id": indicator, "title": title_of(indicator), "alt": "", "png": ""})
            continue
        title = i18n.label(indicator, lang, i18n.INDICATOR_TITLES)
        alt = (
            title
            + ": "
            + "; ".join(
                f"{lab} {_local(v, lang)} ({prev_l}: {_local(p, lang)})"
                for lab, v, p in zip(labels, values, prev, strict=True)
            )
        )
        out.append(
            {
                "id": indicator,
                "title": title,
                "alt": alt,
                "png": _chart(
                    title, labels, [(cur_l, values), (prev_l, prev)], horizontal=horizontal
                ),
            }
        )
    months = [f"{m:02d}" for m in range(1, len(report.monthly) + 1)]
    title = (
        i18n.label("complaint", lang)
        + " / "
        + {"fr": "mois", "nl": "maand", "de": "Monat", "en": "month"}.get(lang, "month")
    )
    out.append(
        {
            "id": "monthly",
            "title": title,
            "alt": title
            + ": "
            + ", ".join(f"{m}: {v}" for m, v in zip(months, report.monthly, strict=True)),
            "png": _chart(
                title,
                months,
                [
                    (cur_l, _until(report, [float(v) for v in report.monthly])),
                    (prev_l, [float(v) for v in report.monthly_previous]),
                ],
                line=True,
            ),
        }
    )
    return out


def _dimension_label(indicator: str, dimension: str, lang: str, settings: Settings) -> str:
    if indicator == "complaints_category" and dimension in settings.categories:
        labels = settings.categories[dimension].label
        return labels.get(lang) or labels.get("fr") or dimension
    if indicator in ("escalations",) and dimension in settings.second_line:
        name = settings.second_line[dimension].name
        return (
            (name.get(lang) or name.get("fr") or dimension).removeprefix("le ").removeprefix("de ")
        )
    return i18n.dimension_label(indicator, dimension, lang)


def _environment(settings: Settings | None) -> Environment:
    paths = []
    if settings is not None and settings.templates.override_dir:
        paths.append(str(settings.resolve(settings.templates.override_dir)))
    paths.append(str(templates_dir()))
    env = Environment(
        loader=FileSystemLoader(paths),
        undefined=StrictUndefined,
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["num"] = _fmt
    return env


def environment(settings: Settings | None) -> Environment:
    return _environment(settings)


def render_html(report: Report, settings: Settings) -> str:
    lang = report.language
    tables = []
    for name in INDICATORS:
        rows = [(r, p) for r, p in report.rows if r.indicator == name]
        tables.append(
            {
                "id": name,
                "title": i18n.label(name, lang, i18n.INDICATOR_TITLES),
                "definition": i18n.label(name, lang, i18n.DEFINITIONS)
                if name in i18n.DEFINITIONS
                else "",
                "rows": [
                    {
                        "label": _dimension_label(name, r.dimension, lang, settings),
                        "total": r.dimension == TOTAL,
                        "value": _local(r.value, lang),
                        "previous": _local(p, lang),
                        "change": _change(r.value, p) if INDICATORS[name] == "count" else "",
                    }
                    for r, p in rows
                ],
            }
        )
    escalations = [t for t in tables if t["id"] == "escalations"][0]
    tz = ZoneInfo(settings.calendar.timezone)
    now = report.as_of
    actions = [
        {
            "id": a.id,
            "title": a.title,
            "theme": a.theme,
            "owner": a.owner,
            "due": _local_date(a.due, lang, tz) if a.due else "",
            "status": i18n.label(a.status, lang),
            "overdue": actions_mod.is_overdue(a, now),
        }
        for a in report.actions
    ]
    themes = [
        {
            "kind": i18n.label(t.kind, lang),
            "label": theme_label(t, lang, settings),
            "count": t.count,
            "previous": t.previous,
            "trend": i18n.label(t.trend, lang),
            "trend_key": t.trend,
            "actions": t.actions,
        }
        for t in report.themes
    ]
    bodies = [
        {
            "name": sl.name.get(lang) or sl.name.get("fr") or key,
            "url": sl.url_for(lang),
            "text": sl.text.get(lang) or sl.text.get("fr") or "",
        }
        for key, sl in settings.second_line.items()
    ]
    org = settings.organisation.name
    return (
        environment(settings)
        .get_template("report/report.html.j2")
        .render(
            lang=lang,
            T={k: i18n.t(i18n.REPORT, k, lang) for k in i18n.REPORT},
            organisation=org.get(lang) or org.get("fr") or next(iter(org.values()), ""),
            period=report.period.label,
            previous_period=report.previous_period.label,
            summary=[
                {"label": lab, "value": _local(v, lang), "previous": _local(p, lang)}
                for _, lab, v, p in summary_figures(report)
            ],
            charts=charts(report, settings),
            tables=tables,
            definitions_note=i18n.label("_all", lang, i18n.DEFINITIONS),
            escalations=escalations,
            bodies=bodies,
            themes=themes,
            themes_intro=i18n.t(
                i18n.REPORT,
                "themes_intro",
                lang,
                n=report.rs.recurring_theme_min_founded,
                days=report.rs.recurring_window_days,
                as_of=_local_date(min(report.as_of, report.period.bounds(tz)[1]), lang, tz),
            ),
            actions=actions,
            tests=[_test_row(c, lang, settings) for c in report.tests],
            generated=_local_date(report.as_of, lang, tz, with_time=True),
        )
    )


def _test_row(case: Case, lang: str, settings: Settings) -> dict[str, str]:
    """One mystery-shopping test complaint as the report lists it: how it was handled."""
    tz = ZoneInfo(settings.calendar.timezone)

    def day(at: datetime | None) -> str:
        return _local_date(at, lang, tz)

    return {
        "number": case.number,
        "received": day(case.received_at),
        "acknowledged": day(case.acknowledged_at),
        "answered": day(case.answered_at),
        "status": i18n.label(case.status, lang),
        "outcome": i18n.label(case.outcome, lang) if case.outcome else "–",
    }


# The Network's questionnaire follows framework §3.2: indicator -> question number there.
NETWORK_QUESTIONS: dict[str, int] = {
    "requests_received": 1,
    "requests_by_type": 1,
    "complaints_procedure": 2,
    "complaints_channel": 3,
    "complaints_origin": 3,
    "complaints_admissibility": 4,
    "complaints_inadmissible_reason": 4,
    "complaints_outcome": 5,
    "founded_typology": 6,
    "founded_resolved": 7,
    "open_at_period_end": 8,
    "acknowledgement_days": 9,
    "answer_days": 9,
    "daily_use": 10,
    "improvement_actions": 11,
    "complaints_category": 12,
    "complaints_service": 12,
    "escalations": 13,
    "requests_language": 15,
}
NETWORK_COLUMNS = (
    "organisation_id",
    "organisation",
    "period",
    "question",
    "indicator",
    "dimension",
    "label",
    "unit",
    "value",
)


def network_rows(report: Report, settings: Settings) -> list[list[str]]:
    """The yearly questionnaire of the Federal Complaints Network: one row per question
    ("3.2" is the second answer to §3.2 question 3), with the organisation's name and id.
    Question 14, complaints about complaint handling, is the typology's fourth category."""
    lang = report.language
    org = settings.organisation.name
    name = org.get(lang) or org.get("fr") or next(iter(org.values()), "")
    out = [list(NETWORK_COLUMNS)]
    seen: dict[int, int] = {}
    rows = [r for r, _ in report.rows if r.indicator in NETWORK_QUESTIONS]
    extra = [
        r for r in rows if (r.indicator, r.dimension) == ("founded_typology", "complaint_handling")
    ]
    for question, row in sorted(
        [(NETWORK_QUESTIONS[r.indicator], r) for r in rows] + [(14, r) for r in extra],
        key=lambda qr: qr[0],
    ):
        seen[question] = seen.get(question, 0) + 1
        out.append(
            [
                report.rs.network_id,
                name,
                report.period.label,
                f"{question}.{seen[question]}",
                row.indicator,
                row.dimension,
                i18n.label(row.indicator, lang, i18n.INDICATOR_TITLES)
                + " – "
                + _dimension_label(row.indicator, row.dimension, lang, settings),
                INDICATORS[row.indicator],
                _fmt(row.value),
            ]
        )
    return out


def write(report: Report, settings: Settings, fmt: str, path: Path) -> None:
    if fmt == "network":
        with path.open("w", encoding="utf-8", newline="") as fh:
            rows = ([inert(v) for v in row] for row in network_rows(report, settings))
            csv.writer(fh, lineterminator="\n").writerows(rows)
    elif fmt == "csv":
        write_csv(report, path)
    elif fmt == "xlsx":
        write_xlsx(report, path)
    elif fmt == "html":
        path.write_text(render_html(report, settings), encoding="utf-8")
    else:
        raise ValueError(f"unknown format {fmt!r}")
