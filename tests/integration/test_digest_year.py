"""A year of cases, then the coordinators' digest through a real SMTP server (aiosmtpd sink on
loopback) from a real SQLite file: each coordinator gets exactly one mail, in their own
language (organisation.coordinators entries carrying one), under 100 kB, its sections cut at
digest.CAP lines with the count of the rest and the command that lists them (issue 10 point 7:
a year of data had grown the digest to 211 kB listing 679 cases twice, FR then NL).
"""

from __future__ import annotations

import email
from datetime import UTC, datetime, timedelta
from email import policy
from email.message import EmailMessage
from pathlib import Path

from harness.smtp import SmtpSink

from bot import settings as settings_mod
from bot.app import App
from bot.db import session_scope
from bot.handling import digest
from bot.models import Case
from bot.outbox.worker import send_pending

REPO = Path(__file__).resolve().parents[2]
CONFIG = REPO / "config" / "example.toml"
HMAC_KEY = "integration-test-key-0123456789-abcdefghijklmnopqrstuvwxyz"
NOW = datetime(2026, 12, 3, 7, 0, tzinfo=UTC)  # Thursday 08:00 in Brussels: the digest's hour
SINCE = NOW - timedelta(days=1)  # the very first digest looks one day back
HANDLERS = [
    "taxes@federal.example.be",
    "pensions@federal.example.be",
    "social.security@federal.example.be",
    "mobility@federal.example.be",
    None,  # not assigned: the coordinators' own
]
CATEGORIES = ["taxes", "pensions", "social_security", "mobility", "other"]
# Hand-counted seed: a year of 3,650 cases, the last 150 since the last digest; the 3,500
# before (January to October) are closed except every 10th, still open and overdue (350).
YEAR, NEW, OVERDUE = 3650, 150, 350
COORDINATORS = {
    "coordinator@federal.example.be": ("fr", "Nouveaux dossiers", "… et 100 de plus"),
    "coordinatie@federal.example.be": ("nl", "Nieuwe dossiers", "… en nog 100"),
    "koordination@federal.example.be": ("de", "Neue Akten", "… und 100 weitere"),
}


def config(tmp_path: Path) -> Path:
    entries = ", ".join(
        f'{{ address = "{a}", language = "{lang}" }}' if lang != "fr" else f'"{a}"'
        for a, (lang, _, _) in COORDINATORS.items()
    )
    text = CONFIG.read_text(encoding="utf-8")
    text = text.replace(
        'coordinators = ["coordinator@federal.example.be"]', f"coordinators = [{entries}]"
    )
    text = text.replace(
        'rules_file = "rules.toml"', f'rules_file = "{CONFIG.parent / "rules.toml"}"'
    )
    path = tmp_path / "complaintbot.toml"
    path.write_text(text, encoding="utf-8")
    return path


def seed(app: App) -> None:
    cal = app.ctx.calendar
    cases = []
    for i in range(YEAR):
        new = i >= YEAR - NEW
        if new:  # every 9 minutes since the last digest
            received = SINCE + timedelta(minutes=9 * (i - (YEAR - NEW)))
        else:  # spread over January to October: all due, and the open ones overdue, by now
            received = NOW - timedelta(days=334) + timedelta(days=273 * i / (YEAR - NEW))
        open_ = new or i % 10 == 0
        cases.append(
            Case(
                number=f"PLT-2026-{i + 1:06d}",
                year=2026,
                seq=i + 1,
                kind="appeal" if i % 7 == 0 else "complaint",
                status="open" if open_ else "closed",
                language="nl" if i % 2 else "fr",
                category=CATEGORIES[i % len(CATEGORIES)],
                sender=f"citizen{i}@example.be",
                subject=f"Réclamation n° {i} au sujet de mon dossier, qui traîne depuis des mois",
                received_at=received,
                due_at=cal.end_of_day(cal.local_date(received + timedelta(days=30))),
                assignee=HANDLERS[i % len(HANDLERS)],
            )
        )
    with session_scope(app.engine) as session:
        session.bulk_save_objects(cases)


def parsed(raw: bytes) -> EmailMessage:
    return email.message_from_bytes(raw, policy=policy.default)  # type: ignore[return-value]


async def test_a_year_of_cases_one_digest_per_coordinator_in_their_language(
    smtp_sink: SmtpSink, tmp_path: Path
) -> None:
    ((user, password),) = smtp_sink.auth.items()
    env = {
        "COMPLAINTBOT_HMAC_KEY": HMAC_KEY,
        "COMPLAINTBOT_SMTP_HOST": smtp_sink.host,
        "COMPLAINTBOT_SMTP_PORT": str(smtp_sink.port),
        "COMPLAINTBOT_SMTP_SECURITY": "none",
        "COMPLAINTBOT_SMTP_USERNAME": user,
        "COMPLAINTBOT_SMTP_PASSWORD": password,
        "COMPLAINTBOT_DATABASE_URL": f"sqlite:///{tmp_path / 'complaintbot.db'}",
        "COMPLAINTBOT_STORAGE_DATA_DIR": str(tmp_path / "var"),
    }
    settings = settings_mod.load(config(tmp_path), environ=env)
    app = App.build(settings)
    app.ctx.clock = lambda: NOW
    seed(app)

    assert digest.run_digest(app.engine, app.ctx, NOW) == len(COORDINATORS)
    assert digest.run_digest(app.engine, app.ctx, NOW + timedelta(hours=2)) == 0  # once a day
    await send_pending(app.engine, settings, now=NOW)
    got = smtp_sink.wait_for(len(COORDINATORS))
    assert sorted(r for m in got for r in m.rcpt_tos) == sorted(COORDINATORS)  # one mail each

    others = {heading for _, heading, _ in COORDINATORS.values()}
    for received in got:
        (to,) = received.rcpt_tos
        lang, heading, more = COORDINATORS[to]
        assert len(received.raw) < 100_000, (to, len(received.raw))
        msg = parsed(received.raw)
        text = msg.get_body(("plain",)).get_content()  # type: ignore[union-attr]
        html = msg.get_body(("html",)).get_content()  # type: ignore[union-attr]
        assert f"{heading} ({NEW})" in text  # in the reader's language, and only in it
        assert not [h for h in others - {heading} if h in text], to
        assert f"{more}" in text and "complaintbot list --status open" in text
        assert f"{more}" in html
        # the new cases: one line each, at most CAP of them, then the count of the rest
        new_section = text.split(f"{heading} ({NEW})")[1].split(more)[0]
        assert new_section.count("PLT-2026-") == digest.CAP
        assert f"({OVERDUE})" in text  # the overdue total is exact though its list is cut
        assert text.count("PLT-2026-") <= 6 * digest.CAP
