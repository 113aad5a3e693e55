"""End to end: a citizen mail in Dovecot -> run --once -> the acknowledgement at the SMTP server,
with the right number, in the citizen's language, with the answer-by date."""

from __future__ import annotations

import email
from datetime import datetime
from email import policy
from zoneinfo import ZoneInfo

import pytest
from harness.cli import CONFIG, cases, run_once
from mailfactory import citizen_mail

from bot import settings as settings_mod
from bot.deadlines.calendar import WorkingCalendar
from bot.outbox.compose import longdate

SUBJECTS = {
    "fr": "Accusé de réception de votre plainte",
    "nl": "Ontvangstbevestiging van uw klacht",
    "de": "Eingangsbestätigung Ihrer Beschwerde",
    "en": "Acknowledgement of your complaint",
}


@pytest.mark.parametrize("lang", ["fr", "nl", "de", "en"])
def test_acknowledgement_in_the_citizens_language(dovecot, imap_user, smtp_sink, bot_env, lang):
    sender = f"{lang}.citizen@example.be"
    original = citizen_mail(sender=sender, lang=lang, message_id=f"<orig-{lang}@example.be>")
    dovecot.append(imap_user.name, original)
    run_once(bot_env)

    [case] = cases(bot_env)
    assert case["language"] == lang and case["kind"] == "complaint"
    [ack] = [m for m in smtp_sink.wait_for(1) if sender in m.rcpt_tos]
    msg = email.message_from_bytes(ack.raw, policy=policy.default)
    assert msg["Subject"] == f"[{case['number']}] {SUBJECTS[lang]}"
    assert msg["In-Reply-To"] == f"<orig-{lang}@example.be>"
    assert msg["Auto-Submitted"] == "auto-replied"  # RFC 3834: never answered by machines
    text = msg.get_body(("plain",)).get_content()
    assert case["number"] in text
    due = datetime.fromisoformat(case["due_at"]).astimezone(ZoneInfo("Europe/Brussels")).date()
    assert longdate(due, lang) in text  # the answer-by date, written in that language
    # 30 calendar days ([deadlines] of the example config), moved to the next working day
    # when it falls on a weekend, a Belgian holiday or a closure day.
    calendar = WorkingCalendar(settings_mod.load(CONFIG, environ={}).calendar)
    received = datetime.fromisoformat(case["received_at"])
    assert due == calendar.due_date(received, 30, "calendar")

    # A second run sends nothing new.
    before = len(smtp_sink.messages)
    run_once(bot_env)
    assert len(smtp_sink.messages) == before


def test_unclear_language_gets_a_bilingual_answer(dovecot, imap_user, smtp_sink, bot_env):
    dovecot.append(
        imap_user.name, citizen_mail(sender="x@example.be", subject="PLT?", body="??? !!! 1234")
    )
    run_once(bot_env)
    [case] = cases(bot_env)
    [ack] = [m for m in smtp_sink.wait_for(1) if "x@example.be" in m.rcpt_tos]
    subject = email.message_from_bytes(ack.raw, policy=policy.default)["Subject"]
    assert case["language"] is None
    # One text after the other, French then Dutch ([organisation] fallback_languages).
    french, dutch = subject.split(f"[{case['number']}] ", 1)[1].split(" / ")
    assert "votre" in french.lower() and ("uw" in dutch.lower() or "van" in dutch.lower())
    text = email.message_from_bytes(ack.raw, policy=policy.default).get_body(("plain",))
    assert text is not None and case["number"] in text.get_content()
