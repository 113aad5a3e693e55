"""Reminders to handlers, escalations to coordinators and the digest, as idempotent jobs.

A job never sends: it inserts outbox rows whose unique key names the job, the case and the
step ("reminder:<number>:<step>", "escalation:<number>:<round>:<coordinator>"), in one
transaction with the case event. A restart, a second bot instance or a misfired run inserts
nothing twice (procrastinate's periodic-job key), and since every run recomputes what is due
now from the database, a step missed while the bot was down is sent late, once.

Rules (all local dates in calendar.timezone, working days from the WorkingCalendar):

* Reminder step p (one of [handling].reminder_points, e.g. 10, 3, 0) is due once at most p
  working days are left before the case's due day; only the most urgent step reached is sent
  (when the bot was down at step 10 and comes back at step 3, the handler gets step 3 only).
  Only for open complaints with an assignee (a waiting case's clock is stopped), and only
  within office hours: a step reached at night goes out at the next opening.
* Escalation round n of an overdue open complaint: n = 1 on the first working day after the
  due day, then + 1 every escalation_every_days working days; one mail per coordinator per
  round, within office hours.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from bot.context import Context
from bot.db import insert_for, session_scope
from bot.deadlines.calendar import WorkingCalendar
from bot.handling import letters, refusals
from bot.handling.actions import Actor, record
from bot.handling.routing import coordinators
from bot.models import Case, JobRun, Outbox, table_of
from bot.outbox import contexts
from bot.outbox.enqueue import enqueue_mail
from bot.pipeline import replies
from bot.vocab import HANDLED_KINDS, Channel

log = logging.getLogger(__name__)

SCHEDULER = Actor("scheduler", "scheduler")
REMINDER_JOB = "handling.reminders"
DIGEST_JOB = "handling.digest"


@dataclass(frozen=True, slots=True)
class DueMail:
    """One reminder or escalation that is due now and not yet queued."""

    kind: str  # reminder | admissibility_reminder | escalation
    case_id: int
    number: str
    to_addr: str
    due_day: date
    step: int  # reminder: working days left (the point); escalation: the round
    days: int  # reminder: working days left; escalation: working days overdue
    key: str


def existing_keys(session: Session, keys: Sequence[str]) -> set[str]:
    """The outbox keys among `keys` already queued (a job's insert-if-absent check)."""
    found: set[str] = set()
    for i in range(0, len(keys), 500):
        chunk = keys[i : i + 500]
        found.update(
            session.execute(select(Outbox.key).where(col(Outbox.key).in_(chunk))).scalars()
        )
    return found


def working_days_since(cal: WorkingCalendar, days: Iterable[date], today: date) -> dict[date, int]:
    """{d: working days in (d, today]} for many past days d, in one walk over the calendar
    (a backlog of cases overdue for years would otherwise walk those years once per case)."""
    wanted = {d for d in days if d < today}
    out = {d: 0 for d in days if d >= today}
    if not wanted:
        return out
    cur, count = today, 0
    for d in sorted(wanted, reverse=True):
        while cur > d:
            if cal.is_working_day(cur):
                count += 1
            cur -= timedelta(days=1)
        out[d] = count
    return out


def scan(session: Session, ctx: Context, now: datetime) -> list[DueMail]:
    """What needs a reminder or an escalation now (indexed range queries on (status, due_at))."""
    cal = ctx.calendar
    hs = ctx.settings.handling
    if not cal.in_office_hours(now):
        return []
    today = cal.local_date(now)
    c = table_of(Case).c
    kinds = sorted(HANDLED_KINDS)
    wanted: list[DueMail] = []
    left_cache: dict[date, int] = {}

    points = hs.reminder_points  # descending
    if points:
        horizon = cal.end_of_day(cal.add_working_days(today, max(points)))
        rows = session.execute(
            select(c.id, c.number, c.assignee, c.due_at).where(
                c.status == "open",
                c.due_at >= now,
                c.due_at <= horizon,
                c.kind.in_(kinds),
                c.assignee.is_not(None),
            )
        ).all()
        for row in rows:
            day = cal.local_date(row.due_at)
            left = left_cache.get(day)
            if left is None:
                left = left_cache[day] = cal.working_days_between(today, day)
            reached = [p for p in points if p >= left]
            if not reached:
                continue
            step = min(reached)
            wanted.append(
                DueMail(
                    "reminder",
                    row.id,
                    row.number,
                    row.assignee,
                    day,
                    step,
                    left,
                    f"reminder:{row.number}:{step}:{day.isoformat()}",
                )
            )

    wanted += _admissibility_reminders(session, ctx, now, today, points)

    # Each case is escalated to its own mailbox's coordinators ([[mailboxes]]).
    if any(coordinators(box.settings) for box in ctx.every_mailbox()):
        rows = session.execute(
            select(c.id, c.number, c.due_at, c.mailbox).where(
                c.status == "open",
                c.due_at < now,
                c.kind.in_(kinds),
                # History taken in by `import` is reported, not chased (bot.pipeline.cases).
                c.channel != Channel.IMPORT.value,
            )
        ).all()
        days = {row.id: cal.local_date(row.due_at) for row in rows}
        overdue = working_days_since(cal, set(days.values()), today)
        for row in rows:
            day = days[row.id]
            over = overdue[day]
            if over < 1:
                continue
            rnd = (over - 1) // hs.escalation_every_days + 1
            for coord in coordinators(ctx.for_mailbox(row.mailbox).settings):
                wanted.append(
                    DueMail(
                        "escalation",
                        row.id,
                        row.number,
                        coord,
                        day,
                        rnd,
                        over,
                        f"escalation:{row.number}:{rnd}:{coord}",
                    )
                )

    done = existing_keys(session, [w.key for w in wanted])
    return [w for w in wanted if w.key not in done]


ADMISSIBILITY_REMINDER = "admissibility_reminder"


def _admissibility_reminders(
    session: Session, ctx: Context, now: datetime, today: date, points: Sequence[int]
) -> list[DueMail]:
    """The admissibility decision is chased as the answer is: the reminder points shorter than
    its own period ([deadlines] admissibility_days), for open complaints not yet judged."""
    cal = ctx.calendar
    points = [p for p in points if p < ctx.settings.deadlines.admissibility_days]
    if not points:
        return []
    c = table_of(Case).c
    horizon = cal.end_of_day(cal.add_working_days(today, max(points)))
    rows = session.execute(
        select(c.id, c.number, c.assignee, c.admissibility_due_at).where(
            c.status == "open",
            c.admissible.is_(None),
            c.admissibility_due_at >= now,
            c.admissibility_due_at <= horizon,
            c.kind == "complaint",
            c.assignee.is_not(None),
        )
    ).all()
    out = []
    for row in rows:
        day = cal.local_date(row.admissibility_due_at)
        left = cal.working_days_between(today, day)
        reached = [p for p in points if p >= left]
        if reached:
            step = min(reached)
            key = f"{ADMISSIBILITY_REMINDER}:{row.number}:{step}:{day.isoformat()}"
            out.append(
                DueMail(
                    ADMISSIBILITY_REMINDER, row.id, row.number, row.assignee, day, step, left, key
                )
            )
    return out


def send_due(session: Session, ctx: Context, now: datetime, due: Iterable[DueMail]) -> int:
    """Queue the mails of `due` (outbox rows + case events); returns how many were new."""
    hs = ctx.settings.handling
    sent = 0
    for item in due:
        case = session.get(Case, item.case_id)
        if case is None:
            continue
        reply_to = letters.reply_address_for(
            ctx.for_mailbox(case.mailbox).settings, case, item.to_addr, now
        )
        context: contexts.Letter
        if item.kind in ("reminder", ADMISSIBILITY_REMINDER):
            context = contexts.Reminder(
                case_number=case.number,
                due_date=item.due_day,
                days_left=item.days,
                subject=case.subject,
                reply_address=reply_to or "",
                command_lines=refusals.command_lines(),
            )
        else:
            context = contexts.Escalation(
                case_number=case.number,
                due_date=item.due_day,
                overdue_days=item.days,
                round=item.step,
                every=hs.escalation_every_days,
                assignee=case.assignee or "",
                category_label=replies.category_label(ctx, case),
                subject=case.subject,
                reply_address=reply_to or "",
            )
        mail = letters.staff_mail(
            ctx,
            purpose=item.kind,
            key=item.key,
            to_addr=item.to_addr,
            now=now,
            context=context,
            case=case,
            reply_to=reply_to,
        )
        if enqueue_mail(session, mail, now) is not None:
            sent += 1
            record(
                session,
                case,
                {"reminder": "reminded", ADMISSIBILITY_REMINDER: "reminded_admissibility"}.get(
                    item.kind, "escalated"
                ),
                SCHEDULER,
                now,
                {
                    "to": item.to_addr,
                    "step": item.step,
                    "days": item.days,
                    "due_day": item.due_day.isoformat(),
                    "key": item.key,
                },
            )
    return sent


def mark_run(session: Session, name: str, now: datetime, result: str) -> None:
    """Record the run: one upsert, so two bot processes at the first scan never collide on
    the job's key (a look-up then an INSERT raced to a duplicate key)."""
    values = {"last_run_at": now, "last_result": result[:500]}
    insert = insert_for(session)
    session.execute(
        insert(JobRun)
        .values(name=name, **values)
        .on_conflict_do_update(index_elements=["name"], set_=values)
    )


def run_reminders(engine: Engine, ctx: Context, now: datetime | None = None) -> int:
    """One pass of the reminder/escalation job in its own transaction."""
    now = now or ctx.clock()
    with session_scope(engine) as session:
        due = scan(session, ctx, now)
        sent = send_due(session, ctx, now, due)
        mark_run(session, REMINDER_JOB, now, f"{sent} queued")
    if sent:
        log.info("reminders/escalations: %d queued", sent)
    return sent
