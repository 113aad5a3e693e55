"""`/metrics` in the Prometheus text format, read from the database at each scrape.

Counts come from the tables themselves (not from counters inside the process), so a restart,
a second bot process or a `quarantine retry` from the command line never makes them wrong.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime

from prometheus_client import CollectorRegistry, generate_latest
from prometheus_client.core import GaugeMetricFamily, Metric
from prometheus_client.registry import Collector
from sqlalchemy import func, select
from sqlalchemy.engine import Engine
from sqlmodel import Session, col

from bot.models import Case
from bot.ops.health import INTAKE, SENDING, Snapshot, snapshot
from bot.settings import Settings

CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"


def _ts(value: datetime | None) -> float:
    return value.timestamp() if value else 0.0


class DatabaseCollector(Collector):
    def __init__(
        self,
        engine: Engine,
        settings: Settings,
        clock: Callable[[], datetime],
        started_at: datetime | None = None,
    ) -> None:
        self.engine, self.settings, self.clock, self.started_at = (
            engine,
            settings,
            clock,
            started_at,
        )

    def collect(self) -> Iterator[Metric]:
        now = self.clock()
        snap = snapshot(self.engine, self.settings, now=now, started_at=self.started_at)
        up = GaugeMetricFamily(
            "complaintbot_health_check", "1 when the check passes (as /healthz)", labels=["check"]
        )
        for name, check in snap.checks.items():
            up.add_metric([name], 1.0 if check.ok else 0.0)
        yield up
        if not snap.database.ok:
            return
        yield from self._messages(snap)
        yield from self._cases()
        yield from self._outbox(snap, now)
        yield from self._times(snap)

    def _messages(self, snap: Snapshot) -> Iterator[Metric]:
        taken = GaugeMetricFamily(
            "complaintbot_messages", "messages taken in, by outcome", labels=["outcome"]
        )
        for outcome, count in sorted(snap.messages.items()):
            taken.add_metric([outcome], count)
        yield taken
        yield GaugeMetricFamily(
            "complaintbot_quarantine_size", "messages in quarantine", value=snap.quarantined
        )
        yield GaugeMetricFamily(
            "complaintbot_suppressed_addresses",
            "addresses that get no automatic mail (hard bounce, abuse complaint)",
            value=len(snap.suppressed),
        )

    def _cases(self) -> Iterator[Metric]:
        cases = GaugeMetricFamily(
            "complaintbot_cases", "cases by kind and status", labels=["kind", "status"]
        )
        with Session(self.engine) as session:
            rows = session.execute(
                select(col(Case.kind), col(Case.status), func.count()).group_by(
                    col(Case.kind), col(Case.status)
                )
            ).all()
        for kind, status, count in sorted(rows):
            cases.add_metric([kind, status], count)
        yield cases

    def _outbox(self, snap: Snapshot, now: datetime) -> Iterator[Metric]:
        mails = GaugeMetricFamily(
            "complaintbot_outbox_mails",
            "outgoing mails by status (sent, failed, suppressed, pending)",
            labels=["status"],
        )
        for status in sorted(set(snap.outbox) | {"pending", "sent", "failed"}):
            mails.add_metric([status], snap.outbox.get(status, 0))
        yield mails
        yield GaugeMetricFamily(
            "complaintbot_outbox_pending",
            "mails waiting to be sent",
            value=snap.outbox.get("pending", 0),
        )
        age = (now - snap.oldest_pending_at).total_seconds() if snap.oldest_pending_at else 0.0
        yield GaugeMetricFamily(
            "complaintbot_outbox_oldest_pending_age_seconds",
            "age of the oldest mail waiting to be sent (0 when none)",
            value=max(age, 0.0),
        )

    def _times(self, snap: Snapshot) -> Iterator[Metric]:
        yield GaugeMetricFamily(
            "complaintbot_last_successful_fetch_timestamp_seconds",
            "end of the last successful mailbox pass (Unix time; 0: never)",
            value=_ts(snap.watches[INTAKE].last_ok_at),
        )
        yield GaugeMetricFamily(
            "complaintbot_last_successful_send_timestamp_seconds",
            "when the last mail was accepted by the SMTP server (Unix time; 0: never)",
            value=_ts(snap.last_sent_at),
        )
        failing = GaugeMetricFamily(
            "complaintbot_failing_since_timestamp_seconds",
            "since when intake or sending has been failing (0: working)",
            labels=["activity"],
        )
        for what in (INTAKE, SENDING):
            failing.add_metric([what], _ts(snap.watches[what].failing_since))
        yield failing
        jobs = GaugeMetricFamily(
            "complaintbot_job_last_run_timestamp_seconds",
            "last successful run of each scheduled job (Unix time)",
            labels=["job"],
        )
        for name, (at, _result) in sorted(snap.jobs.items()):
            jobs.add_metric([name], _ts(at))
        yield jobs


def registry(
    engine: Engine,
    settings: Settings,
    clock: Callable[[], datetime],
    started_at: datetime | None = None,
) -> CollectorRegistry:
    reg = CollectorRegistry(auto_describe=False)
    reg.register(DatabaseCollector(engine, settings, clock, started_at))
    return reg


def render(reg: CollectorRegistry) -> bytes:
    return generate_latest(reg)
