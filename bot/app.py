"""Composition root: settings -> engine -> context -> mailbox, pipeline, outbox, scheduler.

No business logic here; only wiring, and the long-running loop's connection handling.
"""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from functools import cached_property
from pathlib import Path

from apscheduler.schedulers.base import BaseScheduler
from sqlalchemy.engine import Engine
from sqlmodel import Session

from bot.classify import Classifier
from bot.context import Context
from bot.db import make_engine, migrate
from bot.deadlines.calendar import WorkingCalendar
from bot.handling import hooks
from bot.handling.settings import warnings as handling_warnings
from bot.intake import files, ledger
from bot.intake.imap import Mailbox, MailboxError
from bot.ops import health, systemd
from bot.outbox.worker import SendReport, send_pending
from bot.pipeline.hooks import CaseHooks, PipelineContext
from bot.pipeline.runner import ProcessReport, process_pending
from bot.pipeline.take import TakeReport, take_mailbox
from bot.schedule import add_jobs, run_due, send_outbox
from bot.settings import Settings, mailbox_settings

log = logging.getLogger(__name__)
STOP_GRACE = 8.0  # seconds between SIGTERM and a hard exit (systemd waits 90 s, we say 10)
IDLE_SLICE = 2  # seconds per IDLE wait: how soon a stop request is seen while idle


def _named(ctx: PipelineContext, exc: BaseException) -> str:
    """The error as recorded for /healthz and the alerts: which mailbox, when there are several."""
    text = str(exc) or repr(exc)
    return f"mailbox {ctx.settings.mailbox}: {text}" if ctx.boxes else text


def _exit_now() -> None:
    log.warning("work still running %.0f s after the stop request: exiting now", STOP_GRACE)
    logging.shutdown()
    os._exit(0)


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
        """The first mailbox's context (the only one without [[mailboxes]]): the web form,
        imports, CLI actions and the jobs run in it; a case's letters switch to its mailbox's
        (Context.for_mailbox)."""
        return self.contexts[0]

    @cached_property
    def contexts(self) -> list[PipelineContext]:
        """One context per served mailbox, built on first use: read-only commands never load
        the rules and language models.

        The pipeline's hooks are filled here with case handling (bot.handling.hooks, which also
        keeps the suppression list through bot.outbox.suppression)."""
        case_hooks = CaseHooks(
            reply_target=hooks.reply_target,
            handler_reply=hooks.handler_reply,
            new_case=hooks.new_case,
            citizen_replied=hooks.citizen_replied,
            cap_assignments=hooks.cap_assignments,
            answer_deadline=hooks.answer_deadline,
            report_filed=hooks.report_filed,
        )
        calendar = WorkingCalendar(self.settings.calendar)
        boxes: dict[str, PipelineContext] = {}
        for settings in mailbox_settings(self.settings):
            boxes[settings.mailbox] = PipelineContext(
                settings=settings,
                classifier=Classifier.from_settings(settings),
                calendar=calendar,
                numbers=settings.numbering.format(),
                hooks=case_hooks,
            )
        shared: dict[str, Context] = dict(boxes) if len(boxes) > 1 else {}
        for ctx in boxes.values():
            ctx.boxes = shared
        return list(boxes.values())

    def context_of(self, mailbox: str | None) -> PipelineContext:
        """`--mailbox ID`'s context (checked by bot.cli.common.mailbox_of); None: the first."""
        return next((c for c in self.contexts if c.settings.mailbox == mailbox), self.ctx)

    def process_pending(self, only: list[int] | None = None) -> ProcessReport:
        """Every mailbox's pending ledger rows, each through its own context."""
        report = ProcessReport()
        for ctx in self.contexts:
            self._add(report, process_pending(self.engine, ctx, only=only))
        return report

    # -- intake -----------------------------------------------------------------------------
    def take_mailbox_once(self) -> TakeReport:
        """One pass over every mailbox; one that is down does not keep the others back (its
        error is raised once they are taken)."""
        total, failure = TakeReport(), None
        for ctx in self.contexts:
            try:
                with Mailbox(ctx.settings.imap, dict(os.environ)) as box:
                    report = take_mailbox(box, self.engine, ctx)
            except MailboxError as exc:
                health.record_failure(
                    self.engine, health.INTAKE, datetime.now(UTC), _named(ctx, exc)
                )
                failure = failure or exc
                continue
            total.seen += report.seen
            total.new += report.new
            total.filed_away += report.filed_away
            if report.processed is not None:
                total.processed = total.processed or ProcessReport()
                self._add(total.processed, report.processed)
        if failure is not None:
            raise failure
        health.record_ok(self.engine, health.INTAKE, datetime.now(UTC))
        return total

    def import_path(
        self,
        path: Path,
        *,
        progress: Callable[[int], object] | None = None,
        channel: str = "import",
        scheme: str = "import",
        mailbox: str | None = None,
    ) -> ProcessReport:
        """Backfill: take every message under `path` into the ledger, then process them.

        `channel` "import": history, sent nothing; "mail": handled like new mail. `scheme`
        "import": each case dated by the mail's own Date (see bot.intake.files.read).
        `mailbox`: the [[mailboxes]] id the mail is for (None: the first)."""
        box = self.context_of(mailbox).settings.mailbox
        batch: list[int] = []
        report = ProcessReport()
        session = Session(self.engine, expire_on_commit=False)
        try:
            for mail in files.read(path, scheme=scheme):
                taken = ledger.take(session, mail, channel=channel, mailbox=box)
                if taken.new:
                    batch.append(taken.inbound_id)
                if len(batch) >= 200:
                    session.commit()
                    self._add(report, self.process_pending(only=batch))
                    batch = []
                if progress is not None:
                    progress(1)
            session.commit()
        finally:
            session.close()
        self._add(report, self.process_pending())
        return report

    @staticmethod
    def _add(total: ProcessReport, part: ProcessReport) -> None:
        total.done += part.done
        total.quarantined += part.quarantined

    # -- outbox -----------------------------------------------------------------------------
    def send_outbox(self) -> SendReport:
        report = asyncio.run(send_pending(self.engine, self.settings))
        health.record_send(self.engine, report, datetime.now(UTC))
        return report

    # -- the service ----------------------------------------------------------------------------
    def run_once(self) -> tuple[TakeReport, object, dict[str, float]]:
        """Take the mailbox, run due jobs, send the outbox; with the seconds each phase took."""
        t0 = time.perf_counter()
        failure: MailboxError | None = None
        try:
            taken = self.take_mailbox_once()
        except MailboxError as exc:
            # The mailbox is down, the outbox is not: what is queued still goes out; the
            # failure is raised (exit 3) once it has.
            failure, taken = exc, TakeReport()
        try:
            run_due(self.engine, self.ctx)  # reminders, escalations, digest: idempotent outbox rows
        except Exception:  # noqa: BLE001 - a job's bug must not keep the acknowledgements back
            log.exception("scheduled jobs failed; they run again next time")
        t1 = time.perf_counter()
        sent = self.send_outbox()
        t2 = time.perf_counter()
        if failure is not None:
            raise failure
        return taken, sent, {"intake_s": round(t1 - t0, 3), "outbox_s": round(t2 - t1, 3)}

    def serve(self) -> None:
        asyncio.run(Service(self).run())


class Service:
    """`complaintbot run`: IMAP IDLE (or polling) in a thread, jobs on APScheduler 3."""

    def __init__(self, app: App) -> None:
        self.app = app
        self.stopping = asyncio.Event()
        self.stop_flag = threading.Event()  # the same, for the intake thread
        # Mailboxes whose intake fails now: intake is "ok" for /healthz only when none does.
        self.failing: set[str] = set()

    def _stop(self) -> None:
        """SIGTERM/SIGINT: stop at the next safe point; exit hard if that takes too long.

        Custody never depends on a clean stop (every step survives kill -9 and is resumed at
        the next start), so after STOP_GRACE seconds the process exits rather than outlive
        systemd's timeout in a long SMTP conversation or a slow database.
        """
        if self.stop_flag.is_set():
            return
        log.info("stopping (at most %.0f s)", STOP_GRACE)
        self.stopping.set()
        self.stop_flag.set()
        timer = threading.Timer(STOP_GRACE, _exit_now)
        timer.daemon = True
        timer.start()

    async def run(self) -> None:
        from apscheduler.schedulers.asyncio import AsyncIOScheduler

        self.loop = loop = asyncio.get_running_loop()
        # Each mailbox's intake session holds a worker thread for as long as it is connected;
        # the jobs and health records need threads of the same pool besides them.
        workers = len(self.app.contexts) + min(32, (os.cpu_count() or 1) + 4)
        loop.set_default_executor(ThreadPoolExecutor(workers, thread_name_prefix="complaintbot"))
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, self._stop)
        scheduler = AsyncIOScheduler(timezone=self.app.settings.calendar.timezone)
        add_jobs(scheduler, self.app.engine, self.app.ctx)
        monitor = self._start_monitoring()
        scheduler.start()
        systemd.notify("READY=1")
        try:
            await asyncio.gather(
                *(self._intake_loop(ctx) for ctx in self.app.contexts),
                self._stop_watch(scheduler),
                self._watchdog(),
            )
        finally:
            if scheduler.running:
                scheduler.shutdown(wait=False)
            if monitor is not None:
                monitor.stop()
        log.info("stopped cleanly")

    async def _watchdog(self) -> None:
        """WATCHDOG=1 every half WatchdogSec while the event loop runs (systemd restarts a
        service whose loop hangs)."""
        interval = systemd.watchdog_interval()
        if interval is None:
            return
        while not self.stopping.is_set():
            systemd.notify("WATCHDOG=1")
            await self._sleep(interval)

    def _start_monitoring(self):  # type: ignore[no-untyped-def]
        """The /healthz and /metrics listener ([monitoring]; port 0: none)."""
        if not self.app.settings.monitoring.port:
            return None
        from bot.ops.server import MonitoringServer

        monitor = MonitoringServer(
            self.app.engine, self.app.settings, lambda: datetime.now(UTC), datetime.now(UTC)
        )
        try:
            monitor.start()
        except OSError as exc:  # the port is taken: the service still runs, and says so
            log.error("monitoring listener not started: %s", exc)
            return None
        return monitor

    async def _stop_watch(self, scheduler: BaseScheduler) -> None:
        await self.stopping.wait()
        systemd.notify("STOPPING=1")
        scheduler.shutdown(wait=True)

    async def _intake_loop(self, ctx: PipelineContext) -> None:
        """Take the mailbox, wait for IDLE news or the poll interval; reconnect with backoff.
        One loop (and one IMAP connection) per mailbox."""
        delay = 1.0
        while not self.stopping.is_set():
            try:
                await asyncio.to_thread(self._intake_session, ctx)
                delay = 1.0
            except MailboxError as exc:
                log.warning(
                    "mailbox %s unavailable: %s; retrying in %.0f s",
                    ctx.settings.mailbox,
                    exc,
                    delay,
                )
                await asyncio.to_thread(self._record_failure, ctx, exc)
                await self._sleep(delay)
                delay = min(delay * 2, 300.0)
            except Exception as exc:  # noqa: BLE001
                log.exception("intake failed; retrying in %.0f s", delay)
                await asyncio.to_thread(self._record_failure, ctx, exc)
                await self._sleep(delay)
                delay = min(delay * 2, 300.0)

    def _intake_session(self, ctx: PipelineContext) -> None:
        """One connection: take, then wait for news (IDLE) or poll_seconds, until stop or a drop.

        A pass that took new mail is followed by another pass at once: mail that arrived while
        the batch ran (its EXISTS notice answered one of our own commands and is not repeated
        by IDLE) is taken seconds after the batch, not after idle_seconds.
        """
        cfg = ctx.settings.imap
        with Mailbox(cfg, dict(os.environ)) as box:
            while not self.stop_flag.is_set():
                report = take_mailbox(box, self.app.engine, ctx, stop=self.stop_flag.is_set)
                self.failing.discard(ctx.settings.mailbox)
                if not self.failing:  # another mailbox still down: intake is not "ok"
                    health.record_ok(self.app.engine, health.INTAKE, datetime.now(UTC))
                if report.new:
                    log.info("took %d new message(s) (%s)", report.new, ctx.settings.mailbox)
                    # Acknowledge within seconds rather than at the next outbox tick.
                    asyncio.run_coroutine_threadsafe(
                        send_outbox(self.app.engine, self.app.ctx), self.loop
                    )
                    continue
                if box.news():  # mail arrived while the pass ran
                    continue
                if not (cfg.idle and box.client is not None and box.client.has_capability("IDLE")):
                    # Polling (no IDLE, or idle = false): wait, but wake up for SIGTERM.
                    self.stop_flag.wait(cfg.poll_seconds)
                    continue
                # Short IDLE slices so that SIGTERM is honoured within seconds.
                waited = 0
                while waited < cfg.idle_seconds and not self.stop_flag.is_set():
                    if box.wait(min(IDLE_SLICE, cfg.idle_seconds)):
                        break
                    waited += IDLE_SLICE

    def _record_failure(self, ctx: PipelineContext, exc: BaseException) -> None:
        self.failing.add(ctx.settings.mailbox)
        try:
            health.record_failure(
                self.app.engine, health.INTAKE, datetime.now(UTC), _named(ctx, exc)
            )
        except Exception:  # noqa: BLE001 - the database may be what fails; logged above
            log.debug("could not record the intake failure", exc_info=True)

    async def _sleep(self, seconds: float) -> None:
        try:
            await asyncio.wait_for(self.stopping.wait(), timeout=seconds)
        except TimeoutError:
            pass
