"""The suppression list: addresses that bounced hard or complained of abuse get no automatic
mail for a while ([smtp].suppression_days).

Found in the mail we take in: a delivery status notification (RFC 3464) whose recipient
failed with a permanent status (5.x.x), or an abuse report (ARF, RFC 5965, Feedback-Type
abuse) about our mail. The pipeline files both as bounces and then calls its `report_filed`
hook (bot.pipeline.hooks), which bot.handling.hooks fills with `report_filed` here: the
addresses are listed in the same transaction as the filing, so a message is read once and a
retried or rolled-back pass lists nothing twice. Anyone can write such a report: it lists
only the recipient of a mail we sent that it names by its (keyed) Message-ID, and an abuse
report only when it comes from a proved feedback loop. `enqueue` stores an automatic mail to
a listed address as "suppressed" (recorded on the case, never sent); mail a person sends
(answers, letters from the CLI) still goes out.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from email import message_from_bytes, message_from_string, policy
from email.message import Message
from email.utils import getaddresses

from sqlalchemy import select
from sqlmodel import Session, col

from bot.context import Context
from bot.mail import mailbox_key
from bot.models import InboundMessage, Outbox, RawBlob, Suppression

log = logging.getLogger(__name__)
HARD_BOUNCE, ABUSE = "hard_bounce", "abuse_complaint"


@dataclass(frozen=True)
class Finding:
    address: str  # "" when the report hides it (an abuse report naming only the mail)
    reason: str
    detail: str
    message_id: str | None = None  # of the reported mail (abuse reports), without <>


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
            out += _dsn(part, msg)
        elif report_type == "feedback-report" and ctype == "message/feedback-report":
            out += _arf(part, msg)
    return out


def _dsn(part: Message, whole: Message) -> list[Finding]:
    out = []
    reported = _reported_headers(whole)  # the returned mail (RFC 3464 §2: its third part)
    message_id = str(reported.get("Message-ID", "")).strip().strip("<>") if reported else ""
    payload = part.get_payload()
    blocks = payload if isinstance(payload, list) else []
    for block in blocks[1:]:  # the first block is per-message, the others per recipient
        if not isinstance(block, Message):
            continue
        action = str(block.get("Action", "")).strip().lower()
        status = str(block.get("Status", "")).strip()
        address = _addr(str(block.get("Final-Recipient") or block.get("Original-Recipient") or ""))
        if address and action == "failed" and status.startswith("5"):
            out.append(Finding(address, HARD_BOUNCE, f"status {status}", message_id or None))
    return out


def _arf(part: Message, whole: Message) -> list[Finding]:
    payload = part.get_payload()
    first_block = payload[0] if isinstance(payload, list) and payload else part
    fields = first_block if isinstance(first_block, Message) else part
    if str(fields.get("Feedback-Type", "")).strip().lower() != "abuse":
        return []
    reported = _reported_headers(whole)
    message_id = str(reported.get("Message-ID", "")).strip().strip("<>") if reported else ""
    # Who the loop says received it (often absent or redacted); `report_filed` lists only the
    # recipient of our own mail that the report names, never this address by itself.
    address = _addr(str(fields.get("Original-Rcpt-To", "")))
    if not (address or message_id):
        return []
    return [Finding(address or "", ABUSE, "feedback-type abuse", message_id or None)]


def _reported_headers(whole: Message) -> Message | None:
    """The header of the reported mail: enclosed whole (message/rfc822) or as its header
    only (text/rfc822-headers)."""
    for inner in whole.walk():
        ctype = inner.get_content_type()
        if ctype == "message/rfc822":
            enclosed = inner.get_payload()
            first = enclosed[0] if isinstance(enclosed, list) and enclosed else None
            return first if isinstance(first, Message) else None
        if ctype in ("text/rfc822-headers", "message/rfc822-headers", "message/global-headers"):
            data = inner.get_payload(decode=True)
            text = data.decode("latin-1") if isinstance(data, bytes) else ""
            return message_from_string(text, policy=policy.compat32)
    return None


def _aware(ts: datetime) -> datetime:
    return ts if ts.tzinfo else ts.replace(tzinfo=UTC)


def record(
    session: Session, found: list[Finding], *, now: datetime, days: int, inbound_id: int | None
) -> int:
    """List the findings' addresses until now + days; how many rows changed. A report already
    recorded (same message) changes nothing: filing it again is harmless."""
    until = now + timedelta(days=days)
    changed = 0
    for f in found:
        row = session.get(Suppression, f.address)
        if row is not None and inbound_id is not None and row.inbound_id == inbound_id:
            continue
        changed += 1
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
    return changed


def _untrusted(raw: bytes) -> str:
    return "no check of the reporter is configured"


def report_filed(
    session: Session,
    ctx: Context,
    inbound: InboundMessage,
    *,
    reporter: Callable[[bytes], str | None] = _untrusted,
) -> int:
    """List what the filed report `inbound` reports (none for a bounce that is not an RFC 3464
    / RFC 5965 report); bot.handling.hooks.report_filed, the pipeline's hook, calls it. Runs
    in the pipeline's transaction; reads the raw bytes again, which only bounces pay for.

    A report lists only the recipient of a mail we sent that it names by Message-ID (the
    returned mail's headers of a DSN, the reported mail of an abuse report): anyone can write
    a report naming a citizen's address, nobody else knows the (keyed) Message-ID of our mail
    to her. An abuse report is believed only when `reporter(raw)` says nothing against its
    sender (a feedback loop we registered with, proved by the mail system). Why a report
    lists nobody is logged and added to the ledger row's filed_reason."""
    raw = session.execute(
        select(col(RawBlob.data)).where(col(RawBlob.sha256) == inbound.sha256)
    ).scalar()
    found: list[Finding] = []
    ignored: list[str] = []
    reports = findings(raw or b"")
    # the reporter is checked once (a DKIM check may query DNS), whatever the report lists
    distrust = reporter(raw or b"") if any(f.reason == ABUSE for f in reports) else None
    for f in reports:
        why = distrust if f.reason == ABUSE else None
        if why is None:
            f, why = _ours(session, f)
        if why is None:
            found.append(f)
        elif why not in ignored:
            ignored.append(why)
    if ignored:
        note = "report lists nobody: " + "; ".join(ignored)
        log.warning("message #%s: %s", inbound.id, note)
        inbound.filed_reason = f"{note} | {inbound.filed_reason or ''}"[:200]
    if not found:
        return 0
    days = ctx.settings.smtp.suppression_days
    return record(session, found, now=ctx.clock(), days=days, inbound_id=inbound.id)


def _ours(session: Session, found: Finding) -> tuple[Finding, str | None]:
    """The finding with the recipient of the mail of ours the report names, or why there is
    none. The address is the one our outbox sent that mail to, never what the report says by
    itself (a forger names his victim; providers hide or mask the recipient of an abuse
    report). A bounce's failed recipient must be that very address; an abuse report's, when it
    gives one, at least at its domain (RFC 6590 redaction keeps the domain)."""
    if not found.message_id:
        return found, "the report names no Message-ID of the mail it is about"
    to_addr = session.execute(
        select(col(Outbox.to_addr)).where(col(Outbox.message_id) == found.message_id)
    ).scalar()
    if not to_addr:
        return found, f"<{found.message_id[:100]}> is not a mail we sent"
    to_addr = to_addr.lower()
    if found.reason == HARD_BOUNCE:
        if mailbox_key(found.address) != mailbox_key(to_addr):
            return found, f"{found.address[:100]} did not get that mail"
    elif found.address and found.address.rpartition("@")[2] != to_addr.rpartition("@")[2]:
        return found, f"the report's recipient {found.address[:100]} did not get that mail"
    return replace(found, address=to_addr), None


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
