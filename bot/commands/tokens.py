"""HMAC-signed reply tokens that let a handler act on a case by answering a mail.

The bot writes to a handler from a plus-address such as ``plaintes+c123.<token>@domain``.
The token proves that the bot issued it, for that case, to that handler, at that time; the
reply is accepted only from that handler and only while the token is young enough.

Token layout (15 bytes, 24 characters of lower-case RFC 4648 base32 without padding, so the
address uses only [a-z2-7] and survives a mail system that changes the case of local parts):

    version (1) | issued, Unix seconds (4) | handler tag (3) | MAC (7)

* MAC = HMAC-SHA256(key, domain | version | case id | issued | handler tag | handler)[:7].
  56 bits: a forger has to send about 2**55 mails to hit one; every attempt is a logged mail.
* Handler tag = HMAC-SHA256(key, "handler" | handler)[:3]. It only serves to tell "this token
  belongs to another handler" apart from "this token was tampered with"; the handler address
  itself is in the MAC, so a tag collision does not let another handler in.
* Handler addresses are compared lower-cased (the local part is case-sensitive in RFC 5321,
  but no mail system in use here treats it so).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import os
import re
import struct
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import parseaddr
from enum import StrEnum
from typing import NamedTuple

from bot.errors import TokenKeyError

KEY_ENV = "COMPLAINTBOT_HMAC_KEY"
MIN_KEY_BYTES = 32
TOKEN_VERSION = 1
TOKEN_LENGTH = 24  # base32 characters of the 15-byte version-1 token
# A token issued up to this far "in the future" is accepted: the clocks of two hosts differ.
CLOCK_SKEW = timedelta(minutes=5)

_DOMAIN = b"complaintbot/reply-token\x00"
_TAG_DOMAIN = b"complaintbot/handler\x00"
_LAYOUT = struct.Struct(">BI3s7s")
_TOKEN_CHARS = re.compile(r"^[a-z2-7]+$")
# c<case id>.<token> after the "+" of the mailbox. Any token length: verify_token judges it.
_TAG = re.compile(r"^c([1-9][0-9]{0,17})\.([a-z2-7]{8,64})$", re.IGNORECASE)
_MAX_LOCAL_PART = 64  # RFC 5321 §4.5.3.1.1


class TokenStatus(StrEnum):
    OK = "ok"
    BAD_SIGNATURE = "bad_signature"
    EXPIRED = "expired"
    WRONG_HANDLER = "wrong_handler"
    MALFORMED = "malformed"


@dataclass(frozen=True)
class TokenCheck:
    """The verdict on a token. Truthy only when the token is valid."""

    status: TokenStatus
    reason: str
    issued: datetime | None = None  # set once the signature is known to be good

    @property
    def ok(self) -> bool:
        return self.status is TokenStatus.OK

    def __bool__(self) -> bool:
        return self.ok


class ReplyAddress(NamedTuple):
    case_id: int
    token: str


def check_key(key: bytes) -> bytes:
    """Return `key` when it can sign tokens, else raise `TokenKeyError` saying why."""
    if not isinstance(key, bytes | bytearray):
        raise TokenKeyError(f"the signing key must be bytes, not {type(key).__name__}")
    if len(key) < MIN_KEY_BYTES:
        raise TokenKeyError(
            f"the signing key has {len(key)} bytes; at least {MIN_KEY_BYTES} are needed. "
            f"Set {KEY_ENV}, e.g. to the output of "
            "`python -c 'import secrets; print(secrets.token_urlsafe(48))'`"
        )
    if len(set(key)) < 8:
        raise TokenKeyError(
            f"the signing key looks like a placeholder (only {len(set(key))} distinct bytes); "
            f"set {KEY_ENV} to a random value"
        )
    return bytes(key)


def key_from_env(environ: Mapping[str, str] | None = None, name: str = KEY_ENV) -> bytes:
    """The signing key from the environment (UTF-8 bytes of the variable), checked."""
    env = os.environ if environ is None else environ
    value = env.get(name)
    if not value:
        raise TokenKeyError(f"{name} is not set; handler mail commands need a signing key")
    return check_key(value.strip().encode("utf-8"))


def normalise_handler(handler: str) -> str:
    """'Jean Dupont <Jean.Dupont@X.be>' → 'jean.dupont@x.be'."""
    _, addr = parseaddr(handler)
    addr = (addr or handler).strip().lower()
    if not addr or "@" not in addr:
        raise ValueError(f"not a mail address: {handler!r}")
    return addr


def make_token(case_id: int, handler: str, *, key: bytes, issued: datetime) -> str:
    """A token for `handler` to act on case `case_id`, issued at the aware instant `issued`."""
    key = check_key(key)
    _check_case_id(case_id)
    who = normalise_handler(handler)
    seconds = _unix_seconds(issued)
    tag = _handler_tag(key, who)
    mac = _mac(key, TOKEN_VERSION, case_id, seconds, tag, who)
    raw = _LAYOUT.pack(TOKEN_VERSION, seconds, tag, mac)
    return base64.b32encode(raw).decode("ascii").rstrip("=").lower()


def verify_token(
    token: str,
    *,
    key: bytes,
    case_id: int,
    handler: str,
    now: datetime,
    max_age_days: int,
    old_keys: Sequence[bytes] = (),
) -> TokenCheck:
    """Check a token received from `handler` for case `case_id`.

    `old_keys` are previous signing keys still accepted while tokens signed with them age out.
    """
    keys = [check_key(key), *(check_key(k) for k in old_keys)]
    _check_case_id(case_id)
    if now.tzinfo is None:
        raise ValueError("now: pass an aware UTC datetime")
    try:
        who = normalise_handler(handler)
    except ValueError:
        return TokenCheck(TokenStatus.WRONG_HANDLER, f"sender {handler!r} is not a mail address")

    raw = _decode(token)
    if raw is None:
        return TokenCheck(TokenStatus.MALFORMED, "the token is not a reply token of this bot")
    version, seconds, tag, mac = _LAYOUT.unpack(raw)
    if version != TOKEN_VERSION:
        return TokenCheck(TokenStatus.MALFORMED, f"unknown token version {version}")

    tag_seen = False
    for k in keys:
        if not hmac.compare_digest(tag, _handler_tag(k, who)):
            continue
        tag_seen = True
        if hmac.compare_digest(mac, _mac(k, version, case_id, seconds, tag, who)):
            break
    else:
        if not tag_seen:
            return TokenCheck(
                TokenStatus.WRONG_HANDLER,
                f"this token was not issued to {who}; reply from the address the bot wrote to",
            )
        return TokenCheck(
            TokenStatus.BAD_SIGNATURE,
            f"the token does not match case {case_id} (altered, or copied from another case)",
        )

    issued = datetime.fromtimestamp(seconds, UTC)
    if issued > now + CLOCK_SKEW:
        return TokenCheck(
            TokenStatus.MALFORMED, f"the token claims to be issued in the future ({issued})"
        )
    if now - issued > timedelta(days=max_age_days):
        return TokenCheck(
            TokenStatus.EXPIRED,
            f"the token was issued on {issued:%Y-%m-%d} and is valid {max_age_days} days; "
            "use the address of a more recent mail from the bot",
            issued,
        )
    return TokenCheck(TokenStatus.OK, "valid", issued)


def reply_address(mailbox: str, case_id: int, token: str, *, separator: str = "+") -> str:
    """'plaintes@x.be', 123, tok → 'plaintes+c123.tok@x.be'."""
    _check_case_id(case_id)
    local, at, domain = mailbox.strip().rpartition("@")
    if not at or not local or not domain:
        raise ValueError(f"not a mail address: {mailbox!r}")
    if separator in local:
        raise ValueError(f"the mailbox {mailbox!r} already has a {separator!r} sub-address")
    token = token.lower()
    if not _TOKEN_CHARS.match(token):
        raise ValueError("a token holds only the characters a-z and 2-7")
    tagged = f"{local}{separator}c{case_id}.{token}"
    if len(tagged) > _MAX_LOCAL_PART:
        raise ValueError(f"the local part {tagged!r} is longer than {_MAX_LOCAL_PART} characters")
    return f"{tagged}@{domain}"


def parse_reply_address(
    addr: str, *, mailbox: str | None = None, separator: str = "+"
) -> ReplyAddress | None:
    """(case id, token) from a reply address, or None when it is not one.

    With `mailbox`, the address must also be that mailbox's sub-address (case-insensitive).
    Accepts a bare address or a header value with a display name.
    """
    _, parsed = parseaddr(addr)
    local, at, domain = (parsed or addr).strip().rpartition("@")
    if not at:
        return None
    base, sep, tag = local.partition(separator)
    if not sep:
        return None
    if mailbox is not None:
        m_local, _, m_domain = mailbox.strip().rpartition("@")
        if (base.lower(), domain.lower()) != (m_local.lower(), m_domain.lower()):
            return None
    match = _TAG.match(tag)
    if match is None:
        return None
    return ReplyAddress(int(match[1]), match[2].lower())


def _decode(token: str) -> bytes | None:
    token = token.strip().lower()
    if len(token) != TOKEN_LENGTH or not _TOKEN_CHARS.match(token):
        return None
    try:
        raw = base64.b32decode(token.upper() + "=" * (-len(token) % 8))
    except (binascii.Error, ValueError):
        return None
    return raw if len(raw) == _LAYOUT.size else None


def _mac(key: bytes, version: int, case_id: int, seconds: int, tag: bytes, who: str) -> bytes:
    msg = _DOMAIN + struct.pack(">BQI3s", version, case_id, seconds, tag) + who.encode("utf-8")
    return hmac.new(key, msg, hashlib.sha256).digest()[:7]


def _handler_tag(key: bytes, who: str) -> bytes:
    return hmac.new(key, _TAG_DOMAIN + who.encode("utf-8"), hashlib.sha256).digest()[:3]


def _unix_seconds(issued: datetime) -> int:
    if issued.tzinfo is None or issued.utcoffset() is None:
        raise ValueError("issued: pass an aware UTC datetime")
    seconds = int(issued.timestamp())
    if not 0 <= seconds < 2**32:
        raise ValueError(f"issued {issued} is outside 1970–2106")
    return seconds


def _check_case_id(case_id: int) -> None:
    if isinstance(case_id, bool) or not isinstance(case_id, int) or not 0 < case_id < 10**18:
        raise ValueError(f"case id must be a positive integer, not {case_id!r}")
