"""Compose outgoing mail: Jinja templates per language -> subject, text, HTML -> EmailMessage.

Templates live in ``templates/<lang>/<purpose>.{subject,txt,html}.j2`` at the repository root;
``settings.templates.override_dir`` is searched first, with the same layout, so an administrator
can replace any single template (or ``_layout.html.j2``) without touching the others.

Context keys (the pipeline passes them; ``render`` fills the ones marked * from settings
when they are missing). A key marked "L" may be a plain string or a ``{lang: text}`` dict
(as in the settings: organisation.name, categories[x].label, categories[x].appeal_route); each
language version of the mail then picks its own text.

=================  ==========================================================  ===============
key                meaning                                                      used by
=================  ==========================================================  ===============
case_number        "PLT-2026-000901"; every subject starts with "[<number>] "   all
received_at        when the citizen's mail arrived: datetime (aware, as in      all
                   bot.models; naive = UTC) or date; shown in Europe/Brussels
organisation_name  L * the administration's name                               all
procedure_url      * the public page describing the complaint procedure        ack_*
contact_address    * the address citizens write to (settings.smtp.from_address)  ack_*
citizen_name       display name of the citizen, "" when unknown                 all
due_date           date by which the reasoned answer will be sent               ack_complaint
category_label     L the service/subject area ("Pensions", "Pensioenen" …)       ack_appeal,
                                                                                forward_appeal
appeal_route       L where, how and within which deadline an appeal is lodged   ack_appeal
                   (categories[x].appeal_route); "" -> generic sentence
information_service name or address of the information service                ack_information,
                                                                                forward_information
sender             the citizen's address                                        forward_*
subject            the citizen's original subject (may be "")                   forward_*
citizen_text       the citizen's message as plain text                          forward_*
=================  ==========================================================  ===============

``render`` also sets ``lang`` for each language version, and templates can use the filters
``longdate`` ("3 mars 2026" / "3 maart 2026" / "3. März 2026" / "3 March 2026") and ``localtime``.

Header safety: every header value that may come from citizen text (names, subjects, addresses,
message ids) goes through ``clean_header`` or a strict validator; CR/LF never reach our headers.
"""

from __future__ import annotations

import hashlib
import mimetypes
import re
import secrets
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, date, datetime
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime
from functools import lru_cache
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from bot.settings import Settings

TEMPLATE_DIR = Path(__file__).resolve().parents[2] / "templates"
PURPOSES = (
    "ack_complaint",
    "ack_appeal",
    "forward_appeal",
    "ack_information",
    "forward_information",
    # case handling (bot.handling)
    "assignment",
    "final_answer",
    "inadmissible",
    "extension_notice",
    "ask_details",
    "reminder",
    "escalation",
    "digest",
    "command_refused",
    "command_done",
)
LOCALISED_KEYS = ("organisation_name", "category_label", "appeal_route", "information_service")
TEXT_SEPARATOR = "\n\n" + "-" * 64 + "\n\n"
SUBJECT_SEPARATOR = " / "
LOOP_HEADER = "X-Complaintbot-Loop"
MAX_SUBJECT = 250  # RFC 5322 §2.1.1: lines SHOULD stay under 78; folding handles the rest
BRUSSELS = ZoneInfo("Europe/Brussels")

_MONTHS = {
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "en": "January February March April May June July August September October November December",
}


# --------------------------------------------------------------------------- header safety

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


def token_for(key: str) -> str:
    """A stable token derived from an outbox key, so a retried step builds the same Message-ID."""
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


_MID_RE = re.compile(
    r"^(?P<prefix>[a-z0-9-]+)\.(?P<number>[a-z0-9-]+)\.(?P<token>[a-z0-9]+)@(?P<domain>.+)$"
)


def parse_message_id(value: str, domain: str) -> tuple[str, str, str] | None:
    """(prefix, case number lower-cased, token) when `value` is one of ours for `domain`."""
    mid = clean_msg_id(value)
    m = _MID_RE.match(mid.lower()) if mid else None
    if not m or m["domain"] != domain.lower():
        return None
    return m["prefix"], m["number"], m["token"]


# --------------------------------------------------------------------------- rendering


def _as_local(value: date | datetime, tz: ZoneInfo = BRUSSELS) -> datetime | date:
    if isinstance(value, datetime):
        aware = value if value.tzinfo else value.replace(tzinfo=UTC)  # naive = UTC
        return aware.astimezone(tz)
    return value


def longdate(value: date | datetime, lang: str) -> str:
    """A date written out in `lang`, in Brussels time for datetimes."""
    d = _as_local(value)
    month = _MONTHS.get(lang, _MONTHS["en"]).split()[d.month - 1]
    if lang == "de":
        return f"{d.day}. {month} {d.year}"
    if lang == "fr" and d.day == 1:
        return f"1er {month} {d.year}"
    return f"{d.day} {month} {d.year}"


def localtime(value: date | datetime) -> str:
    """HH:MM in Brussels time for a datetime; "" for a plain date (templates test for it)."""
    if not isinstance(value, datetime):
        return ""
    return _as_local(value).strftime("%H:%M")


@lru_cache(maxsize=8)
def _environment(override_dir: str | None) -> Environment:
    paths = [override_dir] if override_dir else []
    paths.append(str(TEMPLATE_DIR))
    env = Environment(
        loader=FileSystemLoader(paths),
        undefined=StrictUndefined,
        # HTML templates only: text and subject must not turn "&" into "&amp;".
        autoescape=lambda name: bool(name and name.endswith(".html.j2")),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
        auto_reload=False,
    )
    env.filters["longdate"] = longdate
    env.filters["localtime"] = localtime
    return env


def environment(settings: Settings | None = None) -> Environment:
    """The Jinja environment: override_dir (if set) first, then the repository's templates."""
    override = None
    if settings is not None and settings.templates.override_dir:
        override = str(settings.resolve(settings.templates.override_dir))
    return _environment(override)


def _localise(value: Any, lang: str) -> Any:
    if isinstance(value, Mapping):
        for candidate in (lang, "fr", "nl"):
            if value.get(candidate):
                return value[candidate]
        return next(iter(value.values()), "")
    return value


def _defaults(settings: Settings | None) -> dict[str, Any]:
    if settings is None:
        return {}
    return {
        "organisation_name": dict(settings.organisation.name),
        "procedure_url": settings.organisation.procedure_url,
        "contact_address": settings.smtp.from_address,
    }


def render(
    purpose: str,
    *,
    languages: Sequence[str],
    context: Mapping[str, Any],
    settings: Settings | None = None,
    logo_cid: str | None = None,
) -> tuple[str, str, str]:
    """(subject, text, html) for `purpose` in each of `languages`, one after the other.

    Several languages (unclear language -> settings.organisation.fallback_languages, FR+NL):
    subjects are joined with " / " (the "[number] " prefix is kept once), texts with a rule line,
    HTML fragments inside one layout. A missing context key raises jinja2.UndefinedError.
    """
    if purpose not in PURPOSES:
        raise ValueError(f"unknown purpose {purpose!r}; known: {', '.join(PURPOSES)}")
    langs = list(dict.fromkeys(languages))
    if not langs:
        raise ValueError("at least one language is required")
    env = environment(settings)
    subjects: list[str] = []
    texts: list[str] = []
    fragments: list[Markup] = []
    base = {**_defaults(settings), **context}
    for lang in langs:
        ctx = {k: (_localise(v, lang) if k in LOCALISED_KEYS else v) for k, v in base.items()}
        ctx["lang"] = lang
        subjects.append(clean_header(env.get_template(f"{lang}/{purpose}.subject.j2").render(ctx)))
        texts.append(env.get_template(f"{lang}/{purpose}.txt.j2").render(ctx).strip())
        fragments.append(Markup(env.get_template(f"{lang}/{purpose}.html.j2").render(ctx)))
    subject = _join_subjects(subjects)
    text = TEXT_SEPARATOR.join(texts) + "\n"
    html = env.get_template("_layout.html.j2").render(
        parts=fragments, langs=langs, title=subject, logo_cid=logo_cid
    )
    return subject, text, html


def _join_subjects(subjects: list[str]) -> str:
    first = subjects[0]
    prefix = first[: first.index("] ") + 2] if first.startswith("[") and "] " in first else ""
    rest = [s[len(prefix) :] if prefix and s.startswith(prefix) else s for s in subjects[1:]]
    return clean_header(SUBJECT_SEPARATOR.join([first, *rest]))


# --------------------------------------------------------------------------- message


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
    """
    msg = EmailMessage(policy=policy.SMTP)
    msg["From"] = Address(
        display_name=clean_header(settings.smtp.from_name, limit=200),
        addr_spec=clean_address(settings.smtp.from_address),
    )
    msg["To"] = Address(
        display_name=clean_header(to_name, limit=200), addr_spec=clean_address(to_addr)
    )
    if reply_to:
        msg["Reply-To"] = clean_address(reply_to)
    msg["Subject"] = clean_header(subject)
    when = date or datetime.now(UTC)
    when = when if when.tzinfo else when.replace(tzinfo=UTC)  # naive = UTC
    msg["Date"] = format_datetime(when.astimezone(BRUSSELS).replace(microsecond=0))
    mid = clean_msg_id(message_id)
    if mid is None:
        raise ValueError(f"invalid Message-ID {message_id!r}")
    msg["Message-ID"] = f"<{mid}>"
    parent = clean_msg_id(in_reply_to)
    refs = [r for r in (clean_msg_id(x) for x in references) if r]
    if parent and parent not in refs:
        refs.append(parent)
    if parent:
        msg["In-Reply-To"] = f"<{parent}>"
    if refs:
        # RFC 5322 §3.6.4; keep the thread root and the last few, as MUAs do.
        kept = refs if len(refs) <= 10 else [refs[0], *refs[-9:]]
        msg["References"] = " ".join(f"<{r}>" for r in kept)
    if auto_submitted not in {"auto-replied", "auto-generated"}:
        raise ValueError("auto_submitted must be auto-replied or auto-generated (RFC 3834 §5)")
    msg["Auto-Submitted"] = auto_submitted
    msg[LOOP_HEADER] = clean_header(settings.organisation.domain, limit=250)
    # Outlook/Exchange: do not send out-of-office, read receipts or other auto-replies to us.
    msg["X-Auto-Response-Suppress"] = "All"
    if auto_submitted == "auto-replied":
        msg["Precedence"] = "auto_reply"  # older vacation programs look at this, not RFC 3834
    msg.set_content(text, subtype="plain", charset="utf-8", cte="quoted-printable")
    if html is not None:
        msg.add_alternative(html, subtype="html", charset="utf-8", cte="quoted-printable")
        logo = _logo(settings)
        if logo is not None and logo_cid:
            data, maintype, subtype, filename = logo
            html_part = msg.get_payload()[1]
            html_part.add_related(
                data,
                maintype=maintype,
                subtype=subtype,
                cid=f"<{logo_cid}>",
                filename=filename,
                disposition="inline",
            )
    return msg


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


def compose(
    settings: Settings,
    purpose: str,
    *,
    languages: Sequence[str],
    context: Mapping[str, Any],
    to_addr: str,
    message_id: str,
    to_name: str = "",
    in_reply_to: str | None = None,
    references: Iterable[str] = (),
    reply_to: str | None = None,
    date: datetime | None = None,
) -> EmailMessage:
    """render + build_message in one call: what the pipeline normally uses."""
    cid = logo_cid_for(settings)
    subject, text, html = render(
        purpose, languages=languages, context=context, settings=settings, logo_cid=cid
    )
    return build_message(
        settings,
        to_addr=to_addr,
        to_name=to_name,
        subject=subject,
        text=text,
        html=html,
        message_id=message_id,
        in_reply_to=in_reply_to,
        references=references,
        reply_to=reply_to,
        auto_submitted="auto-generated" if purpose.startswith("forward_") else "auto-replied",
        date=date,
        logo_cid=cid,
    )
