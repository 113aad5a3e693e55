"""Header safety for outgoing mail: every value that may come from citizen text (names,
subjects, addresses, message ids) goes through these before it reaches a header.

CR/LF and other controls never reach our headers (header injection); addresses and message ids
are checked against RFC 5322's grammar, and our own Message-IDs are built here.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import re
import secrets
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

if TYPE_CHECKING:
    from bot.settings import Settings

LOOP_HEADER = "X-Complaintbot-Loop"
MAX_SUBJECT = 250  # RFC 5322 §2.1.1: lines SHOULD stay under 78; folding handles the rest
BRUSSELS = ZoneInfo("Europe/Brussels")


# C0/C1 controls, DEL and the Unicode line/paragraph separators: none belongs in a header.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]+")
_ADDR_SPEC = re.compile(
    r"^[^\s@<>()\[\],;:\"\\]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?$"
)
# RFC 5322 §3.6.4 msg-id = "<" id-left "@" id-right ">", both dot-atom-text (atext and ".").
_ATEXT = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]"
_MSG_ID = re.compile(rf"^{_ATEXT}{{1,250}}@{_ATEXT}{{1,250}}$")
_MSGID_PART = re.compile(r"[^a-z0-9-]+")


def clean_header(value: object, *, limit: int = MAX_SUBJECT) -> str:
    """One safe header line: control characters (CR, LF, NUL, U+2028 …) become a space."""
    text = _CONTROL.sub(" ", str(value or ""))
    text = " ".join(text.split())
    return text[:limit].rstrip()


def clean_address(addr: str) -> str:
    """A bare addr-spec we are willing to put in To/From; ValueError otherwise."""
    raw = str(addr or "")
    if _CONTROL.search(raw):
        raise ValueError(f"address contains control characters: {raw!r}")
    addr = raw.strip()
    local, at, domain = addr.rpartition("@")
    if at and not domain.isascii():
        try:  # IDN domain -> its ASCII (punycode) form, which every MTA accepts
            addr = f"{local}@{domain.encode('idna').decode('ascii')}"
        except UnicodeError:
            raise ValueError(f"not a valid domain: {domain!r}") from None
    if not _ADDR_SPEC.match(addr):
        raise ValueError(f"not a plain e-mail address: {addr!r}")
    return addr


def clean_msg_id(value: str | None) -> str | None:
    """A message id (angle brackets optional) if it is well formed, else None (then dropped)."""
    if not value:
        return None
    text = str(value).strip()
    if text.startswith("<") and text.endswith(">"):
        text = text[1:-1]
    return text if _MSG_ID.match(text) else None


def message_id_for(purpose: str, case_number: str | None, token: str, domain: str) -> str:
    """``ack.plt-2026-000901.<token>@<domain>``: the classifier recognises replies to it.

    The prefix is the purpose up to its first "_" (ack, forward, …); without a case number the
    middle part is "noref". No angle brackets (they are added in the header).
    """
    prefix = _MSGID_PART.sub("-", purpose.split("_", 1)[0].lower()).strip("-") or "mail"
    number = _MSGID_PART.sub("-", (case_number or "noref").lower()).strip("-") or "noref"
    tok = _MSGID_PART.sub("", token.lower()) or secrets.token_hex(8)
    dom = clean_header(domain, limit=250).strip("<>@ ") or "localhost"
    mid = f"{prefix}.{number}.{tok}@{dom}"
    if not _MSG_ID.match(mid):
        raise ValueError(f"cannot build a valid Message-ID from domain {domain!r}")
    return mid


def token_for(key: str, secret: bytes | None) -> str:
    """The token part of a Message-ID for the outbox row `key`.

    Keyed (HMAC-SHA256 with the signing key, see `thread_secret`) so nobody can compute the
    Message-ID of a case's mails from its (sequential) number and pass a mail off as a reply
    to it (issue 12 point 3); stable, so a retried step builds the same Message-ID. Without a
    key the token is random: unguessable, only not stable across retries.
    """
    if not secret:
        return secrets.token_hex(10)
    return hmac.new(secret, key.encode("utf-8"), hashlib.sha256).hexdigest()[:20]


def thread_secret(settings: Settings) -> bytes | None:
    """The key that signs reply addresses (the variable named by handling.hmac_key_env)."""
    value = os.environ.get(settings.handling.hmac_key_env, "").strip()
    return value.encode("utf-8") if value else None
