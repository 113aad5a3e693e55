"""The command line as an operator scripts it: read commands create nothing, choices are
checked, logs can be JSON lines without migration chatter."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import psycopg
import pytest
from harness.db import libpq_url, schema_of
from mailfactory import citizen_mail

REPO = Path(__file__).resolve().parents[2]
CONFIG = str(REPO / "config" / "example.toml")
pytestmark = pytest.mark.integration


def bot(env: dict[str, str], *args: str, cwd: Path = REPO) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", "--config", CONFIG, *args],
        env=env,
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )


@pytest.fixture
def env(database_url: str, tmp_path: Path) -> dict[str, str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("COMPLAINTBOT_")}
    clean["COMPLAINTBOT_DATABASE_URL"] = database_url
    clean["COMPLAINTBOT_STORAGE_DATA_DIR"] = str(tmp_path / "var")
    return clean


def _tables(url: str) -> list[str]:
    if url.startswith("sqlite"):
        return ["(file)"] if Path(url.removeprefix("sqlite:///")).exists() else []
    with psycopg.connect(libpq_url(url.split("?")[0])) as conn:
        rows = conn.execute(
            "select table_name from information_schema.tables where table_schema = %s",
            (schema_of(url),),
        ).fetchall()
    return [r[0] for r in rows]


@pytest.mark.parametrize("command", [["stats"], ["list"], ["show", "PLT-2026-000001"], ["status"]])
def test_read_commands_never_create_a_database(env, command):
    done = bot(env, *command)
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    assert "complaintbot run --once" in done.stderr  # says how to create it
    assert _tables(env["COMPLAINTBOT_DATABASE_URL"]) == []


def test_choices_are_checked(env):
    done = bot(env, "list", "--status", "bogus")
    assert done.returncode == 2
    assert "invalid choice: 'bogus'" in done.stderr


def test_json_logs_without_migration_chatter(env, tmp_path):
    folder = tmp_path / "mails"
    folder.mkdir()
    (folder / "1.eml").write_bytes(citizen_mail(sender="log@example.be", lang="nl", seq=1))
    # a new database (the migrations run) and an acknowledgement without a signing key (a
    # warning is logged): JSON lines, and not one line of Alembic's
    done = bot(
        env,
        *("--log-level", "INFO", "--log-format", "json"),
        *("import", str(folder), "--quiet", "--acknowledge"),
    )
    assert done.returncode == 0, done.stderr
    lines = [line for line in done.stderr.splitlines() if line.startswith("{")]
    assert lines, done.stderr
    records = [json.loads(line) for line in lines]
    assert all({"time", "level", "logger", "message"} <= set(r) for r in records)
    assert not [r for r in records if r["logger"].startswith("alembic")]
    # now there is a database: the read commands work
    listed = bot(env, "list", "--json", "--status", "open")
    assert listed.returncode == 0, listed.stderr
    assert [json.loads(x)["sender"] for x in listed.stdout.splitlines()] == ["log@example.be"]


def test_backup_of_a_running_database(env, tmp_path):
    folder = tmp_path / "mails"
    folder.mkdir()
    for seq in range(3):
        raw = citizen_mail(sender=f"b{seq}@example.be", lang="fr", seq=seq)
        (folder / f"{seq}.eml").write_bytes(raw)
    assert bot(env, "import", str(folder), "--quiet").returncode == 0
    dest = tmp_path / "backup.db"
    done = bot(env, "backup", str(dest))
    if not env["COMPLAINTBOT_DATABASE_URL"].startswith("sqlite"):
        assert done.returncode == 2 and "pg_dump" in done.stderr
        return
    assert done.returncode == 0, done.stderr
    # the copy is a complete database: the bot reads it as it reads the original
    copy = {**env, "COMPLAINTBOT_DATABASE_URL": f"sqlite:///{dest}"}
    stats = json.loads(bot(copy, "stats", "--json").stdout)
    assert stats["cases"] == 3
    again = bot(env, "backup", str(dest))
    assert again.returncode == 2 and "already exists" in again.stderr
