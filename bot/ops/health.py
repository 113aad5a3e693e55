"""How the service is: durable records of the last good mailbox pass and SMTP run, and the
health checks that `/healthz`, `/metrics` and `complaintbot status` read from the database.

The records are `job_run` rows (no table of their own): `health.intake` and `health.sending`
hold the last success; `health.intake.failing` and `health.sending.failing` hold since when it
has been failing (empty once it works again) and the last error. A restart, a second process
and the `status` command all see the same state.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.engine import Engine
from sqlmodel import Session, col

from bot.db import insert_for
from bot.models import InboundMessage, JobRun, Outbox
from bot.settings import Settings

INTAKE, SENDING = "intake", "sending"
WATCHED = (INTAKE, SENDING)
PREFIX = "health."


def aware(ts: datetime | None) -> datetime | None:
    # SQLite gives naive datetimes back; everything in the database is UTC.
    if ts is None:
        return None
    return ts if ts.tzinfo else ts.replace(tzinfo=UTC)


def _row(session: Session, name: str) -> JobRun:
    """The record, created if absent by insert-if-absent: two processes recording their first
    pass at once must not collide on the key (a look-up then an INSERT raced to a duplicate)."""
    insert = insert_for(session)
    session.execute(
        insert(JobRun).values(name=name).on_conflict_do_nothing(index_elements=["name"])
    )
    row = session.get(JobRun, name, with_for_update=True)
    assert row is not None  # inserted above or by the other process
    return row


def record_ok(engine: Engine, what: str, now: datetime) -> None:
    """`what` (intake, sending) worked at `now`: the failure, if any, is over."""
    with Session(engine) as session:
        ok = _row(session, PREFIX + what)
        ok.last_run_at, ok.last_result = now, "ok"
        failing = session.get(JobRun, f"{PREFIX}{what}.failing")
        if failing is not None and failing.last_run_at is not None:
            failing.last_run_at = None
        session.commit()


def record_failure(engine: Engine, what: str, now: datetime, error: BaseException | str) -> None:
    """`what` failed at `now`; the first failure of a run of failures is kept as 'since'."""
    text_ = str(error) or repr(error)
    with Session(engine) as session:
        failing = _row(session, f"{PREFIX}{what}.failing")
        if failing.last_run_at is None:
            failing.last_run_at = now
        failing.last_result = text_[:500]
        session.commit()


def record_send(engine: Engine, report: Any, now: datetime) -> None:
    """After an outbox run (a SendReport): SMTP unreachable is a failure; a mail accepted, a
    success. A run with nothing to send says nothing about SMTP."""
    if report is None:
        return
    if report.error:
        record_failure(engine, SENDING, now, report.error)
    elif report.sent:
        record_ok(engine, SENDING, now)


@dataclass
class Watch:
    """One watched activity: last success, failing since (None when well), last error."""

    last_ok_at: datetime | None = None
    failing_since: datetime | None = None
    error: str | None = None


@dataclass
class Check:
    ok: bool
    detail: str


@dataclass
class Snapshot:
    """Everything `status`, `/healthz` and `/metrics` report, read in one go."""

    now: datetime
    database: Check
    watches: dict[str, Watch] = field(default_factory=dict)
    last_sent_at: datetime | None = None
    outbox: dict[str, int] = field(default_factory=dict)
    oldest_pending_at: datetime | None = None
    messages: dict[str, int] = field(default_factory=dict)
    jobs: dict[str, tuple[datetime | None, str | None]] = field(default_factory=dict)
    suppressed: list[dict[str, Any]] = field(default_factory=list)
    checks: dict[str, Check] = field(default_factory=dict)

    @property
    def healthy(self) -> bool:
        return all(c.ok for c in self.checks.values())

    @property
    def quarantined(self) -> int:
        return self.messages.get("quarantined", 0)

    def as_json(self) -> dict[str, Any]:
        def ts(value: datetime | None) -> str | None:
            return value.isoformat(timespec="seconds") if value else None

        return {
            "healthy": self.healthy,
            "checks": {k: {"ok": c.ok, "detail": c.detail} for k, c in self.checks.items()},
            "last_successful_fetch": ts(self.watches[INTAKE].last_ok_at)
            if INTAKE in self.watches
            else None,
            "last_successful_send": ts(self.last_sent_at),
            "intake_failing_since": ts(self.watches[INTAKE].failing_since)
            if INTAKE in self.watches
            else None,
            "sending_failing_since": ts(self.watches[SENDING].failing_since)
            if SENDING in self.watches
            else None,
            "oldest_pending_mail": ts(self.oldest_pending_at),
            "outbox": self.outbox,
            "messages": self.messages,
            "quarantined": self.quarantined,
            "suppressed": self.suppressed,
            "jobs": {
                name: {"last_run_at": ts(at), "last_result": result}
                for name, (at, result) in self.jobs.items()
            },
        }


def snapshot(
    engine: Engine,
    settings: Settings,
    *,
    now: datetime,
    started_at: datetime | None = None,
    counts: bool = True,
) -> Snapshot:
    """Read the state and judge it. `started_at` (the running service's start) gives a fresh
    process a grace period before 'no successful mailbox pass yet' counts as a failure.
    `counts=False` (for /healthz) skips the totals by outcome and status: only indexed
    look-ups, so that a health probe stays in milliseconds on a big database."""
    try:
        with Session(engine) as session:
            session.execute(text("SELECT 1"))
            snap = _read(session, now, counts=counts)
    except Exception as exc:  # noqa: BLE001 - any database failure is the answer here
        detail = str(getattr(exc, "orig", exc)).strip().splitlines()[0] if str(exc) else repr(exc)
        snap = Snapshot(now=now, database=Check(False, f"unreachable: {detail}"))
        snap.checks["database"] = snap.database
        return snap
    snap.checks = _judge(snap, settings, started_at)
    return snap


def _read(session: Session, now: datetime, *, counts: bool) -> Snapshot:
    snap = Snapshot(now=now, database=Check(True, "reachable"))
    rows = session.execute(select(JobRun)).scalars().all()
    by_name = {r.name: r for r in rows}
    for what in WATCHED:
        ok, failing = by_name.get(PREFIX + what), by_name.get(f"{PREFIX}{what}.failing")
        snap.watches[what] = Watch(
            last_ok_at=aware(ok.last_run_at) if ok else None,
            failing_since=aware(failing.last_run_at) if failing else None,
            error=failing.last_result if failing and failing.last_run_at else None,
        )
    snap.jobs = {
        r.name: (aware(r.last_run_at), r.last_result) for r in rows if not r.name.startswith(PREFIX)
    }
    if counts:
        snap.outbox = {
            status: count
            for status, count in session.execute(
                select(col(Outbox.status), func.count()).group_by(col(Outbox.status))
            ).all()
        }
    else:
        pending = select(func.count()).where(col(Outbox.status) == "pending")
        snap.outbox = {"pending": session.execute(pending).scalar_one()}
    # The index (status, next_attempt_at) narrows this to the pending rows.
    snap.oldest_pending_at = aware(
        session.execute(
            select(func.min(col(Outbox.created_at))).where(col(Outbox.status) == "pending")
        ).scalar()
    )
    # sent_at is set only when the server accepted the mail; its index answers at once.
    snap.last_sent_at = aware(session.execute(select(func.max(col(Outbox.sent_at)))).scalar())
    if counts:
        from bot.outbox.suppression import listed

        snap.suppressed = [
            {
                "address": r.address,
                "reason": r.reason,
                "detail": r.detail,
                "until": aware(r.until).isoformat(timespec="seconds"),  # type: ignore[union-attr]
            }
            for r in listed(session, now)
        ]
        snap.messages = {
            (outcome or "pending"): count
            for outcome, count in session.execute(
                select(col(InboundMessage.outcome), func.count()).group_by(
                    col(InboundMessage.outcome)
                )
            ).all()
        }
    return snap


def _age(now: datetime, then: datetime) -> str:
    minutes = int((now - then).total_seconds() // 60)
    return f"{minutes} min ago"


def _judge(snap: Snapshot, s: Settings, started_at: datetime | None) -> dict[str, Check]:
    m = s.monitoring
    now = snap.now
    checks = {"database": snap.database}

    intake = snap.watches[INTAKE]
    limit = timedelta(minutes=m.intake_max_age_minutes)
    if intake.last_ok_at and now - intake.last_ok_at <= limit:
        checks["intake"] = Check(True, f"last mailbox pass {_age(now, intake.last_ok_at)}")
    elif started_at is not None and now - started_at <= limit and intake.failing_since is None:
        checks["intake"] = Check(True, "starting: no mailbox pass yet")
    else:
        last = _age(now, intake.last_ok_at) if intake.last_ok_at else "never"
        why = ""
        if intake.failing_since is not None:
            why = f"; failing since {intake.failing_since:%Y-%m-%d %H:%M} UTC: {intake.error}"
        checks["intake"] = Check(
            False,
            f"no successful mailbox pass for {m.intake_max_age_minutes} min (last: {last}){why}",
        )

    sending = snap.watches[SENDING]
    if sending.failing_since is None:
        checks["smtp"] = Check(True, "usable")
    else:
        checks["smtp"] = Check(
            False,
            f"failing since {sending.failing_since:%Y-%m-%d %H:%M} UTC: {sending.error}",
        )

    limit = timedelta(minutes=m.outbox_max_age_minutes)
    oldest = snap.oldest_pending_at
    if oldest is None or now - oldest <= limit:
        checks["outbox"] = Check(
            True,
            f"{snap.outbox.get('pending', 0)} waiting"
            + (f", oldest queued {_age(now, oldest)}" if oldest else ""),
        )
    else:
        checks["outbox"] = Check(
            False,
            f"oldest waiting mail queued {_age(now, oldest)} "
            f"(limit {m.outbox_max_age_minutes} min); {snap.outbox.get('pending', 0)} waiting",
        )
    return checks
