"""Opening cases: numbers, case rows, events and mails, for a whole batch of new cases at once.

Intake collects the new cases of a chunk (see `Batch`) and opens them together: one counter
update takes all their numbers, one multi-row insert writes the cases, one the events, one
the outbox rows. Per case that is what one message used to cost in statements; the rows are
the same whether a batch holds one case or two hundred.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

from sqlalchemy import insert
from sqlmodel import Session

from bot.events import add_events, event_row
from bot.mail import Decision, ParsedMail
from bot.models import Case, InboundMessage
from bot.outbox.enqueue import OutMail, enqueue_many
from bot.pipeline import replies
from bot.pipeline.hooks import PipelineContext
from bot.pipeline.numbering import take_numbers
from bot.vocab import KIND_REQUEST_TYPE, CaseStatus, Channel, Kind, RequestType


@dataclass(slots=True)
class NewCase:
    inbound: InboundMessage
    mail: ParsedMail
    decision: Decision
    # Set for a complaint a coordinator registers by hand (bot.handling.register).
    origin: str | None = None
    standard_procedure: bool = True


IMPORTED = "import:"  # InboundMessage.source of mail read by `complaintbot import`


def received_at(item: NewCase, now: datetime) -> datetime:
    """When the request reached us: now, except for mail imported from an archive, which is
    dated by its own Date header, else by its newest Received header (never later than now).
    So a backfill is numbered, dated and counted in the year it really came in."""
    if not item.inbound.source.startswith(IMPORTED):
        return now
    at = item.mail.date or _newest_received(item.mail)
    if at is None or at > now:
        return now
    return at.astimezone(UTC)


def _newest_received(mail: ParsedMail) -> datetime | None:
    """The date of the topmost Received header that has a readable one (RFC 5321 §4.4)."""
    for value in mail.headers.get("received", ()):
        try:
            at = parsedate_to_datetime(value.rpartition(";")[2].strip())
        except (TypeError, ValueError, IndexError):
            continue
        return at if at.tzinfo else at.replace(tzinfo=UTC)
    return None


def is_history(item: NewCase) -> bool:
    """Archived mail imported as history: counted, never acknowledged, assigned or chased
    (`complaintbot import` without --acknowledge takes it in on the "import" channel)."""
    return item.inbound.channel == Channel.IMPORT


def citizen_address(ctx: PipelineContext, mail: ParsedMail) -> tuple[str, str]:
    """Who the complainant is: the sender; web-form notifications name the citizen (the
    form's e-mail field) in Reply-To; a mail forwarded by a configured trusted forwarder
    (intake.trusted_forwarders, one message/rfc822 part) comes from its inner sender. From
    anyone else an attached message is evidence only: its From line is whatever its author
    typed, and would otherwise choose who receives our letters (issue 12 point 5).
    """
    if mail.from_addr in ctx.classifier.form_senders and mail.reply_to:
        return mail.reply_to, ""
    if (
        len(mail.forwarded) == 1
        and mail.report_type is None
        and mail.forwarded[0].from_addr
        and ctx.settings.intake.trusts_forwarder(mail.from_addr)
    ):
        inner = mail.forwarded[0]
        return inner.from_addr, inner.from_name
    return mail.from_addr, mail.from_name


def admissibility_due(ctx: PipelineContext, kind: str, received: datetime) -> datetime | None:
    """When the admissibility of a complaint must be decided ([deadlines]); None otherwise."""
    if kind != Kind.COMPLAINT:
        return None
    d = ctx.settings.deadlines
    return ctx.calendar.add_days(received, d.admissibility_days, d.admissibility_unit)


def request_type_of_decision(decision: Decision) -> str | None:
    """Network indicator 1: what the classifier's thanks/suggestion rules recognised, else
    what the kind means (a complaint, an information request)."""
    if decision.request_type:
        return decision.request_type
    found = KIND_REQUEST_TYPE.get(decision.kind)
    return str(found) if found else None


def _case_row(ctx: PipelineContext, item: NewCase, *, year: int, seq: int, now: datetime) -> dict:
    """The case row; `now` is when the request reached us (see `received_at`)."""
    decision, mail = item.decision, item.mail
    rule = ctx.hooks.answer_deadline(ctx.settings, decision.kind, decision.category)
    sender, sender_name = citizen_address(ctx, mail)
    request_type = request_type_of_decision(decision)
    # A thank-you note is answered by its letter and needs nothing more: closed on arrival,
    # never assigned or chased (reopenable like any case). A suggestion is read by the
    # service, but it has no admissibility to decide.
    thanks = request_type == RequestType.OTHER
    typed = request_type not in (None, RequestType.COMPLAINT, RequestType.INFORMATION_REQUEST)
    return {
        "number": ctx.numbers.format(year, seq),
        "year": year,
        "seq": seq,
        "kind": decision.kind,
        "request_type": request_type,
        "status": CaseStatus.CLOSED if thanks else CaseStatus.OPEN,
        "closed_at": now if thanks else None,
        "channel": item.inbound.channel,
        "mailbox": ctx.settings.mailbox,
        "language": decision.language,
        "category": decision.category,
        "sender": sender[:320],
        "sender_name": sender_name[:400],
        "subject": mail.subject[:998],
        "received_at": now,
        "due_at": ctx.calendar.add_days(now, rule.answer_days, rule.answer_unit),
        "admissibility_due_at": None if typed else admissibility_due(ctx, decision.kind, now),
        "needs_review": decision.needs_review,
        "standard_procedure": item.standard_procedure,
        "origin": item.origin,
        "test": sender.lower() in {a.lower() for a in ctx.settings.reports.test_senders},
        "extension_days": 0,
        "rule_hits": item.inbound.decision["hits"] if item.inbound.decision else [],
    }


def open_cases(session: Session, ctx: PipelineContext, items: list[NewCase]) -> list[Case]:
    """Open a case for each item, in order: numbered, acknowledged, routed and assigned."""
    if not items:
        return []
    now = ctx.clock()
    whens = [received_at(item, now) for item in items]
    years = [when.astimezone(ctx.calendar.tz).year for when in whens]
    # Numbers per year, in order: an imported archive may span several years.
    wanted: dict[int, int] = {}
    for year in years:
        wanted[year] = wanted.get(year, 0) + 1
    counter = ctx.settings.number_counter
    following = {year: take_numbers(session, year, n, counter) for year, n in wanted.items()}
    rows = []
    for item, when, year in zip(items, whens, years, strict=True):
        rows.append(_case_row(ctx, item, year=year, seq=following[year], now=when))
        following[year] += 1
    # One multi-row insert that hands back the Case objects, in order, with their ids (needed
    # below for events and reply tokens); cheaper than building each object and flushing.
    cases = list(session.scalars(insert(Case).returning(Case, sort_by_parameter_order=True), rows))
    events: list[dict[str, Any]] = []
    mails: list[OutMail] = []
    to_handlers: list[tuple[Case, OutMail]] = []
    # Routing reads the database (a new case's attachments, its audit trail). With autoflush,
    # each read would first write the ledger row and the case changed just before it: two
    # single-row UPDATEs per case. What came before is written (the insert above flushed it);
    # what changes here is written with the batch's next statement, in a few executemany.
    with session.no_autoflush:
        for item, case, when in zip(items, cases, whens, strict=True):
            assert case.id is not None
            inbound, decision = item.inbound, item.decision
            inbound.outcome, inbound.case_id = "case", case.id
            created: dict[str, Any] = {
                "kind": decision.kind,
                "request_type": case.request_type,
                "category": decision.category,
                "language": decision.language,
                "needs_review": decision.needs_review,
            }
            if when != now:  # the audit trail dates the case as the report does; says when it came
                created["imported_at"] = now.isoformat()
            events.append(
                event_row(
                    case_id=case.id, type_="created", at=when, inbound_id=inbound.id, detail=created
                )
            )
            if is_history(item):
                continue  # history: not routed, assigned or acknowledged
            mails += replies.new_case_mails(
                ctx, case=case, mail=item.mail, inbound_id=inbound.id, now=now
            )
            if case.status == CaseStatus.CLOSED:  # a thank-you note: thanked, nothing to assign
                events.append(
                    event_row(
                        case_id=case.id,
                        type_="closed",
                        at=now,
                        actor="bot",
                        channel="mail",
                        inbound_id=inbound.id,
                        detail={"reason": "thanks", "request_type": case.request_type},
                    )
                )
                continue
            assigned = ctx.hooks.new_case(session, ctx, case, item.mail, inbound)
            if assigned is not None:
                detail, to_handler = assigned
                events.append(
                    event_row(
                        case_id=case.id,
                        type_="assigned",
                        at=now,
                        actor="bot",
                        channel="mail",
                        inbound_id=inbound.id,
                        detail=detail,
                    )
                )
                mails.append(to_handler)
                to_handlers.append((case, to_handler))
    if to_handlers:  # same rows, same order; over the per-citizen cap: held (handling.flood)
        capped = ctx.hooks.cap_assignments(session, ctx, to_handlers)
        by_id = {id(old): new for (_, old), new in zip(to_handlers, capped, strict=True)}
        mails = [by_id.get(id(m), m) for m in mails]
    stopped = set(enqueue_many(session, mails, now))
    if stopped:
        events += _unacknowledged(cases, mails, stopped, now)
    add_events(session, events)
    return cases


def _unacknowledged(
    cases: list[Case], mails: list[OutMail], stopped: set[str], now: datetime
) -> list[dict[str, Any]]:
    """Cases whose acknowledgement the daily brake held back: flagged for review (so they are
    listed in the coordinator's digest) with an event saying why. The brake protects against
    mail loops; a person who wrote a sixth complaint today must still be answered by someone
    (circular 23289, criterion 8: always acknowledge)."""
    by_id = {case.id: case for case in cases}
    events = []
    for mail in mails:
        case = by_id.get(mail.case_id)
        if mail.key not in stopped or not mail.purpose.startswith("ack_") or case is None:
            continue
        assert case.id is not None
        case.needs_review = True
        events.append(
            event_row(
                case_id=case.id,
                type_="acknowledgement_suppressed",
                at=now,
                inbound_id=mail.inbound_id,
                detail={"to": mail.to_addr, "reason": "daily limit of automatic mails"},
            )
        )
    return events


class Batch:
    """The new cases of a chunk waiting to be opened together, and the resends it has seen.

    Anything that reads cases or outbox rows (a follow-up, a handler's reply, a resend of a
    mail of this chunk) calls `flush` first, so it sees every case opened before it.
    """

    def __init__(
        self, session: Session, ctx: PipelineContext, known: dict[str, tuple[int, int | None]]
    ):
        self.session = session
        self.ctx = ctx
        self.pending: list[NewCase] = []
        # fingerprint -> (ledger id, case id) of handled messages: earlier runs, then this chunk
        self.known = known
        self.handled: dict[str, InboundMessage] = {}

    def add(self, item: NewCase) -> None:
        self.pending.append(item)

    def flush(self) -> None:
        """Open the waiting cases and write every pending change: what follows reads them."""
        if self.pending:
            items, self.pending = self.pending, []
            open_cases(self.session, self.ctx, items)
        self.session.flush()

    def earlier(self, inbound: InboundMessage) -> tuple[int, int | None] | None:
        """The message `inbound` resends (same fingerprint), if any: (ledger id, case id)."""
        fp = inbound.fingerprint
        assert fp is not None
        if fp in self.known:
            return self.known[fp]
        first = self.handled.setdefault(fp, inbound)
        if first is inbound:
            return None
        if first.outcome is None:  # still waiting here for its case: open it now
            self.flush()
        assert first.id is not None
        return first.id, first.case_id

    def forget(self, inbound: InboundMessage) -> None:
        """`inbound` was rolled back: it is no longer an earlier copy of anything."""
        if inbound.fingerprint and self.handled.get(inbound.fingerprint) is inbound:
            del self.handled[inbound.fingerprint]
        self.pending = [item for item in self.pending if item.inbound is not inbound]
