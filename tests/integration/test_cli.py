"""Command-line tools other programs rely on: import, classify, config check, list, show."""

from __future__ import annotations

import json
import mailbox
from email import message_from_bytes

from harness.cli import bot, cases, stats
from mailfactory import auto_reply, citizen_mail


def test_import_mbox_maildir_and_eml_folder_once(bot_env, tmp_path):
    mbox = mailbox.mbox(tmp_path / "old.mbox")
    for i in range(3):
        mbox.add(message_from_bytes(citizen_mail(sender=f"m{i}@example.be", seq=i)))
    mbox.flush()
    maildir = mailbox.Maildir(tmp_path / "Maildir")
    maildir.add(citizen_mail(sender="md@example.be", lang="de", seq=10))
    emls = tmp_path / "emls"
    emls.mkdir()
    (emls / "a.eml").write_bytes(citizen_mail(sender="e@example.be", lang="en", seq=20))
    (emls / "b.eml").write_bytes(auto_reply(seq=21))

    for path in (tmp_path / "old.mbox", tmp_path / "Maildir", emls):
        done = bot(bot_env, "import", str(path), "--quiet")
        assert done.returncode == 0, done.stderr
    s = stats(bot_env)
    assert (s["messages"], s["cases"], s["filed"]) == (6, 5, 1)
    again = bot(bot_env, "import", str(tmp_path / "old.mbox"), "--quiet")
    assert again.returncode == 0
    assert stats(bot_env)["messages"] == 6  # importing twice adds nothing

    rows = cases(bot_env)
    assert {r["sender"] for r in rows} >= {"m0@example.be", "md@example.be", "e@example.be"}
    assert set(rows[0]) >= {
        "number",
        "kind",
        "status",
        "language",
        "category",
        "sender",
        "received_at",
        "due_at",
        "assignee",
    }
    shown = json.loads(bot(bot_env, "show", rows[0]["number"], "--json").stdout)
    assert shown["events"][0]["type"] == "created"
    assert shown["rule_hits"], "the rules that decided are kept on the case"

    missing = bot(bot_env, "import", str(tmp_path / "nope"))
    assert missing.returncode == 2 and "no such file" in missing.stderr


def test_classify_dry_run_needs_no_database_or_network(tmp_path):
    mail = tmp_path / "appeal.eml"
    mail.write_bytes(
        citizen_mail(
            lang="nl",
            subject="Bezwaar tegen aanslagbiljet",
            body="Geachte, hierbij dien ik bezwaar in tegen het aanslagbiljet van 3 oktober. "
            "Ik betwist de beslissing en vraag de herziening ervan.",
        )
    )
    env = {
        "COMPLAINTBOT_DATABASE_URL": "postgresql+psycopg://nobody@127.0.0.1:1/none",
        "COMPLAINTBOT_IMAP_HOST": "127.0.0.1",
        "PATH": "/usr/bin:/bin",
    }
    done = bot(env, "classify", str(mail), "--json")
    assert done.returncode == 0, done.stderr
    row = json.loads(done.stdout)
    assert set(row) == {
        "file",
        "kind",
        "language",
        "category",
        "acknowledge",
        "refers_to",
        "needs_review",
        "rules",
    }
    assert (row["kind"], row["language"], row["category"]) == ("appeal", "nl", "taxes")
    assert row["acknowledge"] is True and row["rules"]


def test_config_check_masks_secrets(bot_env):
    done = bot(bot_env, "config", "check", "--json")
    assert done.returncode == 0, done.stderr
    shown = json.loads(done.stdout)
    assert shown["imap"]["password"] == "********"
    assert bot_env["COMPLAINTBOT_IMAP_PASSWORD"] not in done.stdout
