"""One citizen cannot bury a handler in assignment mails (issue 12 point 7).

100 complaints from one mailbox in a day would give the handler 100 assignment mails, each
with the citizen's text and attachments. Past `handling.max_assignment_mails_per_citizen`
assignment mails to one handler for one citizen mailbox in 24 hours, the case is still
opened, numbered, acknowledged (within the citizen's own brake) and assigned, but its
assignment mail is recorded, not sent ("held"), and the case is flagged for review: the
coordinators' digest lists it under "needs review", and a coordinator hands it on with
`complaintbot assign` (which mails a fresh assignment) or deals with it from the command line.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

from sqlalchemy import and_, func, select
from sqlmodel import Session

from bot.context import Context
from bot.mail import mailbox_key
from bot.models import Case, Outbox, table_of
from bot.outbox.enqueue import OutMail
from bot.vocab import OutboxStatus


def cap_assignments(
    session: Session, ctx: Context, assigned: list[tuple[Case, OutMail]], now: datetime
) -> list[OutMail]:
    """The assignment mails of a batch of new cases, those over the cap marked `held` (and
    their cases flagged for review). One query per batch."""
    limit = ctx.settings.handling.max_assignment_mails_per_citizen
    if not assigned or limit == 0:
        return [mail for _, mail in assigned]
    keys = [(mailbox_key(case.sender or ""), mail.to_addr.lower()) for case, mail in assigned]
    counts = _recent(session, {k[0] for k in keys if k[0]}, now)
    out = []
    for (case, mail), key in zip(assigned, keys, strict=True):
        if not key[0]:
            out.append(mail)
            continue
        seen = counts.get(key, 0)
        if seen >= limit:
            case.needs_review = True
            mail = replace(
                mail,
                held=f"{seen} assignment mails to {key[1]} for cases of {key[0]} in 24 h "
                f"(handling.max_assignment_mails_per_citizen = {limit}); listed in the digest",
            )
        else:
            counts[key] = seen + 1
        out.append(mail)
    return out


def _recent(session: Session, mailboxes: set[str], now: datetime) -> dict[tuple[str, str], int]:
    """(citizen mailbox, handler) -> assignment mails sent (not held) in the last 24 hours.
    The citizen's mailbox is read from the acknowledgement of the same case (to_mailbox)."""
    if not mailboxes:
        return {}
    out_t = table_of(Outbox)
    ack = out_t.alias("ack")
    since = now - timedelta(hours=24)
    rows = session.execute(
        select(ack.c.to_mailbox, out_t.c.to_addr, func.count(func.distinct(out_t.c.id)))
        .select_from(out_t)
        .join(ack, and_(ack.c.case_id == out_t.c.case_id, ack.c.purpose.like("ack_%")))
        .where(
            out_t.c.purpose == "assignment",
            out_t.c.status != OutboxStatus.SUPPRESSED,
            out_t.c.created_at >= since,
            ack.c.to_mailbox.in_(sorted(mailboxes)),
        )
        .group_by(ack.c.to_mailbox, out_t.c.to_addr)
    ).all()
    return {(str(mb), str(to).lower()): int(n) for mb, to, n in rows}
