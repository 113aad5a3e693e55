"""Reporting commands (registered by bot.cli.main): report, action, publish, serve."""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from bot.cli.common import AddCommand, mailbox_of, open_app, print_json
from bot.errors import UserError
from bot.vocab import ActionStatus, Language

FORMATS = ("html", "csv", "xlsx", "network")


def cmd_report(args: argparse.Namespace) -> int:
    from sqlmodel import Session

    from bot.reports import render
    from bot.reports.indicators import Period

    fmt = args.format or Path(args.output).suffix.lstrip(".").lower()
    if fmt not in FORMATS:
        raise UserError(f"report: --format must be one of {', '.join(FORMATS)}")
    try:
        period = Period.of(args.year, args.quarter)
    except ValueError as exc:
        raise UserError(f"report: {exc}") from None
    output = Path(args.output)
    if not output.parent.is_dir():
        raise UserError(f"report: folder {output.parent} does not exist")
    settings = mailbox_of(args.settings, args.mailbox) or args.settings
    app = open_app(args)
    with Session(app.engine) as session:
        _check_year(session, args.year, app.ctx.clock())
        report = render.build(
            session, settings, period=period, language=args.language, mailbox=args.mailbox
        )
    render.write(report, settings, fmt, output)
    print(f"report {period.label} ({fmt}, {report.language}) written to {output}", file=sys.stderr)
    return 0


def _check_year(session: Any, year: int, now: datetime) -> None:
    """A report is for a year from the first case (or this year, with none yet) up to the
    current year: any other year is a typing mistake, said in one line."""
    from sqlalchemy import func, select

    from bot.models import Case

    first = session.execute(select(func.min(Case.year))).scalar()
    last = now.year
    if first is None and year != last:
        raise UserError(f"report: --year {year}: there are no cases yet; give {last}")
    if first is not None and not first <= year <= last:
        raise UserError(
            f"report: --year {year} is outside the data: the first case is of {first}; "
            f"give a year from {first} to {last}"
        )


def _parse_due(value: str | None, tz: ZoneInfo) -> datetime | None:
    if not value:
        return None
    try:
        day = date.fromisoformat(value)
    except ValueError:
        raise UserError(f"action: --due must be a date like 2026-06-30, not {value!r}") from None
    return datetime.combine(day, time(17, 0), tz).astimezone(UTC)


def cmd_action(args: argparse.Namespace) -> int:
    from sqlmodel import Session

    from bot.reports import actions

    app = open_app(args)
    tz = ZoneInfo(app.settings.calendar.timezone)
    with Session(app.engine, expire_on_commit=False) as session:
        if args.verb == "add":
            if not args.title:
                raise UserError("action add: give --title")
            action = actions.add_action(
                session,
                title=args.title,
                owner=args.owner or "",
                theme=args.theme or "",
                due=_parse_due(args.due, tz),
                note=args.note,
            )
            session.commit()
            print(f"action #{action.id} added")
            return 0
        if args.verb in ("done", "drop"):
            if args.id is None:
                raise UserError(f"action {args.verb}: give the action id")
            try:
                action = actions.finish_action(
                    session, args.id, status="done" if args.verb == "done" else "dropped"
                )
            except LookupError as exc:
                raise UserError(str(exc)) from None
            session.commit()
            print(f"action #{action.id} {action.status}")
            return 0
        if args.verb == "themes":
            rs = app.settings.reports
            for th in actions.recurring_themes(
                session, rs, as_of=datetime.now(UTC), all_themes=args.all
            ):
                row = {
                    "theme": th.key,
                    "founded": th.count,
                    "before": th.previous,
                    "trend": th.trend,
                    "actions": th.actions,
                }
                if args.json:
                    print_json(row)
                else:
                    print(
                        f"{th.key:<40} {th.count:>5} (before {th.previous:>4}, {th.trend:<6}) "
                        f"actions {th.actions}"
                    )
            return 0
        now = datetime.now(UTC)
        for a in actions.list_actions(session, status=args.status):
            row = {
                "id": a.id,
                "title": a.title,
                "theme": a.theme,
                "owner": a.owner,
                "due": a.due.astimezone(tz).date().isoformat() if a.due else None,
                "status": a.status,
                "overdue": actions.is_overdue(a, now),
                "done_at": a.done_at.astimezone(tz).isoformat(timespec="seconds")
                if a.done_at
                else None,
            }
            if args.json:
                print_json(row)
            else:
                print(
                    f"#{a.id:<4} {a.status:<8} due {row['due'] or '-':<10} "
                    f"{a.owner or '-':<28} {a.theme or '-':<24} {a.title}"
                    + ("  OVERDUE" if row["overdue"] else "")
                )
    return 0


def cmd_publish(args: argparse.Namespace) -> int:
    from bot.reports.public import publish

    settings = mailbox_of(args.settings, args.mailbox) or args.settings
    written = publish(settings, Path(args.output), form_url=args.form_url)
    print(f"{len(written)} page(s) written to {args.output}", file=sys.stderr)
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from bot.form import create_app, form_secret

    try:
        secret = form_secret()
    except ValueError as exc:
        raise UserError(str(exc)) from None
    app = open_app(args)
    web = create_app(app, secret=secret, send_mail=not args.no_send)
    uvicorn.run(
        web,
        host=args.host,
        port=args.port,
        log_level="info",
        proxy_headers=args.proxy_headers,
        server_header=False,
    )
    return 0


def cmd_selfcheck(args: argparse.Namespace) -> int:
    from sqlmodel import Session

    from bot.reports.selfcheck import as_json, selfcheck

    settings = mailbox_of(args.settings, args.mailbox) or args.settings
    app = open_app(args)
    with Session(app.engine) as session:
        checks = selfcheck(session, settings, app.ctx.clock())
    if args.json:
        for row in as_json(checks):
            print_json(row)
        return 0
    for c in checks:
        print(f"{c.status:<8} {c.criterion}\n         {c.evidence}")
        if c.todo:
            print(f"         -> {c.todo}")
    missing = sum(c.status == "missing" for c in checks)
    warnings = sum(c.status == "warning" for c in checks)
    print(f"{len(checks) - missing - warnings} ok, {warnings} warning(s), {missing} missing")
    return 0


def register(add: AddCommand) -> None:
    """`add(name, func, help)` returns an argparse parser for a new sub-command."""
    sp = add(
        "selfcheck",
        cmd_selfcheck,
        "the circular's fourteen criteria: ok, warning or missing, with evidence and what to do",
    )
    sp.add_argument(
        "--json", action="store_true", help="one object per criterion (criterion, status, ...)"
    )
    sp.add_argument(
        "--mailbox",
        metavar="ID",
        help="check one [[mailboxes]] id's configuration (coordinators, procedure page …)",
    )
    sp = add(
        "report",
        cmd_report,
        "yearly (or quarterly) complaint report: HTML for the management committee, "
        "CSV/XLSX for the Network",
    )
    sp.add_argument("--year", type=int, required=True)
    sp.add_argument("--quarter", type=int, choices=[1, 2, 3, 4])
    sp.add_argument(
        "--format",
        choices=FORMATS,
        help="default: from the output's extension; network: the Federal Complaints Network's "
        "yearly questionnaire as CSV, one row per question",
    )
    sp.add_argument("--output", required=True, metavar="PATH")
    sp.add_argument("--language", choices=list(Language), help="default: [reports] report_language")
    sp.add_argument(
        "--mailbox",
        metavar="ID",
        help="the report of one [[mailboxes]] entry, in its organisation's name; default: "
        "every mailbox",
    )
    sp.epilog = (
        "CSV columns: indicator,dimension,unit,period,value,previous_period,"
        "previous_value (one row per indicator and dimension; see bot/reports/render.py)"
    )

    sp = add(
        "action",
        cmd_action,
        "the action plan: add, list, done or drop improvement actions; themes: candidates",
    )
    sp.add_argument("verb", choices=["add", "list", "done", "drop", "themes"])
    sp.add_argument("id", nargs="?", type=int, help="done/drop: the action id")
    sp.add_argument("--title")
    sp.add_argument("--owner")
    sp.add_argument(
        "--theme", help="e.g. category:pensions, typology:processing, keyword:complaint_delay"
    )
    sp.add_argument("--due", help="YYYY-MM-DD")
    sp.add_argument("--note")
    sp.add_argument("--status", choices=list(ActionStatus), help="list: filter")
    sp.add_argument("--all", action="store_true", help="themes: every theme, not only candidates")
    sp.add_argument("--json", action="store_true")

    sp = add(
        "publish",
        cmd_publish,
        "write the public complaint page and the printable leaflet (FR/NL/DE/EN)",
    )
    sp.add_argument("--output", required=True, metavar="DIR")
    sp.add_argument("--form-url", help="where the complaint form is served (default /form/<lang>)")
    sp.add_argument(
        "--mailbox", metavar="ID", help="the pages of one [[mailboxes]] id (its organisation)"
    )

    sp = add("serve", cmd_serve, "serve the complaint form over HTTP (cases via the pipeline)")
    sp.add_argument("--host", default="127.0.0.1")
    sp.add_argument("--port", type=int, default=8080)
    sp.add_argument(
        "--no-send",
        action="store_true",
        help="do not send acknowledgements from this process (`run` sends them)",
    )
    sp.add_argument(
        "--proxy-headers",
        action="store_true",
        help="trust X-Forwarded-For from a reverse proxy (for the rate limit)",
    )
