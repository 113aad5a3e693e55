"""MIME building for outgoing mail: the Draft (plain strings, stored as JSON on the outbox row)
and its conversion to the bytes handed to SMTP (`Draft.to_bytes`), attachments and logo.

The outbox worker builds the MIME just before the first send, because building it costs
milliseconds and intake must not pay them per message (bot.outbox.compose makes the Draft).
"""

from __future__ import annotations

import base64
import binascii
import mimetypes
import re
import secrets
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from email import message_from_bytes, policy
from email.charset import BASE64, Charset
from email.header import Header
from email.message import EmailMessage, Message
from email.policy import Compat32
from email.utils import format_datetime, formataddr
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import quote

from bot.errors import DraftError
from bot.outbox.headers import BRUSSELS, LOOP_HEADER, clean_address, clean_header, clean_msg_id
from bot.settings import Settings

AUTO_SUBMITTED = ("auto-replied", "auto-generated")  # RFC 3834 §5
DRAFT_VERSION = 1
MAX_INLINE_BYTES = 64 * 1024  # an InlineFile lives in the row's JSON (as base64)
_MAX_FILENAME_ENCODED = 600  # RFC 2231 %-encoded filename: one header line stays < 998 octets
_MIME_TOKEN = re.compile(r"^[a-z0-9!#$&^_.+-]{1,64}$")


class _WirePolicy(Compat32):
    """compat32 with CRLF line ends, and a short cut for the usual header: short plain ASCII.

    Such a value is written as is, which is what compat32's folding would do after a much
    longer detour through email.header; anything else (long, non-ASCII, Header objects) is
    folded by compat32 itself.
    """

    def fold_binary(self, name: str, value: Any) -> bytes:
        if (
            type(value) is str
            and len(name) + len(value) + 2 <= (self.max_line_length or 78)
            and value.isascii()
            and "\r" not in value
            and "\n" not in value
        ):
            return f"{name}: {value}\r\n".encode("ascii")
        return super().fold_binary(name, value)


_WIRE = _WirePolicy(linesep="\r\n")  # the bytes handed to SMTP: CRLF, 78-column folding
_UTF8 = Charset("utf-8")
_UTF8.header_encoding = BASE64  # fixed, not SHORTEST: measuring both per header is slow


@dataclass(frozen=True, slots=True)
class StoredFile:
    """A stored attachment (bot.models.Attachment, by id); its bytes are read when sending."""

    id: int


@dataclass(frozen=True, slots=True)
class InlineFile:
    """A small file carried in the draft itself (at most MAX_INLINE_BYTES)."""

    filename: str
    content_type: str
    data: bytes

    def __post_init__(self) -> None:
        if len(self.data) > MAX_INLINE_BYTES:
            raise ValueError(
                f"inline file {self.filename!r} is {len(self.data)} bytes; store it as an "
                f"Attachment and use StoredFile (limit {MAX_INLINE_BYTES})"
            )


class FileData(Protocol):
    """What a StoredFile resolves to when the message is built (bot.models.Attachment fits)."""

    filename: str
    content_type: str
    data: bytes | None


DraftFile = StoredFile | InlineFile


def _utf8(text: str) -> str:
    """`text` unchanged unless it holds lone surrogates (they cannot be sent): then "?"."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", "replace").decode("utf-8")
    return text


@dataclass(frozen=True, slots=True)
class Draft:
    """A rendered mail, cheap to make and to store (JSON); the MIME bytes come later (`to_bytes`).

    Made inside the intake transaction, so it only holds strings: building MIME costs
    milliseconds and is left to the outbox worker. Header values are stored as given and cleaned
    when the message is built; what would make the message impossible to build (recipient,
    Reply-To, Message-ID, Auto-Submitted) is checked here, so such a mistake still fails where
    the mail is queued. `date` is aware UTC (naive is taken as UTC).
    """

    to_addr: str
    subject: str
    text: str
    html: str | None
    message_id: str
    date: datetime
    to_name: str = ""
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()
    reply_to: str | None = None
    auto_submitted: str = "auto-replied"
    logo_cid: str | None = None  # the Content-ID the HTML refers to; None: no inline logo
    attachments: tuple[DraftFile, ...] = ()
    # The From of the mailbox the mail is written for ([[mailboxes]] smtp.from_*); "": the
    # instance's [smtp] from_address and from_name.
    from_addr: str = ""
    from_name: str = ""

    def __post_init__(self) -> None:
        clean_address(self.to_addr)
        if self.from_addr:
            clean_address(self.from_addr)
        if self.reply_to:
            clean_address(self.reply_to)
        if clean_msg_id(self.message_id) is None:
            raise ValueError(f"invalid Message-ID {self.message_id!r}")
        if self.auto_submitted not in AUTO_SUBMITTED:
            raise ValueError("auto_submitted must be auto-replied or auto-generated (RFC 3834 §5)")
        if not all(isinstance(f, StoredFile | InlineFile) for f in self.attachments):
            raise TypeError("attachments must be StoredFile or InlineFile items")
        when = self.date if self.date.tzinfo else self.date.replace(tzinfo=UTC)
        set_ = object.__setattr__  # frozen: normalise once, here
        set_(self, "date", when.astimezone(UTC))
        set_(self, "references", tuple(self.references))
        set_(self, "attachments", tuple(self.attachments))
        set_(self, "text", _utf8(self.text))
        if self.html is not None:
            set_(self, "html", _utf8(self.html))

    @property
    def stored_ids(self) -> tuple[int, ...]:
        """Ids of the stored attachments the worker must load to build the message."""
        return tuple(f.id for f in self.attachments if isinstance(f, StoredFile))

    # -- storage ---------------------------------------------------------------------------

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict (Outbox.draft); `from_json` gives the same Draft back."""
        files: list[dict[str, Any]] = []
        for f in self.attachments:
            if isinstance(f, StoredFile):
                files.append({"id": f.id})
            else:
                data = base64.b64encode(f.data).decode("ascii")
                files.append({"filename": f.filename, "content_type": f.content_type, "data": data})
        return {
            "v": DRAFT_VERSION,
            "to_addr": self.to_addr,
            "to_name": self.to_name,
            "subject": self.subject,
            "text": self.text,
            "html": self.html,
            "message_id": self.message_id,
            "in_reply_to": self.in_reply_to,
            "references": list(self.references),
            "reply_to": self.reply_to,
            "auto_submitted": self.auto_submitted,
            "date": self.date.isoformat(),
            "logo_cid": self.logo_cid,
            "attachments": files,
            **(
                {"from_addr": self.from_addr, "from_name": self.from_name} if self.from_addr else {}
            ),
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Draft:
        """The Draft stored by `to_json`; DraftError when the data cannot be one."""
        try:
            if data.get("v") != DRAFT_VERSION:
                raise DraftError(f"unknown draft version {data.get('v')!r}")
            files: list[DraftFile] = []
            for f in data.get("attachments") or ():
                if "id" in f:
                    files.append(StoredFile(int(f["id"])))
                else:
                    raw = base64.b64decode(f["data"], validate=True)
                    files.append(InlineFile(str(f["filename"]), str(f["content_type"]), raw))
            return cls(
                to_addr=str(data["to_addr"]),
                to_name=str(data.get("to_name") or ""),
                subject=str(data["subject"]),
                text=str(data["text"]),
                html=None if data.get("html") is None else str(data["html"]),
                message_id=str(data["message_id"]),
                in_reply_to=_opt_str(data.get("in_reply_to")),
                references=tuple(str(r) for r in data.get("references") or ()),
                reply_to=_opt_str(data.get("reply_to")),
                auto_submitted=str(data.get("auto_submitted") or "auto-replied"),
                date=datetime.fromisoformat(str(data["date"])),
                logo_cid=_opt_str(data.get("logo_cid")),
                attachments=tuple(files),
                from_addr=str(data.get("from_addr") or ""),
                from_name=str(data.get("from_name") or ""),
            )
        except DraftError:
            raise
        except (AttributeError, KeyError, TypeError, ValueError, binascii.Error) as exc:
            raise DraftError(f"unusable draft: {type(exc).__name__}: {exc}") from exc

    # -- MIME ------------------------------------------------------------------------------

    def to_bytes(self, settings: Settings, *, files: Mapping[int, FileData] | None = None) -> bytes:
        """The message as sent: CRLF line ends, headers folded for SMTP (RFC 5322 §2.1.1).

        `files` maps the ids of `stored_ids` to their rows (filename, content_type, data); a
        missing one raises DraftError. Boundaries are random: build once and keep the bytes.

        Built with the compat32 email classes (about half the cost of EmailMessage with a
        modern policy); every header value passes clean_header or a validator first and
        non-ASCII text becomes RFC 2047 encoded words, so nothing is left to the policy.
        """
        body = _text_part(self.text, "plain")
        if self.html is not None:
            html_part = _text_part(self.html, "html")
            logo = _logo(settings) if self.logo_cid else None
            if logo is not None and self.logo_cid:
                data, maintype, subtype, filename = logo
                image = _file_part(
                    data, f"{maintype}/{subtype}", filename, disposition="inline",
                    cid=clean_msg_id(self.logo_cid),
                )  # fmt: skip
                html_part = _multipart("related", [html_part, image])
            body = _multipart("alternative", [body, html_part])
        if self.attachments:
            parts = [body]
            for f in self.attachments:
                if isinstance(f, InlineFile):
                    parts.append(_file_part(f.data, f.content_type, f.filename))
                    continue
                stored = (files or {}).get(f.id)
                if stored is None or stored.data is None:
                    raise DraftError(f"attachment #{f.id} is missing or has no stored bytes")
                parts.append(_file_part(stored.data, stored.content_type, stored.filename))
            body = _multipart("mixed", parts)
        self._headers(body, settings)
        return body.as_bytes(policy=_WIRE)

    def build(
        self, settings: Settings, *, files: Mapping[int, FileData] | None = None
    ) -> EmailMessage:
        """`to_bytes` parsed back: the message exactly as it would go out, as an EmailMessage."""
        raw = self.to_bytes(settings, files=files)
        return message_from_bytes(raw, policy=policy.SMTP)

    def _from(self, settings: Settings) -> tuple[str, str]:
        if self.from_addr:
            return self.from_name, clean_address(self.from_addr)
        return settings.smtp.from_name, clean_address(settings.smtp.from_address)

    def _headers(self, msg: Message, settings: Settings) -> None:
        headers: list[tuple[str, str | Header]] = [
            ("From", _address(*self._from(settings))),
            ("To", _address(self.to_name, clean_address(self.to_addr))),
        ]
        if self.reply_to:
            headers.append(("Reply-To", clean_address(self.reply_to)))
        headers += [
            ("Subject", _text_header(clean_header(self.subject), "Subject")),
            ("Date", format_datetime(self.date.astimezone(BRUSSELS).replace(microsecond=0))),
            ("Message-ID", f"<{clean_msg_id(self.message_id)}>"),
        ]
        parent = clean_msg_id(self.in_reply_to)
        refs = [r for r in (clean_msg_id(x) for x in self.references) if r]
        if parent and parent not in refs:
            refs.append(parent)
        if parent:
            headers.append(("In-Reply-To", f"<{parent}>"))
        if refs:
            # RFC 5322 §3.6.4; keep the thread root and the last few, as MUAs do.
            kept = refs if len(refs) <= 10 else [refs[0], *refs[-9:]]
            headers.append(("References", " ".join(f"<{r}>" for r in kept)))
        loop = clean_header(settings.organisation.domain, limit=250)
        headers += [
            ("Auto-Submitted", self.auto_submitted),
            (LOOP_HEADER, _text_header(loop, LOOP_HEADER)),
            # Outlook/Exchange: no out-of-office, read receipts or other auto-replies to us.
            ("X-Auto-Response-Suppress", "All"),
        ]
        if self.auto_submitted == "auto-replied":
            headers.append(("Precedence", "auto_reply"))  # older vacation programs read this
        headers.append(("MIME-Version", "1.0"))
        content = [(k, v) for k, v in msg.items()]
        for name in [k for k, _ in content]:
            del msg[name]
        for name, value in [*headers, *content]:  # content headers last, as usual
            # A Compat32 message takes Header objects (RFC 2047 words); typeshed says str only.
            msg[name] = value  # type: ignore[assignment]


def _opt_str(value: object) -> str | None:
    return None if value is None else str(value)


def _text_header(value: str, name: str) -> str | Header:
    """An already cleaned header text: as is when ASCII, else RFC 2047 encoded words."""
    return value if value.isascii() else Header(value, _UTF8, header_name=name)


def _address(name: str, addr_spec: str) -> str | Header:
    """`Name <addr>` with the name quoted (ASCII) or encoded (RFC 2047); `addr` is clean."""
    name = clean_header(name, limit=200)
    if not name:
        return addr_spec
    if not addr_spec.isascii():
        # An internationalised address (RFC 6531/6532: sent with SMTPUTF8); formataddr and
        # Header refuse it. The whole value then goes out as one encoded word, which mail
        # clients show as "Name <addr>"; the envelope recipient is what delivers it.
        return f"{name} <{addr_spec}>"
    if name.isascii():
        return formataddr((name, addr_spec))  # quotes the name when it holds specials
    header = Header(name, _UTF8)
    header.append(f"<{addr_spec}>", "us-ascii")
    return header


def _text_part(text: str, subtype: str) -> Message:
    part = Message()
    part["Content-Type"] = f'text/{subtype}; charset="utf-8"'
    part["Content-Transfer-Encoding"] = "quoted-printable"
    if not text.endswith("\n"):
        text += "\n"  # every line of the message ends with CRLF, the last one too
    # binascii's C encoder: same RFC 2045 result as email.quoprimime, many times faster
    part.set_payload(binascii.b2a_qp(text.encode("utf-8"), istext=True).decode("ascii"))
    return part


def _multipart(subtype: str, parts: list[Message]) -> Message:
    msg = Message()
    # "=_" never occurs in base64 or quoted-printable text (QP writes "=" + two hex digits or
    # a soft line break), and our part headers hold no such boundary: no need to scan the
    # body for a collision as the generator would when it picks the boundary itself.
    msg["Content-Type"] = f'multipart/{subtype}; boundary="=_{secrets.token_hex(12)}"'
    msg.set_payload([*parts])
    return msg


def _safe_filename(filename: str) -> str:
    """One header-safe line of at most 200 characters whose RFC 2231 form stays short enough
    for one header line; a long name is shortened before its extension, which is kept."""
    name = clean_header(filename, limit=1000)
    stem, dot, ext = name.rpartition(".")
    if not dot or not stem or len(ext) > 10:
        stem, ext = name, ""
    suffix = f".{ext}" if ext else ""
    while stem and (
        len(stem) + len(suffix) > 200
        or len(quote((stem + suffix).encode("utf-8"), safe="")) > _MAX_FILENAME_ENCODED
    ):
        stem = stem[: min(len(stem) - 1, 200 - len(suffix), len(stem) * 3 // 4)].rstrip()
    return stem + suffix if stem else clean_header(name, limit=200)


def _file_part(
    data: bytes,
    content_type: str,
    filename: str,
    *,
    disposition: str = "attachment",
    cid: str | None = None,
) -> Message:
    maintype, _, subtype = str(content_type or "").lower().partition("/")
    subtype = subtype.split(";", 1)[0].strip()
    if maintype in ("multipart", "message") or not (
        _MIME_TOKEN.match(maintype) and _MIME_TOKEN.match(subtype)
    ):
        maintype, subtype = "application", "octet-stream"
    part = Message()
    part["Content-Type"] = f"{maintype}/{subtype}"
    part["Content-Transfer-Encoding"] = "base64"
    if cid:
        part["Content-ID"] = f"<{cid}>"
    name = _safe_filename(filename)
    if name:  # non-ASCII -> RFC 2231 filename*=utf-8''…; ASCII -> quoted-string
        part.add_header("Content-Disposition", disposition, filename=name)
    else:
        part["Content-Disposition"] = disposition
    part.set_payload(base64.encodebytes(data).decode("ascii"))
    return part


def build_message(
    settings: Settings,
    *,
    to_addr: str,
    subject: str,
    text: str,
    html: str | None,
    message_id: str,
    to_name: str = "",
    in_reply_to: str | None = None,
    references: Iterable[str] = (),
    reply_to: str | None = None,
    auto_submitted: str = "auto-replied",
    date: datetime | None = None,
    logo_cid: str | None = None,
) -> EmailMessage:
    """The MIME message: text + HTML alternative (+ inline logo), with loop-safe headers.

    `auto_submitted`: "auto-replied" for answers to a citizen's mail, "auto-generated" for mail we
    start ourselves (forwards to a service, reminders) — RFC 3834 §5. `logo_cid` must be the same
    value given to `render` (see `logo_cid_for`); the logo is attached when settings name one.
    The pipeline queues a `Draft` (see `compose`) instead; this builds one and parses it back.
    """
    draft = Draft(
        to_addr=to_addr,
        to_name=to_name,
        subject=subject,
        text=text,
        html=html,
        message_id=message_id,
        in_reply_to=in_reply_to,
        references=tuple(references),
        reply_to=reply_to,
        auto_submitted=auto_submitted,
        date=date or datetime.now(UTC),
        logo_cid=logo_cid,
    )
    return draft.build(settings)


def logo_cid_for(settings: Settings) -> str | None:
    """The Content-ID of the inline logo (without brackets), None when no logo is configured."""
    if not settings.templates.logo:
        return None
    return f"logo@{clean_header(settings.organisation.domain, limit=200) or 'localhost'}"


@lru_cache(maxsize=4)
def _read_logo(path: str) -> tuple[bytes, str, str, str]:
    p = Path(path)
    ctype = mimetypes.guess_type(p.name)[0] or "image/png"
    maintype, subtype = ctype.split("/", 1)
    if maintype != "image":
        raise ValueError(f"templates.logo must be an image: {path}")
    return p.read_bytes(), maintype, subtype, p.name


def _logo(settings: Settings) -> tuple[bytes, str, str, str] | None:
    if not settings.templates.logo:
        return None
    return _read_logo(str(settings.resolve(settings.templates.logo)))
