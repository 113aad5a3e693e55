"""Hard bounces and abuse complaints stop automatic mail to that address for a while."""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from harness.cli import bot, cases, run_once, stats
from mailfactory import abuse_report, citizen_mail, dsn
from sqlalchemy import select
from sqlmodel import Session

from bot import settings as settings_mod
from bot.app import App
from bot.handling import digest
from bot.models import Case, Outbox
from bot.ops import health
from bot.outbox import suppression
from bot.outbox.worker import materialise

REPO = Path(__file__).resolve().parents[2]
CONFIG = str(REPO / "config" / "example.toml")
pytestmark = pytest.mark.integration


def arf(recipient: str, seq: int) -> bytes:
    """An abuse report (RFC 5965) from a mailbox provider's feedback loop."""
    return (
        "From: fbl@isp.example.net\r\nTo: plaintes.klachten@federal.example.be\r\n"
        f"Subject: Abuse report\r\nMessage-ID: <arf-{seq}@isp.example.net>\r\n"
        "MIME-Version: 1.0\r\n"
        'Content-Type: multipart/report; report-type="feedback-report"; boundary="b"\r\n\r\n'
        "--b\r\nContent-Type: text/plain\r\n\r\nThis is an abuse report.\r\n"
        "--b\r\nContent-Type: message/feedback-report\r\n\r\n"
        f"Feedback-Type: abuse\r\nUser-Agent: fbl/1.0\r\nVersion: 1\r\n"
        f"Original-Rcpt-To: {recipient}\r\n"
        "--b\r\nContent-Type: text/rfc822-headers\r\n\r\n"
        f"From: plaintes.klachten@federal.example.be\r\nTo: {recipient}\r\n"
        "--b--\r\n"
    ).encode()


def test_reports_are_read():
    assert suppression.findings(dsn("A@Example.be", "5.1.1", 1)) == [
        suppression.Finding("a@example.be", "hard_bounce", "status 5.1.1")
    ]
    assert suppression.findings(dsn("a@example.be", "4.2.2", 2)) == []  # mailbox full: retry
    assert suppression.findings(arf("c@example.be", 3)) == [
        suppression.Finding("c@example.be", "abuse_complaint", "feedback-type abuse")
    ]
    assert suppression.findings(citizen_mail(seq=4)) == []


@pytest.fixture
def app(database_url: str) -> App:
    os.environ.setdefault("COMPLAINTBOT_HMAC_KEY", "k" * 64)
    settings = settings_mod.load(CONFIG, environ={"COMPLAINTBOT_DATABASE_URL": database_url})
    return App.build(settings)


def _take(app: App, folder: Path, name: str, raw: bytes) -> None:
    box = folder / name
    box.mkdir()
    (box / "m.eml").write_bytes(raw)
    app.import_path(box, channel="mail")  # as from the mailbox: acknowledged


def test_hard_bounce_stops_automatic_mail_until_it_expires(app, tmp_path):
    _take(app, tmp_path, "1", citizen_mail(sender="a@example.be", seq=1))
    with Session(app.engine) as session:
        [ack] = session.execute(select(Outbox).where(Outbox.to_addr == "a@example.be")).scalars()
        returned = materialise(session, ack, app.settings)  # the relay returns its header
    _take(app, tmp_path, "2", dsn("a@example.be", "5.1.1", 2, returned=returned))
    _take(app, tmp_path, "3", dsn("b@example.be", "4.2.2", 3))
    _take(app, tmp_path, "4", arf("c@example.be", 4))
    _take(app, tmp_path, "5", citizen_mail(sender="a@example.be", seq=5, subject="Encore"))
    _take(app, tmp_path, "6", citizen_mail(sender="b@example.be", seq=6))

    with Session(app.engine) as session:
        acks = {
            (o.to_addr, o.case_id): (o.status, o.last_error)
            for o in session.execute(
                select(Outbox).where(Outbox.purpose == "ack_complaint").order_by(Outbox.id)
            ).scalars()
        }
        cases = session.execute(select(Case).order_by(Case.id)).scalars().all()
    first, second = (c.id for c in cases if c.sender == "a@example.be")
    (third,) = (c.id for c in cases if c.sender == "b@example.be")
    assert acks[("a@example.be", first)][0] == "pending"  # before the bounce
    status, why = acks[("a@example.be", second)]
    assert status == "suppressed" and "hard_bounce" in why
    assert acks[("b@example.be", third)][0] == "pending"  # a soft bounce lists nobody

    snap = health.snapshot(app.engine, app.settings, now=datetime.now(UTC))
    # the abuse report is nobody's we trust (smtp.feedback_loop_senders) and names no mail of
    # ours: filed, and c@example.be still gets our mail
    assert {(e["address"], e["reason"]) for e in snap.suppressed} == {
        ("a@example.be", "hard_bounce"),
    }
    later = datetime.now(UTC) + timedelta(days=app.settings.smtp.suppression_days + 1)
    with Session(app.engine) as session:
        assert suppression.active(session, {"a@example.be"}, later) == {}
    # the coordinators' digest lists them too
    with Session(app.engine) as session:
        now = datetime.now(UTC)
        data = digest.collect(session, app.ctx, now, since=now - timedelta(days=1))
    text = (
        digest.message(app.ctx, data, to_addr="c@federal.example.be", key="t", ref="D", now=now)
        .get_body(("plain",))
        .get_content()
    )
    assert "a@example.be" in text and "c@example.be" not in text
    assert data["suppressed_total"] == 1


def test_abuse_report_from_the_mailbox_is_filed_and_suppresses(
    dovecot, imap_user, smtp_sink, bot_env
):
    """Through the real mailbox: the citizen marks our acknowledgement as spam, the provider's
    feedback loop sends its report (RFC 5965) to our mailbox; no case, no answer to the
    provider, and the next acknowledgement to that citizen is not sent."""
    citizen = "jan.peeters@example.be"
    dovecot.append(imap_user.name, citizen_mail(sender=citizen, seq=1))
    run_once(bot_env)
    [ack] = [m for m in smtp_sink.wait_for(1) if citizen in m.rcpt_tos]
    sent = len(smtp_sink.messages)  # the acknowledgement and the handler's assignment

    dovecot.append(imap_user.name, abuse_report(ack.raw, citizen, seq=2))
    run_once(bot_env)
    [case] = cases(bot_env)
    assert case["needs_review"]  # the reported mail's case: a person finds another way
    assert stats(bot_env)["filed"] == 1
    status = json.loads(bot(bot_env, "status", "--json").stdout)
    assert [(e["address"], e["reason"]) for e in status["suppressed"]] == [
        (citizen, "abuse_complaint")
    ]

    dovecot.append(imap_user.name, citizen_mail(sender=citizen, seq=3, subject="Encore"))
    run_once(bot_env)
    assert len(cases(bot_env)) == 2
    # neither the provider nor the citizen got mail (the new case's handler did)
    assert not [m for m in smtp_sink.messages[sent:] if citizen in m.rcpt_tos]
    assert not [m for m in smtp_sink.messages if "fbl" in " ".join(m.rcpt_tos)]
