"""A feedback loop's abuse report (ARF, RFC 5965) about one of our mails is not a citizen's
complaint: it is filed like a bounce, and the recipient who marked our mail as spam gets no
more automatic mail ([smtp].suppression_days)."""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path

import pytest
from harness.classify import classifier
from harness.world import HMAC_KEY, World, Z
from mailfactory import abuse_report, citizen_mail, dsn
from sqlalchemy import select

from bot.intake.parse import parse
from bot.models import InboundMessage, Suppression
from bot.outbox import suppression
from bot.pipeline.runner import process_pending

ARF = Path(__file__).resolve().parents[1] / "data" / "arf" / "abuse_report.eml"


@pytest.fixture(autouse=True)
def _key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COMPLAINTBOT_HMAC_KEY", HMAC_KEY)


@pytest.fixture
def world(tmp_path: Path) -> World:
    return World.build(tmp_path, Z("2026-11-26T10:00"))


def test_an_abuse_report_is_machine_mail_about_our_mail():
    decision = classifier().classify(parse(ARF.read_bytes()))
    assert decision.kind == "bounce" and not decision.acknowledge
    assert decision.hits[0].rule == "delivery_status_report"
    assert "RFC 5965" in decision.hits[0].reason
    # the case of the reported mail is known: a person is told on that case
    assert decision.refers_to == "PLT-2026-000042"


def test_the_reported_recipient_is_found():
    assert suppression.findings(ARF.read_bytes()) == [
        suppression.Finding(
            "jan.peeters@example.be",
            "abuse_complaint",
            "feedback-type abuse",
            "ack_complaint.plt-2026-000042.5f3a9c@federal.example.be",
        )
    ]
    # another feedback type (RFC 5965 §7.3) is filed too, but lists nobody
    other = abuse_report(citizen_mail(), "a@example.be", feedback_type="not-spam")
    assert classifier().classify(parse(other)).kind == "bounce"
    assert suppression.findings(other) == []


def test_abuse_report_is_filed_and_stops_automatic_mail(world: World):
    world.deliver(citizen_mail(sender="jan.peeters@example.be", seq=1))
    case = world.case()
    [ack] = world.outbox("ack_complaint")
    assert ack.to_addr == "jan.peeters@example.be" and ack.status == "pending"

    report_id = world.deliver(abuse_report(world.raw(ack), "jan.peeters@example.be", seq=2))

    filed = world.inbound(report_id)
    assert (filed.outcome, filed.kind, filed.case_id) == ("filed", "bounce", case.id)
    assert world.case().id == case.id  # no case opened for the provider's report
    assert world.case().needs_review  # the citizen no longer gets our mail: a person looks
    assert [a.to_addr for a in world.outbox("ack_complaint")] == ["jan.peeters@example.be"]
    with world.session() as s:
        row = s.get(Suppression, "jan.peeters@example.be")
        assert row is not None and row.reason == "abuse_complaint"
        assert row.until - row.since == timedelta(days=world.app.settings.smtp.suppression_days)

    world.deliver(citizen_mail(sender="jan.peeters@example.be", seq=3, subject="Encore"))
    later = world.outbox("ack_complaint")[-1]
    assert later.to_addr == "jan.peeters@example.be" and later.status == "suppressed"


def test_a_report_hiding_the_recipient_names_our_mail(world: World):
    """Providers often mask the recipient; the reported mail's Message-ID is ours, and our
    outbox knows to whom it went."""
    world.deliver(citizen_mail(sender="jan.peeters@example.be", seq=1))
    [ack] = world.outbox("ack_complaint")
    masked = re.sub(rb"(?m)^To: .*$", b"To: redacted@mailprovider.example.net", world.raw(ack))
    world.deliver(abuse_report(masked, None, seq=2))
    assert [(a, r) for a, r, *_ in _listed(world)] == [
        ("jan.peeters@example.be", "abuse_complaint")
    ]


def _listed(world: World) -> list[tuple]:
    with world.session() as s:
        rows = s.execute(select(Suppression).order_by(Suppression.address)).scalars()
        return [(r.address, r.reason, r.since, r.until, r.inbound_id) for r in rows]


def test_a_bounce_suppresses_once_when_it_is_filed(world: World):
    """The pipeline lists the address as it files the bounce (no later scan); running the pass
    again, or the hook again for the same message, changes nothing."""
    first = world.deliver(dsn("a@example.be", "5.1.1", 1, more=("b@example.be", "a@example.be")))
    listed = _listed(world)
    assert [(a, r, i) for a, r, _s, _u, i in listed] == [
        ("a@example.be", "hard_bounce", first),
        ("b@example.be", "hard_bounce", first),
    ]

    world.clock.now += timedelta(days=3)  # a second listing would move `until`
    process_pending(world.app.engine, world.ctx)
    process_pending(world.app.engine, world.ctx, only=[first])
    with world.session() as s:
        inbound = s.get(InboundMessage, first)
        assert inbound is not None
        assert suppression.report_filed(s, world.ctx, inbound) == 0
        s.commit()
    assert _listed(world) == listed

    # a new bounce for the same address is news: the listing runs from the new report
    second = world.deliver(dsn("a@example.be", "5.1.1", 2))
    [(_a, _r, _s, until, inbound_id)] = [e for e in _listed(world) if e[0] == "a@example.be"]
    days = world.app.settings.smtp.suppression_days
    assert inbound_id == second
    assert until == world.clock.now + timedelta(days=days)
