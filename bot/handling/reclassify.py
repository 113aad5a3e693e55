"""A person corrects the classifier: `complaintbot reclassify REF --kind KIND`.

Filed mail (spam, auto-reply, bounce) has no case number: it is named by its ledger id, shown
as `#123` in the digest's review section and by `complaintbot quarantine`-style listings. A
filed message rescued as complaint, appeal or information request becomes a case exactly as if
intake had classified it so: numbered, acknowledged (the acknowledgement it missed), routed. A
case given another kind from people keeps its number, is re-routed as that kind (its missed
acknowledgement, the forward, the handler) and the change is in the audit trail; by mail, a
handler writes `#kind KIND` (bot.handling.actions.reclassify).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from sqlmodel import Session, select

from bot.errors import ActionError
from bot.events import add_events, event_row
from bot.handling import actions
from bot.handling.actions import Actor
from bot.intake.parse import parse
from bot.mail import RuleHit
from bot.models import Case, InboundMessage, RawBlob
from bot.pipeline.cases import NewCase, open_cases
from bot.pipeline.hooks import PipelineContext
from bot.vocab import CITIZEN_KINDS, Channel


class ReclassifyError(ActionError):
    """What the person asked cannot be done (unknown reference, message not filed …)."""


def ledger_id(ref: str) -> int | None:
    """`#123` or `123` names a message of the ledger; anything else is a case number."""
    text = ref.strip().lstrip("#")
    return int(text) if text.isdigit() else None


def reclassify(
    session: Session,
    ctx: PipelineContext,
    ref: str,
    *,
    kind: str,
    actor: str,
    now: datetime,
    reason: str = "",
) -> str:
    """Apply the correction; returns the case number it ends in."""
    if kind not in CITIZEN_KINDS:
        raise ReclassifyError(f"--kind must be one of {', '.join(CITIZEN_KINDS)}")
    msg_id = ledger_id(ref)
    if msg_id is not None:
        return _rescue(session, ctx, msg_id, kind=kind, actor=actor, now=now)
    case = session.execute(select(Case).where(Case.number == ref.strip().upper())).scalar()
    if case is None:
        raise ReclassifyError(f"no case {ref} (a filed message is named by its ledger id: #ID)")
    if case.kind == kind:
        raise ReclassifyError(f"{case.number} is already a {kind}")
    # Re-routed as a new case of that kind would be (acknowledgement, forward or handler),
    # audited with the before and after (bot.handling.actions.reclassify); as a case of its
    # own mailbox ([[mailboxes]]), whichever context the caller holds.
    box = ctx.for_mailbox(case.mailbox)
    actions.reclassify(
        session, box, case, kind=kind, actor=Actor(actor, Channel.CLI), now=now, reason=reason
    )
    case.needs_review = False
    return case.number


def _rescue(
    session: Session, ctx: PipelineContext, msg_id: int, *, kind: str, actor: str, now: datetime
) -> str:
    inbound = session.get(InboundMessage, msg_id)
    if inbound is None:
        raise ReclassifyError(f"no message #{msg_id} in the ledger")
    if inbound.outcome != "filed" or inbound.case_id is not None:
        where = f"outcome {inbound.outcome}"
        if inbound.case_id:
            where += f", case id {inbound.case_id}"
        raise ReclassifyError(f"message #{msg_id} is not a filed non-case ({where})")
    blob = session.get(RawBlob, inbound.sha256)
    if blob is None:
        raise ReclassifyError(f"message #{msg_id}: raw bytes missing")
    box = ctx.for_mailbox(inbound.mailbox)  # the case is its mailbox's ([[mailboxes]])
    ctx = box if isinstance(box, PipelineContext) else ctx
    mail = parse(blob.data)
    earlier = ctx.classifier.classify(mail)
    was = inbound.kind
    hit = RuleHit("person.reclassify", kind, 1.0, f"{actor}: {was} -> {kind}")
    decision = replace(
        earlier, kind=kind, needs_review=False, refers_to=None, hits=(*earlier.hits, hit)
    )
    inbound.kind = kind
    inbound.filed_reason = None
    inbound.decision = {
        **(inbound.decision or {}),
        "kind": kind,
        "needs_review": False,
        "reclassified_from": was,
    }
    [case] = open_cases(session, ctx, [NewCase(inbound, mail, decision)])
    assert case.id is not None
    detail = {"from": was, "to": kind, "inbound_id": msg_id}
    add_events(session, [_event(case.id, detail, actor=actor, now=now)])
    return case.number


def _event(case_id: int, detail: dict, *, actor: str, now: datetime) -> dict:
    return event_row(
        case_id=case_id, type_="reclassified", at=now, actor=actor, channel="cli", detail=detail
    )
