"""The complaint service's command line: one command per task, each an entry of build_parser.

Every command exits with a one-line error, never a traceback, on bad configuration, an
unreachable server or a wrong argument (exit 2 for usage/config, 3 for servers).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from bot.cli import classify, handling, ops, reports
from bot.cli.common import Reader, local_tz, mailbox_of, open_app, out, print_json
from bot.errors import EXIT_SERVER, ComplaintbotError, UserError, exit_code
from bot.ops import arenas, logs
from bot.terminal import for_terminal
from bot.vocab import CaseStatus

if TYPE_CHECKING:
    from bot.settings import Settings

# Imports that cost time (SQLAlchemy, pydantic, the pipeline) happen inside the commands:
# `--help` and the read commands start in a fraction of a second.


# -- commands --------------------------------------------------------------------------------
def cmd_config_check(args: argparse.Namespace) -> int:
    s: Settings = args.settings
    from bot import settings as settings_mod
    from bot.classify import Classifier

    Classifier.from_settings(s)  # the rules file is part of the configuration
    from bot.handling.settings import warnings

    for warning in [*settings_mod.warnings(s, os.environ), *warnings(s.handling)]:
        print(f"complaintbot: warning: {warning}", file=sys.stderr)
    print_json(settings_mod.effective(s)) if args.json else print(
        f"{s.source}: OK\n" + json.dumps(settings_mod.effective(s), indent=2, ensure_ascii=False)
    )
    return 0


def cmd_templates_check(args: argparse.Namespace) -> int:
    """Lint the letters (built-in and templates.override_dir): exit 1 when one lacks a fact."""
    from bot.handling import lint
    from bot.settings import mailbox_settings

    # Every mailbox's letters: its own override folder, organisation and second lines.
    failed = False
    for box in mailbox_settings(args.settings):
        problems = lint.check(box)
        named = f"mailbox {box.mailbox}: " if args.settings.mailboxes else ""
        for problem in problems:
            print(f"complaintbot: template: {named}{problem}", file=sys.stderr)
        where = box.templates.override_dir or "built-in templates"
        print(f"{named}{where}: {len(problems)} problem(s)")
        failed = failed or bool(problems)
    return 1 if failed else 0


def cmd_run(args: argparse.Namespace) -> int:
    app = open_app(args)
    if args.once:
        taken, sent, timings = app.run_once()
        p = taken.processed
        print(
            f"mailbox: {taken.seen} message(s), {taken.new} new, "
            f"{p.done if p else 0} processed, {p.quarantined if p else 0} quarantined, "
            f"{taken.filed_away} filed away; outbox: {sent}; "
            + " ".join(f"{k}={v}" for k, v in timings.items()),
            file=sys.stderr,
        )
        return 0
    app.serve()
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from sqlmodel import Session

    from bot import views

    app = Reader(args.settings)
    mailbox_of(app.settings, args.mailbox)  # a wrong id: one line, exit 2
    with Session(app.engine) as session:
        rows = views.list_cases(
            session, local_tz(app.settings), status=args.status, mailbox=args.mailbox
        )
        for row in rows:
            if args.json:
                print_json(row)
            else:
                flag = " !" if row["needs_review"] else ""
                out(
                    f"{row['number']:<22} {row['kind']:<20} {row['status']:<9} "
                    f"{row['language'] or '?':<3} {row['category']:<16} "
                    f"due {(row['due_at'] or '')[:10]:<10} {row['sender']}{flag}"
                )
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    from sqlmodel import Session

    from bot import views

    app = Reader(args.settings)
    with Session(app.engine) as session:
        data = views.show_case(session, args.number, local_tz(app.settings))
    if data is None:
        raise UserError(f"no case {args.number}")
    if args.json:
        print_json(data)
        return 0
    out(
        f"{data['number']}  {data['kind']}  {data['status']}"
        + ("  NEEDS REVIEW" if data["needs_review"] else "")
    )
    for key in (
        "subject",
        "sender",
        "sender_name",
        "language",
        "category",
        "channel",
        "received_at",
        "due_at",
        "assignee",
        "outcome",
        "typology",
        "closed_at",
    ):
        if data.get(key) not in (None, ""):
            out(f"  {key:<12} {data[key]}")
    out("  rules:")
    for hit in data["rule_hits"]:
        out(
            f"    {hit.get('rule')} -> {hit.get('kind')} ({hit.get('weight')}): {hit.get('reason')}"
        )
    out("  messages:")
    for m in data["messages"]:
        out(
            f"    #{m['id']} {m['received_at']} {m['from']} "
            f"[{m['outcome']}/{m['kind']}] {m['subject']}"
        )
        for a in m["attachments"]:
            out(
                f"      attachment {a['filename']} ({a['size']} bytes)"
                + (f" {a['skipped']}" if a["skipped"] else "")
            )
    out("  events:")
    for e in data["events"]:
        out(f"    {e['at']} {e['type']} by {e['actor']} via {e['channel']}")
    out("  outbox:")
    for o in data["outbox"]:
        out(
            f"    {o['purpose']} -> {o['to']} [{o['status']}] {o['subject']}"
            + (f" ({o['last_error']})" if o["last_error"] else "")
        )
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    from sqlmodel import Session

    from bot import views

    app = Reader(args.settings)
    mailbox_of(app.settings, args.mailbox)
    with Session(app.engine) as session:
        data = views.stats(session, args.mailbox)
    if args.json:
        print_json(data)
    else:
        for k, v in data.items():
            print(f"{k:<18} {v}")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from tqdm import tqdm
    from tqdm.contrib.logging import logging_redirect_tqdm

    from bot.intake import files

    path = Path(args.path)
    total = files.count(path)  # ImportSourceError: one line, exit 2 (bot.errors)
    mailbox_of(args.settings, args.mailbox)  # a wrong id: one line, exit 2
    app = open_app(args)
    # Log lines go through tqdm.write, so a warning never breaks into the progress bar.
    with (
        tqdm(total=total, unit="mail", disable=args.quiet or None, file=sys.stderr) as bar,
        logging_redirect_tqdm(),
    ):
        report = app.import_path(
            path,
            progress=bar.update,
            channel="mail" if args.acknowledge else "import",
            mailbox=args.mailbox,
        )
    sent = "acknowledged and assigned" if args.acknowledge else "nothing sent"
    print(
        f"imported {total} message(s): {report.done} processed, {report.quarantined} "
        f"quarantined ({sent})",
        file=sys.stderr,
    )
    return 0


def cmd_quarantine(args: argparse.Namespace) -> int:
    from sqlmodel import Session, select

    from bot import views
    from bot.models import InboundMessage, RawBlob

    app = open_app(args)
    tz = local_tz(app.settings)
    with Session(app.engine) as session:
        if args.action == "list":
            for row in views.quarantined(session, tz):
                if args.json:
                    print_json(row)
                else:
                    sender = for_terminal(row["from"][:40], one_line=True)
                    reason = for_terminal(row["reason"], one_line=True)
                    print(f"#{row['id']:<6} {row['received_at']} {sender:<40} {reason}")
            return 0
        if args.id is None and not (args.action == "retry" and args.all):
            raise UserError(f"quarantine {args.action}: give a message id")
        if args.action == "show":
            msg = session.get(InboundMessage, args.id)
            if msg is None or msg.status != "quarantined":
                raise UserError(f"no quarantined message #{args.id}")
            row = next(r for r in views.quarantined(session, tz) if r["id"] == args.id)
            if args.raw:
                blob = session.get(RawBlob, msg.sha256)
                if blob is None:
                    raise UserError(f"message #{args.id}: its raw bytes are missing")
                if sys.stdout.isatty():  # a terminal obeys escape sequences: show, do not send
                    print(for_terminal(blob.data.decode("utf-8", "replace")))
                else:  # a pipe or a file gets the exact bytes
                    sys.stdout.buffer.write(blob.data)
            elif args.json:
                print_json(row)
            else:
                for k, v in row.items():
                    out(f"{k:<12} {v}")
            return 0
        # retry: back to pending with fresh attempts; the pipeline takes it now.
        query = select(InboundMessage).where(InboundMessage.status == "quarantined")
        if not args.all:
            query = query.where(InboundMessage.id == args.id)
        rows = list(session.execute(query).scalars())
        if not rows:
            raise UserError(f"no quarantined message #{args.id}")
        for msg in rows:
            msg.status, msg.outcome, msg.attempts = "pending", None, 0
        session.commit()
        ids = [m.id for m in rows]
    report = app.process_pending(only=ids)
    print(f"retried {len(ids)}: {report.done} processed, {report.quarantined} quarantined again")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from bot.demo import run_demo

    return run_demo(Path(args.dir), config=args.config, out=sys.stdout)


# -- parser ----------------------------------------------------------------------------------
def build_parser() -> argparse.ArgumentParser:
    # The commands are listed by argparse from the parser itself: a hand-written list in the
    # description went stale as commands were added.
    p = argparse.ArgumentParser(
        prog="complaintbot",
        description="The complaint service of a mailbox: one command per task, listed below; "
        "`complaintbot COMMAND --help` describes each.",
    )
    p.add_argument(
        "--config", help="TOML file (default: $COMPLAINTBOT_CONFIG or config/example.toml)"
    )
    p.add_argument("-v", "--verbose", action="store_true", help="log what happens (INFO)")
    p.add_argument("--version", action=ops.VersionAction)
    p.add_argument(
        "--log-level",
        choices=logs.LEVELS,
        type=str.upper,
        help="DEBUG, INFO, WARNING (default; INFO for run) or ERROR",
    )
    p.add_argument(
        "--log-format",
        choices=logs.FORMATS,
        default="text",
        help="text (default) or json: one JSON object per line, for a log collector",
    )
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def add(
        name: str, func: Callable[[argparse.Namespace], int], help_: str
    ) -> argparse.ArgumentParser:
        sp = sub.add_parser(name, help=help_, description=help_)
        sp.set_defaults(func=func)
        return sp

    sp = add("config", cmd_config_check, "validate the configuration and print it (secrets masked)")
    sp.add_argument("action", choices=["check"])
    sp.add_argument("--json", action="store_true")
    sp = add(
        "templates",
        cmd_templates_check,
        "check that every decision letter carries the logo, the procedure link, the "
        "complaint/appeal sentence and the second line, in every language",
    )
    sp.add_argument("action", choices=["check"])
    sp = add("run", cmd_run, "run the service (or --once: take the mailbox, send the outbox, exit)")
    sp.add_argument("--once", action="store_true")
    sp = add("list", cmd_list, "list cases")
    sp.add_argument("--json", action="store_true", help="one JSON object per line")
    sp.add_argument("--status", choices=[s.value for s in CaseStatus])
    sp.add_argument(
        "--mailbox",
        metavar="ID",
        help="only the cases (and mail) of this [[mailboxes]] id; default: every mailbox",
    )
    sp = add("show", cmd_show, "show one case: its messages, events and outgoing mail")
    sp.add_argument("number")
    sp.add_argument("--json", action="store_true")
    sp = add("stats", cmd_stats, "counts of messages, cases and outgoing mail")
    sp.add_argument("--json", action="store_true")
    sp.add_argument(
        "--mailbox",
        metavar="ID",
        help="only the cases (and mail) of this [[mailboxes]] id; default: every mailbox",
    )
    sp = add(
        "import",
        cmd_import,
        "take in archived mail as history: each case dated, numbered and counted in the year "
        "of its own Date; nothing is sent",
    )
    sp.add_argument("path", help="an mbox, a Maildir, a folder of .eml files or one .eml")
    sp.add_argument("--quiet", action="store_true", help="no progress bar")
    sp.add_argument(
        "--acknowledge",
        action="store_true",
        help="treat the mails as not yet handled: acknowledge and assign them as new mail "
        "(still dated by their own Date)",
    )
    sp.add_argument(
        "--mailbox", metavar="ID", help="the [[mailboxes]] id the archive is of; default: the first"
    )
    sp = add(
        "classify",
        classify.cmd_classify,
        "dry run: classify .eml files with the configured rules",
    )
    sp.add_argument("files", nargs="+", metavar="FILE.eml")
    sp.add_argument("--json", action="store_true")
    sp = add("quarantine", cmd_quarantine, "list, show or retry quarantined messages")
    sp.add_argument("action", choices=["list", "show", "retry"])
    sp.add_argument("id", nargs="?", type=int)
    sp.add_argument("--all", action="store_true", help="retry: every quarantined message")
    sp.add_argument("--raw", action="store_true", help="show: write the raw message to stdout")
    sp.add_argument("--json", action="store_true")
    sp = add("demo", cmd_demo, "the embedded demo: SQLite, a built-in sample mailbox, no server")
    sp.add_argument("--dir", default="var/demo", help="where the demo database and outbox go")
    # Case handling (assign, answer, close, extend, note, digest) and reporting (report,
    # action, publish, serve) add their own commands.
    handling.register(add)
    reports.register(add)
    # Operating the service: init, status, backup, privacy.
    ops.register(add)
    return p


def main(argv: list[str] | None = None) -> int:
    arenas.limit_arenas()  # before any thread: the process stays smaller (bot.ops.arenas)
    args = build_parser().parse_args(argv)
    level = args.log_level or ("INFO" if args.verbose or args.command == "run" else "WARNING")
    logs.setup(level=level, fmt=args.log_format)
    from sqlalchemy.exc import OperationalError

    from bot import settings as settings_mod

    try:
        # Secrets from files (COMPLAINTBOT_*_FILE) into the environment, for every reader.
        settings_mod.resolve_secret_files(os.environ)
        if args.command != "demo" and not getattr(args, "no_settings", False):
            args.settings = settings_mod.load(args.config)
        return args.func(args)
    except ComplaintbotError as exc:
        code, line = exit_code(exc)
        print(f"complaintbot: {line}", file=sys.stderr)
        return code
    except OperationalError as exc:
        print(
            f"complaintbot: database unavailable: {str(exc.orig).strip().splitlines()[0]}",
            file=sys.stderr,
        )
        return EXIT_SERVER
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
