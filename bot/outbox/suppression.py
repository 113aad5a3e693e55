"""The suppression list: addresses that bounced hard or complained of abuse get no automatic
mail for a while ([smtp].suppression_days).

Found in the mail we take in: a delivery status notification (RFC 3464) whose recipient
failed with a permanent status (5.x.x), or an abuse report (ARF, RFC 5965, Feedback-Type
abuse) about our mail. A scan over newly processed messages (a watermark in `job_run`) reads
their raw bytes, so the intake pipeline needs no change. `enqueue` stores an automatic mail to
a listed address as "suppressed" (recorded on the case, never sent); mail a person sends
(answers, letters from the CLI) still goes out.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email import message_from_bytes, policy
from email.message import Message
from email.utils import getaddresses

from sqlalchemy import select
from sqlalchemy.engine import Engine
from sqlmodel import Session, col

from bot.models import InboundMessage, JobRun, RawBlob, Suppression

log = logging.getLogger(__name__)
HARD_BOUNCE, ABUSE = "hard_bounce", "abuse_complaint"
WATERMARK = "outbox.suppression_scan"
SCAN_BATCH = 500


@dataclass(frozen=True)
class Finding:
    address: str
    reason: str
    detail: str


def _addr(value: str) -> str | None:
    # "rfc822; user@example.org" (RFC 3464 §2.3.2) or a plain address header
    value = value.split(";", 1)[-1].strip()
    found = [a for _n, a in getaddresses([value]) if "@" in a]
    return found[0].lower() if found else None


def findings(raw: bytes) -> list[Finding]:
    """Hard bounces and abuse complaints reported by this message (none for other mail)."""
    try:
        msg = message_from_bytes(raw, policy=policy.compat32)
    except Exception:  # noqa: BLE001 - not a report we can read: no finding
        return []
    if msg.get_content_type() != "multipart/report":
        return []
    param = msg.get_param("report-type")
    report_type = param.lower() if isinstance(param, str) else ""
    out: list[Finding] = []
    for part in msg.walk():
        ctype = part.get_content_type()
        if report_type == "delivery-status" and ctype == "message/delivery-status":
            out += _dsn(part)
        elif report_type == "feedback-report" and ctype == "message/feedback-report":
            out += _arf(part, msg)
    return out


def _dsn(part: Message) -> list[Finding]:
    out = []
    payload = part.get_payload()
    blocks = payload if isinstance(payload, list) else []
    for block in blocks[1:]:  # the first block is per-message, the others per recipient
        if not isinstance(block, Message):
            continue
        action = str(block.get("Action", "")).strip().lower()
        status = str(block.get("Status", "")).strip()
        address = _addr(str(block.get("Final-Recipient") or block.get("Original-Recipient") or ""))
        if address and action == "failed" and status.startswith("5"):
            out.append(Finding(address, HARD_BOUNCE, f"status {status}"))
    return out


def _arf(part: Message, whole: Message) -> list[Finding]:
    payload = part.get_payload()
    first_block = payload[0] if isinstance(payload, list) and payload else part
    fields = first_block if isinstance(first_block, Message) else part
    if str(fields.get("Feedback-Type", "")).strip().lower() != "abuse":
        return []
    address = _addr(str(fields.get("Original-Rcpt-To", "")))
    if address is None:
        for inner in whole.walk():
            if inner.get_content_type() in ("message/rfc822", "text/rfc822-headers"):
                enclosed = inner.get_payload()
                first = enclosed[0] if isinstance(enclosed, list) and enclosed else None
                if isinstance(first, Message):
                    address = _addr(str(first.get("To", "")))
                break
    return [Finding(address, ABUSE, "feedback-type abuse")] if address else []


def _aware(ts: datetime) -> datetime:
    return ts if ts.tzinfo else ts.replace(tzinfo=UTC)


def record(
    session: Session, found: list[Finding], *, now: datetime, days: int, inbound_id: int | None
) -> None:
    until = now + timedelta(days=days)
    for f in found:
        row = session.get(Suppression, f.address)
        if row is None:
            session.add(
                Suppression(
                    address=f.address,
                    reason=f.reason,
                    detail=f.detail[:500],
                    since=now,
                    until=until,
                    inbound_id=inbound_id,
                )
            )
        else:
            row.reason, row.detail, row.inbound_id = f.reason, f.detail[:500], inbound_id
            row.until = max(_aware(row.until), until)
        log.warning("suppressed %s until %s: %s (%s)", f.address, until.date(), f.reason, f.detail)


def active(session: Session, addresses: set[str], now: datetime) -> dict[str, Suppression]:
    """The listed addresses among `addresses` (lower-cased) whose suppression still runs."""
    if not addresses:
        return {}
    rows = session.execute(
        select(Suppression).where(
            col(Suppression.address).in_(sorted(addresses)), col(Suppression.until) > now
        )
    ).scalars()
    return {r.address: r for r in rows}


def listed(session: Session, now: datetime) -> list[Suppression]:
    return list(
        session.execute(
            select(Suppression)
            .where(col(Suppression.until) > now)
            .order_by(col(Suppression.since).desc())
        ).scalars()
    )


def scan(engine: Engine, days: int, now: datetime) -> int:
    """Read the reports among messages processed since the last scan; addresses listed."""
    added = 0
    while True:
        with Session(engine) as session:
            mark = session.get(JobRun, WATERMARK)
            if mark is None:
                mark = JobRun(name=WATERMARK, last_result="0")
                session.add(mark)
            after = int(mark.last_result or 0)
            rows = session.execute(
                select(
                    col(InboundMessage.id), col(InboundMessage.sha256), col(InboundMessage.status)
                )
                .where(col(InboundMessage.id) > after, col(InboundMessage.status) != "pending")
                .order_by(col(InboundMessage.id))
                .limit(SCAN_BATCH)
            ).all()
            # stop at the first message still being processed: it is read next time
            pending_first = session.execute(
                select(col(InboundMessage.id))
                .where(col(InboundMessage.id) > after, col(InboundMessage.status) == "pending")
                .order_by(col(InboundMessage.id))
                .limit(1)
            ).scalar()
            rows = [r for r in rows if pending_first is None or r.id < pending_first]
            if not rows:
                session.commit()
                return added
            for inbound_id, sha, _status in rows:
                blob = session.get(RawBlob, sha)
                found = findings(blob.data) if blob is not None else []
                if found:
                    record(session, found, now=now, days=days, inbound_id=inbound_id)
                    added += len(found)
            mark.last_result, mark.last_run_at = str(rows[-1].id), now
            session.commit()
