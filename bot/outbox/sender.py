"""One reusable SMTP connection (aiosmtplib) that hands raw outbox bytes to the relay.

TLS is never optional once configured: security = "starttls" requires the server to offer
STARTTLS and fails otherwise (django-helpdesk silently falls back to plaintext; we do not),
security = "tls" is implicit TLS from the first byte, "none" is allowed on loopback only
(settings refuse it elsewhere).

Envelope sender (MAIL FROM): settings.smtp.from_address, not the null path "<>".
RFC 3834 §3.3 recommends the null return path for automatic responses so that they can never
trigger bounces that loop. We deliberately choose the real address because:
* a bounce of an acknowledgement must come back: the circular requires an acknowledgement for
  every complaint, and a citizen's full or mistyped mailbox must put the case in front of a
  human (the classifier files bounces, kind "bounce", and can flag the case);
* authenticated submission relays (Microsoft 365, many government relays) refuse or rewrite a
  MAIL FROM that does not match the authenticated mailbox, and SPF/DMARC alignment of our own
  domain needs it;
* loops are already broken by what RFC 3834 actually relies on — Auto-Submitted on every
  message we send, our X-Complaintbot-Loop header, never answering auto-submitted mail or
  bounces, and the per-recipient daily limit in enqueue().
`SmtpSender(envelope_from="")` switches to the null path if an organisation prefers it.
"""

from __future__ import annotations

import logging
import ssl
from types import TracebackType

import aiosmtplib

from bot.errors import ConnectFailed
from bot.settings import Smtp

log = logging.getLogger(__name__)


def tls_context(smtp: Smtp) -> ssl.SSLContext:
    """Certificate-verifying context (optionally with a private CA file)."""
    ctx = ssl.create_default_context(cafile=smtp.ca_file or None)
    if not smtp.tls_verify:
        # Explicitly configured (test relays, self-signed internal relays); logged once per connect.
        ctx.check_hostname = False
        ctx.verify_mode = ssl.CERT_NONE
    return ctx


class SmtpSender:
    """Async context manager around one aiosmtplib.SMTP connection, reconnecting when dropped."""

    def __init__(self, smtp: Smtp, *, envelope_from: str | None = None) -> None:
        self.settings = smtp
        self.envelope_from = smtp.from_address if envelope_from is None else envelope_from
        self._client: aiosmtplib.SMTP | None = None
        self.messages_on_connection = 0
        self.connections = 0

    async def __aenter__(self) -> SmtpSender:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    @property
    def connected(self) -> bool:
        return self._client is not None and self._client.is_connected

    def _make_client(self) -> aiosmtplib.SMTP:
        s = self.settings
        secure = s.security != "none"
        return aiosmtplib.SMTP(
            hostname=s.host,
            port=s.port,
            timeout=float(s.timeout_seconds),
            use_tls=s.security == "tls",
            # True = require STARTTLS (error if not offered); None would mean "if available",
            # which is exactly the silent downgrade we refuse.
            start_tls=True if s.security == "starttls" else False,
            tls_context=tls_context(s) if secure else None,
            # AUTH only with a secret: a username alone (left from another relay) would make
            # a relay without AUTH refuse every mail. `config check` says so.
            username=s.username if (s.username and s.password) else None,
            password=s.password.get_secret_value() if (s.username and s.password) else None,
        )

    async def connect(self) -> None:
        """Open (or reopen) the connection; ConnectFailed when that is impossible."""
        await self.close()
        client = self._make_client()
        try:
            await client.connect()
        except (aiosmtplib.SMTPException, OSError) as exc:
            # OSError covers refused connections, DNS failures, TLS errors (ssl.SSLError) and
            # timeouts; SMTPException covers a missing STARTTLS, a 4xx/5xx greeting, bad login.
            try:
                client.close()
            except Exception:  # noqa: BLE001 - best effort on an already broken connection
                pass
            raise ConnectFailed(
                f"{self.settings.host}:{self.settings.port}: {type(exc).__name__}: {exc}"
            ) from exc
        if self.settings.security != "none" and not self.settings.tls_verify:
            log.warning("SMTP TLS certificate verification is disabled (smtp.tls_verify = false)")
        self._client = client
        self.connections += 1
        self.messages_on_connection = 0

    async def close(self) -> None:
        client, self._client = self._client, None
        if client is None:
            return
        try:
            if client.is_connected:
                await client.quit()
        except (aiosmtplib.SMTPException, OSError):
            client.close()

    async def send(self, *, recipient: str, raw: bytes) -> None:
        """Hand one message to the server; raises the SMTP/connection error when it fails.

        A connection reused across messages may have been closed by the server while idle (or
        after its per-connection message limit); then the message is sent once more on a new
        connection. This happens only for a *reused* connection, where the drop is almost always
        noticed at MAIL FROM; if it was in fact lost after the server had accepted the data,
        this is the at-least-once window documented in bot.outbox.worker.
        """
        if not self.connected:
            await self.connect()
        options = ["SMTPUTF8"] if not recipient.isascii() else None
        assert self._client is not None
        if options and self._client.is_ehlo_or_helo_needed:
            await self._client.ehlo()  # the extensions are known after EHLO only
        if options and not self._client.supports_extension("smtputf8"):
            # RFC 6531: a non-ASCII local part can only travel with SMTPUTF8. Permanent for
            # this relay: the row fails and its case is flagged for a person, with this reason.
            raise aiosmtplib.SMTPNotSupported(
                f"the relay does not offer SMTPUTF8, needed for the non-ASCII address {recipient}"
            )
        try:
            await self._client.sendmail(self.envelope_from, [recipient], raw, mail_options=options)
        except (aiosmtplib.SMTPServerDisconnected, ConnectionError) as exc:
            if self.messages_on_connection == 0:
                await self.close()
                raise
            log.info(
                "SMTP connection dropped after %d messages (%s); reconnecting",
                self.messages_on_connection,
                exc,
            )
            await self.connect()
            assert self._client is not None
            await self._client.sendmail(self.envelope_from, [recipient], raw, mail_options=options)
        self.messages_on_connection += 1
