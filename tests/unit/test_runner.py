"""The runner on a real SQLite file: one bad message never stops the others."""

from __future__ import annotations

from pathlib import Path

import pytest
from mailfactory import citizen_mail
from sqlalchemy import select
from sqlmodel import Session

from bot import settings as settings_mod
from bot.app import App
from bot.intake import ledger
from bot.mail import RawMail
from bot.models import InboundMessage
from bot.pipeline import runner

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def app(tmp_path: Path) -> App:
    env = {
        "COMPLAINTBOT_DATABASE_URL": f"sqlite:///{tmp_path / 'cb.db'}",
        "COMPLAINTBOT_HMAC_KEY": "k" * 40,
    }
    return App.build(settings_mod.load(REPO / "config" / "example.toml", environ=env))


def take(app: App, raws: list[bytes]) -> list[int]:
    with Session(app.engine) as session:
        ids = [ledger.take(session, RawMail(source="test", raw=r)).inbound_id for r in raws]
        session.commit()
    return ids


def outcomes(app: App) -> dict[int, tuple[str, str | None, int]]:
    with Session(app.engine) as session:
        rows = session.execute(select(InboundMessage)).scalars()
        return {m.id: (m.status, m.outcome, m.attempts) for m in rows}  # type: ignore[misc]


def fail_on(monkeypatch: pytest.MonkeyPatch, bad_id: int, exc: BaseException) -> None:
    """Handling message `bad_id` raises `exc`; every other message is handled as usual."""
    real = runner.steps.handle

    def handle(session, ctx, inbound, mail, batch):  # type: ignore[no-untyped-def]
        if inbound.id == bad_id:
            raise exc
        return real(session, ctx, inbound, mail, batch)

    monkeypatch.setattr(runner.steps, "handle", handle)


def test_a_bug_on_one_message_quarantines_it_after_its_attempts_and_the_rest_goes_on(
    app: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    raws = [citizen_mail(sender=f"r{i}@example.be", seq=i) for i in range(5)]
    ids = take(app, raws)
    fail_on(monkeypatch, ids[2], RuntimeError("a bug in a step"))
    report = runner.process_pending(app.engine, app.ctx)
    assert (report.done, report.quarantined) == (4, 1)
    got = outcomes(app)
    assert got[ids[2]] == ("quarantined", "quarantined", 3)  # intake.max_attempts = 3
    assert all(got[i][:2] == ("done", "case") for i in ids if i != ids[2])
    with Session(app.engine) as session:
        bad = session.get(InboundMessage, ids[2])
        assert bad is not None and "a bug in a step" in (bad.last_error or "")


def test_a_message_that_crashed_the_process_each_time_is_quarantined(app: App) -> None:
    [mid] = take(app, [citizen_mail(sender="crash@example.be")])
    with Session(app.engine) as session:
        row = session.get(InboundMessage, mid)
        assert row is not None
        row.attempts = 3  # claimed three times, never finished (the process died)
        session.commit()
    report = runner.process_pending(app.engine, app.ctx)
    assert report.quarantined == 1
    assert outcomes(app)[mid][:2] == ("quarantined", "quarantined")


def test_big_messages_are_processed_in_memory_bounded_chunks(
    app: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(runner, "CHUNK_BYTES", 200_000)
    raws = [
        citizen_mail(sender=f"b{i}@example.be", attachment=b"x" * 90_000, seq=i) for i in range(6)
    ]
    take(app, raws)
    chunks: list[int] = []
    real = runner._by_size

    def spy(rows, limit):  # type: ignore[no-untyped-def]
        result = real(rows, limit)
        chunks.extend(len(c) for c in result)
        return result

    monkeypatch.setattr(runner, "_by_size", spy)
    assert runner.process_pending(app.engine, app.ctx).done == 6
    assert max(chunks) <= 2 and sum(chunks) == 6


class Crash(BaseException):
    """Stands for the process dying (OOM kill, segfault) while it handles one message."""


def test_a_message_that_kills_the_process_is_quarantined_alone(
    app: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    raws = [citizen_mail(sender=f"k{i}@example.be", seq=i) for i in range(5)]
    ids = take(app, raws)
    fail_on(monkeypatch, ids[3], Crash())
    restarts = 0
    while True:  # the service restarts after each crash
        try:
            runner.process_pending(app.engine, app.ctx)
            break
        except Crash:
            restarts += 1
            assert restarts <= 5, "the crashing message is never set aside"
    got = outcomes(app)
    assert got[ids[3]][:2] == ("quarantined", "quarantined")
    assert all(got[i][:2] == ("done", "case") for i in ids if i != ids[3])
    # The innocent ones went through on the first restart, one attempt each after the crash.
    assert all(got[i][2] == 2 for i in ids if i != ids[3])


@pytest.mark.parametrize("exc", [RecursionError("maximum recursion depth exceeded"), MemoryError()])
def test_errors_that_come_back_on_every_attempt_quarantine_at_once(
    app: App, monkeypatch: pytest.MonkeyPatch, exc: BaseException
) -> None:
    raws = [citizen_mail(sender=f"n{i}@example.be", seq=i) for i in range(4)]
    ids = take(app, raws)
    fail_on(monkeypatch, ids[1], exc)
    report = runner.process_pending(app.engine, app.ctx)
    assert (report.done, report.quarantined) == (3, 1)
    got = outcomes(app)
    assert got[ids[1]] == ("quarantined", "quarantined", 1)  # one attempt, no retries
    with Session(app.engine) as session:
        bad = session.get(InboundMessage, ids[1])
        assert bad is not None and type(exc).__name__ in (bad.last_error or "")


def test_no_write_lock_is_held_while_messages_are_parsed(
    app: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlite3

    ids = take(app, [citizen_mail(sender=f"w{i}@example.be", seq=i) for i in range(3)])
    database = app.engine.url.database
    assert database is not None
    writes: list[bool] = []
    real = runner.steps.read

    def read(ctx, raw):  # type: ignore[no-untyped-def]
        # Another connection (the outbox, a job, a second process) writes while we parse.
        other = sqlite3.connect(database, timeout=0)
        try:
            other.execute("BEGIN IMMEDIATE")
            other.rollback()
            writes.append(True)
        except sqlite3.OperationalError:
            writes.append(False)
        finally:
            other.close()
        return real(ctx, raw)

    monkeypatch.setattr(runner.steps, "read", read)
    runner.process_pending(app.engine, app.ctx)
    assert writes == [True] * len(ids)
