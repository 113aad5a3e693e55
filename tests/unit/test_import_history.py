"""`complaintbot import` takes archived mail in as history: each case dated by the mail's own
Date (else its newest Received), numbered in that year, due from then, and nothing is sent
unless --acknowledge is given; the report counts it in its own year."""

from __future__ import annotations

import email
from datetime import UTC, datetime
from email import policy
from email.utils import format_datetime
from pathlib import Path

import pytest
from harness.world import CONFIG, HMAC_KEY, World, Z
from mailfactory import citizen_mail
from sqlalchemy import select

from bot import cli
from bot.handling import jobs
from bot.models import Case, CaseEvent, Outbox
from bot.reports.indicators import Period, compute


@pytest.fixture(autouse=True)
def _key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COMPLAINTBOT_HMAC_KEY", HMAC_KEY)


@pytest.fixture
def world(tmp_path: Path) -> World:
    return World.build(tmp_path, Z("2026-11-23T09:00"))  # Monday 10:00 in Brussels


def archived(folder: Path, name: str, seq: int, *, date: str | None, received: tuple = ()) -> None:
    msg = email.message_from_bytes(
        citizen_mail(sender=f"old{seq}@example.be", seq=seq), policy=policy.default
    )
    del msg["Date"]
    if date is not None:
        msg["Date"] = date
    for value in received:  # topmost first, as a server prepends them
        msg["Received"] = value
    folder.mkdir(exist_ok=True)
    (folder / name).write_bytes(msg.as_bytes())


def run(world: World, monkeypatch: pytest.MonkeyPatch, *argv: str) -> int:
    """The command line, on the world's database (with the real clock)."""
    monkeypatch.setenv("COMPLAINTBOT_DATABASE_URL", str(world.app.settings.database.url))
    return cli.main(["--config", str(CONFIG), *argv])


def by_sender(world: World) -> dict[str, Case]:
    with world.session() as s:
        return {c.sender: c for c in s.execute(select(Case)).scalars()}


def test_history_is_dated_numbered_and_counted_in_its_own_year(
    world: World, tmp_path: Path
) -> None:
    box = tmp_path / "archive"
    archived(box, "a.eml", 1, date="Mon, 04 Mar 2024 10:00:00 +0100")
    # 23:30 UTC on New Year's Eve is already 2026 in Brussels: a 2026 case.
    archived(box, "b.eml", 2, date=format_datetime(datetime(2025, 12, 31, 23, 30, tzinfo=UTC)))
    archived(
        box,
        "c.eml",
        3,
        date=None,
        received=(
            "from mx.example.be by imap.example.be; Tue, 10 Jun 2025 08:00:00 +0200",
            "from client by mx.example.be; Tue, 10 Jun 2025 07:59:00 +0200",
        ),
    )
    archived(box, "d.eml", 4, date="Mon, 04 Mar 2024 15:00:00 +0100")
    archived(box, "e.eml", 5, date="Fri, 01 Jan 2100 10:00:00 +0100")  # a wrong clock: today

    world.app.import_path(box)  # what `complaintbot import` does, on the world's clock

    got = by_sender(world)
    a, b, c, d, e = (got[f"old{i}@example.be"] for i in range(1, 6))
    assert (a.number, a.year) == ("PLT-2024-000001", 2024)
    assert (d.number, d.year) == ("PLT-2024-000002", 2024)
    assert a.received_at.replace(tzinfo=UTC) == datetime(2024, 3, 4, 9, 0, tzinfo=UTC)
    # 30 calendar days from Monday 4 March 2024: Wednesday 3 April 2024.
    assert world.ctx.calendar.local_date(a.due_at.replace(tzinfo=UTC)).isoformat() == "2024-04-03"
    assert (b.year, b.number) == (2026, "PLT-2026-000001")
    assert (c.year, c.received_at.replace(tzinfo=UTC)) == (2025, Z("2025-06-10T06:00"))
    assert e.received_at.replace(tzinfo=UTC) == world.clock.now and e.year == 2026
    assert all(x.channel == "import" and x.assignee is None for x in got.values())
    with world.session() as s:
        assert s.execute(select(Outbox)).first() is None  # no acknowledgement, no assignment
        created = s.execute(
            select(CaseEvent).where(CaseEvent.case_id == a.id, CaseEvent.type == "created")
        ).scalar_one()
        assert created.at.replace(tzinfo=UTC) == a.received_at.replace(tzinfo=UTC)
        assert "imported_at" in created.detail
        # History is not chased: no reminder or escalation for the long-overdue cases.
        assert jobs.scan(s, world.ctx, world.clock.now) == []
        tz = world.ctx.calendar.tz
        assert (
            compute(s, Period.of(2024), tz=tz, as_of=world.clock.now).get(
                "requests_received", "complaint"
            )
            == 2
        )
        assert (
            compute(s, Period.of(2025), tz=tz, as_of=world.clock.now).get(
                "requests_received", "complaint"
            )
            == 1
        )


def test_acknowledge_sends_as_for_new_mail(
    world: World, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    box = tmp_path / "late"
    archived(box, "a.eml", 7, date="Fri, 20 Nov 2026 10:00:00 +0100")
    assert run(world, monkeypatch, "import", str(box), "--quiet", "--acknowledge") == 0
    (case,) = by_sender(world).values()
    assert case.received_at.replace(tzinfo=UTC) == Z("2026-11-20T09:00")
    assert case.channel == "mail" and case.assignee is not None
    with world.session() as s:
        purposes = sorted(o.purpose for o in s.execute(select(Outbox)).scalars())
    assert purposes == ["ack_complaint", "assignment"]
