"""One message's way through the pipeline: parse -> de-duplicate -> classify -> thread -> act.

`handle` runs inside the caller's savepoint: it either completes every database change for the
message (events, outbox rows, ledger outcome) or raises and leaves nothing behind. A new case
waits in the chunk's `Batch` (bot.pipeline.cases) and is opened with the others, in the same
savepoint.
"""

from __future__ import annotations

import hashlib
import re

from sqlmodel import Session, col, select

from bot.events import add_events, event_row
from bot.intake.parse import ParseError, parse
from bot.mail import Decision, ParsedMail, RuleHit, mailbox_key
from bot.models import Attachment, Case, InboundMessage, Outbox
from bot.pipeline.cases import Batch, NewCase
from bot.pipeline.hooks import PipelineContext
from bot.vocab import SILENT_KINDS, Kind

_WS = re.compile(r"\s+")


def fingerprint(mail: ParsedMail) -> str:
    """Same Message-ID, sender and text: a resend of the same mail (issue 2, point 10).

    Two different mails that share a Message-ID (broken mailers) differ in text or sender.
    """
    text = _WS.sub(" ", mail.text).strip().lower()
    key = "\x00".join([mail.message_id or "", mail.from_addr, mail.subject.strip(), text])
    return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()


def _store_attachments(session: Session, inbound_id: int, mail: ParsedMail) -> None:
    for att in mail.attachments:
        session.add(
            Attachment(
                inbound_id=inbound_id,
                filename=att.filename,
                content_type=att.content_type[:255],
                size=att.size,
                sha256=hashlib.sha256(att.data).hexdigest() if att.data is not None else None,
                data=att.data,
                skipped=att.skipped,
            )
        )


def _hit_json(hit: RuleHit) -> dict:
    return {"rule": hit.rule, "kind": hit.kind, "weight": hit.weight, "reason": hit.reason}


def decision_json(decision: Decision) -> dict:
    # By hand rather than dataclasses.asdict: this runs for every message and asdict deep-copies.
    return {
        "kind": decision.kind,
        "language": decision.language,
        "category": decision.category,
        "needs_review": decision.needs_review,
        "refers_to": decision.refers_to,
        "request_type": decision.request_type,
        "hits": [_hit_json(h) for h in decision.hits],
    }


def _find_case(
    session: Session, ctx: PipelineContext, mail: ParsedMail, decision: Decision
) -> Case | None:
    """The case a message refers to: a reply to a mail we sent, or a (valid) quoted number."""
    case, _ = _find_case_how(session, ctx, mail, decision)
    return case


def _find_case_how(
    session: Session, ctx: PipelineContext, mail: ParsedMail, decision: Decision
) -> tuple[Case | None, str]:
    """(case, "thread" | "number"): found through a Message-ID of ours (unguessable, keyed),
    or only through a quoted case number, which anyone can write (numbers are sequential)."""
    ids = [i for i in (mail.in_reply_to, *mail.references) if i]
    if ids:
        case_id = session.execute(
            select(Outbox.case_id).where(col(Outbox.message_id).in_(ids)).limit(1)
        ).scalar()
        if case_id is not None:
            return session.get(Case, case_id), "thread"
    candidates = [decision.refers_to] if decision.refers_to else []
    # Any served mailbox's numbers: a citizen may write to another mailbox of the instance.
    formats = dict.fromkeys([ctx.numbers, *(box.numbers for box in ctx.boxes.values())])
    candidates += [
        m.number
        for fmt in formats
        for m in fmt.find(f"{mail.subject}\n{mail.text}")
        if m.check_ok is not False
    ]
    for number in candidates:
        case = session.execute(select(Case).where(Case.number == number)).scalar()
        if case is not None:
            return case, "number"
    return None, ""


def _quotes_another_mailbox(ctx: PipelineContext, mail: ParsedMail) -> bool:
    """Whether the mail quotes a case number of another served mailbox ([[mailboxes]]), which
    this mailbox's classifier does not know: then it is looked up like any quoted number."""
    text = f"{mail.subject}\n{mail.text}"
    return any(box.numbers.find(text) for box in ctx.boxes.values() if box.numbers != ctx.numbers)


def same_citizen(case: Case, sender: str) -> bool:
    """The sender writes from the case's citizen's mailbox (+tag and letter case ignored)."""
    return bool(case.sender and sender) and mailbox_key(case.sender) == mailbox_key(sender)


def read(ctx: PipelineContext, raw: bytes) -> ParsedMail:
    """The parsed message; ParseError when it is too big or cannot be parsed at all."""
    s = ctx.settings.storage
    if len(raw) > s.max_message_bytes:
        raise ParseError(
            f"message of {len(raw)} bytes is over storage.max_message_bytes "
            f"({s.max_message_bytes}); kept raw for a person to handle"
        )
    return parse(
        raw, max_attachment_bytes=s.max_attachment_bytes, max_attachments=s.max_attachments
    )


def handled_fingerprints(
    session: Session, fingerprints: set[str], exclude: list[int]
) -> dict[str, tuple[int, int | None]]:
    """fingerprint -> (ledger id, case id) of messages handled before (one query per chunk)."""
    if not fingerprints:
        return {}
    rows = session.execute(
        select(InboundMessage.fingerprint, InboundMessage.id, InboundMessage.case_id).where(
            col(InboundMessage.fingerprint).in_(sorted(fingerprints)),
            col(InboundMessage.id).not_in(exclude),
        )
    ).all()
    known: dict[str, tuple[int, int | None]] = {}
    for fp, iid, case_id in rows:
        known.setdefault(fp, (iid, case_id))
    return known


def handle(
    session: Session, ctx: PipelineContext, inbound: InboundMessage, mail: ParsedMail, batch: Batch
) -> None:
    """Decide what `mail` is and act on it. A new case is left in `batch`, opened with the
    others of the chunk; everything else is written here."""
    assert inbound.id is not None
    inbound.message_id = mail.message_id
    inbound.from_addr = mail.from_addr[:320]
    inbound.subject = mail.subject[:998]
    inbound.fingerprint = fingerprint(mail)
    _store_attachments(session, inbound.id, mail)

    target = ctx.hooks.reply_target(ctx, mail)
    if target is not None:
        batch.flush()  # the command may name a case opened a moment ago
        ctx.hooks.handler_reply(session, ctx, inbound, mail, target)
        return

    earlier = batch.earlier(inbound)
    if earlier is not None:
        earlier_id, earlier_case = earlier
        _file(
            inbound,
            kind="duplicate",
            reason=f"resend of message #{earlier_id}",
            case_id=earlier_case,
        )
        if earlier_case is not None:
            _event(session, ctx, earlier_case, "resend_received", inbound, {})
        return

    decision = ctx.classifier.classify(mail)
    if inbound.channel == "form" and decision.kind in SILENT_KINDS:
        decision = _from_a_person(decision)
    inbound.kind = decision.kind
    inbound.decision = decision_json(decision)

    if decision.kind in SILENT_KINDS:
        case = None
        if decision.refers_to:
            batch.flush()
            case = _find_case(session, ctx, mail, decision)
        _file(
            inbound, kind=decision.kind, reason=_reason(decision), case_id=case.id if case else None
        )
        if decision.kind == Kind.BOUNCE:
            ctx.hooks.report_filed(session, ctx, inbound)
        if case is not None:
            _event(session, ctx, case.id, f"{decision.kind}_received", inbound, {})
            if decision.kind == "bounce":
                # The citizen did not get our mail: a person has to find another way.
                case.needs_review = True
        return

    if (
        decision.kind == "follow_up"
        or decision.refers_to
        or mail.in_reply_to
        or _quotes_another_mailbox(ctx, mail)
    ):
        batch.flush()
        case, how = _find_case_how(session, ctx, mail, decision)
        if case is not None and how == "number" and not same_citizen(case, mail.from_addr):
            # Someone else quotes this citizen's number: never filed under her name, never
            # restarting her clock; a new case of its own that names the other, for review
            # (issue 12 point 3).
            decision = Decision(
                kind=Kind.COMPLAINT if decision.kind == Kind.FOLLOW_UP else decision.kind,
                language=decision.language,
                category=decision.category,
                needs_review=True,
                refers_to=case.number,
                hits=decision.hits,
            )
            inbound.kind = decision.kind
            inbound.decision = decision_json(decision)
            batch.add(NewCase(inbound, mail, decision))
            return
        if case is not None:
            inbound.outcome, inbound.case_id = "follow_up", case.id
            _event(session, ctx, case.id, "follow_up", inbound, {"rules": inbound.decision["hits"]})
            # The citizen answered: a stopped deadline clock runs again.
            ctx.hooks.citizen_replied(session, ctx, case, inbound, mail)
            return
        if decision.kind == "follow_up":
            # Quotes a number we do not know (or a mistyped one): never drop it.
            decision = Decision(
                kind="complaint",
                language=decision.language,
                category=decision.category,
                needs_review=True,
                refers_to=decision.refers_to,
                hits=decision.hits,
            )
            inbound.kind = "complaint"
            inbound.decision = decision_json(decision)

    batch.add(NewCase(inbound, mail, decision))


def _from_a_person(decision: Decision) -> Decision:
    """A form submission is a person's mail by construction (CSRF, honeypot and rate limit
    stand in front of the form): never an auto-reply, a bounce or spam. It is a complaint (the
    form is the complaint form), flagged so that a person looks at why the rules thought
    otherwise (issue 11: a Dutch complaint from the form was filed as an auto-reply)."""
    hit = RuleHit(
        rule="channel.form",
        kind="complaint",
        weight=0.0,
        reason=f"sent through the complaint form (the rules said {decision.kind})",
    )
    return Decision(
        kind="complaint",
        language=decision.language,
        category=decision.category,
        needs_review=True,
        refers_to=decision.refers_to,
        hits=(hit, *decision.hits),
    )


def _reason(decision: Decision) -> str:
    return "; ".join(f"{h.rule}: {h.reason}" for h in decision.hits[:3])[:200]


def _file(inbound: InboundMessage, *, kind: str, reason: str, case_id: int | None) -> None:
    inbound.outcome = "filed"
    inbound.kind = kind
    inbound.filed_reason = reason[:200]
    inbound.case_id = case_id


def _event(
    session: Session,
    ctx: PipelineContext,
    case_id: int | None,
    type_: str,
    inbound: InboundMessage | None,
    detail: dict,
    *,
    actor: str = "bot",
    channel: str = "mail",
) -> None:
    assert case_id is not None  # a case read from the database
    row = event_row(
        case_id=case_id,
        type_=type_,
        at=ctx.clock(),
        actor=actor,
        channel=channel,
        inbound_id=inbound.id if inbound else None,
        detail=detail,
    )
    add_events(session, [row])
