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
    world.deliver(citizen_mail(sender="a@example.be", seq=1))
    [ack] = world.outbox("ack_complaint")
    returned = world.raw(ack)
    first = world.deliver(dsn("a@example.be", "5.1.1", 2, returned=returned))
    listed = _listed(world)
    assert [(a, r, i) for a, r, _s, _u, i in listed] == [("a@example.be", "hard_bounce", first)]

    world.clock.now += timedelta(days=3)  # a second listing would move `until`
    process_pending(world.app.engine, world.ctx)
    process_pending(world.app.engine, world.ctx, only=[first])
    with world.session() as s:
        inbound = s.get(InboundMessage, first)
        assert inbound is not None
        assert world.ctx.hooks.report_filed(s, world.ctx, inbound) == 0
        s.commit()
    assert _listed(world) == listed

    # a new bounce for the same address is news: the listing runs from the new report
    second = world.deliver(dsn("a@example.be", "5.1.1", 3, returned=returned))
    [(_a, _r, _s, until, inbound_id)] = _listed(world)
    days = world.app.settings.smtp.suppression_days
    assert inbound_id == second
    assert until == world.clock.now + timedelta(days=days)


def test_a_forged_bounce_lists_nobody(world: World):
    """A delivery report anyone can write: "jan.peeters@example.be: 5.1.1 unknown user". It
    lists an address only when it returns the header of a mail we sent to that address."""
    world.deliver(citizen_mail(sender="jan.peeters@example.be", seq=1))
    [ack] = world.outbox("ack_complaint")
    citizen = "jan.peeters@example.be"
    bare = world.inbound(world.deliver(dsn(citizen, "5.1.1", 2)))
    made_up = citizen_mail(sender="plaintes.klachten@federal.example.be", seq=5)
    invented = world.inbound(world.deliver(dsn(citizen, "5.1.1", 3, returned=made_up)))
    # our real mail to the citizen, returned for somebody else (a relay's multi-recipient
    # report, or a forger holding our mail to himself)
    other = world.inbound(world.deliver(dsn("eve@example.be", "5.1.1", 4, returned=world.raw(ack))))
    assert _listed(world) == []
    assert "names no Message-ID" in bare.filed_reason
    assert "is not a mail we sent" in invented.filed_reason
    assert "eve@example.be did not get that mail" in other.filed_reason
    world.deliver(citizen_mail(sender=citizen, seq=9, subject="Encore"))
    assert world.outbox("ack_complaint")[-1].status == "pending"

    world.deliver(dsn(citizen, "5.1.1", 6, more=("eve@example.be",), returned=world.raw(ack)))
    assert [a for a, *_ in _listed(world)] == [citizen]  # the genuine report, and only her


# Attacks: an abuse report is mail anyone can write. Each would silence a citizen (no
# acknowledgement, no answer for 90 days) if it were believed.


def _forged(world: World, report: bytes) -> InboundMessage:
    """Deliver `report` about a citizen's case; nobody must be listed and the citizen's next
    acknowledgement must go out."""
    inbound_id = world.deliver(report)
    assert _listed(world) == []
    world.deliver(citizen_mail(sender="jan.peeters@example.be", seq=9, subject="Encore"))
    assert world.outbox("ack_complaint")[-1].status == "pending"
    inbound = world.inbound(inbound_id)
    assert (inbound.outcome, inbound.kind) == ("filed", "bounce")  # still no case, no answer
    return inbound


def _our_ack(world: World) -> bytes:
    world.deliver(citizen_mail(sender="jan.peeters@example.be", seq=1))
    [ack] = world.outbox("ack_complaint")
    return world.raw(ack)


def test_a_report_from_anyone_lists_nobody(world: World):
    """Written by an outsider, even enclosing our real mail (the citizen forwarded it to him)
    and with his own mail server's dmarc=pass: not a feedback loop we registered with."""
    report = abuse_report(
        _our_ack(world), "jan.peeters@example.be", seq=2, sender="abuse@evil.example"
    )
    inbound = _forged(world, report)
    assert "abuse@evil.example is not in smtp.feedback_loop_senders" in inbound.filed_reason


def test_a_report_in_a_feedback_loops_name_that_nothing_proves_lists_nobody(world: World):
    """The From of a registered loop, forged: our gateway's Authentication-Results do not
    prove it (none at all; or the forger's own header under our gateway's id, below the
    gateway's real verdict)."""
    ack = _our_ack(world)
    unproved = abuse_report(ack, "jan.peeters@example.be", seq=2, proved=False)
    inbound = _forged(world, unproved)
    assert "no Authentication-Results from a trusted mail server" in inbound.filed_reason

    domain = "fbl.mailprovider.example.net"
    top = f"Authentication-Results: mx.federal.example.be; dmarc=fail header.from={domain}\n"
    below = top.encode() + abuse_report(ack, "jan.peeters@example.be", seq=3)
    inbound = _forged(world, below)
    assert f"did not prove the sender domain {domain}" in inbound.filed_reason


def test_a_proved_report_about_a_mail_we_never_sent_lists_nobody(world: World):
    """A genuine loop, but the reported mail is made up (From us, To the citizen): its
    Message-ID is none of ours, whatever the report says of the recipient."""
    _our_ack(world)
    made_up = citizen_mail(sender="plaintes.klachten@federal.example.be", seq=5).replace(
        b"To: ", b"To: jan.peeters@example.be\nX-Old-To: ", 1
    )
    inbound = _forged(world, abuse_report(made_up, "jan.peeters@example.be", seq=2))
    assert "is not a mail we sent" in inbound.filed_reason
    # no Message-ID at all in the reported part: nothing to go by
    headerless = re.sub(rb"(?m)^Message-ID: .*\n", b"", made_up)
    inbound = _forged(world, abuse_report(headerless, "jan.peeters@example.be", seq=3))
    assert "names no Message-ID" in inbound.filed_reason


def test_a_report_about_our_mail_to_another_domain_lists_nobody(world: World):
    """A copy of our mail reported by someone at another provider (it was forwarded to
    them): the loop's recipient is not at the domain we sent to."""
    report = abuse_report(_our_ack(world), "someone@mailprovider.example.net", seq=2)
    inbound = _forged(world, report)
    assert "did not get that mail" in inbound.filed_reason


def test_token_only_proves_no_feedback_loop(tmp_path: Path):
    from bot.handling.settings import CommandAuth

    base = World.build(tmp_path, Z("2026-11-26T10:00")).app.settings
    handling = base.handling.model_copy(update={"command_auth": CommandAuth.TOKEN_ONLY})
    world = World.build(tmp_path / "t", Z("2026-11-26T10:00"), handling=handling)
    inbound = _forged(world, abuse_report(_our_ack(world), "jan.peeters@example.be", seq=2))
    assert "token-only" in inbound.filed_reason
