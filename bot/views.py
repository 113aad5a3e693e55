"""Read-only views of the database for the command line: list, show, stats, quarantine."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func
from sqlmodel import Session, col, select

from bot.models import Attachment, Case, CaseEvent, InboundMessage, Outbox


def local(ts: datetime | None, tz: ZoneInfo) -> str | None:
    """UTC in the database, Europe/Brussels (the configured zone) on screen."""
    return ts.astimezone(tz).isoformat(timespec="seconds") if ts else None


def case_row(case: Case, tz: ZoneInfo) -> dict[str, Any]:
    return {
        "number": case.number,
        "kind": case.kind,
        "request_type": case.request_type,
        "status": case.status,
        "language": case.language,
        "category": case.category,
        "sender": case.sender,
        "received_at": local(case.received_at, tz),
        "due_at": local(case.due_at, tz),
        "assignee": case.assignee,
        "needs_review": case.needs_review,
        "mailbox": case.mailbox,  # the [[mailboxes]] id it came in through
    }


def list_cases(
    session: Session, tz: ZoneInfo, *, status: str | None = None, mailbox: str | None = None
) -> Iterator[dict[str, Any]]:
    query = select(Case).order_by(col(Case.id))
    if status:
        query = query.where(Case.status == status)
    if mailbox:
        query = query.where(Case.mailbox == mailbox)
    for case in session.execute(query.execution_options(yield_per=500)).scalars():
        yield case_row(case, tz)


def stats(session: Session, mailbox: str | None = None) -> dict[str, int]:
    """Counts that must add up: messages = cases + follow_ups + filed + quarantined (+ pending).

    `mailbox`: the messages of that [[mailboxes]] entry, and the mail about its cases."""
    by_outcome = select(InboundMessage.outcome, func.count()).group_by(InboundMessage.outcome)
    by_status = select(Outbox.status, func.count()).group_by(Outbox.status)
    if mailbox:
        by_outcome = by_outcome.where(InboundMessage.mailbox == mailbox)
        by_status = by_status.join(Case, col(Case.id) == Outbox.case_id).where(
            Case.mailbox == mailbox
        )
    outcomes = dict(session.execute(by_outcome).all())
    outbox = dict(session.execute(by_status).all())
    return {
        "messages": sum(outcomes.values()),
        "cases": outcomes.get("case", 0),
        "follow_ups": outcomes.get("follow_up", 0),
        "filed": outcomes.get("filed", 0),
        "quarantined": outcomes.get("quarantined", 0),
        "pending": outcomes.get(None, 0),
        "outbox_pending": outbox.get("pending", 0),
        "outbox_sent": outbox.get("sent", 0),
        "outbox_failed": outbox.get("failed", 0),
        "outbox_suppressed": outbox.get("suppressed", 0),
    }


def show_case(session: Session, number: str, tz: ZoneInfo) -> dict[str, Any] | None:
    case = session.execute(select(Case).where(Case.number == number.upper())).scalar()
    if case is None:
        return None
    data = case_row(case, tz)
    data.update(
        subject=case.subject,
        sender_name=case.sender_name,
        channel=case.channel,
        outcome=case.outcome,
        typology=case.typology,
        closed_at=local(case.closed_at, tz),
        rule_hits=case.rule_hits or [],
        # The lifecycle the yearly report counts (Network indicators 2, 3, 4, 7, 9, 13).
        origin=case.origin,
        standard_procedure=case.standard_procedure,
        acknowledged_at=local(case.acknowledged_at, tz),
        admissible=case.admissible,
        admissibility_due_at=local(case.admissibility_due_at, tz),
        inadmissible_reason=case.inadmissible_reason,
        answered_at=local(case.answered_at, tz),
        answered_in_time=case.answered_in_time,
        resolved=case.resolved,
        escalated_to=case.escalated_to,
        test=case.test,
    )
    messages = session.execute(
        select(InboundMessage)
        .where(InboundMessage.case_id == case.id)
        .order_by(col(InboundMessage.id))
    ).scalars()
    data["messages"] = []
    for m in messages:
        atts = session.execute(
            select(Attachment.filename, Attachment.size, Attachment.skipped).where(
                Attachment.inbound_id == m.id
            )
        ).all()
        data["messages"].append(
            {
                "id": m.id,
                "received_at": local(m.received_at, tz),
                "from": m.from_addr,
                "subject": m.subject,
                "outcome": m.outcome,
                "kind": m.kind,
                "message_id": m.message_id,
                "attachments": [{"filename": f, "size": s, "skipped": k} for f, s, k in atts],
            }
        )
    data["events"] = [
        {
            "at": local(e.at, tz),
            "type": e.type,
            "actor": e.actor,
            "channel": e.channel,
            "detail": e.detail,
        }
        for e in session.execute(
            select(CaseEvent).where(CaseEvent.case_id == case.id).order_by(col(CaseEvent.id))
        ).scalars()
    ]
    data["outbox"] = [
        {
            "purpose": o.purpose,
            "to": o.to_addr,
            "status": o.status,
            "subject": o.subject,
            "attempts": o.attempts,
            "last_error": o.last_error,
            "sent_at": local(o.sent_at, tz),
        }
        for o in session.execute(
            select(Outbox).where(Outbox.case_id == case.id).order_by(col(Outbox.id))
        ).scalars()
    ]
    return data


def quarantined(session: Session, tz: ZoneInfo) -> Iterator[dict[str, Any]]:
    rows = session.execute(
        select(InboundMessage)
        .where(InboundMessage.status == "quarantined")
        .order_by(col(InboundMessage.id))
    ).scalars()
    for m in rows:
        yield {
            "id": m.id,
            "received_at": local(m.received_at, tz),
            "from": m.from_addr,
            "subject": m.subject,
            "attempts": m.attempts,
            "reason": m.last_error,
            "size": m.size,
            "sha256": m.sha256,
        }
