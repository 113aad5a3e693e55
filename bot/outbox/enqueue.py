"""Put one outgoing mail in the outbox, once per key, inside the caller's transaction.

Handlers only enqueue (Mailman's `acknowledge` handler never talks SMTP): the row is written in
the same transaction as the case change that causes it, so either both exist or neither does.
This module never commits.

A `Draft` (bot.outbox.compose) is stored as JSON with ``raw`` NULL: the outbox worker builds the
MIME bytes just before the first send and keeps them, because building MIME costs milliseconds
and intake must not pay them per message. An EmailMessage is still accepted (its bytes are
stored at once), for callers that built one themselves.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email import policy
from email.message import EmailMessage

from sqlalchemy import bindparam, func, insert, select, true
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session

from bot.models import Outbox
from bot.outbox.compose import Draft, clean_address, clean_header, clean_msg_id

SUPPRESSED = "suppressed"
PENDING = "pending"

_T = Outbox.__table__  # Core table: enqueue is on the intake path, no ORM identity map needed

# Built once (SQLAlchemy caches the compiled form; building the expression costs more than
# running it). The WHERE starts with to_addr = :to_addr, served by ix_outbox_to_addr.
_RECENT_AUTOMATIC = (
    select(func.count())
    .select_from(_T)
    .where(
        _T.c.to_addr == bindparam("to_addr"),
        _T.c.automatic == true(),
        _T.c.status != SUPPRESSED,
        _T.c.created_at >= bindparam("since"),
    )
)
_INSERT_IF_ABSENT = {
    "sqlite": sqlite.insert(_T).on_conflict_do_nothing().returning(_T.c.id),
    "postgresql": postgresql.insert(_T).on_conflict_do_nothing().returning(_T.c.id),
}


def as_utc(now: datetime) -> datetime:
    """bot.models stores aware UTC datetimes; a naive `now` is taken to be UTC."""
    return now.replace(tzinfo=UTC) if now.tzinfo is None else now.astimezone(UTC)


def automatic_sent_last_day(session: Session, to_addr: str, now: datetime) -> int:
    """Automatic mails recorded for `to_addr` in the 24 hours before `now` (suppressed excluded)."""
    params = {
        "to_addr": to_addr.strip().lower(),  # stored lower-cased: uses ix_outbox_to_addr
        "since": as_utc(now) - timedelta(hours=24),
    }
    return int(session.execute(_RECENT_AUTOMATIC, params).scalar_one())


def enqueue(
    session: Session,
    *,
    key: str,
    purpose: str,
    to_addr: str,
    message: Draft | EmailMessage,
    case_id: int | None = None,
    inbound_id: int | None = None,
    automatic: bool = True,
    limit_per_day: int = 5,
    now: datetime,
) -> int | None:
    """Insert the row for `key` if absent: the new row's id, None when `key` already exists.

    Idempotent and race-safe: INSERT … ON CONFLICT DO NOTHING on SQLite and PostgreSQL (two
    processes inserting the same key: one row, the other gets None, no aborted transaction);
    other databases use a savepoint and IntegrityError.

    Loop and flood brake: an automatic mail to an address that already had `limit_per_day`
    automatic mails in the last 24 hours is stored with status "suppressed" — recorded for the
    case file, never sent. (Two processes racing for the same address may both pass the count;
    the limit is a brake against mail loops, not an exact quota.)
    """
    to_addr = clean_address(to_addr).lower()  # the envelope recipient: no CR/LF, one address
    if isinstance(message, Draft):
        mid = clean_msg_id(message.message_id)
        subject = message.subject
        draft, raw = message.to_json(), None
    else:
        mid = clean_msg_id(message.get("Message-ID"))
        subject = message.get("Subject", "")
        # The exact bytes sent later: CRLF line ends, headers folded for SMTP (RFC 5322 §2.1.1).
        draft, raw = None, message.as_bytes(policy=policy.SMTP)
    if mid is None:
        raise ValueError("the message needs a valid Message-ID (see compose.message_id_for)")
    created = as_utc(now)
    status, last_error = PENDING, None
    if automatic:
        count = automatic_sent_last_day(session, to_addr, created)
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
        "subject": clean_header(subject, limit=998),
        "raw": raw,
        "automatic": automatic,
        "status": status,
        "attempts": 0,
        "next_attempt_at": created,
        "last_error": last_error,
        "created_at": created,
    }
    if draft is not None:  # left out, not None: the JSON type would store None as 'null'
        values["draft"] = draft
    session.flush()  # pending ORM changes first, so the statement below sees a consistent state
    stmt = _INSERT_IF_ABSENT.get(session.get_bind().dialect.name)
    if stmt is not None:
        return session.execute(stmt, values).scalar_one_or_none()
    try:  # pragma: no cover - only SQLite and PostgreSQL are supported deployments
        with session.begin_nested():
            return session.execute(insert(_T).values(**values)).inserted_primary_key[0]
    except IntegrityError:  # pragma: no cover
        return None
