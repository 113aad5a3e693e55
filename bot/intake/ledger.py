"""Custody ledger: the raw bytes of every message are stored and committed before anything else.

A message is known by where it was seen, (mailbox, UIDVALIDITY, UID), so fetching it again is
harmless. When a server changes a folder's UIDVALIDITY, every UID is new: a message whose bytes
we already hold from an earlier UIDVALIDITY of the same mailbox gets a new sighting, not a new
ledger row. Identical bytes under the same UIDVALIDITY but another UID are a second delivery:
a new row, which the pipeline files as a resend.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

from sqlalchemy import insert
from sqlmodel import Session, col, select

from bot.db import insert_for
from bot.mail import RawMail
from bot.models import InboundMessage, MailboxSighting, RawBlob, table_of, utcnow


@dataclass(frozen=True, slots=True)
class Taken:
    inbound_id: int
    new: bool  # False: we had this message already (re-fetch, rescan, re-import)


def sha256(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


def known_sightings(
    session: Session, mailbox: str, uidvalidity: int, uids: list[int]
) -> dict[int, tuple[int, str, bool]]:
    """UID -> (inbound id, inbound status, moved) for the UIDs of this mailbox we have seen."""
    if not uids:
        return {}
    rows = session.execute(
        select(
            MailboxSighting.uid,
            MailboxSighting.inbound_id,
            InboundMessage.status,
            MailboxSighting.moved,
        )
        .join(InboundMessage, col(InboundMessage.id) == MailboxSighting.inbound_id)
        .where(
            MailboxSighting.mailbox == mailbox,
            MailboxSighting.uidvalidity == uidvalidity,
            col(MailboxSighting.uid).in_(uids),
        )
    )
    return {uid: (iid, status, moved) for uid, iid, status, moved in rows}


def _store_blobs(session: Session, blobs: dict[str, bytes]) -> None:
    """Keep the bytes once per SHA-256; identical bytes seen again cost nothing more."""
    insert = insert_for(session)
    session.execute(
        insert(RawBlob).on_conflict_do_nothing(index_elements=["sha256"]),
        [{"sha256": d, "size": len(raw), "data": raw} for d, raw in blobs.items()],
    )


def _row(mail: RawMail, digest: str, channel: str, mailbox: str) -> dict[str, Any]:
    message_id, from_, subject = _header_preview(mail.raw)
    return {
        "source": mail.source,
        "channel": channel,
        "mailbox": mailbox,
        "sha256": digest,
        "message_id": message_id[:998] if message_id else None,
        "from_addr": from_,
        "subject": subject,
        "size": len(mail.raw),
        "received_at": mail.received_at or utcnow(),
        "status": "pending",
        "attempts": 0,
    }


_INBOUND = table_of(InboundMessage)
_SIGHTING = table_of(MailboxSighting)


def take_new(
    session: Session, mails: list[RawMail], *, channel: str = "mail", mailbox: str = "default"
) -> list[int]:
    """Record IMAP messages seen for the first time, three multi-row inserts for the lot.

    Only for UIDs `known_sightings` did not know, in a mailbox whose UIDVALIDITY never changed
    (`other_uidvalidity` False): none of them can be a message we hold already. Not committed.
    """
    if not mails:
        return []
    rows: list[dict[str, Any]] = []
    blobs: dict[str, bytes] = {}
    for mail in mails:
        assert mail.uid is not None and mail.uidvalidity is not None
        digest = sha256(mail.raw)
        blobs.setdefault(digest, mail.raw)
        rows.append(_row(mail, digest, channel, mailbox))
    _store_blobs(session, blobs)
    del blobs
    ids = list(
        session.execute(
            insert(_INBOUND).returning(_INBOUND.c.id, sort_by_parameter_order=True), rows
        ).scalars()
    )
    now = utcnow()
    session.execute(
        insert(_SIGHTING),
        [
            {
                "mailbox": m.source,
                "uidvalidity": m.uidvalidity,
                "uid": m.uid,
                "inbound_id": iid,
                "seen_at": now,
                "moved": False,
            }
            for m, iid in zip(mails, ids, strict=True)
        ],
    )
    return ids


def _header_preview(raw: bytes) -> tuple[str | None, str, str]:
    """Message-ID, From and Subject from the raw header block, cheaply, for listings only.

    The real parse happens in the pipeline; this must never fail, whatever the bytes.
    """
    head = raw.split(b"\r\n\r\n", 1)[0].split(b"\n\n", 1)[0][:65536]
    values: dict[str, str] = {}
    current = None
    for line in head.replace(b"\r\n", b"\n").split(b"\n"):
        if line[:1] in (b" ", b"\t") and current:
            values[current] += " " + line.strip().decode("utf-8", "replace")
            continue
        name, sep, value = line.partition(b":")
        current = name.strip().lower().decode("ascii", "replace") if sep else None
        if current in ("message-id", "from", "subject") and current not in values:
            values[current] = value.strip().decode("utf-8", "replace")
        elif current not in ("message-id", "from", "subject"):
            current = None
    mid = values.get("message-id", "").strip().strip("<>") or None
    return mid, values.get("from", "")[:320], values.get("subject", "")[:998]


def other_uidvalidity(session: Session, mailbox: str, uidvalidity: int) -> bool:
    """Whether we saw this mailbox under another UIDVALIDITY (only then can a UID be a rescan).

    Two range probes of the (mailbox, uidvalidity, uid) index: `!=` would read every sighting
    of the mailbox, a cost that grows with every message ever taken in.
    """
    s = MailboxSighting
    for other in (s.uidvalidity < uidvalidity, s.uidvalidity > uidvalidity):
        if session.execute(select(s.id).where(s.mailbox == mailbox, other).limit(1)).first():
            return True
    return False


def take(
    session: Session,
    mail: RawMail,
    *,
    channel: str = "mail",
    uid_checked: bool = False,
    rescan_possible: bool = True,
    mailbox: str = "default",
) -> Taken:
    """Record `mail` in the ledger (not committed: the caller commits the batch).

    `mailbox`: the [[mailboxes]] id it came in through (whose pipeline processes it).
    `uid_checked`: the caller already looked this UID up with `known_sightings` (batched).
    `rescan_possible`: False when `other_uidvalidity` said no for this mailbox.
    """
    digest = sha256(mail.raw)
    imap = mail.uid is not None and mail.uidvalidity is not None
    if mail.uid is not None and mail.uidvalidity is not None and not uid_checked:
        found = known_sightings(session, mail.source, mail.uidvalidity, [mail.uid])
        if found:
            return Taken(found[mail.uid][0], new=False)
    if imap and rescan_possible:
        earlier = session.execute(
            select(MailboxSighting.inbound_id)
            .join(InboundMessage, col(InboundMessage.id) == MailboxSighting.inbound_id)
            .where(
                InboundMessage.sha256 == digest,
                MailboxSighting.mailbox == mail.source,
                MailboxSighting.uidvalidity != mail.uidvalidity,
            )
            .limit(1)
        ).scalar()
        if earlier is not None:  # the same bytes under an earlier UIDVALIDITY: a rescan
            session.add(_sighting(mail, earlier))
            return Taken(earlier, new=False)
    elif not imap:
        # Imports and the demo: the same bytes imported twice are the same message.
        earlier = session.execute(
            select(InboundMessage.id).where(InboundMessage.sha256 == digest).limit(1)
        ).scalar()
        if earlier is not None:
            return Taken(earlier, new=False)

    _store_blobs(session, {digest: mail.raw})
    inbound = InboundMessage(**_row(mail, digest, channel, mailbox))
    session.add(inbound)
    session.flush()
    assert inbound.id is not None
    if imap:
        session.add(_sighting(mail, inbound.id))
    return Taken(inbound.id, new=True)


def _sighting(mail: RawMail, inbound_id: int) -> MailboxSighting:
    """Where an IMAP message was seen: (mailbox, UIDVALIDITY, UID) -> the ledger row."""
    assert mail.uid is not None and mail.uidvalidity is not None  # only IMAP mail has them
    return MailboxSighting(
        mailbox=mail.source, uidvalidity=mail.uidvalidity, uid=mail.uid, inbound_id=inbound_id
    )
