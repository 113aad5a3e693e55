"""XOAUTH2 against a real Dovecot that checks every access token at a local token-info endpoint
(as Microsoft 365 and Gmail do with theirs): the bot logs in with the token, takes the mail in,
and a refused token is a clear error, not a traceback."""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest
from harness import unavailable
from harness.dovecot import Dovecot, DovecotError, dovecot_binary
from mailfactory import citizen_mail

from bot import settings as settings_mod
from bot.app import App
from bot.errors import MailboxError
from bot.intake.imap import Mailbox

REPO = Path(__file__).resolve().parents[2]
GOOD = "ya29.a0-good-token"


class TokenInfo(ThreadingHTTPServer):
    """token -> user; every token Dovecot asked about is kept in `asked`."""

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.tokens: dict[str, str] = {}
        self.asked: list[str] = []


class _Handler(BaseHTTPRequestHandler):
    server: TokenInfo

    def do_GET(self) -> None:  # noqa: N802
        token = parse_qs(urlparse(self.path).query).get("access_token", [""])[0]
        self.server.asked.append(token)
        user = self.server.tokens.get(token)
        status, body = (
            (200, {"username": user, "active": "true"})
            if user
            else (401, {"error": "invalid_token"})
        )
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def oauth_dovecot() -> Iterator[tuple[Dovecot, TokenInfo]]:
    if dovecot_binary() is None:
        unavailable("dovecot is not installed (run scripts/test.sh)")
    if os.geteuid() != 0:
        unavailable("the test Dovecot needs root (mail is stored as the 'mail' user)")
    info = TokenInfo()
    thread = threading.Thread(target=info.serve_forever, daemon=True)
    thread.start()
    port = info.server_address[1]
    server = Dovecot(oauth2_tokeninfo_url=f"http://127.0.0.1:{port}/tokeninfo?access_token=")
    try:
        server.start()
    except DovecotError as exc:
        server.cleanup()
        info.shutdown()
        info.server_close()
        pytest.fail(f"the test Dovecot did not start:\n{exc}", False)
    try:
        yield server, info
    finally:
        server.cleanup()
        info.shutdown()
        info.server_close()


def test_xoauth2_login_takes_the_mail_in_and_a_refused_token_is_a_clear_error(
    oauth_dovecot: tuple[Dovecot, TokenInfo], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dovecot, info = oauth_dovecot
    user, _password = dovecot.new_user()
    info.tokens[GOOD] = user
    dovecot.append(user, citizen_mail(sender="oauth@example.be"))
    env = {
        "COMPLAINTBOT_DATABASE_URL": f"sqlite:///{tmp_path / 'cb.db'}",
        "COMPLAINTBOT_IMAP_HOST": dovecot.host,
        "COMPLAINTBOT_IMAP_PORT": str(dovecot.imap_port),
        "COMPLAINTBOT_IMAP_SECURITY": "none",
        "COMPLAINTBOT_IMAP_USERNAME": user,
        "COMPLAINTBOT_IMAP_AUTH": "xoauth2",
        "COMPLAINTBOT_STORAGE_DATA_DIR": str(tmp_path),
    }
    settings = settings_mod.load(REPO / "config" / "example.toml", environ=env)
    assert settings.imap.auth == "xoauth2" and settings.imap.password is None

    monkeypatch.setenv(settings.imap.oauth2_token_env, GOOD)
    app = App.build(settings)
    report = app.take_mailbox_once()
    assert (report.new, report.filed_away) == (1, 1)
    assert GOOD in info.asked  # Dovecot really checked the token
    assert dovecot.folder_uids(user, "INBOX") == []

    with pytest.raises(MailboxError, match="AUTHENTICATIONFAILED") as refused:
        Mailbox(settings.imap, {settings.imap.oauth2_token_env: "expired-token"}).connect()
    assert settings.imap.username in str(refused.value)
    assert "expired-token" in info.asked
    app.engine.dispose()
