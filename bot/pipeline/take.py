"""One pass over the mailbox: fetch what is new -> commit to the ledger -> process -> file away.

The order is the custody rule: the IMAP copy is moved only after the commit that holds its
bytes and its outcome. A crash anywhere leaves either the message in the folder (taken again,
recognised by its UID) or a committed row whose IMAP copy is moved on the next pass.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import update
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from bot.faults import failpoint
from bot.intake import ledger
from bot.intake.imap import Mailbox
from bot.models import InboundMessage, MailboxSighting
from bot.pipeline.hooks import PipelineContext
from bot.pipeline.lock import processing_lock
from bot.pipeline.runner import ProcessReport, process_pending
from bot.vocab import InboundStatus

log = logging.getLogger(__name__)
FETCH_BYTES = 32 * 1024 * 1024  # fetch at most this much per round trip: memory stays flat


@dataclass
class TakeReport:
    seen: int = 0
    new: int = 0
    filed_away: int = 0
    processed: ProcessReport | None = None


def _batches(sizes: dict[int, int], count: int) -> list[list[int]]:
    batches: list[list[int]] = [[]]
    total = 0
    for uid in sorted(sizes):
        if batches[-1] and (len(batches[-1]) >= count or total + sizes[uid] > FETCH_BYTES):
            batches.append([])
            total = 0
        batches[-1].append(uid)
        total += sizes[uid]
    return [b for b in batches if b]


def take_mailbox(
    mailbox: Mailbox,
    engine: Engine,
    ctx: PipelineContext,
    *,
    stop: Callable[[], bool] | None = None,
) -> TakeReport:
    """One pass; `stop` is asked between fetch batches (SIGTERM must not wait for a backlog)."""
    report = TakeReport()
    mailbox.refresh()
    sizes = mailbox.sizes()
    report.seen = len(sizes)
    total = ProcessReport()
    for uids in _batches(sizes, ctx.settings.imap.batch_size):
        if stop is not None and stop():
            break
        try:
            ids, new = _record(mailbox, engine, uids, ctx.settings.mailbox)
        except IntegrityError:
            # Another bot process recorded some of these UIDs at the same moment: ours rolled
            # back whole; now they are known and the second try only adds what is left.
            ids, new = _record(mailbox, engine, uids, ctx.settings.mailbox)
        report.new += new
        failpoint("after-ledger-commit")
        part = process_pending(engine, ctx, only=ids)
        total.done += part.done
        total.quarantined += part.quarantined
        report.filed_away += file_away(mailbox, engine)
    # Anything pending from an earlier run (e.g. a failed attempt) gets its retry now.
    part = process_pending(engine, ctx)
    total.done += part.done
    total.quarantined += part.quarantined
    report.filed_away += file_away(mailbox, engine)
    report.processed = total
    return report


def _record(
    mailbox: Mailbox, engine: Engine, uids: list[int], box_id: str
) -> tuple[list[int], int]:
    """Fetch the UIDs we do not know yet and commit their bytes: (ledger ids to process, new)."""
    new = 0
    with Session(engine, expire_on_commit=False) as session:
        known = ledger.known_sightings(session, mailbox.name, mailbox.uidvalidity, uids)
        fresh = [u for u in uids if u not in known]
        ids = [iid for iid, status, _ in known.values() if status == "pending"]
        rescan = bool(fresh) and ledger.other_uidvalidity(
            session, mailbox.name, mailbox.uidvalidity
        )
        if rescan:  # a UIDVALIDITY change: each message may be one we hold already
            for mail in mailbox.fetch(fresh):
                taken = ledger.take(
                    session, mail, uid_checked=True, rescan_possible=True, mailbox=box_id
                )
                new += taken.new
                ids.append(taken.inbound_id)
        else:
            taken_ids = ledger.take_new(session, list(mailbox.fetch(fresh)), mailbox=box_id)
            new += len(taken_ids)
            ids += taken_ids
        session.commit()
    return ids, new


def file_away(mailbox: Mailbox, engine: Engine) -> int:
    """Move every committed-and-finished message of this mailbox out of the folder.

    Under the processing lock, like the processing itself: the rows still to move are read,
    moved and marked in one owner's hands, so a second process never moves the same UID again
    (two concurrent UID MOVEs of one message leave two copies in Processed on Dovecot). After
    a crash between the move and the mark, the next owner's MOVE of gone UIDs is a no-op.
    """
    with processing_lock(engine):
        return _file_away(mailbox, engine)


def _file_away(mailbox: Mailbox, engine: Engine) -> int:
    with Session(engine) as session:
        rows = session.execute(
            select(MailboxSighting.id, MailboxSighting.uid)
            .join(InboundMessage, col(InboundMessage.id) == MailboxSighting.inbound_id)
            .where(
                MailboxSighting.mailbox == mailbox.name,
                MailboxSighting.uidvalidity == mailbox.uidvalidity,
                col(MailboxSighting.moved).is_(False),
                col(InboundMessage.status).in_((InboundStatus.DONE, InboundStatus.QUARANTINED)),
            )
        ).all()
        if not rows:
            return 0
        mailbox.file_away([uid for _, uid in rows])
        failpoint("after-move")
        session.execute(
            update(MailboxSighting)
            .where(col(MailboxSighting.id).in_([sid for sid, _ in rows]))
            .values(moved=True)
        )
        session.commit()
        return len(rows)
