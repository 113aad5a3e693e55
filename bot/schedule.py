"""Every periodic job of the service in one place: what runs when, on (engine, ctx) only.

`add_jobs` puts the outbox run, the reminder/escalation scan and the coordinator digest on an
APScheduler 3 scheduler (`complaintbot run`); `run_due` runs the handling jobs once, in order
(`complaintbot run --once`). Jobs never send by themselves except the outbox run: they insert
idempotent outbox rows (bot.handling.jobs, bot.handling.digest), so a doubled or missed run is
harmless.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta

from apscheduler.schedulers.base import BaseScheduler
from apscheduler.triggers.cron import CronTrigger
from sqlalchemy.engine import Engine

from bot.context import Context
from bot.handling.digest import run_digest
from bot.handling.jobs import DIGEST_JOB, REMINDER_JOB, run_reminders
from bot.outbox.worker import SendReport, send_pending

log = logging.getLogger(__name__)

OUTBOX_JOB = "outbox"


async def send_outbox(engine: Engine, ctx: Context) -> SendReport | None:
    """One outbox run; a failure is logged, the rows wait for the next run."""
    try:
        return await send_pending(engine, ctx.settings)
    except Exception:  # noqa: BLE001 - the next run retries; the rows wait in the outbox
        log.exception("outbox run failed")
        return None


def run_due(engine: Engine, ctx: Context, now: datetime | None = None) -> dict[str, int]:
    """Every handling job once, synchronously: for `complaintbot run --once`."""
    now = now or ctx.clock()
    return {
        "reminders": run_reminders(engine, ctx, now),
        "digests": run_digest(engine, ctx, now),
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
        try:
            run_digest(engine, ctx)
        except Exception:  # noqa: BLE001
            log.exception("digest failed")

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
    scheduler.add_job(
        digests,
        "date",
        run_date=datetime.now(UTC) + timedelta(seconds=10),
        id=DIGEST_JOB + ".catch-up",
        replace_existing=True,
    )
