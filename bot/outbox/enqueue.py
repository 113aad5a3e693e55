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

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email import policy
from email.message import EmailMessage
from typing import Any, cast

from sqlalchemy import CursorResult, bindparam, func, insert, true
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from bot.mail import mailbox_key
from bot.models import Outbox, table_of
from bot.outbox.headers import clean_address, clean_header, clean_msg_id
from bot.outbox.mime import Draft
from bot.vocab import OutboxStatus

_T = table_of(Outbox)  # Core table: enqueue is on the intake path, no ORM identity map needed

# Built once (SQLAlchemy caches the compiled form; building the expression costs more than
# running it). The brake counts per mailbox (ix_outbox_to_mailbox: +tags and capitals do not
# open a new budget) and per case (ix_outbox_case_id); issue 12 point 4.
_RECENT_AUTOMATIC = (
    select(func.count())
    .select_from(_T)
    .where(
        _T.c.to_mailbox == bindparam("to_mailbox"),
        _T.c.automatic == true(),
        _T.c.status != OutboxStatus.SUPPRESSED,
        _T.c.created_at >= bindparam("since"),
    )
)
_RECENT_AUTOMATIC_CASE = (
    select(func.count())
    .select_from(_T)
    .where(
        _T.c.case_id == bindparam("case_id"),
        _T.c.automatic == true(),
        _T.c.status != OutboxStatus.SUPPRESSED,
        _T.c.created_at >= bindparam("since"),
    )
)
_INSERT_MANY = {
    "sqlite": sqlite.insert(_T).on_conflict_do_nothing(),
    "postgresql": postgresql.insert(_T).on_conflict_do_nothing(),
}
_INSERT_IF_ABSENT = {
    "sqlite": sqlite.insert(_T).on_conflict_do_nothing().returning(_T.c.id),
    "postgresql": postgresql.insert(_T).on_conflict_do_nothing().returning(_T.c.id),
}


def as_utc(now: datetime) -> datetime:
    """bot.models stores aware UTC datetimes; a naive `now` is taken to be UTC."""
    return now.replace(tzinfo=UTC) if now.tzinfo is None else now.astimezone(UTC)


def automatic_sent_last_day(session: Session, to_addr: str, now: datetime) -> int:
    """Automatic mails recorded for the mailbox of `to_addr` in the 24 hours before `now`
    (suppressed excluded; victim+1@ and Victim@ count as victim@)."""
    params = {"to_mailbox": mailbox_key(to_addr), "since": as_utc(now) - timedelta(hours=24)}
    return int(session.execute(_RECENT_AUTOMATIC, params).scalar_one())


def automatic_for_case_last_day(session: Session, case_id: int, now: datetime) -> int:
    """Automatic mails recorded for case `case_id` in the 24 hours before `now`."""
    params = {"case_id": case_id, "since": as_utc(now) - timedelta(hours=24)}
    return int(session.execute(_RECENT_AUTOMATIC_CASE, params).scalar_one())


@dataclass(frozen=True, slots=True)
class OutMail:
    """One mail to queue: what `enqueue` and `enqueue_many` write as an outbox row."""

    key: str
    purpose: str
    to_addr: str
    message: Draft | EmailMessage
    case_id: int | None = None
    inbound_id: int | None = None
    automatic: bool = True
    limit_per_day: int = 5
    # Set: the row is recorded for the case file with this reason and never sent.
    held: str | None = None


def _row(mail: OutMail, created: datetime) -> dict[str, Any]:
    to_addr = clean_address(mail.to_addr).lower()  # the envelope recipient: no CR/LF, one address
    message = mail.message
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
        raise ValueError(
            "the message needs a valid Message-ID (see bot.outbox.headers.message_id_for)"
        )
    row: dict[str, Any] = {
        "key": mail.key,
        "purpose": mail.purpose,
        "case_id": mail.case_id,
        "inbound_id": mail.inbound_id,
        "to_addr": to_addr,
        "to_mailbox": mailbox_key(to_addr),
        "message_id": mid,
        "subject": clean_header(subject, limit=998),
        "raw": raw,
        "automatic": mail.automatic,
        "status": OutboxStatus.PENDING,
        "attempts": 0,
        "next_attempt_at": created,
        "last_error": None,
        "created_at": created,
    }
    if draft is not None:  # left out, not None: the JSON type would store None as 'null'
        row["draft"] = draft
    if mail.held:
        row["status"], row["last_error"] = OutboxStatus.SUPPRESSED, f"held: {mail.held}"[:500]
    return row


def _brake(row: dict[str, Any], count: int, limit: int) -> None:
    """Loop and flood brake: over `limit` automatic mails in 24 h to the mailbox, or about the
    case, the row is only recorded."""
    if count >= limit:
        row["status"] = OutboxStatus.SUPPRESSED
        row["last_error"] = (
            f"suppressed: {count} automatic mails to this mailbox or case in 24 h (limit {limit})"
        )


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
    mail = OutMail(key, purpose, to_addr, message, case_id, inbound_id, automatic, limit_per_day)
    created = as_utc(now)
    values = _row(mail, created)
    if automatic:
        count = automatic_sent_last_day(session, values["to_addr"], created)
        if case_id is not None:
            count = max(count, automatic_for_case_last_day(session, case_id, created))
        _brake(values, count, limit_per_day)
    session.flush()  # pending ORM changes first, so the statement below sees a consistent state
    stmt = _INSERT_IF_ABSENT.get(session.get_bind().dialect.name)
    if stmt is not None:
        return session.execute(stmt, values).scalar_one_or_none()
    try:  # pragma: no cover - only SQLite and PostgreSQL are supported deployments
        with session.begin_nested():
            result = cast(CursorResult[Any], session.execute(insert(_T).values(**values)))
            primary = result.inserted_primary_key
            return primary[0] if primary else None
    except IntegrityError:  # pragma: no cover
        return None


def enqueue_mail(session: Session, mail: OutMail, now: datetime) -> int | None:
    """`enqueue` for an `OutMail` built elsewhere (bot.handling.letters.staff_mail)."""
    return enqueue(
        session,
        key=mail.key,
        purpose=mail.purpose,
        to_addr=mail.to_addr,
        message=mail.message,
        case_id=mail.case_id,
        inbound_id=mail.inbound_id,
        automatic=mail.automatic,
        limit_per_day=mail.limit_per_day,
        now=now,
    )


def enqueue_many(session: Session, mails: list[OutMail], now: datetime) -> list[str]:
    """`enqueue` for many mails at once (intake opening a batch of cases): one count query and
    one multi-row insert in place of two statements per mail. Same rows, same brake: the mails
    of the batch count towards the daily limit of their address, in order.

    Returns the keys of the mails the brake stopped (recorded, not sent), so that the caller
    can make sure a person notices a citizen who got no acknowledgement (criterion 8).
    """
    if not mails:
        return []
    created = as_utc(now)
    rows = [_row(m, created) for m in mails]
    automatic = {r["to_mailbox"] for r, m in zip(rows, mails, strict=True) if m.automatic}
    counts = _automatic_counts(session, automatic, created) if automatic else {}
    case_ids = {m.case_id for m in mails if m.automatic and m.case_id is not None}
    per_case = _case_counts(session, case_ids, created) if case_ids else {}
    for row, mail in zip(rows, mails, strict=True):
        if mail.automatic:
            count = counts.get(row["to_mailbox"], 0)
            on_case = per_case.get(mail.case_id, 0) if mail.case_id is not None else 0
            _brake(row, max(count, on_case), mail.limit_per_day)
            if row["status"] != OutboxStatus.SUPPRESSED:
                counts[row["to_mailbox"]] = count + 1
                if mail.case_id is not None:
                    per_case[mail.case_id] = on_case + 1
    dialect = session.get_bind().dialect.name
    stmt = _INSERT_MANY.get(dialect, insert(_T))
    # executemany needs one set of keys: rows with a draft and rows with bytes go separately.
    for has_draft in (True, False):
        part = [r for r in rows if ("draft" in r) is has_draft]
        if part:
            session.execute(stmt, part)
    return [
        r["key"]
        for r, m in zip(rows, mails, strict=True)
        if r["status"] == OutboxStatus.SUPPRESSED and not m.held
    ]


def _automatic_counts(session: Session, mailboxes: set[str], now: datetime) -> dict[str, int]:
    since = now - timedelta(hours=24)
    rows = session.execute(
        select(_T.c.to_mailbox, func.count())
        .where(
            _T.c.to_mailbox.in_(sorted(mailboxes)),
            _T.c.automatic == true(),
            _T.c.status != OutboxStatus.SUPPRESSED,
            _T.c.created_at >= since,
        )
        .group_by(_T.c.to_mailbox)
    ).all()
    return {addr: int(n) for addr, n in rows}


def _case_counts(session: Session, case_ids: set[int], now: datetime) -> dict[int, int]:
    since = now - timedelta(hours=24)
    rows = session.execute(
        select(_T.c.case_id, func.count())
        .where(
            _T.c.case_id.in_(sorted(case_ids)),
            _T.c.automatic == true(),
            _T.c.status != OutboxStatus.SUPPRESSED,
            _T.c.created_at >= since,
        )
        .group_by(_T.c.case_id)
    ).all()
    return {int(cid): int(n) for cid, n in rows}
