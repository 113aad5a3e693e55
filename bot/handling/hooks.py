"""Where intake hands over to case handling: bot.handling's side of bot.pipeline.hooks.

The composition root (bot.app) puts these functions into the pipeline's `CaseHooks`; the
pipeline calls them in its transaction (a handler's reply, a new case to route, a citizen's
follow-up, the per-citizen cap on assignment mails, the answer deadline of a new case, a
filed bounce or abuse report).
"""

from __future__ import annotations

from typing import Any

from sqlmodel import Session

from bot.commands.tokens import ReplyAddress
from bot.context import Context
from bot.handling import actions, flood, letters, mailcmd, routing, sender_auth
from bot.handling.settings import DeadlineRule
from bot.mail import ParsedMail
from bot.models import Case, InboundMessage
from bot.outbox import suppression
from bot.outbox.enqueue import OutMail
from bot.settings import Settings
from bot.vocab import HANDLED_KINDS


def reply_target(ctx: Context, mail: ParsedMail) -> ReplyAddress | None:
    """The reply address `mail` was sent to (To/Cc/Delivered-To/X-Original-To), if any: then
    it is a handler's reply, not a citizen's mail. Any served mailbox's reply address counts:
    aliases may deliver one mailbox's replies to another's account ([[mailboxes]])."""
    for box in (ctx, *(other for other in ctx.boxes.values() if other is not ctx)):
        found = mailcmd.reply_target(box.settings, mail)
        if found is not None:
            return found
    return None


def handler_reply(
    session: Session,
    ctx: Context,
    inbound: InboundMessage,
    mail: ParsedMail,
    target: ReplyAddress,
) -> None:
    """Apply the handler's commands, or refuse and record them. The message is then filed.
    Who may command a case, and the letters it causes, are its mailbox's."""
    case = session.get(Case, target.case_id)
    mailcmd.handle(session, ctx.for_mailbox(case.mailbox) if case else ctx, inbound, mail, target)


def new_case(
    session: Session, ctx: Context, case: Case, mail: ParsedMail, inbound: InboundMessage
) -> tuple[dict[str, Any], OutMail] | None:
    """A case was just opened (it has its id): route it. The assignment to write, if any:
    (event detail, mail to the handler); bot.pipeline.cases writes them with the batch."""
    if case.kind not in HANDLED_KINDS:
        return None
    r = routing.route(ctx.settings, case.category)
    case.service = r.service
    if not r.assignee:
        return None
    address = r.assignee.strip().lower()
    if "@" not in address:
        raise actions.ActionError(f"{address!r} is not a mail address")
    return actions.assignment(
        session,
        ctx,
        case,
        address,
        actor=actions.Actor("bot", "mail", inbound.id),
        now=ctx.clock(),
        note="",
        rule=r.rule,
        mail=mail,
        inbound=inbound,
        nth=1,
    )


def citizen_replied(
    session: Session, ctx: Context, case: Case, inbound: InboundMessage, mail: ParsedMail
) -> None:
    """A follow-up from the citizen on `case`: a stopped clock restarts and due_at moves, and
    the message goes to whoever must act on it (see bot.handling.letters.citizen_reply).

    The pipeline calls this in place of setting `case.status = "open"` itself. The follow-up
    may have come in through another mailbox ([[mailboxes]]): the case's own mailbox's staff,
    coordinators and letters handle it, never the receiving mailbox's.
    """
    ctx = ctx.for_mailbox(case.mailbox)
    now = ctx.clock()
    actions.resume(
        session,
        ctx,
        case,
        actor=actions.Actor(case.sender or "citizen", "mail", inbound.id),
        now=now,
    )
    letters.citizen_reply(session, ctx, case, inbound=inbound, mail=mail, now=now)


def cap_assignments(
    session: Session, ctx: Context, assigned: list[tuple[Case, OutMail]]
) -> list[OutMail]:
    """The assignment mails of a batch, those past the per-citizen cap held (see
    bot.handling.flood); bot.pipeline.cases calls it once per batch."""
    return flood.cap_assignments(session, ctx, assigned, ctx.clock())


def answer_deadline(settings: Settings, kind: str, category: str) -> DeadlineRule:
    """[handling].deadlines for the kind and category, else [deadlines]."""
    return routing.answer_deadline(settings, kind=kind, category=category)


def report_filed(session: Session, ctx: Context, inbound: InboundMessage) -> int:
    """A bounce or abuse report was filed: list the addresses it reports
    (bot.outbox.suppression), an abuse report only when it comes from a feedback loop we
    registered with and the mail system proves it (bot.handling.sender_auth)."""

    def reporter(raw: bytes) -> str | None:
        verdict = sender_auth.feedback_reporter(ctx.settings, raw)
        return None if verdict.ok else verdict.reason

    return suppression.report_filed(session, ctx, inbound, reporter=reporter)
