"""The complaint form (circular 23289, criterion 6) over HTTP: Starlette, served by uvicorn.

A submission becomes a case through the same pipeline as a mail: the fields are turned into an
RFC 5322 message (From = the citizen, Subject, text, attachments), taken into the custody
ledger with channel "form", committed, then processed; the case number is read back from the
ledger row. The acknowledgement is the pipeline's own outbox row; the form process asks the
outbox worker to send it at once (`complaintbot run` would send it at its next tick anyway).

Protections: a signed double-submit CSRF token (cookie + hidden field, HMAC with
COMPLAINTBOT_FORM_SECRET or a per-process key, valid 2 hours); a per-address and per-client
rate limit; attachment count and size limits (storage.max_attachment_bytes) and a bound on the
request body; a honeypot field that bots fill and people do not see.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import logging
import os
import re
import secrets
import time
from collections import defaultdict, deque
from collections.abc import Callable
from datetime import UTC, datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from typing import Any

from sqlmodel import Session
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.requests import Request
from starlette.responses import HTMLResponse, PlainTextResponse, RedirectResponse, Response
from starlette.routing import Route

from bot.intake import ledger
from bot.mail import RawMail
from bot.models import Case, InboundMessage
from bot.pipeline.runner import process_pending
from bot.reports import i18n
from bot.reports.render import environment

log = logging.getLogger(__name__)

CSRF_COOKIE = "complaintbot_csrf"
CSRF_FIELD = "csrf_token"
HONEYPOT = "website"
CSRF_MAX_AGE = 2 * 3600
MIN_TEXT = 20
_EMAIL = re.compile(
    r"^[^@\s<>\"(),;:\\\[\]]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$"
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


# -- CSRF: signed double-submit token -----------------------------------------------------------
class Csrf:
    """token = nonce.timestamp.HMAC(key, nonce.timestamp); the cookie and the field must carry
    the same valid token. Signing stops an attacker who can plant a cookie (a sibling
    subdomain) from choosing a pair that matches."""

    def __init__(self, key: bytes, clock: Callable[[], float] = time.time) -> None:
        self.key = key
        self.clock = clock

    def issue(self) -> str:
        body = f"{secrets.token_urlsafe(18)}.{int(self.clock())}"
        return f"{body}.{self._sign(body)}"

    def _sign(self, body: str) -> str:
        return hmac.new(self.key, body.encode(), hashlib.sha256).hexdigest()[:32]

    def valid(self, cookie: str | None, field: str | None) -> bool:
        if not cookie or not field or not hmac.compare_digest(cookie, field):
            return False
        body, _, sig = cookie.rpartition(".")
        if not body or not hmac.compare_digest(sig, self._sign(body)):
            return False
        try:
            issued = int(body.rsplit(".", 1)[1])
        except (IndexError, ValueError):
            return False
        return 0 <= self.clock() - issued <= CSRF_MAX_AGE


def form_secret(environ: dict[str, str] | None = None) -> bytes:
    env = os.environ if environ is None else environ
    value = env.get("COMPLAINTBOT_FORM_SECRET", "")
    if value:
        if len(value) < 16:
            raise ValueError("COMPLAINTBOT_FORM_SECRET must be at least 16 characters")
        return value.encode()
    return secrets.token_bytes(32)  # per process: tokens die with a restart, which is fine


# -- rate limit ---------------------------------------------------------------------------------
class RateLimiter:
    """At most `limit` submissions per key in a sliding `window` (in this process)."""

    def __init__(self, limit: int, window: float, clock: Callable[[], float] = time.monotonic):
        self.limit, self.window, self.clock = limit, window, clock
        self._hits: dict[str, deque[float]] = defaultdict(deque)

    def allow(self, *keys: str) -> bool:
        now = self.clock()
        for key in keys:
            hits = self._hits[key]
            while hits and now - hits[0] > self.window:
                hits.popleft()
            if len(hits) >= self.limit:
                return False
        for key in keys:
            self._hits[key].append(now)
        return True


# -- the message --------------------------------------------------------------------------------
def _clean(value: str, limit: int) -> str:
    return _CONTROL.sub("", value).strip()[:limit]


def build_message(
    *,
    name: str,
    email: str,
    subject: str,
    text: str,
    lang: str,
    to_addr: str,
    domain: str,
    attachments: list[tuple[str, str, bytes]],
    now: datetime,
) -> bytes:
    """The RFC 5322 message of a form submission, as a citizen's mail would be."""
    msg = EmailMessage()
    local, _, dom = email.partition("@")
    msg["From"] = Address(display_name=name.replace("\n", " "), username=local, domain=dom)
    msg["To"] = to_addr
    msg["Subject"] = subject.replace("\n", " ").replace("\r", " ")
    msg["Date"] = format_datetime(now)
    msg["Message-ID"] = make_msgid("form", domain=domain)
    msg["Content-Language"] = lang
    msg["X-Complaintbot-Channel"] = "form"
    # The heading says in the citizen's language what this is: the classifier reads it as any
    # other wording (the form is a complaint form; the pipeline may still decide otherwise).
    body = f"{i18n.t(i18n.FORM, 'mail_heading', lang)}\n\n{text}\n"
    msg.set_content(body)
    for filename, ctype, data in attachments:
        maintype, _, subtype = (ctype or "application/octet-stream").partition("/")
        if not subtype:
            maintype, subtype = "application", "octet-stream"
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return msg.as_bytes()


def _size(n: int) -> str:
    return f"{n / 1024 / 1024:.0f} MB" if n >= 1024 * 1024 else f"{n // 1024} kB"


# -- the application ----------------------------------------------------------------------------
def create_app(  # noqa: C901 - one closure per route keeps the state in one place
    bot_app: Any,
    *,
    secret: bytes | None = None,
    send_mail: bool = True,
    clock: Callable[[], float] = time.time,
) -> Starlette:
    """The Starlette application around a built bot.app.App (engine, pipeline context)."""
    settings = bot_app.settings
    rs = settings.reports
    csrf = Csrf(secret or form_secret(), clock)
    limiter = RateLimiter(rs.form_rate_limit, rs.form_rate_window_seconds)
    env = environment(settings)
    max_file = settings.storage.max_attachment_bytes
    max_files = min(rs.form_max_attachments, settings.storage.max_attachments)
    # Bound the whole body: text fields plus the allowed attachments plus multipart overhead.
    max_body = max_files * max_file + 4 * rs.form_max_text_chars + 256 * 1024
    languages = [lang for lang in i18n.LANGS]
    pending_sends: set[asyncio.Task[Any]] = set()

    def context(lang: str, **extra: Any) -> dict[str, Any]:
        org = settings.organisation.name
        T = {k: i18n.t(i18n.PUBLIC, k, lang) for k in ("skip", "languages", "logo_alt")}
        T.update(
            {
                k: i18n.t(i18n.FORM, k, lang)
                for k in i18n.FORM
                if k
                not in (
                    "files_hint",
                    "err_short",
                    "err_long",
                    "err_file_size",
                    "err_file_count",
                    "thanks_text",
                )
            }
        )
        T["files_hint"] = i18n.t(i18n.FORM, "files_hint", lang, n=max_files, size=_size(max_file))
        return {
            "lang": lang,
            "langs": [(code, i18n.PUBLIC["lang_name"][code]) for code in languages],
            "lang_href": lambda code: f"/form/{code}",
            "T": T,
            "organisation": org.get(lang) or org.get("fr") or next(iter(org.values()), ""),
            "logo": None,
            "max_files": max_files,
            "values": {},
            "errors": {},
            "general_error": "",
            "csrf_field": CSRF_FIELD,
            "honeypot": HONEYPOT,
            **extra,
        }

    def page(
        name: str,
        ctx: dict[str, Any],
        status: int = 200,
        token: str | None = None,
        secure: bool = False,
    ) -> HTMLResponse:
        resp = HTMLResponse(env.get_template(f"public/{name}.html.j2").render(**ctx), status)
        resp.headers["Content-Security-Policy"] = (
            "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; "
            "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
        )
        resp.headers["X-Content-Type-Options"] = "nosniff"
        resp.headers["Referrer-Policy"] = "same-origin"
        resp.headers["Cache-Control"] = "no-store"
        if token:
            resp.set_cookie(
                CSRF_COOKIE,
                token,
                max_age=CSRF_MAX_AGE,
                path="/form",
                httponly=True,
                samesite="strict",
                secure=secure,
            )
        return resp

    def lang_of(request: Request) -> str | None:
        lang = request.path_params.get("lang", "")
        return lang if lang in languages else None

    async def root(request: Request) -> Response:
        accept = request.headers.get("accept-language", "").lower()
        best = next(
            (
                code
                for part in accept.split(",")
                for code in languages
                if part.strip().startswith(code)
            ),
            languages[0],
        )
        return RedirectResponse(f"/form/{best}", status_code=303)

    async def show(request: Request) -> Response:
        lang = lang_of(request)
        if lang is None:
            return PlainTextResponse("not found", 404)
        token = request.cookies.get(CSRF_COOKIE)
        if not token or not csrf.valid(token, token):
            token = csrf.issue()
        return page(
            "form",
            context(lang, csrf_token=token),
            token=token,
            secure=request.url.scheme == "https",
        )

    async def submit(request: Request) -> Response:  # noqa: C901
        lang = lang_of(request)
        if lang is None:
            return PlainTextResponse("not found", 404)
        declared = request.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > max_body:
            return page(
                "form",
                context(
                    lang,
                    csrf_token=csrf.issue(),
                    general_error=i18n.t(
                        i18n.FORM, "err_file_size", lang, name="…", size=_size(max_file)
                    ),
                ),
                status=413,
            )
        try:
            form = await request.form(
                max_files=max_files + 1, max_fields=20, max_part_size=4 * rs.form_max_text_chars
            )
        except Exception:  # noqa: BLE001 - malformed multipart, too many parts: one answer
            return PlainTextResponse("bad request", 400)
        token = request.cookies.get(CSRF_COOKIE)
        if not csrf.valid(token, str(form.get(CSRF_FIELD) or "")):
            new = csrf.issue()
            return page(
                "form",
                context(lang, csrf_token=new, general_error=i18n.t(i18n.FORM, "err_csrf", lang)),
                status=403,
                token=new,
                secure=request.url.scheme == "https",
            )
        values = {k: str(form.get(k) or "") for k in ("name", "email", "subject", "message")}
        assert token is not None
        if str(form.get(HONEYPOT) or ""):
            log.info("form: honeypot filled from %s; ignored", request.client)
            return page("thanks", context(lang, number=None, email=""))
        errors: dict[str, str] = {}
        name = _clean(values["name"], 200)
        email = _clean(values["email"], 254).lower()
        subject = _clean(values["subject"], 200)
        text = values["message"].replace("\r\n", "\n").strip()
        required = i18n.t(i18n.FORM, "err_required", lang)
        if not name:
            errors["name"] = required
        if not email:
            errors["email"] = required
        elif not _EMAIL.match(email):
            errors["email"] = i18n.t(i18n.FORM, "err_email", lang)
        if not subject:
            errors["subject"] = required
        if not text:
            errors["message"] = required
        elif len(text) < MIN_TEXT:
            errors["message"] = i18n.t(i18n.FORM, "err_short", lang, n=MIN_TEXT)
        elif len(text) > rs.form_max_text_chars:
            errors["message"] = i18n.t(i18n.FORM, "err_long", lang, n=rs.form_max_text_chars)
        files = [f for f in form.getlist("files") if isinstance(f, UploadFile) and f.filename]
        attachments: list[tuple[str, str, bytes]] = []
        if len(files) > max_files:
            errors["files"] = i18n.t(i18n.FORM, "err_file_count", lang, n=max_files)
        else:
            for f in files:
                data = await f.read(max_file + 1)
                if len(data) > max_file:
                    errors["files"] = i18n.t(
                        i18n.FORM, "err_file_size", lang, name=f.filename, size=_size(max_file)
                    )
                    break
                safe = re.sub(r"[\\/\x00-\x1f]", "_", f.filename or "file")[:120]
                attachments.append((safe, f.content_type or "application/octet-stream", data))
        if errors:
            values["email"] = email or values["email"]
            return page(
                "form", context(lang, csrf_token=token, values=values, errors=errors), status=422
            )
        client = request.client.host if request.client else "unknown"
        if not limiter.allow(f"addr:{email}", f"ip:{client}"):
            return page(
                "form",
                context(
                    lang,
                    csrf_token=token,
                    values=values,
                    general_error=i18n.t(i18n.FORM, "err_rate", lang),
                ),
                status=429,
            )
        now = datetime.now(UTC)
        raw = build_message(
            name=name,
            email=email,
            subject=subject,
            text=text,
            lang=lang,
            to_addr=settings.smtp.from_address,
            domain=settings.organisation.domain,
            attachments=attachments,
            now=now,
        )
        try:
            number = await run_in_threadpool(_take_and_process, bot_app, raw, now)
        except Exception:  # noqa: BLE001 - the citizen gets a page, the log the traceback
            log.exception("form submission could not be stored")
            return page(
                "form",
                context(
                    lang,
                    csrf_token=token,
                    values=values,
                    general_error=i18n.t(i18n.FORM, "err_failed", lang),
                ),
                status=503,
            )
        if send_mail:
            task = asyncio.get_running_loop().create_task(_send(bot_app))
            pending_sends.add(task)
            task.add_done_callback(pending_sends.discard)
        thanks = i18n.t(i18n.FORM, "thanks_text", lang, email=email)
        return page("thanks", context(lang, number=number, email=email, thanks_text=thanks))

    async def health(request: Request) -> Response:
        return PlainTextResponse("ok")

    return Starlette(
        routes=[
            Route("/", root),
            Route("/healthz", health),
            Route("/form/{lang}", show, methods=["GET"]),
            Route("/form/{lang}", submit, methods=["POST"]),
        ]
    )


def _take_and_process(bot_app: Any, raw: bytes, now: datetime) -> str | None:
    """Ledger -> commit -> pipeline for this one message -> the case number (None if filed)."""
    with Session(bot_app.engine, expire_on_commit=False) as session:
        taken = ledger.take(
            session, RawMail(source="form", raw=raw, received_at=now), channel="form"
        )
        session.commit()
    process_pending(bot_app.engine, bot_app.ctx, only=[taken.inbound_id])
    with Session(bot_app.engine) as session:
        inbound = session.get(InboundMessage, taken.inbound_id)
        if inbound is None or inbound.case_id is None:
            return None
        case = session.get(Case, inbound.case_id)
        return case.number if case else None


async def _send(bot_app: Any) -> None:
    from bot.outbox.worker import send_pending

    try:
        await send_pending(bot_app.engine, bot_app.settings)
    except Exception:  # noqa: BLE001 - the rows stay in the outbox; `run` sends them later
        log.exception("form: sending the acknowledgement failed; it stays in the outbox")
