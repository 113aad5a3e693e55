"""Criterion 8, "always acknowledge": a person who wrote is answered, or a person is told.

A form submission is a person's mail by construction (never filed as an auto-reply or spam);
when the daily brake against mail loops holds back an acknowledgement, the case is flagged,
carries an event saying why, and is listed in the coordinator's digest.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from harness.world import HMAC_KEY, World, Z
from mailfactory import citizen_mail

from bot.db import session_scope
from bot.form import build_message
from bot.handling import digest
from bot.intake import ledger
from bot.mail import RawMail
from bot.pipeline.runner import process_pending


@pytest.fixture(autouse=True)
def _key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COMPLAINTBOT_HMAC_KEY", HMAC_KEY)


@pytest.fixture
def world(tmp_path) -> World:  # type: ignore[no-untyped-def]
    return World.build(tmp_path, Z("2026-11-23T09:00"))


def submit_form(world: World, *, subject: str, text: str, lang: str = "nl") -> int:
    raw = build_message(
        name="Jan Peeters",
        email="jan.peeters@example.be",
        subject=subject,
        text=text,
        lang=lang,
        to_addr=world.app.settings.smtp.from_address,
        domain=world.app.settings.organisation.domain,
        attachments=[],
        now=datetime(2026, 11, 23, 9, 0, tzinfo=UTC),
    )
    with session_scope(world.app.engine) as session:
        taken = ledger.take(
            session, RawMail(source="form", raw=raw, received_at=world.clock()), channel="form"
        )
    process_pending(world.app.engine, world.app.ctx, only=[taken.inbound_id])
    return taken.inbound_id


def test_a_form_submission_that_reads_like_an_auto_reply_is_a_numbered_complaint(
    world: World,
) -> None:
    inbound = world.inbound(
        submit_form(
            world,
            subject="Automatisch antwoord: afwezig",
            text="Automatisch antwoord. Ik ben afwezig tot maandag. Out of office.\n"
            "Mijn klacht: niemand beantwoordt mijn e-mails over mijn dossier.",
        )
    )
    assert (inbound.outcome, inbound.kind) == ("case", "complaint")
    assert inbound.decision["hits"][0]["rule"] == "channel.form"  # the rules said otherwise
    case = world.case()
    assert case.needs_review  # a person checks why the rules thought otherwise
    (ack,) = world.outbox("ack_complaint")
    assert ack.case_id == case.id and ack.status != "suppressed"
    assert case.number in world.text_of(ack)


def test_the_sixth_complaint_of_a_day_is_flagged_when_the_brake_holds_its_acknowledgement(
    world: World,
) -> None:
    limit = world.app.settings.smtp.max_auto_replies_per_day
    for seq in range(1, limit + 2):
        world.deliver(
            citizen_mail(
                sender="claire.dubois@example.be",
                seq=seq,
                subject=f"Plainte n° {seq}",
                body=f"Madame, Monsieur, je me plains d'un retard dans mon dossier {seq}.",
            )
        )
    acks = world.outbox("ack_complaint")
    assert len(acks) == limit + 1  # every acknowledgement is recorded
    held = [row for row in acks if row.status == "suppressed"]
    assert len(held) == 1
    case = world.case()
    assert held[0].case_id == case.id
    assert case.needs_review
    (event,) = world.events(case.id, "acknowledgement_suppressed")
    assert event.detail["to"] == "claire.dubois@example.be"
    with world.session() as session:
        data = digest.collect(
            session, world.ctx, world.clock(), since=digest.since_last(session, world.clock())
        )
    assert case.number in [row["number"] for row in data["needs_review"]]
