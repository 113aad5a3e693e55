"""A year end to end, as a complaint coordinator lives it: mails in (real Dovecot), commands
on the command line, mails out (real SMTP), then the yearly CSV, whose figures are checked
against a count made by hand."""

from __future__ import annotations

import csv
import json
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from harness.cli import bot, cases, run_once
from mailfactory import citizen_mail


def ok(env: dict[str, str], *args: str) -> str:
    done = bot(env, *args)
    assert done.returncode == 0, done.stderr
    return done.stdout + done.stderr


def test_a_year_of_complaints_gives_the_hand_counted_figures(
    dovecot, imap_user, smtp_sink, bot_env, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    # Three complaints by mail (fr, nl, de).
    for seq, (lang, sender) in enumerate(
        [("fr", "a@example.be"), ("nl", "b@example.be"), ("de", "c@example.be")], start=1
    ):
        dovecot.append(imap_user.name, citizen_mail(sender=sender, lang=lang, seq=seq))
    run_once(bot_env)
    numbers = {c["sender"]: c["number"] for c in cases(bot_env)}
    a, b, c = numbers["a@example.be"], numbers["b@example.be"], numbers["c@example.be"]
    smtp_sink.wait_for(3)  # the three acknowledgements left
    assert json.loads(ok(bot_env, "show", a, "--json"))["acknowledged_at"]  # when accepted

    # A: admissible, founded and put right, then the citizen went to the Federal Ombudsman.
    ok(bot_env, "admissible", a)
    ok(
        bot_env,
        *("answer", a, "--outcome", "founded", "--typology", "quality", "--resolved", "yes"),
        *("--text", "Nous avons corrigé le calcul."),
    )
    ok(bot_env, "escalate", a, "--to", "federal_ombudsman")
    # B: inadmissible, with today's short word for old facts.
    ok(bot_env, "inadmissible", b, "old_facts")
    # C: in fact an appeal against a decision: re-routed (acknowledged as such, forwarded).
    ok(bot_env, "reclassify", c, "--kind", "appeal")
    refused = bot(bot_env, "answer", c, "--outcome", "unfounded", "--text", "x")
    assert refused.returncode == 2 and "reclassify" in refused.stderr  # no "unfounded" appeal
    # D: a letter, registered outside the standard procedure.
    letter = tmp_path / "letter.txt"
    letter.write_text("Courrier reçu le 3 : le guichet était fermé.", encoding="utf-8")
    ok(
        bot_env,
        *("register", "--channel", "letter", "--language", "fr", "--from", "d@example.be"),
        *("--subject", "Guichet fermé", "--text-file", str(letter), "--outside-procedure"),
    )
    run_once(bot_env)  # the answer, the refusal, C's acknowledgement and forward, D's ack
    run_once(bot_env)
    assert json.loads(ok(bot_env, "show", c, "--json"))["status"] == "forwarded"

    year = datetime.now(UTC).astimezone(ZoneInfo("Europe/Brussels")).year
    out = tmp_path / "r.csv"
    ok(bot_env, "report", "--year", str(year), "--format", "csv", "--output", str(out))
    with out.open(encoding="utf-8", newline="") as fh:
        got = {(r["indicator"], r["dimension"]): r["value"] for r in csv.DictReader(fh)}
    expected = {
        ("requests_received", "complaint"): "3",  # A, B, D
        ("requests_received", "appeal"): "1",  # C
        ("complaints_procedure", "standard"): "2",  # A, B
        ("complaints_procedure", "outside"): "1",  # D
        ("complaints_channel", "mail"): "2",
        ("complaints_channel", "letter"): "1",
        ("complaints_admissibility", "admissible"): "1",  # A
        ("complaints_admissibility", "inadmissible"): "1",  # B
        ("complaints_admissibility", "pending"): "1",  # D
        ("complaints_inadmissible_reason", "facts_older_than_1_year"): "1",
        ("complaints_outcome", "founded"): "1",
        ("founded_typology", "quality"): "1",
        ("founded_resolved", "resolved"): "1",
        ("escalations", "federal_ombudsman"): "1",
        ("open_at_period_end", "complaint"): "1",  # D
        ("open_at_period_end", "appeal"): "0",  # C was forwarded
        ("acknowledgement_days", "count"): "3",  # A, B, D acknowledged
        ("acknowledgement_days", "within_deadline_pct"): "100",
        ("answer_days", "count"): "2",  # A answered, B told why not
        ("answer_days", "within_deadline_pct"): "100",
    }
    assert {k: got.get(k) for k in expected} == expected
