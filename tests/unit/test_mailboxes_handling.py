"""[[mailboxes]] and case handling: a pensions case is assigned, commanded and escalated as a
case of the pensions mailbox, wherever its handler's reply is delivered."""

from __future__ import annotations

from datetime import date

import pytest
from harness.world import HMAC_KEY, World, Z, handler_mail
from mailfactory import citizen_mail

from bot.db import session_scope
from bot.handling import jobs
from bot.intake import ledger
from bot.mail import RawMail
from bot.models import Case
from bot.pipeline.runner import process_pending
from bot.settings import MailboxEntry

SERVICE = "complaints@federal.example.be"  # categories.other.address
PENSIONS = MailboxEntry(
    id="pensions",
    imap={"username": "pensions"},
    numbering={"template": "PEN-{year}-{seq:06d}"},
    smtp={"from_address": "pensions@federal.example.be", "from_name": "Service Pensions"},
    organisation={"coordinators": ["coordinator@pensions.example.be"]},
)


@pytest.fixture(autouse=True)
def _key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COMPLAINTBOT_HMAC_KEY", HMAC_KEY)


def test_a_pensions_case_is_commanded_from_any_mailbox(tmp_path) -> None:  # type: ignore[no-untyped-def]
    world = World.build(
        tmp_path, Z("2026-11-23T09:00"), mailboxes=[MailboxEntry(id="federal"), PENSIONS]
    )
    federal, pensions = world.app.contexts
    for ctx in world.app.contexts:
        ctx.clock = world.clock
    with session_scope(world.app.engine) as session:
        raw = citizen_mail(sender="bert@example.be")
        taken = ledger.take(session, RawMail(source="t", raw=raw), mailbox="pensions")
    process_pending(world.app.engine, federal, only=[taken.inbound_id])
    assert world.outbox() == []  # not the federal mailbox's mail
    process_pending(world.app.engine, pensions, only=[taken.inbound_id])

    case = world.case()
    assert case.number.startswith("PEN-") and case.mailbox == "pensions"
    [assignment] = world.outbox("assignment")
    parsed = world.parsed(assignment)
    assert parsed["From"].addresses[0].addr_spec == "pensions@federal.example.be"
    reply_to = str(parsed["Reply-To"])
    assert reply_to.startswith(f"pensions+c{case.id}.")

    # The handler's reply reaches the federal account (an alias): still a command, not a case.
    inbound = world.inbound(
        world.deliver(handler_mail(to=reply_to, body="#note vu", sender=SERVICE, seq=1))
    )
    refused = world.events(case.id, "command_refused")
    assert not refused, refused[0].detail
    assert (inbound.kind, inbound.case_id) == ("handler_command", case.id)
    [note] = world.events(case.id, "note")
    assert note.actor == SERVICE

    # Overdue: escalated to the pensions coordinators, not the federal ones.
    with session_scope(world.app.engine) as session:
        row = session.get(Case, case.id)
        assert row is not None
        row.due_at = federal.calendar.end_of_day(date(2027, 2, 3))
    world.clock.now = Z("2027-02-08T09:00")  # Monday, 3 working days late
    jobs.run_reminders(world.app.engine, federal)
    escalations = {o.to_addr for o in world.outbox("escalation")}
    assert escalations == {"coordinator@pensions.example.be"}


def test_an_archive_is_imported_into_the_mailbox_it_is_of(tmp_path) -> None:  # type: ignore[no-untyped-def]
    world = World.build(
        tmp_path, Z("2026-11-23T09:00"), mailboxes=[MailboxEntry(id="federal"), PENSIONS]
    )
    archive = tmp_path / "archive"
    archive.mkdir()
    (archive / "1.eml").write_bytes(citizen_mail(sender="old@example.be"))
    report = world.app.import_path(archive, mailbox="pensions")
    assert report.done == 1
    case = world.case()
    assert case.mailbox == "pensions" and case.number.startswith("PEN-")
    assert world.inbound(1).mailbox == "pensions"
