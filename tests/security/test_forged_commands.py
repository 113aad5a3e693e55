"""Attacks on handler mail commands (issue 12 points 1, 2 and 7), end to end: a real Dovecot,
the real SMTP sink, `complaintbot run --once` as a subprocess, SQLite and PostgreSQL.

Each test is one attack and asserts that nothing changed on the case and that nothing was
mailed where it must not go (the citizen, the attacker, a spoofed third party).
"""

from __future__ import annotations

from attack import (
    BOT,
    CITIZEN,
    GATEWAY,
    SERVICE,
    Bot,
    body,
    config_with,
    mail,
    open_case,
    proved,
    recipients,
    sent,
)
from dkimkeys import new_key

ATTACKER = "attacker@evil.example"


def _unchanged(bot: Bot, case: dict) -> dict:
    data = bot.show(case["number"])
    assert data["status"] == "open" and data["outcome"] is None
    assert data["assignee"] == SERVICE and data["due_at"] == case["due_at"]
    assert not [o for o in data["outbox"] if o["purpose"] in ("final_answer", "assignment")][1:]
    assert not [e for e in data["events"] if e["type"] in ("answered", "note", "extended")]
    return data


def test_leaked_reply_address_with_forged_from(dovecot, imap_user, smtp_sink, bot_env) -> None:
    """The citizen saw the reply address (Cc, forward) and closes her own case as founded."""
    bot = Bot(bot_env)
    case, reply_to = open_case(bot, dovecot, imap_user, smtp_sink)
    before = len(smtp_sink.messages)
    dovecot.append(
        imap_user.name,
        mail(
            sender=SERVICE,
            to=reply_to,
            text="#answer founded behaviour\nU krijgt 5000 EUR: http://evil.example/claim",
        ),
    )
    bot.run_once()
    data = _unchanged(bot, case)
    (refused,) = [e for e in data["events"] if e["type"] == "command_refused"]
    assert refused["detail"]["code"] == "sender_not_proved"
    new = sent(smtp_sink)[before:]
    assert not [m for m in new if CITIZEN in str(m["To"])]  # no "official answer" to her
    assert not any("evil.example" in body(m) for m in sent(smtp_sink))


def test_authentication_results_of_an_untrusted_server(
    dovecot, imap_user, smtp_sink, bot_env
) -> None:
    """The forger writes his own "dmarc=pass", under another authserv-id, and one with our
    gateway's id below the gateway's real (failing) verdict."""
    bot = Bot(bot_env)
    case, reply_to = open_case(bot, dovecot, imap_user, smtp_sink)
    domain = SERVICE.rpartition("@")[2]
    fake = mail(
        sender=SERVICE,
        to=reply_to,
        text="#extend 15 meer tijd nodig",
        headers={"Authentication-Results": f"mx.evil.example; dmarc=pass header.from={domain}"},
    )
    # The gateway prepends its verdict on top of whatever the mail brought.
    below = mail(sender=SERVICE, to=reply_to, text="#note geschreven door de aanvaller")
    forged = f"Authentication-Results: {GATEWAY}; dmarc=pass header.from={domain}\r\n"
    top = f"Authentication-Results: {GATEWAY}; dmarc=fail header.from={domain}\r\n"
    below = top.encode() + below.replace(b"Subject:", forged.encode() + b"Subject:", 1)
    dovecot.append(imap_user.name, fake)
    dovecot.append(imap_user.name, below)
    bot.run_once()
    data = _unchanged(bot, case)
    codes = [e["detail"]["code"] for e in data["events"] if e["type"] == "command_refused"]
    assert codes == ["sender_not_proved", "sender_not_proved"]


def test_from_with_two_at_signs(dovecot, imap_user, smtp_sink, bot_env) -> None:
    """`From: <pensions@federal.example.be@evil.example>` was read as the handler."""
    bot = Bot(bot_env)
    case, reply_to = open_case(bot, dovecot, imap_user, smtp_sink)
    before = len(smtp_sink.messages)
    dovecot.append(
        imap_user.name,
        mail(
            sender=SERVICE,
            from_line=f"<{SERVICE}@evil.example>",
            to=reply_to,
            text="#answer unfounded\nNiets aan de hand.",
            headers=proved("evil.example"),
        ),
    )
    bot.run_once()
    data = _unchanged(bot, case)
    (refused,) = [e for e in data["events"] if e["type"] == "command_refused"]
    assert refused["detail"]["code"] == "ambiguous_from"
    assert len(sent(smtp_sink)) == before  # nobody to answer: nothing sent at all


def test_assign_to_an_outsider(dovecot, imap_user, smtp_sink, bot_env) -> None:
    """A (here even genuine) handler mail hands the case to an outside address: refused, the
    attacker receives nothing; the handler's refusal notice is not eaten by the brake."""
    bot = Bot(bot_env)
    case, reply_to = open_case(bot, dovecot, imap_user, smtp_sink)
    dovecot.append(
        imap_user.name,
        mail(
            sender=SERVICE,
            to=reply_to,
            text=f"#assign {ATTACKER}\nGraag overnemen.",
            headers=proved("federal.example.be"),
        ),
    )
    bot.run_once()
    _unchanged(bot, case)
    assert ATTACKER not in recipients(smtp_sink)
    refusal = [m for m in sent(smtp_sink) if SERVICE in str(m["To"]) and case["number"] in
               str(m["Subject"]) and "#assign" in body(m)]  # fmt: skip
    assert refusal, "the handler is told why"


def test_refusal_is_not_mailed_to_a_spoofed_third_party(
    dovecot, imap_user, smtp_sink, bot_env
) -> None:
    """Backscatter: a bad command 'from' an outside victim must not make us mail the victim."""
    bot = Bot(bot_env)
    case, reply_to = open_case(bot, dovecot, imap_user, smtp_sink)
    victim = "victim@example.org"
    for i in range(3):
        dovecot.append(imap_user.name, mail(sender=victim, to=reply_to, text=f"#note spam {i}"))
    bot.run_once()
    data = _unchanged(bot, case)
    assert len([e for e in data["events"] if e["type"] == "command_refused"]) == 3
    assert victim not in recipients(smtp_sink)


def test_forged_refusals_do_not_silence_the_handler(dovecot, imap_user, smtp_sink, bot_env) -> None:
    """Forged refusals used up the handler's daily budget; the genuine confirmation was lost."""
    bot = Bot(bot_env)
    case, reply_to = open_case(bot, dovecot, imap_user, smtp_sink)
    for i in range(8):  # more than smtp.max_auto_replies_per_day (5)
        dovecot.append(imap_user.name, mail(sender=SERVICE, to=reply_to, text=f"#note vals {i}"))
    bot.run_once()
    dovecot.append(
        imap_user.name,
        mail(sender=SERVICE, to=reply_to, text="#note echt", headers=proved("federal.example.be")),
    )
    bot.run_once()
    data = bot.show(case["number"])
    notes = [e for e in data["events"] if e["type"] == "note"]
    assert [n["detail"]["text"] for n in notes] == ["echt"]
    done = [o for o in data["outbox"] if o["purpose"] == "command_done"]
    assert done and all(o["status"] != "suppressed" for o in done)


def test_dkim_checked_by_the_bot(dovecot, imap_user, smtp_sink, bot_env, tmp_path) -> None:
    """command_auth = "dkim" with the handler domain's key pinned in the config: a signed
    command is applied; the same mail with its text altered, or unsigned, is refused."""
    key = new_key()
    domain = SERVICE.rpartition("@")[2]
    config = config_with(
        tmp_path,
        {
            'command_auth = "authentication-results"': 'command_auth = "dkim"',
            "dkim_public_keys = {}": f'dkim_public_keys = {{ "sel._domainkey.{domain}" = '
            f'"{key.record}" }}',
        },
    )
    bot = Bot(bot_env, config)
    case, reply_to = open_case(bot, dovecot, imap_user, smtp_sink)
    signed = key.sign(
        mail(sender=SERVICE, to=reply_to, text="#note ondertekend"), domain=domain, selector="sel"
    )
    altered = key.sign(
        mail(sender=SERVICE, to=reply_to, text="#note origineel"), domain=domain, selector="sel"
    ).replace(b"#note origineel", b"#note veranderd")
    unsigned = mail(sender=SERVICE, to=reply_to, text="#note zonder handtekening")
    for raw in (altered, unsigned, signed):
        dovecot.append(imap_user.name, raw)
    bot.run_once()
    data = bot.show(case["number"])
    assert [e["detail"]["text"] for e in data["events"] if e["type"] == "note"] == ["ondertekend"]
    codes = [e["detail"]["code"] for e in data["events"] if e["type"] == "command_refused"]
    assert codes == ["sender_not_proved", "sender_not_proved"]
    assert BOT not in recipients(smtp_sink)
