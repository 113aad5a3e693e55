"""Classifier fixtures for unit tests: the shipped rules, a ParsedMail from a few fields."""

from __future__ import annotations

from pathlib import Path

from bot.classify import Classifier, load_rules
from bot.mail import ParsedMail
from bot.numbers import CaseNumberFormat

ROOT = Path(__file__).resolve().parents[2]
RULES = ROOT / "config" / "rules.toml"
DOMAIN = "federal.example.be"
LANGS = ["fr", "nl", "de", "en"]


def classifier() -> Classifier:
    """The classifier as the service builds it from config/rules.toml (with the text model)."""
    return Classifier(load_rules(RULES), CaseNumberFormat(), DOMAIN, LANGS)


def parsed_mail(
    subject: str,
    text: str,
    *,
    sender: str = "citizen@example.org",
    headers: dict[str, str] | None = None,
    in_reply_to: str | None = None,
    references: tuple[str, ...] = (),
    reply_to: str | None = None,
    report_type: str | None = None,
    content_type: str = "text/plain",
    html: str | None = None,
    forwarded: tuple[ParsedMail, ...] = (),
) -> ParsedMail:
    """A mail to the complaints mailbox as the parser would give it."""
    hdrs = {k.lower(): (v,) for k, v in (headers or {}).items()}
    return ParsedMail(
        message_id="m1@example.org",
        in_reply_to=in_reply_to,
        references=references,
        from_addr=sender,
        from_name="",
        reply_to=reply_to,
        to=(f"plaintes.klachten@{DOMAIN}",),
        cc=(),
        subject=subject,
        date=None,
        headers=hdrs,
        content_type=content_type,
        text=text,
        html=html,
        forwarded=forwarded,
        report_type=report_type,
    )
