"""Put one outgoing mail in the outbox, once per key, inside the caller's transaction.

Handlers only enqueue (Mailman's `acknowledge` handler never talks SMTP): the row is written in
the same transaction as the case change that causes it, so either both exist or neither does.
This module never commits.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email import policy
from email.message import EmailMessage

from sqlalchemy import func, insert, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session

from bot.models import Outbox
from bot.outbox.compose import clean_address, clean_header, clean_msg_id

SUPPRESSED = "suppressed"
PENDING = "pending"


def as_utc(now: datetime) -> datetime:
    """bot.models stores aware UTC datetimes; a naive `now` is taken to be UTC."""
    return now.replace(tzinfo=UTC) if now.tzinfo is None else now.astimezone(UTC)


def automatic_sent_last_day(session: Session, to_addr: str, now: datetime) -> int:
    """Automatic mails recorded for `to_addr` in the 24 hours before `now` (suppressed excluded)."""
    since = as_utc(now) - timedelta(hours=24)
    stmt = (
        select(func.count())
        .select_from(Outbox)
        .where(
            Outbox.to_addr == to_addr.strip().lower(),  # stored lower-cased: uses the index
            Outbox.automatic.is_(True),  # type: ignore[attr-defined]
            Outbox.status != SUPPRESSED,
            Outbox.created_at >= since,
        )
    )
    return int(session.execute(stmt).scalar_one())


def enqueue(
    session: Session,
    *,
    key: str,
    purpose: str,
    to_addr: str,
    message: EmailMessage,
    case_id: int | None = None,
    inbound_id: int | None = None,
    automatic: bool = True,
    limit_per_day: int = 5,
    now: datetime,
) -> Outbox | None:
    """Insert the row for `key` if absent; None when a row with that key already exists.

    Idempotent and race-safe: INSERT … ON CONFLICT DO NOTHING on SQLite and PostgreSQL (two
    processes inserting the same key: one row, the other gets None, no aborted transaction);
    other databases use a savepoint and IntegrityError.

    Loop and flood brake: an automatic mail to an address that already had `limit_per_day`
    automatic mails in the last 24 hours is stored with status "suppressed" — recorded for the
    case file, never sent. (Two processes racing for the same address may both pass the count;
    the limit is a brake against mail loops, not an exact quota.)
    """
    to_addr = clean_address(to_addr).lower()  # the envelope recipient: no CR/LF, one address
    mid = clean_msg_id(message.get("Message-ID"))
    if mid is None:
        raise ValueError("the message needs a valid Message-ID (see compose.message_id_for)")
    created = as_utc(now)
    status, last_error = PENDING, None
    if automatic:
        count = automatic_sent_last_day(session, to_addr, now)
        if count >= limit_per_day:
            status = SUPPRESSED
            last_error = (
                f"suppressed: {count} automatic mails to this address in 24 h "
                f"(limit {limit_per_day})"
            )
    values = {
        "key": key,
        "purpose": purpose,
        "case_id": case_id,
        "inbound_id": inbound_id,
        "to_addr": to_addr,
        "message_id": mid,
        "subject": clean_header(message.get("Subject", ""), limit=998),
        # The exact bytes sent later: CRLF line ends, headers folded for SMTP (RFC 5322 §2.1.1).
        "raw": message.as_bytes(policy=policy.SMTP),
        "automatic": automatic,
        "status": status,
        "attempts": 0,
        "next_attempt_at": created,
        "last_error": last_error,
        "created_at": created,
    }
    session.flush()  # pending ORM changes first, so the statement below sees a consistent state
    dialect = session.get_bind().dialect.name
    if dialect in ("sqlite", "postgresql"):
        ins = sqlite.insert if dialect == "sqlite" else postgresql.insert
        stmt = ins(Outbox).values(**values).on_conflict_do_nothing().returning(Outbox.id)
        new_id = session.execute(stmt).scalar_one_or_none()
    else:  # pragma: no cover - only SQLite and PostgreSQL are supported deployments
        try:
            with session.begin_nested():
                new_id = session.execute(insert(Outbox).values(**values)).inserted_primary_key[0]
        except IntegrityError:
            new_id = None
    if new_id is None:
        return None
    return session.get(Outbox, new_id)
