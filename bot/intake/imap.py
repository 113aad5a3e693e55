"""The complaints mailbox over IMAP (imapclient): connect safely, list, fetch, file away, wait.

Messages are read with BODY.PEEK[] so nothing is marked \\Seen before our commit, and are only
moved to the Processed folder after the ledger commit (custody before acknowledgement). Where
the server lacks MOVE (RFC 6851) they are flagged with a keyword instead; never deleted.
"""

from __future__ import annotations

import logging
import shlex
import ssl
import subprocess
from collections.abc import Iterator
from datetime import UTC, datetime

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError

from bot.errors import MailboxError
from bot.mail import RawMail
from bot.settings import Imap

log = logging.getLogger(__name__)
DONE_KEYWORD = b"$ComplaintbotDone"
LOOPBACK = {"127.0.0.1", "localhost", "::1"}


def _shut(client: IMAPClient | None) -> None:
    if client is not None:
        try:
            client.shutdown()
        except (IMAPClientError, OSError):
            pass


def _create_folder(client: IMAPClient, folder: str) -> None:
    try:
        client.create_folder(folder)
    except IMAPClientError:
        # A second bot process may have created it a moment ago (RFC 5530 ALREADYEXISTS).
        if not client.folder_exists(folder):
            raise


def tls_context(cfg: Imap) -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=cfg.ca_file)
    if not cfg.tls_verify:
        ctx.check_hostname = False
        ctx.verify_mode = ssl.CERT_NONE
    return ctx


def oauth2_token(cfg: Imap, environ: dict[str, str]) -> str:
    """An XOAUTH2 access token (Microsoft 365, Gmail): from a variable or a helper command."""
    if cfg.oauth2_token_command:
        done = subprocess.run(
            shlex.split(cfg.oauth2_token_command), capture_output=True, text=True, timeout=60
        )
        if done.returncode != 0 or not done.stdout.strip():
            raise MailboxError(
                f"imap.oauth2_token_command failed (exit {done.returncode}): "
                f"{done.stderr.strip()[:200]}"
            )
        return done.stdout.strip()
    token = environ.get(cfg.oauth2_token_env, "")
    if not token:
        raise MailboxError(f"imap.auth is xoauth2 but {cfg.oauth2_token_env} is not set")
    return token


class Mailbox:
    """One IMAP connection to the complaints folder."""

    def __init__(self, cfg: Imap, environ: dict[str, str]) -> None:
        self.cfg = cfg
        self.environ = environ
        self.client: IMAPClient | None = None
        self.uidvalidity = 0
        host = cfg.host if ":" not in cfg.host else f"[{cfg.host}]"
        self.name = f"imap://{cfg.username}@{host}:{cfg.port}/{cfg.folder}"

    # -- connection ---------------------------------------------------------------------------
    def connect(self) -> None:
        cfg = self.cfg
        if cfg.security == "none" and cfg.host not in LOOPBACK:
            raise MailboxError("imap.security 'none' is refused off loopback")
        client: IMAPClient | None = None
        try:
            client = IMAPClient(
                cfg.host,
                port=cfg.port,
                ssl=cfg.security == "tls",
                ssl_context=tls_context(cfg) if cfg.security == "tls" else None,
                timeout=cfg.timeout_seconds,
            )
            if cfg.security == "starttls":
                # Never fall back to plaintext: no STARTTLS offered means we stop here.
                if not client.has_capability("STARTTLS"):
                    raise MailboxError(f"{cfg.host}:{cfg.port} does not offer STARTTLS")
                client.starttls(tls_context(cfg))
            if cfg.auth == "xoauth2":
                client.oauth2_login(cfg.username, oauth2_token(cfg, self.environ))
            else:
                password = cfg.password.get_secret_value() if cfg.password else ""
                client.login(cfg.username, password)
            info = client.select_folder(cfg.folder)
            self.uidvalidity = int(info[b"UIDVALIDITY"])
            if not client.folder_exists(cfg.processed_folder):
                _create_folder(client, cfg.processed_folder)
        except MailboxError:
            _shut(client)
            raise
        except (TimeoutError, IMAPClientError, OSError, ssl.SSLError) as exc:
            _shut(client)  # e.g. a refused login: no socket left open
            raise MailboxError(f"{self.name}: {type(exc).__name__}: {exc}") from exc
        self.client = client

    def close(self) -> None:
        if self.client is not None:
            try:
                self.client.logout()
            except (IMAPClientError, OSError):
                pass
            self.client = None

    def __enter__(self) -> Mailbox:
        self.connect()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def _c(self) -> IMAPClient:
        if self.client is None:
            raise MailboxError("not connected")
        return self.client

    # -- reading ------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Re-select the folder: new mail becomes visible and a UIDVALIDITY change is noticed."""
        info = self._c.select_folder(self.cfg.folder)
        self.uidvalidity = int(info[b"UIDVALIDITY"])
        self._untagged().pop("EXISTS", None)  # the count SELECT reports is not news

    def _untagged(self) -> dict[str, list[bytes]]:
        # imaplib keeps the untagged responses that answered our commands until the next
        # SELECT; imapclient reads only what it asked for.
        responses = getattr(getattr(self._c, "_imap", None), "untagged_responses", None)
        return responses if isinstance(responses, dict) else {}

    def news(self) -> bool:
        """Whether the server announced new mail (EXISTS) while we fetched and moved.

        Such a notice answered one of our own commands during a batch; IDLE does not repeat
        it, so the caller takes the mailbox again at once instead of idling.
        """
        return bool(self._untagged().pop("EXISTS", None))

    def sizes(self) -> dict[int, int]:
        """UID -> size of every message still to take (not yet filed away)."""
        uids = self._c.search(["NOT", "KEYWORD", DONE_KEYWORD.decode()])
        if not uids:
            return {}
        sizes: dict[int, int] = {}
        for start in range(0, len(uids), 5000):
            chunk = uids[start : start + 5000]
            for uid, data in self._c.fetch(chunk, ["RFC822.SIZE"]).items():
                sizes[uid] = int(data.get(b"RFC822.SIZE", 0))
        return sizes

    def fetch(self, uids: list[int]) -> Iterator[RawMail]:
        """The messages with these UIDs, read without setting \\Seen."""
        data = self._c.fetch(uids, ["BODY.PEEK[]", "INTERNALDATE"])
        for uid in uids:
            item = data.get(uid)
            if item is None:  # expunged by someone else meanwhile
                continue
            raw = item.get(b"BODY[]")
            if raw is None:
                continue
            when = item.get(b"INTERNALDATE")
            if isinstance(when, datetime):
                when = when.astimezone(UTC) if when.tzinfo else when.replace(tzinfo=UTC)
            yield RawMail(
                source=self.name,
                raw=bytes(raw),
                uidvalidity=self.uidvalidity,
                uid=uid,
                received_at=when,
            )

    # -- filing away --------------------------------------------------------------------------
    def file_away(self, uids: list[int]) -> None:
        """Move to the Processed folder (flag without MOVE). Idempotent: gone UIDs are no-ops."""
        if not uids:
            return
        c = self._c
        if not c.has_capability("MOVE"):
            c.add_flags(uids, [DONE_KEYWORD, b"\\Seen"])
            return
        # Take in expunges by another session first (e.g. a process killed after its MOVE):
        # a UID MOVE of gone UIDs is then an empty OK, never a second copy.
        c.noop()
        try:
            c.move(uids, self.cfg.processed_folder)
        except IMAPClientError as exc:
            # RFC 5530 EXPUNGEISSUED: another session (a second bot process) moved some of
            # them first. Move whatever is still here; the rest is where it should be.
            if "EXPUNGEISSUED" not in str(exc):
                raise
            c.noop()
            still = set(c.search(["UID", ",".join(map(str, uids))])) & set(uids)
            if still:
                c.move(sorted(still), self.cfg.processed_folder)

    # -- waiting ------------------------------------------------------------------------------
    def wait(self, seconds: int) -> bool:
        """Block until the server reports new mail (IDLE) or `seconds` pass. True: news."""
        c = self._c
        if not (self.cfg.idle and c.has_capability("IDLE")):
            return False
        c.idle()
        try:
            responses = c.idle_check(timeout=seconds)
        finally:
            c.idle_done()
        return any(r[1:2] in ((b"EXISTS",), (b"RECENT",)) for r in responses if len(r) > 1)
