"""Where intake hands over to case handling; called by bot.pipeline.steps in its transaction."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlmodel import Session

    from bot.mail import ParsedMail
    from bot.models import Case, InboundMessage
    from bot.pipeline.context import Context

# Kinds a handler works on; appeals and information requests are forwarded by the pipeline.
HANDLED_KINDS = frozenset({"complaint"})


def handler_reply(
    session: Session, ctx: Context, inbound: InboundMessage, mail: ParsedMail
) -> bool:
    """True when `mail` was sent to a reply address (To/Cc/Delivered-To/X-Original-To) and was
    dealt with: commands applied, or refused and recorded. The message is then filed."""
    from bot.handling import mailcmd

    target = mailcmd.reply_target(ctx.settings, mail)
    if target is None:
        return False
    mailcmd.handle(session, ctx, inbound, mail, target)
    return True


def new_case(
    session: Session, ctx: Context, *, case: Case, mail: ParsedMail, inbound: InboundMessage
) -> None:
    """A case was just opened and acknowledged: route it and send the assignment mail."""
    from bot.handling import actions
    from bot.handling.routing import route

    if case.kind not in HANDLED_KINDS:
        return
    r = route(ctx.settings, case.category)
    case.service = r.service
    if r.assignee:
        actions.assign(
            session, ctx, case, r.assignee, actor=actions.Actor("bot", "mail", inbound.id),
            now=ctx.clock(), rule=r.rule, mail=mail, inbound=inbound,
        )


def citizen_replied(session: Session, ctx: Context, *, case: Case, inbound: InboundMessage) -> None:
    """A follow-up from the citizen on `case`: a stopped clock restarts and due_at moves.

    The pipeline calls this in place of setting `case.status = "open"` itself.
    """
    from bot.handling import actions

    actions.resume(
        session, ctx, case, actor=actions.Actor(case.sender or "citizen", "mail", inbound.id),
        now=ctx.clock(),
    )
