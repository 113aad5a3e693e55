"""A small world for the handling tests: example config, SQLite file, pipeline, controlled clock.

Shared by tests/unit/test_handling_*.py (`from harness.world import World, ...`).
"""

from __future__ import annotations

import email
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

from sqlalchemy import select
from sqlmodel import Session

from bot import settings as settings_mod
from bot.app import App
from bot.db import session_scope
from bot.intake import ledger
from bot.mail import RawMail
from bot.models import Case, CaseEvent, InboundMessage, Outbox
from bot.outbox.worker import materialise
from bot.pipeline.runner import process_pending

REPO = Path(__file__).resolve().parents[2]
CONFIG = REPO / "config" / "example.toml"
HMAC_KEY = "k3Y-for-tests-only-0123456789-abcdefghijklmnop"
HANDLER = "taxes@federal.example.be"
COORDINATOR = "coordinator@federal.example.be"


def Z(text: str) -> datetime:
    """An aware UTC instant from 'YYYY-MM-DDTHH:MM'."""
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


@dataclass
class Clock:
    now: datetime

    def __call__(self) -> datetime:
        return self.now


@dataclass
class World:
    app: App
    clock: Clock
    seq: int = 0
    extra: dict = field(default_factory=dict)

    @classmethod
    def build(cls, tmp_path: Path, now: datetime, **overrides: object) -> World:
        s = settings_mod.load(CONFIG, environ={})
        s = s.model_copy(
            update={
                "database": s.database.model_copy(update={"url": f"sqlite:///{tmp_path / 'w.db'}"}),
                **overrides,
            }
        )
        app = App.build(s)
        clock = Clock(now)
        app.ctx.clock = clock
        return cls(app, clock)

    @property
    def ctx(self):  # type: ignore[no-untyped-def]
        return self.app.ctx

    def deliver(self, raw: bytes) -> int:
        with session_scope(self.app.engine) as session:
            taken = ledger.take(session, RawMail(source="test", raw=raw, received_at=self.clock()))
        process_pending(self.app.engine, self.app.ctx, only=[taken.inbound_id])
        return taken.inbound_id

    def session(self) -> Session:
        return Session(self.app.engine, expire_on_commit=False)

    def case(self, number: str | None = None) -> Case:
        with self.session() as s:
            q = select(Case).order_by(Case.id.desc())  # type: ignore[union-attr]
            if number:
                q = select(Case).where(Case.number == number)
            return s.execute(q.limit(1)).scalar_one()

    def case_number(self, case_id: int | None) -> str:
        with self.session() as s:
            return s.get(Case, case_id).number  # type: ignore[union-attr]

    def outbox(self, purpose: str | None = None) -> list[Outbox]:
        with self.session() as s:
            q = select(Outbox).order_by(Outbox.id)
            if purpose:
                q = q.where(Outbox.purpose == purpose)
            return list(s.execute(q).scalars())

    def events(self, case_id: int, type_: str | None = None) -> list[CaseEvent]:
        with self.session() as s:
            q = select(CaseEvent).where(CaseEvent.case_id == case_id).order_by(CaseEvent.id)
            if type_:
                q = q.where(CaseEvent.type == type_)
            return list(s.execute(q).scalars())

    def inbound(self, inbound_id: int) -> InboundMessage:
        with self.session() as s:
            return s.get(InboundMessage, inbound_id)  # type: ignore[return-value]

    def raw(self, row: Outbox) -> bytes:
        """The bytes the worker will send for `row`, built from its draft as the worker does."""
        with self.session() as s:
            return materialise(s, row, self.app.settings)

    def parsed(self, row: Outbox) -> EmailMessage:
        return email.message_from_bytes(self.raw(row), policy=policy.default)  # type: ignore[return-value]

    def text_of(self, row: Outbox) -> str:
        return self.parsed(row).get_body(("plain",)).get_content()  # type: ignore[union-attr]


def handler_mail(
    *,
    to: str,
    body: str,
    sender: str = HANDLER,
    seq: int = 0,
    subject: str = "Re: plainte",
    headers: dict[str, str] | None = None,
    when: datetime | None = None,
    proved: bool = True,
) -> bytes:
    msg = EmailMessage()
    msg["From"] = f"Handler <{sender}>"
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(when or datetime(2026, 11, 24, 10, 0, tzinfo=UTC))
    msg["Message-ID"] = f"<handler-{seq}@federal.example.be>"
    if proved:  # what our gateway (handling.trusted_authserv_ids) writes for a genuine mail
        domain = sender.rpartition("@")[2]
        msg["Authentication-Results"] = (
            f"mx.federal.example.be; dkim=pass header.d={domain}; dmarc=pass header.from={domain}"
        )
    for k, v in (headers or {}).items():
        msg[k] = v
    msg.set_content(body)
    return bytes(msg)
