"""Case-handling commands (registered by bot.cli.main).

`assign`, `answer`, `inadmissible`, `extend`, `wait`, `note`, `close` do what a handler does
by mail, for coordinators (channel "cli", actor $USER or --actor); `digest` builds the
coordinator digest (--dry-run: written, not sent); `remind` runs the reminder scan once.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable
from datetime import date
from email.message import EmailMessage
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bot.cli.common import AddCommand, mailbox_of, open_app
from bot.commands.parse import reason_of
from bot.errors import UserError
from bot.vocab import (
    CITIZEN_KINDS,
    REASON_ALIASES,
    REGISTERED_CHANNELS,
    Escalation,
    InadmissibleReason,
    Origin,
    Outcome,
    RequestType,
    Typology,
)

# The reasons, each with the short words that also name it (`old-facts` …).
REASON_HELP = "; ".join(
    r.value + "".join(f" ({a})" for a, target in REASON_ALIASES.items() if target is r)
    for r in InadmissibleReason
)

if TYPE_CHECKING:  # imported where used: `complaintbot --help` loads no handling code
    from sqlmodel import Session

    from bot.handling.actions import Actor
    from bot.models import Case


def _actor(args: argparse.Namespace) -> Actor:
    from bot.handling.actions import Actor

    who = args.actor or os.environ.get("USER") or os.environ.get("USERNAME")
    if not who:
        try:
            who = getpass.getuser()
        except (KeyError, OSError):
            who = "cli"
    return Actor(who, "cli")


def _norm(value: str) -> str:
    return value.strip().lower().replace("-", "_")


def _case(session: Session, number: str) -> Case:
    from sqlmodel import select

    from bot.models import Case

    case = session.execute(select(Case).where(Case.number == number.strip().upper())).scalar()
    if case is None:
        raise UserError(f"no case {number}")
    return case


def _act(args: argparse.Namespace, action: Callable[..., object], **kwargs: Any) -> int:
    """Run one action on args.number in one transaction; ActionError -> one-line error."""
    from bot.db import session_scope
    from bot.handling.actions import ActionError

    app = open_app(args)
    now = app.ctx.clock()
    try:
        with session_scope(app.engine) as session:
            case = _case(session, args.number)
            ctx = app.ctx.for_mailbox(case.mailbox)  # the case's categories, letters, staff
            result = action(session, ctx, case, actor=_actor(args), now=now, **kwargs)
            status, due = case.status, case.due_at
            number = case.number
    except ActionError as exc:
        raise UserError(str(exc)) from None
    if result is False:
        print(f"{number}: nothing to change")
        return 0
    due_text = f", due {app.ctx.calendar.to_local(due):%Y-%m-%d}" if due else ""
    print(f"{number}: {args.command} done (status {status}{due_text})")
    return 0


def cmd_assign(args: argparse.Namespace) -> int:
    from bot.handling import actions

    return _act(
        args,
        actions.assign,
        address=args.address,
        note=args.note or "",
        rule=f"complaintbot assign by {_actor(args).who}",
    )


def cmd_answer(args: argparse.Namespace) -> int:
    from bot.handling import actions

    outcomes = {o.value for o in Outcome}
    outcome = _norm(args.outcome)
    if outcome in ("no_judgement", "no_judgment"):
        outcome = Outcome.NO_JUDGEMENT.value
    if outcome not in outcomes:
        raise UserError(f"--outcome: one of {', '.join(sorted(outcomes))}")
    typology = _norm(args.typology) if args.typology else None
    if typology == "behavior":
        typology = "behaviour"
    if typology is not None and typology not in {t.value for t in Typology}:
        raise UserError(f"--typology: one of {', '.join(t.value for t in Typology)}")
    if args.text_file:
        try:
            text = Path(args.text_file).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise UserError(f"--text-file: cannot read {args.text_file}: {exc}") from None
    else:
        text = args.text or ""
    resolved = {"yes": True, "no": False, None: None}[args.resolved]
    return _act(
        args,
        actions.answer,
        outcome=outcome,
        typology=typology,
        text=text.strip(),
        resolved=resolved,
    )


def cmd_admissible(args: argparse.Namespace) -> int:
    from bot.handling import actions

    return _act(args, actions.admissible, note=args.note or "")


def cmd_inadmissible(args: argparse.Namespace) -> int:
    from bot.handling import actions

    reason = reason_of(args.reason)
    if reason is None:
        raise UserError(f"reason: one of {REASON_HELP}")
    return _act(args, actions.inadmissible, reason=reason.value, text=args.text or "")


def cmd_extend(args: argparse.Namespace) -> int:
    from bot.handling import actions

    return _act(args, actions.extend, days=args.days, reason=args.reason)


def cmd_wait(args: argparse.Namespace) -> int:
    from bot.handling import actions

    return _act(args, actions.wait, question=args.question)


def cmd_note(args: argparse.Namespace) -> int:
    from bot.handling import actions

    return _act(args, actions.note, text=" ".join(args.text))


def cmd_category(args: argparse.Namespace) -> int:
    from bot.handling import actions

    return _act(args, actions.set_category, name=_norm(args.category))


def cmd_second_line(args: argparse.Namespace) -> int:
    from bot.handling import actions

    return _act(args, actions.set_second_line, key=_norm(args.body))


def cmd_close(args: argparse.Namespace) -> int:
    from bot.handling import actions

    outcome = _norm(args.outcome) if args.outcome else None
    return _act(args, actions.close, outcome=outcome, reason=args.reason or "")


def cmd_escalate(args: argparse.Namespace) -> int:
    from bot.handling import actions

    on = None
    if args.date:
        try:
            on = date.fromisoformat(args.date)
        except ValueError:
            raise UserError(f"--date: {args.date!r} is not a date (YYYY-MM-DD)") from None
    return _act(args, actions.escalate, to=args.to, on=on)


def cmd_reopen(args: argparse.Namespace) -> int:
    from bot.handling import actions

    return _act(args, actions.reopen, reason=args.reason or "")


def cmd_mark_test(args: argparse.Namespace) -> int:
    from bot.handling import actions

    return _act(args, actions.mark_test, test=not args.undo)


def cmd_request_type(args: argparse.Namespace) -> int:
    from bot.handling import actions

    return _act(args, actions.set_request_type, word=args.type)


def cmd_register(args: argparse.Namespace) -> int:
    from bot.db import session_scope
    from bot.handling.actions import ActionError
    from bot.handling.register import register

    try:
        text = Path(args.text_file).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise UserError(f"--text-file: cannot read {args.text_file}: {exc}") from None
    mailbox_of(args.settings, args.mailbox)  # a wrong id: one line, exit 2
    app = open_app(args)
    now = app.ctx.clock()
    try:
        with session_scope(app.engine) as session:
            case = register(
                session,
                app.context_of(args.mailbox),
                channel=_norm(args.channel),
                origin=_norm(args.origin),
                language=args.language.strip().lower(),
                sender=args.sender,
                sender_name=args.name or "",
                subject=args.subject,
                text=text,
                standard_procedure=not args.outside_procedure,
                actor=_actor(args),
                now=now,
            )
            number, due, assignee = case.number, case.due_at, case.assignee
    except ActionError as exc:
        raise UserError(str(exc)) from None
    due_text = f"{app.ctx.calendar.to_local(due):%Y-%m-%d}" if due else "-"
    print(f"{number}: registered (due {due_text}, assigned to {assignee or 'the coordinators'})")
    return 0


def cmd_digest(args: argparse.Namespace) -> int:
    from bot.db import session_scope
    from bot.handling import digest
    from bot.handling.routing import coordinators

    mailbox_of(args.settings, args.mailbox)  # a wrong id: one line, exit 2
    app = open_app(args)
    now = app.ctx.clock()
    # --output writes the digest to a file: it never sends one (as --dry-run).
    if not args.dry_run and not args.output:
        # Each mailbox's coordinators get their own ([[mailboxes]]), or only --mailbox's.
        boxes = [app.context_of(args.mailbox)] if args.mailbox else app.contexts
        n = 0
        with session_scope(app.engine) as session:
            for box in boxes:
                n += digest.queue_digests(session, box, now, fire=now, force=False)
        print(f"{n} digest(s) queued for today" if n else "today's digests were already queued")
        return 0
    ctx = app.context_of(args.mailbox)
    to_addr = args.coordinator or next(iter(coordinators(ctx.settings)), None)
    if not to_addr:
        raise UserError("no coordinator: set organisation.coordinators or pass --coordinator")
    from sqlmodel import Session

    with Session(app.engine) as session:
        data = digest.collect(session, ctx, now, since=digest.since_last(session, now, ctx))
    ref = digest.reference(ctx, now)
    msg = digest.message(ctx, data, to_addr=to_addr, key=f"dry-run:{to_addr}", ref=ref, now=now)
    text = _body(msg, "plain")
    if not args.output:
        sys.stdout.write(text)
        return 0
    out = Path(args.output)
    try:
        if out.suffix.lower() in (".html", ".htm"):
            out.write_text(_body(msg, "html"), encoding="utf-8")
        elif out.suffix.lower() == ".eml":
            out.write_bytes(bytes(msg))
        else:
            out.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise UserError(f"--output: {exc}") from None
    print(f"digest written to {out} (not sent)")
    return 0


def _body(msg: EmailMessage, subtype: str) -> str:
    part = msg.get_body((subtype,))
    if part is None:  # the digest templates write both parts; a custom one may not
        raise UserError(f"the digest has no {subtype} part")
    return str(part.get_content())


def cmd_remind(args: argparse.Namespace) -> int:
    from bot.handling import jobs

    app = open_app(args)
    if args.dry_run:
        from sqlmodel import Session

        with Session(app.engine) as session:
            due = jobs.scan(session, app.ctx, app.ctx.clock())
        for item in due:
            print(
                f"{item.kind:<10} {item.number:<22} -> {item.to_addr} "
                f"(step {item.step}, {item.days} working days)"
            )
        print(f"{len(due)} mail(s) due")
        return 0
    print(f"{jobs.run_reminders(app.engine, app.ctx)} reminder/escalation mail(s) queued")
    return 0


def cmd_reclassify(args: argparse.Namespace) -> int:
    from bot.db import session_scope
    from bot.handling.reclassify import ReclassifyError, reclassify

    app = open_app(args)
    kind = _norm(args.kind)
    try:
        with session_scope(app.engine) as session:
            number = reclassify(
                session,
                app.ctx,
                args.ref,
                kind=kind,
                actor=_actor(args).who,
                now=app.ctx.clock(),
                reason=args.reason or "",
            )
    except ReclassifyError as exc:
        raise UserError(str(exc)) from None
    print(f"{number}: now a {kind} (acknowledged and routed as such)")
    return 0


def register(add: AddCommand) -> None:
    """`add(name, func, help)` returns an argparse parser for a new sub-command."""

    def with_actor(sp: argparse.ArgumentParser) -> argparse.ArgumentParser:
        sp.add_argument("number", help="case number, e.g. PLT-2026-000123")
        sp.add_argument("--actor", help="who acts (default: $USER); recorded in the audit trail")
        return sp

    sp = with_actor(add("assign", cmd_assign, "give a case to a handler (sends the assignment)"))
    sp.add_argument("address")
    sp.add_argument("--note", help="a note for the new handler")

    sp = with_actor(
        add("answer", cmd_answer, "send the final answer (with the second line) and close the case")
    )
    sp.add_argument(
        "--outcome", required=True, help="founded | partly-founded | unfounded | no-judgement"
    )
    sp.add_argument(
        "--typology",
        help="behaviour | quality | processing | complaint-handling "
        "(required when founded or partly founded)",
    )
    sp.add_argument(
        "--resolved",
        choices=("yes", "no"),
        help="founded or partly founded: was it put right (Network indicator 7)",
    )
    text = sp.add_mutually_exclusive_group(required=True)
    text.add_argument("--text-file", help="UTF-8 file with the answer for the citizen")
    text.add_argument("--text", help="the answer for the citizen")

    sp = with_actor(
        add(
            "inadmissible",
            cmd_inadmissible,
            "close a complaint as inadmissible and tell the citizen where to go",
        )
    )
    sp.add_argument("reason", help=REASON_HELP)
    sp.add_argument("--text", help="explanation for the citizen")

    sp = with_actor(add("extend", cmd_extend, "extend the deadline once; the citizen is told"))
    sp.add_argument("days", type=int)
    sp.add_argument("--reason", required=True)

    sp = with_actor(add("wait", cmd_wait, "ask the citizen for details; the clock stops"))
    sp.add_argument("question")

    sp = with_actor(add("note", cmd_note, "add an internal note to a case"))
    sp.add_argument("text", nargs="+")

    sp = with_actor(add("category", cmd_category, "correct the category of a case (audited)"))
    sp.add_argument("category", help="a [categories] key, e.g. pensions")

    sp = with_actor(
        add(
            "second-line",
            cmd_second_line,
            "choose the second line the final answer names (audited)",
        )
    )
    sp.add_argument("body", help="federal_ombudsman | pensions_ombudsman | comite_p")

    sp = with_actor(add("close", cmd_close, "close a case without a mail"))
    sp.add_argument(
        "--outcome",
        help="withdrawn, resolved_before_assessment, answered_outside, "
        "redirected, or an answer outcome",
    )
    sp.add_argument("--reason")

    sp = with_actor(
        add(
            "admissible",
            cmd_admissible,
            "the complaint is admissible (stops the admissibility clock)",
        )
    )
    sp.add_argument("--note", help="an internal note")

    sp = with_actor(
        add(
            "escalate",
            cmd_escalate,
            "record that the case went further: second line, appeal or court (indicator 13)",
        )
    )
    sp.add_argument("--to", required=True, help=" | ".join(e.value for e in Escalation))
    sp.add_argument("--date", help="when it went further, YYYY-MM-DD (default: today)")

    sp = with_actor(
        add(
            "mark-test",
            cmd_mark_test,
            "a mystery-shopping test complaint: handled, but left out of every indicator",
        )
    )
    sp.add_argument("--undo", action="store_true", help="it was not a test after all")

    sp = with_actor(
        add(
            "request-type",
            cmd_request_type,
            "correct the request type counted in indicator 1 (audited)",
        )
    )
    sp.add_argument("type", help=" | ".join(RequestType) + " (aliases: info, signalement, thanks)")

    sp = with_actor(add("reopen", cmd_reopen, "reopen a forwarded appeal or information request"))
    sp.add_argument("--reason")

    sp = add(
        "register",
        cmd_register,
        "register a complaint received by letter, phone or at the counter "
        "(numbered, acknowledged, routed and chased like a mail)",
    )
    sp.add_argument(
        "--channel", required=True, help=" | ".join(c.value for c in REGISTERED_CHANNELS)
    )
    sp.add_argument("--origin", default="citizen", help=" | ".join(o.value for o in Origin))
    sp.add_argument("--language", required=True, help="fr | nl | de | en")
    sp.add_argument("--from", dest="sender", required=True, help="the complainant's mail address")
    sp.add_argument("--name", help="the complainant's name")
    sp.add_argument("--subject", required=True)
    sp.add_argument("--text-file", required=True, help="UTF-8 file with the complaint's text")
    sp.add_argument(
        "--mailbox", metavar="ID", help="the [[mailboxes]] id it is for; default: the first"
    )
    sp.add_argument(
        "--outside-procedure",
        action="store_true",
        help="lodged outside the standard complaint procedure (Network indicator 2)",
    )
    sp.add_argument("--actor", help="who registers it (default: $USER)")

    sp = add("digest", cmd_digest, "the coordinator digest (--dry-run: write it, do not send)")
    sp.add_argument("--dry-run", action="store_true")
    sp.add_argument(
        "--output", help=".txt, .html or .eml file to write it to; nothing is sent (as --dry-run)"
    )
    sp.add_argument("--coordinator", help="with --dry-run: the address it is written for")
    sp.add_argument(
        "--mailbox",
        metavar="ID",
        help="only this [[mailboxes]] id's digest; default: every mailbox's (--dry-run: the "
        "first's)",
    )

    sp = add(
        "reclassify",
        cmd_reclassify,
        "correct the kind: rescue filed mail (#LEDGER-ID) as a case, or change a case's kind",
    )
    sp.add_argument("ref", help="case number, or #ID of a filed message (digest review section)")
    sp.add_argument("--kind", required=True, help=" | ".join(CITIZEN_KINDS))
    sp.add_argument("--reason", help="why (kept in the audit trail)")
    sp.add_argument("--actor", help="who acts (default: $USER); recorded in the audit trail")

    sp = add("remind", cmd_remind, "run the reminder and escalation scan once")
    sp.add_argument("--dry-run", action="store_true", help="list what is due, queue nothing")
