"""Where intake hands over to case handling; called by bot.pipeline.steps in its transaction."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlmodel import Session

    from bot.mail import ParsedMail
    from bot.models import Case, InboundMessage
    from bot.pipeline.context import Context


def handler_reply(session: Session, ctx: Context, inbound: InboundMessage, mail: ParsedMail) -> bool:
    """True when `mail` is a handler's answer to an assignment mail (and was dealt with)."""
    return False


def new_case(
    session: Session, ctx: Context, *, case: Case, mail: ParsedMail, inbound: InboundMessage
) -> None:
    """A case was just opened and acknowledged: route and assign it."""
