"""Outbox throughput: N pending rows in a temporary SQLite file, sent to a loopback aiosmtpd sink.

    .venv/bin/python bench/outbox.py            # 2000 mails, batch 100
    .venv/bin/python bench/outbox.py -n 5000 --batch-size 200 --connections 4 --engine plain

Prints the seeding rate (compose + enqueue, one transaction per mail as in the pipeline: rows
hold a rendered draft, no MIME yet) and the sending rate of send_pending over --connections
reused SMTP connections, which includes building each message's MIME from its draft and keeping
the bytes (one commit per batch) and marking each mail sent. Target: >= 200 mails/s.
The sink accepts everything and stores nothing but a count, so the figure measures complaintbot
(MIME building, SQLite commits, aiosmtplib), not a real relay. The sink runs in its own process,
like a real relay, so it does not compete with us for the GIL.
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing as mp
import socket
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from aiosmtpd.controller import Controller
from sqlalchemy import Engine, func, select
from sqlmodel import Session, SQLModel, create_engine

from bot.models import Outbox
from bot.outbox.compose import compose
from bot.outbox.contexts import AckComplaint
from bot.outbox.enqueue import enqueue
from bot.outbox.headers import message_id_for, token_for
from bot.outbox.worker import send_pending
from bot.settings import Organisation, Settings, Smtp


def sink_process(port: int, messages, sessions, ready, stop) -> None:  # type: ignore[no-untyped-def]
    """The SMTP sink in its own process, as a real relay would be (no GIL shared with us)."""
    handler = CountingHandler(messages, sessions)
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    ready.set()
    stop.wait()
    controller.stop()


class CountingHandler:
    def __init__(self, messages, sessions) -> None:  # type: ignore[no-untyped-def]
        self.messages = messages  # multiprocessing.Value("i")
        self.sessions = sessions

    async def handle_EHLO(self, server, session, envelope, hostname, responses):  # noqa: N802
        with self.sessions.get_lock():
            self.sessions.value += 1
        session.host_name = hostname
        return responses

    async def handle_DATA(self, server, session, envelope):  # noqa: N802
        with self.messages.get_lock():
            self.messages.value += 1
        return "250 2.0.0 queued"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def make_engine(path: Path, kind: str) -> Engine:
    if kind == "botdb":
        from bot.db import make_engine as production_engine  # WAL, synchronous=NORMAL

        engine = production_engine(f"sqlite:///{path}")
    else:
        engine = create_engine(f"sqlite:///{path}")  # rollback journal, synchronous=FULL
    SQLModel.metadata.create_all(engine)
    return engine


def seed(engine: Engine, settings: Settings, n: int) -> tuple[float, float, float]:
    """(total seconds, seconds in compose, seconds in enqueue): what intake pays per mail."""
    now = datetime.now(UTC)
    started = time.perf_counter()
    in_compose = in_enqueue = 0.0
    for i in range(n):
        number = f"PLT-2026-{i + 1:06d}"
        key = f"ack_complaint:{number}"
        to = f"citizen{i}@example.org"
        t0 = time.perf_counter()
        message = compose(
            settings,
            "ack_complaint",
            languages=["fr", "nl"] if i % 10 == 0 else ["fr"],
            context=AckComplaint(
                case_number=number, received_at=now, due_date=(now + timedelta(days=30)).date()
            ),
            to_addr=to,
            message_id=message_id_for(
                "ack_complaint", number, token_for(key, b"bench-key"), "example.be"
            ),
            in_reply_to=f"<m{i}@example.org>",
            date=now,
        )
        with Session(engine) as session:
            t1 = time.perf_counter()
            enqueue(session, key=key, purpose="ack_complaint", to_addr=to, message=message, now=now)
            t2 = time.perf_counter()
            session.commit()
        in_compose += t1 - t0
        in_enqueue += t2 - t1
    return time.perf_counter() - started, in_compose, in_enqueue


def drafts_only(engine: Engine) -> bool:
    """Every seeded row holds a draft and no bytes: the sending phase builds them all."""
    with Session(engine) as session:
        with_bytes = session.execute(
            select(func.count())
            .select_from(Outbox)
            .where(
                Outbox.raw.is_not(None) | Outbox.draft.is_(None)  # type: ignore[union-attr]
            )
        ).scalar_one()
    return with_bytes == 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=2000, help="number of mails (default 2000)")
    ap.add_argument("--batch-size", type=int, default=100, help="rows claimed per connection")
    ap.add_argument("--connections", type=int, default=2, help="SMTP connections at once")
    ap.add_argument(
        "--engine",
        choices=("botdb", "plain"),
        default="botdb",
        help="botdb: bot.db.make_engine (WAL, as in production); plain: sqlmodel defaults",
    )
    args = ap.parse_args(argv)

    port = free_port()
    messages, sessions = mp.Value("i", 0), mp.Value("i", 0)
    ready, stop = mp.Event(), mp.Event()
    sink = mp.Process(target=sink_process, args=(port, messages, sessions, ready, stop))
    sink.start()
    if not ready.wait(30):
        print("the SMTP sink did not start")
        return 1
    try:
        with tempfile.TemporaryDirectory(prefix="outbox-bench-") as tmp:
            engine = make_engine(Path(tmp) / "bench.db", args.engine)
            settings = Settings(
                smtp=Smtp(
                    host="127.0.0.1",
                    port=port,
                    security="none",
                    batch_size=args.batch_size,
                    connections=args.connections,
                    max_auto_replies_per_day=5,
                ),
                organisation=Organisation(domain="example.be"),
            )
            seconds, in_compose, in_enqueue = seed(engine, settings, args.n)
            print(f"seeded {args.n} rows (compose + enqueue + commit) in {seconds:.2f} s: "
                  f"{args.n / seconds:.0f} rows/s; per mail: compose "
                  f"{1000 * in_compose / args.n:.2f} ms, "
                  f"enqueue {1000 * in_enqueue / args.n:.2f} ms (without the commit)")  # fmt: skip
            if not drafts_only(engine):
                print("MISMATCH: seeded rows should hold drafts, not MIME bytes")
                return 1

            started, cpu = time.perf_counter(), time.process_time()
            report = asyncio.run(send_pending(engine, settings))
            elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu

            with Session(engine) as session:
                sent_rows = session.execute(
                    select(func.count())
                    .select_from(Outbox)
                    .where(Outbox.status == "sent", Outbox.raw.is_not(None))  # type: ignore[union-attr]
                ).scalar_one()
            engine.dispose()
    finally:
        stop.set()
        sink.join(30)

    rate = report.sent / elapsed if elapsed else 0.0
    print(f"send_pending: {report} in {elapsed:.2f} s over {sessions.value} SMTP connection(s)")
    print(f"{rate:.0f} mails/s (engine={args.engine}, batch={args.batch_size}, "
          f"connections={args.connections}, target >= 200); "
          f"CPU {1000 * cpu / max(report.sent, 1):.2f} ms per mail in this process")  # fmt: skip
    ok = report.sent == args.n == messages.value == sent_rows
    if not ok:
        print(f"MISMATCH: report {report.sent}, sink {messages.value}, rows sent {sent_rows}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
