"""Database tables. Every change to a case is an event; every outgoing mail is an outbox row.

All timestamps are timezone-aware and stored in UTC (SQLModel refuses naive datetimes).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Column,
    Index,
    LargeBinary,
    Table,
    TypeDecorator,
    UniqueConstraint,
    inspect,
)
from sqlalchemy.engine import Dialect
from sqlmodel import AutoString, Field, SQLModel


def utcnow() -> datetime:
    return datetime.now(UTC)


# ------------------------------------------------------------------ storable text
# The one boundary where text from mail meets the database: whatever a sender put in a
# header (a NUL, bytes the parser kept as lone surrogates, 10 KB of subject), both engines
# store it. PostgreSQL refuses NUL in text and in JSON strings; neither engine can encode a
# lone surrogate as UTF-8; PostgreSQL refuses a VARCHAR(n) value longer than n.


def storable(value: str, length: int | None = None) -> str:
    """`value` as both engines store it: no NUL, no lone surrogate, at most `length` chars."""
    if "\x00" in value:
        value = value.replace("\x00", "")
    if not value.isascii():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            value = value.encode("utf-8", "surrogatepass").decode("utf-8", "replace")
    return value if length is None else value[:length]


def _storable_json(value: Any) -> Any:
    if isinstance(value, str):
        return storable(value)
    if isinstance(value, dict):
        return {storable(str(k)): _storable_json(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_storable_json(v) for v in value]
    return value


class MailText(TypeDecorator[str]):
    """VARCHAR(n) / TEXT for values that come from mail: made storable on the way in."""

    impl = AutoString
    cache_ok = True

    def process_bind_param(self, value: str | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        return storable(value, getattr(self.impl, "length", None))


class MailJSON(TypeDecorator[Any]):
    """JSON whose strings may come from mail (rule hits, drafts, event details)."""

    impl = JSON
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> Any:
        return None if value is None else _storable_json(value)


def table_of(model: type[SQLModel]) -> Table:
    """The Core table of a model, for statements that need no ORM identity map and for typed
    column expressions (`table_of(Case).c.due_at`); SQLModel leaves `__table__` untyped."""
    table = inspect(model).local_table
    assert isinstance(table, Table)
    return table


class RawBlob(SQLModel, table=True):
    """Raw bytes of every message taken in, stored once per SHA-256."""

    __tablename__ = "raw_blob"
    sha256: str = Field(primary_key=True, max_length=64)
    size: int
    data: bytes = Field(sa_column=Column(LargeBinary, nullable=False))


class InboundMessage(SQLModel, table=True):
    """One message that reached the mailbox (or an import): the custody ledger.

    status: pending -> done | quarantined. `outcome` says where it ended:
    case, follow_up, filed or quarantined (issue 2: every message ends in exactly one place).
    """

    __tablename__ = "inbound_message"
    id: int | None = Field(default=None, primary_key=True)
    source: str = Field(max_length=400)  # imap://user@host/INBOX, import:/path, demo, form
    channel: str = Field(default="mail", max_length=20)  # mail, form, import
    # The [[mailboxes]] id it came in through (bot.settings.mailbox_settings): whose pipeline
    # processes it.
    mailbox: str = Field(default="default", max_length=40, index=True)
    sha256: str = Field(max_length=64, index=True)
    message_id: str | None = Field(default=None, sa_type=MailText(998), index=True)
    from_addr: str = Field(default="", sa_type=MailText(320))
    subject: str = Field(default="", sa_type=MailText(998))
    size: int = 0
    received_at: datetime = Field(default_factory=utcnow)
    status: str = Field(default="pending", max_length=20, index=True)
    attempts: int = 0
    last_error: str | None = Field(default=None, sa_type=MailText)
    # indexed: /metrics counts messages by outcome at every scrape
    outcome: str | None = Field(default=None, max_length=20, index=True)
    kind: str | None = Field(default=None, max_length=30)
    filed_reason: str | None = Field(default=None, max_length=200)
    case_id: int | None = Field(default=None, foreign_key="case.id", index=True)
    # Content fingerprint for resend detection: Message-ID + sender + normalised text.
    fingerprint: str | None = Field(default=None, max_length=64, index=True)
    decision: dict | None = Field(default=None, sa_column=Column(MailJSON))
    processed_at: datetime | None = None


class MailboxSighting(SQLModel, table=True):
    """Where an inbound message was seen: (mailbox, UIDVALIDITY, UID) -> message.

    The key makes re-fetching harmless; a UIDVALIDITY change adds sightings, not messages.
    `moved` records that the IMAP copy went to the Processed folder (or was flagged).
    """

    __tablename__ = "mailbox_sighting"
    __table_args__ = (
        UniqueConstraint("mailbox", "uidvalidity", "uid"),
        # Finding the few copies still to move must not scan every message ever taken in.
        Index("ix_sighting_unmoved", "moved", "mailbox", "uidvalidity"),
    )
    id: int | None = Field(default=None, primary_key=True)
    mailbox: str = Field(max_length=400)
    uidvalidity: int
    uid: int
    inbound_id: int = Field(foreign_key="inbound_message.id", index=True)
    seen_at: datetime = Field(default_factory=utcnow)
    moved: bool = False


class Attachment(SQLModel, table=True):
    __tablename__ = "attachment"
    id: int | None = Field(default=None, primary_key=True)
    inbound_id: int = Field(foreign_key="inbound_message.id", index=True)
    filename: str = Field(sa_type=MailText(255))
    content_type: str = Field(sa_type=MailText(255))
    size: int
    sha256: str | None = Field(default=None, max_length=64)
    data: bytes | None = Field(default=None, sa_column=Column(LargeBinary))
    skipped: str | None = Field(default=None, max_length=200)


class Case(SQLModel, table=True):
    __tablename__ = "case"
    __table_args__ = (
        Index("ix_case_status_due", "status", "due_at"),
        Index("ix_case_assignee_status_due", "assignee", "status", "due_at"),
        Index("ix_case_needs_review_status", "needs_review", "status"),
        Index("ix_case_answered_at", "answered_at"),
        Index("ix_case_kind_status", "kind", "status"),  # /metrics: cases by kind and status
        # The yearly report's backlog and duration scans read this index alone (covering).
        Index(
            "ix_case_report",
            "kind",
            "request_type",
            "received_at",
            "answered_at",
            "closed_at",
            "acknowledged_at",
            "answered_in_time",
            "due_at",
            "test",
            "mailbox",  # report --mailbox ID filters in the index too
        ),
    )
    id: int | None = Field(default=None, primary_key=True)
    number: str = Field(max_length=64, unique=True)
    year: int
    seq: int
    kind: str = Field(max_length=30, index=True)  # complaint, appeal, information_request
    status: str = Field(default="open", max_length=30)  # open, waiting, answered, closed
    channel: str = Field(default="mail", max_length=20)
    # The [[mailboxes]] id it was opened from: its letters, From address, second line and
    # digest are that mailbox's.
    mailbox: str = Field(default="default", max_length=40, index=True)
    language: str | None = Field(default=None, max_length=5)
    category: str = Field(default="other", max_length=50)
    sender: str = Field(default="", sa_type=MailText(320))
    sender_name: str = Field(default="", sa_type=MailText(400))
    subject: str = Field(default="", sa_type=MailText(998))
    received_at: datetime = Field(default_factory=utcnow, index=True)
    due_at: datetime | None = None
    assignee: str | None = Field(default=None, max_length=320)
    needs_review: bool = False
    service: str | None = Field(default=None, max_length=320)  # routed-to service address
    # Complaints lodged through the standard procedure (Network indicator 2); False e.g. for
    # a complaint a coordinator records from a letter or a phone call outside it.
    standard_procedure: bool = True
    origin: str | None = Field(default=None, max_length=20)  # bot.vocab.Origin; None: unknown
    # Network indicator 1 (bot.vocab.RequestType): from the kind at intake, corrected by people.
    request_type: str | None = Field(default=None, max_length=30)
    # A mystery-shopping test complaint (circular 23289 §C): handled like any other, left out
    # of every indicator and listed apart in the report.
    test: bool = False
    acknowledged_at: datetime | None = None  # when the acknowledgement was sent
    admissible: bool | None = None  # None: not judged yet
    # The admissibility decision has its own clock ([deadlines] admissibility_days), for
    # complaints only; None once decided or for other kinds never set.
    admissibility_due_at: datetime | None = None
    # When admissibility was decided (the `admissible`, `inadmissible` or `answered` event):
    # the report rebuilds "admissibility pending at 31/12" from it, not from today's state.
    admissibility_decided_at: datetime | None = None
    inadmissible_reason: str | None = Field(default=None, max_length=60)  # InadmissibleReason
    # The deadline clock: stopped intervals ([start, end|null] ISO strings) and one extension.
    pauses: list | None = Field(default=None, sa_column=Column(MailJSON))
    extension_days: int = 0
    extension_reason: str | None = None
    answered_at: datetime | None = None
    # Answered within the legal deadline (the rule's days, plus the one extension), counting
    # the days from receipt to answer without those the clock was stopped; set on answering.
    answered_in_time: bool | None = None
    outcome: str | None = Field(default=None, max_length=30)  # founded, partly_founded, …
    typology: str | None = Field(default=None, max_length=30)  # Network typology if founded
    resolved: bool | None = None  # founded or partly founded: was it put right (indicator 7)
    escalated_to: str | None = Field(default=None, max_length=40)  # second line, appeal, court
    closed_at: datetime | None = None
    rule_hits: list | None = Field(default=None, sa_column=Column(MailJSON))


class CaseEvent(SQLModel, table=True):
    """Audit trail: who did what to a case, when, and through which channel."""

    __tablename__ = "case_event"
    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="case.id", index=True)
    at: datetime = Field(default_factory=utcnow)
    type: str = Field(max_length=40)  # created, follow_up, acknowledged, assigned, answered …
    actor: str = Field(default="bot", max_length=320)
    channel: str = Field(default="mail", max_length=20)  # mail, cli, scheduler, form
    inbound_id: int | None = Field(default=None, foreign_key="inbound_message.id")
    detail: dict | None = Field(default=None, sa_column=Column(MailJSON))


class Outbox(SQLModel, table=True):
    """One outgoing mail, written in the same transaction as the change that causes it.

    `key` is unique: (purpose, case, step) so that a job that runs twice inserts nothing new.
    status: pending -> sent | failed | suppressed.
    """

    __tablename__ = "outbox"
    __table_args__ = (Index("ix_outbox_status_next", "status", "next_attempt_at"),)
    id: int | None = Field(default=None, primary_key=True)
    key: str = Field(max_length=300, unique=True)
    purpose: str = Field(max_length=40)  # ack_complaint, ack_appeal, forward_appeal, …
    case_id: int | None = Field(default=None, foreign_key="case.id", index=True)
    inbound_id: int | None = Field(default=None, foreign_key="inbound_message.id")
    to_addr: str = Field(sa_type=MailText(320), index=True)
    # The mailbox behind to_addr (bot.mail.mailbox_key: no +tag, lower case): what the daily
    # brake counts, so victim+1@, victim+2@ … share one budget.
    to_mailbox: str | None = Field(default=None, max_length=320, index=True)
    message_id: str = Field(max_length=998, unique=True)  # without angle brackets
    subject: str = Field(default="", sa_type=MailText(998))
    # What to send, rendered at enqueue time (subject, text, html, headers, attachment ids);
    # the MIME bytes are built from it by the outbox worker, once, and kept in `raw`.
    # Building MIME costs milliseconds: intake must not pay it per message.
    draft: dict | None = Field(default=None, sa_column=Column(MailJSON))
    raw: bytes | None = Field(default=None, sa_column=Column(LargeBinary, nullable=True))
    automatic: bool = True  # counts towards the per-sender daily limit
    status: str = Field(default="pending", max_length=20)
    attempts: int = 0
    next_attempt_at: datetime = Field(default_factory=utcnow)
    last_error: str | None = Field(default=None, sa_type=MailText)
    created_at: datetime = Field(default_factory=utcnow)
    sent_at: datetime | None = Field(default=None, index=True)  # /metrics: last send


class Counter(SQLModel, table=True):
    """Gapless sequence per (name, year): incremented inside the transaction that uses it."""

    __tablename__ = "counter"
    name: str = Field(primary_key=True, max_length=50)
    year: int = Field(primary_key=True)
    value: int = 0


class JobRun(SQLModel, table=True):
    """Last successful run of each scheduled job, so that a restart resumes where it stopped."""

    __tablename__ = "job_run"
    name: str = Field(primary_key=True, max_length=100)
    last_run_at: datetime | None = None
    last_result: str | None = None


class Suppression(SQLModel, table=True):
    """An address that gets no automatic mail until `until`: it bounced hard or complained
    of abuse (bot.outbox.suppression)."""

    __tablename__ = "suppression"
    address: str = Field(primary_key=True, max_length=320)  # lower-cased
    reason: str = Field(max_length=30)  # hard_bounce, abuse_complaint
    detail: str = Field(default="", max_length=500)  # the DSN status or feedback type
    since: datetime = Field(default_factory=utcnow)
    until: datetime = Field(index=True)
    inbound_id: int | None = Field(default=None, foreign_key="inbound_message.id")


class PrivacyRequest(SQLModel, table=True):
    """Audit of every export and erasure of a person's data (and of each retention run).

    The person is recorded by the SHA-256 of the lower-cased address, not the address: the
    audit must not keep what the erasure removed, yet "was X erased, when, by whom?" can
    still be answered by hashing X.
    """

    __tablename__ = "privacy_request"
    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(default_factory=utcnow, index=True)
    action: str = Field(max_length=20)  # export, erase, retention
    subject_sha256: str | None = Field(default=None, max_length=64, index=True)
    actor: str = Field(default="bot", max_length=320)
    channel: str = Field(default="cli", max_length=20)
    detail: dict | None = Field(default=None, sa_column=Column(JSON))


class ImprovementAction(SQLModel, table=True):
    """An action of the yearly plan against recurring complaints (circular criterion 11)."""

    __tablename__ = "improvement_action"
    id: int | None = Field(default=None, primary_key=True)
    title: str = Field(max_length=400)
    theme: str = Field(default="", max_length=200)  # category / keyword / typology it answers
    owner: str = Field(default="", max_length=320)
    due: datetime | None = None
    status: str = Field(default="planned", max_length=20)  # planned, done, dropped
    created_at: datetime = Field(default_factory=utcnow)
    done_at: datetime | None = None
    note: str | None = None
