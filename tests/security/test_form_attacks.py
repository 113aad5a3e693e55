"""Attacks on the complaint form (issue 12 point 6), against the form served by a real uvicorn
on loopback, with the real pipeline behind it (SQLite and PostgreSQL) and the SMTP sink.

One test per attack: the answer code, the security headers, and that no case was made and
nothing was mailed where it must not be.
"""

from __future__ import annotations

import socket
from collections.abc import Iterator

import pytest
from harness.form import cases_of, csrf_token, serve_form

from bot.app import App
from bot.form import CSRF_COOKIE, CSRF_FIELD, RateLimiter, security_headers

SECRET = b"security-test-secret-of-the-form-0123456789"
TEXT = "I complain about the rude and unfriendly answer I got at your counter last week."
HEADERS = ("content-security-policy", "x-content-type-options", "x-frame-options")


@pytest.fixture
def form_database_url(database_url: str) -> str:
    return database_url  # every attack on SQLite and PostgreSQL


@pytest.fixture
def server(form_bot: App) -> Iterator[tuple[str, int]]:
    with serve_form(form_bot, secret=SECRET, send_mail=False) as address:
        yield address


@pytest.fixture
def client(server: tuple[str, int]) -> Iterator[object]:
    import httpx

    host, port = server
    with httpx.Client(base_url=f"http://{host}:{port}", timeout=30) as c:
        yield c


_PART = (
    b'--xyz\r\nContent-Disposition: form-data; name="files"; filename="big.bin"\r\n'
    b"Content-Type: application/octet-stream\r\n\r\n"
)


def _chunked_post(
    server: tuple[str, int], *, cookie: str = "", chunks: int, chunk: int = 64 * 1024
) -> tuple[int, int]:
    """POST a chunked body (no Content-Length) of up to `chunks` chunks, one at a time, and
    stop as soon as the server answers. (HTTP status, bytes of body sent before the answer)."""
    sock = socket.create_connection(server, timeout=30)
    head = (
        "POST /form/en HTTP/1.1\r\nHost: {}:{}\r\nTransfer-Encoding: chunked\r\n"
        "Content-Type: multipart/form-data; boundary=xyz\r\n{}\r\n"
    ).format(*server, f"Cookie: {CSRF_COOKIE}={cookie}\r\n" if cookie else "")
    sock.sendall(head.encode())
    sent = 0
    sock.setblocking(False)
    answer = b""
    try:
        for _ in range(chunks):
            try:
                answer += sock.recv(65536)
            except BlockingIOError:
                pass
            if answer:
                break
            data = (b"" if sent else _PART) + b"A" * chunk
            try:
                sock.sendall(f"{len(data):x}\r\n".encode() + data + b"\r\n")
            except (BlockingIOError, BrokenPipeError, ConnectionResetError):
                break
            sent += len(data)
        sock.setblocking(True)
        sock.settimeout(10)
        while b"\r\n" not in answer:
            more = sock.recv(65536)
            if not more:
                break
            answer += more
    finally:
        sock.close()
    return int(answer.split(b" ", 2)[1]), sent


def test_chunked_body_without_csrf_is_refused_before_reading(form_bot, server, smtp_sink) -> None:
    """300 MB streamed without a CSRF cookie were written to disk before the 403."""
    status, sent = _chunked_post(server, chunks=4800)  # up to 300 MB
    assert status == 403
    assert sent < 16 * 1024 * 1024  # answered long before the end
    assert cases_of(form_bot) == [] and smtp_sink.messages == []


def test_chunked_body_over_the_cap_is_cut_off(form_bot, server, client) -> None:
    """With a valid cookie, a body with no Content-Length stops at the hard cap."""
    csrf_token(client)
    cookie = client.cookies.get(CSRF_COOKIE)
    status, sent = _chunked_post(server, cookie=cookie, chunks=4800)
    assert status == 413
    assert sent < 16 * 1024 * 1024  # the cap here is about 0.7 MB (5 files of 64 kB + text)
    assert cases_of(form_bot) == []


def test_line_separators_in_fields_neither_500_nor_lost(form_bot, client) -> None:
    """CR, U+2028 or U+0085 in a field gave HTTP 500 and the complaint was lost."""
    token = csrf_token(client)
    for i, odd in enumerate(("\r", "\u2028", "\u0085", "\u2029\x0b\x1c")):
        r = client.post(
            "/form/en",
            data={
                CSRF_FIELD: token,
                "name": f"Sam{odd}Jones",
                "email": f"sam{i}@example.org",
                "subject": f"Rude{odd}answer",
                "message": f"{TEXT}{odd}Second line.",
            },
        )
        assert r.status_code == 200, (odd, r.status_code)
        assert 'id="case-number"' in r.text
    cases = cases_of(form_bot)
    assert len(cases) == 4
    assert all(c.subject == "Rude answer" for c in cases)


def test_other_site_posting_with_a_stolen_pair_is_refused(form_bot, client) -> None:
    token = csrf_token(client)
    r = client.post(
        "/form/en",
        data={CSRF_FIELD: token, "name": "Sam", "email": "s@example.org", "subject": "x",
              "message": TEXT},
        headers={"Sec-Fetch-Site": "cross-site"},
    )  # fmt: skip
    assert r.status_code == 403 and cases_of(form_bot) == []


def test_security_headers_on_every_answer(client) -> None:
    """404, 303 and error answers carried no security headers."""
    answers = [
        client.get("/form/en"),
        client.get("/nowhere"),
        client.get("/", follow_redirects=False),
        client.post("/form/en", data={}),  # 403, no cookie
        client.post("/form/xx", data={}),  # 404
    ]
    assert [a.status_code for a in answers] == [200, 404, 303, 403, 404]
    for a in answers:
        for h in HEADERS:
            assert h in a.headers, (a.status_code, h)
        assert "frame-ancestors 'none'" in a.headers["content-security-policy"]
        assert "strict-transport-security" not in a.headers  # plain HTTP here


async def test_500_and_tls_answers_carry_the_headers() -> None:
    import httpx

    async def broken(scope, receive, send):  # type: ignore[no-untyped-def]
        raise RuntimeError("boom")

    transport = httpx.ASGITransport(app=security_headers(broken))
    async with httpx.AsyncClient(transport=transport, base_url="https://form.example") as c:
        r = await c.get("/")
    assert r.status_code == 500 and r.text == "internal error"
    assert r.headers["strict-transport-security"].startswith("max-age=")
    assert all(h in r.headers for h in HEADERS)


def test_limiter_memory_is_bounded() -> None:
    """The rate limiter kept memory for every refused request."""
    limiter = RateLimiter(1, 3600, clock=lambda: 0.0, max_keys=1000)
    assert limiter.allow("ip:1")
    for i in range(5000):
        limiter.blocked(f"ip:x{i}")  # checks store nothing
        limiter.allow("ip:1", f"addr:{i}")  # refused (ip:1 is at its limit): nothing stored
    assert len(limiter) == 1
    for i in range(5000):
        limiter.allow(f"ip:{i}")
    assert len(limiter) == 1000
