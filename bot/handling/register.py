"""`complaintbot register`: a complaint that came by letter, by phone or at the counter.

The coordinator types it in; it is then numbered, routed, acknowledged by mail and chased
like a mail (circular 23289, criterion 3: every complaint is registered with a unique number,
whatever its channel). Its text is kept as a mail in the ledger, so `show`, the assignment
and the audit trail work as for any other case.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

from sqlmodel import Session

from bot.handling.actions import ActionError, Actor, record
from bot.intake import ledger
from bot.intake.parse import parse
from bot.mail import RawMail
from bot.models import Case, InboundMessage
from bot.pipeline.cases import NewCase, open_cases
from bot.pipeline.hooks import PipelineContext as Context
from bot.pipeline.steps import decision_json
from bot.vocab import REGISTERED_CHANNELS, Kind, Origin


def register(
    session: Session,
    ctx: Context,
    *,
    channel: str,
    origin: str,
    language: str,
    sender: str,
    sender_name: str,
    subject: str,
    text: str,
    standard_procedure: bool,
    actor: Actor,
    now: datetime,
) -> Case:
    """Open the complaint in the caller's transaction; ActionError says what is wrong."""
    if channel not in {c.value for c in REGISTERED_CHANNELS}:
        choices = ", ".join(c.value for c in REGISTERED_CHANNELS)
        raise ActionError(f"--channel: one of {choices}, not {channel!r}")
    if origin not in {o.value for o in Origin}:
        raise ActionError(f"--origin: one of {', '.join(o.value for o in Origin)}, not {origin!r}")
    if language not in ctx.settings.organisation.languages:
        known = ", ".join(ctx.settings.organisation.languages)
        raise ActionError(f"--language: one of {known}, not {language!r}")
    sender = sender.strip().lower()
    if "@" not in sender:
        raise ActionError(
            f"--from: {sender!r} is not a mail address (the acknowledgement goes there)"
        )
    if not text.strip():
        raise ActionError("the complaint's text is empty")
    raw = _as_mail(
        ctx, sender=sender, name=sender_name, subject=subject, text=text, channel=channel, now=now
    )
    taken = ledger.take(
        session,
        RawMail(source=f"{channel}:{actor.who}", raw=raw, received_at=now),
        channel=channel,
        mailbox=ctx.settings.mailbox,
    )
    inbound = session.get(InboundMessage, taken.inbound_id)
    assert inbound is not None
    mail = parse(raw)
    # The rules still choose the category (and so the service); the kind and the language
    # are what the coordinator says.
    found = ctx.classifier.classify(mail)
    decision = replace(found, kind=Kind.COMPLAINT.value, language=language, refers_to=None)
    inbound.status, inbound.processed_at = "done", now
    inbound.kind, inbound.decision = Kind.COMPLAINT.value, decision_json(decision)
    (case,) = open_cases(
        session,
        ctx,
        [NewCase(inbound, mail, decision, origin=origin, standard_procedure=standard_procedure)],
    )
    record(
        session,
        case,
        "registered",
        actor,
        now,
        {"channel": channel, "origin": origin, "standard_procedure": standard_procedure},
    )
    return case


def _as_mail(
    ctx: Context, *, sender: str, name: str, subject: str, text: str, channel: str, now: datetime
) -> bytes:
    msg = EmailMessage()
    msg["From"] = f"{name} <{sender}>" if name else sender
    msg["Subject"] = subject
    msg["Date"] = format_datetime(now)
    msg["Message-ID"] = make_msgid(channel, domain=ctx.settings.organisation.domain)
    msg["X-Complaintbot-Channel"] = channel
    msg.set_content(text)
    return msg.as_bytes()
