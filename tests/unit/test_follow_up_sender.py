"""A quoted case number attaches a mail to that case only for the case's own citizen (issue 12
point 3); our threading Message-IDs cannot be computed from a case number."""

from __future__ import annotations

import hashlib

import pytest
from harness.world import HMAC_KEY, World, Z
from mailfactory import citizen_mail

from bot.mail import mailbox_key
from bot.outbox.headers import token_for


@pytest.fixture(autouse=True)
def _key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COMPLAINTBOT_HMAC_KEY", HMAC_KEY)


@pytest.fixture
def world(tmp_path) -> World:  # type: ignore[no-untyped-def]
    return World.build(tmp_path, Z("2026-11-23T09:00"))


FOLLOW_UP = "Bonjour,\n\nJe reviens vers vous au sujet de mon dossier {n}. Avez-vous du neuf ?\n"


def test_stranger_quoting_a_number_gets_a_case_of_his_own(world: World) -> None:
    world.deliver(citizen_mail(sender="marie.lambert@example.be", seq=1))
    first = world.case()
    body = FOLLOW_UP.format(n=first.number)
    inbound_id = world.deliver(
        citizen_mail(
            sender="intrus@example.org",
            name="Marie Lambert",  # even under her name
            subject=f"Re: {first.number}",
            body=body,
            seq=2,
        )
    )
    inbound = world.inbound(inbound_id)
    assert inbound.outcome == "case" and inbound.case_id != first.id
    second = world.case()
    assert second.id != first.id and second.needs_review and second.sender == "intrus@example.org"
    assert inbound.decision["refers_to"] == first.number
    assert world.events(first.id, "follow_up") == []
    assert world.outbox("citizen_reply") == []  # nothing shown under her case and name


def test_the_citizen_herself_with_a_tag_and_capitals_is_a_follow_up(world: World) -> None:
    world.deliver(citizen_mail(sender="marie.lambert@example.be", seq=1))
    first = world.case()
    inbound_id = world.deliver(
        citizen_mail(
            sender="Marie.Lambert+plainte@EXAMPLE.be",
            subject=f"Re: {first.number}",
            body=FOLLOW_UP.format(n=first.number),
            seq=3,
        )
    )
    inbound = world.inbound(inbound_id)
    assert (inbound.outcome, inbound.case_id) == ("follow_up", first.id)


def test_mailbox_key() -> None:
    assert mailbox_key("Victim+12@Example.BE") == "victim@example.be"
    assert mailbox_key("victim@example.be") == "victim@example.be"
    assert mailbox_key("a+b+c@x.be") == "a@x.be"


def test_threading_message_ids_are_keyed() -> None:
    key = "ack_complaint:PLT-2026-000001"
    unkeyed = hashlib.sha256(key.encode()).hexdigest()[:16]
    one, two = token_for(key, b"k" * 32), token_for(key, b"j" * 32)
    assert one == token_for(key, b"k" * 32)  # stable: a retried step builds the same one
    assert one != two and not one.startswith(unkeyed)
    assert token_for(key, None) != token_for(key, None)  # no key: random, never computable
