"""The coordinator digest: what came in, what is due, what is late, what needs a person.

Every figure is an indexed query (received_at; (status, due_at); (needs_review, status) and
answered_at from migration 0002_handling; inbound_message.status), so the digest stays fast
on a million cases. "Since the last digest" is JobRun["handling.digest"].last_run_at (one day
back for the very first digest).

Written for people (issue 10 point 7): every section lists at most CAP lines, then says how
many more there are and which command lists them; new cases come one per line, grouped by
handler; every label is the reader's language (kinds and statuses from bot.reports.i18n,
categories from [categories.*].label, dates by Babel), and each coordinator gets one mail in
their own language (organisation.coordinators entries may carry one).
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, timedelta
from email.message import EmailMessage
from typing import Any
from zoneinfo import ZoneInfo

from babel.dates import format_date
from sqlalchemy import and_, func, or_, true
from sqlalchemy import select as sa_select  # more than four columns (sqlmodel stops at four)
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from bot.context import Context
from bot.db import session_scope
from bot.handling import letters
from bot.handling.jobs import DIGEST_JOB, existing_keys, mark_run, working_days_since
from bot.handling.routing import coordinators
from bot.mail import mailbox_key
from bot.models import Case, InboundMessage, JobRun, Outbox, Suppression, table_of
from bot.outbox import contexts, suppression
from bot.outbox.compose import compose
from bot.outbox.compose import number as local_number
from bot.outbox.enqueue import enqueue_mail
from bot.outbox.headers import message_id_for, thread_secret, token_for
from bot.reports import i18n
from bot.settings import Settings
from bot.vocab import OPEN_STATUSES

# Lines per section; the totals are always exact and a cut section names the command that
# lists everything. 50 lines a section keeps a digest of a busy year well under 100 kB.
CAP = 50
LIST_COMMAND = "complaintbot list --status open"
# The command that lists a cut section in full, per section.
COMMANDS = {
    "cases": LIST_COMMAND,
    "redirected": "complaintbot list",
    "quarantined": "complaintbot quarantine list",
    "suppressed": "complaintbot status",
}


def last_fire_time(cron: str, tz: ZoneInfo, now: datetime) -> datetime | None:
    """The latest time <= now at which the crontab line fired (within 8 days), or None."""
    from apscheduler.triggers.cron import CronTrigger

    trigger = CronTrigger.from_crontab(cron, timezone=tz)
    t = trigger.get_next_fire_time(None, now - timedelta(days=8))
    last = None
    while t is not None and t <= now:
        last = t
        t = trigger.get_next_fire_time(t, t + timedelta(seconds=1))
    return last


# Filed spam stays listed this long, so a digest missed or sent the same day does not hide it.
FILED_REVIEW_DAYS = 7


def digest_job(ctx: Context) -> str:
    """The JobRun name of this mailbox's digest ("handling.digest" when there is one mailbox)."""
    return f"{DIGEST_JOB}:{ctx.settings.mailbox}" if ctx.boxes else DIGEST_JOB


def of_mailbox(column: Any, ctx: Context) -> Any:
    """The rows of `ctx`'s mailbox ([[mailboxes]]: each mailbox's coordinators get a digest
    of its own cases and mail); every row when there is one mailbox."""
    inside, boxes = ctx.claims()
    if inside:
        return column.in_(boxes)
    return column.not_in(boxes) if boxes else true()


def since_last(session: Session, now: datetime, ctx: Context | None = None) -> datetime:
    row = session.get(JobRun, DIGEST_JOB if ctx is None else digest_job(ctx))
    if row is not None and row.last_run_at is not None:
        return row.last_run_at
    return now - timedelta(days=1)


def collect(session: Session, ctx: Context, now: datetime, *, since: datetime) -> dict[str, Any]:
    """The digest's content, the same for every coordinator."""
    cal = ctx.calendar
    hs = ctx.settings.handling
    c = table_of(Case).c
    today = cal.local_date(now)

    new_cases, new_total = _new_cases(session, ctx, now, since=since)

    horizon = cal.end_of_day(cal.add_working_days(today, hs.digest_due_within_days))
    mine = of_mailbox(c.mailbox, ctx)
    due_where = and_(mine, c.status == "open", c.due_at >= now, c.due_at <= horizon)
    due_total = session.execute(select(func.count()).where(due_where)).scalar_one()
    due_rows = session.execute(
        select(c.number, c.assignee, c.due_at, c.subject)
        .where(due_where)
        .order_by(c.due_at)
        .limit(CAP)
    ).all()
    per_handler: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for number, assignee, due_at, subject in due_rows:
        per_handler[assignee or ""].append(
            {"number": number, "due_date": cal.local_date(due_at), "subject": subject[:120]}
        )
    due_soon = [{"handler": h, "cases": v} for h, v in sorted(per_handler.items())]

    overdue_where = and_(mine, c.status == "open", c.due_at < now)
    overdue_total = session.execute(select(func.count()).where(overdue_where)).scalar_one()
    late = session.execute(
        select(c.number, c.assignee, c.due_at, c.subject)
        .where(overdue_where)
        .order_by(c.due_at)
        .limit(CAP)
    ).all()
    late_days = working_days_since(cal, {cal.local_date(d) for _, _, d, _ in late}, today)
    overdue = [
        {
            "number": n,
            "assignee": a or "",
            "due_date": cal.local_date(d),
            "days": late_days[cal.local_date(d)],
            "subject": s[:120],
        }
        for n, a, d, s in late
    ]

    redirected_where = and_(
        mine,
        c.received_at >= since,
        c.received_at < now,
        c.kind.in_(("appeal", "information_request")),
    )
    redirected_total = session.execute(select(func.count()).where(redirected_where)).scalar_one()
    redirected = [
        {"number": n, "kind": k, "category": cat, "received_at": r}
        for n, k, cat, r in session.execute(
            select(c.number, c.kind, c.category, c.received_at)
            .where(redirected_where)
            .order_by(c.received_at)
            .limit(CAP)
        ).all()
    ]

    m = table_of(InboundMessage).c
    quarantined_where = and_(m.status == "quarantined", of_mailbox(m.mailbox, ctx))
    quarantined_total = session.execute(select(func.count()).where(quarantined_where)).scalar_one()
    quarantined = [
        {"id": i, "from": f, "received_at": r, "reason": (e or "")[:160]}
        for i, f, r, e in session.execute(
            select(m.id, m.from_addr, m.received_at, m.last_error)
            .where(quarantined_where)
            .order_by(m.id.desc())
            .limit(CAP)
        ).all()
    ]

    review_where = and_(mine, c.needs_review.is_(True), c.status.in_(OPEN_STATUSES))
    review_total = session.execute(select(func.count()).where(review_where)).scalar_one()
    needs_review = [
        {"number": n, "status": st, "subject": s[:120]}
        for n, st, s in session.execute(
            select(c.number, c.status, c.subject).where(review_where).order_by(c.id).limit(CAP)
        ).all()
    ]

    # Filed spam, and any filed mail the classifier doubted, of the last FILED_REVIEW_DAYS (at
    # least since the last digest): a person rescues a false positive with
    # `complaintbot reclassify #ID --kind complaint` (issue 15).
    filed_where = and_(
        of_mailbox(m.mailbox, ctx),
        m.outcome == "filed",
        m.case_id.is_(None),
        m.received_at >= min(since, now - timedelta(days=FILED_REVIEW_DAYS)),
        m.received_at < now,
        or_(m.kind == "spam", m.decision["needs_review"].as_boolean().is_(True)),
    )
    filed = session.execute(
        select(m.id, m.kind, m.from_addr, m.subject).where(filed_where).order_by(m.id).limit(CAP)
    ).all()
    review_total += session.execute(select(func.count()).where(filed_where)).scalar_one()
    needs_review += [
        {"number": f"#{i}", "status": k, "subject": f"{(s or '')[:90]} <{f}>"}
        for i, k, f, s in filed
    ]
    needs_review = needs_review[:CAP]

    month = _month_figures(session, ctx, now)
    suppressed = _suppressed(session, ctx, now)
    return {
        "since": since,
        "until": now,
        "new_cases": new_cases,
        "new_shown": sum(len(h["cases"]) for h in new_cases),
        "new_total": new_total,
        "commands": COMMANDS,
        "cap": CAP,
        "due_within": hs.digest_due_within_days,
        "due_soon": due_soon,
        "due_soon_total": due_total,
        "due_soon_shown": len(due_rows),
        "overdue": overdue,
        "overdue_total": overdue_total,
        "redirected": redirected,
        "redirected_total": redirected_total,
        "quarantined": quarantined,
        "quarantined_total": quarantined_total,
        # addresses that get no automatic mail (hard bounce, abuse complaint)
        "suppressed": [
            {"address": r.address, "reason": r.reason, "until": cal.local_date(r.until)}
            for r in suppressed[:CAP]
        ],
        "suppressed_total": len(suppressed),
        "needs_review": needs_review,
        "needs_review_total": review_total,
        "month": month,
    }


def _suppressed(session: Session, ctx: Context, now: datetime) -> list[Suppression]:
    """The listed addresses this mailbox's coordinators may see ([[mailboxes]]): those of
    people its cases wrote to; the first mailbox also gets those no case wrote to (staff,
    alerts). Another mailbox's citizens are not its business."""
    rows = suppression.listed(session, now)
    if not ctx.boxes or not rows:
        return rows
    o, c = table_of(Outbox).c, table_of(Case).c
    keys = sorted({mailbox_key(r.address) for r in rows})
    boxes_of: dict[str, set[str]] = defaultdict(set)
    for key, box in session.execute(
        sa_select(o.to_mailbox, c.mailbox)
        .join(table_of(Case), c.id == o.case_id)
        .where(o.to_mailbox.in_(keys))
        .distinct()
    ).all():
        boxes_of[key].add(box)
    inside, listed = ctx.claims()
    out = []
    for r in rows:
        seen = boxes_of.get(mailbox_key(r.address), set())
        if any((box in listed) == inside for box in seen) or (not seen and ctx.primary):
            out.append(r)
    return out


def _new_cases(
    session: Session, ctx: Context, now: datetime, *, since: datetime
) -> tuple[list[dict[str, Any]], int]:
    """The cases received since the last digest, one line each, grouped by handler (the
    unassigned first, as the coordinators take them): at most CAP lines in all, and every
    handler's exact count even when none of their lines fits."""
    cal = ctx.calendar
    c = table_of(Case).c
    where = and_(of_mailbox(c.mailbox, ctx), c.received_at >= since, c.received_at < now)
    counts = {
        a or "": n
        for a, n in session.execute(
            select(c.assignee, func.count()).where(where).group_by(c.assignee)
        ).all()
    }
    rows = session.execute(
        sa_select(c.number, c.subject, c.kind, c.category, c.assignee, c.due_at)
        .where(where)
        .order_by(func.coalesce(c.assignee, ""), c.received_at, c.id)
        .limit(CAP)
    ).all()
    lines: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for number, subject, kind, category, assignee, due_at in rows:
        lines[assignee or ""].append(
            {
                "number": number,
                "subject": (subject or "")[:120],
                "kind": kind,
                "category": category,
                "due_date": cal.local_date(due_at) if due_at else None,
            }
        )
    groups = [
        {"handler": h, "total": n, "cases": lines.get(h, []), "more": n - len(lines.get(h, []))}
        for h, n in sorted(counts.items())
    ]
    return groups, sum(counts.values())


def _month_figures(session: Session, ctx: Context, now: datetime) -> dict[str, Any]:
    cal = ctx.calendar
    local = cal.to_local(now)
    start = datetime(local.year, local.month, 1, tzinfo=cal.tz)
    c = table_of(Case).c
    mine = of_mailbox(c.mailbox, ctx)
    received = session.execute(
        select(func.count()).where(mine, c.received_at >= start, c.received_at < now)
    ).scalar_one()
    complaints = session.execute(
        select(func.count()).where(
            mine, c.received_at >= start, c.received_at < now, c.kind == "complaint"
        )
    ).scalar_one()
    answered_where = and_(mine, c.answered_at >= start, c.answered_at < now)
    answered, in_time, founded, inadmissible = session.execute(
        select(
            func.count(),
            func.count().filter(c.answered_at <= c.due_at),
            func.count().filter(c.outcome.in_(("founded", "partly_founded"))),
            func.count().filter(c.outcome == "inadmissible"),
        ).where(answered_where)
    ).one()
    open_now = session.execute(select(func.count()).where(mine, c.status == "open")).scalar_one()
    waiting_now = session.execute(
        select(func.count()).where(mine, c.status == "waiting")
    ).scalar_one()
    return {
        "month": date(local.year, local.month, 1),
        "received": received,
        "complaints": complaints,
        "answered": answered,
        "answered_in_time": in_time,
        "in_time_pct": round(100 * in_time / answered) if answered else None,
        "founded": founded,
        "inadmissible": inadmissible,
        "open": open_now,
        "waiting": waiting_now,
    }


def local_date(value: date | None, lang: str) -> str:
    """A date as a reader of `lang` writes it in Belgium ("3 déc. 2026", "3 dec. 2026")."""
    return format_date(value, "medium", locale=f"{lang}_BE") if value else ""


def category_label(settings: Settings, category: str | None, lang: str) -> str:
    """The category's label from [categories.<name>].label, as the letters and the report."""
    cat = settings.categories.get(category or "")
    if cat is not None and cat.label:
        return cat.label.get(lang) or cat.label.get("fr") or next(iter(cat.label.values()))
    return i18n.label(category or "unknown", lang)


def for_reader(data: dict[str, Any], lang: str, settings: Settings) -> dict[str, Any]:
    """The digest's data with every code turned into the words and dates of `lang`; the codes
    stay beside them (a template override may still want them)."""

    def case_row(row: dict[str, Any]) -> dict[str, Any]:
        out = dict(row)
        if "kind" in row:  # one case: "Plainte", not the report's "Plaintes"
            kind = f"kind.{row['kind']}"
            out["kind_label"] = (
                i18n.t(i18n.DIGEST, kind, lang)
                if kind in i18n.DIGEST
                else i18n.label(row["kind"], lang)
            )
        if "days" in row:  # working days late: "1 Werktag Verzug", "3 Werktage Verzug"
            late = "late_one" if row["days"] == 1 else "late"
            out["late_text"] = i18n.t(i18n.DIGEST, late, lang, n=local_number(row["days"], lang))
        if "category" in row:
            out["category_label"] = category_label(settings, row["category"], lang)
        if "status" in row:
            out["status_label"] = i18n.label(row["status"], lang)
        if "due_date" in row:
            out["due_text"] = local_date(row["due_date"], lang)
        return out

    return {
        **data,
        "words": words(lang, data["due_within"]),
        "lang_of_reader": lang,
        "new_cases": [{**g, "cases": [case_row(r) for r in g["cases"]]} for g in data["new_cases"]],
        "due_soon": [{**g, "cases": [case_row(r) for r in g["cases"]]} for g in data["due_soon"]],
        "overdue": [case_row(r) for r in data["overdue"]],
        "redirected": [case_row(r) for r in data["redirected"]],
        "needs_review": [case_row(r) for r in data["needs_review"]],
    }


def words(lang: str, due_within: int) -> dict[str, Any]:
    """The digest's words in `lang` (DIGEST table of the catalogs). "more" keeps its
    placeholders ({n}, {command}): the template fills them for each section."""
    out: dict[str, Any] = {
        key: i18n.t(i18n.DIGEST, key, lang)
        for key in i18n.DIGEST
        if not key.startswith(("kind.", "suppression.")) and key not in ("late", "late_one")
    }
    out["due_soon"] = i18n.t(i18n.DIGEST, "due_soon", lang, n=local_number(due_within, lang))
    out["suppression_reasons"] = {
        key.removeprefix("suppression."): i18n.t(i18n.DIGEST, key, lang)
        for key in i18n.DIGEST
        if key.startswith("suppression.")
    }
    return out


def reference(ctx: Context, fire: datetime) -> str:
    return f"DIGEST-{ctx.calendar.local_date(fire).isoformat()}"


def message(
    ctx: Context, data: dict[str, Any], *, to_addr: str, key: str, ref: str, now: datetime
) -> EmailMessage:
    """The digest as it would be sent (a dry run: nothing is queued)."""
    s = ctx.settings
    lang = s.organisation.coordinator_language(to_addr)
    mid = message_id_for("digest", ref, token_for(key, thread_secret(s)), s.organisation.domain)
    return compose(
        s,
        "digest",
        languages=[lang],
        context=_context(data, lang, s, ref=ref, now=now),
        to_addr=to_addr,
        message_id=mid,
        date=now,
    ).build(s)


def _context(
    data: dict[str, Any], lang: str, settings: Settings, *, ref: str, now: datetime
) -> contexts.Digest:
    """The digest for a reader of `lang`; `ref` stands where a letter has its case number."""
    words = for_reader(data, lang, settings)
    return contexts.Digest(
        case_number=ref,
        **{name: words[name] for name in contexts.field_names(contexts.Digest) - {"case_number"}},
    )


def queue_digests(
    session: Session, ctx: Context, now: datetime, *, fire: datetime, force: bool = False
) -> int:
    """One digest per coordinator for the cron time `fire`; keys make it once per day."""
    coords = coordinators(ctx.settings)
    if not coords:
        return 0
    day = ctx.calendar.local_date(fire)
    box = f"{ctx.settings.mailbox}:" if ctx.boxes else ""  # a coordinator of two mailboxes
    keys = {coord: f"digest:{box}{coord}:{day.isoformat()}" for coord in coords}
    if not force:
        done = existing_keys(session, list(keys.values()))
        keys = {k: v for k, v in keys.items() if v not in done}
        if not keys:
            return 0
    data = collect(session, ctx, now, since=since_last(session, now, ctx))
    ref = reference(ctx, fire)
    queued = 0
    by_lang: dict[str, contexts.Digest] = {}  # one per language, not per coordinator
    for coord, key in keys.items():
        lang = ctx.settings.organisation.coordinator_language(coord)
        if lang not in by_lang:
            by_lang[lang] = _context(data, lang, ctx.settings, ref=ref, now=now)
        mail = letters.staff_mail(
            ctx,
            purpose="digest",
            key=key,
            to_addr=coord,
            now=now,
            context=by_lang[lang],
            languages=[lang],
        )
        if enqueue_mail(session, mail, now) is not None:
            queued += 1
    mark_run(session, digest_job(ctx), now, f"{queued} digest(s) for {day.isoformat()}")
    return queued


def run_digest(engine: Engine, ctx: Context, now: datetime | None = None) -> int:
    """Queue today's digest for every coordinator if the cron time has passed (catch-up)."""
    now = now or ctx.clock()
    fire = last_fire_time(ctx.settings.handling.digest_cron, ctx.calendar.tz, now)
    if fire is None:
        return 0
    with session_scope(engine) as session:
        queued = queue_digests(session, ctx, now, fire=fire)
    return queued
