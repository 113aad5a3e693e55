"""Bytes -> ParsedMail: whatever real mail servers send, decoded into one typed and safe object."""

from __future__ import annotations

import binascii
import html as html_lib
import mimetypes
import re
import time
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.errors import InvalidBase64LengthDefect
from email.message import Message
from email.parser import BytesParser
from email.policy import Compat32
from email.utils import getaddresses, parsedate_to_datetime

from bs4.dammit import EncodingDetector
from lxml import etree

from bot.errors import ParseError
from bot.mail import Attachment, ParsedMail

__all__ = ["ParseError", "parse"]

MAX_FORWARD_DEPTH = 3  # message/rfc822 inside message/rfc822 ...; deeper ones stay attachments
MAX_MIME_DEPTH = 40  # nested multiparts; real mail stays under ~6, bombs go to thousands


class _RawPolicy(Compat32):
    """compat32 that hands back header values as raw str (8-bit bytes as surrogates).

    Why not policy.default: it re-parses Content-Type through the header registry at every
    get_content_type() call (about 1 ms per ordinary mail, most of the intake budget) and its
    header objects raise on malformed input. Why not plain compat32: it wraps 8-bit values in
    Header objects on which get_param()/get_filename() break. This module decodes values itself.
    """

    def header_fetch_parse(self, name: str, value: str) -> str:
        return value


_PARSER = BytesParser(policy=_RawPolicy())


@dataclass(frozen=True, slots=True)
class _Limits:
    attachment_bytes: int
    attachments: int


# ---------------------------------------------------------------- charsets

# Names mail software sends that Python does not know, or knows under a narrower meaning.
_CHARSET_ALIASES = {
    "unicode-1-1-utf-7": "utf-7",
    "utf7": "utf-7",
    "x-unicode-2-0-utf-7": "utf-7",
    # WHATWG: these labels mean windows-1252 in practice (0x80-0x9f are cp1252 characters).
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "iso-8859-1": "cp1252",
    "iso8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "ks_c_5601-1987": "cp949",
    "euc-kr": "cp949",
    "iso-8859-8-i": "iso-8859-8",
    "x-mac-roman": "mac-roman",
    "macintosh": "mac-roman",
    "x-user-defined": "cp1252",
}
# 7-bit stateful encodings: ASCII bytes that are not ASCII text.
_SEVEN_BIT = re.compile(r"^(utf-?7|hz|iso-?2022)")
_NO_CHARSET = {"", "x-unknown", "unknown", "unknown-8bit", "x-unknown-8bit", "default", "none"}
# Single-byte charsets whose text is never valid UTF-8 by accident: when the bytes decode as
# UTF-8 anyway, the label is wrong (the classic "Ã©" mojibake) and UTF-8 wins.
_SINGLE_BYTE = re.compile(
    r"^(cp125\d|windows-125\d|iso-8859-\d+|iso8859-\d+|mac-roman|koi8-[ru]|cp850)$"
)


def _charset_name(declared: str | None) -> str | None:
    if declared is None:
        return None
    name = declared.strip().strip("\"'").lower()
    if name in _NO_CHARSET:
        return None
    return _CHARSET_ALIASES.get(name, name)


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 with U+FFFD for a few bad bytes, when valid multi-byte sequences outnumber them."""
    text = data.decode("utf-8", "replace")
    bad = text.count("\ufffd") - data.count(b"\xef\xbf\xbd")
    good = sum(1 for ch in text if ord(ch) > 0x7F) - bad
    return text if good > bad else None


def _decode(
    data: bytes, declared: str | None, defects: list[str] | None = None, hint: str | None = None
) -> str:
    """Text from bytes: declared charset, then UTF-8, then cp1252, then latin-1 (never fails).

    `hint` is a charset used elsewhere in the same message, tried when none is declared.
    """
    charset = _charset_name(declared)
    if data.isascii() and (charset is None or not _SEVEN_BIT.match(charset)):
        return data.decode("ascii")
    if charset is not None and charset not in ("utf-8", "utf8"):
        if _SINGLE_BYTE.match(charset):
            try:
                return data.decode("utf-8")
            except UnicodeDecodeError:
                pass
        try:
            return data.decode(charset)
        except LookupError:
            if defects is not None:
                defects.append(f"unknown charset {charset[:40]!r}")
        except (UnicodeDecodeError, ValueError):
            if defects is not None:
                defects.append(f"bytes not valid in declared charset {charset[:40]!r}")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if charset is None and hint is not None:
        try:
            return data.decode(hint)
        except (LookupError, UnicodeDecodeError, ValueError):
            pass
    text = _mostly_utf8(data)
    if text is not None:
        if defects is not None:
            defects.append("invalid utf-8 bytes replaced")
        return text
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


_DOUBLE_UTF8 = re.compile("[\u00c2-\u00f4][\u0080-\u00bf\u0152-\u2122]")
# cp1252's characters for bytes 0x80-0x9f, mapped back to those bytes (as latin-1 code points).
_CP1252_BYTES = {
    ord(bytes([b]).decode("cp1252")): b
    for b in range(0x80, 0xA0)
    if b not in b"\x81\x8d\x8f\x90\x9d"
}


def _undo_double_utf8(text: str) -> str:
    """UTF-8 once (or twice) decoded as cp1252/latin-1 and re-encoded ("Ã©" for "é"), repaired.

    Only when (nearly) the whole text round-trips: genuine cp1252 text is almost never UTF-8.
    """
    for _ in range(3):  # seen in the wild: three layers
        if text.isascii() or not _DOUBLE_UTF8.search(text):
            break
        try:
            data = text.translate(_CP1252_BYTES).encode("latin-1")
        except UnicodeError:
            break
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            # A few sequences broken on the way (e.g. NBSP turned into a space): still repair
            # when they are rare, at the price of a U+FFFD each.
            repaired = data.decode("utf-8", "replace")
            bad = repaired.count("\ufffd") - text.count("\ufffd")
            if bad * 20 > sum(1 for ch in repaired if ord(ch) > 0x7F):
                break
            text = repaired
    return text


def _unescape_8bit(value: str) -> str:
    """A raw header or parameter with 8-bit bytes (kept as surrogates by the parser) as text."""
    if value.isascii():
        return value
    return _decode(value.encode("utf-8", "surrogateescape"), None)


# ---------------------------------------------------------------- headers

_ENCODED_WORD = re.compile(r"=\?([^?\s]*)\?([bBqQ])\?(.*?)\?=")
_BASE64_JUNK = re.compile(rb"[^A-Za-z0-9+/]")
# Control characters dropped from header values: CR/LF would allow header injection when a
# value is copied into an outgoing mail; NUL is refused by PostgreSQL text columns.
_HEADER_CONTROLS = {c: None for c in [*range(0x00, 0x09), *range(0x0A, 0x20), 0x7F]} | {0x09: " "}
_WS = re.compile(r"\s+")


def _b64(data: bytes) -> tuple[bytes, bool]:
    """Base64 that keeps what decodes: junk dropped, padding repaired, a stray last char cut."""
    try:
        return binascii.a2b_base64(data), True
    except binascii.Error:
        pass
    clean = _BASE64_JUNK.sub(b"", data)
    clean = clean[: len(clean) - (len(clean) % 4 == 1)]
    clean += b"=" * (-len(clean) % 4)
    try:
        return binascii.a2b_base64(clean), False
    except binascii.Error:
        return b"", False


def _decode_words(value: str) -> str:
    """RFC 2047 encoded words, leniently: bad base64/QP, unknown charsets, words split mid-char."""
    if "=?" not in value:
        return value
    out: list[str] = []
    pending = bytearray()
    pending_charset: str | None = None
    pos = 0
    for m in _ENCODED_WORD.finditer(value):
        between = value[pos : m.start()]
        # Whitespace between two encoded words is not part of the text (RFC 2047 section 6.2).
        if between and not (pending_charset is not None and between.isspace()):
            out.append(_decode(bytes(pending), pending_charset))
            pending.clear()
            out.append(between)
        charset = m[1].split("*", 1)[0].lower()  # RFC 2231 adds "*language"
        if charset != pending_charset and pending:
            out.append(_decode(bytes(pending), pending_charset))
            pending.clear()
        pending_charset = charset
        encoded = m[3].encode("utf-8", "surrogateescape")
        if m[2] in "bB":
            pending += _b64(encoded)[0]
        else:
            pending += binascii.a2b_qp(encoded, header=True)
        pos = m.end()
    if pending:
        out.append(_decode(bytes(pending), pending_charset))
    out.append(value[pos:])
    return "".join(out)


def _header_text(raw: str) -> str:
    """A raw header value as one safe line of text: unfolded, 8-bit and RFC 2047 decoded."""
    text = _decode_words(_unescape_8bit(raw)).translate(_HEADER_CONTROLS).strip()
    return _undo_double_utf8(text)


def _one_line(text: str) -> str:
    return _WS.sub(" ", text).strip()


# The common one-address forms, matched without the (slow, pure Python) stdlib parser:
# addr@host, Name <addr@host>, "Name, Title" <addr@host>.
_SIMPLE_ADDRESS = re.compile(
    r'\s*(?:"(?P<quoted>[^"\\]*)"|(?P<name>[^"<>,;:@()\\]*?))\s*'
    r'<(?P<addr>[^<>\s",;()@]+@[^<>\s",;()@]+)>\s*'
    r'|\s*(?P<bare>[^<>\s",;()@]+@[^<>\s",;()@]+)\s*'
)
_ADDR_SPEC = re.compile(r"[^\s<>@,;:\"()\[\]]+@[^\s<>@,;:\"()\[\]]+")


def _addresses(raws: list[str]) -> list[tuple[str, str]]:
    """(decoded name, lower-cased addr-spec) pairs; entries without a usable address dropped."""
    if not raws:
        return []
    # Split the raw (still encoded) values, so a decoded name with a comma stays one name.
    # Encoded words are hidden behind plain atoms while splitting: they may carry ":" or "@"
    # that would otherwise split a name or pass for an address.
    words: list[str] = []

    def hide(m: re.Match[str]) -> str:
        words.append(m[0])
        return f"\x01{len(words) - 1}\x01"

    def name_text(name: str) -> str:
        return _one_line(_decode_words(_HIDDEN_WORD.sub(lambda m: words[int(m[1])], name)))

    values = [_ENCODED_WORD.sub(hide, _unescape_8bit(v).translate(_HEADER_CONTROLS)) for v in raws]
    if len(values) == 1 and (m := _SIMPLE_ADDRESS.fullmatch(values[0])):
        return [(name_text(m["quoted"] or m["name"] or ""), (m["addr"] or m["bare"]).lower())]
    try:
        pairs = getaddresses(values)
    except Exception:  # the stdlib address parser has crashed on hostile input before
        pairs = []
    found: list[tuple[str, str]] = []
    for name, addr in pairs:
        addr = addr.strip().strip("<>").lower()
        if _ADDR_SPEC.fullmatch(addr):
            found.append((name_text(name), addr))
    if not found:  # unparseable header: keep whatever looks like an address
        found = [("", a.lower()) for v in values for a in _ADDR_SPEC.findall(v)]
    return found


_HIDDEN_WORD = re.compile(r"\x01(\d+)\x01")
_ANGLE_ID = re.compile(r"<([^<>]+)>")


def _ids(raw: str) -> list[str]:
    """Message-IDs without angle brackets; junk around them (comments, dates) ignored."""
    found = [i.strip() for i in _ANGLE_ID.findall(raw) if i.strip() and " " not in i.strip()]
    if not found:  # some clients drop the brackets
        found = [t for t in raw.split() if "@" in t and "<" not in t and ">" not in t]
    return found


def _date(raw: str | None) -> datetime | None:
    if not raw:
        return None
    try:
        when = parsedate_to_datetime(raw)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    # "-0000" means "no zone information" (RFC 5322 3.3): UTC is the honest reading.
    return when if when.tzinfo is not None else when.replace(tzinfo=UTC)


# ---------------------------------------------------------------- payloads


def _header(part: Message, name: str) -> str:
    value = part.get(name)
    return value if isinstance(value, str) else ""


def _payload_bytes(part: Message, defects: list[str]) -> bytes:
    """The bytes of a leaf part with the transfer encoding undone.

    Always through get_payload(decode=True): without it compat32 decodes 8-bit bytes with the
    declared charset, and raises when that name itself holds 8-bit bytes.
    """
    if part.is_multipart():
        return b""
    seen = len(part.defects)
    data = part.get_payload(decode=True)
    if not isinstance(data, bytes):
        return b""
    new = part.defects[seen:]
    if any(isinstance(d, InvalidBase64LengthDefect) for d in new):
        data = _b64(data)[0]  # the stdlib hands back the base64 text itself in this case
    if new:
        defects.append("broken base64 (kept what decodes)")
    return data


def _part_text(part: Message, defects: list[str], hint: str | None = None) -> str:
    data = _payload_bytes(part, defects)
    charset = part.get_param("charset")
    if isinstance(charset, tuple):  # RFC 2231 form
        charset = charset[2]
    if not isinstance(charset, str):
        charset = None
    if charset is None and part.get_content_subtype() == "html":
        charset = _meta_charset(data)
    text = _decode(data, charset and _unescape_8bit(charset), defects, hint)
    return _undo_double_utf8(text).replace("\x00", "")


def _meta_charset(data: bytes) -> str | None:
    """The charset an HTML part declares in its own <meta> (Beautiful Soup's detector)."""
    return EncodingDetector.find_declared_encoding(data, is_html=True)


def _normalize_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


# ---------------------------------------------------------------- HTML to text

_DROP_TAGS = {"script", "style", "head", "noscript", "template", "title", "svg", "object"}
_BLOCK_TAGS = {
    "p", "div", "ul", "ol", "table", "h1", "h2", "h3", "h4", "h5", "h6",
    "blockquote", "pre", "address", "section", "article", "header", "footer", "dl", "dt", "dd",
    "hr", "center", "form", "fieldset",
}  # fmt: skip
_LINE_TAGS = {"tr", "li", "dt", "dd", "caption"}
_LINE, _PARA = "\ue000", "\ue001"  # private-use sentinels for <br> and block boundaries
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*>", re.I)
_HIDDEN = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_BLANK_LINES = re.compile(r"\n{3,}")


def _is_tracking_pixel(img: etree._Element) -> bool:
    width = str(img.get("width", "")).strip().lower().removesuffix("px")
    height = str(img.get("height", "")).strip().lower().removesuffix("px")
    return width in ("0", "1") and height in ("0", "1")


class HtmlBudgetError(ParseError):
    """HTML-to-text ran past its time budget (a hostile or absurd document)."""


# huge_tree: libxml2 stops at depth 256 without it (and at 2048 with it); comments and
# processing instructions never carry the citizen's words.
_HTML_PARSER = etree.HTMLParser(remove_comments=True, remove_pis=True, huge_tree=True)
_TAG_OR_TEXT = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9]*)[^>]*>|([^<]+)|<")
HTML_SECONDS = 5.0  # one message's HTML-to-text budget; linear code stays far below it


def _html_to_text(markup: str, *, budget: float = HTML_SECONDS) -> str:
    """Readable text from HTML: scripts, styles, hidden parts and tracking pixels dropped.

    Linear in the size of the markup: one parse by libxml2 (lxml), one walk over the tree,
    text gathered in a list. (The former BeautifulSoup version inserted markers into the tree
    and went quadratic: 50,000 <br> took minutes and stalled the whole batch.)
    """
    markup = markup.replace(_LINE, "").replace(_PARA, "")
    if "<" not in markup:  # not markup at all
        return _one_line(html_lib.unescape(markup))
    deadline = time.monotonic() + budget
    root = etree.fromstring(_XML_DECL.sub("", markup, count=1), _HTML_PARSER)
    too_deep = any(e.type_name == "ERR_RESOURCE_LIMIT" for e in _HTML_PARSER.error_log)
    if root is None:
        return ""
    if too_deep:  # libxml2 stopped at its depth limit: the rest would be lost
        out = _flat_html_text(markup, deadline)
    else:
        out = _tree_text(root, deadline)
    lines: list[str] = []
    for para in "".join(out).split(_PARA):
        chunk = [line for line in map(_one_line, para.split(_LINE)) if line]
        if chunk:
            lines.append("\n".join(chunk))
    return _BLANK_LINES.sub("\n\n", "\n\n".join(lines)).strip()


def _tree_text(root: etree._Element, deadline: float) -> list[str]:
    """The text of the tree with line and paragraph markers, in document order."""
    out: list[str] = []
    walker = etree.iterwalk(root, events=("start", "end"))
    for n, (event, el) in enumerate(walker):
        if n % 4096 == 0 and time.monotonic() > deadline:
            raise HtmlBudgetError("HTML too costly to turn into text (time budget exceeded)")
        name = el.tag.lower() if isinstance(el.tag, str) else ""
        if event == "start":
            if (
                name in _DROP_TAGS
                or (name == "img" and _is_tracking_pixel(el))
                or _HIDDEN.search(el.get("style") or "")
            ):
                walker.skip_subtree()
                el.set("data-cb-dropped", "1")
                continue
            if name == "br" or name in _LINE_TAGS:
                out.append(_LINE)
            elif name in _BLOCK_TAGS:
                out.append(_PARA)
            if el.text:
                out.append(el.text)
            continue
        if el.get("data-cb-dropped") is None:
            if name in _LINE_TAGS:
                out.append(_LINE)
            elif name in _BLOCK_TAGS:
                out.append(_PARA)
            elif name in ("td", "th"):
                out.append(" ")
        if el.tail and el is not root:
            out.append(el.tail)
    return out


def _flat_html_text(markup: str, deadline: float) -> list[str]:
    """Text of markup nested deeper than libxml2 goes: tags read one by one, no tree built.

    Only for absurd documents (thousands of nested elements): dropped elements (script, style)
    are skipped up to their end tag; hidden-style detection is not attempted.
    """
    out: list[str] = []
    skipping: str | None = None
    for n, m in enumerate(_TAG_OR_TEXT.finditer(markup)):
        if n % 4096 == 0 and time.monotonic() > deadline:
            raise HtmlBudgetError("HTML too costly to turn into text (time budget exceeded)")
        closing, name, text = m[1], (m[2] or "").lower(), m[3]
        if skipping is not None:
            if closing and name == skipping:
                skipping = None
            continue
        if text is not None:
            out.append(html_lib.unescape(text))
        elif name in _DROP_TAGS and not closing:
            skipping = name
        elif name == "br" or name in _LINE_TAGS:
            out.append(_LINE)
        elif name in _BLOCK_TAGS:
            out.append(_PARA)
        elif name in ("td", "th") and closing:
            out.append(" ")
    return out


# ---------------------------------------------------------------- uuencode

_UU_BLOCK = re.compile(r"^begin [0-7]{3,4} ([^\n]+)\n(.*?)^end[ \t]*$\n?", re.M | re.S)


def _uudecode(lines: list[str]) -> bytes | None:
    """Decoded uuencoded lines (without begin/end), or None when they are not uuencode."""
    out = bytearray()
    for line in lines:
        line = line.rstrip("\r\n")
        if not line or line in ("`", " "):
            continue
        if not line.isascii():
            return None
        try:
            out += binascii.a2b_uu(line)
        except binascii.Error:
            # Some encoders pad lines with garbage past the length byte (as the old uu module).
            nbytes = (((ord(line[0]) - 32) & 63) * 4 + 5) // 3
            try:
                out += binascii.a2b_uu(line[:nbytes])
            except binascii.Error:
                return None
    return bytes(out)


# ---------------------------------------------------------------- attachments

_UNSAFE_NAME_CHARS = re.compile(r'[<>:"|?*\x00-\x1f\x7f]')
_WINDOWS_RESERVED = re.compile(r"^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$", re.I)
_EXTENSIONS = {
    "application/pdf": ".pdf",
    "application/ms-tnef": ".dat",
    "application/vnd.ms-tnef": ".dat",
    "application/octet-stream": ".bin",
    "application/msword": ".doc",
    "image/jpeg": ".jpg",
    "image/png": ".png",
    "image/gif": ".gif",
    "text/plain": ".txt",
    "text/html": ".html",
    "text/calendar": ".ics",
    "message/rfc822": ".eml",
    "message/delivery-status": ".txt",
}


def _safe_filename(name: str | None, content_type: str, index: int) -> str:
    """A file name that is safe to write anywhere: basename only, no control or bidi characters."""
    name = unicodedata.normalize("NFC", name or "")
    name = name.replace("\\", "/").rsplit("/", 1)[-1]
    # Cc are control characters; Cf includes RTL overrides that disguise "gpj.exe" as "exe.jpg".
    name = "".join(ch for ch in name if unicodedata.category(ch) not in ("Cc", "Cf"))
    name = _UNSAFE_NAME_CHARS.sub("_", name).strip(" .")
    if _WINDOWS_RESERVED.match(name):
        name = "_" + name
    if not name:
        ext = _EXTENSIONS.get(content_type) or mimetypes.guess_extension(content_type) or ".bin"
        name = "winmail.dat" if content_type.endswith("ms-tnef") else f"attachment-{index}{ext}"
    if len(name.encode("utf-8")) > 255:
        stem, dot, ext = name.rpartition(".")
        keep = f"{dot}{ext}" if dot and stem and len(ext.encode("utf-8")) <= 16 else ""
        stem = name[: len(name) - len(keep)]
        budget = 255 - len(keep.encode("utf-8"))
        stem = stem.encode("utf-8")[:budget].decode("utf-8", "ignore")
        name = stem + keep
    return name


def _filename(part: Message, defects: list[str]) -> str | None:
    try:
        name = part.get_filename()
    except (ValueError, TypeError, IndexError, LookupError):  # broken RFC 2231 continuations
        defects.append("unreadable attachment file name")
        return None
    if not name:
        return None
    # Not allowed by RFC 2047 but sent by many clients: encoded words inside a quoted name.
    return _decode_words(_unescape_8bit(name)).strip()


# ---------------------------------------------------------------- tree walk


@dataclass(slots=True)
class _Walk:
    """What one message's MIME tree yields while it is walked."""

    limits: _Limits
    depth: int  # forward depth of the message being walked
    hint: str | None = None  # charset of the message's encoded words, for parts without one
    plain: list[str] = field(default_factory=list)
    html: list[str] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)
    forwarded: list[ParsedMail] = field(default_factory=list)
    defects: list[str] = field(default_factory=list)
    names: set[str] = field(default_factory=set)

    def attach(
        self, name: str | None, content_type: str, data: bytes, *,
        inline: bool = False, content_id: str | None = None,
    ) -> None:  # fmt: skip
        index = len(self.attachments) + 1
        filename = self._unique(_safe_filename(name, content_type, index))
        skipped = None
        if len(self.attachments) >= self.limits.attachments:
            skipped = f"more than {self.limits.attachments} attachments"
        elif len(data) > self.limits.attachment_bytes:
            skipped = f"too large ({len(data)} bytes > {self.limits.attachment_bytes})"
        self.attachments.append(
            Attachment(
                filename=filename,
                content_type=content_type,
                size=len(data),
                data=None if skipped else data,
                inline=inline,
                content_id=content_id,
                skipped=skipped,
            )
        )

    def _unique(self, name: str) -> str:
        # Two attachments called "scan.pdf" must not overwrite each other once stored.
        stem, dot, ext = name.rpartition(".")
        if not dot or not stem:
            stem, ext = name, ""
        candidate, n = name, 1
        while candidate.lower() in self.names:
            n += 1
            candidate = f"{stem}-{n}.{ext}" if ext else f"{stem}-{n}"
        self.names.add(candidate.lower())
        return candidate


_HEADERS_ONLY = {"text/rfc822-headers", "message/rfc822-headers", "message/global-headers"}
_FORWARDS = {"message/rfc822", "message/global"}


def _visit(part: Message, walk: _Walk, *, level: int, alternative: bool = False) -> None:
    if level > MAX_MIME_DEPTH:
        walk.defects.append(f"MIME parts nested deeper than {MAX_MIME_DEPTH} ignored")
        return
    walk.defects.extend(_defect_text(d) for d in part.defects)
    ctype = part.get_content_type()
    payload = part.get_payload() if part.is_multipart() else None
    if ctype in _FORWARDS or (ctype.startswith("message/") and isinstance(payload, list)):
        _visit_message(part, ctype, walk)
        return
    if isinstance(payload, list):
        for child in payload:
            if isinstance(child, Message):
                _visit(child, walk, level=level + 1, alternative=ctype == "multipart/alternative")
        return
    if part.get_content_maintype() == "multipart":  # no boundary found: read it as text
        walk.defects.append("multipart without usable boundary")
        walk.plain.append(
            _extract_uu(_normalize_newlines(_part_text(part, walk.defects, walk.hint)), walk)
        )
        return
    disposition = part.get_content_disposition()
    filename = _filename(part, walk.defects)
    if (
        ctype in ("text/plain", "text/html")
        and disposition != "attachment"
        and (level == 0 or not filename)
    ):
        text = _normalize_newlines(_part_text(part, walk.defects, walk.hint))
        if ctype == "text/html":
            walk.html.append(text)
        else:
            walk.plain.append(_extract_uu(text, walk))
        return
    if ctype in _HEADERS_ONLY:
        sub = _PARSER.parsebytes(_payload_bytes(part, walk.defects), headersonly=True)
        walk.forwarded.append(
            _build(sub, limits=walk.limits, depth=walk.depth + 1, size=0, headers_only=True)
        )
        return
    if alternative and part.get_content_maintype() == "text" and not filename:
        return  # another rendering of the body (text/enriched, text/watch-html, AMP)
    content_id = _header(part, "content-id").strip().strip("<>").strip() or None
    walk.attach(
        filename,
        ctype,
        _payload_bytes(part, walk.defects),
        inline=disposition == "inline" or (disposition is None and content_id is not None),
        content_id=content_id,
    )


def _visit_message(part: Message, ctype: str, walk: _Walk) -> None:
    """message/rfc822 and friends: parse a forward, or keep other message/* as an attachment."""
    payload = part.get_payload() if part.is_multipart() else None
    cte = _header(part, "content-transfer-encoding").strip().lower()
    sub: Message | None = None
    if isinstance(payload, list) and payload and isinstance(payload[0], Message):
        sub = payload[0]
        if cte in ("base64", "quoted-printable") and not sub.is_multipart():
            # Not allowed (RFC 2046 5.2.1) but seen: the parser took the encoded text as a
            # header-less message; decode it and parse again.
            encoded = _payload_bytes(sub, walk.defects)
            decoded = _b64(encoded)[0] if cte == "base64" else binascii.a2b_qp(encoded)
            sub = _PARSER.parsebytes(decoded)
    elif payload is None:
        sub = _PARSER.parsebytes(_payload_bytes(part, walk.defects))
    if ctype in _FORWARDS and sub is not None and walk.depth < MAX_FORWARD_DEPTH:
        # size stays 0: the forward's own bytes are part of the parent's, not known apart.
        walk.forwarded.append(_build(sub, limits=walk.limits, depth=walk.depth + 1, size=0))
        return
    if ctype in _FORWARDS and sub is not None:
        walk.defects.append(f"forwards nested deeper than {MAX_FORWARD_DEPTH} kept as attachment")
        data = _message_bytes(sub, walk.defects)
    else:  # message/delivery-status and the like: blocks of header fields
        blocks = payload if isinstance(payload, list) else [sub] if sub is not None else []
        data = b"\n".join(_header_block(b) for b in blocks if isinstance(b, Message))
    walk.attach(_filename(part, walk.defects), ctype, data)


def _header_block(msg: Message) -> bytes:
    lines = "".join(f"{name}: {value}\n" for name, value in msg.raw_items())
    return lines.encode("utf-8", "surrogateescape")


def _message_bytes(msg: Message, defects: list[str]) -> bytes:
    try:
        return msg.as_bytes()
    except (UnicodeError, LookupError, ValueError, TypeError):
        defects.append("embedded message could not be serialized")
        return b""
    except RecursionError:  # a message forwarded inside itself hundreds of times
        defects.append("embedded message nested too deeply to keep (raw bytes have it)")
        return b""


def _extract_uu(text: str, walk: _Walk) -> str:
    """Inline uuencoded files ("begin 644 name" ... "end") become attachments."""
    if "begin " not in text:
        return text

    def cut(m: re.Match[str]) -> str:
        data = _uudecode(m[2].splitlines())
        if data is None:
            walk.defects.append("bad inline uuencode left in text")
            return m[0]
        name = m[1].strip()
        ctype = mimetypes.guess_type(name)[0] or "application/octet-stream"
        walk.attach(name, ctype, data)
        return ""

    return _UU_BLOCK.sub(cut, text)


# ---------------------------------------------------------------- assembly

_DEFECT_WORDS = re.compile(r"(?<!^)(?=[A-Z])")


def _defect_text(defect: object) -> str:
    name = type(defect).__name__.removesuffix("Defect")
    return {
        "CloseBoundaryNotFound": "missing final boundary",
        "StartBoundaryNotFound": "start boundary not found",
        "MissingHeaderBodySeparator": "missing header/body separator",
    }.get(name) or _DEFECT_WORDS.sub(" ", name).lower()


_NO_HINT = {"us-ascii", "utf-8", "utf8", "iso-8859-1", "windows-1252", "cp1252"}


def _charset_hint(raw_headers: dict[str, list[str]]) -> str | None:
    """A non-Latin charset the sender's client used for the Subject or From encoded words.

    Mail without any charset on the body is common from Chinese and Russian webmail; the
    headers written by the same client name the charset the body uses as well.
    """
    for name in ("subject", "from"):
        for value in raw_headers.get(name, ()):
            for m in _ENCODED_WORD.finditer(value):
                charset = _charset_name(m[1].split("*", 1)[0])
                if charset and charset.lower() not in _NO_HINT:
                    return charset
    return None


def _build(
    msg: Message, *, limits: _Limits, depth: int, size: int, headers_only: bool = False
) -> ParsedMail:
    headers: dict[str, list[str]] = {}
    raw: dict[str, list[str]] = {}
    for name, value in msg.raw_items():
        key = name.strip().lower()
        raw.setdefault(key, []).append(value)
        headers.setdefault(key, []).append(_header_text(value))

    def first(name: str) -> str:
        values = headers.get(name)
        return values[0] if values else ""

    walk = _Walk(limits=limits, depth=depth, hint=_charset_hint(raw))
    if not headers_only:
        _visit(msg, walk, level=0)
    plain = "\n\n".join(p.strip("\n") for p in walk.plain if p.strip())
    html = "\n".join(walk.html) or None
    if plain:
        text = plain.rstrip()
    elif html:
        text = _html_to_text(html)
    else:
        text = ""

    senders = _addresses(raw.get("from", []))
    from_name, from_addr = senders[0] if senders else (_one_line(first("from")), "")
    reply_to = _addresses(raw.get("reply-to", []))
    msg_ids = _ids(first("message-id")) or first("message-id").split()[:1]
    reply_ids = _ids(first("in-reply-to"))
    content_type = msg.get_content_type()
    report_type = msg.get_param("report-type") if content_type == "multipart/report" else None

    return ParsedMail(
        message_id=msg_ids[0] if msg_ids else None,
        in_reply_to=reply_ids[0] if reply_ids else None,
        references=tuple(i for v in headers.get("references", []) for i in _ids(v)),
        from_addr=from_addr,
        from_name=from_name,
        reply_to=reply_to[0][1] if reply_to else None,
        to=tuple(a for _, a in _addresses(raw.get("to", []))),
        cc=tuple(a for _, a in _addresses(raw.get("cc", []))),
        subject=_one_line(first("subject")),
        date=_date(first("date")),
        headers={k: tuple(v) for k, v in headers.items()},
        content_type=content_type,
        text=text,
        html=html,
        attachments=tuple(walk.attachments),
        forwarded=tuple(walk.forwarded),
        report_type=report_type.strip().lower() if isinstance(report_type, str) else None,
        defects=tuple(dict.fromkeys(walk.defects)),
        size=size,
    )


def parse(
    raw: bytes,
    *,
    max_attachment_bytes: int = 20 * 1024 * 1024,
    max_attachments: int = 50,
) -> ParsedMail:
    """Parse one message; raises ParseError only when `raw` is not a mail at all (see there)."""
    if not raw.strip():
        raise ParseError("empty message")
    # A blank line before the headers (seen from import tools) would turn them into body.
    start = len(raw) - len(raw.lstrip(b"\r\n"))
    try:
        msg = _PARSER.parsebytes(raw[start:])
    except RecursionError as exc:
        raise ParseError("MIME structure nested too deeply to parse") from exc
    if not msg.keys():
        raise ParseError("no header fields: not a mail message")
    limits = _Limits(attachment_bytes=max_attachment_bytes, attachments=max_attachments)
    return _build(msg, limits=limits, depth=0, size=len(raw))
