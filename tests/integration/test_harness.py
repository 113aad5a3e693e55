"""The test harness itself: private Dovecot, SMTP sink, database URLs, bot environment."""

from __future__ import annotations

import email
import imaplib
import smtplib
import ssl
import subprocess
import sys
import time

import pytest
from harness import unavailable
from harness.db import PG_SERVER_URL, fresh_pg_schema, pg_problem, schema_of
from harness.dovecot import Dovecot, DovecotError, dovecot_binary
from harness.smtp import SmtpSink
from imapclient import IMAPClient
from imapclient.exceptions import LoginError

pytestmark = pytest.mark.integration


def _mail(subject: str, to: str = "plaintes@example.test", body: str = "Bonjour") -> bytes:
    return (
        f"From: Citoyen <citoyen@example.org>\r\nTo: {to}\r\nSubject: {subject}\r\n"
        f"Message-ID: <{subject.replace(' ', '.')}@example.org>\r\n"
        f"Date: Mon, 2 Nov 2026 10:00:00 +0100\r\n\r\n{body}\r\n"
    ).encode()


# ---------------------------------------------------------------------- IMAP


def test_plain_login_on_loopback(dovecot: Dovecot, imap_user) -> None:
    with IMAPClient(dovecot.host, dovecot.imap_port, ssl=False, timeout=10) as c:
        assert b"STARTTLS" in c.capabilities()
        c.login(imap_user.name, imap_user.password)
        caps = c.capabilities()
        for cap in (b"IDLE", b"MOVE", b"UIDPLUS"):
            assert cap in caps
        c.logout()


def test_wrong_password_is_refused_quickly(dovecot: Dovecot, imap_user) -> None:
    for _ in range(2):  # no auth penalty: the second failure is as fast as the first
        t0 = time.monotonic()
        with IMAPClient(dovecot.host, dovecot.imap_port, ssl=False, timeout=10) as c:
            with pytest.raises(LoginError):
                c.login(imap_user.name, "wrong")
        assert time.monotonic() - t0 < 2
    assert dovecot.folder_uids(imap_user.name) == []


def test_starttls_with_ca_file(dovecot: Dovecot, imap_user) -> None:
    ctx = ssl.create_default_context(cafile=str(dovecot.ca_file))
    with IMAPClient(dovecot.host, dovecot.imap_port, ssl=False, timeout=10) as c:
        c.starttls(ctx)
        c.login(imap_user.name, imap_user.password)
        assert c.select_folder("INBOX")[b"EXISTS"] == 0
        c.logout()


def test_starttls_without_ca_file_fails_verification(dovecot: Dovecot) -> None:
    with IMAPClient(dovecot.host, dovecot.imap_port, ssl=False, timeout=10) as c:
        with pytest.raises(ssl.SSLCertVerificationError):
            c.starttls(ssl.create_default_context())


def test_implicit_tls(dovecot: Dovecot, imap_user) -> None:
    ctx = ssl.create_default_context(cafile=str(dovecot.ca_file))
    with IMAPClient(dovecot.host, dovecot.imaps_port, ssl=True, ssl_context=ctx, timeout=10) as c:
        c.login(imap_user.name, imap_user.password)
        c.logout()


def test_append_and_fetch(dovecot: Dovecot, imap_user) -> None:
    uid1 = dovecot.append(imap_user.name, _mail("one"))
    uid2 = dovecot.append(imap_user.name, _mail("two"))
    uid3 = dovecot.append(imap_user.name, _mail("archived"), folder="Archive")
    assert (uid1, uid2, uid3) == (1, 2, 1)
    assert dovecot.folder_uids(imap_user.name) == [1, 2]
    got = dovecot.fetch_all(imap_user.name)
    assert [email.message_from_bytes(raw)["Subject"] for raw in got.values()] == ["one", "two"]
    assert "Archive" in dovecot.folders(imap_user.name)
    assert list(dovecot.fetch_all(imap_user.name, "Archive")) == [1]


def test_users_are_isolated(dovecot: Dovecot, imap_user) -> None:
    other, password = dovecot.new_user()
    dovecot.append(imap_user.name, _mail("mine"))
    assert dovecot.folder_uids(other) == []
    with pytest.raises(LoginError):
        IMAPClient(dovecot.host, dovecot.imap_port, ssl=False, timeout=10).login(
            other, imap_user.password
        )
    assert password != imap_user.password


def test_add_user_while_running(dovecot: Dovecot) -> None:
    dovecot.folder_uids(dovecot.new_user()[0])  # a login right before, in the same second
    dovecot.add_user("late.comer@example.test", "s3cret-pw")
    assert dovecot.folder_uids("late.comer@example.test") == []


def test_lmtp_delivery_to_tagged_address(dovecot: Dovecot, imap_user) -> None:
    dovecot.deliver(imap_user.tagged("fr"), _mail("via lmtp", to=imap_user.tagged("fr")))
    dovecot.deliver(imap_user.name, _mail("plain"))
    got = list(dovecot.fetch_all(imap_user.name).values())
    assert len(got) == 2
    assert email.message_from_bytes(got[0])["Subject"] == "via lmtp"
    # Dovecot's LMTP adds Delivered-To with the full recipient (tag included)
    assert imap_user.tagged("fr").encode() in got[0]


def test_idle_sees_lmtp_delivery(dovecot: Dovecot, imap_user) -> None:
    c = dovecot.client(imap_user.name, folder="INBOX")
    try:
        c.idle()
        dovecot.deliver(imap_user.name, _mail("wake up"))
        responses = c.idle_check(timeout=5)
        c.idle_done()
        assert any(r[1] == b"EXISTS" for r in responses if len(r) > 1), responses
    finally:
        c.logout()


def test_move_between_folders(dovecot: Dovecot, imap_user) -> None:
    dovecot.append(imap_user.name, _mail("to move"))
    with dovecot.client(imap_user.name, folder="INBOX") as c:
        c.create_folder("Processed")
        c.move([1], "Processed")
        c.logout()
    assert dovecot.folder_uids(imap_user.name) == []
    assert dovecot.folder_uids(imap_user.name, "Processed") == [1]


def test_uidvalidity_change(dovecot: Dovecot, imap_user) -> None:
    dovecot.append(imap_user.name, _mail("before"))
    old = dovecot.uidvalidity(imap_user.name)
    session = dovecot.client(imap_user.name, folder="INBOX")
    dovecot.set_uidvalidity(imap_user.name, "INBOX", old + 1000)
    # an open session is disconnected; a new one sees the new UIDVALIDITY, same messages
    with pytest.raises((imaplib.IMAP4.abort, OSError)):
        session.noop()
        session.noop()
    assert dovecot.uidvalidity(imap_user.name) == old + 1000
    assert dovecot.folder_uids(imap_user.name) == [1]
    with dovecot.client(imap_user.name) as c:
        assert c.select_folder("INBOX")[b"UIDVALIDITY"] == old + 1000
        c.logout()


def test_bulk_load(dovecot: Dovecot, imap_user) -> None:
    raws = [_mail(f"bulk {i}") for i in range(300)]
    t0 = time.monotonic()
    assert dovecot.bulk_load(imap_user.name, raws) == 300
    elapsed = time.monotonic() - t0
    uids = dovecot.folder_uids(imap_user.name)
    assert uids == list(range(1, 301))
    first = email.message_from_bytes(dovecot.fetch_all(imap_user.name)[1])
    assert first["Subject"] == "bulk 0"
    assert elapsed < 20, f"bulk_load of 300 mails took {elapsed:.1f}s"
    dovecot.append(imap_user.name, _mail("after bulk"))
    assert dovecot.folder_uids(imap_user.name)[-1] == 301


def test_broken_config_fails_with_log() -> None:
    if dovecot_binary() is None:
        unavailable("dovecot is not installed")
    broken = Dovecot()
    broken._write_config = lambda: broken.conf.write_text("no_such_setting = 1\n")  # type: ignore[method-assign]
    with pytest.raises(DovecotError, match="no_such_setting"):
        broken.start(timeout=10)
    assert not broken.running
    broken.cleanup()


def test_unreachable_root_is_refused(tmp_path) -> None:
    with pytest.raises(DovecotError, match="not traversable"):
        Dovecot(tmp_path / "x").start()


# ---------------------------------------------------------------------- SMTP


def test_smtp_sink_receives(smtp_sink: SmtpSink) -> None:
    with smtplib.SMTP(smtp_sink.host, smtp_sink.port, timeout=10) as s:
        s.sendmail("bot@example.test", ["a@example.org", "b@example.org"], _mail("answer"))
    (msg,) = smtp_sink.wait_for(1)
    assert msg.mail_from == "bot@example.test"
    assert msg.rcpt_tos == ("a@example.org", "b@example.org")
    assert email.message_from_bytes(msg.raw)["Subject"] == "answer"
    assert msg.auth_login is None and not msg.tls


def test_smtp_sink_auth_login_and_plain(smtp_sink: SmtpSink) -> None:
    ((user, password),) = smtp_sink.auth.items()
    for mech in ("LOGIN", "PLAIN"):
        with smtplib.SMTP(smtp_sink.host, smtp_sink.port, timeout=10) as s:
            s.ehlo()
            assert mech in s.esmtp_features["auth"]
            s.user, s.password = user, password
            s.auth(mech, s.auth_login if mech == "LOGIN" else s.auth_plain)
            s.sendmail("bot@example.test", ["c@example.org"], _mail(mech))
    msgs = smtp_sink.wait_for(2)
    assert [m.auth_login for m in msgs] == [user, user]
    with smtplib.SMTP(smtp_sink.host, smtp_sink.port, timeout=10) as s:
        with pytest.raises(smtplib.SMTPAuthenticationError):
            s.login(user, "wrong")
    assert smtp_sink.auth_failures >= 1  # smtplib tries each offered mechanism


def test_smtp_sink_auth_required_and_starttls(dovecot: Dovecot) -> None:
    # reuse the Dovecot test certificate for the sink's STARTTLS
    sink = SmtpSink(
        auth={"u": "p"},
        auth_required=True,
        tls_cert=dovecot.ca_file,
        tls_key=dovecot.root / "key.pem",
    ).start()
    try:
        with smtplib.SMTP(sink.host, sink.port, timeout=10) as s:
            with pytest.raises(smtplib.SMTPSenderRefused) as err:
                s.sendmail("bot@example.test", ["x@example.org"], _mail("no auth"))
            assert err.value.smtp_code == 530
        with smtplib.SMTP(sink.host, sink.port, timeout=10) as s:
            s.starttls(context=dovecot.ssl_context())
            s.login("u", "p")
            s.sendmail("bot@example.test", ["x@example.org"], _mail("tls"))
        (msg,) = sink.wait_for(1)
        assert msg.tls and msg.auth_login == "u"
    finally:
        sink.stop()


def test_smtp_sink_rejects_rcpt(smtp_sink: SmtpSink) -> None:
    smtp_sink.reject_rcpt("gone@example.org", 550)
    smtp_sink.reject_rcpt("busy@example.org", 451, times=1)
    with smtplib.SMTP(smtp_sink.host, smtp_sink.port, timeout=10) as s:
        with pytest.raises(smtplib.SMTPRecipientsRefused) as err:
            s.sendmail("bot@example.test", ["gone@example.org"], _mail("x"))
        assert err.value.recipients["gone@example.org"][0] == 550
        with pytest.raises(smtplib.SMTPRecipientsRefused) as err:
            s.sendmail("bot@example.test", ["busy@example.org"], _mail("try 1"))
        assert err.value.recipients["busy@example.org"][0] == 451
        s.sendmail("bot@example.test", ["busy@example.org"], _mail("try 2"))  # accepted now
    assert [m.rcpt_tos for m in smtp_sink.wait_for(1)] == [("busy@example.org",)]


def test_smtp_sink_outage_and_restart_on_same_port(smtp_sink: SmtpSink) -> None:
    port = smtp_sink.port
    with smtplib.SMTP(smtp_sink.host, port, timeout=10) as s:
        s.sendmail("bot@example.test", ["a@example.org"], _mail("before"))
    smtp_sink.stop()
    with pytest.raises(OSError):  # ConnectionRefusedError
        smtplib.SMTP(smtp_sink.host, port, timeout=5)
    smtp_sink.start()
    assert smtp_sink.port == port
    with smtplib.SMTP(smtp_sink.host, port, timeout=10) as s:
        s.sendmail("bot@example.test", ["a@example.org"], _mail("after"))
    subjects = [email.message_from_bytes(m.raw)["Subject"] for m in smtp_sink.wait_for(2)]
    assert subjects == ["before", "after"]


# ---------------------------------------------------------------------- databases


def test_database_url_is_isolated(database_url: str) -> None:
    sqlalchemy = pytest.importorskip("sqlalchemy")
    engine = sqlalchemy.create_engine(database_url)
    try:
        with engine.begin() as conn:
            conn.execute(sqlalchemy.text("create table probe (id integer primary key)"))
            conn.execute(sqlalchemy.text("insert into probe values (1)"))
        with engine.connect() as conn:
            assert conn.execute(sqlalchemy.text("select count(*) from probe")).scalar() == 1
            if database_url.startswith("postgresql"):
                schema = conn.execute(sqlalchemy.text("select current_schema()")).scalar()
                assert schema.startswith("t_")
                assert schema in database_url
    finally:
        engine.dispose()


def test_database_url_works_in_a_subprocess(database_url: str) -> None:
    """The bot runs as a subprocess: the URL alone must land it in the same database/schema."""
    code = (
        "import sys, sqlalchemy as sa\n"
        "e = sa.create_engine(sys.argv[1])\n"
        "with e.begin() as c:\n"
        "    c.execute(sa.text('create table from_child (x integer)'))\n"
        "    c.execute(sa.text('insert into from_child values (42)'))\n"
        "e.dispose()\n"
    )
    subprocess.run([sys.executable, "-c", code, database_url], check=True, timeout=60)
    import sqlalchemy

    engine = sqlalchemy.create_engine(database_url)
    try:
        with engine.connect() as conn:
            assert conn.execute(sqlalchemy.text("select x from from_child")).scalar() == 42
    finally:
        engine.dispose()


def test_postgresql_schemas_do_not_leak() -> None:
    """Two fresh schemas: a table made in one is invisible in the other; both dropped after."""
    sqlalchemy = pytest.importorskip("sqlalchemy")
    if pg_problem():
        unavailable(pg_problem() or "")
    with fresh_pg_schema() as url_a, fresh_pg_schema() as url_b:
        a, b = sqlalchemy.create_engine(url_a), sqlalchemy.create_engine(url_b)
        try:
            with a.begin() as conn:
                conn.execute(sqlalchemy.text("create table only_in_a (x integer)"))
            with b.begin() as conn:
                conn.execute(sqlalchemy.text("create table only_in_a (y text)"))  # no clash
                assert conn.execute(sqlalchemy.text("select count(*) from only_in_a")).scalar() == 0
            where = sqlalchemy.text(
                "select schemaname from pg_tables where tablename = 'only_in_a' order by 1"
            )
            with a.connect() as conn:
                assert list(conn.execute(where).scalars()) == sorted(
                    [schema_of(url_a), schema_of(url_b)]
                )
        finally:
            a.dispose()
            b.dispose()
    admin = sqlalchemy.create_engine(PG_SERVER_URL)
    try:
        with admin.connect() as conn:
            left = conn.execute(
                sqlalchemy.text(
                    "select count(*) from information_schema.schemata where schema_name in (:a, :b)"
                ),
                {"a": schema_of(url_a), "b": schema_of(url_b)},
            ).scalar()
        assert left == 0
    finally:
        admin.dispose()


# ---------------------------------------------------------------------- bot_env


def test_bot_env_is_complete_and_usable(bot_env: dict[str, str], tmp_path) -> None:
    """The real settings loader accepts bot_env, and its values reach IMAP and SMTP."""
    from bot import settings

    empty = tmp_path / "empty.toml"
    empty.write_text("")
    s = settings.load(empty, environ=bot_env)
    assert s.imap.security == "starttls" and s.smtp.security == "none"
    assert s.database.url == bot_env["COMPLAINTBOT_DATABASE_URL"]
    assert s.storage.data_dir == str(tmp_path / "var")
    with IMAPClient(s.imap.host, s.imap.port, ssl=False, timeout=10) as c:
        c.starttls(ssl.create_default_context(cafile=s.imap.ca_file))
        c.login(s.imap.username, s.imap.password.get_secret_value())
        c.select_folder(s.imap.folder)
        c.logout()
    with smtplib.SMTP(s.smtp.host, s.smtp.port, timeout=10) as smtp:
        smtp.login(s.smtp.username, s.smtp.password.get_secret_value())
    assert bot_env["PATH"]  # the rest of the environment is kept
    assert not any(k.startswith("COMPLAINTBOT_CONFIG") for k in bot_env)
