"""The outbox end to end: real SQLite file, real aiosmtpd server on loopback, real aiosmtplib.

Each test starts its own small SMTP server (kept in this file so these tests do not depend on
the shared harness) whose answers per recipient can be scripted: 250, 4xx, 5xx, or "down".
"""

from __future__ import annotations

import asyncio
import os
import socket
import threading
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from sqlalchemy import Engine, event, update
from sqlmodel import Session, SQLModel, create_engine, select

from bot.models import Attachment, Case, CaseEvent, InboundMessage, Outbox
from bot.outbox.compose import compose
from bot.outbox.contexts import AckComplaint
from bot.outbox.enqueue import automatic_sent_last_day, enqueue
from bot.outbox.headers import message_id_for, token_for
from bot.outbox.mime import Draft, StoredFile, build_message
from bot.outbox.sender import SmtpSender
from bot.outbox.worker import LEASE, claim, mark_sent_many, materialise, renew, send_pending
from bot.settings import Organisation, Settings, Smtp

pytestmark = pytest.mark.integration

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
DOMAIN = "plaintes.example.be"


# ---------------------------------------------------------------------- SMTP server


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Got:
    mail_from: str
    rcpt_tos: list[str]
    raw: bytes


@dataclass
class Script:
    """Scripted answers: recipient -> list of RCPT replies used one by one, then 250."""

    replies: dict[str, list[str]] = field(default_factory=dict)
    always: dict[str, str] = field(default_factory=dict)


class Handler:
    def __init__(self) -> None:
        self.received: list[Got] = []
        self.sessions = 0
        self.script = Script()
        self.lock = threading.Lock()
        self.on_data: Any = None  # called with the number of mails received so far

    async def handle_EHLO(self, server, session, envelope, hostname, responses):  # noqa: N802
        with self.lock:
            self.sessions += 1
        session.host_name = hostname
        return responses

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # noqa: N802
        with self.lock:
            if address in self.script.always:
                return self.script.always[address]
            queue = self.script.replies.get(address)
            if queue:
                return queue.pop(0)
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # noqa: N802
        with self.lock:
            self.received.append(
                Got(envelope.mail_from, list(envelope.rcpt_tos), envelope.original_content)
            )
            if self.on_data is not None:
                self.on_data(len(self.received))
        return "250 2.0.0 queued"


class Sink:
    """aiosmtpd on 127.0.0.1 in its own thread; stop() and start() keep the same port."""

    def __init__(self) -> None:
        self.port = free_port()
        self.handler = Handler()
        self.controller: Controller | None = None

    def start(self) -> None:
        self.controller = Controller(
            self.handler, hostname="127.0.0.1", port=self.port, decode_data=False
        )
        self.controller.start()

    def stop(self) -> None:
        if self.controller is not None:
            self.controller.stop()
            self.controller = None

    @property
    def received(self) -> list[Got]:
        return self.handler.received

    def to(self, addr: str) -> list[Got]:
        return [g for g in self.received if addr in g.rcpt_tos]


@pytest.fixture
def sink() -> Iterator[Sink]:
    s = Sink()
    s.start()
    try:
        yield s
    finally:
        s.stop()


# ---------------------------------------------------------------------- database, settings


@pytest.fixture(params=["sqlite", "sqlite-production", "postgresql"])
def engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    """Plain SQLite; SQLite as production opens it (bot.db: WAL, BEGIN IMMEDIATE); PostgreSQL
    in a fresh schema (skipped when no server answers, a failure when CI is set)."""
    with ExitStack() as stack:
        if request.param == "postgresql":
            from harness.db import fresh_pg_schema, pg_problem

            problem = pg_problem()
            if problem:
                if os.environ.get("CI", "").lower() not in ("", "0", "false", "no"):
                    pytest.fail(problem)
                pytest.skip(problem)
            eng = create_engine(stack.enter_context(fresh_pg_schema()))
        elif request.param == "sqlite-production":
            from bot.db import make_engine

            eng = make_engine(f"sqlite:///{tmp_path / 'outbox.db'}")
        else:
            eng = create_engine(f"sqlite:///{tmp_path / 'outbox.db'}")
        SQLModel.metadata.create_all(eng)
        try:
            yield eng
        finally:
            eng.dispose()


def make_settings(port: int, **smtp: object) -> Settings:
    values: dict = {
        "host": "127.0.0.1",
        "port": port,
        "security": "none",
        "timeout_seconds": 5,
        "from_address": "plaintes@example.be",
        "max_auto_replies_per_day": 5,
    }
    values.update(smtp)
    return Settings(
        smtp=Smtp(**values),
        organisation=Organisation(domain=DOMAIN, procedure_url="https://example.be/plaintes"),
    )


def add_case(engine: Engine, number: str = "PLT-2026-000901", kind: str = "complaint") -> int:
    with Session(engine) as s:
        case = Case(number=number, year=2026, seq=int(number[-6:]), kind=kind)
        s.add(case)
        s.commit()
        assert case.id is not None
        return case.id


def put(
    engine: Engine,
    settings: Settings,
    to: str,
    *,
    key: str | None = None,
    case_id: int | None = None,
    automatic: bool = True,
    languages: tuple[str, ...] = ("fr",),
    now: datetime = NOW,
    files: tuple[StoredFile, ...] = (),
    purpose: str = "ack_complaint",
) -> Outbox | None:
    """compose + enqueue + commit, as the pipeline does; the new row, None when key existed."""
    key = key or f"ack_complaint:{to}:{token_for(str(now), None)}"
    number = "PLT-2026-000901"
    message = compose(
        settings,
        "ack_complaint",
        languages=list(languages),
        context=AckComplaint(
            case_number=number, received_at=now, due_date=(now + timedelta(days=30)).date()
        ),
        to_addr=to,
        message_id=message_id_for(
            "ack_complaint", number, token_for(key, b"bench-and-test-key"), DOMAIN
        ),
        in_reply_to="<citizen-1@example.org>",
        date=now,
        attachments=files,
    )
    with Session(engine, expire_on_commit=False) as s:
        row_id = enqueue(
            s,
            key=key,
            purpose=purpose,
            to_addr=to,
            message=message,
            case_id=case_id,
            automatic=automatic,
            limit_per_day=settings.smtp.max_auto_replies_per_day,
            now=now,
        )
        s.commit()
        return None if row_id is None else s.get(Outbox, row_id)


def rows(engine: Engine) -> list[Outbox]:
    with Session(engine) as s:
        return list(s.exec(select(Outbox).order_by(Outbox.id)).all())


# ---------------------------------------------------------------------- tests


async def test_each_row_sent_once_over_one_connection(engine: Engine, sink: Sink) -> None:
    # 7 rows: three batches, one connection
    settings = make_settings(sink.port, batch_size=3, connections=1)
    for i in range(7):
        put(engine, settings, f"c{i}@example.org", key=f"k{i}")
    # Queued as drafts: intake built no MIME.
    assert all(r.raw is None and r.draft and r.draft["to_addr"] == r.to_addr for r in rows(engine))

    report = await send_pending(engine, settings, now=NOW)

    assert (report.sent, report.retried, report.failed) == (7, 0, 0)
    assert sorted(g.rcpt_tos[0] for g in sink.received) == [f"c{i}@example.org" for i in range(7)]
    assert sink.handler.sessions == 1
    assert all(r.status == "sent" and r.sent_at == NOW and r.attempts == 1 for r in rows(engine))
    # What went out is exactly what the worker built and kept, and the envelope sender is ours.
    stored = {r.to_addr: r.raw for r in rows(engine)}
    for got in sink.received:
        kept = stored[got.rcpt_tos[0]]
        assert kept is not None and got.raw.rstrip(b"\r\n") == kept.rstrip(b"\r\n")
        assert got.mail_from == "plaintes@example.be"
        sent = message_from_bytes(got.raw, policy=policy.default)
        assert sent["To"].addresses[0].addr_spec == got.rcpt_tos[0]
        assert sent["Message-ID"].startswith("<ack.plt-2026-000901.")

    again = await send_pending(engine, settings, now=NOW + timedelta(hours=1))
    assert again.sent == 0 and len(sink.received) == 7


async def test_server_down_rows_wait_then_go_out_exactly_once(engine: Engine, sink: Sink) -> None:
    settings = make_settings(sink.port)
    for i in range(3):
        put(engine, settings, f"w{i}@example.org", key=f"w{i}")
    sink.stop()

    down = await send_pending(engine, settings, now=NOW)
    assert (down.sent, down.retried, down.failed, down.deferred) == (0, 0, 0, 3)
    assert down.error and "127.0.0.1" in down.error
    # Nothing was tried, so nothing is counted: an outage does not use up attempts.
    assert all(r.status == "pending" and r.attempts == 0 for r in rows(engine))

    still_down = await send_pending(engine, settings, now=NOW + timedelta(minutes=5))
    assert still_down.deferred == 3

    sink.start()
    back = await send_pending(engine, settings, now=NOW + timedelta(minutes=10))
    assert back.sent == 3
    later = await send_pending(engine, settings, now=NOW + timedelta(minutes=20))
    assert later.sent == 0
    assert sorted(g.rcpt_tos[0] for g in sink.received) == [f"w{i}@example.org" for i in range(3)]


async def test_permanent_5xx_fails_row_and_flags_case(engine: Engine, sink: Sink) -> None:
    settings = make_settings(sink.port)
    case_id = add_case(engine)
    sink.handler.script.always["nobody@example.org"] = "550 5.1.1 No such user"
    put(engine, settings, "nobody@example.org", key="bad", case_id=case_id)
    put(engine, settings, "ok@example.org", key="good")

    report = await send_pending(engine, settings, now=NOW)

    assert (report.sent, report.retried, report.failed) == (1, 0, 1)  # the loop went on
    bad, good = rows(engine)
    assert bad.status == "failed" and bad.attempts == 1
    assert bad.last_error and "550" in bad.last_error and "No such user" in bad.last_error
    assert good.status == "sent"
    with Session(engine) as s:
        case = s.get(Case, case_id)
        assert case is not None and case.needs_review
        events = s.exec(select(CaseEvent).where(CaseEvent.case_id == case_id)).all()
    assert [e.type for e in events] == ["delivery_failed"]
    assert events[0].detail and events[0].detail["code"] == 550
    assert events[0].detail["to"] == "nobody@example.org"
    assert sink.to("nobody@example.org") == []


async def test_temporary_4xx_is_retried_later_and_sent_once(engine: Engine, sink: Sink) -> None:
    settings = make_settings(sink.port)
    sink.handler.script.replies["grey@example.org"] = ["451 4.7.1 Greylisted, try again later"]
    put(engine, settings, "grey@example.org", key="grey")

    first = await send_pending(engine, settings, now=NOW)
    assert (first.sent, first.retried, first.failed) == (0, 1, 0)
    (row,) = rows(engine)
    assert row.status == "pending" and row.attempts == 1
    assert row.next_attempt_at == NOW + timedelta(minutes=1)  # RetryPolicy: 1 min after the 1st
    assert row.last_error and "451" in row.last_error

    too_early = await send_pending(engine, settings, now=NOW + timedelta(seconds=59))
    assert too_early.sent == 0 and sink.to("grey@example.org") == []

    retry = await send_pending(engine, settings, now=NOW + timedelta(minutes=1))
    assert retry.sent == 1
    (row,) = rows(engine)
    assert row.status == "sent" and row.attempts == 2
    assert len(sink.to("grey@example.org")) == 1


async def test_gives_up_after_max_attempts(engine: Engine, sink: Sink) -> None:
    settings = make_settings(sink.port, max_attempts=2)
    case_id = add_case(engine)
    sink.handler.script.always["full@example.org"] = "452 4.2.2 Mailbox full"
    put(engine, settings, "full@example.org", key="full", case_id=case_id)

    assert (await send_pending(engine, settings, now=NOW)).retried == 1
    last = await send_pending(engine, settings, now=NOW + timedelta(minutes=1))
    assert last.failed == 1
    (row,) = rows(engine)
    assert row.status == "failed" and row.attempts == 2
    assert row.last_error and row.last_error.startswith("gave up after 2 attempts")
    with Session(engine) as s:
        assert s.get(Case, case_id).needs_review  # type: ignore[union-attr]


@pytest.mark.parametrize("queued_as", ["draft", "message"])
async def test_header_injection_never_reaches_the_wire(
    engine: Engine, sink: Sink, queued_as: str
) -> None:
    settings = make_settings(sink.port)
    hostile = {
        "to_addr": "citizen@example.org",
        "to_name": "Jan\r\nBcc: victim@example.com",
        "subject": "x\r\nBcc: victim@example.com",
        "text": "body",
        "html": None,
        "message_id": message_id_for("ack_complaint", "PLT-2026-000902", "inj", DOMAIN),
        "in_reply_to": "<a@b>\r\nBcc: victim@example.com",
    }
    message: Draft | EmailMessage
    if queued_as == "draft":  # what the pipeline queues: built by the worker
        message = Draft(**hostile, date=NOW)
    else:  # a caller's own EmailMessage: stored as bytes at once
        message = build_message(settings, **hostile)
    with Session(engine) as s:
        enqueue(
            s, key="inj", purpose="ack_complaint", to_addr="citizen@example.org",
            message=message, now=NOW,
        )  # fmt: skip
        s.commit()

    assert (await send_pending(engine, settings, now=NOW)).sent == 1
    (got,) = sink.received
    assert got.rcpt_tos == ["citizen@example.org"]
    parsed = message_from_bytes(got.raw, policy=policy.default)
    assert parsed["Bcc"] is None
    assert parsed["Subject"] == "x Bcc: victim@example.com"
    assert b"\nBcc:" not in got.raw


async def test_daily_limit_suppresses_without_sending(engine: Engine, sink: Sink) -> None:
    settings = make_settings(sink.port, max_auto_replies_per_day=2)
    addr = "loop@example.org"
    put(engine, settings, addr, key="old", now=NOW - timedelta(hours=25))  # outside the 24 h
    a = put(engine, settings, addr, key="a", now=NOW - timedelta(hours=1))
    b = put(engine, settings, addr, key="b", now=NOW)
    c = put(engine, settings, addr, key="c", now=NOW)  # third automatic mail in 24 h
    manual = put(engine, settings, addr, key="m", now=NOW, automatic=False)  # not limited
    assert a and b and c and manual
    with Session(engine) as s:
        assert automatic_sent_last_day(s, " LOOP@example.org ", NOW) == 2
    assert (a.status, b.status, c.status, manual.status) == (
        "pending",
        "pending",
        "suppressed",
        "pending",
    )
    assert c.last_error and "limit 2" in c.last_error

    report = await send_pending(engine, settings, now=NOW)
    assert report.sent == 4  # old, a, b, manual
    assert len(sink.to(addr)) == 4
    assert {r.key: r.status for r in rows(engine)}["c"] == "suppressed"


async def test_same_key_twice_inserts_once_and_enqueue_does_not_commit(
    engine: Engine, sink: Sink
) -> None:
    settings = make_settings(sink.port)
    assert put(engine, settings, "twice@example.org", key="same") is not None
    assert put(engine, settings, "twice@example.org", key="same") is None
    assert len(rows(engine)) == 1

    # The caller's transaction decides: rolled back, the row is gone with the case change.
    message = build_message(
        settings, to_addr="x@example.org", subject="s", text="t", html=None,
        message_id=message_id_for("ack_complaint", "PLT-2026-000903", "rb", DOMAIN),
    )  # fmt: skip
    with Session(engine) as s:
        new_id = enqueue(
            s, key="rb", purpose="ack_complaint", to_addr="x@example.org", message=message,
            now=NOW,
        )  # fmt: skip
        assert isinstance(new_id, int)
        assert s.get(Outbox, new_id).raw is not None  # type: ignore[union-attr]  # bytes at once
        s.rollback()
    assert [r.key for r in rows(engine)] == ["same"]


async def test_bilingual_fallback_goes_out_in_french_and_dutch(engine: Engine, sink: Sink) -> None:
    settings = make_settings(sink.port)
    row = put(engine, settings, "unclear@example.org", key="bi", languages=("fr", "nl"))
    assert row is not None
    with Session(engine) as s:  # what the worker will send, built now without sending
        preview = message_from_bytes(materialise(s, row, settings), policy=policy.default)
    assert rows(engine)[0].raw is None  # materialise changes nothing unless the caller commits
    assert (await send_pending(engine, settings, now=NOW)).sent == 1
    parsed = message_from_bytes(sink.received[0].raw, policy=policy.default)
    assert parsed["Subject"] == preview["Subject"] and parsed["Date"] == preview["Date"]
    assert parsed["Subject"] == (
        "[PLT-2026-000901] Accusé de réception de votre plainte"
        " / Ontvangstbevestiging van uw klacht"
    )
    body = parsed.get_body(preferencelist=("plain",))
    assert body is not None
    text = body.get_content()
    assert "Madame, Monsieur," in text and "Geachte heer/mevrouw," in text
    assert parsed["Auto-Submitted"] == "auto-replied"
    assert parsed["X-Complaintbot-Loop"] == DOMAIN
    assert parsed["In-Reply-To"] == "<citizen-1@example.org>"


async def test_starttls_required_never_falls_back_to_plaintext(engine: Engine, sink: Sink) -> None:
    settings = make_settings(sink.port, security="starttls")  # the sink offers no STARTTLS
    put(engine, settings, "secret@example.org", key="tls")
    report = await send_pending(engine, settings, now=NOW)
    assert report.sent == 0 and report.deferred == 1
    assert report.error and "STARTTLS" in report.error.upper()
    assert sink.received == []
    assert rows(engine)[0].status == "pending"


async def test_two_workers_never_send_the_same_row(engine: Engine, sink: Sink) -> None:
    settings = make_settings(sink.port, batch_size=4)
    for i in range(30):
        put(engine, settings, f"p{i}@example.org", key=f"p{i}")

    one, two = await asyncio.gather(
        send_pending(engine, settings, now=NOW), send_pending(engine, settings, now=NOW)
    )

    assert one.sent + two.sent == 30
    assert sorted(g.rcpt_tos[0] for g in sink.received) == sorted(
        f"p{i}@example.org" for i in range(30)
    )


async def test_several_connections_share_the_rows_and_send_each_once(
    engine: Engine, sink: Sink
) -> None:
    settings = make_settings(sink.port, batch_size=4, connections=3)
    for i in range(30):
        put(engine, settings, f"m{i}@example.org", key=f"m{i}")

    report = await send_pending(engine, settings, now=NOW)

    assert (report.sent, report.retried, report.failed, report.deferred) == (30, 0, 0, 0)
    assert sink.handler.sessions == 3
    assert sorted(g.rcpt_tos[0] for g in sink.received) == sorted(
        f"m{i}@example.org" for i in range(30)
    )
    assert all(r.status == "sent" and r.attempts == 1 for r in rows(engine))


async def test_relay_lost_mid_run_with_several_connections_loses_nothing(
    engine: Engine, sink: Sink
) -> None:
    settings = make_settings(sink.port, batch_size=10, connections=3)
    for i in range(30):
        put(engine, settings, f"d{i}@example.org", key=f"d{i}")
    stopper: list[threading.Thread] = []

    def go_down(received: int) -> None:  # the relay dies after its 8th mail
        if received == 8 and not stopper:
            stopper.append(threading.Thread(target=sink.stop))
            stopper[0].start()

    sink.handler.on_data = go_down
    down = await send_pending(engine, settings, now=NOW)
    stopper[0].join()
    assert down.error and down.deferred > 0 and down.failed == 0
    assert 8 <= down.sent < 30
    waiting = [r for r in rows(engine) if r.status == "pending"]
    assert len(waiting) == 30 - down.sent
    # Handed back at once, attempts untouched: due again now, not after the lease.
    assert all(r.next_attempt_at <= NOW and r.attempts == 0 for r in waiting)

    sink.handler.on_data = None
    sink.start()
    back = await send_pending(engine, settings, now=NOW + timedelta(minutes=1))
    assert back.sent == 30 - down.sent
    assert all(r.status == "sent" for r in rows(engine))
    got = [g.rcpt_tos[0] for g in sink.received]
    assert set(got) == {f"d{i}@example.org" for i in range(30)}
    # At least once: a mail in flight when the relay died may arrive twice, no more.
    assert len(got) - 30 <= settings.smtp.connections


def test_claim_is_conditional_and_a_lapsed_lease_frees_the_rows(engine: Engine) -> None:
    settings = make_settings(free_port())
    for i in range(3):
        put(engine, settings, f"l{i}@example.org", key=f"l{i}")

    def factory() -> Session:
        return Session(engine)

    lease = NOW + timedelta(minutes=10)
    first = claim(factory, now=NOW, lease_until=lease, limit=10)
    assert len(first) == 3
    assert claim(factory, now=NOW, lease_until=lease, limit=10) == []  # already claimed
    # The first worker died: after the lease the rows are due again, attempts untouched.
    again = claim(factory, now=lease, lease_until=lease + timedelta(minutes=10), limit=10)
    assert [r.id for r in again] == [r.id for r in first]
    assert all(r.attempts == 0 for r in again)


def test_a_live_worker_renews_its_short_lease_and_a_dead_ones_rows_return_within_it(
    engine: Engine,
) -> None:
    settings = make_settings(free_port())
    for i in range(3):
        put(engine, settings, f"n{i}@example.org", key=f"n{i}")

    def factory() -> Session:
        return Session(engine)

    assert LEASE <= timedelta(seconds=60)  # crash recovery in seconds, not minutes
    held = NOW + LEASE
    first = claim(factory, now=NOW, lease_until=held, limit=10)
    ids = [r.id for r in first]
    mark_sent_many(factory, [(first[0].id, NOW)])  # sent meanwhile: nothing left to lease
    later = held + LEASE
    assert renew(factory, ids, held=held, until=later) == ids[1:]
    assert claim(factory, now=held, lease_until=held + LEASE, limit=10) == []  # still ours
    # The worker dies and renews no more: one LEASE later the rows are due again.
    again = claim(factory, now=later, lease_until=later + LEASE, limit=10)
    assert [r.id for r in again] == ids[1:]
    # A worker that stalled past its lease cannot renew rows another worker took since.
    assert renew(factory, ids, held=later, until=later + LEASE) == []


async def test_sender_reconnects_when_the_server_drops_the_connection(sink: Sink) -> None:
    settings = make_settings(sink.port)
    raw = b"Subject: hi\r\nMessage-ID: <r1@x>\r\n\r\nbody\r\n"
    async with SmtpSender(settings.smtp) as smtp:
        await smtp.send(recipient="a@example.org", raw=raw)
        sink.stop()  # the server goes away (restart, idle timeout) ...
        sink.start()  # ... and comes back; our socket is dead
        await smtp.send(recipient="b@example.org", raw=raw)
        assert smtp.connections == 2
    assert [g.rcpt_tos for g in sink.received] == [["a@example.org"], ["b@example.org"]]


def test_enqueue_refuses_an_injected_recipient(engine: Engine) -> None:
    settings = make_settings(free_port())
    message = build_message(
        settings, to_addr="x@example.org", subject="s", text="t", html=None,
        message_id=message_id_for("ack_complaint", "PLT-2026-000904", "to", DOMAIN),
    )  # fmt: skip
    with Session(engine) as s, pytest.raises(ValueError):
        enqueue(
            s, key="to", purpose="ack_complaint", message=message, now=NOW,
            to_addr="x@example.org\r\nRCPT TO:<victim@example.com>",
        )  # fmt: skip


# ---------------------------------------------------------------------- drafts built by the worker


def add_attachment(engine: Engine, data: bytes | None, filename: str = "pièce jointe.pdf") -> int:
    with Session(engine) as s:
        inbound = InboundMessage(source="test", sha256="a" * 64)
        s.add(inbound)
        s.flush()
        assert inbound.id is not None
        att = Attachment(
            inbound_id=inbound.id, filename=filename, content_type="application/pdf",
            size=len(data or b""), data=data,
        )  # fmt: skip
        s.add(att)
        s.commit()
        assert att.id is not None
        return att.id


async def test_bytes_are_kept_before_the_first_attempt_and_a_retry_sends_them(
    engine: Engine, sink: Sink
) -> None:
    settings = make_settings(sink.port)
    sink.handler.script.replies["grey@example.org"] = ["451 4.7.1 Greylisted, try again later"]
    put(engine, settings, "grey@example.org", key="grey")

    assert (await send_pending(engine, settings, now=NOW)).retried == 1
    (row,) = rows(engine)
    first = row.raw
    assert first is not None and row.attempts == 1  # built and kept although nothing went out

    assert (await send_pending(engine, settings, now=NOW + timedelta(minutes=1))).sent == 1
    (got,) = sink.to("grey@example.org")
    assert got.raw.rstrip(b"\r\n") == first.rstrip(b"\r\n")  # same bytes, same Message-ID
    assert rows(engine)[0].raw == first


async def test_stored_attachment_is_sent_by_id(engine: Engine, sink: Sink) -> None:
    settings = make_settings(sink.port)
    pdf = b"%PDF-1.4\n" + bytes(range(256)) * 64
    att_id = add_attachment(engine, pdf)
    row = put(engine, settings, "service@example.org", key="att", files=(StoredFile(att_id),))
    assert row is not None and row.draft and row.draft["attachments"] == [{"id": att_id}]

    assert (await send_pending(engine, settings, now=NOW)).sent == 1
    (got,) = sink.received
    (part,) = message_from_bytes(got.raw, policy=policy.default).iter_attachments()
    assert part.get_filename() == "pièce jointe.pdf" and part.get_content() == pdf


async def test_a_row_that_cannot_be_built_fails_alone_and_flags_the_case(
    engine: Engine, sink: Sink
) -> None:
    settings = make_settings(sink.port)
    case_id = add_case(engine)
    gone = add_attachment(engine, None)  # the bytes were never kept (or were purged)
    put(engine, settings, "a@example.org", key="no-bytes", case_id=case_id,
        files=(StoredFile(gone),))  # fmt: skip
    put(engine, settings, "b@example.org", key="missing", case_id=case_id,
        files=(StoredFile(987654),))  # fmt: skip
    bad = put(engine, settings, "c@example.org", key="bad-json", case_id=case_id)
    put(engine, settings, "ok@example.org", key="fine")
    assert bad is not None
    with Session(engine) as s:  # a draft this version cannot read
        s.execute(update(Outbox).where(Outbox.id == bad.id).values(draft={"v": 99}))  # type: ignore[arg-type]
        s.commit()

    report = await send_pending(engine, settings, now=NOW)

    assert (report.sent, report.retried, report.failed) == (1, 0, 3)  # the loop went on
    assert [g.rcpt_tos for g in sink.received] == [["ok@example.org"]]
    by_key = {r.key: r for r in rows(engine)}
    for key, why in [("no-bytes", f"#{gone} "), ("missing", "#987654 "), ("bad-json", "99")]:
        row = by_key[key]
        assert row.status == "failed" and row.raw is None, key
        assert row.last_error and row.last_error.startswith("cannot build the message"), key
        assert why in row.last_error, (key, row.last_error)
    with Session(engine) as s:
        assert s.get(Case, case_id).needs_review  # type: ignore[union-attr]
        events = s.exec(select(CaseEvent).where(CaseEvent.case_id == case_id)).all()
    assert sorted(e.detail["to"] for e in events if e.type == "delivery_failed") == [  # type: ignore[index]
        "a@example.org", "b@example.org", "c@example.org",
    ]  # fmt: skip
    assert all(e.detail["code"] is None for e in events)  # type: ignore[index]
    again = await send_pending(engine, settings, now=NOW + timedelta(hours=1))
    assert (again.sent, again.failed) == (0, 0)


def test_daily_limit_count_uses_the_to_mailbox_index(engine: Engine) -> None:
    seen: list[tuple[str, Any]] = []

    def capture(conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
        seen.append((statement, parameters))

    event.listen(engine, "before_cursor_execute", capture)
    try:
        with Session(engine) as s:
            automatic_sent_last_day(s, "x@example.org", NOW)
    finally:
        event.remove(engine, "before_cursor_execute", capture)
    ((statement, parameters),) = [x for x in seen if "count(" in x[0].lower()]
    with engine.connect() as conn:  # the very statement and parameters enqueue runs
        if engine.dialect.name == "postgresql":
            conn.exec_driver_sql("SET enable_seqscan = off")  # a tiny table: is the index usable?
            explain = "EXPLAIN"
        else:
            explain = "EXPLAIN QUERY PLAN"
        plan = " ".join(map(str, conn.exec_driver_sql(f"{explain} {statement}", parameters)))
    assert "ix_outbox_to_mailbox" in plan, plan


async def test_acknowledged_at_is_when_the_server_accepted_the_first_acknowledgement(
    engine: Engine, sink: Sink
) -> None:
    settings = make_settings(sink.port)
    acked = add_case(engine, "PLT-2026-000901")
    refused = add_case(engine, "PLT-2026-000902")
    other = add_case(engine, "PLT-2026-000903")
    sink.handler.script.always["refused@example.org"] = "550 5.1.1 no such user"
    put(engine, settings, "a@example.org", key="ack1", case_id=acked)
    put(engine, settings, "refused@example.org", key="ack2", case_id=refused)
    # Not an acknowledgement: an answer to a case sets nothing.
    put(engine, settings, "o@example.org", key="ans3", case_id=other, purpose="final_answer")

    await send_pending(engine, settings, now=NOW)
    # A later acknowledgement to the same case (a resend) does not move the first time.
    put(engine, settings, "a@example.org", key="ack1-again", case_id=acked, now=NOW)
    await send_pending(engine, settings, now=NOW + timedelta(days=3))

    with Session(engine) as s:
        got = {c.number: c.acknowledged_at for c in s.exec(select(Case)).all()}
    assert got["PLT-2026-000901"] is not None
    assert got["PLT-2026-000901"].replace(tzinfo=UTC) == NOW
    assert got["PLT-2026-000902"] is None  # refused for good: never acknowledged
    assert got["PLT-2026-000903"] is None


async def test_sent_forward_closes_an_appeal_as_forwarded(engine: Engine, sink: Sink) -> None:
    settings = make_settings(sink.port)
    appeal = add_case(engine, "PLT-2026-000911", kind="appeal")
    put(engine, settings, "service@example.be", key="fwd", case_id=appeal, purpose="forward_appeal")

    await send_pending(engine, settings, now=NOW)

    with Session(engine) as s:
        case = s.get(Case, appeal)
        assert case is not None and case.status == "forwarded"
        assert case.closed_at is not None and case.closed_at.replace(tzinfo=UTC) == NOW
        [ev] = s.exec(select(CaseEvent).where(CaseEvent.case_id == appeal)).all()
        assert ev.type == "forwarded" and ev.detail == {
            "before": {"status": "open"},
            "after": {"status": "forwarded"},
        }
