"""What a handler or coordinator can do to a case, shared by mail commands and the CLI.

Every action checks the case's state first and raises `ActionError` (message meant for the
person) before changing anything; then it changes the case, writes one CaseEvent with the
before/after values (who, when, channel) and queues its mails as outbox rows, all in the
caller's transaction. Nothing here commits.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlmodel import Session, col, select

from bot.context import Context
from bot.deadlines.calendar import Deadline, DeadlineError, Extension, Pause
from bot.errors import ActionError
from bot.events import add_events, event_row
from bot.handling import letters
from bot.handling.routing import answer_deadline, is_staff, route
from bot.mail import ParsedMail
from bot.models import Attachment, Case, CaseEvent, InboundMessage
from bot.outbox import contexts
from bot.outbox.enqueue import OutMail, enqueue_mail
from bot.pipeline import replies
from bot.vocab import (
    CITIZEN_KINDS,
    DONE_STATUSES,
    FOUNDED_OUTCOMES,
    KIND_REQUEST_TYPE,
    CaseStatus,
    ClosingOutcome,
    Escalation,
    InadmissibleReason,
    Kind,
    Outcome,
    RequestType,
    SecondLine,
    Typology,
    request_type_of,
)


@dataclass(frozen=True, slots=True)
class Actor:
    who: str  # a mail address, a login name, or "bot"/"scheduler"
    channel: str  # mail | cli | scheduler | form
    inbound_id: int | None = None  # the mail that carried the command


def record(
    session: Session, case: Case, type_: str, actor: Actor, now: datetime, detail: dict[str, Any]
) -> None:
    assert case.id is not None
    add_events(
        session,
        [
            event_row(
                case_id=case.id,
                type_=type_,
                at=now,
                actor=actor.who,
                channel=actor.channel,
                inbound_id=actor.inbound_id,
                detail=detail,
            )
        ],
    )


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def _changes(before: dict[str, Any], after: dict[str, Any]) -> dict[str, Any]:
    return {"before": before, "after": after}


def _require_open(case: Case) -> None:
    if case.status in DONE_STATUSES:
        raise ActionError(
            f"case {case.number} is {case.status}; nothing was changed",
            detail="not_open",
            params={"number": case.number, "status": case.status},
        )


def _require_complaint(case: Case, verb: str) -> None:
    """`answer` and `inadmissible` judge a complaint: an appeal or an information request
    must never receive "we find your complaint unfounded"."""
    if case.kind != Kind.COMPLAINT:
        what = case.kind.replace("_", " ")
        raise ActionError(
            f"case {case.number} is registered as an {what}, not a complaint: {verb} is for "
            f"complaints only. If it is a complaint, first run `complaintbot reclassify "
            f"{case.number} --kind complaint` (by mail: #kind complaint)",
            detail="not_a_complaint",
            params={"number": case.number, "kind": case.kind.replace("_", "-")},
        )


# ----------------------------------------------------------------------------- the deadline


def extension_granted_at(session: Session, case: Case) -> datetime:
    at = session.execute(
        select(CaseEvent.at)
        .where(CaseEvent.case_id == case.id, CaseEvent.type == "extended")
        .order_by(col(CaseEvent.id).desc())
        .limit(1)
    ).scalar()
    return at or case.received_at


def deadline_of(session: Session, ctx: Context, case: Case) -> Deadline:
    """The case's answer deadline with its stopped intervals and extension, from the row."""
    rule = answer_deadline(ctx.settings, kind=case.kind, category=case.category)
    pauses = tuple(
        Pause(datetime.fromisoformat(p[0]), datetime.fromisoformat(p[1]) if p[1] else None)
        for p in (case.pauses or [])
    )
    extension = None
    if case.extension_days:
        extension = Extension(
            case.extension_days, extension_granted_at(session, case), case.extension_reason or ""
        )
    return Deadline(
        start=case.received_at,
        days=rule.answer_days,
        unit=rule.answer_unit,
        pauses=pauses,
        extension=extension,
        max_extension_days=max(ctx.settings.deadlines.max_extension_days, case.extension_days),
    )


def in_legal_time(session: Session, ctx: Context, case: Case, answered: datetime) -> bool:
    """Was the answer sent within the legal deadline (Network indicator 9)? The days from
    receipt to answer, less the days the clock was stopped, against the rule's days plus the
    one extension: not against `due_at`, which a weekend or a holiday may carry further."""
    deadline = deadline_of(session, ctx, case)
    if deadline.is_paused:
        deadline = deadline.resumed(answered)
    paused = deadline.compute(ctx.calendar, now=answered).paused_days
    cal = ctx.calendar
    start, end = cal.local_date(case.received_at), cal.local_date(answered)
    if deadline.unit == "working":
        elapsed = cal.working_days_between(start, end)
    else:
        elapsed = (end - start).days
    return elapsed - paused <= deadline.days + case.extension_days


def _store_pauses(case: Case, deadline: Deadline) -> None:
    case.pauses = [
        [p.start.isoformat(), p.end.isoformat() if p.end else None] for p in deadline.pauses
    ]


# ----------------------------------------------------------------------------- actions


def assign(
    session: Session,
    ctx: Context,
    case: Case,
    address: str,
    *,
    actor: Actor,
    now: datetime,
    note: str = "",
    rule: str = "",
    mail: ParsedMail | None = None,
    inbound: InboundMessage | None = None,
) -> bool:
    """Give the case to `address` and send it the assignment mail. False if already theirs.

    `mail`/`inbound`: the citizen's first mail and its ledger row, when the caller (intake,
    opening the case) has them: a new case then costs no look-ups.
    """
    _require_open(case)
    address = address.strip().lower()
    if "@" not in address:
        raise ActionError(
            f"{address!r} is not a mail address", detail="not_an_address", params={"word": address}
        )
    if case.assignee == address:
        return False
    if not is_staff(ctx.settings, address):
        # A case (the citizen's text, data, attachments, and a reply token) never leaves the
        # organisation on a command's word (issue 12 point 2).
        raise ActionError(
            f"{address} is not an address the configuration knows (handlers, service members, "
            "coordinators, organisation.domain, handling.staff_domains)",
            detail="not_staff",
            params={"address": address},
        )
    previous = case.assignee
    earlier = (
        0
        if inbound is not None and case.assignee is None
        else len(
            session.execute(
                select(CaseEvent.id).where(
                    CaseEvent.case_id == case.id, CaseEvent.type == "assigned"
                )
            ).all()
        )
    )
    detail, out = assignment(
        session,
        ctx,
        case,
        address,
        actor=actor,
        now=now,
        note=note,
        rule=rule,
        mail=mail,
        inbound=inbound,
        nth=earlier + 1,
    )
    record(session, case, "assigned", actor, now, detail)
    enqueue_mail(session, out, now)
    if previous and previous != address and is_staff(ctx.settings, previous):
        _tell_previous(session, ctx, case, previous, actor=actor, now=now, note=note, nth=earlier)
    return True


def _tell_previous(
    session: Session,
    ctx: Context,
    case: Case,
    previous: str,
    *,
    actor: Actor,
    now: datetime,
    note: str,
    nth: int,
) -> None:
    """The former assignee always hears that the case left them, and to whom: a forged or
    mistaken hand-over is then noticed by the person who was working on it."""
    out = letters.staff_mail(
        ctx,
        purpose="reassigned",
        key=f"reassigned:{case.number}:{previous}:{nth}",
        to_addr=previous,
        now=now,
        case=case,
        context=contexts.Reassigned(
            case_number=case.number,
            new_assignee=case.assignee or "",
            assigned_by=actor.who,
            note=note,
        ),
    )
    enqueue_mail(session, out, now)


def assignment(
    session: Session,
    ctx: Context,
    case: Case,
    address: str,
    *,
    actor: Actor,
    now: datetime,
    note: str,
    rule: str,
    mail: ParsedMail | None,
    inbound: InboundMessage | None,
    nth: int,
) -> tuple[dict[str, Any], OutMail]:
    """The case goes to `address` (changed on the object): (event detail, assignment mail).

    Neither is written here: `assign` writes them one by one, intake for a batch of new cases
    (bot.pipeline.cases). `nth`: how many times the case has been assigned, this one included.
    """
    before = {"assignee": case.assignee, "service": case.service}
    case.assignee = address
    if case.service is None:
        case.service = route(ctx.settings, case.category).service
    detail = {
        **_changes(before, {"assignee": case.assignee, "service": case.service}),
        "rule": rule or f"assigned by {actor.who}",
        "note": note,
    }
    reply_to = letters.reply_address_for(ctx.for_mailbox(case.mailbox).settings, case, address, now)
    hs = ctx.settings.handling
    # A new case from a mail without attachments: nothing to copy.
    copied: list[Attachment] = []
    listed: list[dict[str, Any]] = []
    if inbound is None or mail is None or mail.attachments:
        copied, listed = letters.case_attachments(
            session,
            case,
            hs.max_attachment_bytes,
            first=inbound,
            hold_executables=hs.hold_executable_attachments,
        )
    context = letters.assignment_context(
        session,
        ctx,
        case,
        reply_to=reply_to,
        rule=rule or f"#assign by {actor.who}",
        note=note,
        assigned_by=actor.who,
        attachments=listed,
        mail=mail,
    )
    out = letters.staff_mail(
        ctx,
        purpose="assignment",
        key=f"assignment:{case.number}:{address}:{nth}",
        to_addr=address,
        now=now,
        context=context,
        case=case,
        reply_to=reply_to,
        attachments=copied,
    )
    return detail, out


def answer(
    session: Session,
    ctx: Context,
    case: Case,
    *,
    outcome: str,
    typology: str | None,
    text: str,
    actor: Actor,
    now: datetime,
    resolved: bool | None = None,
) -> None:
    """The reasoned final answer (with the second line) to the citizen; the case closes.
    `resolved`: for a founded or partly founded complaint, whether it was put right
    (Network indicator 7); ignored otherwise."""
    _require_open(case)
    _require_complaint(case, "answer")
    outcome = Outcome(outcome).value
    typology = Typology(typology).value if typology else None
    if outcome in FOUNDED_OUTCOMES and typology is None and ctx.settings.handling.require_typology:
        raise ActionError(
            f"a {outcome.replace('_', ' ')} complaint needs a typology: "
            "behaviour, quality, processing or complaint_handling",
            detail="example",
            params={
                "example": f"#answer {outcome.replace('_', '-')} "
                "behaviour|quality|processing|complaint-handling"
            },
        )
    if outcome not in FOUNDED_OUTCOMES:
        typology = None
    if not text.strip():
        raise ActionError("the answer for the citizen is empty", detail="answer_empty")
    before = _snapshot(case)
    deadline = deadline_of(session, ctx, case)
    if deadline.is_paused:  # answered while waiting: the clock stops for good
        deadline = deadline.resumed(now)
        _store_pauses(case, deadline)
    case.admissible = True
    case.admissibility_due_at = None
    case.admissibility_decided_at = case.admissibility_decided_at or now
    case.outcome, case.typology = outcome, typology
    case.resolved = resolved if outcome in FOUNDED_OUTCOMES else None
    _close_with_letter(
        session,
        ctx,
        case,
        event="answered",
        purpose="final_answer",
        before=before,
        text=text,
        actor=actor,
        now=now,
        letter=lambda second_line: contexts.FinalAnswer(
            case_number=case.number,
            received_at=case.received_at,
            outcome=outcome,
            answer_text=text,
            second_line_text=second_line,
        ),
    )


def inadmissible(
    session: Session,
    ctx: Context,
    case: Case,
    *,
    reason: str,
    text: str,
    actor: Actor,
    now: datetime,
) -> None:
    """The complaint cannot be handled: the citizen is told why and where to go instead."""
    _require_open(case)
    _require_complaint(case, "inadmissible")
    reason = InadmissibleReason(reason).value
    before = _snapshot(case)
    case.admissible = False
    case.admissibility_due_at = None
    case.admissibility_decided_at = now
    case.inadmissible_reason = reason
    case.outcome = "inadmissible"
    case.typology = None
    box = ctx.for_mailbox(case.mailbox).settings  # the case's organisation and categories
    category = box.categories.get(case.category)
    _close_with_letter(
        session,
        ctx,
        case,
        event="inadmissible",
        purpose="inadmissible",
        before=before,
        text=text,
        actor=actor,
        now=now,
        letter=lambda second_line: contexts.InadmissibleLetter(
            case_number=case.number,
            received_at=case.received_at,
            reason=reason,
            answer_text=text,
            appeal_route=category.appeal_route if category else "",
            information_service=box.classification.information_service,
            second_line_text=second_line,
        ),
    )


def _close_with_letter(
    session: Session,
    ctx: Context,
    case: Case,
    *,
    event: str,
    purpose: str,
    before: dict[str, Any],
    text: str,
    actor: Actor,
    now: datetime,
    letter: Callable[[contexts.Localised], contexts.CitizenLetter],
) -> None:
    """Close the case and send the citizen the letter that says so, always with the second
    line that fits the category (circular 23289, criterion 9): `letter` builds it from the
    second line's paragraph."""
    case.answered_in_time = in_legal_time(session, ctx, case, now)
    case.answered_at = case.closed_at = now
    case.status = CaseStatus.CLOSED
    record(
        session,
        case,
        event,
        actor,
        now,
        {
            **_changes(before, _snapshot(case)),
            "text": text,
        },
    )
    chosen = letters.chosen_second_line(session, case)
    paragraph = letters.second_line(ctx.settings, case.category, chosen)["text"]
    letters.to_citizen(
        session,
        ctx,
        case,
        purpose=purpose,
        key=f"{purpose}:{case.number}",
        now=now,
        context=letter(paragraph),
    )


def extend(
    session: Session,
    ctx: Context,
    case: Case,
    *,
    days: int,
    reason: str,
    actor: Actor,
    now: datetime,
) -> None:
    """The single extension, before the deadline expires; the citizen is told the new date."""
    _require_open(case)
    if not reason.strip():
        raise ActionError(
            "an extension needs a reason; the citizen is told why",
            detail="command",
            params={"verb": "extend"},
        )
    current = deadline_of(session, ctx, case)
    try:
        deadline = current.extended(days, at=now, calendar=ctx.calendar, reason=reason)
    except DeadlineError as exc:
        raise ActionError(str(exc), detail=exc.detail, params=exc.params) from None
    before = {"due_at": _iso(case.due_at), "extension_days": case.extension_days}
    due = deadline.compute(ctx.calendar, now=now)
    # What the citizen is told is how far the date they know moves. It can differ from the
    # days granted, as the deadline counts from its own last day, not from the date carried
    # to the next working day (Code judiciaire art. 53: weekends, holidays, closure days).
    known = current.compute(ctx.calendar, now=now).day
    shift = (due.day - known).days
    if shift <= 0:
        raise ActionError(
            f"an extension of {days} days leaves the due date on {known.isoformat()} (the "
            "deadline was carried past non-working days); grant more days",
            detail="extension_too_short",
            params={"days": days, "date": known},
        )
    case.extension_days, case.extension_reason = days, reason
    case.due_at = due.due
    record(
        session,
        case,
        "extended",
        actor,
        now,
        {
            **_changes(before, {"due_at": _iso(case.due_at), "extension_days": days}),
            "reason": reason,
            "date_moved_days": shift,
        },
    )
    letters.to_citizen(
        session,
        ctx,
        case,
        purpose="extension_notice",
        key=f"extension_notice:{case.number}",
        now=now,
        context=contexts.ExtensionNotice(
            case_number=case.number,
            received_at=case.received_at,
            due_date=due.day,
            extension_days=shift,
            extension_reason=reason,
        ),
    )


def wait(
    session: Session, ctx: Context, case: Case, *, question: str, actor: Actor, now: datetime
) -> None:
    """Ask the citizen for details; the deadline clock stops until they reply."""
    _require_open(case)
    if not question.strip():
        raise ActionError(
            "#wait needs the question for the citizen", detail="command", params={"verb": "wait"}
        )
    deadline = deadline_of(session, ctx, case)
    if not deadline.is_paused:
        try:
            deadline = deadline.paused(now)
        except DeadlineError as exc:
            raise ActionError(str(exc), detail=exc.detail, params=exc.params) from None
    asked = session.execute(
        select(CaseEvent.id).where(CaseEvent.case_id == case.id, CaseEvent.type == "waiting")
    ).all()
    before = {"status": case.status, "due_at": _iso(case.due_at)}
    _store_pauses(case, deadline)
    case.status = CaseStatus.WAITING
    case.due_at = deadline.compute(ctx.calendar, now=now).due
    record(
        session,
        case,
        "waiting",
        actor,
        now,
        {
            **_changes(before, {"status": case.status, "due_at": _iso(case.due_at)}),
            "question": question,
        },
    )
    letters.to_citizen(
        session,
        ctx,
        case,
        purpose="ask_details",
        key=f"ask_details:{case.number}:{len(asked) + 1}",
        now=now,
        context=contexts.AskDetails(
            case_number=case.number, received_at=case.received_at, question=question
        ),
    )


def resume(session: Session, ctx: Context, case: Case, *, actor: Actor, now: datetime) -> bool:
    """The citizen replied: close the open pause, recompute due_at. False if the clock ran."""
    deadline = deadline_of(session, ctx, case)
    was_waiting = case.status == CaseStatus.WAITING
    if not deadline.is_paused and not was_waiting:
        return False
    before = {"status": case.status, "due_at": _iso(case.due_at)}
    if deadline.is_paused:
        deadline = deadline.resumed(now)
        _store_pauses(case, deadline)
    if case.status == CaseStatus.WAITING:
        case.status = CaseStatus.OPEN
    case.due_at = deadline.compute(ctx.calendar, now=now).due
    record(
        session,
        case,
        "clock_restarted",
        actor,
        now,
        _changes(before, {"status": case.status, "due_at": _iso(case.due_at)}),
    )
    return True


def note(
    session: Session, ctx: Context, case: Case, *, text: str, actor: Actor, now: datetime
) -> None:
    if not text.strip():
        raise ActionError("the note is empty", detail="command", params={"verb": "note"})
    record(session, case, "note", actor, now, {"text": text})


def set_category(
    session: Session, ctx: Context, case: Case, *, name: str, actor: Actor, now: datetime
) -> bool:
    """A person corrects the category the rules proposed (audited); False: nothing changed.

    The category proposes the second line (unless a person chose one) and labels the case in
    reports; the assignee is not changed (#assign does that)."""
    _require_open(case)
    if name not in ctx.settings.categories:
        known = ", ".join(sorted(ctx.settings.categories)) or "(none configured)"
        raise ActionError(
            f"unknown category {name!r}; the categories are: {known}",
            detail="unknown_value",
            params={"word": name, "verb": "category", "choices": known},
        )
    if case.category == name:
        return False
    record(session, case, "category_set", actor, now, _changes(
        {"category": case.category}, {"category": name}
    ))  # fmt: skip
    case.category = name
    return True


def set_second_line(
    session: Session, ctx: Context, case: Case, *, key: str, actor: Actor, now: datetime
) -> bool:
    """A person decides which second line the final answer names (audited, and read back
    from this event when the letter is written); False: it already was that one."""
    _require_open(case)
    known = list(ctx.settings.second_line) or [str(body) for body in SecondLine]
    if key not in known:
        raise ActionError(
            f"unknown second line {key!r}; choose one of: {', '.join(known)}",
            detail="unknown_value",
            params={"word": key, "verb": "second-line", "choices": ", ".join(known)},
        )
    chosen = letters.chosen_second_line(session, case)
    before = letters.second_line_key(ctx.settings, case.category, chosen)
    if chosen == key:
        return False
    proposed = letters.second_line_key(ctx.settings, case.category)
    record(
        session,
        case,
        letters.SECOND_LINE_EVENT,
        actor,
        now,
        {"before": before, "after": key, "proposed": proposed},
    )
    return True


def close(
    session: Session,
    ctx: Context,
    case: Case,
    *,
    actor: Actor,
    now: datetime,
    outcome: str | None = None,
    reason: str = "",
) -> None:
    """Close without a mail (answered by letter, withdrawn, redirected …). A complaint needs
    its admissibility decided first: otherwise it would stay "pending" in every report."""
    _require_open(case)
    if case.kind == Kind.COMPLAINT and case.admissible is None:
        raise ActionError(
            f"the admissibility of complaint {case.number} is not decided: first run "
            f"`complaintbot admissible {case.number}` (by mail: #admissible) or "
            f"`complaintbot inadmissible {case.number} REASON`, then close it"
        )
    if (
        outcome is not None
        and outcome not in list(ClosingOutcome)
        and outcome not in {o.value for o in Outcome}
    ):
        raise ActionError(f"unknown outcome {outcome!r}")
    before = _snapshot(case)
    if outcome:
        case.outcome = outcome
    case.closed_at = now
    case.status = CaseStatus.CLOSED
    record(
        session, case, "closed", actor, now, {**_changes(before, _snapshot(case)), "reason": reason}
    )


def admissible(
    session: Session, ctx: Context, case: Case, *, actor: Actor, now: datetime, note: str = ""
) -> bool:
    """The complaint is admissible: the admissibility clock stops, the answer clock runs on.
    False if it was already so decided."""
    _require_open(case)
    _require_complaint(case, "admissible")
    if case.admissible:
        return False
    before = {
        "admissible": case.admissible,
        "admissibility_due_at": _iso(case.admissibility_due_at),
    }
    late = case.admissibility_due_at is not None and now > case.admissibility_due_at
    case.admissible, case.admissibility_due_at = True, None
    case.admissibility_decided_at = now
    record(
        session,
        case,
        "admissible",
        actor,
        now,
        {
            **_changes(before, {"admissible": True, "admissibility_due_at": None}),
            "late": late,
            "note": note,
        },
    )
    return True


def reclassify(
    session: Session,
    ctx: Context,
    case: Case,
    *,
    kind: str,
    actor: Actor,
    now: datetime,
    reason: str = "",
) -> bool:
    """The case is in fact of another kind: recorded, then routed as a new case of that kind
    would be. The citizen gets the acknowledgement of the new kind (never twice the same), an
    appeal or information request is forwarded to its service, a complaint gets its answer
    deadline from the day it was received and goes to its handler. False if nothing changes.
    A forwarded appeal may become a complaint (it opens again); a closed case stays closed.
    """
    if case.status == CaseStatus.CLOSED:
        raise ActionError(
            f"case {case.number} is closed; nothing was changed",
            detail="not_open",
            params={"number": case.number, "status": case.status},
        )
    kind = kind.strip().lower().replace("-", "_")
    if kind not in CITIZEN_KINDS:
        raise ActionError(
            f"kind: one of {', '.join(CITIZEN_KINDS)}, not {kind!r}",
            detail="unknown_value",
            params={"word": kind, "verb": "kind", "choices": ", ".join(CITIZEN_KINDS)},
        )
    if kind == case.kind:
        return False
    before = {"kind": case.kind, "status": case.status, "due_at": _iso(case.due_at)}
    before["request_type"] = case.request_type
    if case.request_type in (None, KIND_REQUEST_TYPE.get(case.kind)):
        # The request type followed the kind: it follows it again (a person's own typing,
        # e.g. suggestion, is kept).
        new_type = KIND_REQUEST_TYPE.get(kind)
        case.request_type = str(new_type) if new_type else case.request_type
    case.kind = kind
    if case.status == CaseStatus.FORWARDED:
        case.status, case.closed_at = CaseStatus.OPEN, None
    if kind == Kind.COMPLAINT and case.admissible is None:
        d = ctx.settings.deadlines
        case.admissibility_due_at = ctx.calendar.add_days(
            now, d.admissibility_days, d.admissibility_unit
        )
    elif kind != Kind.COMPLAINT:
        case.admissibility_due_at = None
    case.due_at = deadline_of(session, ctx, case).compute(ctx.calendar, now=now).due
    after = {"kind": case.kind, "status": case.status, "due_at": _iso(case.due_at)}
    after["request_type"] = case.request_type
    record(session, case, "reclassified", actor, now, {**_changes(before, after), "reason": reason})
    inbound = letters.first_inbound(session, case)
    mail = letters.citizen_mail(session, case) or _mail_of(case)
    for out in replies.new_case_mails(
        ctx, case=case, mail=mail, inbound_id=inbound.id if inbound else None, now=now
    ):
        enqueue_mail(session, out, now)
    if kind == Kind.COMPLAINT and case.assignee is None:
        target = route(ctx.settings, case.category)
        case.service = case.service or target.service
        if target.assignee:
            assign(session, ctx, case, target.assignee, actor=actor, now=now, rule=target.rule)
    return True


def _mail_of(case: Case) -> ParsedMail:
    """A stand-in for the first mail of a case that did not come by mail (a registered letter
    or phone call): what the letters quote of it."""
    return ParsedMail(
        message_id=None,
        in_reply_to=None,
        references=(),
        from_addr=case.sender,
        from_name=case.sender_name,
        reply_to=None,
        to=(),
        cc=(),
        subject=case.subject,
        date=case.received_at,
        headers={},
        content_type="text/plain",
        text="",
        html=None,
    )


def escalate(
    session: Session,
    ctx: Context,
    case: Case,
    *,
    to: str,
    actor: Actor,
    now: datetime,
    on: date | None = None,
) -> bool:
    """Record that the case went further after us (Network indicator 13): second line,
    administrative appeal or court. Open or closed alike: it usually follows the answer.
    `on`: when it went further, if not today. False if already recorded so."""
    try:
        where = Escalation(to.strip().lower().replace("-", "_")).value
    except ValueError:
        raise ActionError(
            f"--to: one of {', '.join(e.value for e in Escalation)}, not {to!r}",
            detail="unknown_value",
            params={
                "word": to,
                "verb": "escalate",
                "choices": ", ".join(e.value for e in Escalation),
            },
        ) from None
    if case.escalated_to == where:
        return False
    before = {"escalated_to": case.escalated_to}
    case.escalated_to = where
    record(
        session,
        case,
        "escalated_to",  # not "escalated": that is the overdue escalation to coordinators
        actor,
        now,
        {
            **_changes(before, {"escalated_to": where}),
            "on": (on or ctx.calendar.local_date(now)).isoformat(),
        },
    )
    return True


def reopen(
    session: Session, ctx: Context, case: Case, *, actor: Actor, now: datetime, reason: str = ""
) -> None:
    """A forwarded appeal or information request comes back to us (the service sent it back,
    the citizen wrote again): it is open again, in the backlog, with its deadline."""
    if case.status != CaseStatus.FORWARDED:
        raise ActionError(
            f"case {case.number} is {case.status}; only a forwarded case can be reopened"
        )
    before = {"status": case.status, "closed_at": _iso(case.closed_at)}
    case.status, case.closed_at = CaseStatus.OPEN, None
    record(
        session,
        case,
        "reopened",
        actor,
        now,
        {**_changes(before, {"status": CaseStatus.OPEN, "closed_at": None}), "reason": reason},
    )


def mark_test(
    session: Session, ctx: Context, case: Case, *, actor: Actor, now: datetime, test: bool = True
) -> bool:
    """Mark (or unmark) a mystery-shopping test complaint (circular 23289 §C): it is handled
    like any other but left out of every indicator. False if nothing changes."""
    if case.test == test:
        return False
    record(session, case, "marked_test", actor, now, _changes({"test": case.test}, {"test": test}))
    case.test = test
    return True


def set_request_type(
    session: Session, ctx: Context, case: Case, *, word: str, actor: Actor, now: datetime
) -> bool:
    """A person corrects the request type of Network indicator 1 (audited); False: it
    already was that one. A case that is not a complaint by type has no admissibility to
    decide: its clock stops; a complaint typed back gets it again while undecided."""
    new = request_type_of(word)
    if new is None:
        raise ActionError(
            f"unknown request type {word!r}; choose one of: {', '.join(RequestType)}",
            detail="unknown_value",
            params={"word": word, "verb": "type", "choices": ", ".join(RequestType)},
        )
    if case.request_type == new:
        return False
    record(session, case, "request_type_set", actor, now, _changes(
        {"request_type": case.request_type}, {"request_type": str(new)}
    ))  # fmt: skip
    case.request_type = str(new)
    if new != RequestType.COMPLAINT:
        case.admissibility_due_at = None
    elif (
        case.kind == Kind.COMPLAINT
        and case.admissible is None
        and case.admissibility_due_at is None
        and case.status not in DONE_STATUSES
    ):
        d = ctx.settings.deadlines
        case.admissibility_due_at = ctx.calendar.add_days(
            now, d.admissibility_days, d.admissibility_unit
        )
    return True


def _snapshot(case: Case) -> dict[str, Any]:
    return {
        "status": case.status,
        "admissible": case.admissible,
        "inadmissible_reason": case.inadmissible_reason,
        "outcome": case.outcome,
        "typology": case.typology,
        "resolved": case.resolved,
        "answered_at": _iso(case.answered_at),
        "closed_at": _iso(case.closed_at),
    }
