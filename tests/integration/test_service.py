"""The long-running service and the mailbox connection: IDLE, clean stop, TLS, refusals."""

from __future__ import annotations

import json
import time
from pathlib import Path

from harness.cli import bot, run_once, stats
from harness.service import running_service
from mailfactory import citizen_mail


def test_idle_service_acknowledges_within_seconds_and_stops_cleanly(
    dovecot, imap_user, smtp_sink, bot_env
):
    # Neither the outbox tick nor a re-take after idle_seconds can come within the bound:
    # only IMAP IDLE's news can make the service take the second mail in time.
    env = {
        **bot_env,
        "COMPLAINTBOT_SCHEDULER_OUTBOX_SECONDS": "300",
        "COMPLAINTBOT_IMAP_IDLE_SECONDS": "600",
    }
    with running_service(env) as service:
        # The first mail shows the service is up (start-up loads the rules and models).
        dovecot.append(imap_user.name, citizen_mail(sender="first@example.be", lang="fr", seq=1))
        service.wait_for_ack(smtp_sink, "first@example.be", within=60)
        assert service.proc.poll() is None
        # The second arrives while the service waits in IDLE.
        appended = time.time()
        dovecot.append(imap_user.name, citizen_mail(sender="idle@example.be", lang="nl", seq=2))
        ack = service.wait_for_ack(smtp_sink, "idle@example.be", within=10)
        assert ack.received_at - appended < 10
        assert b"PLT-" in ack.raw
    assert service.returncode == 0, service.stderr
    assert "Traceback" not in service.stderr
    assert "stopped cleanly" in service.stderr


def test_implicit_tls_works_and_wrong_ca_is_a_clear_error(dovecot, imap_user, bot_env, tmp_path):
    dovecot.append(imap_user.name, citizen_mail(sender="tls@example.be", seq=1))
    tls = {
        **bot_env,
        "COMPLAINTBOT_IMAP_SECURITY": "tls",
        "COMPLAINTBOT_IMAP_PORT": str(dovecot.imaps_port),
    }
    run_once(tls)
    assert stats(bot_env)["cases"] == 1

    other_ca = tmp_path / "other-ca.pem"
    other_ca.write_text(
        Path("/etc/ssl/certs/ca-certificates.crt").read_text()
        if Path("/etc/ssl/certs/ca-certificates.crt").exists()
        else ""
    )
    bad = bot({**tls, "COMPLAINTBOT_IMAP_CA_FILE": str(other_ca)}, "run", "--once")
    assert bad.returncode == 3
    assert "mailbox unavailable" in bad.stderr and "Traceback" not in bad.stderr


def test_wrong_password_and_unreachable_server_exit_3(dovecot, imap_user, bot_env):
    wrong = bot({**bot_env, "COMPLAINTBOT_IMAP_PASSWORD": "not-the-password"}, "run", "--once")
    assert wrong.returncode == 3 and "Traceback" not in wrong.stderr
    down = bot({**bot_env, "COMPLAINTBOT_IMAP_PORT": "1"}, "run", "--once")
    assert down.returncode == 3 and "mailbox unavailable" in down.stderr


def test_not_a_mail_is_quarantined_with_its_reason(dovecot, imap_user, bot_env):
    junk = b"this is not a mail at all\r\njust some words\r\n"
    dovecot.append(imap_user.name, junk)
    dovecot.append(imap_user.name, citizen_mail(sender="fine@example.be", seq=2))
    run_once(bot_env)
    s = stats(bot_env)
    assert (s["messages"], s["cases"], s["quarantined"]) == (2, 1, 1)
    listed = bot(bot_env, "quarantine", "list", "--json")
    [row] = [json.loads(line) for line in listed.stdout.splitlines()]
    assert "not a mail" in row["reason"]
    # Filed away from the folder like every other message: custody is in the database.
    assert dovecot.folder_uids(imap_user.name, "INBOX") == []
