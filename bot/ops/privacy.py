"""Personal data that expires (GDPR): retention, a person's export, a person's erasure.

Anonymising a case removes what identifies or describes a person — sender address and name,
subjects, message texts (the raw mails), attachments, the letters we wrote (drafts and bytes),
free text in the audit trail — and keeps what the yearly report and the audit need: number,
kind, status, dates, channel, language, category, service, outcome, typology, escalation,
event types and who on our side acted. Every indicator (bot.reports.indicators) reads only
kept columns, so a report computed after anonymisation is the one computed before.

Every run is audited in `privacy_request` (the person as a SHA-256 of the address).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, cast

from sqlalchemy import case as sql_case
from sqlalchemy import delete, exists, func, or_, select, update
from sqlalchemy.engine import CursorResult, Engine, Result
from sqlmodel import Session, col

from bot.models import (
    Attachment,
    Case,
    CaseEvent,
    InboundMessage,
    Outbox,
    PrivacyRequest,
    RawBlob,
)
from bot.settings import Settings

ANON = "anonymised"  # replaces addresses and names; not an address, so it never matches one
TEXT = "[anonymised]"
# Audit-trail detail keys whose string values are codes, not free text: kept.
CODE_KEYS = frozenset(
    {
        "outcome",
        "typology",
        "kind",
        "category",
        "status",
        "channel",
        "language",
        "step",
        "escalated_to",
        "inadmissible_reason",
        "purpose",
        "verb",
        "due_at",
        "due_day",
        "days",
        "key",
        "second_line",
        "service",
        "assignee",
    }
)
BATCH = 500


def subject_hash(address: str) -> str:
    return hashlib.sha256(address.strip().lower().encode()).hexdigest()


def _rows(result: Result[Any]) -> int:
    """Rows an UPDATE or DELETE touched."""
    return cast(CursorResult[Any], result).rowcount or 0


def _scrub(value: Any, key: str | None = None) -> Any:
    """Free text out of a JSON value; numbers, booleans, dates and codes kept."""
    if isinstance(value, dict):
        return {k: _scrub(v, k) for k, v in value.items()}
    if isinstance(value, list):
        return [_scrub(v, key) for v in value]
    if isinstance(value, str) and key not in CODE_KEYS:
        return TEXT if value else value
    return value


def _rule_hits(hits: list | None) -> list | None:
    # Rule name, kind and weight stay (the action plan counts recurring rules); the reason
    # may quote the citizen's words.
    if not hits:
        return hits
    return [{k: v for k, v in h.items() if k != "reason"} for h in hits if isinstance(h, dict)]


@dataclass
class Erased:
    cases: int = 0
    messages: int = 0
    raw_mails: int = 0
    attachments: int = 0
    outgoing: int = 0
    events: int = 0
    numbers: list[str] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {
            "cases": self.cases,
            "messages": self.messages,
            "raw_mails": self.raw_mails,
            "attachments": self.attachments,
            "outgoing": self.outgoing,
            "events": self.events,
        }


def anonymise_cases(session: Session, case_ids: list[int], result: Erased) -> None:
    """Anonymise these cases with their messages, attachments, letters and audit trail."""
    if not case_ids:
        return
    cases = session.execute(select(Case).where(col(Case.id).in_(case_ids))).scalars().all()
    for case in cases:
        case.sender, case.sender_name, case.subject = ANON, "", TEXT
        case.rule_hits = _rule_hits(case.rule_hits)
        case.pauses = _scrub(case.pauses) if case.pauses else case.pauses
        result.numbers.append(case.number)
    result.cases += len(cases)
    inbound_ids = list(
        session.execute(
            select(col(InboundMessage.id)).where(col(InboundMessage.case_id).in_(case_ids))
        ).scalars()
    )
    anonymise_messages(session, inbound_ids, result)
    result.outgoing += _anonymise_outbox(session, col(Outbox.case_id).in_(case_ids))
    events = session.execute(
        select(CaseEvent).where(col(CaseEvent.case_id).in_(case_ids))
    ).scalars()
    for event in events:
        if event.detail:
            event.detail = _scrub(event.detail)
        if "@" in event.actor and event.channel in ("mail", "form"):
            event.actor = ANON  # the citizen writing in; staff actors stay (accountability)
        result.events += 1


def anonymise_messages(session: Session, inbound_ids: list[int], result: Erased) -> None:
    """Sender, subject, Message-ID, decision text, attachments and raw bytes of messages."""
    if not inbound_ids:
        return
    msgs = session.execute(
        select(InboundMessage).where(col(InboundMessage.id).in_(inbound_ids))
    ).scalars()
    hashes = set()
    for msg in msgs:
        msg.from_addr, msg.subject, msg.message_id = ANON, TEXT, None
        msg.fingerprint, msg.last_error = None, None
        if msg.decision:
            msg.decision = {"kind": msg.decision.get("kind")} if msg.decision.get("kind") else None
        hashes.add(msg.sha256)
        result.messages += 1
    result.attachments += _rows(
        session.execute(
            update(Attachment)
            .where(col(Attachment.inbound_id).in_(inbound_ids))
            .values(filename=TEXT, data=None, sha256=None, skipped=ANON)
        )
    )
    session.flush()
    # Raw bytes are stored once per SHA-256: delete them unless a message we keep shares them.
    for sha in hashes:
        still_needed = session.execute(
            select(
                exists().where(
                    col(InboundMessage.sha256) == sha, col(InboundMessage.from_addr) != ANON
                )
            )
        ).scalar()
        if not still_needed:
            result.raw_mails += _rows(
                session.execute(delete(RawBlob).where(col(RawBlob.sha256) == sha))
            )


def _anonymise_outbox(session: Session, where: Any) -> int:
    # A mail still waiting is never sent once its addressee is gone: it becomes suppressed.
    status = sql_case((col(Outbox.status) == "pending", "suppressed"), else_=col(Outbox.status))
    return _rows(
        session.execute(
            update(Outbox)
            .where(where)
            .values(
                to_addr=ANON,
                to_mailbox=None,
                subject=TEXT,
                draft=None,
                raw=None,
                last_error=None,
                status=status,
            )
        )
    )


def _months_before(now: datetime, months: int) -> datetime:
    year, month = divmod(now.year * 12 + now.month - 1 - months, 12)
    day = min(now.day, 28)  # every month has a 28th: a cutoff a day or three early is fine
    return now.replace(year=year, month=month + 1, day=day)


def run_retention(engine: Engine, settings: Settings, now: datetime) -> Erased:
    """The daily job: closed cases past their kind's retention, and old filed mail."""
    p = settings.privacy
    result = Erased()
    for kind, months in p.retention_months.items():
        cutoff = _months_before(now, months)
        while True:
            with Session(engine) as session:
                ids = list(
                    session.execute(
                        select(col(Case.id))
                        .where(
                            col(Case.kind) == kind,
                            col(Case.status) == "closed",
                            col(Case.closed_at) < cutoff,
                            col(Case.sender) != ANON,
                        )
                        .limit(BATCH)
                    ).scalars()
                )
                if not ids:
                    break
                anonymise_cases(session, ids, result)
                session.commit()
    cutoff = _months_before(now, p.filed_months)
    while True:
        with Session(engine) as session:
            ids = list(
                session.execute(
                    select(col(InboundMessage.id))
                    .where(
                        col(InboundMessage.outcome) == "filed",
                        col(InboundMessage.case_id).is_(None),
                        col(InboundMessage.received_at) < cutoff,
                        col(InboundMessage.from_addr) != ANON,
                    )
                    .limit(BATCH)
                ).scalars()
            )
            if not ids:
                break
            anonymise_messages(session, ids, result)
            result.outgoing += _anonymise_outbox(session, col(Outbox.inbound_id).in_(ids))
            session.commit()
    with Session(engine) as session:
        _audit(session, "retention", None, "bot", "scheduler", now, result.as_json())
        session.commit()
    return result


def _audit(
    session: Session,
    action: str,
    address: str | None,
    actor: str,
    channel: str,
    now: datetime,
    detail: dict[str, Any],
) -> None:
    session.add(
        PrivacyRequest(
            at=now,
            action=action,
            subject_sha256=subject_hash(address) if address else None,
            actor=actor,
            channel=channel,
            detail=detail,
        )
    )


# -- a person's data -----------------------------------------------------------------------
def _person(address: str) -> tuple[str, Any, Any, Any]:
    addr = address.strip().lower()
    return (
        addr,
        func.lower(col(Case.sender)) == addr,
        func.lower(col(InboundMessage.from_addr)) == addr,
        func.lower(col(Outbox.to_addr)) == addr,
    )


def _ts(value: datetime | None) -> str | None:
    if value is None:
        return None
    return (value if value.tzinfo else value.replace(tzinfo=UTC)).isoformat()


def _row(obj: Any, skip: Iterable[str] = ()) -> dict[str, Any]:
    out = {}
    for key, value in obj.model_dump().items():
        if key in skip:
            continue
        out[key] = _ts(value) if isinstance(value, datetime) else value
    return out


def export(
    engine: Engine, address: str, folder: Path, *, actor: str, now: datetime
) -> dict[str, int]:
    """Everything held about `address` into `folder`: data.json and raw/<id>.eml."""
    addr, case_is, msg_is, out_is = _person(address)
    folder.mkdir(parents=True, exist_ok=True)
    raw_dir = folder / "raw"
    raw_dir.mkdir(exist_ok=True)
    with Session(engine) as session:
        cases = session.execute(select(Case).where(case_is).order_by(col(Case.id))).scalars().all()
        case_ids = [c.id for c in cases]
        msgs = (
            session.execute(
                select(InboundMessage)
                .where(or_(msg_is, col(InboundMessage.case_id).in_(case_ids)))
                .order_by(col(InboundMessage.id))
            )
            .scalars()
            .all()
        )
        msg_ids = [m.id for m in msgs]
        atts = session.execute(
            select(Attachment).where(col(Attachment.inbound_id).in_(msg_ids))
        ).scalars()
        outbox = (
            session.execute(
                select(Outbox)
                .where(or_(out_is, col(Outbox.case_id).in_(case_ids)))
                .order_by(col(Outbox.id))
            )
            .scalars()
            .all()
        )
        events = (
            session.execute(
                select(CaseEvent)
                .where(col(CaseEvent.case_id).in_(case_ids))
                .order_by(col(CaseEvent.id))
            )
            .scalars()
            .all()
        )
        raw_files = 0
        for m in msgs:
            blob = session.get(RawBlob, m.sha256)
            if blob is not None:
                (raw_dir / f"{m.id}.eml").write_bytes(blob.data)
                raw_files += 1
        for o in outbox:
            if o.raw:
                (raw_dir / f"sent-{o.id}.eml").write_bytes(o.raw)
                raw_files += 1
        data = {
            "subject": addr,
            "exported_at": _ts(now),
            "cases": [_row(c) for c in cases],
            "messages": [_row(m) for m in msgs],
            "attachments": [_row(a, skip=("data",)) for a in atts],
            "outgoing": [_row(o, skip=("raw",)) for o in outbox],
            "events": [_row(e) for e in events],
        }
        counts = {
            "cases": len(cases),
            "messages": len(msgs),
            "outgoing": len(outbox),
            "events": len(events),
            "raw_files": raw_files,
        }
        (folder / "data.json").write_text(
            json.dumps(data, ensure_ascii=False, indent=2, default=str), encoding="utf-8"
        )
        _audit(session, "export", addr, actor, "cli", now, counts)
        for c in cases:
            session.add(
                CaseEvent(
                    case_id=c.id,
                    at=now,
                    type="privacy_export",
                    actor=actor,
                    channel="cli",
                    detail={},
                )
            )
        session.commit()
    return counts


def held(engine: Engine, address: str) -> dict[str, int]:
    """What `erase` would anonymise (for the confirmation)."""
    _addr, case_is, msg_is, out_is = _person(address)
    with Session(engine) as session:
        return {
            "cases": session.execute(select(func.count()).where(case_is)).scalar_one(),
            "messages": session.execute(select(func.count()).where(msg_is)).scalar_one(),
            "outgoing": session.execute(select(func.count()).where(out_is)).scalar_one(),
        }


def erase(engine: Engine, address: str, *, actor: str, now: datetime) -> Erased:
    """Anonymise now every case of `address`, every message from and mail to it."""
    addr, case_is, msg_is, out_is = _person(address)
    result = Erased()
    with Session(engine) as session:
        case_ids = list(session.execute(select(col(Case.id)).where(case_is)).scalars())
        anonymise_cases(session, case_ids, result)
        msg_ids = list(session.execute(select(col(InboundMessage.id)).where(msg_is)).scalars())
        anonymise_messages(session, msg_ids, result)
        result.outgoing += _anonymise_outbox(session, out_is)
        for case_id in case_ids:
            session.add(
                CaseEvent(
                    case_id=case_id, at=now, type="privacy_erased", actor=actor, channel="cli"
                )
            )
        _audit(session, "erase", addr, actor, "cli", now, result.as_json())
        session.commit()
    return result
