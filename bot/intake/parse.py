"""Bytes -> ParsedMail. (First cut: to be hardened for broken charsets, HTML, attachments.)"""

from __future__ import annotations

from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import getaddresses, parseaddr

from bs4 import BeautifulSoup

from bot.mail import ParsedMail

_PARSER = BytesParser(policy=policy.default)


def _ids(value: str | None) -> tuple[str, ...]:
    return tuple(v.strip("<>") for v in (value or "").split() if v.strip("<>"))


def parse(raw: bytes, *, max_attachment_bytes: int = 20 * 1024 * 1024) -> ParsedMail:
    msg: EmailMessage = _PARSER.parsebytes(raw)  # type: ignore[assignment]
    headers: dict[str, list[str]] = {}
    for name, value in msg.items():
        headers.setdefault(name.lower(), []).append(str(value))
    name, addr = parseaddr(str(msg.get("From", "")))
    body = msg.get_body(("plain", "html"))
    text, html = "", None
    if body is not None:
        content = body.get_content()
        if body.get_content_subtype() == "html":
            html = content
            text = BeautifulSoup(content, "html.parser").get_text("\n", strip=True)
        else:
            text = content
    return ParsedMail(
        message_id=(_ids(msg.get("Message-ID")) or (None,))[0],
        in_reply_to=(_ids(msg.get("In-Reply-To")) or (None,))[0],
        references=_ids(msg.get("References")),
        from_addr=addr.lower(),
        from_name=name,
        reply_to=parseaddr(str(msg.get("Reply-To", "")))[1].lower() or None,
        to=tuple(a.lower() for _, a in getaddresses([str(v) for v in msg.get_all("To", [])])),
        cc=tuple(a.lower() for _, a in getaddresses([str(v) for v in msg.get_all("Cc", [])])),
        subject=str(msg.get("Subject", "")),
        date=None,
        headers={k: tuple(v) for k, v in headers.items()},
        content_type=msg.get_content_type(),
        text=text,
        html=html,
        report_type=msg.get_param("report-type") if msg.get_content_type() == "multipart/report" else None,
        size=len(raw),
    )
