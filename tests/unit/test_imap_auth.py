"""Mailbox connection rules that need no server: XOAUTH2 tokens, no plaintext off loopback."""

from __future__ import annotations

import socket
import threading

import pytest

from bot.errors import MailboxError
from bot.intake.imap import Mailbox, oauth2_token
from bot.settings import Imap


def test_xoauth2_token_from_environment_or_command() -> None:
    cfg = Imap(auth="xoauth2", oauth2_token_env="M365_TOKEN")
    assert oauth2_token(cfg, {"M365_TOKEN": "eyJ0eXAi"}) == "eyJ0eXAi"
    with pytest.raises(MailboxError, match="M365_TOKEN is not set"):
        oauth2_token(cfg, {})
    by_command = Imap(auth="xoauth2", oauth2_token_command="printf 'tok-123\\n'")
    assert oauth2_token(by_command, {}) == "tok-123"
    failing = Imap(auth="xoauth2", oauth2_token_command="sh -c 'echo denied >&2; exit 3'")
    with pytest.raises(MailboxError, match=r"exit 3\): denied"):
        oauth2_token(failing, {})


def test_plaintext_is_refused_off_loopback() -> None:
    cfg = Imap(host="imap.example.be", port=143, security="none")
    with pytest.raises(MailboxError, match="refused off loopback"):
        Mailbox(cfg, {}).connect()


def test_starttls_never_falls_back_to_plaintext() -> None:
    """A server that does not offer STARTTLS is refused before any credential is sent."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(1)
    heard: list[bytes] = []

    def serve() -> None:
        conn, _ = server.accept()
        with conn:
            conn.sendall(b"* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] no tls here\r\n")
            conn.settimeout(5)
            try:
                while data := conn.recv(4096):
                    heard.append(data)
                    tag = data.split(b" ", 1)[0]
                    if b"CAPABILITY" in data.upper():
                        conn.sendall(
                            b"* CAPABILITY IMAP4rev1 AUTH=PLAIN\r\n" + tag + b" OK done\r\n"
                        )
                        continue
                    if b"LOGOUT" in data.upper():
                        conn.sendall(b"* BYE\r\n" + tag + b" OK bye now\r\n")
                        return
                    conn.sendall(tag + b" OK done\r\n")
            except OSError:
                return

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    cfg = Imap(
        host="127.0.0.1",
        port=server.getsockname()[1],
        security="starttls",
        username="bot",
        timeout_seconds=5,
    )
    with pytest.raises(MailboxError, match="does not offer STARTTLS"):
        Mailbox(cfg, {}).connect()
    thread.join(5)
    server.close()
    assert not any(b"LOGIN" in h.upper() or b"AUTHENTICATE" in h.upper() for h in heard)
