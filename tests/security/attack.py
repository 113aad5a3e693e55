"""What every attack test needs: run the real bot against the test's Dovecot, SMTP sink and
database; open a case; read what was sent. Not a test module (it holds no tests)."""

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
CONFIG = REPO / "config" / "example.toml"
HMAC_KEY = "security-test-key-0123456789-abcdefghijklmnopqrstuvwxyz"
SERVICE = "pensions@federal.example.be"  # categories.pensions.address
CITIZEN = "maria.janssens@example.be"
GATEWAY = "mx.federal.example.be"  # handling.trusted_authserv_ids of config/example.toml
BOT = "plaintes.klachten@federal.example.be"


def config_with(tmp_path: Path, replacements: dict[str, str]) -> Path:
    """config/example.toml with some lines replaced (each old line must exist), written to
    `tmp_path`; the rules file still comes from the repository."""
    text = CONFIG.read_text(encoding="utf-8")
    replacements = {'rules_file = "rules.toml"': f'rules_file = "{REPO / "config" / "rules.toml"}"',
                    **replacements}  # fmt: skip
    for old, new in replacements.items():
        assert old in text, old
        text = text.replace(old, new)
    path = tmp_path / "site.toml"
    path.write_text(text, encoding="utf-8")
    return path


class Bot:
    """`complaintbot` as a subprocess with the test's environment."""

    def __init__(self, env: dict[str, str], config: Path = CONFIG) -> None:
        self.env = {**env, "COMPLAINTBOT_HMAC_KEY": HMAC_KEY}
        self.config = config

    def __call__(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        done = subprocess.run(
            [sys.executable, "-m", "bot", "--config", str(self.config), *args],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=180,
            cwd=REPO,
            stdin=subprocess.DEVNULL,
        )
        if check:
            assert done.returncode == 0, done.stderr
        return done

    def run_once(self) -> None:
        self("run", "--once")

    def show(self, number: str) -> dict:
        return json.loads(self("show", number, "--json").stdout)

    def cases(self) -> list[dict]:
        return [json.loads(line) for line in self("list", "--json").stdout.splitlines()]


def mail(
    *,
    sender: str,
    to: str,
    text: str,
    name: str = "",
    subject: str = "Klacht over mijn pensioen",
    headers: dict[str, str] | None = None,
    from_line: str | None = None,
) -> bytes:
    msg = EmailMessage()
    msg["From"] = from_line or (f"{name} <{sender}>" if name else sender)
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(datetime.now(UTC))
    msg["Message-ID"] = make_msgid(domain=sender.rpartition("@")[2] or "example.org")
    for key, value in (headers or {}).items():
        msg[key] = value
    msg.set_content(text)
    return msg.as_bytes(policy=policy.SMTP)


def complaint(sender: str = CITIZEN, *, name: str = "Maria Janssens", extra: str = "") -> bytes:
    return mail(
        sender=sender,
        name=name,
        to=BOT,
        text=(
            "Geachte,\n\nIk wacht al vier maanden op de herberekening van mijn pensioen en "
            "niemand van de Federale Pensioendienst antwoordt op mijn brieven. Ik ben hier zeer "
            "ontevreden over en dien daarom een klacht in.\n\nMaria Janssens" + extra
        ),
    )


def proved(domain: str) -> dict[str, str]:
    """The verdict our own gateway writes for a genuine mail of `domain`."""
    return {"Authentication-Results": f"{GATEWAY}; dmarc=pass header.from={domain}"}


def sent(sink, at_least: int = 0) -> list[EmailMessage]:  # type: ignore[no-untyped-def]
    """What the SMTP sink received so far (waits for `at_least` mails first)."""
    if at_least:
        sink.wait_for(at_least)
    time.sleep(0.3)
    return [email.message_from_bytes(m.raw, policy=policy.default) for m in sink.messages]


def recipients(sink) -> set[str]:  # type: ignore[no-untyped-def]
    return {r.lower() for m in sink.messages for r in m.rcpt_tos}


def body(msg: EmailMessage) -> str:
    return msg.get_body(("plain",)).get_content()  # type: ignore[union-attr]


def open_case(bot: Bot, dovecot, user, sink) -> tuple[dict, str]:  # type: ignore[no-untyped-def]
    """A citizen's complaint, taken in: (the case as `list` shows it, the handler's reply
    address from the assignment mail)."""
    dovecot.append(user.name, complaint())
    bot.run_once()
    mails = sent(sink, 2)
    assignment = next(m for m in mails if SERVICE in str(m["To"]))
    (case,) = bot.cases()
    return case, str(assignment["Reply-To"])
