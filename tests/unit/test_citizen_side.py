"""The citizen side of issue 12: the flood brake counts mailboxes and cases (point 4), spam
display names are not echoed in greetings (point 4), and an attached message never chooses
the complainant unless a trusted forwarder sent it (point 5)."""

from __future__ import annotations

from email import policy
from email.message import EmailMessage

import pytest
from harness.world import HMAC_KEY, World, Z
from mailfactory import citizen_mail

from bot.mail import greeting_name


@pytest.fixture(autouse=True)
def _key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COMPLAINTBOT_HMAC_KEY", HMAC_KEY)


@pytest.fixture
def world(tmp_path) -> World:  # type: ignore[no-untyped-def]
    return World.build(tmp_path, Z("2026-11-23T09:00"))


def test_plus_tags_share_one_daily_budget(world: World) -> None:
    limit = world.app.settings.smtp.max_auto_replies_per_day
    for n in range(limit + 4):
        world.deliver(citizen_mail(sender=f"Victim+{n}@Example.be", seq=n, subject=f"Plainte {n}"))
    acks = world.outbox("ack_complaint")
    assert len(acks) == limit + 4  # every case recorded ...
    assert [a.status for a in acks].count("pending") == limit  # ... only `limit` sent
    assert {a.to_mailbox for a in acks} == {"victim@example.be"}


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("Maria Janssens", True),
        ("Claim your 500 EUR tax refund at http://refund.example", False),
        ("refund.example", False),
        ("Ann\u202eEvil", False),
    ],
)
def test_greeting_echoes_only_plain_names(world: World, name: str, shown: bool) -> None:
    world.deliver(citizen_mail(sender="c@example.be", name=name, seq=1, lang="en"))
    (ack,) = world.outbox("ack_complaint")
    text = world.text_of(ack)
    assert "Dear Sir or Madam," in text  # the letters' neutral salutation, name or not
    assert (name in str(world.parsed(ack)["To"])) is shown  # the To line echoes plain names only
    assert (greeting_name(name) == name) is shown
    if not shown:
        assert "refund" not in text and "boss@" not in text


def test_names_with_addresses_or_line_separators_are_not_greeted() -> None:
    for name in ("Mail boss@federal.example.be", "Jan\u2028Peeters", "Jan\x85Peeters", "x" * 81):
        assert greeting_name(name) == ""
    assert greeting_name("  Zoë O'Brien-Dupont ") == "Zoë O'Brien-Dupont"


def _forward(outer: str) -> bytes:
    inner = EmailMessage()
    inner["From"] = "Someone Else <victim@example.org>"
    inner["To"] = "x@example.org"
    inner["Subject"] = "Klacht"
    inner.set_content("Ik ben zeer ontevreden over de behandeling van mijn dossier.")
    msg = EmailMessage()
    msg["From"] = outer
    msg["To"] = "plaintes.klachten@federal.example.be"
    msg["Subject"] = "Fwd: klacht"
    msg["Date"] = "Mon, 23 Nov 2026 09:00:00 +0000"
    msg["Message-ID"] = f"<fwd-{outer}>"
    msg.set_content(
        "Ik ben zeer ontevreden: al drie maanden geen antwoord op mijn dossier. Zie bijlage."
    )
    msg.add_attachment(inner)
    return msg.as_bytes(policy=policy.SMTP)


def test_attached_message_is_evidence_not_the_complainant(world: World) -> None:
    world.deliver(_forward("attacker@example.net"))
    case = world.case()
    assert case.sender == "attacker@example.net"
    assert {o.to_addr for o in world.outbox("ack_complaint")} == {"attacker@example.net"}


def test_trusted_forwarder_names_the_citizen(tmp_path) -> None:  # type: ignore[no-untyped-def]
    base = World.build(tmp_path / "a", Z("2026-11-23T09:00"))
    intake = base.app.settings.intake.model_copy(
        update={"trusted_forwarders": ["@partner.example.be"]}
    )
    (tmp_path / "b").mkdir()
    world = World.build(tmp_path / "b", Z("2026-11-23T09:00"), intake=intake)
    world.deliver(_forward("contact@partner.example.be"))
    assert world.case().sender == "victim@example.org"


def test_program_attachment_is_flagged_and_never_sent_as_declared(world: World) -> None:
    program = b"MZ\x90\x00\x03\x00\x00\x00" + b"\x00" * 200  # a Windows program ...
    world.deliver(citizen_mail(sender="c@example.be", seq=1, attachment=program))  # ... as PDF
    (row,) = world.outbox("assignment")
    text = world.text_of(row)
    assert "ATTENTION : fichier exécutable (MZ)" in text  # fr
    assert "OPGELET: uitvoerbaar bestand (MZ)" in text  # nl (staff_languages = fr, nl)
    (part,) = [p for p in world.parsed(row).iter_attachments()]
    assert part.get_content_type() == "application/octet-stream"
    assert part.get_filename() == "dossier.pdf"


def test_program_attachment_can_be_held_back(tmp_path) -> None:  # type: ignore[no-untyped-def]
    base = World.build(tmp_path / "a", Z("2026-11-23T09:00"))
    hs = base.app.settings.handling.model_copy(update={"hold_executable_attachments": True})
    (tmp_path / "b").mkdir()
    world = World.build(tmp_path / "b", Z("2026-11-23T09:00"), handling=hs)
    world.deliver(citizen_mail(sender="c@example.be", seq=1, attachment=b"\x7fELF\x02\x01"))
    (row,) = world.outbox("assignment")
    assert list(world.parsed(row).iter_attachments()) == []
    assert "fichier exécutable retenu par mesure de sécurité" in world.text_of(row)


def test_ordinary_pdf_is_not_flagged(world: World) -> None:
    world.deliver(citizen_mail(sender="c@example.be", seq=1, attachment=b"%PDF-1.7\n%...."))
    (row,) = world.outbox("assignment")
    assert "exécutable" not in world.text_of(row)
    (part,) = list(world.parsed(row).iter_attachments())
    assert part.get_content_type() == "application/pdf"


def test_one_citizen_cannot_bury_a_handler_in_assignment_mails(world: World) -> None:
    cap = world.app.settings.handling.max_assignment_mails_per_citizen
    for n in range(cap + 3):
        world.deliver(citizen_mail(sender=f"flood+{n}@example.be", seq=n, subject=f"Plainte {n}"))
    rows = world.outbox("assignment")
    assert len(rows) == cap + 3  # every case assigned and recorded ...
    sent = [r for r in rows if r.status == "pending"]
    held = [r for r in rows if r.status == "suppressed"]
    assert len(sent) == cap and len(held) == 3  # ... only `cap` mails go out
    assert all("max_assignment_mails_per_citizen" in (r.last_error or "") for r in held)
    for r in held:
        assert world.case(world.case_number(r.case_id)).needs_review
    # Another citizen's complaint still reaches the handler.
    world.deliver(citizen_mail(sender="other@example.be", seq=99))
    assert world.outbox("assignment")[-1].status == "pending"
