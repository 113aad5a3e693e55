"""Send due outbox rows over a few SMTP connections: claim, send, record — each row on its own.

Life of a row: ``pending`` -> ``sent`` | ``failed`` (``suppressed`` rows are never sent).

Claiming without a new status: a worker claims a batch by moving the rows' ``next_attempt_at``
to a lease deadline (now + lease) in ONE conditional UPDATE — ``WHERE id IN (due ids) AND
status = 'pending' AND next_attempt_at <= now``. On PostgreSQL the inner SELECT uses
``FOR UPDATE SKIP LOCKED`` so two bot processes never pick the same row; on SQLite the single
UPDATE statement takes the write lock, and its condition on the previous state makes a second
claimer find nothing. The lease is short (LEASE, 30 s) and renewed every RENEW_SECONDS while
the batch is being sent; if the worker dies, the lease runs out within seconds and the rows are
due again: no "stuck in sending" state to recover. A worker that cannot renew stops handing out
rows of its batch.

Building: rows are queued with a rendered draft and no bytes (building MIME in the intake
transaction would cost more than intake's whole budget). Right after claiming a batch, the worker
builds the bytes of every such row (reading stored attachments by id) and commits them to
``raw`` before the first attempt, so a retry sends the very same bytes and Message-ID. A row
whose draft cannot be built (unusable JSON, a missing attachment, a broken logo file) is
``failed`` like a permanent SMTP refusal: ``last_error``, ``delivery_failed`` event,
``needs_review``; the others go on.

Sending: ``smtp.connections`` connections share each claimed batch; a free connection takes the
next row. If the relay cannot be reached, every connection stops and the rows not sent are
handed back at once.

Recording: each successful send is marked ``sent`` (with ``sent_at``) right after the server's
250 reply, several marks per short transaction while the next mails go out. Failures are sorted by
bot.outbox.retry: temporary -> attempts + 1 and a later ``next_attempt_at``; permanent, bug, or
too many attempts -> ``failed`` with ``last_error``, a ``delivery_failed`` case event and
``Case.needs_review = True``. A relay that cannot be reached at all leaves every row untouched
(not even an attempt is counted) until it is back.

At-least-once, not exactly-once: SMTP has no two-phase commit. If the process dies (or the
database refuses the write) after the server accepted a message but before the ``sent`` row is
committed, that message is sent again once the lease expires. The window is one DB commit long
(milliseconds); the duplicate carries the same Message-ID, so mail clients and the relay's
duplicate filters can drop it. Losing a message is impossible: a row leaves ``pending`` only
after the server accepted it or gave a final verdict.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import ColumnElement, CursorResult, Engine, bindparam, func, update
from sqlmodel import Session, select

from bot.errors import DraftError
from bot.events import add_events, event_row
from bot.filetypes import SAFE_TYPE, executable_kind
from bot.models import Attachment, Case, Outbox, table_of, utcnow
from bot.outbox.enqueue import as_utc
from bot.outbox.mime import Draft, FileData
from bot.outbox.retry import FailureKind, GiveUp, RetryPolicy, classify
from bot.outbox.sender import ConnectFailed, SmtpSender
from bot.settings import Settings
from bot.vocab import CaseStatus, Kind

log = logging.getLogger(__name__)

SessionFactory = Callable[[], Session]
_T = table_of(Outbox)  # Core table: these statements are hot and need no ORM identity map


@dataclass
class SendReport:
    sent: int = 0
    retried: int = 0
    failed: int = 0
    deferred: int = 0  # due rows left waiting because the SMTP server could not be reached
    error: str | None = None  # why they were left waiting

    def __str__(self) -> str:
        text = f"sent {self.sent}, retried {self.retried}, failed {self.failed}"
        if self.deferred:
            text += f", waiting {self.deferred} ({self.error})"
        return text


@dataclass(frozen=True, slots=True)
class ClaimedRow:
    id: int
    to_addr: str
    raw: bytes | None  # None until built from `draft` (see `prepare`)
    attempts: int
    case_id: int | None
    purpose: str
    draft: dict[str, Any] | None = None


def session_factory(engine_or_factory: Engine | SessionFactory) -> SessionFactory:
    if isinstance(engine_or_factory, Engine):
        engine = engine_or_factory
        return lambda: Session(engine, expire_on_commit=False)
    return engine_or_factory


def _due(now: datetime) -> ColumnElement[bool]:
    return (_T.c.status == "pending") & (_T.c.next_attempt_at <= now)


def count_due(factory: SessionFactory, now: datetime) -> int:
    with factory() as session:
        stmt = select(func.count()).select_from(_T).where(_due(now))
        return int(session.execute(stmt).scalar_one())


def claim(
    factory: SessionFactory, *, now: datetime, lease_until: datetime, limit: int
) -> list[ClaimedRow]:
    """Claim up to `limit` due rows for this worker until `lease_until` (see module docstring)."""
    with factory() as session:
        inner = (
            select(_T.c.id).where(_due(now)).order_by(_T.c.next_attempt_at, _T.c.id).limit(limit)
        )
        if session.get_bind().dialect.name == "postgresql":
            inner = inner.with_for_update(skip_locked=True)
        stmt = (
            update(_T)
            .where(_T.c.id.in_(inner.scalar_subquery()), _due(now))
            .values(next_attempt_at=lease_until)
            .returning(
                _T.c.id,
                _T.c.to_addr,
                _T.c.raw,
                _T.c.attempts,
                _T.c.case_id,
                _T.c.purpose,
                _T.c.draft,
            )  # fmt: skip
        )
        rows = [ClaimedRow(*r) for r in session.execute(stmt).all()]
        session.commit()
    return sorted(rows, key=lambda r: r.id)


_A = table_of(Attachment)
_KEEP_RAW = (
    update(_T)
    .where(_T.c.id == bindparam("row_id"), _T.c.raw.is_(None), _T.c.status == "pending")
    .values(raw=bindparam("built"))
)


def load_files(session: Session, ids: Iterable[int]) -> dict[int, FileData]:
    """Stored attachments by id (filename, content_type, data), for Draft.to_bytes."""
    wanted = sorted(set(ids))
    if not wanted:
        return {}
    stmt = select(_A.c.id, _A.c.filename, _A.c.content_type, _A.c.data).where(_A.c.id.in_(wanted))
    return {r.id: _neutral_type(r) for r in session.execute(stmt).all()}


@dataclass(slots=True)
class _File:
    filename: str
    content_type: str
    data: bytes | None


def _neutral_type(row: Any) -> FileData:
    """A program travels as application/octet-stream, never under the type its sender
    declared (a mail client would offer to open an "application/pdf" that is a program)."""
    if executable_kind(row.filename, row.data[:8] if row.data else None):
        return _File(row.filename, SAFE_TYPE, row.data)
    return cast(FileData, row)


def materialise(session: Session, row: Outbox, settings: Settings) -> bytes:
    """The bytes of `row` as they are or will be sent.

    A row still without bytes is built from its draft now (attachments read in `session`) and
    `row.raw` is set, so the caller's commit keeps them, as the worker does before sending.
    Anything that reads an outbox row's message goes through here, never `row.raw` directly.
    """
    if row.raw is not None:
        return row.raw
    if row.draft is None:
        raise DraftError(f"outbox row {row.id} has neither MIME bytes nor a draft")
    draft = Draft.from_json(row.draft)
    row.raw = draft.to_bytes(settings, files=load_files(session, draft.stored_ids))
    return row.raw


def prepare(
    factory: SessionFactory, batch: list[ClaimedRow], settings: Settings
) -> tuple[list[ClaimedRow], list[tuple[ClaimedRow, Exception]]]:
    """(rows ready to send, rows that cannot be built with why) for a claimed batch.

    Builds the bytes of every row without them and commits them in one transaction, before
    any of them is sent. A row another worker built meanwhile (its lease ran out) keeps the
    bytes already stored; a row that left "pending" meanwhile is dropped.
    """
    todo = [r for r in batch if r.raw is None]
    if not todo:
        return [replace(r, draft=None) for r in batch], []
    built: dict[int, bytes] = {}
    broken: list[tuple[ClaimedRow, Exception]] = []
    with factory() as session:
        drafts: dict[int, Draft] = {}
        for row in todo:
            try:
                if row.draft is None:
                    raise DraftError("the row has neither MIME bytes nor a draft")
                drafts[row.id] = Draft.from_json(row.draft)
            except Exception as exc:  # noqa: BLE001 - a bad row fails alone
                broken.append((row, exc))
        ids = [i for d in drafts.values() for i in d.stored_ids]
        files = load_files(session, ids)  # one query per batch; database errors propagate
        for row in todo:
            draft = drafts.get(row.id)
            if draft is None:
                continue
            try:
                built[row.id] = draft.to_bytes(settings, files=files)
            except Exception as exc:  # noqa: BLE001 - template, attachment, logo: this row only
                broken.append((row, exc))
        gone: set[int] = set()
        for row_id, raw in built.items():
            kept_raw = cast(
                CursorResult[Any], session.execute(_KEEP_RAW, {"row_id": row_id, "built": raw})
            )
            if kept_raw.rowcount != 1:
                kept = session.execute(
                    select(_T.c.raw).where(_T.c.id == row_id, _T.c.status == "pending")
                ).scalar()
                if kept is None:
                    gone.add(row_id)
                else:
                    built[row_id] = kept
        session.commit()
    failed = {r.id for r, _ in broken}
    # The drafts are not needed once the bytes exist: a batch being sent holds its bytes only.
    ready = [
        replace(r, raw=r.raw if r.raw is not None else built[r.id], draft=None)
        for r in batch
        if r.id not in failed and r.id not in gone
    ]
    return ready, broken


def release(factory: SessionFactory, ids: list[int], now: datetime) -> None:
    """Give claimed rows back unchanged (due now, attempts not counted)."""
    if not ids:
        return
    with factory() as session:
        session.execute(
            update(_T).where(_T.c.id.in_(ids), _T.c.status == "pending").values(next_attempt_at=now)
        )
        session.commit()


_MARK_SENT = (
    update(_T)
    .where(_T.c.id == bindparam("row_id"), _T.c.status == "pending")
    .values(status="sent", sent_at=bindparam("at"), attempts=_T.c.attempts + 1, last_error=None)
)


def mark_sent_many(factory: SessionFactory, rows: list[tuple[int, datetime]]) -> None:
    """Record accepted mails, each with its own time, in one transaction (executemany).

    The same transaction records what an accepted mail means for its case (`_case_effects`),
    so the case and the outbox never tell two stories.
    """
    with factory() as session:
        session.connection().execute(_MARK_SENT, [{"row_id": i, "at": at} for i, at in rows])
        _case_effects(session, [i for i, _ in rows])
        session.commit()


# The mails whose acceptance by the SMTP server is the acknowledgement of criterion 8 (the
# time the Network's indicator 9 measures), and the forwards that end our part of an appeal
# or an information request (bot.pipeline.replies writes them).
# Every first answer to a new case, also the thank-you letter and the suggestion's
# acknowledgement (request types other and suggestion): each sets Case.acknowledged_at.
ACK_PURPOSES = ("ack_complaint", "ack_appeal", "ack_information", "ack_thanks", "ack_suggestion")
FORWARD_PURPOSES = ("forward_appeal", "forward_information")
FORWARDED = CaseStatus.FORWARDED


def _sent_of(ids: list[int], purposes: tuple[str, ...]):  # type: ignore[no-untyped-def]
    """The cases of the just-sent rows `ids` whose purpose is one of `purposes`."""
    return (
        select(_T.c.case_id)
        .where(_T.c.id.in_(ids), _T.c.purpose.in_(purposes), _T.c.status == "sent")
        .scalar_subquery()
    )


def _first_sent(case_table, purposes: tuple[str, ...]):  # type: ignore[no-untyped-def]
    return (
        select(func.min(_T.c.sent_at))
        .where(_T.c.case_id == case_table.c.id, _T.c.purpose.in_(purposes), _T.c.status == "sent")
        .scalar_subquery()
    )


def _case_effects(session: Session, ids: list[int]) -> None:
    """`Case.acknowledged_at` is when the server accepted the acknowledgement (the first one:
    a resend never moves it); a sent forward closes an open appeal or information request
    as "forwarded" (out of the backlog; a coordinator can reopen it), with an audit event.
    Two set-based statements per batch, whatever its size."""
    if not ids:
        return
    c = table_of(Case)
    session.execute(
        update(c)
        .where(c.c.id.in_(_sent_of(ids, ACK_PURPOSES)), c.c.acknowledged_at.is_(None))
        .values(acknowledged_at=_first_sent(c, ACK_PURPOSES))
    )
    forwarded = session.execute(
        update(c)
        .where(
            c.c.id.in_(_sent_of(ids, FORWARD_PURPOSES)),
            c.c.status == CaseStatus.OPEN,
            c.c.kind.in_((Kind.APPEAL, Kind.INFORMATION_REQUEST)),
        )
        .values(status=FORWARDED, closed_at=_first_sent(c, FORWARD_PURPOSES))
        .returning(c.c.id, c.c.closed_at)
    ).all()
    add_events(
        session,
        [
            event_row(
                case_id=case_id,
                type_=FORWARDED,
                at=as_utc(at),
                detail={
                    "before": {"status": CaseStatus.OPEN.value},
                    "after": {"status": FORWARDED.value},
                },
            )
            for case_id, at in forwarded
        ],
    )


def mark_retry(factory: SessionFactory, row: ClaimedRow, *, at: datetime, error: str) -> None:
    with factory() as session:
        session.execute(
            update(_T)
            .where(_T.c.id == row.id, _T.c.status == "pending")
            .values(attempts=_T.c.attempts + 1, next_attempt_at=at, last_error=error)
        )
        session.commit()


def mark_failed(
    factory: SessionFactory, row: ClaimedRow, *, now: datetime, error: str, code: int | None
) -> None:
    """Final failure: record it on the row and put the case in front of a human."""
    with factory() as session:
        result = session.execute(
            update(_T)
            .where(_T.c.id == row.id, _T.c.status == "pending")
            .values(status="failed", attempts=_T.c.attempts + 1, last_error=error)
        )
        if cast(CursorResult[Any], result).rowcount and row.case_id is not None:
            case = session.get(Case, row.case_id)
            if case is not None:
                case.needs_review = True
                session.add(case)
                failed = event_row(
                    case_id=row.case_id,
                    at=now,
                    type_="delivery_failed",
                    detail={
                        "outbox_id": row.id,
                        "purpose": row.purpose,
                        "to": row.to_addr,
                        "code": code,
                        "error": error,
                    },
                )
                add_events(session, [failed])
        session.commit()


class _SentMarks:
    """Commits "sent" in a worker thread while the next messages are being sent.

    A mark starts the moment the server accepted the mail if no commit is in flight; the mails
    accepted while one is in flight go together in the next commit (one executemany). So the
    window in which an accepted mail is not yet recorded stays one commit long, and the
    commits no longer cost one transaction per mail. At most one commit is in flight, and
    every other database step waits for all marks (`flush`), so the order of writes stays
    simple.
    """

    def __init__(self, factory: SessionFactory) -> None:
        self.factory = factory
        self._task: asyncio.Future[None] | None = None
        self._queue: list[tuple[int, datetime]] = []

    async def add(self, row: ClaimedRow, now: datetime) -> None:
        self._queue.append((row.id, now))
        if self._task is not None and self._task.done():
            task, self._task = self._task, None
            await task  # surfaces a database error of the previous commit
        if self._task is None:
            self._start()

    def _start(self) -> None:
        rows, self._queue = self._queue, []
        self._task = asyncio.ensure_future(asyncio.to_thread(mark_sent_many, self.factory, rows))

    async def flush(self) -> None:
        while self._task is not None or self._queue:
            if self._task is not None:
                task, self._task = self._task, None
                await task
            if self._queue:
                self._start()


LEASE = timedelta(seconds=30)  # how long a crashed worker's rows wait before others send them
RENEW_SECONDS = 10.0  # a live worker renews its lease this often (3 renewals per lease)


def renew(factory: SessionFactory, ids: list[int], *, held: datetime, until: datetime) -> list[int]:
    """Extend this worker's lease on its claimed rows still pending; the ids still held.

    Only rows whose deadline is still the one this worker set: a row retried (new deadline),
    sent or failed meanwhile is left alone, and so is one another worker claimed after our
    lease lapsed (e.g. the event loop stalled past it).
    """
    if not ids:
        return []
    with factory() as session:
        rows = session.execute(
            update(_T)
            .where(_T.c.id.in_(ids), _T.c.status == "pending", _T.c.next_attempt_at == held)
            .values(next_attempt_at=until)
            .returning(_T.c.id)
        ).all()
        session.commit()
    return [r.id for r in rows]


class _Lease:
    """Renews the lease of a claimed batch while it is being sent (cancelled once it is done).

    A short lease renewed by a live worker: after a crash (kill -9, power cut) the rows are due
    again within LEASE, not after the longest possible SMTP exchange.
    """

    def __init__(
        self,
        factory: SessionFactory,
        ids: list[int],
        clock: Callable[[], datetime],
        held: datetime,
    ) -> None:
        self.factory, self.ids, self.clock, self.held = factory, ids, clock, held
        self.lapsed = False  # renewal failed: stop handing out rows before the lease ends

    async def keep(self) -> None:
        while self.ids:
            await asyncio.sleep(RENEW_SECONDS)
            until = self.clock() + LEASE
            if until <= self.held:  # a frozen clock (tests): nothing to extend
                continue
            try:
                self.ids = await asyncio.to_thread(
                    renew, self.factory, self.ids, held=self.held, until=until
                )
            except Exception:  # noqa: BLE001 - the batch stops; its rows wait for the lease
                log.exception("outbox: lease renewal failed; the batch stops here")
                self.lapsed = True
                return
            self.held = until


async def send_pending(
    engine_or_session_factory: Engine | SessionFactory,
    settings: Settings,
    *,
    now: datetime | None = None,
    policy: RetryPolicy | None = None,
    envelope_from: str | None = None,
) -> SendReport:
    """Send every due pending row (batch after batch) over `smtp.connections` reused SMTP
    connections at once (one message at a time on each: SMTP without pipelining waits for the
    server after every command, and several connections keep both sides busy).

    `now` (aware; naive is taken as UTC) freezes the clock for tests; by default the real
    clock is read at each step. Never raises for an SMTP problem: the report says what
    happened. Database errors do propagate (the caller's loop logs them and tries again later).
    """
    factory = session_factory(engine_or_session_factory)
    clock: Callable[[], datetime] = utcnow
    if now is not None:
        frozen = as_utc(now)
        clock = lambda: frozen  # noqa: E731
    policy = policy or RetryPolicy.from_settings(settings.smtp)
    report = SendReport()

    due = count_due(factory, clock())
    if not due:
        return report
    async with contextlib.AsyncExitStack() as stack:
        wanted = max(1, min(settings.smtp.connections, due))
        senders = [
            await stack.enter_async_context(SmtpSender(settings.smtp, envelope_from=envelope_from))
            for _ in range(wanted)
        ]
        try:
            await senders[0].connect()
        except ConnectFailed as exc:
            report.deferred, report.error = due, str(exc)
            log.warning("outbox: %d mails waiting, SMTP unavailable: %s", due, exc)
            return report
        marks = _SentMarks(factory)
        try:
            while True:
                await marks.flush()
                lease_until = clock() + LEASE
                batch = claim(
                    factory,
                    now=clock(),
                    lease_until=lease_until,
                    limit=settings.smtp.batch_size * wanted,
                )
                if not batch:
                    break
                lease = _Lease(factory, [r.id for r in batch], clock, lease_until)
                keeper = asyncio.ensure_future(lease.keep())
                try:
                    batch, broken = await asyncio.to_thread(prepare, factory, batch, settings)
                except BaseException:
                    keeper.cancel()
                    raise
                for row, error in broken:
                    _record_unbuildable(factory, row, error, now=clock(), report=report)
                run = _Run(
                    factory,
                    marks,
                    policy,
                    clock,
                    report,
                    rows=list(batch),
                    usable_until=float("inf"),  # the lease is renewed while it runs
                    lease=lease,
                )
                pumps = [asyncio.ensure_future(run.pump(smtp)) for smtp in senders]
                try:
                    await asyncio.gather(*pumps)
                except BaseException:  # e.g. the database went away: stop the others too
                    for pump in pumps:
                        pump.cancel()
                    await asyncio.gather(*pumps, return_exceptions=True)
                    raise
                finally:
                    keeper.cancel()
                    await asyncio.gather(keeper, return_exceptions=True)
                await marks.flush()
                batch = []  # sent: its bytes are not kept while the next batch is claimed
                if run.unsent:
                    release(factory, [r.id for r in run.unsent], clock())
                if run.lost is not None:
                    report.deferred = count_due(factory, clock())
                    report.error = str(run.lost)
                    log.warning(
                        "outbox: SMTP lost mid-run, %d mails waiting: %s",
                        len(run.unsent),
                        run.lost,
                    )
                    return report
        finally:
            await marks.flush()
    if report.sent or report.retried or report.failed:
        log.info("outbox: %s", report)
    return report


class _Run:
    """One claimed batch shared by the connections: each takes the next row when it is free."""

    def __init__(
        self,
        factory: SessionFactory,
        marks: _SentMarks,
        policy: RetryPolicy,
        clock: Callable[[], datetime],
        report: SendReport,
        *,
        rows: list[ClaimedRow],
        usable_until: float,
        lease: _Lease | None = None,
    ) -> None:
        self.factory, self.marks, self.policy, self.clock = factory, marks, policy, clock
        self.report = report
        self.rows = rows
        self.lease = lease
        self.rows.reverse()  # pop() from the end hands them out in claim order
        self.usable_until = usable_until
        self.unsent: list[ClaimedRow] = []  # to release: not tried, or the relay went away
        self.lost: ConnectFailed | None = None

    def _stop(self) -> bool:
        """No more rows for anyone: the relay is gone or the lease is nearly over."""
        lapsed = self.lease is not None and self.lease.lapsed
        if self.lost is not None or lapsed or time.monotonic() > self.usable_until:
            self.unsent += reversed(self.rows)
            self.rows = []
            return True
        return False

    async def pump(self, smtp: SmtpSender) -> None:
        while self.rows and not self._stop():
            if not smtp.connected and smtp.connections == 0:
                try:  # an extra connection: the run goes on without it if it cannot open
                    await smtp.connect()
                except ConnectFailed as exc:
                    log.info("outbox: one connection fewer: %s", exc)
                    return
                if not self.rows:
                    return
            row = self.rows.pop()
            assert row.raw is not None  # prepare() built it
            try:
                await smtp.send(recipient=row.to_addr, raw=row.raw)
            except ConnectFailed as exc:
                self.lost = exc
                self.unsent.append(row)
                self._stop()
                return
            except Exception as exc:  # noqa: BLE001 - sorted three ways in _record_failure
                await self.marks.flush()
                _record_failure(
                    self.factory,
                    row,
                    exc,
                    policy=self.policy,
                    now=self.clock(),
                    report=self.report,
                )
                continue
            await self.marks.add(row, self.clock())
            self.report.sent += 1


def _record_unbuildable(
    factory: SessionFactory, row: ClaimedRow, exc: Exception, *, now: datetime, report: SendReport
) -> None:
    """A row whose message cannot be built: failed at once, like a permanent refusal."""
    error = f"cannot build the message: {type(exc).__name__}: {exc}"
    if isinstance(exc, DraftError):
        log.warning("outbox: row %d to %s failed: %s", row.id, row.to_addr, error)
    else:
        log.error("outbox: row %d to %s failed: %s", row.id, row.to_addr, error, exc_info=exc)
    mark_failed(factory, row, now=now, error=error[:1000], code=None)
    report.failed += 1


def _record_failure(
    factory: SessionFactory,
    row: ClaimedRow,
    exc: Exception,
    *,
    policy: RetryPolicy,
    now: datetime,
    report: SendReport,
) -> None:
    failure = classify(exc)
    if failure.kind is FailureKind.BUG:
        log.exception("outbox: row %d set aside after an internal error", row.id, exc_info=exc)
    step = policy.after_failure(attempts=row.attempts + 1, failure=failure, now=now)
    if isinstance(step, GiveUp):
        mark_failed(factory, row, now=now, error=step.reason[:1000], code=failure.code)
        report.failed += 1
        log.warning("outbox: row %d to %s failed: %s", row.id, row.to_addr, step.reason)
    else:
        mark_retry(factory, row, at=step.at, error=failure.describe())
        report.retried += 1
        log.info(
            "outbox: row %d to %s retried at %s: %s",
            row.id,
            row.to_addr,
            step.at,
            failure.describe(),
        )
