"""Mails of case handling: what they contain and how they are queued (outbox rows only)."""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import Any

from babel import Locale
from sqlalchemy import func
from sqlalchemy.orm import defer
from sqlmodel import Session, col, select

from bot.commands.tokens import TokenKeyError, key_from_env, make_token, reply_address
from bot.context import Context
from bot.filetypes import executable_kind
from bot.handling import refusals
from bot.handling.routing import coordinators, reply_mailbox
from bot.intake.parse import ParseError, parse
from bot.mail import ParsedMail, greeting_name
from bot.models import Attachment, Case, CaseEvent, InboundMessage, RawBlob
from bot.outbox import contexts
from bot.outbox.compose import compose
from bot.outbox.enqueue import OutMail, enqueue, enqueue_mail
from bot.outbox.headers import message_id_for, thread_secret, token_for
from bot.outbox.mime import StoredFile
from bot.pipeline.replies import category_label, reply_languages
from bot.settings import Settings
from bot.vocab import Language

log = logging.getLogger(__name__)

SECOND_LINE_EVENT = "second_line_set"  # audit event: a person chose the case's second line
MAX_CITIZEN_TEXT = 20_000

# Used when the configuration names no second line at all: the final answer ALWAYS names one
# (circular 23289, criterion 9; wording of framework §9.3).
_DEFAULT_SECOND_LINE: dict[str, Any] = {
    "name": {
        "fr": "le Médiateur fédéral",
        "nl": "de federale Ombudsman",
        "de": "der Föderale Ombudsmann",
        "en": "the Federal Ombudsman",
    },
    "text": {
        "fr": "Si vous n'êtes pas satisfait de notre réponse, vous pouvez vous adresser "
        "gratuitement au Médiateur fédéral, institution indépendante : www.mediateurfederal.be "
        "– 0800 99 961.",
        "nl": "Bent u niet tevreden met ons antwoord, dan kunt u zich kosteloos wenden tot de "
        "federale Ombudsman, een onafhankelijke instelling: www.federaalombudsman.be – "
        "0800 999 62.",
        "de": "Sind Sie mit unserer Antwort nicht zufrieden, können Sie sich kostenlos an den "
        "Föderalen Ombudsmann wenden, eine unabhängige Einrichtung: www.federalombudsman.be.",
        "en": "If you are not satisfied with our answer, you may contact the Federal Ombudsman, "
        "an independent institution, free of charge: www.federalombudsman.be.",
    },
    "url": "https://www.federalombudsman.be",
}

# C0/C1 controls except tab and newline, zero-width and bidirectional override characters.
_CONTROL = re.compile(
    r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069]"
)


def sanitise(text: str, limit: int = MAX_CITIZEN_TEXT) -> str:
    """Citizen text fit for a mail to staff: no control or bidi characters, no blank runs."""
    text = _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = re.sub(r"\n{3,}", "\n\n", text).strip()
    if len(text) > limit:
        text = text[:limit].rstrip() + "\n[…]"
    return text


def _full(mapping: Mapping[str, str]) -> dict[str, str]:
    """A {lang: text} dict with every language filled (fallback: fr, nl, then any)."""
    out: dict[str, str] = {}
    for lang in Language:
        out[lang] = next((mapping[c] for c in (lang, "fr", "nl", *mapping) if mapping.get(c)), "")
    return out


def second_line_key(settings: Settings, category: str | None, chosen: str | None = None) -> str:
    """The second line named for a case: the one a person chose (#second-line), else the
    category's proposal (categories[cat].second_line; unknown category: "other"), else the
    Federal Ombudsman, who covers every federal administration."""
    if chosen and (chosen in settings.second_line or not settings.second_line):
        return chosen
    cat = settings.categories.get(category or "") or settings.categories.get("other")
    return cat.second_line if cat else "federal_ombudsman"


def second_line(
    settings: Settings, category: str | None, chosen: str | None = None
) -> dict[str, Any]:
    """{key, name: {lang}, text: {lang}, url: {lang}, covers: {lang}} of the case's second line
    (circular 23289, criterion 9); a missing entry falls back to the Federal Ombudsman."""
    key = second_line_key(settings, category, chosen)
    entry = settings.second_line.get(key) or settings.second_line.get("federal_ombudsman")
    if entry is None:
        return {
            "key": "federal_ombudsman",
            "name": _full(_DEFAULT_SECOND_LINE["name"]),
            "text": _full(_DEFAULT_SECOND_LINE["text"]),
            "url": {lang: _DEFAULT_SECOND_LINE["url"] for lang in Language},
            "covers": {lang: "" for lang in Language},
        }
    if key not in settings.second_line:
        key = "federal_ombudsman"
    text = dict(entry.text) or {}
    for lang in Language:  # a language missing in the config: the built-in text, never nothing
        if not text.get(lang) and key == "federal_ombudsman":
            text[lang] = _DEFAULT_SECOND_LINE["text"][lang]
    return {
        "key": key,
        "name": _full(entry.name),
        "text": _full(text),
        "url": {lang: entry.url_for(lang) for lang in Language},
        "covers": _full(entry.covers) if entry.covers else {lang: "" for lang in Language},
    }


def chosen_second_line(session: Session, case: Case) -> str | None:
    """The second line a person set for the case (#second-line, CLI), from the audit trail:
    the latest "second_line_set" event; None while only the category proposes one."""
    if case.id is None:
        return None
    detail = session.execute(
        select(CaseEvent.detail)
        .where(CaseEvent.case_id == case.id, CaseEvent.type == SECOND_LINE_EVENT)
        .order_by(col(CaseEvent.id).desc())
        .limit(1)
    ).scalar()
    return (detail or {}).get("after") if isinstance(detail, dict) else None


def language_names(code: str | None) -> dict[str, str]:
    """{staff language: the name of the case's language in it} ("allemand", "Duits"), from
    Babel; "?" when the language is unknown."""
    return {
        str(lang): (Locale.parse(str(lang)).languages.get(code, code) if code else "?")
        for lang in Language
    }


def due_day(ctx: Context, case: Case) -> date | None:
    """The day the reasoned answer is due, in the calendar of the case's mailbox."""
    return ctx.for_mailbox(case.mailbox).calendar.local_date(case.due_at) if case.due_at else None


def first_inbound(session: Session, case: Case) -> InboundMessage | None:
    return session.execute(
        select(InboundMessage)
        .where(InboundMessage.case_id == case.id, InboundMessage.outcome == "case")
        .order_by(col(InboundMessage.id))
        .limit(1)
    ).scalar()


def citizen_mail(session: Session, case: Case) -> ParsedMail | None:
    """The citizen's first mail, parsed again from the stored raw bytes."""
    inbound = first_inbound(session, case)
    if inbound is None:
        return None
    blob = session.get(RawBlob, inbound.sha256)
    if blob is None:
        return None
    try:
        return parse(blob.data, max_attachment_bytes=0, max_attachments=0)
    except ParseError:
        return None


def _mid(settings: Settings, purpose: str, number: str | None, key: str) -> str:
    return message_id_for(
        purpose, number, token_for(key, thread_secret(settings)), settings.organisation.domain
    )


def to_citizen(
    session: Session,
    ctx: Context,
    case: Case,
    *,
    purpose: str,
    key: str,
    now: datetime,
    context: contexts.CitizenLetter,
) -> bool:
    """Queue a mail to the citizen in the case's language; False when it was queued before
    (same key) or when the case has no address to write to."""
    if not case.sender:
        return False
    ctx = ctx.for_mailbox(case.mailbox)  # the case's organisation, templates, From address
    s = ctx.settings
    first = first_inbound(session, case)
    parent = first.message_id if first else None
    message = compose(
        s,
        purpose,
        languages=reply_languages(ctx, case.language),
        context=context,
        to_addr=case.sender,
        to_name=greeting_name(case.sender_name),
        message_id=_mid(s, purpose, case.number, key),
        in_reply_to=parent,
        references=[parent] if parent else [],
        date=now,
    )
    row = enqueue(
        session,
        key=key,
        purpose=purpose,
        to_addr=case.sender,
        message=message,
        case_id=case.id,
        automatic=False,
        now=now,
    )
    return row is not None


_warned: set[str] = set()


def hmac_key(settings: Settings) -> bytes | None:
    try:
        return key_from_env(os.environ, settings.handling.hmac_key_env)
    except TokenKeyError as exc:
        if str(exc) not in _warned:  # once per process, not once per new case
            _warned.add(str(exc))
            log.warning("handler mail commands are off: %s", exc)
        return None


def reply_address_for(settings: Settings, case: Case, handler: str, now: datetime) -> str | None:
    """The signed plus-address a handler replies to; None without a usable HMAC key."""
    key = hmac_key(settings)
    if key is None or case.id is None:
        return None
    token = make_token(case.id, handler, key=key, issued=now)
    hs = settings.handling
    return reply_address(reply_mailbox(settings), case.id, token, separator=hs.plus_separator)


def staff_mail(
    ctx: Context,
    *,
    purpose: str,
    key: str,
    to_addr: str,
    now: datetime,
    context: contexts.Letter,
    case: Case | None = None,
    reply_to: str | None = None,
    in_reply_to: str | None = None,
    inbound_id: int | None = None,
    automatic: bool = False,
    attachments: list[Attachment] | None = None,
    languages: Sequence[str] | None = None,
) -> OutMail:
    """A mail to a handler or coordinator in [handling].staff_languages (or in `languages`,
    as the digest to a coordinator who reads one language); queue it with
    bot.outbox.enqueue.enqueue_mail (None there: it was queued before, same key).

    `attachments` (stored rows that have bytes, see `case_attachments`) are copied into the
    mail by id: the outbox worker reads their bytes when it builds the message; the outbox row
    only names them. A row without bytes by then fails that mail and flags the case.
    """
    if case is not None:
        ctx = ctx.for_mailbox(case.mailbox)  # the case's organisation, templates, From address
    s = ctx.settings
    hs = s.handling
    number = case.number if case else None
    files = [StoredFile(att.id) for att in attachments or () if att.id is not None]
    message = compose(
        s,
        purpose,
        languages=languages or hs.staff_languages,
        context=context,
        to_addr=to_addr,
        message_id=_mid(s, purpose, number, key),
        reply_to=reply_to,
        date=now,
        in_reply_to=in_reply_to,
        references=[in_reply_to] if in_reply_to else [],
        attachments=files,
    )
    return OutMail(
        key=key,
        purpose=purpose,
        to_addr=to_addr,
        message=message,
        case_id=case.id if case else None,
        inbound_id=inbound_id,
        automatic=automatic,
        limit_per_day=s.smtp.max_auto_replies_per_day,
    )


def citizen_reply(
    session: Session,
    ctx: Context,
    case: Case,
    *,
    inbound: InboundMessage,
    mail: ParsedMail,
    now: datetime,
) -> None:
    """Pass a citizen's follow-up on to the handler, with a fresh reply address, so that the
    answer to a `#wait` question (or any later word from the citizen) reaches the person
    working on the case. No handler, or the case is closed: the coordinators get it, and a
    closed case is flagged for review."""
    ctx = ctx.for_mailbox(case.mailbox)  # its coordinators, whichever mailbox the mail reached
    closed = case.status == "closed"
    if closed:
        case.needs_review = True
    targets = [case.assignee] if case.assignee and not closed else coordinators(ctx.settings)
    hs = ctx.settings.handling
    copied, listed = case_attachments(session, case, hs.max_attachment_bytes, first=inbound)
    for target in targets:
        reply_to = None if closed else reply_address_for(ctx.settings, case, target, now)
        context = contexts.CitizenReply(
            case_number=case.number,
            due_date=due_day(ctx, case),
            citizen_name=greeting_name(case.sender_name),
            sender=case.sender,
            subject=case.subject,
            citizen_text=sanitise(mail.text),
            attachments=listed,
            closed=closed,
            reply_address=reply_to or "",
            command_lines=refusals.command_lines(),
        )
        out = staff_mail(
            ctx,
            purpose="citizen_reply",
            key=f"citizen_reply:{inbound.id}:{target}",
            to_addr=target,
            now=now,
            context=context,
            case=case,
            reply_to=reply_to,
            inbound_id=inbound.id,
            attachments=copied,
        )
        enqueue_mail(session, out, now)


def case_attachments(
    session: Session,
    case: Case,
    budget: int,
    *,
    first: InboundMessage | None = None,
    hold_executables: bool = False,
) -> tuple[list[Attachment], list[dict]]:
    """(attachments to copy, description of every attachment) within `budget` bytes in total.

    The bytes are not loaded here (`data` is deferred): the outbox worker reads them by id.
    `first`: the case's first message when the caller has it (saves a query at intake).
    """
    first = first or first_inbound(session, case)
    if first is None:
        return [], []
    has_data = col(Attachment.data).is_not(None)
    head = func.substr(col(Attachment.data), 1, 8)  # enough to recognise a program
    rows = session.execute(
        select(Attachment, has_data, head)
        # SQLModel types the attribute as its value (bytes | None); defer() takes the ORM
        # attribute it is at run time.
        .options(defer(Attachment.data))  # type: ignore[arg-type]
        .where(Attachment.inbound_id == first.id)
        .order_by(col(Attachment.id))
    ).all()
    copied, listed, used = [], [], 0
    for att, stored, first_bytes in rows:
        program = executable_kind(att.filename, bytes(first_bytes) if first_bytes else None)
        held = bool(program) and hold_executables
        fits = bool(stored) and not held and used + att.size <= budget
        if fits:
            copied.append(att)
            used += att.size
        listed.append(
            {
                "filename": att.filename,
                "size": att.size,
                "attached": fits,
                "executable": program or "",  # flagged in the mail, in every staff language
                "held": held,
            }
        )
    return copied, listed


def assignment_context(
    session: Session,
    ctx: Context,
    case: Case,
    *,
    reply_to: str | None,
    rule: str,
    note: str,
    assigned_by: str,
    attachments: Sequence[Mapping[str, Any]],
    mail: ParsedMail | None = None,
) -> contexts.Assignment:
    hs = ctx.settings.handling
    mail = mail or citizen_mail(session, case)
    chosen = chosen_second_line(session, case)
    return contexts.Assignment(
        case_number=case.number,
        received_at=case.received_at,
        due_date=due_day(ctx, case),
        category_label=category_label(ctx, case),
        language=language_names(case.language),
        citizen_name=greeting_name(case.sender_name),
        sender=case.sender,
        subject=case.subject,
        citizen_text=sanitise(mail.text if mail else ""),
        attachments=attachments,
        note=note,
        assigned_by=assigned_by,
        route_rule=rule,
        rule_hits=[
            {"rule": h.get("rule", ""), "kind": h.get("kind") or "", "reason": h.get("reason", "")}
            for h in (case.rule_hits or [])
        ],
        reply_address=reply_to or "",
        token_max_age_days=hs.token_max_age_days,
        max_extension_days=ctx.settings.deadlines.max_extension_days,
        second_line_name=second_line(ctx.settings, case.category, chosen)["name"],
        second_line_chosen=bool(chosen),
        command_lines=refusals.command_lines(),
    )
