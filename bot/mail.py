"""Typed boundary objects that travel through the pipeline: raw mail in, parsed mail, decision."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime

from bot.vocab import CITIZEN_KINDS


def mailbox_key(address: str) -> str:
    """The mailbox behind an address: local part without its +tag, lower-cased (issue 12
    point 4). `Victim+1@Example.BE` and `victim@example.be` are the same person's mailbox;
    the flood brake and the "same citizen" check count mailboxes, not spellings."""
    local, at, domain = address.strip().lower().rpartition("@")
    if not at:
        return address.strip().lower()
    return f"{local.split('+', 1)[0]}@{domain}"


_LINKISH = re.compile(
    r"(?i)(://|www\.|@|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:[a-z]{2,})\b|\bhttps?\b|[<>\[\]{}])"
)
MAX_GREETING_NAME = 80


def greeting_name(name: str) -> str:
    """The display name to echo in a greeting, or "" for the neutral salutation.

    Anyone may write anything as a display name, and we would send it from the official
    address ("Dear Claim your 500 EUR refund at http://…"): names with a URL, a domain, an
    address, control or format characters (bidi overrides, U+2028), or of odd length are not
    repeated (issue 12 point 4).
    """
    name = name.strip()
    if not name or len(name) > MAX_GREETING_NAME or _LINKISH.search(name):
        return ""
    if any(unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp") for ch in name):
        return ""
    return name


@dataclass(frozen=True, slots=True)
class RawMail:
    """Bytes exactly as a source delivered them, plus where they came from.

    `source` names the mailbox (e.g. ``imap://bot@host/INBOX``), an import path or ``demo``;
    `uidvalidity`/`uid` are set for IMAP only and key the intake ledger.
    """

    source: str
    raw: bytes
    uidvalidity: int | None = None
    uid: int | None = None
    received_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class Attachment:
    filename: str  # safe: no path separators, no control characters, never empty
    content_type: str
    size: int
    data: bytes | None  # None when over the configured size limit (see `skipped`)
    inline: bool = False
    content_id: str | None = None
    skipped: str | None = None  # why the bytes were not kept


@dataclass(frozen=True, slots=True)
class ParsedMail:
    """One message as the rest of complaintbot sees it. Built by `bot.intake.parse.parse`."""

    message_id: str | None  # without angle brackets
    in_reply_to: str | None
    references: tuple[str, ...]
    from_addr: str  # lower-cased addr-spec, "" when missing
    from_name: str
    reply_to: str | None
    to: tuple[str, ...]
    cc: tuple[str, ...]
    subject: str
    date: datetime | None  # timezone-aware
    headers: Mapping[str, tuple[str, ...]]  # lower-cased name -> decoded values, in order
    content_type: str  # of the top-level part, e.g. "multipart/report"
    text: str  # best human-readable body: text/plain, else cleaned HTML
    html: str | None
    attachments: tuple[Attachment, ...] = ()
    forwarded: tuple[ParsedMail, ...] = ()  # message/rfc822 parts, parsed
    report_type: str | None = None  # "delivery-status" for a DSN
    defects: tuple[str, ...] = ()
    size: int = 0

    def header(self, name: str) -> str | None:
        """First value of a header, or None."""
        values = self.headers.get(name.lower())
        return values[0] if values else None


@dataclass(frozen=True, slots=True)
class RuleHit:
    """One rule that fired while classifying, and why; stored on the case and shown by `show`."""

    rule: str
    kind: str | None  # the kind (or category/language) the rule votes for
    weight: float
    reason: str


@dataclass(frozen=True, slots=True)
class Decision:
    kind: str
    language: str | None  # None when unclear: answer bilingually
    category: str
    needs_review: bool = False
    refers_to: str | None = None  # a case number quoted or referenced
    hits: tuple[RuleHit, ...] = field(default_factory=tuple)
    # bot.vocab.RequestType when a rule recognised a thank-you note or a suggestion; None:
    # the kind decides (bot.vocab.KIND_REQUEST_TYPE).
    request_type: str | None = None

    @property
    def acknowledge(self) -> bool:
        return self.kind in CITIZEN_KINDS
