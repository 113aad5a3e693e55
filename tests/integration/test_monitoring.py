"""What an operator's monitoring relies on: /healthz and /metrics of `run`, `status`, alerts."""

from __future__ import annotations

import json
import socket
import time
import urllib.error
import urllib.request
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from harness.cli import CONFIG, bot
from harness.dovecot import free_port
from harness.service import running_service
from mailfactory import citizen_mail
from prometheus_client.parser import text_string_to_metric_families
from sqlalchemy import select
from sqlmodel import Session

from bot import settings as settings_mod
from bot.db import make_engine, migrate
from bot.models import Outbox
from bot.ops import alerts, health
from bot.ops.server import MonitoringServer

pytestmark = pytest.mark.integration


def get(url: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=10) as resp:
            return resp.status, resp.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


def samples(text: str) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    out = {}
    for family in text_string_to_metric_families(text):
        for s in family.samples:
            out[(s.name, tuple(sorted(s.labels.items())))] = s.value
    return out


def test_service_reports_health_and_metrics(dovecot, imap_user, smtp_sink, bot_env, tmp_path):
    port = free_port()
    # systemd's notify socket (Type=notify, WatchdogSec=1): a datagram socket we read
    notify = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    notify.bind(str(tmp_path / "notify.sock"))
    notify.settimeout(0.1)
    env = {
        **bot_env,
        "COMPLAINTBOT_MONITORING_PORT": str(port),
        "NOTIFY_SOCKET": str(tmp_path / "notify.sock"),
        "WATCHDOG_USEC": "1000000",
    }
    started = time.time()
    dovecot.append(imap_user.name, citizen_mail(sender="watch@example.be", lang="fr", seq=1))
    with running_service(env) as service:
        service.wait_for_ack(smtp_sink, "watch@example.be", within=40)
        time.sleep(1)  # the send is recorded right after the SMTP run
        code, body = get(f"http://127.0.0.1:{port}/healthz")
        assert code == 200, body
        report = json.loads(body)
        assert report["status"] == "ok"
        assert set(report["checks"]) == {"database", "intake", "smtp", "outbox"}
        code, body = get(f"http://127.0.0.1:{port}/metrics")
        assert code == 200
        m = samples(body.decode())
        cases = {k: v for k, v in m.items() if k[0] == "complaintbot_cases"}
        assert sum(cases.values()) == 1
        assert m[("complaintbot_messages", (("outcome", "case"),))] == 1
        assert m[("complaintbot_outbox_pending", ())] == 0
        assert m[("complaintbot_last_successful_fetch_timestamp_seconds", ())] >= started - 1
        assert m[("complaintbot_last_successful_send_timestamp_seconds", ())] >= started - 1
        assert m[("complaintbot_health_check", (("check", "intake"),))] == 1
    assert service.returncode == 0, service.stderr
    assert "Traceback" not in service.stderr
    states = []
    while True:
        try:
            states.append(notify.recv(100).decode())
        except TimeoutError:
            break
    notify.close()
    assert states[0] == "READY=1" and states[-1] == "STOPPING=1"
    assert states.count("WATCHDOG=1") >= 2

    done = bot(bot_env, "status", "--json")
    assert done.returncode == 0, done.stdout + done.stderr
    status = json.loads(done.stdout)
    assert status["healthy"] is True
    assert status["last_successful_fetch"] and status["last_successful_send"]
    assert status["messages"] == {"case": 1}


@pytest.fixture
def engine(tmp_path: Path):
    eng = make_engine(f"sqlite:///{tmp_path / 'monitor.db'}")
    migrate(eng)
    yield eng
    eng.dispose()


@pytest.fixture
def settings(tmp_path: Path):
    return settings_mod.load(
        CONFIG, environ={"COMPLAINTBOT_MONITORING_ADMIN_ADDRESS": "it@federal.example.be"}
    )


def _old_pending_mail(engine, created: datetime) -> None:
    with Session(engine) as session:
        session.add(
            Outbox(
                key="test:old",
                purpose="ack_complaint",
                to_addr="late@example.be",
                message_id="old@federal.example.be",
                status="pending",
                created_at=created,
                next_attempt_at=created,
            )
        )
        session.commit()


def test_healthz_is_503_with_the_reasons(engine, settings):
    now = datetime.now(UTC)
    health.record_ok(engine, health.INTAKE, now - timedelta(minutes=40))
    health.record_failure(engine, health.INTAKE, now - timedelta(minutes=20), "LOGIN refused")
    health.record_failure(engine, health.SENDING, now - timedelta(minutes=5), "connection refused")
    _old_pending_mail(engine, now - timedelta(hours=3))
    port = free_port()
    server = MonitoringServer(
        engine,
        settings.model_copy(
            update={"monitoring": settings.monitoring.model_copy(update={"port": port})}
        ),
        lambda: now,
        now - timedelta(hours=1),
    )
    server.start()
    try:
        code, body = get(f"http://127.0.0.1:{port}/healthz")
        assert code == 503
        checks = json.loads(body)["checks"]
        assert checks["database"]["ok"] is True
        assert checks["intake"]["ok"] is False and "LOGIN refused" in checks["intake"]["detail"]
        assert checks["smtp"]["ok"] is False and "connection refused" in checks["smtp"]["detail"]
        assert checks["outbox"]["ok"] is False and "180 min" in checks["outbox"]["detail"]
        m = samples(get(f"http://127.0.0.1:{port}/metrics")[1].decode())
        assert m[("complaintbot_outbox_oldest_pending_age_seconds", ())] == pytest.approx(10800)
        assert m[("complaintbot_health_check", (("check", "smtp"),))] == 0
    finally:
        server.stop()

    health.record_ok(engine, health.INTAKE, now)
    health.record_ok(engine, health.SENDING, now)
    snap = health.snapshot(engine, settings, now=now)
    assert snap.checks["intake"].ok and snap.checks["smtp"].ok
    assert not snap.checks["outbox"].ok  # the old mail still waits


def test_one_alert_per_outage_and_one_on_recovery(engine, settings):
    t0 = datetime.now(UTC).replace(microsecond=0)
    health.record_failure(engine, health.INTAKE, t0, "mailbox unavailable: timeout")
    assert alerts.check(engine, settings, t0 + timedelta(minutes=10)) == []
    down = alerts.check(engine, settings, t0 + timedelta(minutes=31))
    to = {k.rsplit(":", 1)[1] for k in down}
    assert to == {"coordinator@federal.example.be", "it@federal.example.be"}
    # the next minutes, or a second process: nothing more
    assert alerts.check(engine, settings, t0 + timedelta(minutes=32)) == []
    health.record_failure(engine, health.INTAKE, t0 + timedelta(minutes=33), "still down")
    assert alerts.check(engine, settings, t0 + timedelta(minutes=34)) == []

    health.record_ok(engine, health.INTAKE, t0 + timedelta(minutes=40))
    up = alerts.check(engine, settings, t0 + timedelta(minutes=41))
    assert {k.split(":")[2] for k in up} == {"up"} and len(up) == 2
    assert alerts.check(engine, settings, t0 + timedelta(minutes=42)) == []
    with Session(engine) as session:
        rows = session.execute(select(Outbox).where(Outbox.purpose == "alert")).scalars().all()
    assert len(rows) == 4
    subjects = sorted(r.subject for r in rows)
    assert "failing since" in subjects[0] and "works again" in subjects[-1]


def test_two_processes_recording_their_first_pass_at_once_do_not_collide(database_url):
    """The first health record of two processes: the second waits for the first and updates
    the same row (a look-up then an INSERT raced to a duplicate key on PostgreSQL)."""
    import threading

    from bot.ops import health

    engine = make_engine(database_url)
    migrate(engine)
    now = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)
    errors: list[BaseException] = []
    with Session(engine) as first:
        health._row(first, "health.intake").last_result = "first"  # row written, not committed

        def second() -> None:
            try:
                health.record_ok(engine, health.INTAKE, now)
            except BaseException as exc:  # noqa: BLE001 - reported by the assertion below
                errors.append(exc)

        worker = threading.Thread(target=second)
        worker.start()
        time.sleep(0.5)  # the second process is now waiting for the first one's row
        first.commit()
        worker.join(timeout=30)
    assert not worker.is_alive() and errors == []
    with Session(engine) as session:
        from bot.models import JobRun

        row = session.get(JobRun, "health.intake")
        assert row is not None and row.last_result == "ok"
    engine.dispose()
