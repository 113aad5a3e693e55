"""An SMTP sink on loopback (aiosmtpd Controller in a thread) for integration tests.

    sink = SmtpSink(auth={"bot": "secret"}); sink.start()
    ... the bot sends to 127.0.0.1:sink.port ...
    sink.wait_for(1); sink.messages[0].rcpt_tos
    sink.stop(); sink.start()                 # outage and recovery on the SAME port
    sink.reject_rcpt("x@example.org", 450)    # temporary failure for that recipient
    sink.stop()

Options: STARTTLS (tls_cert/tls_key), AUTH LOGIN/PLAIN (auth={user: password}; allowed
without TLS since this is loopback only), auth_required (530 on MAIL FROM without AUTH).
"""

from __future__ import annotations

import ssl
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from .dovecot import free_port


@dataclass(frozen=True)
class Received:
    mail_from: str
    rcpt_tos: tuple[str, ...]
    raw: bytes
    auth_login: str | None = None  # who authenticated, None without AUTH
    tls: bool = False  # the session had done STARTTLS
    received_at: float = field(default_factory=time.time)


@dataclass
class _Rejection:
    code: int
    text: str
    times: int | None  # None: always; else answer this many times then accept


class _Handler:
    def __init__(self, sink: SmtpSink) -> None:
        self.sink = sink

    async def handle_MAIL(self, server, session, envelope, address, mail_options):  # noqa: N802
        if self.sink.auth_required and not session.authenticated:
            return "530 5.7.0 Authentication required"
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 OK"

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # noqa: N802
        answer = self.sink._rejection_for(address)
        if answer:
            return answer
        envelope.rcpt_tos.append(address)
        envelope.rcpt_options.extend(rcpt_options)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # noqa: N802
        auth = session.auth_data
        login = None
        if isinstance(auth, LoginPassword):
            login = auth.login.decode("utf-8", "replace")
        raw = envelope.original_content or envelope.content
        if isinstance(raw, str):
            raw = raw.encode("utf-8")
        self.sink._store(
            Received(
                mail_from=envelope.mail_from,
                rcpt_tos=tuple(envelope.rcpt_tos),
                raw=raw,
                auth_login=login,
                tls=session.ssl is not None,
            )
        )
        return "250 Message accepted for delivery"


class SmtpSink:
    def __init__(
        self,
        port: int | None = None,
        *,
        auth: dict[str, str] | None = None,
        auth_required: bool = False,
        tls_cert: str | Path | None = None,
        tls_key: str | Path | None = None,
        hostname: str = "127.0.0.1",
        smtputf8: bool = True,
    ) -> None:
        """`smtputf8`: offer SMTPUTF8 (RFC 6531); False for a relay without it."""
        self.smtputf8 = smtputf8
        self.host = hostname
        self.port = port or free_port()
        self.auth = dict(auth or {})
        self.auth_required = auth_required
        self.tls_cert, self.tls_key = tls_cert, tls_key
        self._lock = threading.Condition()
        self._messages: list[Received] = []
        self._rejections: dict[str, _Rejection] = {}
        self._controller: Controller | None = None
        self.auth_failures = 0

    # ------------------------------------------------------------------ lifecycle

    @property
    def running(self) -> bool:
        return self._controller is not None

    def start(self) -> SmtpSink:
        """Start listening (again) on self.port; stored messages are kept across restarts."""
        if self._controller is not None:
            return self
        kwargs: dict = {}
        if self.tls_cert:
            ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
            ctx.load_cert_chain(str(self.tls_cert), str(self.tls_key) if self.tls_key else None)
            kwargs["tls_context"] = ctx
            kwargs["require_starttls"] = False
        # aiosmtpd's Controller offers SMTPUTF8 unless told not to; relays often do not.
        kwargs["enable_SMTPUTF8"] = self.smtputf8
        if self.auth:
            kwargs["authenticator"] = self._authenticate
            kwargs["auth_require_tls"] = False  # loopback only
        # a fresh Controller each time: a stopped one has closed its event loop
        controller = Controller(
            _Handler(self), hostname=self.host, port=self.port, ready_timeout=10, **kwargs
        )
        deadline = time.monotonic() + 10
        while True:
            try:
                controller.start()
                break
            except OSError:  # the port is still held by a closing socket: try again shortly
                controller = Controller(
                    _Handler(self), hostname=self.host, port=self.port, ready_timeout=10, **kwargs
                )
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)
        self._controller = controller
        return self

    def stop(self) -> None:
        """Stop listening: new connections are refused until start() (same port)."""
        if self._controller is not None:
            self._controller.stop()
            self._controller = None

    def __enter__(self) -> SmtpSink:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # ------------------------------------------------------------------ behaviour

    def _authenticate(self, server, session, envelope, mechanism, auth_data) -> AuthResult:
        if mechanism not in ("LOGIN", "PLAIN") or not isinstance(auth_data, LoginPassword):
            return AuthResult(success=False, handled=False)
        user = auth_data.login.decode("utf-8", "replace")
        password = auth_data.password.decode("utf-8", "replace")
        if self.auth.get(user) == password:
            return AuthResult(success=True, auth_data=auth_data)
        with self._lock:
            self.auth_failures += 1
        return AuthResult(success=False, handled=False)

    def reject_rcpt(
        self, address: str, code: int = 550, text: str | None = None, *, times: int | None = None
    ) -> None:
        """Answer RCPT TO:<address> with `code` (4xx temporary, 5xx permanent).

        times=None: every time; times=n: the first n attempts, then accept (retry tests).
        """
        if not 400 <= code <= 599:
            raise ValueError("code must be 4xx or 5xx")
        if text is None:
            text = "4.2.1 Mailbox busy, try later" if code < 500 else "5.1.1 No such user"
        with self._lock:
            self._rejections[address.lower()] = _Rejection(code, text, times)

    def clear_rejections(self) -> None:
        with self._lock:
            self._rejections.clear()

    def _rejection_for(self, address: str) -> str | None:
        with self._lock:
            rej = self._rejections.get(address.lower())
            if rej is None:
                return None
            if rej.times is not None:
                if rej.times <= 0:
                    return None
                rej.times -= 1
            return f"{rej.code} {rej.text}"

    # ------------------------------------------------------------------ results

    def _store(self, msg: Received) -> None:
        with self._lock:
            self._messages.append(msg)
            self._lock.notify_all()

    @property
    def messages(self) -> list[Received]:
        """A snapshot copy of everything received so far, oldest first."""
        with self._lock:
            return list(self._messages)

    def clear(self) -> None:
        with self._lock:
            self._messages.clear()

    def wait_for(self, count: int = 1, timeout: float = 10.0) -> list[Received]:
        """Block until at least `count` messages arrived; return them. AssertionError on timeout."""
        deadline = time.monotonic() + timeout
        with self._lock:
            while len(self._messages) < count:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError(
                        f"SMTP sink got {len(self._messages)} message(s), expected {count}"
                        f" within {timeout}s"
                    )
                self._lock.wait(left)
            return list(self._messages)
