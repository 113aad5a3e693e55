"""Where intake hands over to case handling; called by bot.pipeline.steps in its transaction."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlmodel import Session

    from bot.commands.tokens import ReplyAddress
    from bot.mail import ParsedMail
    from bot.models import Case, InboundMessage
    from bot.outbox.enqueue import OutMail
    from bot.pipeline.context import Context

# Kinds a handler works on; appeals and information requests are forwarded by the pipeline.
HANDLED_KINDS = frozenset({"complaint"})


def reply_target(ctx: Context, mail: ParsedMail) -> ReplyAddress | None:
    """The reply address `mail` was sent to (To/Cc/Delivered-To/X-Original-To), if any: then
    it is a handler's reply, not a citizen's mail."""
    from bot.handling import mailcmd

    return mailcmd.reply_target(ctx.settings, mail)


def handler_reply(
    session: Session,
    ctx: Context,
    inbound: InboundMessage,
    mail: ParsedMail,
    target: ReplyAddress,
) -> None:
    """Apply the handler's commands, or refuse and record them. The message is then filed."""
    from bot.handling import mailcmd

    mailcmd.handle(session, ctx, inbound, mail, target)


def new_case(
    session: Session, ctx: Context, *, case: Case, mail: ParsedMail, inbound: InboundMessage
) -> tuple[dict[str, Any], OutMail] | None:
    """A case was just opened (it has its id): route it. The assignment to write, if any:
    (event detail, mail to the handler); bot.pipeline.cases writes them with the batch."""
    from bot.handling import actions
    from bot.handling.routing import route

    if case.kind not in HANDLED_KINDS:
        return None
    r = route(ctx.settings, case.category)
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


def cap_assignments(
    session: Session, ctx: Context, assigned: list[tuple[Case, OutMail]]
) -> list[OutMail]:
    """The assignment mails of a batch, those past the per-citizen cap held (see
    bot.handling.flood); bot.pipeline.cases calls it once per batch."""
    from bot.handling import flood

    return flood.cap_assignments(session, ctx, assigned, ctx.clock())


def citizen_replied(
    session: Session, ctx: Context, *, case: Case, inbound: InboundMessage, mail: ParsedMail
) -> None:
    """A follow-up from the citizen on `case`: a stopped clock restarts and due_at moves, and
    the message goes to whoever must act on it (see bot.handling.letters.citizen_reply).

    The pipeline calls this in place of setting `case.status = "open"` itself.
    """
    from bot.handling import actions, letters

    now = ctx.clock()
    actions.resume(
        session,
        ctx,
        case,
        actor=actions.Actor(case.sender or "citizen", "mail", inbound.id),
        now=now,
    )
    letters.citizen_reply(session, ctx, case, inbound=inbound, mail=mail, now=now)
