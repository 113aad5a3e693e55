"""Who really sent a handler command: the From line read strictly, and what the mail system
proved about it (issue 12 point 1).

A reply token says which case and which handler a reply address belongs to; it leaks wherever a
staff mail is forwarded or copied. So a command is accepted only when the From address is also
*proved*: by the verdict our own mail gateway wrote (Authentication-Results, RFC 8601: DMARC
pass for the From domain, or a passing DKIM signature of that very domain), or by the bot
checking a DKIM signature itself (RFC 6376, dkimpy). "token-only" keeps the old behaviour and
is an explicit, logged choice.

Only the topmost Authentication-Results written by a trusted authserv-id counts: a gateway
prepends its header, so anything below it, or written by another server, may come from the
sender (RFC 8601 §5 and §7.2).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from email.parser import BytesHeaderParser
from email.policy import compat32
from typing import TYPE_CHECKING

import authres

from bot.handling.settings import CommandAuth

if TYPE_CHECKING:
    from bot.settings import Settings

DnsFunc = Callable[..., bytes | None]

# One address, with an optional plain or quoted display name; no comments, no groups, no
# second address, exactly one "@" (so "<a@b@c>" and '"a@b" <c@d>' are both refused).
_ATOM_NAME = r"[^<>\"@,;:()\\\[\]]*"
_QUOTED_NAME = r"\"[^\"\\@()]*\""
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
_ADDR = rf"[A-Za-z0-9!#$%&'*+/=?^_`{{|}}~.-]+@{_LABEL}(?:\.{_LABEL})+"
_STRICT_FROM = re.compile(
    rf"\s*(?:(?:{_QUOTED_NAME}|{_ATOM_NAME})\s*<(?P<addr>{_ADDR})>|(?P<bare>{_ADDR}))\s*"
)
_CONTROLS = re.compile(r"[\x00-\x08\x0a-\x1f\x7f\u0085\u2028\u2029]")


@dataclass(frozen=True, slots=True)
class Verdict:
    """Whether the sender of a command is proved, how, and why not (shown in the refusal)."""

    ok: bool
    method: str
    reason: str


def strict_from(values: tuple[str, ...] | list[str]) -> tuple[str | None, str]:
    """(lower-cased address, "") for an unambiguous From line, else (None, why it is refused).

    `values`: every From header of the mail (decoded text). Several From headers, several
    addresses, several "@", comments or a display name that holds an address are refused: a
    reader and the bot must not be able to disagree on who sent the mail.
    """
    if len(values) != 1:
        return None, f"{len(values)} From lines; exactly one is needed"
    value = values[0].replace("\r\n", "").replace("\n", "")
    if _CONTROLS.search(value):
        return None, "control characters in the From line"
    if value.count("@") != 1:
        return None, "the From line must hold exactly one '@'"
    if "(" in value or ")" in value:
        return None, "comments are not accepted in the From line of a command"
    m = _STRICT_FROM.fullmatch(value)
    if m is None:
        return None, "the From line is not one plain address"
    return (m["addr"] or m["bare"]).lower(), ""


def header_values(raw: bytes, name: str) -> list[str]:
    """Every `name` header of the raw message, top to bottom, unfolded (no body read)."""
    msg = BytesHeaderParser(policy=compat32).parsebytes(raw)
    return [str(v).replace("\r\n", " ").replace("\n", " ") for v in msg.get_all(name, [])]


def method_for(settings: Settings, domain: str) -> CommandAuth:
    """The method configured for senders of `domain` (command_auth_by_domain, else command_auth)."""
    hs = settings.handling
    by_domain = {d.lower(): m for d, m in hs.command_auth_by_domain.items()}
    return by_domain.get(domain.lower(), hs.command_auth)


def check(
    settings: Settings, raw: bytes, sender: str, *, dnsfunc: DnsFunc | None = None
) -> Verdict:
    """Is `sender` (already read with `strict_from`) proved by the mail system for `raw`?"""
    domain = sender.rpartition("@")[2].lower()
    method = method_for(settings, domain)
    if method is CommandAuth.TOKEN_ONLY:
        return Verdict(True, method.value, "token only (handling.command_auth)")
    if method is CommandAuth.AUTH_RESULTS:
        trusted = settings.handling.trusted_authserv_ids
        return authentication_results(header_values(raw, "Authentication-Results"), domain, trusted)
    return dkim_signature(raw, domain, dnsfunc=dnsfunc or pinned_dns(settings))


def authentication_results(values: list[str], domain: str, trusted: list[str]) -> Verdict:
    """The verdict of the topmost Authentication-Results written by a trusted authserv-id."""
    method = CommandAuth.AUTH_RESULTS.value
    if not trusted:
        return Verdict(False, method, "no trusted authserv-id is configured")
    ids = {t.lower() for t in trusted}
    for value in values:
        try:
            header = authres.AuthenticationResultsHeader.parse(f"Authentication-Results: {value}")
        except authres.AuthResError:
            continue  # unreadable: cannot be ours (a trusted gateway writes valid headers)
        if str(header.authserv_id).lower() not in ids:
            continue
        return _judge(header, domain)
    return Verdict(False, method, "no Authentication-Results from a trusted mail server")


def _judge(header: authres.AuthenticationResultsHeader, domain: str) -> Verdict:
    method = CommandAuth.AUTH_RESULTS.value
    for result in header.results:
        kind = str(result.method).lower()
        if str(result.result).lower() != "pass" or kind not in ("dmarc", "dkim"):
            continue
        props = {f"{p.type}.{p.name}".lower(): str(p.value).lower() for p in result.properties}
        if kind == "dmarc" and props.get("header.from") == domain:
            return Verdict(True, method, f"dmarc=pass for {domain} ({header.authserv_id})")
        # Strict alignment: the signing domain is the From domain itself.
        if kind == "dkim" and props.get("header.d") == domain:
            return Verdict(True, method, f"dkim=pass for {domain} ({header.authserv_id})")
    return Verdict(False, method, f"the mail server did not prove the sender domain {domain}")


def dkim_signature(raw: bytes, domain: str, *, dnsfunc: DnsFunc) -> Verdict:
    """A valid DKIM signature (RFC 6376) by `domain` itself that covers the whole body."""
    import dkim  # dkimpy: imported here, only command mails need it

    method = CommandAuth.DKIM.value
    signer = dkim.DKIM(raw)
    count = sum(1 for name, _ in signer.headers if name.lower() == b"dkim-signature")
    if count == 0:
        return Verdict(False, method, "the mail has no DKIM signature")
    for idx in range(count):
        try:
            ok = signer.verify(idx=idx, dnsfunc=dnsfunc)
        except dkim.DKIMException:
            continue
        signed_by = (signer.domain or b"").decode("ascii", "replace").lower()
        # l= lets anyone append text below the signed part: not good enough for a command.
        if ok and signed_by == domain and b"l" not in (signer.signature_fields or {}):
            return Verdict(True, method, f"DKIM signature of {domain} verified")
    return Verdict(False, method, f"no valid DKIM signature of {domain}")


def pinned_dns(settings: Settings) -> DnsFunc:
    """The key look-up for DKIM: the keys pinned in handling.dkim_public_keys when any are
    configured (then nothing else is trusted), else DNS (dkimpy's resolver)."""
    pinned = {k.lower().rstrip("."): v for k, v in settings.handling.dkim_public_keys.items()}
    if not pinned:
        import dkim

        return dkim.dnsplug.get_txt
    return static_dns(pinned)


def static_dns(records: Mapping[str, str]) -> DnsFunc:
    """A resolver that answers TXT look-ups from `records` only (name -> TXT text)."""

    def lookup(name: bytes | str, timeout: int = 5) -> bytes | None:
        key = (name.decode("ascii", "replace") if isinstance(name, bytes) else name).lower()
        value = records.get(key.rstrip("."))
        return value.encode("ascii") if value is not None else None

    return lookup


def feedback_reporter(settings: Settings, raw: bytes) -> Verdict:
    """Is the feedback report (ARF, RFC 5965) `raw` from a feedback loop we registered with
    (smtp.feedback_loop_senders), its From proved by the mail system as for a command? Anyone
    can write a report naming anyone; only a proved loop's report may stop our mail.
    "token-only" proves nothing here (a report carries no token): such a loop's domain needs
    its own method in handling.command_auth_by_domain."""
    method = "feedback_loop"
    sender, why = strict_from(header_values(raw, "From"))
    if sender is None:
        return Verdict(False, method, why)
    if not settings.smtp.trusts_feedback_sender(sender):
        return Verdict(False, method, f"{sender} is not in smtp.feedback_loop_senders")
    if method_for(settings, sender.rpartition("@")[2]) is CommandAuth.TOKEN_ONLY:
        return Verdict(False, method, f"nothing proves {sender} (token-only)")
    return check(settings, raw, sender)
