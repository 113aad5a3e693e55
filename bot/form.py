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
from collections import OrderedDict, deque
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
from starlette.types import ASGIApp, Message, Receive, Scope, Send

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
# Everything str.splitlines() breaks on, plus format characters (bidi overrides): a header
# field is one line (RFC 5322 §2.2), and email refuses a value it would split.
_LINE_BREAKS = re.compile(r"[\r\n\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
_BODY_BREAKS = re.compile(r"\r\n?|[\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; "
    "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)


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
    """At most `limit` submissions per key in a sliding `window` (in this process).

    Memory is bounded: a refused or merely checked key stores nothing, and at most
    `max_keys` keys are kept (the least recently used go first), whatever a flood of
    addresses or clients sends (issue 12 point 6).
    """

    def __init__(
        self,
        limit: int,
        window: float,
        clock: Callable[[], float] = time.monotonic,
        *,
        max_keys: int = 10_000,
    ):
        self.limit, self.window, self.clock = limit, window, clock
        self.max_keys = max_keys
        self._hits: OrderedDict[str, deque[float]] = OrderedDict()

    def _recent(self, key: str, now: float) -> int:
        hits = self._hits.get(key)
        if hits is None:
            return 0
        while hits and now - hits[0] > self.window:
            hits.popleft()
        if not hits:
            del self._hits[key]
            return 0
        return len(hits)

    def blocked(self, *keys: str) -> bool:
        """Would a submission under `keys` be refused now? (Records nothing.)"""
        now = self.clock()
        return any(self._recent(key, now) >= self.limit for key in keys)

    def allow(self, *keys: str) -> bool:
        """Count one submission under every key, unless one of them is at its limit."""
        if self.blocked(*keys):
            return False
        now = self.clock()
        for key in keys:
            hits = self._hits.setdefault(key, deque())
            hits.append(now)
            self._hits.move_to_end(key)
        while len(self._hits) > self.max_keys:
            self._hits.popitem(last=False)
        return True

    def __len__(self) -> int:
        return len(self._hits)


class BodyTooLarge(Exception):
    """The request body went over the hard cap while it was being read."""


def capped(receive: Receive, limit: int) -> Receive:
    """`receive` that counts the body as it streams in and stops past `limit` bytes, whatever
    Content-Length said (or with chunked encoding, when it says nothing)."""
    seen = 0

    async def inner() -> Message:
        nonlocal seen
        message = await receive()
        if message["type"] == "http.request":
            seen += len(message.get("body", b""))
            if seen > limit:
                raise BodyTooLarge(f"request body over {limit} bytes")
        return message

    return inner


def security_headers(app: ASGIApp) -> ASGIApp:
    """Every answer carries the security headers (errors, redirects and 404 included), and an
    exception becomes a plain 500 with them, never a bare traceback page."""
    static = [
        (b"content-security-policy", CSP.encode()),
        (b"x-content-type-options", b"nosniff"),
        (b"x-frame-options", b"DENY"),
        (b"referrer-policy", b"same-origin"),
    ]

    async def wrapped(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await app(scope, receive, send)
            return
        started = False
        tls = scope.get("scheme") == "https"

        async def send_with_headers(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                have = {k.lower() for k, _ in message.get("headers", [])}
                extra = [(k, v) for k, v in static if k not in have]
                if tls:  # only over TLS (RFC 6797 §7.2: ignored over plain HTTP anyway)
                    extra.append((b"strict-transport-security", b"max-age=31536000"))
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        try:
            await app(scope, receive, send_with_headers)
        except Exception:  # noqa: BLE001 - logged; the client gets a 500 with the headers
            log.exception("form: unhandled error")
            if not started:
                await send_with_headers(
                    {
                        "type": "http.response.start",
                        "status": 500,
                        "headers": [(b"content-type", b"text/plain; charset=utf-8")],
                    }
                )
                await send({"type": "http.response.body", "body": b"internal error"})

    return wrapped


# -- the message --------------------------------------------------------------------------------
def _clean(value: str, limit: int) -> str:
    """A one-line field: line breaks of every kind become spaces, control characters go."""
    return _CONTROL.sub("", _LINE_BREAKS.sub(" ", value)).strip()[:limit]


def clean_text(value: str) -> str:
    """The complaint text: every line-break convention (CR, U+0085, U+2028 …) becomes "\n";
    other control characters go (tab kept)."""
    return _CONTROL.sub("", _BODY_BREAKS.sub("\n", value)).strip()


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
    msg["From"] = Address(display_name=_clean(name, 200), username=local, domain=dom)
    msg["To"] = to_addr
    msg["Subject"] = _clean(subject, 200)
    msg["Date"] = format_datetime(now)
    msg["Message-ID"] = make_msgid("form", domain=domain)
    msg["Content-Language"] = lang
    msg["X-Complaintbot-Channel"] = "form"
    # The heading says in the citizen's language what this is: the classifier reads it as any
    # other wording (the form is a complaint form; the pipeline may still decide otherwise).
    body = f"{i18n.t(i18n.FORM, 'mail_heading', lang)}\n\n{clean_text(text)}\n"
    msg.set_content(body)
    for filename, ctype, data in attachments:
        maintype, _, subtype = (ctype or "application/octet-stream").partition("/")
        if not subtype:
            maintype, subtype = "application", "octet-stream"
        msg.add_attachment(
            data, maintype=maintype, subtype=subtype, filename=_clean(filename, 120) or "file"
        )
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
) -> ASGIApp:
    """The Starlette application around a built bot.app.App (engine, pipeline context),
    wrapped so that every answer carries the security headers."""
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
        T = {
            k: i18n.t(i18n.PUBLIC, k, lang)
            for k in ("skip", "languages", "logo_alt", "privacy_short", "privacy_more")
        }
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
            "privacy_url": settings.link("privacy", lang),
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
        resp.headers["Cache-Control"] = "no-store"  # the others: `security_headers`, every answer
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
        # Everything that needs no body is checked before a byte of it is read (issue 12
        # point 6): the CSRF cookie and the request's origin, the declared size, the client's
        # rate. The body is then read through a hard cap.
        token = request.cookies.get(CSRF_COOKIE)

        def refuse_csrf() -> Response:
            new = csrf.issue()
            return page(
                "form",
                context(lang, csrf_token=new, general_error=i18n.t(i18n.FORM, "err_csrf", lang)),
                status=403,
                token=new,
                secure=request.url.scheme == "https",
            )

        if not token or not csrf.valid(token, token) or not _same_origin(request, rs.public_url):
            return refuse_csrf()
        too_large = page(
            "form",
            context(
                lang,
                csrf_token=token,
                general_error=i18n.t(
                    i18n.FORM, "err_file_size", lang, name="…", size=_size(max_file)
                ),
            ),
            status=413,
        )
        declared = request.headers.get("content-length")
        if declared and (not declared.isdigit() or int(declared) > max_body):
            return too_large
        client = request.client.host if request.client else "unknown"
        if limiter.blocked(f"ip:{client}"):
            return page(
                "form",
                context(lang, csrf_token=token, general_error=i18n.t(i18n.FORM, "err_rate", lang)),
                status=429,
            )
        capped_request = Request(request.scope, capped(request.receive, max_body))
        try:
            form = await capped_request.form(
                max_files=max_files + 1, max_fields=20, max_part_size=4 * rs.form_max_text_chars
            )
        except BodyTooLarge:
            return too_large
        except Exception:  # noqa: BLE001 - malformed multipart, too many parts: one answer
            return PlainTextResponse("bad request", 400)
        if not csrf.valid(token, str(form.get(CSRF_FIELD) or "")):
            return refuse_csrf()
        values = {k: str(form.get(k) or "") for k in ("name", "email", "subject", "message")}
        if str(form.get(HONEYPOT) or ""):
            log.info("form: honeypot filled from %s; ignored", request.client)
            return page("thanks", context(lang, number=None, email=""))
        errors: dict[str, str] = {}
        name = _clean(values["name"], 200)
        email = _clean(values["email"], 254).lower()
        subject = _clean(values["subject"], 200)
        text = clean_text(values["message"])
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
                safe = _clean(re.sub(r"[\\/\x00-\x1f]", "_", f.filename or "file"), 120)
                attachments.append((safe, f.content_type or "application/octet-stream", data))
        if errors:
            values["email"] = email or values["email"]
            return page(
                "form", context(lang, csrf_token=token, values=values, errors=errors), status=422
            )
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
        # A form that cannot store a complaint is not healthy: ask the database (briefly).
        try:
            await run_in_threadpool(_ping, bot_app.engine)
        except Exception as exc:  # noqa: BLE001 - any failure is the answer
            log.warning("form health: database unreachable: %s", exc)
            return PlainTextResponse("database unreachable", status_code=503)
        return PlainTextResponse("ok")

    return security_headers(
        Starlette(
            routes=[
                Route("/", root),
                Route("/healthz", health),
                Route("/form/{lang}", show, methods=["GET"]),
                Route("/form/{lang}", submit, methods=["POST"]),
            ]
        )
    )


def _ping(engine: Any) -> None:
    with engine.connect() as conn:
        conn.exec_driver_sql("SELECT 1")


def _same_origin(request: Request, public_url: str) -> bool:
    """A browser says where a POST comes from: Sec-Fetch-Site (every current browser), else
    Origin, compared with reports.public_url when it is set (behind a proxy the Host header
    may be the back end's). Another site's page posting here is refused before the body is
    read; without either header (scripts, old clients) the double-submit token decides."""
    site = request.headers.get("sec-fetch-site")
    if site is not None:
        return site in ("same-origin", "none")
    origin = request.headers.get("origin")
    if origin and public_url:
        want = "/".join(public_url.split("/", 3)[:3])  # scheme://host[:port]
        return origin.rstrip("/") == want.rstrip("/")
    return True


def _take_and_process(bot_app: Any, raw: bytes, now: datetime) -> str | None:
    """Ledger -> commit -> pipeline for this one message -> the case number (None if filed)."""
    with Session(bot_app.engine, expire_on_commit=False) as session:
        taken = ledger.take(
            session,
            RawMail(source="form", raw=raw, received_at=now),
            channel="form",
            mailbox=bot_app.ctx.settings.mailbox,
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
