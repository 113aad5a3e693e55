"""Several mailboxes from one instance (issue 14 point 5): two Dovecot accounts, both reading
their INBOX, served by one `run --once`. Each mail becomes a case numbered with its mailbox's
prefix, acknowledged From its mailbox's address in its organisation's name; each mailbox's
coordinators get a digest of its own cases only."""

from __future__ import annotations

import email
import json
import os
import subprocess
import sys
import time
from email import policy
from email.message import EmailMessage
from pathlib import Path

from harness.dovecot import Dovecot
from harness.service import running_service
from harness.smtp import Received, SmtpSink
from mailfactory import auto_reply, citizen_mail
from sqlalchemy import create_engine, text

REPO = Path(__file__).resolve().parents[2]
EXAMPLE = REPO / "config" / "example.toml"
PENSIONS = """
[[mailboxes]]
id = "federal"

[[mailboxes]]
id = "pensions"
numbering.template = "PEN-{{year}}-{{seq:06d}}"
smtp = {{ from_address = "pensions@pensions.example.be", from_name = "Service Pensions" }}
imap = {{ username = "{username}" }}
[mailboxes.organisation]
name = {{ fr = "Service fédéral des Pensions", nl = "Federale Pensioendienst" }}
coordinators = ["coordinator@pensions.example.be"]
"""


def write_config(tmp_path: Path, username: str) -> Path:
    body = EXAMPLE.read_text(encoding="utf-8").replace(
        'rules_file = "rules.toml"', f'rules_file = "{EXAMPLE.parent / "rules.toml"}"'
    )
    path = tmp_path / "complaintbot.toml"
    path.write_text(body + PENSIONS.format(username=username), encoding="utf-8")
    return path


def bot(config: Path, env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", "--config", str(config), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        cwd=REPO,
        stdin=subprocess.DEVNULL,
    )


def run_once(config: Path, env: dict[str, str]) -> None:
    done = bot(config, env, "run", "--once")
    assert done.returncode == 0, done.stderr


def received_by(sink: SmtpSink, address: str) -> list[EmailMessage]:
    return [
        email.message_from_bytes(m.raw, policy=policy.default)  # type: ignore[misc]
        for m in sink.messages
        if address in m.rcpt_tos
    ]


def body(msg: EmailMessage) -> str:
    part = msg.get_body(("plain",))
    assert part is not None
    return part.get_content()


def test_two_mailboxes_one_process(
    dovecot: Dovecot,
    imap_user,  # noqa: ANN001 - the conftest's ImapUser: the "federal" mailbox
    smtp_sink: SmtpSink,
    bot_env: dict[str, str],
    database_url: str,
    tmp_path: Path,
) -> None:
    pensions_user, pensions_password = dovecot.new_user()
    config = write_config(tmp_path, pensions_user)
    env = {**bot_env, "COMPLAINTBOT_MAILBOX_PENSIONS_IMAP_PASSWORD": pensions_password}
    dovecot.append(imap_user.name, citizen_mail(sender="anne@example.be", lang="fr"))
    dovecot.append(pensions_user, citizen_mail(sender="bert@example.be", lang="fr"))

    run_once(config, env)

    engine = create_engine(database_url)
    with engine.connect() as conn:
        cases = {
            sender: (number, mailbox)
            for sender, number, mailbox in conn.execute(
                text('SELECT sender, number, mailbox FROM "case"')
            )
        }
        ledger = sorted(conn.execute(text("SELECT mailbox FROM inbound_message")).scalars())
    engine.dispose()
    # Both INBOXes have a message with UID 1: two ledger rows, one per mailbox.
    assert ledger == ["federal", "pensions"]
    federal_number, federal_box = cases["anne@example.be"]
    pensions_number, pensions_box = cases["bert@example.be"]
    assert (federal_box, pensions_box) == ("federal", "pensions")
    assert federal_number.startswith("PLT-") and pensions_number.startswith("PEN-")
    assert pensions_number.endswith("-000001")  # its own counter: gapless per prefix
    assert dovecot.folder_uids(imap_user.name) == [] == dovecot.folder_uids(pensions_user)

    [federal_ack] = received_by(smtp_sink, "anne@example.be")
    assert federal_ack["From"].addresses[0].addr_spec == "plaintes.klachten@federal.example.be"
    assert federal_number in federal_ack["Subject"]
    assert "SPF Exemple" in body(federal_ack)
    assert "Pensions" not in body(federal_ack)

    [pensions_ack] = received_by(smtp_sink, "bert@example.be")
    assert pensions_ack["From"].addresses[0].addr_spec == "pensions@pensions.example.be"
    assert pensions_ack["From"].addresses[0].display_name == "Service Pensions"
    assert pensions_number in pensions_ack["Subject"]
    assert "Service fédéral des Pensions" in body(pensions_ack)
    assert "SPF Exemple" not in body(pensions_ack)

    # The digest: one per mailbox, to its coordinators, with its cases only.
    [federal_digest] = received_by(smtp_sink, "coordinator@federal.example.be")
    assert federal_number in body(federal_digest)
    assert pensions_number not in body(federal_digest)
    [pensions_digest] = received_by(smtp_sink, "coordinator@pensions.example.be")
    assert pensions_number in body(pensions_digest)
    assert federal_number not in body(pensions_digest)
    assert pensions_digest["From"].addresses[0].addr_spec == "pensions@pensions.example.be"

    # The commands read one mailbox, or all of them.
    def numbers(*args: str) -> list[str]:
        done = bot(config, env, "list", "--json", *args)
        assert done.returncode == 0, done.stderr
        rows = [json.loads(line) for line in done.stdout.splitlines()]
        return [f"{row['mailbox']}:{row['number']}" for row in rows]

    assert numbers("--mailbox", "pensions") == [f"pensions:{pensions_number}"]
    assert numbers("--mailbox", "federal") == [f"federal:{federal_number}"]
    assert numbers() == [f"federal:{federal_number}", f"pensions:{pensions_number}"]
    done = bot(config, env, "stats", "--json", "--mailbox", "pensions")
    assert json.loads(done.stdout)["cases"] == 1, done.stderr
    done = bot(config, env, "list", "--mailbox", "taxes")
    assert done.returncode == 2
    assert "--mailbox taxes: no such mailbox; served: federal, pensions" in done.stderr
    year = federal_number.split("-")[1]
    report = tmp_path / "pensions.html"
    done = bot(
        config, env, "report", "--year", year, "--mailbox", "pensions", "--output", str(report)
    )
    assert done.returncode == 0, done.stderr
    html = report.read_text(encoding="utf-8")
    assert "Service fédéral des Pensions" in html and "SPF Exemple" not in html

    # A complaint received by letter for the pensions service: its number, its mailbox.
    letter = tmp_path / "letter.txt"
    letter.write_text("Je conteste le calcul de ma pension.", encoding="utf-8")
    done = bot(
        config,
        env,
        "register",
        "--mailbox",
        "pensions",
        "--channel",
        "letter",
        "--language",
        "fr",
        "--from",
        "carl@example.be",
        "--subject",
        "Ma pension",
        "--text-file",
        str(letter),
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"PEN-{year}-000002: registered"), done.stdout
    assert numbers("--mailbox", "pensions")[-1] == f"pensions:PEN-{year}-000002"
    # ... in the pensions digest only (new since the digests sent above)
    done = bot(config, env, "digest", "--dry-run", "--mailbox", "pensions")
    assert f"PEN-{year}-000002" in done.stdout, done.stderr
    done = bot(config, env, "digest", "--dry-run")  # the first mailbox's
    assert "Récapitulatif" in done.stdout and "PEN-" not in done.stdout, done.stderr

    # A second run sends nothing twice; the registered complaint is acknowledged From pensions.
    before = len(smtp_sink.messages)
    run_once(config, env)
    [carl_ack] = received_by(smtp_sink, "carl@example.be")
    assert carl_ack["From"].addresses[0].addr_spec == "pensions@pensions.example.be"
    again = {to for m in smtp_sink.messages[before:] for to in m.rcpt_tos}
    assert not again & {"anne@example.be", "bert@example.be"}, again
    assert not {a for a in again if a.startswith("coordinator@")}, again  # one digest a day

    # A follow-up quoting a pensions number reaches that case, even sent to the other mailbox.
    follow_up = citizen_mail(
        sender="bert@example.be", subject=f"Re: {pensions_number}", body="Une précision."
    )
    dovecot.append(imap_user.name, follow_up)
    run_once(config, env)
    engine = create_engine(database_url)
    with engine.connect() as conn:
        outcome, number = conn.execute(
            text(
                'SELECT m.outcome, c.number FROM inbound_message m JOIN "case" c '
                "ON c.id = m.case_id ORDER BY m.id DESC LIMIT 1"
            )
        ).one()
    engine.dispose()
    assert (outcome, number) == ("follow_up", pensions_number)


def _parsed(received: Received) -> EmailMessage:
    return email.message_from_bytes(received.raw, policy=policy.default)  # type: ignore[return-value]


def test_the_service_waits_on_every_mailbox_at_once(
    dovecot: Dovecot,
    imap_user,  # noqa: ANN001
    smtp_sink: SmtpSink,
    bot_env: dict[str, str],
    tmp_path: Path,
) -> None:
    """`complaintbot run`: one IMAP IDLE per mailbox; mail to either is acknowledged within
    seconds (neither the outbox tick nor a re-take after idle_seconds could do it)."""
    pensions_user, pensions_password = dovecot.new_user()
    config = write_config(tmp_path, pensions_user)
    env = {
        **bot_env,
        "COMPLAINTBOT_MAILBOX_PENSIONS_IMAP_PASSWORD": pensions_password,
        "COMPLAINTBOT_SCHEDULER_OUTBOX_SECONDS": "300",
        "COMPLAINTBOT_IMAP_IDLE_SECONDS": "600",
    }
    with running_service(env, config) as service:
        dovecot.append(imap_user.name, citizen_mail(sender="first@example.be", seq=1))
        service.wait_for_ack(smtp_sink, "first@example.be", within=60)  # the service is up
        time.sleep(2)  # both loops are idle now
        dovecot.append(pensions_user, citizen_mail(sender="pens@example.be", seq=2))
        ack = _parsed(service.wait_for_ack(smtp_sink, "pens@example.be", within=10))
        assert ack["From"].addresses[0].addr_spec == "pensions@pensions.example.be"
        assert "PEN-" in ack["Subject"]
        dovecot.append(imap_user.name, citizen_mail(sender="second@example.be", seq=3))
        second = _parsed(service.wait_for_ack(smtp_sink, "second@example.be", within=10))
        assert "PLT-" in second["Subject"]
    assert service.returncode == 0, service.stderr
    assert "Traceback" not in service.stderr and "stopped cleanly" in service.stderr


def test_a_mailbox_that_is_down_does_not_keep_the_others_back(
    dovecot: Dovecot,
    imap_user,  # noqa: ANN001
    smtp_sink: SmtpSink,
    bot_env: dict[str, str],
    tmp_path: Path,
) -> None:
    pensions_user, _ = dovecot.new_user()
    config = write_config(tmp_path, pensions_user)
    env = {**bot_env, "COMPLAINTBOT_MAILBOX_PENSIONS_IMAP_PASSWORD": "wrong"}
    dovecot.append(imap_user.name, citizen_mail(sender="anne@example.be"))
    done = bot(config, env, "run", "--once")
    assert done.returncode == 3, done.stderr  # the failure is reported ...
    assert pensions_user in done.stderr
    assert received_by(smtp_sink, "anne@example.be")  # ... after the other mailbox's work


def test_filed_mail_rescued_as_a_case_of_its_own_mailbox(
    dovecot: Dovecot,
    imap_user,  # noqa: ANN001
    smtp_sink: SmtpSink,
    bot_env: dict[str, str],
    database_url: str,
    tmp_path: Path,
) -> None:
    pensions_user, pensions_password = dovecot.new_user()
    config = write_config(tmp_path, pensions_user)
    env = {**bot_env, "COMPLAINTBOT_MAILBOX_PENSIONS_IMAP_PASSWORD": pensions_password}
    dovecot.append(pensions_user, auto_reply())
    run_once(config, env)
    engine = create_engine(database_url)
    with engine.connect() as conn:
        [(ledger_id, outcome)] = conn.execute(text("SELECT id, outcome FROM inbound_message"))
    engine.dispose()
    assert outcome == "filed"
    done = bot(config, env, "reclassify", f"#{ledger_id}", "--kind", "complaint")
    assert done.returncode == 0, done.stderr
    assert "PEN-" in done.stdout and "PLT-" not in done.stdout


def test_the_service_serves_more_mailboxes_than_the_default_thread_pool(
    dovecot: Dovecot,
    imap_user,  # noqa: ANN001
    smtp_sink: SmtpSink,
    bot_env: dict[str, str],
    tmp_path: Path,
) -> None:
    """Each connected mailbox holds a worker thread; asyncio's default pool has cpu + 4. One
    mailbox more than that must still be served (and the jobs must still get threads)."""
    n = min(12, min(32, (os.cpu_count() or 1) + 4) + 1)
    users = [dovecot.new_user() for _ in range(n - 1)]
    extra = "".join(
        f'\n[[mailboxes]]\nid = "m{i}"\nnumbering.template = "M{i}X-{{year}}-{{seq:06d}}"\n'
        f'imap = {{ username = "{name}" }}\n'
        for i, (name, _) in enumerate(users)
    )
    config = tmp_path / "complaintbot.toml"
    config.write_text(
        EXAMPLE.read_text(encoding="utf-8").replace(
            'rules_file = "rules.toml"', f'rules_file = "{EXAMPLE.parent / "rules.toml"}"'
        )
        + '\n[[mailboxes]]\nid = "federal"\n'
        + extra,
        encoding="utf-8",
    )
    env = {
        **bot_env,
        **{f"COMPLAINTBOT_MAILBOX_M{i}_IMAP_PASSWORD": pw for i, (_, pw) in enumerate(users)},
        "COMPLAINTBOT_SCHEDULER_OUTBOX_SECONDS": "300",
    }
    last, _ = users[-1]
    dovecot.append(last, citizen_mail(sender="last@example.be", seq=1))
    with running_service(env, config) as service:
        ack = _parsed(service.wait_for_ack(smtp_sink, "last@example.be", within=60))
        assert f"M{n - 2}X-" in ack["Subject"]
    assert service.returncode == 0, service.stderr
