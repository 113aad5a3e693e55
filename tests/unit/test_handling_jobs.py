"""Reminders, escalations and the digest on a controlled clock: weekends, Belgian holidays,
the example config's closure days (28-31 Dec 2026) and the switches to and from summer time.

2026: Fri 25 Dec holiday, Sat 26 Dec (regulatory), 28-31 Dec closure, Fri 1 Jan 2027 holiday.
Summer time starts Sun 29 Mar 2026 (08:30 Brussels = 07:30 UTC before, 06:30 UTC after).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
import time_machine
from harness.world import COORDINATOR, HANDLER, HMAC_KEY, World, Z

from bot import schedule
from bot.db import session_scope
from bot.handling import digest, jobs
from bot.models import Case, InboundMessage


@pytest.fixture(autouse=True)
def _key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COMPLAINTBOT_HMAC_KEY", HMAC_KEY)


@pytest.fixture
def world(tmp_path) -> World:  # type: ignore[no-untyped-def]
    return World.build(tmp_path, Z("2026-11-23T09:00"))


def add_case(
    world: World,
    due: date,
    *,
    status: str = "open",
    assignee: str | None = HANDLER,
    kind: str = "complaint",
    received: datetime | None = None,
    needs_review: bool = False,
) -> Case:
    world.seq += 1
    cal = world.ctx.calendar
    with session_scope(world.app.engine) as s:
        case = Case(
            number=f"PLT-2026-{world.seq:06d}",
            year=2026,
            seq=world.seq,
            kind=kind,
            status=status,
            language="fr",
            category="taxes",
            sender="c@example.be",
            subject=f"dossier {world.seq}",
            received_at=received or Z("2026-11-23T09:00"),
            due_at=cal.end_of_day(due),
            assignee=assignee,
            needs_review=needs_review,
        )
        s.add(case)
    return case


def run(world: World, when: str) -> list[tuple[str, str]]:
    """One scan at `when` (UTC); the (purpose, key) of the rows it queued."""
    before = {o.key for o in world.outbox()}
    world.clock.now = Z(when)
    jobs.run_reminders(world.app.engine, world.ctx)
    return [(o.purpose, o.key) for o in world.outbox() if o.key not in before]


# --------------------------------------------------------------------------- reminders


def test_reminder_steps_10_3_0_in_office_hours_once_each(world: World) -> None:
    case = add_case(world, date(2026, 12, 23))  # Wednesday
    assert run(world, "2026-12-08T10:00") == []  # 11 working days left
    assert run(world, "2026-12-09T07:00") == []  # 08:00 in Brussels: before opening
    assert run(world, "2026-12-09T07:31") == [("reminder", f"reminder:{case.number}:10:2026-12-23")]
    assert run(world, "2026-12-09T07:31") == []  # a second run, or a second instance
    assert run(world, "2026-12-17T10:00") == []  # 4 left: step 10 was sent, 3 not reached
    assert run(world, "2026-12-18T10:00") == [("reminder", f"reminder:{case.number}:3:2026-12-23")]
    assert run(world, "2026-12-19T10:00") == []  # Saturday: no office hours
    assert run(world, "2026-12-23T16:30") == []  # 17:30 in Brussels: closed
    assert run(world, "2026-12-23T15:00") == [("reminder", f"reminder:{case.number}:0:2026-12-23")]
    (row,) = [o for o in world.outbox("reminder") if o.key.endswith(":0:2026-12-23")]
    assert row.to_addr == HANDLER and "aujourd'hui" in world.text_of(row)
    assert "plaintes.klachten+c" in world.text_of(row)  # a fresh reply address
    assert len(world.events(case.id, "reminded")) == 3


def test_a_missed_step_is_sent_late_once_and_only_the_most_urgent(world: World) -> None:
    case = add_case(world, date(2026, 12, 23))
    # The bot was down from 9 to 16 Dec: step 10 still goes out, late, once.
    assert run(world, "2026-12-16T13:00") == [("reminder", f"reminder:{case.number}:10:2026-12-23")]
    other = add_case(world, date(2026, 12, 23))
    # Down until 21 Dec (2 working days left): step 3 only; a stale step-10 mail is useless.
    assert ("reminder", f"reminder:{other.number}:3:2026-12-23") in run(world, "2026-12-21T09:00")
    assert not [o for o in world.outbox("reminder") if f"{other.number}:10" in o.key]


def test_waiting_closed_and_unassigned_cases_get_no_reminder(world: World) -> None:
    add_case(world, date(2026, 12, 23), status="waiting")
    add_case(world, date(2026, 12, 23), status="closed")
    add_case(world, date(2026, 12, 23), assignee=None)
    add_case(world, date(2026, 12, 23), kind="appeal")
    assert run(world, "2026-12-22T09:00") == []


def test_an_extension_rearms_the_reminders(world: World) -> None:
    case = add_case(world, date(2026, 12, 23))
    run(world, "2026-12-18T10:00")  # step 3 for 23 Dec
    with session_scope(world.app.engine) as s:
        s.get(Case, case.id).due_at = world.ctx.calendar.end_of_day(date(2027, 1, 7))  # type: ignore[union-attr]
    assert run(world, "2027-01-04T09:00") == [("reminder", f"reminder:{case.number}:3:2027-01-07")]


def test_office_hours_follow_summer_time(world: World) -> None:
    after = add_case(world, date(2026, 4, 2))  # Thursday; Mon 30 Mar is 3 working days before
    before = add_case(world, date(2026, 3, 26))  # Thursday; Mon 23 Mar is 3 working days before
    # Before the switch 08:30 CET is 07:30 UTC ...
    assert ("reminder", f"reminder:{before.number}:3:2026-03-26") not in run(
        world, "2026-03-23T07:29"
    )
    assert ("reminder", f"reminder:{before.number}:3:2026-03-26") in run(world, "2026-03-23T07:30")
    # ... after it, 08:30 CEST is 06:30 UTC.
    assert run(world, "2026-03-30T06:29") == []
    queued = run(world, "2026-03-30T06:30")
    assert ("reminder", f"reminder:{after.number}:3:2026-04-02") in queued
    assert ("escalation", f"escalation:{before.number}:1:{COORDINATOR}") in queued  # 26 Mar


# --------------------------------------------------------------------------- escalation


def test_escalation_rhythm_skips_holidays_and_closure_days(world: World) -> None:
    case = add_case(world, date(2026, 12, 23))
    # On the due day itself: a reminder, no escalation.
    assert [p for p, _ in run(world, "2026-12-23T15:00")] == ["reminder"]
    assert run(world, "2026-12-24T09:00") == [
        ("escalation", f"escalation:{case.number}:1:{COORDINATOR}")
    ]
    # 25 Dec holiday, 26-27 weekend, 28-31 closure, 1 Jan holiday, 2-3 weekend: on Monday
    # 4 Jan the case is 2 working days late; round 2 comes every 2 working days -> Tuesday.
    assert run(world, "2027-01-04T09:00") == []
    assert run(world, "2027-01-05T09:00") == [
        ("escalation", f"escalation:{case.number}:2:{COORDINATOR}")
    ]
    assert run(world, "2027-01-05T14:00") == []
    (row,) = [o for o in world.outbox("escalation") if ":2:" in o.key]
    assert "3 jours ouvrables" in world.text_of(row) and row.to_addr == COORDINATOR
    events = world.events(case.id, "escalated")
    assert [e.detail["step"] for e in events] == [1, 2]
    assert {e.channel for e in events} == {"scheduler"}


def test_run_due_works_under_a_frozen_wall_clock(world: World) -> None:
    add_case(world, date(2026, 12, 23))
    world.clock.now = Z("2026-12-24T08:30")
    with time_machine.travel(datetime(2026, 12, 24, 8, 30), tick=False):
        result = schedule.run_due(world.app.engine, world.ctx)
    assert result == {"reminders": 1, "digests": 1}
    assert schedule.run_due(world.app.engine, world.ctx) == {"reminders": 0, "digests": 0}


# --------------------------------------------------------------------------- digest


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        ("2026-03-30T06:05", "2026-03-30T06:00"),  # Monday after the switch: 08:00 CEST
        ("2026-03-30T05:59", "2026-03-27T07:00"),  # before it: Friday 08:00 CET
        ("2026-03-28T12:00", "2026-03-27T07:00"),  # Saturday
        ("2026-10-26T07:00", "2026-10-26T07:00"),  # Monday after the switch back: 08:00 CET
    ],
)
def test_digest_cron_in_brussels_time(world: World, now: str, expected: str) -> None:
    fire = digest.last_fire_time("0 8 * * mon-fri", world.ctx.calendar.tz, Z(now))
    assert fire == Z(expected)


def test_digest_once_per_coordinator_per_day_with_every_section(world: World) -> None:
    add_case(world, date(2026, 12, 1))  # overdue on 3 Dec
    add_case(world, date(2026, 12, 7), needs_review=True)  # due within 5 working days
    add_case(world, date(2026, 12, 30), kind="appeal", received=Z("2026-12-02T15:00"))
    with session_scope(world.app.engine) as s:
        s.add(
            InboundMessage(
                source="test",
                sha256="0" * 64,
                from_addr="bad@example.org",
                status="quarantined",
                outcome="quarantined",
                last_error="boom",
            )
        )
    assert digest.run_digest(world.app.engine, world.ctx, Z("2026-12-03T07:00")) == 1  # 08:00
    assert digest.run_digest(world.app.engine, world.ctx, Z("2026-12-03T10:00")) == 0
    (row,) = world.outbox("digest")
    assert row.key == f"digest:{COORDINATOR}:2026-12-03" and row.to_addr == COORDINATOR
    text = world.text_of(row)
    for needle in (
        "PLT-2026-000001",
        "PLT-2026-000002",
        "PLT-2026-000003",
        "bad@example.org",
        "Dossiers à vérifier (1)",
        "Délai dépassé (1)",
        "Recours mal adressé",  # the kind of one case, in the reader's language
        "boom",
    ):
        assert needle in text, needle
    html = world.raw(row).decode("ascii", "replace")
    assert "text/html" in html
    # The next day's digest counts new cases from the last one.
    assert digest.run_digest(world.app.engine, world.ctx, Z("2026-12-04T07:00")) == 1
    assert "Nouveaux dossiers (0)" in world.text_of(world.outbox("digest")[-1])


def test_digest_missed_while_down_is_sent_late_once(world: World) -> None:
    # Down on Friday 4 Dec from 07:00; back at 18:00: Friday's digest still goes out.
    assert digest.run_digest(world.app.engine, world.ctx, Z("2026-12-04T17:00")) == 1
    assert digest.run_digest(world.app.engine, world.ctx, Z("2026-12-05T09:00")) == 0  # Saturday
    assert [o.key for o in world.outbox("digest")] == [f"digest:{COORDINATOR}:2026-12-04"]


def test_digest_dry_run_writes_html_without_queueing(world: World, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from bot import cli

    add_case(world, date(2026, 12, 1))
    monkeypatch.setenv("COMPLAINTBOT_DATABASE_URL", str(world.app.settings.database.url))
    out = tmp_path / "digest.html"
    with time_machine.travel(datetime(2026, 12, 3, 8, 0) + timedelta(hours=0), tick=False):
        code = cli.main(
            ["--config", "config/example.toml", "digest", "--dry-run", "--output", str(out)]
        )
    assert code == 0
    assert "PLT-2026-000001" in out.read_text(encoding="utf-8")
    assert world.outbox("digest") == []
    # --output alone also only writes the file: it never queues a digest for real.
    plain = tmp_path / "digest.txt"
    with time_machine.travel(datetime(2026, 12, 3, 8, 0), tick=False):
        code = cli.main(["--config", "config/example.toml", "digest", "--output", str(plain)])
    assert code == 0 and "PLT-2026-000001" in plain.read_text(encoding="utf-8")
    assert world.outbox("digest") == []
