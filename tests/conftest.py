"""Shared fixtures: a private Dovecot, an SMTP sink, a database URL (SQLite and PostgreSQL)
and `bot_env`, the environment for running the bot as a subprocess against all of them.

Outside CI a missing Dovecot or PostgreSQL skips the tests that need it, with the reason;
under CI (CI=true) it is a failure, so a broken CI machine never looks green.
"""

from __future__ import annotations

import os
import secrets
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))  # `import harness` from any rootdir

from harness import in_ci, unavailable  # noqa: E402
from harness.db import PG_SERVER_URL, fresh_pg_schema, pg_problem  # noqa: E402
from harness.dovecot import Dovecot, DovecotError, dovecot_binary, reap_stale  # noqa: E402
from harness.form import form_bot, form_database_url  # noqa: E402,F401 - fixtures
from harness.smtp import SmtpSink  # noqa: E402

# ---------------------------------------------------------------------- Dovecot


@pytest.fixture(scope="session")
def dovecot() -> Iterator[Dovecot]:
    """One private Dovecot for the whole session (IMAP+STARTTLS, IMAPS, LMTP) on loopback."""
    if dovecot_binary() is None:
        unavailable("dovecot is not installed (run scripts/test.sh, or apt-get install "
                    "dovecot-imapd dovecot-lmtpd)")  # fmt: skip
    if os.geteuid() != 0:
        unavailable("the test Dovecot needs root (mail is stored as the 'mail' user)")
    # its own temp dir under /tmp: pytest's tmp dirs are mode 0700, closed to Dovecot's
    # unprivileged processes
    reap_stale()  # instances left behind by a killed earlier run
    server = Dovecot()
    try:
        server.start()
    except DovecotError as exc:
        server.cleanup()
        pytest.fail(f"the test Dovecot did not start:\n{exc}", False)
    try:
        yield server
    finally:
        if os.environ.get("COMPLAINTBOT_KEEP_DOVECOT"):
            server.stop()
            print(f"\ntest Dovecot kept in {server.root}")
        else:
            server.cleanup()


@dataclass(frozen=True)
class ImapUser:
    name: str  # the login, also an address that LMTP delivers to (name+tag@domain works too)
    password: str

    @property
    def address(self) -> str:
        return self.name

    def tagged(self, tag: str) -> str:
        local, _, domain = self.name.partition("@")
        return f"{local}+{tag}@{domain}"


@pytest.fixture
def imap_user(dovecot: Dovecot) -> ImapUser:
    """A fresh user with an empty mailbox for this test only."""
    name, password = dovecot.new_user()
    return ImapUser(name, password)


# ---------------------------------------------------------------------- SMTP


@pytest.fixture
def smtp_sink() -> Iterator[SmtpSink]:
    """An SMTP sink on a free loopback port, accepting AUTH (not requiring it); no TLS."""
    sink = SmtpSink(auth={"complaintbot": secrets.token_urlsafe(12)})
    sink.start()
    try:
        yield sink
    finally:
        sink.stop()


# ---------------------------------------------------------------------- databases


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An SQLAlchemy URL to an empty database: a SQLite file, or a fresh PostgreSQL schema.

    The PostgreSQL URL carries `options=-csearch_path=<schema>`, so every connection made with
    it (also from a subprocess of the bot) works inside that schema; the schema is dropped after.
    """
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'complaintbot.db'}"
        return
    problem = pg_problem()
    if problem:
        unavailable(problem)
    with fresh_pg_schema() as url:
        yield url


# ---------------------------------------------------------------------- the bot


@pytest.fixture
def bot_env(
    dovecot: Dovecot,
    imap_user: ImapUser,
    smtp_sink: SmtpSink,
    database_url: str,
    tmp_path: Path,
) -> dict[str, str]:
    """The full environment for `subprocess.run([... "complaintbot" ...], env=bot_env)`.

    os.environ without any COMPLAINTBOT_* variable of the caller's shell, plus the settings
    that point the bot at this test's mailbox, SMTP sink, database and data dir.
    """
    env = {k: v for k, v in os.environ.items() if not k.startswith("COMPLAINTBOT_")}
    ((smtp_user, smtp_password),) = smtp_sink.auth.items()
    data_dir = tmp_path / "var"
    data_dir.mkdir(exist_ok=True)
    env.update(
        {
            "COMPLAINTBOT_IMAP_HOST": dovecot.host,
            "COMPLAINTBOT_IMAP_PORT": str(dovecot.imap_port),
            "COMPLAINTBOT_IMAP_SECURITY": "starttls",
            "COMPLAINTBOT_IMAP_CA_FILE": str(dovecot.ca_file),
            "COMPLAINTBOT_IMAP_USERNAME": imap_user.name,
            "COMPLAINTBOT_IMAP_PASSWORD": imap_user.password,
            "COMPLAINTBOT_IMAP_FOLDER": "INBOX",
            "COMPLAINTBOT_SMTP_HOST": smtp_sink.host,
            "COMPLAINTBOT_SMTP_PORT": str(smtp_sink.port),
            "COMPLAINTBOT_SMTP_SECURITY": "none",
            "COMPLAINTBOT_SMTP_USERNAME": smtp_user,
            "COMPLAINTBOT_SMTP_PASSWORD": smtp_password,
            "COMPLAINTBOT_DATABASE_URL": database_url,
            "COMPLAINTBOT_STORAGE_DATA_DIR": str(data_dir),
        }
    )
    return env


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Tests under tests/integration/ and tests/security/ (attacks against the real servers)
    are integration tests even without the explicit mark."""
    for item in items:
        parts = Path(str(item.fspath)).parts
        if "integration" in parts or "security" in parts:
            item.add_marker(pytest.mark.integration)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]):
    """On a failing test that used the Dovecot, attach the Dovecot log lines of its user."""
    report = yield
    if report.failed and call.when in ("setup", "call"):
        funcargs = getattr(item, "funcargs", {})
        server, user = funcargs.get("dovecot"), funcargs.get("imap_user")
        if isinstance(server, Dovecot):
            try:
                lines = server.log_file.read_text(errors="replace").splitlines()
            except OSError:
                lines = []
            if isinstance(user, ImapUser):
                lines = [ln for ln in lines if user.name in ln or "Error" in ln or "Fatal" in ln]
            if lines:
                report.sections.append(("Dovecot log", "\n".join(lines[-60:])))
    return report


def pytest_report_header(config: pytest.Config) -> str:
    return (
        f"complaintbot harness: CI={'yes' if in_ci() else 'no'}, "
        f"dovecot={dovecot_binary() or 'MISSING'}, postgresql={PG_SERVER_URL}"
    )
