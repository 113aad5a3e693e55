"""Attacks that turn the bot against citizens (issue 12 points 3, 4 and 5), end to end through
the real Dovecot, SMTP sink and `complaintbot run --once`, on SQLite and PostgreSQL.
"""

from __future__ import annotations

from email import policy
from email.message import EmailMessage

from attack import BOT, CITIZEN, Bot, body, complaint, mail, recipients, sent

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
