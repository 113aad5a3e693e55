"""The service under hostile mail and slow batches: never stalled, always fresh, stops on time.

Every wait below is a poll with a bound (the bound is what a user relies on), never a sleep
that hopes the work is done.
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator

import pytest
from harness.dovecot import Dovecot, DovecotError, dovecot_binary
from harness.smtp import SmtpSink
from mailfactory import citizen_mail
from sqlalchemy import create_engine, text
from test_intake import CONFIG, REPO, stats

POISON_TAGS = 50_000  # 200-300 KB of markup: minutes for the former quadratic HTML-to-text


def poison_html(tag: str, *, seq: int) -> bytes:
    body = f"<html><body>{tag * POISON_TAGS}<p>Ma plainte porte sur mon dossier.</p></body></html>"
    return (
        f"From: Poison {seq} <poison{seq}@example.be>\r\n"
        "To: plaintes@example.test\r\n"
        f"Subject: Plainte {seq}\r\n"
        f"Message-ID: <poison-{seq}@example.be>\r\n"
        "MIME-Version: 1.0\r\n"
        "Content-Type: text/html; charset=utf-8\r\n\r\n"
        f"{body}\r\n"
    ).encode()


def start_service(env: dict[str, str], **extra: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "bot", "--config", CONFIG, "run"],
        env={**env, "COMPLAINTBOT_SCHEDULER_OUTBOX_SECONDS": "300", **extra},
        cwd=REPO,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def wait_for(condition: Callable[[], bool], bound: float, what: str) -> float:
    """Poll `condition` until true; the time it took. Fails after `bound` seconds."""
    start = time.monotonic()
    while not condition():
        if time.monotonic() - start > bound:
            pytest.fail(f"{what}: not within {bound} s")
        time.sleep(0.05)
    return time.monotonic() - start


def stop(proc: subprocess.Popen[str], bound: float = 10.0) -> tuple[float, str]:
    """SIGTERM; (seconds until the process exited, its stderr)."""
    t0 = time.monotonic()
    proc.send_signal(signal.SIGTERM)
    try:
        _, err = proc.communicate(timeout=bound)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        pytest.fail(f"SIGTERM not honoured within {bound} s")
    return time.monotonic() - t0, err


def acked(smtp_sink, senders: set[str]) -> set[str]:  # type: ignore[no-untyped-def]
    return {r for m in list(smtp_sink.messages) for r in m.rcpt_tos if r in senders}


@pytest.mark.parametrize("tag", ["<br>", "<div>"])
def test_poison_html_does_not_hold_back_its_batch(
    tag, dovecot, imap_user, smtp_sink, bot_env, database_url
):
    senders = {f"batch{i}@example.be" for i in range(20)}
    raws = [citizen_mail(sender=s, seq=i) for i, s in enumerate(sorted(senders))]
    raws.insert(7, poison_html(tag, seq=1))
    dovecot.bulk_load(imap_user.name, raws)
    proc = start_service(bot_env)
    try:
        # Start-up (imports, migrations, login) included: the 20 innocent mails are
        # acknowledged within seconds although a poison mail sits in their batch.
        wait_for(lambda: acked(smtp_sink, senders) == senders, 30, "acknowledgements")
        # SQLite: the outbox could write (no write lock held by a parse) and SIGTERM is quick.
        took, err = stop(proc)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, err
    assert "Traceback" not in err
    s = stats(bot_env)
    assert s["messages"] == 21
    assert s["messages"] == s["cases"] + s["follow_ups"] + s["filed"] + s["quarantined"]
    assert dovecot.folder_uids(imap_user.name) == []  # every copy filed away


def test_sigterm_during_a_long_batch_is_honoured_within_10_s(
    dovecot, imap_user, smtp_sink, bot_env, database_url
):
    dovecot.bulk_load(
        imap_user.name,
        [citizen_mail(sender=f"long{i}@example.be", seq=i) for i in range(600)],
    )
    proc = start_service(bot_env, COMPLAINTBOT_IMAP_BATCH_SIZE="50")
    engine = create_engine(database_url)
    try:
        wait_for(lambda: _count(engine, "SELECT count(*) FROM inbound_message") > 0, 60, "intake")
        took, err = stop(proc)
    finally:
        engine.dispose()
        if proc.poll() is None:
            proc.kill()
    assert took < 10
    assert "Traceback" not in err


def _count(engine, sql: str) -> int:  # type: ignore[no-untyped-def]
    try:
        with engine.connect() as conn:
            return int(conn.execute(text(sql)).scalar_one())
    except Exception:  # noqa: BLE001 - the schema may not exist yet
        return 0


def test_mail_arriving_during_a_batch_is_acknowledged_right_after_it(
    dovecot, imap_user, smtp_sink, bot_env, database_url
):
    first = {f"first{i}@example.be" for i in range(150)}
    dovecot.bulk_load(imap_user.name, [citizen_mail(sender=s, seq=i) for i, s in enumerate(first)])
    proc = start_service(bot_env)
    engine = create_engine(database_url)
    try:
        # The batch is in the ledger and not finished: the late mail arrives during it.
        wait_for(lambda: _count(engine, "SELECT count(*) FROM inbound_message") > 0, 60, "batch")
        dovecot.append(imap_user.name, citizen_mail(sender="late@example.be", seq=999))
        wait_for(lambda: acked(smtp_sink, first) == first, 60, "the batch's acknowledgements")
        batch_end = max(m.received_at for m in list(smtp_sink.messages) if set(m.rcpt_tos) & first)
        wait_for(lambda: "late@example.be" in acked(smtp_sink, {"late@example.be"}), 30, "late")
        [late] = [m for m in smtp_sink.messages if "late@example.be" in m.rcpt_tos]
        _, err = stop(proc)
    finally:
        engine.dispose()
        if proc.poll() is None:
            proc.kill()
    # idle_seconds is 300: only a new pass right after the batch gets it out this soon.
    assert late.received_at - batch_end < 2.0, err


# ---------------------------------------------------------------- a server without IDLE


@pytest.fixture(scope="module")
def dovecot_no_idle() -> Iterator[Dovecot]:
    if dovecot_binary() is None:
        pytest.skip("dovecot is not installed")
    server = Dovecot(idle=False)
    try:
        server.start()
    except DovecotError as exc:
        pytest.fail(str(exc))
    try:
        yield server
    finally:
        server.stop()
        server.cleanup()


def test_polling_honours_poll_seconds_without_idle(dovecot_no_idle, smtp_sink, bot_env):
    user, password = dovecot_no_idle.new_user()
    env = {
        **bot_env,
        "COMPLAINTBOT_IMAP_PORT": str(dovecot_no_idle.imap_port),
        "COMPLAINTBOT_IMAP_CA_FILE": str(dovecot_no_idle.ca_file),
        "COMPLAINTBOT_IMAP_USERNAME": user,
        "COMPLAINTBOT_IMAP_PASSWORD": password,
        "COMPLAINTBOT_IMAP_POLL_SECONDS": "2",
    }
    log_start = dovecot_no_idle.log_file.stat().st_size
    proc = start_service(env)
    try:
        # idle = true (the default) and no IDLE on the server: the bot polls every 2 s.
        wait_for(lambda: user in _log(dovecot_no_idle, log_start), 30, "the bot's login")
        dovecot_no_idle.append(user, citizen_mail(sender="poll@example.be", seq=1))
        t0 = time.monotonic()
        senders = {"poll@example.be"}
        wait_for(lambda: acked(smtp_sink, senders) == senders, 30, "the polled mail answered")
        taken_after = time.monotonic() - t0
        # An observation window of a few poll periods, to count connections in it.
        wait_for(lambda: time.monotonic() - t0 > 6, 10, "a few poll periods")
        _, err = stop(proc)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert taken_after < 2 + 5
    assert "Traceback" not in err
    log = _log(dovecot_no_idle, log_start)
    # The bot logs in over STARTTLS ("TLS"); the harness's own APPEND/FETCH logins are plain.
    logins = [ln for ln in log.splitlines() if "Login:" in ln and user in ln and ", TLS," in ln]
    # One connection kept open and polled: no reconnect loop (it made thousands per second).
    assert len(logins) == 1, log[-2000:]
    assert dovecot_no_idle.folder_uids(user) == []


def _log(server: Dovecot, offset: int) -> str:
    return server.log_file.read_bytes()[offset:].decode("utf-8", "replace")


# ---------------------------------------------------------------- values the database refuses


def test_import_stores_mail_with_nul_and_bad_bytes_in_headers(bot_env, tmp_path):
    folder = tmp_path / "eml"
    folder.mkdir()
    (folder / "nul.eml").write_bytes(
        b"From: Nul\x00 Sender <nul\x00@example.be>\r\n"
        b"To: plaintes@example.test\r\n"
        b"Subject: Plainte\x00 contre le service\r\n"
        b"Message-ID: <nul\x00id@example.be>\r\n"
        b"Content-Type: text/plain; charset=utf-8\r\n\r\n"
        b"Je porte plainte: mon dossier est introuvable depuis trois mois.\r\n"
    )
    (folder / "ctype.eml").write_bytes(
        b"From: Octet <octet@example.be>\r\n"
        b"To: plaintes@example.test\r\n"
        b"Subject: Plainte avec une annexe\r\n"
        b"Message-ID: <ctype@example.be>\r\n"
        b'Content-Type: multipart/mixed; boundary="b"\r\n\r\n'
        b"--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        b"Je porte plainte: ma demande est restee sans reponse.\r\n"
        b'--b\r\nContent-Type: application/p\xe9\xff\x00f; name="a\xff.pdf"\r\n'
        b"Content-Transfer-Encoding: base64\r\n\r\nJVBERi0xLjQK\r\n--b--\r\n"
    )
    done = subprocess.run(
        [sys.executable, "-m", "bot", "--config", CONFIG, "import", "--quiet", str(folder)],
        env=bot_env,
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    s = stats(bot_env)
    # Stored with sanitised headers, never quarantined for them.
    assert s["messages"] == 2 and s["quarantined"] == 0, s
    assert s["cases"] + s["follow_ups"] + s["filed"] == 2, s


# ---------------------------------------------------------------- internationalised addresses


@pytest.mark.parametrize("smtputf8", [True, False], ids=["relay-smtputf8", "relay-ascii"])
def test_non_ascii_local_part_uses_smtputf8_or_flags_the_case(
    smtputf8, dovecot, imap_user, bot_env, database_url
):
    sender = "caòlos.mendes@example.be"
    dovecot.append(
        imap_user.name,
        (
            f"From: =?utf-8?q?Ca=C3=B2los_Mendes?= <{sender}>\r\n"
            "To: plaintes@example.test\r\n"
            "Subject: Plainte: dossier introuvable\r\n"
            "Message-ID: <caolos-1@example.be>\r\n"
            "Content-Type: text/plain; charset=utf-8\r\n\r\n"
            "Je porte plainte: mon dossier de pension est introuvable depuis trois mois.\r\n"
        ).encode(),
    )
    with SmtpSink(smtputf8=smtputf8) as relay:
        env = {
            **bot_env,
            "COMPLAINTBOT_SMTP_PORT": str(relay.port),
            "COMPLAINTBOT_SMTP_USERNAME": "",
        }
        done = subprocess.run(
            [sys.executable, "-m", "bot", "--config", CONFIG, "run", "--once"],
            env=env,
            capture_output=True,
            text=True,
            cwd=REPO,
            timeout=120,
        )
        assert done.returncode == 0, done.stderr
        assert "Traceback" not in done.stderr, done.stderr
        delivered = [m for m in relay.messages if sender in m.rcpt_tos]
    listed = subprocess.run(
        [sys.executable, "-m", "bot", "--config", CONFIG, "list", "--json"],
        env=env,
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
    )
    [case] = [json.loads(line) for line in listed.stdout.splitlines()]
    if smtputf8:
        assert len(delivered) == 1, done.stderr
        return
    assert delivered == []
    shown = subprocess.run(
        [sys.executable, "-m", "bot", "--config", CONFIG, "show", case["number"], "--json"],
        env=env,
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
    )
    assert "SMTPUTF8" in shown.stdout  # the reason, where a person looks
    assert json.loads(shown.stdout)["needs_review"] is True


def test_a_new_mail_notice_that_answered_our_own_command_is_news(dovecot, imap_user, bot_env):
    from bot import settings as settings_mod
    from bot.intake.imap import Mailbox

    settings = settings_mod.load(REPO / "config" / "example.toml", environ=bot_env)
    with Mailbox(settings.imap, bot_env) as box:
        box.refresh()
        assert not box.news()
        # Mail arrives while the bot is busy with a batch (here: between two commands).
        dovecot.append(imap_user.name, citizen_mail(sender="during@example.be", seq=1))
        box.sizes()  # any command of the batch: the server answers with EXISTS
        assert box.news()
        assert not box.news()  # taken note of once


# ---------------------------------------------------------------- run --once, SMTP AUTH, jobs


def test_run_once_sends_what_is_queued_when_the_mailbox_is_down(
    dovecot, imap_user, smtp_sink, bot_env
):
    dovecot.append(imap_user.name, citizen_mail(sender="queued@example.be", seq=1))
    smtp_sink.stop()  # the relay is down: the acknowledgement waits in the outbox
    try:
        first = bot_run(bot_env, "run", "--once")
        assert first.returncode == 0, first.stderr
    finally:
        smtp_sink.start()
    assert smtp_sink.messages == []
    # Now the mailbox is down and the relay is back: the queue still goes out, exit 3.
    down = bot_run({**bot_env, "COMPLAINTBOT_IMAP_PORT": "1"}, "run", "--once")
    assert down.returncode == 3 and "mailbox unavailable" in down.stderr
    assert "Traceback" not in down.stderr
    assert acked(smtp_sink, {"queued@example.be"}) == {"queued@example.be"}


def test_smtp_auth_only_with_a_password_and_config_check_says_so(
    dovecot, imap_user, smtp_sink, bot_env
):
    env = {k: v for k, v in bot_env.items() if k != "COMPLAINTBOT_SMTP_PASSWORD"}
    env["COMPLAINTBOT_SMTP_USERNAME"] = "left-over-user"
    check = bot_run(env, "config", "check")
    assert check.returncode == 0, check.stderr
    assert "smtp.username" in check.stderr and "without SMTP AUTH" in check.stderr
    dovecot.append(imap_user.name, citizen_mail(sender="noauth@example.be", seq=1))
    done = bot_run(env, "run", "--once")
    assert done.returncode == 0, done.stderr
    [ack] = [m for m in smtp_sink.messages if "noauth@example.be" in m.rcpt_tos]
    assert ack.auth_login is None  # no AUTH attempted (a relay without AUTH would refuse it)


def bot_run(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", "--config", CONFIG, *args],
        env=env,
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )


def test_two_processes_record_a_job_run_at_once_without_a_duplicate_key(database_url, tmp_path):
    import threading
    from datetime import UTC, datetime

    from sqlmodel import Session, select

    from bot import settings as settings_mod
    from bot.app import App
    from bot.handling.jobs import mark_run
    from bot.models import JobRun

    env = {
        "COMPLAINTBOT_DATABASE_URL": database_url,
        "COMPLAINTBOT_STORAGE_DATA_DIR": str(tmp_path),
    }
    app = App.build(settings_mod.load(REPO / "config" / "example.toml", environ=env))
    now = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
    first = Session(app.engine)
    mark_run(first, "handling.reminders", now, "first")  # not committed yet
    errors: list[BaseException] = []

    def second() -> None:  # the other process, at the same first scan
        try:
            with Session(app.engine) as session:
                mark_run(session, "handling.reminders", now, "second")
                session.commit()
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    other = threading.Thread(target=second)
    other.start()
    other.join(timeout=1.0)  # it waits on the first one's row (PostgreSQL) or lock (SQLite)
    first.commit()
    first.close()
    other.join(timeout=30)
    assert errors == []
    with Session(app.engine) as session:
        rows = list(session.exec(select(JobRun)).all())
    assert [(r.name, r.last_result) for r in rows] == [("handling.reminders", "second")]
    app.engine.dispose()
