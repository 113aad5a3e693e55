"""Built-in checks a rule names with `check = "..."`: tests that keywords cannot express.

Each check takes the mail view and returns a reason when it fires, else None.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.mail import ParsedMail
from bot.numbers import CaseNumberFormat

_URL_HOST = re.compile(r"https?://([a-z0-9.-]+)", re.IGNORECASE)
_OUR_ID = re.compile(r"^[a-z0-9_-]+\.(?P<rest>.+)@(?P<domain>[^@>\s]+)$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Context:
    """What the checks need beyond the mail: our domain, case numbers, the chain's lists."""

    domain: str
    number_format: CaseNumberFormat
    loop_header: str
    trusted_form_senders: frozenset[str]
    protected_names: tuple[str, ...]
    trusted_domains: tuple[str, ...]


def our_reference(mail: ParsedMail, ctx: Context) -> tuple[str, str] | None:
    """(case number, message id) when In-Reply-To/References point at a mail we sent.

    Our Message-IDs are ``<purpose.plt-2026-000901[.anything]@our-domain>``.
    """
    ids = ([mail.in_reply_to] if mail.in_reply_to else []) + list(reversed(mail.references))
    for msgid in ids:
        m = _OUR_ID.match(msgid.strip("<> "))
        if m and m["domain"].lower() == ctx.domain:
            found = ctx.number_format.find(m["rest"])
            if found:
                return found[0].number, msgid
    return None


def is_delivery_report(mail: ParsedMail) -> str | None:
    """A delivery status notification (RFC 3464), or a feedback loop's report about a mail
    we sent (ARF, RFC 5965: "this recipient marked your mail as spam"): machine mail about
    our mail, filed like a bounce, never a citizen's complaint."""
    report_type = (mail.report_type or "").lower()
    if report_type == "delivery-status":
        return "multipart/report; report-type=delivery-status (RFC 3464)"
    if report_type == "feedback-report":
        return "multipart/report; report-type=feedback-report (RFC 5965)"
    for att in mail.attachments:
        ctype = att.content_type.lower()
        if ctype in {"message/delivery-status", "message/global-delivery-status"}:
            return f"{att.content_type} part (RFC 3464)"
        if ctype == "message/feedback-report":
            return f"{att.content_type} part (RFC 5965)"
    return None


def _domain_trusted(host: str, trusted: tuple[str, ...]) -> bool:
    return any(host == t or host.endswith("." + t) for t in trusted)


def link_hosts(text: str) -> list[str]:
    """The hosts of the http(s) links in `text`, as written."""
    # Most mail has no link: a plain "://" scan is far cheaper than the case-blind regex.
    return _URL_HOST.findall(text) if "://" in text else []


def lookalike_hosts(mail: ParsedMail, ctx: Context) -> list[str]:
    """Sender or link hosts borrowing a protected name (itsme, belgium, minfin…), not ours."""
    hosts = {mail.from_addr.rpartition("@")[2]} if "@" in mail.from_addr else set()
    hosts.update(h.lower().rstrip(".") for h in link_hosts(mail.text[:20000]))
    if mail.html:
        hosts.update(h.lower().rstrip(".") for h in link_hosts(mail.html[:50000]))
    bad = []
    for host in sorted(hosts):
        if not host or _domain_trusted(host, ctx.trusted_domains):
            continue
        if any(name in host for name in ctx.protected_names):
            bad.append(host)
    return bad
