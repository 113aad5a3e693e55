"""Every periodic job of the service in one place: what runs when, on (engine, ctx) only.

`add_jobs` puts the outbox run, the reminder/escalation scan and the coordinator digest on an
APScheduler 3 scheduler (`complaintbot run`); `run_due` runs the handling jobs once, in order
(`complaintbot run --once`). Jobs never send by themselves except the outbox run: they insert
idempotent outbox rows (bot.handling.jobs, bot.handling.digest), so a doubled or missed run is
harmless.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime, timedelta

from apscheduler.schedulers.base import BaseScheduler
from apscheduler.triggers.cron import CronTrigger
from sqlalchemy.engine import Engine

from bot.context import Context
from bot.db import session_scope
from bot.handling.digest import run_digest
from bot.handling.jobs import DIGEST_JOB, REMINDER_JOB, mark_run, run_reminders
from bot.ops import alerts, health, privacy
from bot.outbox.worker import SendReport, send_pending

log = logging.getLogger(__name__)

OUTBOX_JOB = "outbox"
ALERT_JOB = "ops.alerts"
RETENTION_JOB = "privacy.retention"


async def send_outbox(engine: Engine, ctx: Context) -> SendReport | None:
    """One outbox run; a failure is logged, the rows wait for the next run. Whether SMTP
    worked is recorded for /healthz, `status` and the alerts (bot.ops.health)."""
    try:
        report = await send_pending(engine, ctx.settings)
        await asyncio.to_thread(health.record_send, engine, report, datetime.now(UTC))
        return report
    except Exception:  # noqa: BLE001 - the next run retries; the rows wait in the outbox
        log.exception("outbox run failed")
        return None


def run_retention(engine: Engine, ctx: Context) -> None:
    """Anonymise what is past its retention ([privacy]; bot.ops.privacy), once a day."""
    try:
        now = datetime.now(UTC)
        done = privacy.run_retention(engine, ctx.settings, now)
        with session_scope(engine) as session:
            mark_run(session, RETENTION_JOB, now, str(done.as_json()))
        log.info("retention: %s", done.as_json())
    except Exception:  # noqa: BLE001 - tomorrow's run catches up
        log.exception("retention failed")


def run_due(engine: Engine, ctx: Context, now: datetime | None = None) -> dict[str, int]:
    """Every handling job once, synchronously: for `complaintbot run --once`."""
    now = now or ctx.clock()
    return {
        "reminders": run_reminders(engine, ctx, now),
        # Each mailbox's coordinators get its own digest ([[mailboxes]]).
        "digests": sum(run_digest(engine, box, now) for box in ctx.every_mailbox()),
    }


def add_jobs(scheduler: BaseScheduler, engine: Engine, ctx: Context) -> None:
    """Add the outbox run and the scan (intervals) and the digest (cron) to `scheduler`.

    The handling jobs are plain functions: AsyncIOScheduler runs them in its thread pool, off
    the event loop. coalesce + max_instances=1: a slow run is never doubled, a missed run runs
    once; misfire_grace_time=None: a run missed while the loop was busy still happens (the
    keys make it harmless).
    """
    settings = ctx.settings
    hs = settings.handling

    async def outbox() -> None:
        await send_outbox(engine, ctx)

    def reminders() -> None:
        try:
            run_reminders(engine, ctx)
        except Exception:  # noqa: BLE001 - the next run recomputes everything
            log.exception("reminder scan failed")

    def digests() -> None:
        for box in ctx.every_mailbox():
            try:
                run_digest(engine, box)
            except Exception:  # noqa: BLE001
                log.exception("digest failed (%s)", box.settings.mailbox)

    scheduler.add_job(
        outbox,
        "interval",
        seconds=settings.scheduler.outbox_seconds,
        id=OUTBOX_JOB,
        coalesce=True,
        max_instances=1,
    )
    scheduler.add_job(
        reminders,
        "interval",
        minutes=hs.scan_minutes,
        id=REMINDER_JOB,
        coalesce=True,
        max_instances=1,
        misfire_grace_time=None,
        next_run_time=datetime.now(UTC) + timedelta(seconds=5),
        replace_existing=True,
    )
    # The digest job also runs at start (catch-up of a digest missed while the bot was down);
    # the key "digest:<coordinator>:<date>" keeps it to one per day.
    scheduler.add_job(
        digests,
        CronTrigger.from_crontab(hs.digest_cron, timezone=settings.calendar.timezone),
        id=DIGEST_JOB,
        coalesce=True,
        max_instances=1,
        misfire_grace_time=None,
        replace_existing=True,
    )
    _add_ops_jobs(scheduler, engine, ctx)
    scheduler.add_job(
        digests,
        "date",
        run_date=datetime.now(UTC) + timedelta(seconds=10),
        id=DIGEST_JOB + ".catch-up",
        replace_existing=True,
    )


def _add_ops_jobs(scheduler: BaseScheduler, engine: Engine, ctx: Context) -> None:
    """Alerts every minute, the retention job daily ([privacy].cron). (The suppression list
    needs no job: the pipeline lists a bounce's address when it files it.)"""
    settings = ctx.settings

    async def alert() -> None:
        try:
            queued = await asyncio.to_thread(alerts.check, engine, settings, datetime.now(UTC))
        except Exception:  # noqa: BLE001 - the next minute tries again
            log.exception("alert check failed")
            return
        if queued:
            await send_outbox(engine, ctx)

    def retention() -> None:
        run_retention(engine, ctx)

    every_minute = {"coalesce": True, "max_instances": 1, "replace_existing": True}
    scheduler.add_job(alert, "interval", minutes=1, id=ALERT_JOB, **every_minute)
    scheduler.add_job(
        retention,
        CronTrigger.from_crontab(settings.privacy.cron, timezone=settings.calendar.timezone),
        id=RETENTION_JOB,
        coalesce=True,
        max_instances=1,
        replace_existing=True,
    )
