"""End to end through a real Dovecot and a real SMTP server: a citizen complains, the handler
answers by replying to the assignment mail, the citizen receives the final answer in their
language with the second line of the case's category, and the case closes. A forged command
(the handler's From, but no or a wrong token) changes nothing.
"""

from __future__ import annotations

import email
import json
import subprocess
import sys
import time
from datetime import UTC, datetime
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
CONFIG = str(REPO / "config" / "example.toml")
DEMO = REPO / "bot" / "demo" / "mailbox"
HMAC_KEY = "integration-test-key-0123456789-abcdefghijklmnopqrstuvwxyz"
SERVICE = "pensions@federal.example.be"  # categories.pensions.address


def bot(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        [sys.executable, "-m", "bot", "--config", CONFIG, *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=REPO,
        stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 0, done.stderr
    return done


def show(env: dict[str, str], number: str) -> dict:
    return json.loads(bot(env, "show", number, "--json").stdout)


def only_case(env: dict[str, str]) -> dict:
    (line,) = bot(env, "list", "--json").stdout.splitlines()
    return json.loads(line)


def received(sink, count: int) -> list[EmailMessage]:  # type: ignore[no-untyped-def]
    sink.wait_for(count)
    time.sleep(0.3)
    return [email.message_from_bytes(m.raw, policy=policy.default) for m in sink.messages]


def body(msg: EmailMessage) -> str:
    return msg.get_body(("plain",)).get_content()  # type: ignore[union-attr]


def handler_reply(to: str, text: str, *, sender: str = SERVICE, parent: str = "") -> bytes:
    msg = EmailMessage()
    msg["From"] = f"Service Pensioenen <{sender}>"
    msg["To"] = to
    msg["Subject"] = "RE: [PLT] Te behandelen klacht"
    msg["Date"] = format_datetime(datetime.now(UTC))
    msg["Message-ID"] = make_msgid(domain="federal.example.be")
    domain = sender.rpartition("@")[2]  # the verdict our gateway adds (trusted_authserv_ids)
    msg["Authentication-Results"] = f"mx.federal.example.be; dmarc=pass header.from={domain}"
    if parent:
        msg["In-Reply-To"] = parent
        msg["References"] = parent
    msg.set_content(text)
    return bytes(msg)


def test_handler_answers_by_mail_and_citizen_gets_the_final_answer(
    dovecot, imap_user, smtp_sink, bot_env
):
    env = {**bot_env, "COMPLAINTBOT_HMAC_KEY": HMAC_KEY}
    dovecot.append(imap_user.name, (DEMO / "05-complaint-nl-pension.eml").read_bytes())
    bot(env, "run", "--once")

    mails = received(smtp_sink, 2)
    by_to = {str(m["To"]).split("<")[-1].rstrip(">"): m for m in mails}
    assignment = by_to[SERVICE]
    reply_to = str(assignment["Reply-To"])
    assert reply_to.startswith("plaintes.klachten+c")
    assert "#answer founded|partly-founded" in body(assignment)
    case = only_case(env)
    assert case["assignee"] == SERVICE and case["status"] == "open"
    number = case["number"]

    # A forged command: the handler's From, the bot's plain address (no token) ...
    dovecot.append(
        imap_user.name,
        handler_reply(
            "plaintes.klachten@federal.example.be", "#answer unfounded\nNiets aan de hand."
        ),
    )
    # ... and the handler's From with a wrong token.
    wrong = (
        f"plaintes.klachten+c{reply_to.split('+c')[1].split('.')[0]}."
        + "a" * 24
        + "@federal.example.be"
    )
    dovecot.append(imap_user.name, handler_reply(wrong, "#answer unfounded\nNiets."))
    bot(env, "run", "--once")
    data = show(env, number)
    assert data["status"] == "open" and data["outcome"] is None
    assert not [o for o in data["outbox"] if o["purpose"] == "final_answer"]
    refused = [e for e in data["events"] if e["type"] == "command_refused"]
    assert len(refused) == 1 and refused[0]["detail"]["code"].startswith("token_")

    # The real answer, replying to the assignment mail.
    before = len(smtp_sink.messages)
    dovecot.append(
        imap_user.name,
        handler_reply(
            reply_to,
            "#answer partly-founded processing\n"
            "Geachte mevrouw Janssens,\n\nUw pensioendossier werd intussen herberekend.\n",
            parent=str(assignment["Message-ID"]),
        ),
    )
    bot(env, "run", "--once")

    data = show(env, number)
    assert data["status"] == "closed"
    assert (data["outcome"], data["typology"]) == ("partly_founded", "processing")
    answered = [e for e in data["events"] if e["type"] == "answered"]
    assert answered and answered[0]["actor"] == SERVICE and answered[0]["channel"] == "mail"

    new = received(smtp_sink, before + 2)[before:]
    final = next(m for m in new if "maria.janssens@example.be" in str(m["To"]))
    text = body(final)
    assert number in str(final["Subject"]) and "Antwoord op uw klacht" in str(final["Subject"])
    assert "Uw pensioendossier werd intussen herberekend." in text
    assert "Ombudsdienst Pensioenen" in text  # the pensions category's second line, in Dutch
    assert "gedeeltelijk gegrond" in text and "federale Ombudsman" not in text
    assert any(SERVICE in str(m["To"]) and "uitgevoerd" in str(m["Subject"]) for m in new)
