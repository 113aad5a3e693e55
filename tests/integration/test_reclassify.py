"""End to end through the mailbox: a scam is filed and never acknowledged; it is listed in the
digest's review section by its ledger id; one command rescues it as a complaint and the missed
acknowledgement reaches the sender (real Dovecot, real SMTP sink)."""

from __future__ import annotations

import re
from email.message import EmailMessage

from harness.cli import bot, cases, run_once, stats

SCAMMER = "claims.office@example.net"


def scam() -> bytes:
    msg = EmailMessage()
    msg["From"] = f"Internationale Lotterie <{SCAMMER}>"
    msg["To"] = "plaintes.klachten@federal.example.be"
    msg["Subject"] = "Ihr Gewinn wartet"
    msg["Message-ID"] = "<lotto-1@example.net>"
    msg["Date"] = "Mon, 30 Nov 2026 09:00:00 +0100"
    msg.set_content(
        "Herzlichen Glückwunsch! Ihre E-Mail-Adresse wurde bei unserer internationalen "
        "Lotterie ausgelost, Sie haben 1.500.000 Euro gewonnen. Um Ihren Gewinn zu erhalten, "
        "senden Sie uns Ihren vollständigen Namen, Ihre Bankverbindung und die "
        "Bearbeitungsgebühr von 250 Euro.\n"
    )
    return msg.as_bytes()


def test_scam_filed_listed_and_rescued(dovecot, imap_user, smtp_sink, bot_env):
    dovecot.append(imap_user.name, scam())
    run_once(bot_env)
    s = stats(bot_env)
    assert (s["messages"], s["cases"], s["filed"]) == (1, 0, 1)
    assert not [m for m in smtp_sink.messages if SCAMMER in m.rcpt_tos]

    digest = bot(bot_env, "digest", "--dry-run")
    assert digest.returncode == 0, digest.stderr
    refs = set(re.findall(r"#\d+", digest.stdout))  # once per language of the digest
    assert len(refs) == 1, digest.stdout
    [ref] = refs

    done = bot(bot_env, "reclassify", ref, "--kind", "complaint", "--actor", "coordinator")
    assert done.returncode == 0, done.stderr
    [case] = cases(bot_env)
    assert case["kind"] == "complaint" and case["number"] in done.stdout
    run_once(bot_env)  # sends what is queued
    [ack] = [m for m in smtp_sink.wait_for(1) if SCAMMER in m.rcpt_tos]
    assert case["number"].encode() in ack.raw
    shown = bot(bot_env, "show", case["number"], "--json")
    assert "reclassified" in shown.stdout and "coordinator" in shown.stdout

    again = bot(bot_env, "reclassify", ref, "--kind", "complaint")
    assert again.returncode == 2 and "not a filed non-case" in again.stderr
