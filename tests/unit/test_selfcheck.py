"""`complaintbot selfcheck`: fourteen criteria, each with its status, evidence and next step."""

from __future__ import annotations

import json

import pytest
import time_machine
from harness.world import CONFIG, HMAC_KEY, World, Z
from mailfactory import citizen_mail

from bot import cli
from bot.models import Case


def test_fourteen_criteria_with_evidence_from_config_and_data(
    tmp_path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("COMPLAINTBOT_HMAC_KEY", HMAC_KEY)
    world = World.build(tmp_path, Z("2026-11-23T09:00"))
    world.deliver(citizen_mail(sender="a@example.be", seq=1))
    world.deliver(citizen_mail(sender="b@example.be", seq=2))
    with world.session() as s:  # the first was acknowledged (the SMTP server accepted it)
        case = s.get(Case, 1)
        assert case is not None
        case.acknowledged_at = Z("2026-11-23T09:01")
        s.commit()
    monkeypatch.setenv("COMPLAINTBOT_DATABASE_URL", str(world.app.settings.database.url))
    with time_machine.travel(Z("2026-11-30T10:00"), tick=False):  # a week after they came
        assert cli.main(["--config", str(CONFIG), "selfcheck", "--json"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(rows) == 14
    assert all(set(r) == {"criterion", "status", "evidence", "todo"} for r in rows)
    assert all(r["status"] in ("ok", "warning", "missing") for r in rows)
    by_number = {r["criterion"].split()[0]: r for r in rows}
    assert by_number["1"]["status"] == "ok"  # the example config names a coordinator
    # The second complaint was never acknowledged, a week after it came.
    assert by_number["8"]["status"] == "missing"
    assert "1 of 2 complaint(s)" in by_number["8"]["evidence"] and by_number["8"]["todo"]
    assert by_number["11"]["status"] == "missing"  # no action plan yet
    assert by_number["5"]["status"] == "warning"  # what the bot cannot see is never "ok"
    assert all(r["todo"] == "" for r in rows if r["status"] == "ok")
