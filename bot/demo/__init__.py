"""`complaintbot demo`: the whole intake on SQLite with a built-in sample mailbox, no server.

Outgoing mail is written as .eml files to an outbox folder instead of being sent.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from bot import settings as settings_mod
from bot.settings import Settings

if TYPE_CHECKING:
    from bot.app import App
from bot.models import Outbox, utcnow

MAILBOX = Path(__file__).parent / "mailbox"


def _write_outbox(engine: Engine, folder: Path, settings: Settings) -> list[Path]:
    """Deliver pending outbox rows into `folder` as .eml files (the demo's mail server).

    The bytes are built from each row's draft as the outbox worker would (and kept on the row).
    """
    from bot.outbox.worker import materialise

    folder.mkdir(parents=True, exist_ok=True)
    written = []
    with Session(engine) as session:
        rows = (
            session.execute(
                select(Outbox).where(Outbox.status == "pending").order_by(col(Outbox.id))
            )
            .scalars()
            .all()
        )
        for row in rows:
            path = folder / f"{row.id:03d}-{row.purpose}-{row.to_addr.replace('@', '_at_')}.eml"
            path.write_bytes(materialise(session, row, settings))
            row.status, row.sent_at = "sent", utcnow()
            written.append(path)
        session.commit()
    return written


def _citizen_reply(ack: Outbox) -> bytes:
    msg = EmailMessage()
    msg["From"] = ack.to_addr
    msg["To"] = "plaintes.klachten@federal.example.be"
    msg["Subject"] = f"Re: {ack.subject}"
    msg["Date"] = format_datetime(utcnow())
    msg["Message-ID"] = "<demo-reply-01@mail.example>"
    msg["In-Reply-To"] = f"<{ack.message_id}>"
    msg["References"] = f"<{ack.message_id}>"
    msg.set_content(
        "Bonjour,\n\nJe joins le numéro de mon dossier de remboursement : 2026/4471. "
        "Merci de me tenir informée.\n\nClaire Dubois\n"
    )
    return bytes(msg)


def run_demo(folder: Path, *, config: str | None, out: TextIO) -> int:
    from bot import views
    from bot.app import App

    if folder.exists():
        shutil.rmtree(folder)  # a demo starts from nothing, every time
    folder.mkdir(parents=True)
    env = dict(os.environ)
    env["COMPLAINTBOT_DATABASE_URL"] = f"sqlite:///{(folder / 'complaintbot.db').resolve()}"
    env["COMPLAINTBOT_STORAGE_DATA_DIR"] = str(folder)
    # Handler reply addresses are signed; the demo signs with a throw-away key.
    os.environ.setdefault("COMPLAINTBOT_HMAC_KEY", secrets.token_hex(32))
    settings = settings_mod.load(config, environ=env)
    app = App.build(settings)
    tz = app.ctx.calendar.tz
    say = lambda text="": print(text, file=out)  # noqa: E731

    say(f"complaintbot demo — database {folder / 'complaintbot.db'} (SQLite)")
    say(
        f"1. Taking in the sample mailbox ({len(list(MAILBOX.glob('*.eml')))} citizen mails "
        "in FR/NL/DE/EN) ..."
    )
    app.import_path(MAILBOX, channel="mail", scheme="demo")
    with Session(app.engine) as session:
        for row in views.list_cases(session, tz):
            say(
                f"   {row['number']}  {row['kind']:<20} {row['language'] or '??':<3} "
                f"{row['category']:<15} answer by {(row['due_at'] or '')[:10]}  {row['sender']}"
            )
        filed = session.execute(
            select(views.InboundMessage.kind, views.InboundMessage.from_addr).where(
                views.InboundMessage.outcome == "filed"
            )
        ).all()
        for kind, sender in filed:
            say(f"   (filed, not answered)  {kind:<12} {sender}")
    outbox = folder / "outbox"
    written = _write_outbox(app.engine, outbox, app.settings)
    say(f"2. {len(written)} outgoing mail(s) written to {outbox}/:")
    for path in written:
        head = BytesParser(policy=policy.default).parsebytes(path.read_bytes(), headersonly=True)
        say(f"   -> {head['To']}: {head['Subject']}")

    with Session(app.engine) as session:
        ack = session.execute(
            select(Outbox)
            .where(Outbox.purpose == "ack_complaint")
            .order_by(col(Outbox.id))
            .limit(1)
        ).scalar()
    if ack is not None:
        replies = folder / "citizen-reply"
        replies.mkdir()
        (replies / "reply.eml").write_bytes(_citizen_reply(ack))
        app.import_path(replies, channel="mail", scheme="demo")
        more = _write_outbox(app.engine, outbox, app.settings)
        say(
            f"3. The citizen answers the acknowledgement of {ack.subject.split(']')[0][1:]}: "
            f"added to that case as a follow-up, {len(more)} new mail(s) sent."
        )

    before = _count(app)
    app.import_path(MAILBOX, channel="mail", scheme="demo")
    say(
        f"4. The same mailbox taken in again: {_count(app) - before} new message(s) — "
        "nothing is doubled."
    )
    with Session(app.engine) as session:
        say("5. Totals: " + json.dumps(views.stats(session)))
    say(
        f"Look at a case with: complaintbot --config {settings.source} show NUMBER "
        f"(with COMPLAINTBOT_DATABASE_URL={env['COMPLAINTBOT_DATABASE_URL']})"
    )
    return 0


def _count(app: App) -> int:
    from bot import views

    with Session(app.engine) as session:
        return views.stats(session)["messages"]
