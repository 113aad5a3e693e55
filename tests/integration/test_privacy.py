"""Personal data that expires: retention keeps every figure, export gives everything, erase
leaves nothing that names the person; all of it audited."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from mailfactory import COMPLAINTS, citizen_mail
from sqlalchemy import select, text, update
from sqlmodel import Session

from bot import settings as settings_mod
from bot.app import App
from bot.models import Attachment, Case, Outbox, PrivacyRequest, RawBlob
from bot.ops import privacy
from bot.reports.indicators import Period, compute

REPO = Path(__file__).resolve().parents[2]
CONFIG = str(REPO / "config" / "example.toml")
pytestmark = pytest.mark.integration
TZ = "Europe/Brussels"
PEOPLE = [
    ("marie.lambert@example.be", "Marie Lambert", "fr"),
    ("jan.peeters@example.be", "Jan Peeters", "nl"),
    ("anna.schmitz@example.be", "Anna Schmitz", "de"),
    ("keep.me@example.be", "Keep Me", "fr"),
]


@pytest.fixture
def app(database_url: str, tmp_path: Path) -> App:
    env = {"COMPLAINTBOT_DATABASE_URL": database_url, "COMPLAINTBOT_HMAC_KEY": "k" * 64}
    os.environ.setdefault("COMPLAINTBOT_HMAC_KEY", "k" * 64)
    settings = settings_mod.load(CONFIG, environ=env)
    app = App.build(settings)
    folder = tmp_path / "mails"
    folder.mkdir()
    for seq, (addr, name, lang) in enumerate(PEOPLE, 1):
        body = COMPLAINTS[lang][1].replace("Marie Lambert", "") + f"\n\n{name}"
        raw = citizen_mail(
            sender=addr, name=name, lang=lang, seq=seq, body=body, attachment=b"%PDF-1.4 x"
        )
        (folder / f"{seq}.eml").write_bytes(raw)
    report = app.import_path(folder, channel="mail")  # as from the mailbox: acknowledged
    assert report.done == len(PEOPLE)
    # Three of them were handled and closed in 2023; the last one is still open.
    with Session(app.engine) as session:
        for i, case in enumerate(session.execute(select(Case).order_by(Case.id)).scalars()):
            case.received_at = datetime(2023, 3, 1 + i, 9, tzinfo=UTC)
            case.acknowledged_at = datetime(2023, 3, 1 + i, 9, 5, tzinfo=UTC)
            case.due_at = datetime(2023, 3, 31, tzinfo=UTC)
            if case.sender != "keep.me@example.be":
                case.status, case.admissible = "closed", True
                case.outcome = ["founded", "unfounded", "partly_founded"][i]
                case.typology = "processing" if i != 1 else None
                case.answered_at = datetime(2023, 3, 20 + i, tzinfo=UTC)
                case.closed_at = datetime(2023, 3, 21 + i, tzinfo=UTC)
        session.commit()
    return app


def _indicators(app: App):  # type: ignore[no-untyped-def]
    from zoneinfo import ZoneInfo

    with Session(app.engine) as session:
        ind = compute(
            session, Period.of(2023), tz=ZoneInfo(TZ), as_of=datetime(2026, 1, 1, tzinfo=UTC)
        )
    return ind.rows, ind.monthly


def _everything(app: App) -> str:
    """Every text column of every table, as one string (to look for a person in it)."""
    parts = []
    with app.engine.connect() as conn:
        for table in (
            "case",
            "inbound_message",
            "attachment",
            "outbox",
            "case_event",
            "privacy_request",
        ):
            for row in conn.execute(text(f'SELECT * FROM "{table}"')):
                parts.append(table + repr(tuple(row)))
        for (data,) in conn.execute(text("SELECT data FROM raw_blob")):
            parts.append(bytes(data).decode("utf-8", "replace"))
    return "\n".join(parts)


def test_retention_removes_personal_data_and_keeps_every_indicator(app):
    before = _indicators(app)
    assert any(r.value for r in before[0])
    done = privacy.run_retention(app.engine, app.settings, datetime(2026, 6, 1, tzinfo=UTC))
    assert done.cases == 3 and done.raw_mails == 3
    assert _indicators(app) == before

    everything = _everything(app)
    for addr, name, _lang in PEOPLE[:3]:
        assert addr not in everything
        assert name not in everything
        assert name.split()[1] not in everything  # not in a greeting or a signature either
    assert "keep.me@example.be" in everything  # open case: kept
    with Session(app.engine) as session:
        closed = session.execute(select(Case).where(Case.status == "closed")).scalars().all()
        assert {c.number.startswith("PLT-") for c in closed} == {True}
        assert {c.outcome for c in closed} == {"founded", "unfounded", "partly_founded"}
        assert session.execute(select(RawBlob)).scalars().all().__len__() == 1
        atts = session.execute(select(Attachment)).scalars().all()
        assert sorted(a.data is None for a in atts) == [False, True, True, True]
        audit = session.execute(select(PrivacyRequest)).scalars().one()
        assert audit.action == "retention" and audit.detail["cases"] == 3
    # the job runs every day: a second run finds nothing more
    again = privacy.run_retention(app.engine, app.settings, datetime(2026, 6, 2, tzinfo=UTC))
    assert again.cases == 0 and again.messages == 0


def _cli(app: App, tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("COMPLAINTBOT_")}
    env["COMPLAINTBOT_DATABASE_URL"] = app.settings.database.url
    return subprocess.run(
        [sys.executable, "-m", "bot", "--config", CONFIG, *args],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_export_and_erase_a_person(app, tmp_path):
    who = "Jan.Peeters@example.be"  # as the person writes it
    out = tmp_path / "export"
    done = _cli(app, tmp_path, "privacy", "export", who, "--output", str(out))
    assert done.returncode == 0, done.stderr
    data = json.loads((out / "data.json").read_text())
    assert [c["sender"] for c in data["cases"]] == ["jan.peeters@example.be"]
    assert data["outgoing"] and all("raw" not in o for o in data["outgoing"])
    raws = sorted(p.name for p in (out / "raw").iterdir())
    assert any(not n.startswith("sent-") for n in raws)
    assert b"Jan Peeters" in (out / "raw" / f"{data['messages'][0]['id']}.eml").read_bytes()

    # a pending mail to the person must never go out after the erasure
    with Session(app.engine) as session:
        session.execute(
            update(Outbox)
            .where(Outbox.to_addr == "jan.peeters@example.be")
            .values(status="pending")
        )
        session.commit()
    ask = _cli(app, tmp_path, "privacy", "erase", who)
    assert ask.returncode == 2 and "--yes" in ask.stdout
    done = _cli(app, tmp_path, "privacy", "erase", who, "--yes")
    assert done.returncode == 0, done.stderr
    everything = _everything(app)
    assert "jan.peeters" not in everything.lower() and "Peeters" not in everything
    assert "marie.lambert@example.be" in everything  # the others untouched
    with Session(app.engine) as session:
        assert (
            session.execute(
                select(Outbox).where(Outbox.status == "pending", Outbox.to_addr == "anonymised")
            ).first()
            is None
        )
        audit = session.execute(select(PrivacyRequest).order_by(PrivacyRequest.id)).scalars()
        rows = [(a.action, a.subject_sha256, a.actor) for a in audit]
    digest = privacy.subject_hash("jan.peeters@example.be")
    assert [(a, s) for a, s, _ in rows] == [("export", digest), ("erase", digest)]
    assert all(actor.endswith("@cli") for _, _, actor in rows)
