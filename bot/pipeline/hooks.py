"""What the pipeline asks of case handling, stated here so the pipeline imports nothing above it.

The pipeline numbers, acknowledges and files; what a handler does with a case is not its
business. Where the two meet (a handler's reply, a new case to route, a citizen's follow-up,
the answer deadline of a new case, a filed bounce) the pipeline calls `ctx.hooks`, a
`CaseHooks` of functions that the composition root (bot.app) puts into the `PipelineContext`
(filled with bot.handling.hooks).
All hooks run inside the pipeline's transaction and may write to `session`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlmodel import Session

from bot.context import Context
from bot.handling.settings import DeadlineRule
from bot.mail import ParsedMail
from bot.models import Case, InboundMessage
from bot.outbox.enqueue import OutMail
from bot.settings import Settings

# (event detail, mail to the handler) of an assignment, written by the pipeline with the batch.
Assignment = tuple[dict[str, Any], OutMail]


@dataclass(frozen=True)
class CaseHooks:
    """Case handling as the pipeline sees it; every hook is called with positional arguments."""

    # (ctx, mail) -> the reply address `mail` was sent to, if any: then it is a handler's reply.
    reply_target: Callable[[Context, ParsedMail], object | None]
    # (session, ctx, inbound, mail, reply address) -> apply or refuse the handler's commands;
    # the message is then filed.
    handler_reply: Callable[[Session, Context, InboundMessage, ParsedMail, Any], None]
    # (session, ctx, case, mail, inbound) -> a case was just opened (it has its id): route it;
    # the assignment to write, if any. Called with autoflush off (bot.pipeline.cases): its
    # reads see the database as the batch's insert left it, not the other new cases' routing.
    new_case: Callable[[Session, Context, Case, ParsedMail, InboundMessage], Assignment | None]
    # (session, ctx, case, inbound, mail) -> a follow-up from the citizen on `case`, in place of
    # setting its status here.
    citizen_replied: Callable[[Session, Context, Case, InboundMessage, ParsedMail], None]
    # (session, ctx, [(case, assignment mail)]) -> the assignment mails of a batch of new cases,
    # in order, each possibly marked held (OutMail.held) so that one citizen cannot bury a
    # handler in mail.
    cap_assignments: Callable[[Session, Context, list[tuple[Case, OutMail]]], list[OutMail]]
    # (settings, kind, category) -> the answer deadline of a new case, before its
    # acknowledgement is written.
    answer_deadline: Callable[[Settings, str, str], DeadlineRule]
    # (session, ctx, inbound) -> a bounce or an abuse report (kind "bounce") was just filed:
    # remember the addresses it reports (bot.outbox.suppression; an abuse report only from a
    # proved feedback loop, about a mail we sent). Calling it twice for the
    # same message changes nothing.
    report_filed: Callable[[Session, Context, InboundMessage], object]


@dataclass
class PipelineContext(Context):
    """The application context plus the hooks the pipeline calls; built by bot.app."""

    hooks: CaseHooks = field(kw_only=True)
