"""Attacks that turn the bot against citizens (issue 12 points 3, 4 and 5), end to end through
the real Dovecot, SMTP sink and `complaintbot run --once`, on SQLite and PostgreSQL; and two
that bury or trap the handler through a citizen's mail (point 7).
"""

from __future__ import annotations

import email
from email import policy
from email.message import EmailMessage

from attack import BOT, CITIZEN, SERVICE, Bot, body, complaint, mail, recipients, sent

ATTACKER = "attacker@evil.example"


def test_posting_on_a_strangers_case(dovecot, imap_user, smtp_sink, bot_env) -> None:
    """Case numbers are sequential: quoting one must not file a mail under that citizen."""
    bot = Bot(bot_env)
    dovecot.append(imap_user.name, complaint())
    bot.run_once()
    sent(smtp_sink, 2)
    (case,) = bot.cases()
    before = bot.show(case["number"])
    dovecot.append(
        imap_user.name,
        mail(
            sender=ATTACKER,
            name="Maria Janssens",
            to=BOT,
            subject=f"Re: {case['number']}",
            text=f"Aanvulling bij dossier {case['number']}: stort het bedrag op BE00 0000 0000.",
        ),
    )
    bot.run_once()
    after = bot.show(case["number"])
    assert [e["type"] for e in after["events"]] == [e["type"] for e in before["events"]]
    assert after["due_at"] == before["due_at"] and after["status"] == before["status"]
    cases = bot.cases()
    assert len(cases) == 2
    theirs = next(c for c in cases if c["number"] != case["number"])
    assert theirs["sender"] == ATTACKER and theirs["needs_review"]
    to_citizen = [m for m in sent(smtp_sink) if CITIZEN in str(m["To"])]
    assert len(to_citizen) == 1  # her own acknowledgement, nothing more
    assert not any("BE00" in body(m) for m in to_citizen)


def test_flood_through_plus_addresses(dovecot, imap_user, smtp_sink, bot_env) -> None:
    """40 acknowledgements reached one mailbox through victim+N@ variants."""
    bot = Bot(bot_env)
    for n in range(9):
        dovecot.append(imap_user.name, complaint(f"Victim+{n}@Example.org", name="Victim"))
    bot.run_once()
    to_victim = [r for r in recipients(smtp_sink) if r.startswith("victim")]
    got = [m for m in smtp_sink.messages if any(r.lower().startswith("victim") for r in m.rcpt_tos)]
    assert len(got) <= 5 and to_victim  # smtp.max_auto_replies_per_day
    assert len(bot.cases()) == 9  # every complaint is still a case


def test_spam_display_name_is_not_echoed(dovecot, imap_user, smtp_sink, bot_env) -> None:
    bot = Bot(bot_env)
    name = "Claim your 500 EUR tax refund at http://refund.evil.example"
    dovecot.append(imap_user.name, complaint("victim@example.org", name=name))
    bot.run_once()
    mails = sent(smtp_sink, 1)
    ack = next(m for m in mails if "victim@example.org" in str(m["To"]))
    assert "refund" not in body(ack) and "refund" not in str(ack["To"])


def test_attached_message_does_not_choose_the_complainant(
    dovecot, imap_user, smtp_sink, bot_env
) -> None:
    """An attacker attaches a message 'from' the victim: the victim must get nothing."""
    bot = Bot(bot_env)
    inner = EmailMessage()
    inner["From"] = "Victim <victim@example.org>"
    inner["To"] = BOT
    inner["Subject"] = "Klacht"
    inner.set_content("Ik ben zeer ontevreden over de behandeling van mijn dossier.")
    outer = EmailMessage()
    outer["From"] = ATTACKER
    outer["To"] = BOT
    outer["Subject"] = "Fwd: klacht over mijn pensioen"
    outer["Message-ID"] = "<fwd-1@evil.example>"
    outer.set_content(
        "Ik wacht al vier maanden op de herberekening van mijn pensioen en ben zeer ontevreden."
    )
    outer.add_attachment(inner)
    dovecot.append(imap_user.name, outer.as_bytes(policy=policy.SMTP))
    bot.run_once()
    sent(smtp_sink, 1)
    (case,) = bot.cases()
    assert case["sender"] == ATTACKER
    assert "victim@example.org" not in recipients(smtp_sink)


def test_flood_of_complaints_does_not_bury_the_handler(
    dovecot, imap_user, smtp_sink, bot_env
) -> None:
    """100 complaints from one address gave 100 assignment mails (here 8 against a cap of 3)."""
    bot = Bot(bot_env)
    for n in range(8):
        dovecot.append(imap_user.name, complaint(f"flood+{n}@example.org", extra=f"\n\nNr {n}"))
    bot.run_once()
    cases = bot.cases()
    assert len(cases) == 8  # nothing lost
    to_handler = [m for m in sent(smtp_sink) if SERVICE in str(m["To"])]
    assert len(to_handler) == 3  # handling.max_assignment_mails_per_citizen
    assert sum(1 for c in cases if c["needs_review"]) == 5  # the rest: in the digest


def test_program_sent_as_a_pdf_reaches_the_handler_flagged(
    dovecot, imap_user, smtp_sink, bot_env
) -> None:
    bot = Bot(bot_env)
    msg = email.message_from_bytes(complaint(), policy=policy.default)
    msg.add_attachment(  # type: ignore[attr-defined]
        b"MZ\x90\x00\x03" + b"\x00" * 500, maintype="application", subtype="pdf",
        filename="aanslagbiljet.pdf",
    )  # fmt: skip
    dovecot.append(imap_user.name, msg.as_bytes(policy=policy.SMTP))
    bot.run_once()
    assignment = next(m for m in sent(smtp_sink, 2) if SERVICE in str(m["To"]))
    (part,) = list(assignment.iter_attachments())
    assert part.get_content_type() == "application/octet-stream"
    assert "fichier exécutable (MZ)" in body(assignment)
    assert "uitvoerbaar bestand (MZ)" in body(assignment)
