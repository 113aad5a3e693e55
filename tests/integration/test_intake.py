"""Mailbox intake against a real Dovecot and real databases: nothing lost, nothing doubled."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest
from harness.cli import CONFIG, REPO, balanced, bot, cases, run_once, stats
from mailfactory import auto_reply, citizen_mail
from sqlalchemy import create_engine, func, select
from sqlmodel import Session

from bot.db import make_engine
from bot.models import Case, InboundMessage, RawBlob


def test_run_twice_takes_each_mail_once(dovecot, imap_user, smtp_sink, bot_env, database_url):
    raws = [
        citizen_mail(lang="fr", sender="a@example.be", seq=1),
        citizen_mail(lang="nl", sender="b@example.be", seq=2),
        citizen_mail(lang="de", sender="c@example.be", seq=3),
        auto_reply(seq=4),
    ]
    for raw in raws:
        dovecot.append(imap_user.name, raw)

    run_once(bot_env)
    first = stats(bot_env)
    assert first["messages"] == 4 and first["cases"] == 3 and first["filed"] == 1
    assert balanced(first)
    # Custody: the IMAP copies went to Processed only after the commit, none is deleted.
    assert dovecot.folder_uids(imap_user.name, "INBOX") == []
    assert sorted(dovecot.fetch_all(imap_user.name, "Processed").values()) == sorted(raws)
    # The raw bytes of every message are kept, byte for byte.
    engine = create_engine(database_url)
    with Session(engine) as session:
        kept = {blob for blob in session.execute(select(RawBlob.data)).scalars()}
    engine.dispose()
    assert kept == set(raws)
    citizens = {"a@example.be", "b@example.be", "c@example.be"}

    def acks() -> list:
        return [m for m in smtp_sink.messages if set(m.rcpt_tos) & citizens]

    smtp_sink.wait_for(3)
    deadline = time.time() + 10
    while len(acks()) < 3 and time.time() < deadline:
        time.sleep(0.1)
    assert len(acks()) == 3  # one acknowledgement per citizen; none for the auto-reply
    total = len(smtp_sink.messages)  # plus assignment mails to the services

    for raw in raws:  # the same mails put back, as after a restore: still nothing new
        dovecot.append(imap_user.name, raw)
    run_once(bot_env)
    run_once(bot_env)
    again = stats(bot_env)
    assert again["cases"] == 3 and again["outbox_sent"] == first["outbox_sent"]
    time.sleep(0.5)
    assert len(acks()) == 3  # no second acknowledgement
    assert len(smtp_sink.messages) == total  # and nothing else sent twice


@pytest.mark.parametrize(
    "point", ["after-ledger-commit", "before-commit", "after-commit", "after-move"]
)
def test_killed_process_leaves_no_duplicate(dovecot, imap_user, bot_env, point):
    for i in range(3):
        dovecot.append(imap_user.name, citizen_mail(sender=f"p{i}@example.be", seq=i))

    crashed = run_once(bot_env, COMPLAINTBOT_FAILPOINT=point)
    assert crashed.returncode == -signal.SIGKILL, crashed.stderr

    run_once(bot_env)
    s = stats(bot_env)
    assert (s["messages"], s["cases"], s["quarantined"]) == (3, 3, 0)
    assert balanced(s)
    numbers = sorted(c["number"] for c in cases(bot_env))
    assert len(set(numbers)) == 3
    assert dovecot.folder_uids(imap_user.name, "INBOX") == []
    assert len(dovecot.folder_uids(imap_user.name, "Processed")) == 3


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_sqlite_commits_survive_a_power_cut(dovecot, imap_user, smtp_sink, bot_env, database_url):
    """Killed for real between the commit and the IMAP move: the case is on disk, the mail is
    still in the folder, and the restart files it away without a second case or acknowledgement.

    A SIGKILL keeps the OS page cache, so the settings that carry the commit through a real
    power cut (WAL, synchronous=FULL) are read back from the file as well."""
    dovecot.append(imap_user.name, citizen_mail(sender="cut@example.be", seq=1))

    crashed = run_once(bot_env, COMPLAINTBOT_FAILPOINT="after-commit")
    assert crashed.returncode == -signal.SIGKILL, crashed.stderr
    assert len(dovecot.folder_uids(imap_user.name, "INBOX")) == 1  # not moved yet
    [case] = cases(bot_env)  # committed: a new process reads it from the file
    assert case["sender"] == "cut@example.be"
    engine = make_engine(database_url)  # as the bot connects
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
    engine.dispose()

    run_once(bot_env)
    assert [c["number"] for c in cases(bot_env)] == [case["number"]]  # not doubled
    assert dovecot.folder_uids(imap_user.name, "INBOX") == []
    assert len(dovecot.folder_uids(imap_user.name, "Processed")) == 1

    def acks() -> int:
        return sum("cut@example.be" in m.rcpt_tos for m in smtp_sink.messages)

    deadline = time.monotonic() + 10
    while acks() < 1 and time.monotonic() < deadline:
        time.sleep(0.1)
    time.sleep(0.5)  # a second acknowledgement would have arrived by now
    assert acks() == 1


def test_uidvalidity_change_rescans_without_duplicating(dovecot, imap_user, bot_env):
    for i in range(2):
        dovecot.append(imap_user.name, citizen_mail(sender=f"u{i}@example.be", seq=i))
    # Committed but not moved (crash), then the server renumbers the folder.
    assert run_once(bot_env, COMPLAINTBOT_FAILPOINT="after-commit").returncode == -signal.SIGKILL
    before = dovecot.uidvalidity(imap_user.name)
    dovecot.set_uidvalidity(imap_user.name, "INBOX", before + 1000)
    assert dovecot.uidvalidity(imap_user.name) != before
    dovecot.append(imap_user.name, citizen_mail(sender="late@example.be", seq=9))

    run_once(bot_env)
    s = stats(bot_env)
    assert (s["messages"], s["cases"]) == (3, 3)
    assert dovecot.folder_uids(imap_user.name, "INBOX") == []


def test_large_message_and_missing_message_id(dovecot, imap_user, bot_env, database_url):
    big = citizen_mail(sender="big@example.be", attachment=os.urandom(5 * 1024 * 1024), seq=1)
    assert len(big) > 5 * 1024 * 1024
    dovecot.append(imap_user.name, big)
    dovecot.append(imap_user.name, citizen_mail(sender="nomid@example.be", message_id=None, seq=2))

    run_once(bot_env)
    s = stats(bot_env)
    assert (s["messages"], s["cases"]) == (2, 2)
    engine = create_engine(database_url)
    with Session(engine) as session:
        sizes = set(session.execute(select(RawBlob.size)).scalars())
        no_mid = session.execute(
            select(InboundMessage).where(InboundMessage.from_addr == "nomid@example.be")
        ).scalar_one()
    engine.dispose()
    assert len(big) in sizes
    assert no_mid.message_id is None and no_mid.outcome == "case"
    shown = bot(bot_env, "show", cases(bot_env)[0]["number"], "--json")
    atts = json.loads(shown.stdout)["messages"][0]["attachments"]
    assert atts and atts[0]["filename"] == "dossier.pdf" and atts[0]["size"] == 5 * 1024 * 1024


def test_resend_is_filed_but_shared_message_id_is_not(dovecot, imap_user, bot_env):
    same = citizen_mail(sender="twice@example.be", message_id="<same-1@example.be>", seq=1)
    dovecot.append(imap_user.name, same)
    dovecot.append(imap_user.name, same)  # the citizen pressed "send" twice
    # A broken mailer reuses one Message-ID for two different mails.
    dovecot.append(
        imap_user.name,
        citizen_mail(sender="x@example.be", lang="nl", message_id="<broken@mailer>", seq=2),
    )
    dovecot.append(
        imap_user.name,
        citizen_mail(sender="y@example.be", lang="de", message_id="<broken@mailer>", seq=3),
    )
    run_once(bot_env)
    s = stats(bot_env)
    assert (s["messages"], s["cases"], s["filed"]) == (4, 3, 1)
    assert balanced(s)


def test_bad_mail_is_quarantined_and_the_rest_goes_on(dovecot, imap_user, bot_env):
    dovecot.append(imap_user.name, citizen_mail(sender="ok1@example.be", seq=1))
    oversized = citizen_mail(sender="huge@example.be", attachment=b"x" * 300_000, seq=2)
    dovecot.append(imap_user.name, oversized)
    dovecot.append(imap_user.name, citizen_mail(sender="ok2@example.be", seq=3))

    run_once(bot_env, COMPLAINTBOT_STORAGE_MAX_MESSAGE_BYTES="200000")
    s = stats(bot_env)
    assert (s["messages"], s["cases"], s["quarantined"]) == (3, 2, 1)
    assert balanced(s)
    listed = bot(bot_env, "quarantine", "list", "--json")
    [row] = [json.loads(line) for line in listed.stdout.splitlines()]
    assert "max_message_bytes" in row["reason"] and row["from"].endswith("huge@example.be>")
    raw = subprocess.run(
        [
            sys.executable,
            "-m",
            "bot",
            "--config",
            CONFIG,
            "quarantine",
            "show",
            str(row["id"]),
            "--raw",
        ],
        env=bot_env,
        capture_output=True,
        cwd=REPO,
        stdin=subprocess.DEVNULL,
    )
    assert raw.stdout == oversized  # kept byte for byte
    # Once the limit is raised, a retry makes it a case.
    retried = bot(bot_env, "quarantine", "retry", str(row["id"]))
    assert retried.returncode == 0, retried.stderr
    assert stats(bot_env)["cases"] == 3


def test_two_processes_share_one_database(dovecot, imap_user, bot_env, database_url):
    n = 40
    dovecot.bulk_load(
        imap_user.name, [citizen_mail(sender=f"c{i}@example.be", seq=i) for i in range(n)]
    )
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "bot", "--config", CONFIG, "run", "--once"],
            env=bot_env,
            cwd=REPO,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    for p in procs:
        _, err = p.communicate(timeout=180)
        assert p.returncode == 0, err
    s = stats(bot_env)
    assert (s["messages"], s["cases"]) == (n, n)
    seqs = sorted(int(c["number"].split("-")[2]) for c in cases(bot_env))
    assert seqs == list(range(1, n + 1))  # unique and gapless
    engine = create_engine(database_url)
    with Session(engine) as session:
        assert session.execute(select(func.count()).select_from(Case)).scalar() == n
    engine.dispose()


def test_processed_folder_made_meanwhile_by_another_process_is_fine(dovecot, imap_user):
    """Two processes starting together both see no Processed folder and both create it."""
    from bot.intake.imap import _create_folder

    first, second = dovecot.client(imap_user.name), dovecot.client(imap_user.name)
    try:
        assert not second.folder_exists("Processed")
        first.create_folder("Processed")
        _create_folder(second, "Processed")  # ALREADYEXISTS from the server: not an error
        assert second.folder_exists("Processed")
    finally:
        first.logout()
        second.logout()
