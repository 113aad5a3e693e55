"""Yearly report speed: 1,000,000 cases in a temporary SQLite file, then indicators + HTML.

    .venv/bin/python bench/report.py              # 1,000,000 cases over 2022-2026, report 2026
    .venv/bin/python bench/report.py --years 2    # stress: 500,000 cases in 2026 and in 2025
    .venv/bin/python bench/report.py -n 200000 --keep /tmp/bench.db

Seeding is one INSERT … SELECT over a recursive CTE (no ORM objects, no Python loop): kinds,
channels, languages, categories, outcomes, typologies, answer times and rule hits are spread
deterministically from the row number. Then the report for the last year is timed as
`complaintbot report` builds it: the indicators of the year and of the year before, the
action-plan themes, the monthly series, and the HTML with its charts. Target: <= 10 s.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import text
from sqlmodel import Session

from bot.db import make_engine, migrate
from bot.reports import render
from bot.reports.indicators import Period
from bot.settings import load

CONFIG = Path(__file__).resolve().parents[1] / "config" / "example.toml"
SERVICES = {
    "taxes": "taxes",
    "pensions": "pensions",
    "social_security": "social.security",
    "unemployment": "unemployment",
    "mobility": "mobility",
    "police": "police",
    "foreign_affairs": "foreign.affairs",
    "other": "complaints",
}


def seed_sql(n: int, first_year: int, years: int) -> str:
    """Cases spread evenly from 1 January of first_year over `years` years."""
    # SQLite timestamps as SQLAlchemy writes them: 'YYYY-MM-DD HH:MM:SS.ffffff' (UTC).
    ts = (
        "strftime('%Y-%m-%d %H:%M:%S', '"
        + f"{first_year}-01-01"
        + "', '+' || ({}) || ' seconds') || '.000000'"
    )
    step = years * 365 * 86400 // n
    rec = f"(x * {step})"
    ack = f"(x * {step} + x % 600)"
    ans = f"(x * {step} + ((x * 13) % 50) * 86400 + 3600)"
    due = f"(x * {step} + 30 * 86400)"
    services = (
        " ".join(
            f"WHEN {i} THEN '{SERVICES[c]}'"
            for i, c in enumerate(
                (
                    "taxes",
                    "pensions",
                    "social_security",
                    "unemployment",
                    "mobility",
                    "police",
                    "foreign_affairs",
                )
            )
        )
        + " ELSE 'complaints'"
    )
    return f"""
WITH RECURSIVE seq(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM seq WHERE x < {n})
INSERT INTO "case" (number, year, seq, kind, status, channel, language, category, sender,
    sender_name, subject, received_at, due_at, needs_review, service, standard_procedure,
    acknowledged_at, admissible, inadmissible_reason, extension_days, answered_at, outcome,
    typology, escalated_to, closed_at, rule_hits)
SELECT
    'B-' || x,
    CAST(strftime('%Y', '{first_year}-01-01', '+' || {rec} || ' seconds') AS INTEGER),
    x,
    CASE WHEN x % 10 < 7 THEN 'complaint' WHEN x % 10 < 9 THEN 'information_request'
         ELSE 'appeal' END,
    CASE WHEN (x * 13) % 50 < 45 THEN 'closed' ELSE 'open' END,
    CASE WHEN x % 5 = 0 THEN 'form' WHEN x % 50 = 1 THEN 'import' ELSE 'mail' END,
    CASE x % 7 WHEN 0 THEN 'de' WHEN 1 THEN 'en' WHEN 2 THEN NULL
               WHEN 3 THEN 'nl' WHEN 4 THEN 'nl' ELSE 'fr' END,
    CASE (x * 7) % 8 WHEN 0 THEN 'taxes' WHEN 1 THEN 'pensions' WHEN 2 THEN 'social_security'
         WHEN 3 THEN 'unemployment' WHEN 4 THEN 'mobility' WHEN 5 THEN 'police'
         WHEN 6 THEN 'foreign_affairs' ELSE 'other' END,
    'citizen' || x || '@example.org', 'Citizen ' || x, 'Subject ' || x,
    {ts.format(rec)},
    {ts.format(due)},
    0,
    CASE WHEN x % 3 = 0 THEN NULL ELSE CASE (x * 7) % 8 {services} END || '@federal.example.be'
         END,
    CASE WHEN x % 20 = 0 THEN 0 ELSE 1 END,
    CASE WHEN x % 1000 = 0 THEN NULL ELSE {ts.format(ack)} END,
    CASE WHEN x % 10 < 7 THEN CASE WHEN x % 11 = 0 THEN 0 WHEN x % 11 = 1 THEN NULL ELSE 1 END
         ELSE NULL END,
    CASE WHEN x % 10 < 7 AND x % 11 = 0 THEN
         CASE x % 3 WHEN 0 THEN 'anonymous' WHEN 1 THEN 'facts_older_than_1_year'
                    ELSE 'outside_competence_forwarded' END END,
    0,
    CASE WHEN (x * 13) % 50 < 45 THEN {ts.format(ans)} END,
    CASE WHEN x % 10 < 7 AND x % 11 > 1 AND (x * 13) % 50 < 45 THEN
         CASE (x / 10) % 4 WHEN 0 THEN 'founded' WHEN 1 THEN 'partly_founded'
                           WHEN 2 THEN 'unfounded' ELSE 'no_judgement_possible' END END,
    CASE WHEN x % 10 < 7 AND x % 11 > 1 AND (x * 13) % 50 < 45 AND (x / 10) % 4 < 2 THEN
         CASE (x / 40) % 4 WHEN 0 THEN 'behaviour' WHEN 1 THEN 'quality'
                           WHEN 2 THEN 'processing' ELSE 'complaint_handling' END END,
    CASE WHEN x % 200 = 0 THEN 'federal_ombudsman' WHEN x % 200 = 1 THEN 'pensions_ombudsman'
         WHEN x % 400 = 2 THEN 'comite_p' END,
    CASE WHEN (x * 13) % 50 < 45 THEN {ts.format(ans + " + 86400")} END,
    CASE x % 3
        WHEN 0 THEN '[{{"rule": "complaint_delay", "kind": "complaint", "weight": 1.5, "reason": "keyword"}}, {{"rule": "category_pensions", "kind": "pensions", "weight": 1.0, "reason": "keyword"}}]'
        WHEN 1 THEN '[{{"rule": "complaint_rudeness", "kind": "complaint", "weight": 2.0, "reason": "keyword"}}]'
        ELSE '[]' END
FROM seq
"""  # noqa: E501


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("-n", type=int, default=1_000_000, help="cases to seed (default 1,000,000)")
    p.add_argument("--year", type=int, default=2026, help="the report year (the last seeded)")
    p.add_argument(
        "--years",
        type=int,
        default=5,
        help="years the cases are spread over, ending with --year (default 5)",
    )
    p.add_argument("--language", default="fr")
    p.add_argument("--keep", help="write the database here and keep it (reused when it exists)")
    args = p.parse_args(argv)

    tmp = tempfile.TemporaryDirectory(prefix="complaintbot-bench-")
    path = Path(args.keep) if args.keep else Path(tmp.name) / "bench.db"
    reuse = path.exists()
    engine = make_engine(f"sqlite:///{path}")
    migrate(engine)
    if not reuse:
        t0 = time.perf_counter()
        with engine.begin() as conn:
            conn.execute(text(seed_sql(args.n, args.year - args.years + 1, args.years)))
            conn.execute(
                text(
                    "INSERT INTO improvement_action (title, theme, owner, due, status, created_at, "
                    "done_at) VALUES "
                    "('Clearer pension letters', 'category:pensions', 'dg@x.be', NULL, 'done', "
                    "'2026-02-01 09:00:00.000000', '2026-05-01 09:00:00.000000'), "
                    "('Call-back service', 'keyword:complaint_delay', 'dg@x.be', NULL, 'planned', "
                    "'2026-03-01 09:00:00.000000', NULL)"
                )
            )
        with engine.connect() as conn:
            conn.exec_driver_sql("ANALYZE")
        seeded = time.perf_counter() - t0
        print(
            f"seeded {args.n:,} cases over {args.years} year(s) in {seeded:.1f} s "
            f"({args.n / seeded:,.0f} rows/s)"
        )
    size = path.stat().st_size / 1024 / 1024
    with engine.connect() as conn:
        total = conn.execute(text('SELECT COUNT(*) FROM "case"')).scalar_one()
        in_year = conn.execute(
            text('SELECT COUNT(*) FROM "case" WHERE year = :y'), {"y": args.year}
        ).scalar_one()
    print(f"database: {total:,} cases ({in_year:,} in {args.year}), {size:,.0f} MB")

    settings = load(CONFIG, environ={})
    as_of = datetime(args.year + 1, 1, 15, tzinfo=UTC)
    timings = {}
    # CPU time (user + sys of this process, SQLite included: it runs in-process) besides wall
    # time: on a shared machine the wall clock also counts the other jobs.
    c0 = time.process_time()
    t0 = time.perf_counter()
    with Session(engine) as session:
        report = render.build(
            session, settings, period=Period.of(args.year), language=args.language, as_of=as_of
        )
    timings["indicators (year + previous year + themes + months)"] = time.perf_counter() - t0
    t1 = time.perf_counter()
    html = render.render_html(report, settings)
    timings["HTML with charts"] = time.perf_counter() - t1
    t2 = time.perf_counter()
    out = Path(tmp.name) / "report.csv"
    render.write_csv(report, out)
    timings["CSV"] = time.perf_counter() - t2
    total_s = time.perf_counter() - t0
    cpu_s = time.process_time() - c0
    for name, seconds in timings.items():
        print(f"  {name:<52} {seconds:6.2f} s")
    print(
        f"yearly report: {total_s:.2f} s wall, {cpu_s:.2f} s CPU (user+sys) for {total:,} "
        f"cases (target <= 10 s) - {'OK' if total_s <= 10 else 'TOO SLOW'}; "
        f"HTML {len(html) / 1024:,.0f} kB"
    )
    print(
        f"  complaints {report.current.get('requests_received', 'complaint'):,}, "
        f"median answer {report.current.get('answer_days', 'median')} d, "
        f"p90 {report.current.get('answer_days', 'p90')} d, "
        f"themes {len(report.themes)}"
    )
    engine.dispose()
    tmp.cleanup()
    return 0 if total_s <= 10 else 1


if __name__ == "__main__":
    sys.exit(main())
