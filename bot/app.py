"""Composition root: settings -> engine -> context -> mailbox, pipeline, outbox, scheduler.

No business logic here; only wiring, and the long-running loop's connection handling.
"""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import time
from collections.abc import Callable
from functools import cached_property
from pathlib import Path

from apscheduler.schedulers.base import BaseScheduler
from sqlalchemy.engine import Engine
from sqlmodel import Session

from bot.classify import Classifier
from bot.db import make_engine, migrate
from bot.deadlines.calendar import WorkingCalendar
from bot.handling import hooks
from bot.handling.settings import warnings as handling_warnings
from bot.intake import files, ledger
from bot.intake.imap import Mailbox, MailboxError
from bot.outbox.worker import SendReport, send_pending
from bot.pipeline.hooks import CaseHooks, PipelineContext
from bot.pipeline.runner import ProcessReport, process_pending
from bot.pipeline.take import TakeReport, take_mailbox
from bot.schedule import add_jobs, run_due, send_outbox
from bot.settings import Settings

log = logging.getLogger(__name__)


class App:
    def __init__(self, settings: Settings, engine: Engine) -> None:
        self.settings = settings
        self.engine = engine

    @classmethod
    def build(cls, settings: Settings, *, migrate_db: bool = True) -> App:
        engine = make_engine(settings.database.url, echo=settings.database.echo)
        for warning in handling_warnings(settings.handling):
            log.warning("configuration: %s", warning)  # e.g. token-only commands, chosen
        if migrate_db:
            migrate(engine)
        return cls(settings, engine)

    @cached_property
    def ctx(self) -> PipelineContext:
        """Built on first use: read-only commands never load the rules and language models.

        The pipeline's hooks are filled here with case handling (bot.handling.hooks)."""
        return PipelineContext(
            settings=self.settings,
            classifier=Classifier.from_settings(self.settings),
            calendar=WorkingCalendar(self.settings.calendar),
            numbers=self.settings.numbering.format(),
            hooks=CaseHooks(
                reply_target=hooks.reply_target,
                handler_reply=hooks.handler_reply,
                new_case=hooks.new_case,
                citizen_replied=hooks.citizen_replied,
                cap_assignments=hooks.cap_assignments,
                answer_deadline=hooks.answer_deadline,
            ),
        )

    # -- intake -----------------------------------------------------------------------------
    def take_mailbox_once(self) -> TakeReport:
        with Mailbox(self.settings.imap, dict(os.environ)) as box:
            return take_mailbox(box, self.engine, self.ctx)

    def import_path(
        self,
        path: Path,
        *,
        progress: Callable[[int], object] | None = None,
        channel: str = "import",
        scheme: str = "import",
    ) -> ProcessReport:
        """Backfill: take every message under `path` into the ledger, then process them.

        `channel` "import": history, sent nothing; "mail": handled like new mail. `scheme`
        "import": each case dated by the mail's own Date (see bot.intake.files.read)."""
        batch: list[int] = []
        report = ProcessReport()
        session = Session(self.engine, expire_on_commit=False)
        try:
            for mail in files.read(path, scheme=scheme):
                taken = ledger.take(session, mail, channel=channel)
                if taken.new:
                    batch.append(taken.inbound_id)
                if len(batch) >= 200:
                    session.commit()
                    self._add(report, process_pending(self.engine, self.ctx, only=batch))
                    batch = []
                if progress is not None:
                    progress(1)
            session.commit()
        finally:
            session.close()
        self._add(report, process_pending(self.engine, self.ctx))
        return report

    @staticmethod
    def _add(total: ProcessReport, part: ProcessReport) -> None:
        total.done += part.done
        total.quarantined += part.quarantined

    # -- outbox -----------------------------------------------------------------------------
    def send_outbox(self) -> SendReport:
        return asyncio.run(send_pending(self.engine, self.settings))

    # -- the service ----------------------------------------------------------------------------
    def run_once(self) -> tuple[TakeReport, object, dict[str, float]]:
        """Take the mailbox, run due jobs, send the outbox; with the seconds each phase took."""
        t0 = time.perf_counter()
        taken = self.take_mailbox_once()
        try:
            run_due(self.engine, self.ctx)  # reminders, escalations, digest: idempotent outbox rows
        except Exception:  # noqa: BLE001 - a job's bug must not keep the acknowledgements back
            log.exception("scheduled jobs failed; they run again next time")
        t1 = time.perf_counter()
        sent = self.send_outbox()
        t2 = time.perf_counter()
        return taken, sent, {"intake_s": round(t1 - t0, 3), "outbox_s": round(t2 - t1, 3)}

    def serve(self) -> None:
        asyncio.run(Service(self).run())


class Service:
    """`complaintbot run`: IMAP IDLE (or polling) in a thread, jobs on APScheduler 3."""

    def __init__(self, app: App) -> None:
        self.app = app
        self.stopping = asyncio.Event()

    async def run(self) -> None:
        from apscheduler.schedulers.asyncio import AsyncIOScheduler

        self.loop = loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, self.stopping.set)
        scheduler = AsyncIOScheduler(timezone=self.app.settings.calendar.timezone)
        add_jobs(scheduler, self.app.engine, self.app.ctx)
        scheduler.start()
        try:
            await asyncio.gather(self._intake_loop(), self._stop_watch(scheduler))
        finally:
            if scheduler.running:
                scheduler.shutdown(wait=False)
        log.info("stopped cleanly")

    async def _stop_watch(self, scheduler: BaseScheduler) -> None:
        await self.stopping.wait()
        scheduler.shutdown(wait=True)

    async def _intake_loop(self) -> None:
        """Take the mailbox, wait for IDLE news or the poll interval; reconnect with backoff."""
        cfg = self.app.settings.imap
        delay = 1.0
        while not self.stopping.is_set():
            try:
                await asyncio.to_thread(self._intake_session)
                delay = 1.0
            except MailboxError as exc:
                log.warning("mailbox unavailable: %s; retrying in %.0f s", exc, delay)
                await self._sleep(delay)
                delay = min(delay * 2, 300.0)
            except Exception:  # noqa: BLE001
                log.exception("intake failed; retrying in %.0f s", delay)
                await self._sleep(delay)
                delay = min(delay * 2, 300.0)
            else:
                if not cfg.idle:
                    await self._sleep(cfg.poll_seconds)

    def _intake_session(self) -> None:
        """One connection: take, then IDLE and take again on news, until stop or a drop."""
        cfg = self.app.settings.imap
        with Mailbox(cfg, dict(os.environ)) as box:
            while not self.stopping.is_set():
                report = take_mailbox(box, self.app.engine, self.app.ctx)
                if report.new:
                    log.info("took %d new message(s)", report.new)
                    # Acknowledge within seconds rather than at the next outbox tick.
                    asyncio.run_coroutine_threadsafe(
                        send_outbox(self.app.engine, self.app.ctx), self.loop
                    )
                if not box.client or not box.client.has_capability("IDLE") or not cfg.idle:
                    return  # polling: the caller sleeps
                # Short IDLE slices so that SIGTERM is honoured within seconds.
                waited = 0
                while waited < cfg.idle_seconds and not self.stopping.is_set():
                    if box.wait(min(5, cfg.idle_seconds)):
                        break
                    waited += 5

    async def _sleep(self, seconds: float) -> None:
        try:
            await asyncio.wait_for(self.stopping.wait(), timeout=seconds)
        except TimeoutError:
            pass
