"""What the pipeline asks of case handling, stated here so the pipeline imports nothing above it.

The pipeline numbers, acknowledges and files; what a handler does with a case is not its
business. Where the two meet (a handler's reply, a new case to route, a citizen's follow-up,
the answer deadline of a new case) the pipeline calls `ctx.hooks`, an object of this shape that
the composition root (bot.app) puts into the `PipelineContext` (bot.handling.hooks in the bot).
All hooks run inside the pipeline's transaction and may write to `session`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol, TypeVar

from sqlmodel import Session

from bot.context import Context
from bot.handling.settings import DeadlineRule
from bot.mail import ParsedMail
from bot.models import Case, InboundMessage
from bot.outbox.enqueue import OutMail
from bot.settings import Settings

Target = TypeVar("Target")

# (event detail, mail to the handler) of an assignment, written by the pipeline with the batch.
Assignment = tuple[dict[str, Any], OutMail]


class CaseHooks(Protocol[Target]):
    """Case handling as the pipeline sees it. `Target` is the handler's reply address."""

    def reply_target(self, ctx: Context, mail: ParsedMail) -> Target | None:
        """The reply address `mail` was sent to, if any: then it is a handler's reply."""
        ...

    def handler_reply(
        self,
        session: Session,
        ctx: Context,
        inbound: InboundMessage,
        mail: ParsedMail,
        target: Target,
    ) -> None:
        """Apply (or refuse and record) the handler's commands; the message is then filed."""
        ...

    def new_case(
        self,
        session: Session,
        ctx: Context,
        *,
        case: Case,
        mail: ParsedMail,
        inbound: InboundMessage,
    ) -> Assignment | None:
        """A case was just opened (it has its id): route it; the assignment to write, if any."""
        ...

    def citizen_replied(
        self,
        session: Session,
        ctx: Context,
        *,
        case: Case,
        inbound: InboundMessage,
        mail: ParsedMail,
    ) -> None:
        """A follow-up from the citizen on `case` (in place of setting its status here)."""
        ...

    def cap_assignments(
        self, session: Session, ctx: Context, assigned: list[tuple[Case, OutMail]]
    ) -> list[OutMail]:
        """The assignment mails of a batch of new cases, in order, each possibly marked held
        (OutMail.held) so that one citizen cannot bury a handler in mail."""
        ...

    def answer_deadline(self, settings: Settings, *, kind: str, category: str) -> DeadlineRule:
        """The answer deadline of a new case, before its acknowledgement is written."""
        ...


@dataclass
class PipelineContext(Context):
    """The application context plus the hooks the pipeline calls; built by bot.app."""

    hooks: CaseHooks[Any] = field(kw_only=True)
