"""Handler mail commands: a reply to an assignment mail's signed plus-address acts on the case.

Checks, in order, before anything changes (each failure is a refusal: the message is filed,
a `command_refused` event is written when the case is known, and a mail saying why goes to
the sender only when it is a staff address the configuration knows): the From line is one
plain address (bot.handling.sender_auth.strict_from); the case exists; the reply address is
the case's own mailbox's ([[mailboxes]]); the HMAC key is configured; the token is valid, not
expired, and issued for this case to the sender or to the case's assignee; the sender is
allowed for the case (assignee, its members, the route's addresses, coordinators); the mail
system proved the sender (handling.command_auth: Authentication-Results of a trusted gateway,
or DKIM checked here); the case is open; the commands parse; every action is possible (a
failing action rolls back the whole mail).
Automatic replies (out-of-office, bounces) to a reply address are filed without an answer.
"""

from __future__ import annotations

import logging
from datetime import datetime
from email.utils import getaddresses

from sqlmodel import Session

from bot.commands.parse import (
    Admissible,
    Answer,
    Assign,
    Command,
    CommandError,
    Escalate,
    Extend,
    Inadmissible,
    Kind,
    Note,
    SetCategory,
    SetRequestType,
    SetSecondLine,
    Wait,
    parse_commands,
)
from bot.commands.tokens import ReplyAddress, TokenCheck, parse_reply_address, verify_token
from bot.context import Context
from bot.errors import Params
from bot.handling import actions, letters, refusals, sender_auth
from bot.handling.actions import ActionError, Actor
from bot.handling.routing import allowed_senders, is_staff, reply_mailbox
from bot.mail import ParsedMail
from bot.models import Case, InboundMessage, RawBlob
from bot.outbox import contexts
from bot.outbox.enqueue import enqueue_mail
from bot.outbox.headers import LOOP_HEADER
from bot.settings import Settings
from bot.vocab import DONE_STATUSES

log = logging.getLogger(__name__)

_ADDRESS_HEADERS = ("to", "cc", "delivered-to", "x-original-to", "envelope-to")
# Run order inside one mail: bookkeeping first, the decision that may close the case last.
# #kind first: an #assign or #answer in the same mail acts on the case as reclassified.
_ORDER = {
    Kind: -1,
    Note: 0,
    Admissible: 0,
    Escalate: 0,
    SetCategory: 1,
    SetSecondLine: 1,
    SetRequestType: 1,
    Assign: 1,
    Extend: 2,
    Wait: 3,
    Inadmissible: 3,
    Answer: 3,
}
# What may still be said of a case that is closed: it went further, or a note.
_AFTER_CLOSING = (Note, Escalate, SetRequestType)


def reply_target(settings: Settings, mail: ParsedMail) -> ReplyAddress | None:
    """The (case id, token) of the first reply address among the recipient headers."""
    hs = settings.handling
    mailbox = reply_mailbox(settings)
    values: list[str] = [*mail.to, *mail.cc]
    for name in _ADDRESS_HEADERS:
        values.extend(mail.headers.get(name, ()))
    # Most mail is not a reply to us: a cheap look for "<local part><separator>" first.
    marker = mailbox.rpartition("@")[0].lower() + hs.plus_separator
    if not any(marker in v.lower() for v in values):
        return None
    for _, addr in getaddresses(values):
        found = parse_reply_address(addr, mailbox=mailbox, separator=hs.plus_separator)
        if found is not None:
            return found
    return None


def _automatic(mail: ParsedMail) -> str | None:
    """Why the mail is machine-made (RFC 3834 Auto-Submitted, DSN, Precedence), else None."""
    auto = (mail.header("auto-submitted") or "no").strip().lower()
    if not auto.startswith("no"):
        return f"Auto-Submitted: {auto}"
    if mail.report_type or mail.content_type == "multipart/report":
        return "delivery report"
    if (mail.header("precedence") or "").strip().lower() in ("bulk", "junk", "list", "auto_reply"):
        return "Precedence: " + (mail.header("precedence") or "")
    if mail.header("x-autoreply") or mail.header("x-autorespond"):
        return "auto-reply header"
    if mail.header(LOOP_HEADER):
        return "our own mail came back"
    return None


def handle(
    session: Session, ctx: Context, inbound: InboundMessage, mail: ParsedMail, target: ReplyAddress
) -> None:
    """Deal with a mail sent to a reply address: accept and apply, or refuse. Never raises
    for a bad command; the message always ends filed."""
    now = ctx.clock()
    s = ctx.settings
    hs = s.handling
    sender, why_from = sender_auth.strict_from(mail.headers.get("from", ()))
    case = session.get(Case, target.case_id)
    inbound.outcome = "filed"
    inbound.kind = "handler_command"
    inbound.case_id = case.id if case else None

    why_auto = _automatic(mail)
    if why_auto:
        inbound.kind = "auto_reply"
        inbound.filed_reason = f"automatic mail to a reply address ({why_auto})"[:200]
        return

    def refuse(
        code: str,
        reason: str,
        detail: str | None = None,
        params: Params | None = None,
        line: int | None = None,
    ) -> None:
        explained = refusals.explain(detail, params or {}, line)
        _refuse(
            session,
            ctx,
            inbound,
            mail,
            case,
            code=code,
            reason=reason,
            detail=explained,
            sender=sender,
        )

    if sender is None or sender != (mail.from_addr or "").lower():
        # Nobody to answer: who sent it is exactly what is unclear.
        return refuse("ambiguous_from", why_from or "the From line could not be read")
    if case is None:
        return refuse(
            "unknown_case",
            f"there is no case with id {target.case_id}",
            "unknown_case",
            {"case_id": target.case_id},
        )
    if reply_target(s, mail) != target:
        # Another mailbox's reply address with this case's token ([[mailboxes]]): never one we
        # issued; the case's letters give its own mailbox's address.
        return refuse(
            "wrong_mailbox",
            f"case {case.number} is a case of mailbox {case.mailbox}; "
            "reply to the address of a mail about it",
        )
    key = letters.hmac_key(s)
    if key is None:
        return refuse(
            "not_configured",
            "mail commands are not configured on this server (no signing key); ask the coordinator",
        )
    check = _verify(key, target, case, sender, now, hs.token_max_age_days)
    if not check.ok:
        return refuse(f"token_{check.status.value}", check.reason)
    if sender not in allowed_senders(s, category=case.category, assignee=case.assignee):
        return refuse(
            "sender_not_allowed",
            f"{sender or 'the sender'} may not act on case {case.number}; "
            f"it is assigned to {case.assignee or 'nobody'}",
            "assigned_to" if case.assignee else "unassigned",
            {"number": case.number, "assignee": case.assignee or ""},
        )
    blob = session.get(RawBlob, inbound.sha256)
    verdict = sender_auth.check(s, blob.data if blob else b"", sender)
    if not verdict.ok:
        return refuse(
            "sender_not_proved",
            f"the mail system did not prove that {sender} sent this mail ({verdict.reason})",
        )
    try:
        commands = parse_commands(
            mail.text,
            max_extension_days=s.deadlines.max_extension_days,
            require_typology_when_founded=hs.require_typology,
        )
    except CommandError as exc:
        if case.status in DONE_STATUSES:
            return refuse("case_closed", f"case {case.number} is already {case.status}")
        return refuse(exc.code, str(exc), exc.detail, exc.params, exc.line)
    if case.status in DONE_STATUSES and not (
        commands and all(isinstance(c, _AFTER_CLOSING) for c in commands)
    ):
        return refuse("case_closed", f"case {case.number} is already {case.status}")
    if not commands:
        return refuse("no_command", "your reply has no command on its first line")

    actor = Actor(sender, "mail", inbound.id)
    done: list[dict[str, str]] = []
    try:
        with session.begin_nested():
            for command in sorted(commands, key=lambda c: _ORDER[type(c)]):
                done.append(_apply(session, ctx, case, command, actor, now))
    except ActionError as exc:
        session.refresh(case)
        return refuse("action_refused", str(exc), exc.detail, exc.params)
    verbs = ", ".join(d["verb"] for d in done)
    inbound.filed_reason = f"commands: {verbs} (sender: {verdict.reason})"[:200]
    enqueue_mail(
        session,
        letters.staff_mail(
            ctx,
            purpose="command_done",
            key=f"command_done:{inbound.id}",
            to_addr=sender,
            now=now,
            case=case,
            in_reply_to=mail.message_id,
            inbound_id=inbound.id,
            # Staff mail to a proved staff sender: never held back by the flood brake, which
            # forged refusals could otherwise use up (issue 12 point 2).
            automatic=False,
            context=contexts.CommandDone(
                case_number=case.number,
                due_date=letters.due_day(ctx, case),
                done=done,
                status=case.status,
            ),
        ),
        now,
    )


def _verify(
    key: bytes,
    target: ReplyAddress,
    case: Case,
    sender: str,
    now: datetime,
    max_age: int,
) -> TokenCheck:
    """The token must have been issued to the sender, or to the case's assignee (a member of
    a service answering for the service address)."""
    assert case.id is not None
    first = verify_token(
        target.token,
        key=key,
        case_id=case.id,
        handler=sender or "unknown@invalid",
        now=now,
        max_age_days=max_age,
    )
    if first.ok or first.status.value != "wrong_handler" or not case.assignee:
        return first
    second = verify_token(
        target.token, key=key, case_id=case.id, handler=case.assignee, now=now, max_age_days=max_age
    )
    return second if second.ok or second.status.value != "wrong_handler" else first


def _apply(
    session: Session, ctx: Context, case: Case, command: Command, actor: Actor, now: datetime
) -> dict[str, str]:
    if isinstance(command, Note):
        actions.note(session, ctx, case, text=command.text, actor=actor, now=now)
        return {"verb": "note", "detail": command.text[:200]}
    if isinstance(command, SetCategory):
        actions.set_category(session, ctx, case, name=command.name, actor=actor, now=now)
        return {"verb": "category", "detail": command.name}
    if isinstance(command, SetRequestType):
        word = str(command.request_type)
        actions.set_request_type(session, ctx, case, word=word, actor=actor, now=now)
        return {"verb": "type", "detail": word}
    if isinstance(command, SetSecondLine):
        actions.set_second_line(session, ctx, case, key=command.key, actor=actor, now=now)
        return {"verb": "second-line", "detail": command.key}
    if isinstance(command, Assign):
        actions.assign(
            session,
            ctx,
            case,
            command.address,
            actor=actor,
            now=now,
            note=command.text,
            rule=f"#assign by {actor.who}",
        )
        return {"verb": "assign", "detail": command.address}
    if isinstance(command, Extend):
        actions.extend(
            session, ctx, case, days=command.days, reason=command.reason, actor=actor, now=now
        )
        return {"verb": "extend", "detail": f"{command.days} ({command.reason[:150]})"}
    if isinstance(command, Wait):
        actions.wait(session, ctx, case, question=command.text, actor=actor, now=now)
        return {"verb": "wait", "detail": command.text[:200]}
    if isinstance(command, Inadmissible):
        actions.inadmissible(
            session, ctx, case, reason=command.reason.value, text=command.text, actor=actor, now=now
        )
        return {"verb": "inadmissible", "detail": command.reason.value}
    if isinstance(command, Answer):
        actions.answer(
            session,
            ctx,
            case,
            outcome=command.outcome.value,
            typology=command.typology.value if command.typology else None,
            text=command.text,
            actor=actor,
            now=now,
            resolved=command.resolved,
        )
        typology = f" / {command.typology.value}" if command.typology else ""
        detail = command.outcome.value + typology
        return {"verb": "answer", "detail": detail}
    if isinstance(command, Admissible):
        actions.admissible(session, ctx, case, note=command.text, actor=actor, now=now)
        return {"verb": "admissible", "detail": command.text[:200]}
    if isinstance(command, Kind):
        actions.reclassify(
            session, ctx, case, kind=command.kind, reason=command.text, actor=actor, now=now
        )
        return {"verb": "kind", "detail": command.kind}
    if isinstance(command, Escalate):
        actions.escalate(session, ctx, case, to=command.to.value, actor=actor, now=now)
        return {"verb": "escalate", "detail": command.to.value}
    raise ActionError(f"#{command.verb} is not supported")  # pragma: no cover


def _refuse(
    session: Session,
    ctx: Context,
    inbound: InboundMessage,
    mail: ParsedMail,
    case: Case | None,
    *,
    code: str,
    reason: str,
    detail: dict[str, str],
    sender: str | None,
) -> None:
    """Record the refusal; mail it only to a staff address the configuration knows, read from
    an unambiguous From line (never backscatter to a forged third party). Refusals stay
    automatic mails, so the daily brake bounds how many a forger can cause."""
    now = ctx.clock()
    claimed = (mail.from_addr or "").lower()
    inbound.kind = "command_refused"
    inbound.filed_reason = f"{code}: {reason}"[:200]
    log.warning("handler command refused (%s) from %r: %s", code, claimed, reason)
    if case is not None:
        actions.record(
            session,
            case,
            "command_refused",
            Actor(sender or "unknown", "mail", inbound.id),
            now,
            {"code": code, "reason": reason, "from": claimed, "subject": mail.subject[:200]},
        )
    if not sender or sender == ctx.settings.smtp.from_address.lower():
        return
    if not is_staff(ctx.settings, sender):
        log.warning("no refusal mail to %s: not an address the configuration knows", sender)
        return
    try:
        enqueue_mail(
            session,
            letters.staff_mail(
                ctx,
                purpose="command_refused",
                key=f"command_refused:{inbound.id}",
                to_addr=sender,
                now=now,
                case=case,
                in_reply_to=mail.message_id,
                inbound_id=inbound.id,
                automatic=True,
                context=contexts.CommandRefused(
                    case_number=case.number if case else "—",
                    code=code,
                    detail=detail,
                    command_lines=refusals.command_lines(),
                ),
            ),
            now,
        )
    except ValueError as exc:  # an address we cannot write to: recorded above, nothing sent
        log.warning("no refusal mail to %r: %s", sender, exc)
