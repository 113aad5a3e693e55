"""End to end (Dovecot, real SMTP sink): a thank-you note is thanked, not acknowledged as a
complaint; a suggestion is acknowledged as a suggestion; thanks in reply to our mail stay a
follow-up of that case, with no new acknowledgement (issue 11 point 5)."""

from __future__ import annotations

import email
import json
from email import policy

from harness.cli import bot, cases, run_once, stats
from mailfactory import citizen_mail

THANKS = "Bonjour,\n\nMerci beaucoup pour votre aide rapide.\n\nCordialement,\nClaire Dubois\n"


def show(env: dict[str, str], number: str) -> dict:
    done = bot(env, "show", number, "--json")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def _subject(raw: bytes) -> str:
    return str(email.message_from_bytes(raw, policy=policy.default)["Subject"])


def test_a_thank_you_note_gets_the_thank_you_letter(dovecot, imap_user, smtp_sink, bot_env):
    sender = "claire.dubois@example.be"
    dovecot.append(
        imap_user.name,
        citizen_mail(sender=sender, name="Claire Dubois", subject="Merci", body=THANKS),
    )
    run_once(bot_env)

    [case] = cases(bot_env)
    assert case["request_type"] == "other" and case["status"] == "closed"
    [letter] = [m for m in smtp_sink.wait_for(1) if sender in m.rcpt_tos]
    subject = _subject(letter.raw)
    assert subject == f"[{case['number']}] Nous vous remercions de votre message"
    text = email.message_from_bytes(letter.raw, policy=policy.default).get_body(("plain",))
    assert text is not None
    body = text.get_content()
    assert "remercions" in body and "votre plainte" not in body.lower()
    # The thank-you letter is the case's acknowledgement (criterion 8: always acknowledge).
    [shown] = [c for c in cases(bot_env) if c["number"] == case["number"]]
    assert show(bot_env, case["number"])["acknowledged_at"] is not None
    assert shown["status"] == "closed"
    # Thanked, closed on arrival: nothing assigned to a handler about it.
    staff = [_subject(m.raw) for m in smtp_sink.messages if sender not in m.rcpt_tos]
    assert [s for s in staff if case["number"] in s] == []


def test_a_suggestion_is_acknowledged_as_a_suggestion(dovecot, imap_user, smtp_sink, bot_env):
    sender = "jan.peeters@example.be"
    body = (
        "Geachte,\n\nIk stel voor dat het webformulier ook een chatfunctie aanbiedt.\n\n"
        "Met vriendelijke groeten,\nJan Peeters\n"
    )
    dovecot.append(
        imap_user.name,
        citizen_mail(sender=sender, name="Jan Peeters", lang="nl", subject="Voorstel", body=body),
    )
    run_once(bot_env)
    [case] = cases(bot_env)
    assert case["request_type"] == "suggestion" and case["status"] == "open"
    [ack] = [m for m in smtp_sink.wait_for(1) if sender in m.rcpt_tos]
    assert _subject(ack.raw) == f"[{case['number']}] Ontvangstbevestiging van uw suggestie"


def test_thanks_in_reply_to_our_mail_stay_a_follow_up(dovecot, imap_user, smtp_sink, bot_env):
    sender = "marie.lambert@example.be"
    dovecot.append(imap_user.name, citizen_mail(sender=sender, seq=1))
    run_once(bot_env)
    [case] = cases(bot_env)
    [ack] = [m for m in smtp_sink.wait_for(1) if sender in m.rcpt_tos]
    ours = email.message_from_bytes(ack.raw, policy=policy.default)["Message-ID"]

    thanks = citizen_mail(
        sender=sender,
        subject=f"Re: [{case['number']}] Merci",
        body=THANKS,
        headers={"In-Reply-To": ours, "References": ours},
        seq=2,
    )
    dovecot.append(imap_user.name, thanks)
    before = len([m for m in smtp_sink.messages if sender in m.rcpt_tos])
    run_once(bot_env)

    assert [c["number"] for c in cases(bot_env)] == [case["number"]]
    assert stats(bot_env)["follow_ups"] == 1
    assert len([m for m in smtp_sink.messages if sender in m.rcpt_tos]) == before
