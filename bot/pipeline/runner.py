"""Claim -> process -> finish, retry or quarantine: every pending ledger row, chunk by chunk.

A chunk of messages is parsed first, then handled in one savepoint, its new cases opened
together (bot.pipeline.cases). If anything in the chunk fails, the savepoint rolls back and each
message runs again in a savepoint of its own: one bad message rolls back alone and the loop goes
on (Mailman's runner). Attempts are counted and committed *before* processing, so a message
that kills the process is recognised after a restart and quarantined once it has used its
attempts.
"""

from __future__ import annotations

import logging
import traceback
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import update
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DataError
from sqlmodel import Session, col, select

from bot.faults import failpoint
from bot.intake.parse import ParseError
from bot.mail import ParsedMail
from bot.models import InboundMessage, RawBlob
from bot.pipeline import steps
from bot.pipeline.cases import Batch
from bot.pipeline.hooks import PipelineContext
from bot.pipeline.lock import processing_lock

log = logging.getLogger(__name__)
# Errors that come out the same on every attempt: the message's own shape (absurd nesting,
# absurd size, a value the database refuses). Retrying only delays the rest of the mailbox.
NON_RETRYABLE: tuple[type[BaseException], ...] = (RecursionError, MemoryError, DataError)
# Ledger rows claimed and processed together. Their letters (two drafts of ~8 kB per case) are
# all in memory until the batch's outbox insert: 200 put the intake's peak RSS at the 150 MB
# budget (bench/intake.py -n 10000), 100 costs no CPU and leaves some 7 MB of it free.
BATCH = 100
CHUNK_BYTES = 32 * 1024 * 1024  # raw bytes held in memory at once


@dataclass
class ProcessReport:
    done: int = 0
    quarantined: int = 0
    retried: int = 0


def _reason(exc: BaseException) -> str:
    frame = traceback.extract_tb(exc.__traceback__)[-1:] if exc.__traceback__ else []
    where = f" (at {frame[0].filename.rsplit('/', 1)[-1]}:{frame[0].lineno})" if frame else ""
    return f"{type(exc).__name__}: {exc}{where}"[:2000]


def _quarantine(inbound: InboundMessage, reason: str, now: datetime) -> None:
    inbound.status = "quarantined"
    inbound.outcome = "quarantined"
    inbound.last_error = reason[:2000]
    inbound.case_id = None
    inbound.processed_at = now


def process_pending(
    engine: Engine, ctx: PipelineContext, *, only: list[int] | None = None
) -> ProcessReport:
    """Process pending ledger rows until none is left (or only the ids in `only`)."""
    with processing_lock(engine):
        return _process_pending(engine, ctx, only)


def _process_pending(engine: Engine, ctx: PipelineContext, only: list[int] | None) -> ProcessReport:
    report = ProcessReport()
    max_attempts = ctx.settings.intake.max_attempts
    after = 0
    while True:
        with Session(engine, expire_on_commit=False) as session:
            query = (
                select(InboundMessage.id)
                .where(InboundMessage.status == "pending", col(InboundMessage.id) > after)
                .order_by(col(InboundMessage.id))
                .limit(BATCH)
            )
            if only is not None:
                query = query.where(col(InboundMessage.id).in_(only))
            inside, boxes = ctx.claims()  # each mailbox's rows go through its own context
            if inside:
                query = query.where(col(InboundMessage.mailbox).in_(boxes))
            elif boxes:
                query = query.where(col(InboundMessage.mailbox).not_in(boxes))
            rows = session.execute(query.add_columns(col(InboundMessage.attempts))).all()
            if not rows:
                if report.retried and after:
                    after = 0  # another pass for the ones that failed and may be retried
                    report.retried = 0
                    continue
                return report
            after = rows[-1].id
            ids = [row.id for row in rows]
            # A batch with a message that was claimed before and never finished may hold the
            # one that killed the process: then each message goes alone, claimed and committed
            # on its own, so that further crashes are charged to that message only and the
            # others of its batch are not quarantined with it.
            groups = [[i] for i in ids] if any(row.attempts for row in rows) else [ids]
            for group in groups:
                _claim_and_process(session, ctx, group, max_attempts, report)


def _claim_and_process(
    session: Session, ctx: PipelineContext, ids: list[int], max_attempts: int, report: ProcessReport
) -> None:
    # Claim: count the attempt first, so that a crash inside is counted too.
    session.execute(
        update(InboundMessage)
        .where(col(InboundMessage.id).in_(ids))
        .values(attempts=InboundMessage.attempts + 1)
    )
    session.commit()
    _process_batch(session, ctx, ids, max_attempts, report)
    failpoint("before-commit")
    session.commit()
    failpoint("after-commit")


def _process_batch(
    session: Session, ctx: PipelineContext, ids: list[int], max_attempts: int, report: ProcessReport
) -> None:
    inbounds = list(
        session.execute(
            select(InboundMessage)
            .where(col(InboundMessage.id).in_(ids))
            .order_by(col(InboundMessage.id))
        ).scalars()
    )
    for chunk in _by_size(inbounds, CHUNK_BYTES):
        raws = dict(
            session.execute(
                select(RawBlob.sha256, RawBlob.data).where(
                    col(RawBlob.sha256).in_({m.sha256 for m in chunk})
                )
            ).all()
        )
        # End the transaction before parsing: on SQLite every transaction holds the write
        # lock (BEGIN IMMEDIATE), and the outbox, the jobs and a second process must not wait
        # on a parse. Earlier chunks' work is committed with it (each chunk stands alone).
        session.commit()
        mails = {m.id: _read(ctx, raws[m.sha256]) for m in chunk}
        del raws
        known = steps.handled_fingerprints(
            session,
            {steps.fingerprint(m) for m in mails.values() if isinstance(m, ParsedMail)},
            [m.id for m in chunk if m.id is not None],
        )
        # Optimistic: the whole chunk in one savepoint, its new cases opened together (a few
        # multi-row statements). If anything in it fails, it rolls back and each message gets
        # its own savepoint and its own batch.
        part = ProcessReport()
        try:
            with session.begin_nested():
                batch = Batch(session, ctx, known)
                for inbound in chunk:
                    _process_one(
                        session,
                        ctx,
                        inbound,
                        mails[inbound.id],
                        batch,
                        max_attempts,
                        part,
                        isolate=False,
                    )
                batch.flush()
        except Exception:  # noqa: BLE001 - redone below, one savepoint per message
            part = ProcessReport()
            batch = Batch(session, ctx, known)
            for inbound in chunk:
                _process_one(
                    session,
                    ctx,
                    inbound,
                    mails[inbound.id],
                    batch,
                    max_attempts,
                    part,
                    isolate=True,
                )
        report.done += part.done
        report.quarantined += part.quarantined
        report.retried += part.retried


def _read(ctx: PipelineContext, raw: bytes) -> ParsedMail | Exception:
    """Parse outside any savepoint; an error is kept and handled with its message."""
    try:
        return steps.read(ctx, raw)
    except Exception as exc:  # noqa: BLE001 - ParseError quarantines, others count an attempt
        return exc


def _by_size(inbounds: list[InboundMessage], limit: int) -> list[list[InboundMessage]]:
    """Chunks whose raw bytes together stay under `limit`: memory stays flat for big mail."""
    chunks: list[list[InboundMessage]] = [[]]
    total = 0
    for m in inbounds:
        if chunks[-1] and total + m.size > limit:
            chunks.append([])
            total = 0
        chunks[-1].append(m)
        total += m.size
    return [c for c in chunks if c]


def _process_one(
    session: Session,
    ctx: PipelineContext,
    inbound: InboundMessage,
    mail: ParsedMail | Exception,
    batch: Batch,
    max_attempts: int,
    report: ProcessReport,
    *,
    isolate: bool,
) -> None:
    now = ctx.clock()
    if inbound.attempts > max_attempts:
        # Claimed before and never finished: it crashed the process each time.
        reason = inbound.last_error or "the process stopped while handling it"
        _quarantine(inbound, f"gave up after {max_attempts} attempts: {reason}", now)
        report.quarantined += 1
        return
    try:
        if isinstance(mail, Exception):
            raise mail
        if isolate:
            with session.begin_nested():
                _handle(session, ctx, inbound, mail, batch, now)
                batch.flush()
        else:
            _handle(session, ctx, inbound, mail, batch, now)
        report.done += 1
    except ParseError as exc:
        # Raised before anything is written. Retrying cannot change how the bytes parse:
        # quarantine at once, raw kept.
        _quarantine(inbound, f"cannot parse: {exc}", now)
        report.quarantined += 1
    except NON_RETRYABLE as exc:
        if not isolate:
            raise  # the chunk's savepoint rolls back; alone, it is quarantined below
        batch.forget(inbound)
        log.warning("message #%s quarantined at once: %s", inbound.id, _reason(exc))
        _quarantine(inbound, f"cannot be handled (not retried): {_reason(exc)}", now)
        report.quarantined += 1
    except Exception as exc:
        if not isolate:
            raise  # the chunk's savepoint rolls back; the caller retries one by one
        batch.forget(inbound)
        log.exception("message #%s failed (attempt %s)", inbound.id, inbound.attempts)
        inbound.last_error = _reason(exc)
        if inbound.attempts >= max_attempts:
            _quarantine(inbound, f"failed {inbound.attempts} times: {inbound.last_error}", now)
            report.quarantined += 1
        else:
            report.retried += 1


def _handle(
    session: Session,
    ctx: PipelineContext,
    inbound: InboundMessage,
    mail: ParsedMail,
    batch: Batch,
    now: datetime,
) -> None:
    steps.handle(session, ctx, inbound, mail, batch)
    inbound.status = "done"
    inbound.processed_at = now
    inbound.last_error = None
