"""Cases opened in batches are the cases opened one by one: same rows, same order, same mails.

Intake opens the new cases of a chunk together (bot.pipeline.cases). The same messages run
once with chunks of 200 (on SQLite and on PostgreSQL) and once with chunks of one message (on
SQLite); every case, event, outbox row and ledger outcome must come out the same.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from mailfactory import auto_reply, citizen_mail
from sqlalchemy import select
from sqlmodel import Session

from bot import settings as settings_mod
from bot.app import App
from bot.intake import ledger
from bot.mail import RawMail
from bot.models import Case, CaseEvent, InboundMessage, Outbox
from bot.pipeline import runner

REPO = Path(__file__).resolve().parents[2]
NOW = datetime(2026, 11, 24, 10, 0, tzinfo=UTC)


def _mails() -> list[bytes]:
    resent = citizen_mail(sender="twice@example.be", seq=3)
    return [
        citizen_mail(sender="a@example.be", seq=1),
        citizen_mail(sender="b@example.be", lang="nl", seq=2),
        resent,
        auto_reply(seq=4),
        citizen_mail(
            sender="c@example.be", lang="de", seq=5, attachment=b"%PDF-1.4 scan of the letter"
        ),
        resent,  # the same mail again, in the same chunk: filed as a resend of the third
        citizen_mail(
            sender="d@example.be",
            lang="en",
            subject="Appeal against the decision of 3 November",
            body="I lodge an appeal against your decision refusing my application. "
            "I contest this decision and ask you to review it.",
            seq=6,
        ),
        # Quotes the number the first mail gets: a follow-up on a case of this same chunk.
        citizen_mail(
            sender="a@example.be",
            subject="Re: PLT-2026-000001",
            body="Concerning my complaint PLT-2026-000001: I add my phone number, 0470 12 34 56.",
            seq=7,
        ),
        citizen_mail(sender="a@example.be", lang="fr", seq=8, subject="Encore un problème"),
    ]


def _run(database_url: str, tmp_path: Path, batch: int, monkeypatch: pytest.MonkeyPatch) -> Any:
    env = {
        "COMPLAINTBOT_DATABASE_URL": database_url,
        "COMPLAINTBOT_HMAC_KEY": "k" * 40,
        "COMPLAINTBOT_STORAGE_DATA_DIR": str(tmp_path),
    }
    monkeypatch.setenv("COMPLAINTBOT_HMAC_KEY", "k" * 40)
    app = App.build(settings_mod.load(REPO / "config" / "example.toml", environ=env))
    app.ctx.clock = lambda: NOW
    with Session(app.engine) as session:
        for i, raw in enumerate(_mails()):
            ledger.take(session, RawMail(source="mbox", raw=raw, uid=i + 1, uidvalidity=7))
        session.commit()
    monkeypatch.setattr(runner, "BATCH", batch)
    report = runner.process_pending(app.engine, app.ctx)
    assert (report.done, report.quarantined) == (len(_mails()), 0)
    with Session(app.engine) as session:
        cases = [
            (
                c.number,
                c.kind,
                c.language,
                c.category,
                c.sender,
                c.due_at,
                c.assignee,
                c.service,
                c.status,
                c.standard_procedure,
                c.extension_days,
                c.pauses,
            )
            for c in session.execute(select(Case).order_by(Case.id)).scalars()
        ]
        events = [
            (e.case_id, e.type, e.actor, e.channel, e.inbound_id, e.detail)
            for e in session.execute(select(CaseEvent).order_by(CaseEvent.id)).scalars()
        ]
        outbox = [
            (o.key, o.purpose, o.case_id, o.inbound_id, o.to_addr, o.status, o.draft)
            for o in session.execute(select(Outbox).order_by(Outbox.id)).scalars()
        ]
        ledger_rows = [
            (m.id, m.status, m.outcome, m.kind, m.case_id, m.filed_reason)
            for m in session.execute(select(InboundMessage).order_by(InboundMessage.id)).scalars()
        ]
    app.engine.dispose()
    return cases, events, outbox, ledger_rows


def test_a_chunk_opens_the_same_cases_as_one_message_at_a_time(
    database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    batched = _run(database_url, tmp_path / "a", 200, monkeypatch)
    alone = _run(f"sqlite:///{tmp_path / 'b.db'}", tmp_path / "b", 1, monkeypatch)
    cases, events, outbox, ledger_rows = batched
    assert [c[0] for c in cases] == [f"PLT-2026-{i:06d}" for i in range(1, 7)]
    assert all(c[8:] == ("open", True, 0, None) for c in cases)
    assert cases[0][6] and cases[0][7]  # a complaint is routed and assigned at once
    outcomes = [(row[2], row[3]) for row in ledger_rows]
    assert outcomes == [
        ("case", "complaint"),
        ("case", "complaint"),
        ("case", "complaint"),
        ("filed", "auto_reply"),
        ("case", "complaint"),
        ("filed", "duplicate"),
        ("case", "appeal"),
        ("follow_up", "follow_up"),
        ("case", "complaint"),
    ]
    assert ledger_rows[5][4] == ledger_rows[2][4]  # the resend is filed on the first one's case
    assert ledger_rows[7][4] == ledger_rows[0][4]  # the follow-up went to case 1
    purposes = {o[1] for o in outbox}
    assert {"ack_complaint", "ack_appeal", "assignment", "forward_appeal"} <= purposes
    assert batched == alone
