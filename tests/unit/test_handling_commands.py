"""Handler mail commands and coordinator CLI: what changes, what is sent, what is refused."""

from __future__ import annotations

import base64
import json
from datetime import timedelta

import pytest
from harness.world import (
    CONFIG,
    COORDINATOR,
    HMAC_KEY,
    World,
    Z,
    handler_mail,
)
from mailfactory import citizen_mail
from sqlalchemy import select

from bot import cli
from bot.errors import DraftError
from bot.handling.settings import HandlingSettings
from bot.models import Attachment, Case, InboundMessage

SERVICE = "complaints@federal.example.be"  # categories.other.address: where the test mails go


@pytest.fixture(autouse=True)
def _key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COMPLAINTBOT_HMAC_KEY", HMAC_KEY)


@pytest.fixture
def world(tmp_path) -> World:  # type: ignore[no-untyped-def]
    return World.build(tmp_path, Z("2026-11-23T09:00"))  # Monday 10:00 in Brussels


def new_case(world: World, *, lang: str = "fr", category: str | None = None) -> tuple[Case, str]:
    world.seq += 1
    world.deliver(citizen_mail(lang=lang, sender=f"citizen{world.seq}@example.be", seq=world.seq))
    case = world.case()
    if category:
        with world.session() as s:
            row = s.get(Case, case.id)
            row.category = category  # type: ignore[union-attr]
            s.commit()
        case = world.case()
    assignment = [o for o in world.outbox("assignment") if o.case_id == case.id][-1]
    return case, str(world.parsed(assignment)["Reply-To"])


def reply(world: World, to: str, body: str, *, sender: str = SERVICE, **kw) -> InboundMessage:  # type: ignore[no-untyped-def]
    world.seq += 1
    return world.inbound(
        world.deliver(handler_mail(to=to, body=body, sender=sender, seq=world.seq, **kw))
    )


# --------------------------------------------------------------------------- assignment


def test_new_complaint_is_routed_and_the_handler_gets_everything_needed(world: World) -> None:
    case, reply_to = new_case(world, lang="nl")
    assert case.assignee == SERVICE and case.service == SERVICE
    assert reply_to.startswith(f"plaintes.klachten+c{case.id}.")
    (row,) = world.outbox("assignment")
    text = world.text_of(row)
    assert case.number in row.subject and "23 december 2026" in row.subject  # the deadline
    assert "ontevreden" in text  # the citizen's text
    assert "#answer founded|partly-founded" in text
    # the command help in the staff languages (fr, nl), never the English one
    assert "#extend JOURS raison" in text and "#extend DAGEN reden" in text
    assert "the answer for the citizen" not in text and "#extend DAYS" not in text
    # which second line the final answer will name, and how to change it
    assert "Deuxième ligne citée dans la réponse finale : le Médiateur fédéral" in text
    assert "#second-line pensions_ombudsman" in text
    assert reply_to in text and "complaint_delay" in text  # how to answer; the rule hits
    (event,) = world.events(case.id, "assigned")
    assert event.detail["after"]["assignee"] == SERVICE and event.actor == "bot"


def test_citizen_text_is_sanitised_in_the_assignment(world: World) -> None:
    world.deliver(
        citizen_mail(
            sender="x@example.be",
            seq=7,
            body="Je suis très mécontente.\u202e<script>alert(1)</script>\x07",
        )
    )
    (row,) = world.outbox("assignment")
    msg = world.parsed(row)
    text = msg.get_body(("plain",)).get_content()
    html = msg.get_body(("html",)).get_content()
    assert "\u202e" not in text and "\x07" not in text
    assert "<script>" not in html and "&lt;script&gt;" in html


def test_citizen_attachment_reaches_the_handler_by_id_not_in_the_outbox_row(
    world: World,
) -> None:
    pdf = b"%PDF-1.4 " + bytes(range(256)) * 400  # binary, ~100 kB
    world.deliver(citizen_mail(sender="att@example.be", seq=8, attachment=pdf))
    (row,) = world.outbox("assignment")
    with world.session() as s:
        (att,) = s.execute(select(Attachment)).scalars()
    # The row names the stored attachment; its bytes are read only when the mail is built.
    assert row.raw is None and row.draft is not None
    assert row.draft["attachments"] == [{"id": att.id}]
    stored = json.dumps(row.draft)
    assert base64.b64encode(pdf[:300]).decode()[:200] not in stored
    assert len(stored) < 30_000  # the rendered text and HTML, no 100 kB file
    msg = world.parsed(row)
    (part,) = [p for p in msg.iter_attachments()]
    assert part.get_filename() == "dossier.pdf" and part.get_content_type() == "application/pdf"
    assert part.get_content() == pdf
    assert "dossier.pdf" in msg.get_body(("plain",)).get_content()  # listed in the text too
    # Gone before the worker built it: the mail cannot be built (the worker fails the row).
    with world.session() as s:
        s.get(Attachment, att.id).data = None  # type: ignore[union-attr]
        s.commit()
    with pytest.raises(DraftError, match=f"attachment #{att.id}"):
        world.raw(world.outbox("assignment")[0])


# --------------------------------------------------------------------------- final answer


@pytest.mark.parametrize(
    ("lang", "category", "second_line", "outcome_word"),
    [
        ("fr", "pensions", "Service de médiation Pensions", "fondée"),
        ("nl", "police", "Comité P", "gegrond"),
        ("de", "other", "Föderalen Ombudsmann", "begründet"),
        ("en", "taxes", "Federal Ombudsman", "founded"),
    ],
)
def test_answer_by_mail_sends_the_final_answer_with_the_right_second_line(
    world: World, lang: str, category: str, second_line: str, outcome_word: str
) -> None:
    case, reply_to = new_case(world, lang=lang, category=category)
    world.clock.now += timedelta(days=1)
    inbound = reply(
        world,
        reply_to,
        "#answer founded processing\nVotre dossier a été traité.\n\n"
        "Le 23/11/2026 à 10:00, Service a écrit :\n> #note x\n",
    )
    assert (inbound.outcome, inbound.kind) == ("filed", "handler_command")
    after = world.case(case.number)
    assert (after.status, after.outcome, after.typology) == ("closed", "founded", "processing")
    assert after.admissible is True and after.closed_at == world.clock.now
    (final,) = world.outbox("final_answer")
    assert final.to_addr == case.sender and final.key == f"final_answer:{case.number}"
    text = world.text_of(final)
    assert second_line in text and outcome_word in text and case.number in text
    assert "Votre dossier a été traité." in text and "#note" not in text
    assert (
        world.app.settings.link("procedure", lang) in text
    )  # the complaint procedure, per language
    (event,) = world.events(case.id, "answered")
    assert (event.actor, event.channel, event.inbound_id) == (SERVICE, "mail", inbound.id)
    assert event.detail["before"]["status"] == "open"
    assert event.detail["after"]["outcome"] == "founded"
    assert len(world.outbox("command_done")) == 1


def test_inadmissible_tells_the_reason_and_where_to_go(world: World) -> None:
    case, reply_to = new_case(world, lang="fr", category="pensions")
    reply(world, reply_to, "#inadmissible appeal-route\nIl s'agit d'une décision de pension.")
    after = world.case(case.number)
    assert (after.admissible, after.inadmissible_reason, after.status) == (
        False,
        "decision_with_appeal_route",
        "closed",
    )
    text = world.text_of(world.outbox("inadmissible")[0])
    assert "voie de recours existe" in text and "tribunal du travail" in text
    assert "Service de médiation Pensions" in text


# --------------------------------------------------------------------------- refusals


def _unchanged(world: World, before: Case) -> None:
    after = world.case(before.number)
    for field in ("status", "outcome", "assignee", "due_at", "extension_days", "pauses"):
        assert getattr(after, field) == getattr(before, field), field
    assert world.outbox("final_answer") == []


@pytest.mark.parametrize("token", ["", "aaaaaaaaaaaaaaaaaaaaaaaa", "TAMPER"])
def test_forged_command_changes_nothing(world: World, token: str) -> None:
    case, reply_to = new_case(world)
    if token == "":  # right From, no token: the bot's plain address
        to = "plaintes.klachten@federal.example.be"
    elif token == "TAMPER":  # a real token with one character changed
        local, domain = reply_to.split("@")
        to = local[:-1] + ("a" if local[-1] != "a" else "b") + "@" + domain
    else:
        to = f"plaintes.klachten+c{case.id}.{token}@federal.example.be"
    inbound = reply(world, to, "#answer unfounded\nRien à signaler.")
    _unchanged(world, case)
    if token == "":
        assert inbound.kind != "handler_command"  # an ordinary mail, never a command
        return
    assert inbound.kind == "command_refused" and inbound.case_id == case.id
    (event,) = world.events(case.id, "command_refused")
    assert event.detail["code"].startswith("token_") and event.actor == SERVICE
    (refusal,) = world.outbox("command_refused")
    assert refusal.to_addr == SERVICE and "rien n'a été modifié" in world.text_of(refusal)


def test_token_of_another_case_or_expired_is_refused(world: World) -> None:
    first, reply_first = new_case(world)
    second, _ = new_case(world)
    # The token of case 1 pasted under case 2's id.
    token = reply_first.split("@")[0].split(".")[-1]
    reply(world, f"plaintes.klachten+c{second.id}.{token}@federal.example.be", "#note x")
    assert world.events(second.id, "command_refused")[0].detail["code"] == "token_bad_signature"
    world.clock.now += timedelta(days=121)
    reply(world, reply_first, "#note late")
    (event,) = world.events(first.id, "command_refused")
    assert event.detail["code"] == "token_expired"
    assert world.events(first.id, "note") == []


def test_valid_token_from_another_sender_is_refused(world: World) -> None:
    case, reply_to = new_case(world)
    reply(world, reply_to, "#answer unfounded\nNon.", sender="intruder@example.org")
    _unchanged(world, case)
    (event,) = world.events(case.id, "command_refused")
    assert event.detail["code"] == "sender_not_allowed"
    assert world.outbox("command_refused") == []  # no backscatter to an unknown address


def test_service_member_may_answer_with_the_service_token(tmp_path) -> None:  # type: ignore[no-untyped-def]
    hs = HandlingSettings(
        members={SERVICE: ["jan.peeters@federal.example.be"]},
        trusted_authserv_ids=["mx.federal.example.be"],
    )
    world = World.build(tmp_path, Z("2026-11-23T09:00"), handling=hs)
    case, reply_to = new_case(world)
    reply(world, reply_to, "#note I take this one", sender="jan.peeters@federal.example.be")
    (event,) = world.events(case.id, "note")
    assert event.actor == "jan.peeters@federal.example.be"


def test_mistyped_command_is_refused_with_a_suggestion(world: World) -> None:
    case, reply_to = new_case(world)
    reply(world, reply_to, "#answr founded quality\nBonjour")
    _unchanged(world, case)
    text = world.text_of(world.outbox("command_refused")[0])
    # in the staff language, not the parser's English (issue 11)
    assert "Vouliez-vous dire #answer ?" in text and "Did you mean" not in text


def test_reply_without_command_is_refused(world: World) -> None:
    case, reply_to = new_case(world)
    reply(world, reply_to, "Je m'en occupe.")
    assert world.events(case.id, "command_refused")[0].detail["code"] == "no_command"


def test_out_of_office_to_a_reply_address_is_filed_silently(world: World) -> None:
    case, reply_to = new_case(world)
    inbound = reply(
        world, reply_to, "I am away until Monday.", headers={"Auto-Submitted": "auto-replied"}
    )
    assert (inbound.outcome, inbound.kind) == ("filed", "auto_reply")
    assert world.outbox("command_refused") == [] and world.events(case.id, "command_refused") == []


def test_command_on_a_closed_case_is_refused(world: World) -> None:
    case, reply_to = new_case(world)
    reply(world, reply_to, "#answer unfounded\nNon fondée.")
    reply(world, reply_to, "#answer founded quality\nFinalement fondée.")
    assert world.case(case.number).outcome == "unfounded"
    assert world.events(case.id, "command_refused")[0].detail["code"] == "case_closed"
    assert len(world.outbox("final_answer")) == 1


# --------------------------------------------------------------------------- extend, wait, assign


def test_extend_once_moves_the_deadline_and_tells_the_citizen(world: World) -> None:
    case, reply_to = new_case(world)
    assert world.ctx.calendar.local_date(case.due_at).isoformat() == "2026-12-23"
    reply(world, reply_to, "#extend 15 the file is with the regional office")
    after = world.case(case.number)
    # 30 + 15 calendar days from 23 Nov = 7 Jan 2027 (a Thursday, a working day).
    assert world.ctx.calendar.local_date(after.due_at).isoformat() == "2027-01-07"
    assert after.extension_days == 15 and "regional office" in after.extension_reason
    (notice,) = world.outbox("extension_notice")
    assert "7 janvier 2027" in world.text_of(notice) and "regional office" in world.text_of(notice)
    (event,) = world.events(case.id, "extended")
    assert event.detail["before"]["extension_days"] == 0
    # A second extension is refused; nothing moves.
    reply(world, reply_to, "#extend 5 again")
    assert world.case(case.number).due_at == after.due_at
    assert "only one extension" in world.events(case.id, "command_refused")[0].detail["reason"]


def test_wait_stops_the_clock_and_the_citizens_reply_restarts_it(world: World) -> None:
    case, reply_to = new_case(world, lang="nl")
    world.clock.now = Z("2026-11-25T09:00")  # Wednesday
    reply(world, reply_to, "#wait Welk dossiernummer hebt u gekregen?")
    waiting = world.case(case.number)
    assert waiting.status == "waiting" and waiting.pauses[0][1] is None
    ask = world.outbox("ask_details")[0]
    assert "Welk dossiernummer" in world.text_of(ask) and ask.to_addr == case.sender
    world.clock.now = Z("2026-12-02T09:00")  # the citizen answers a week later
    world.seq += 1
    answer_id = world.deliver(
        citizen_mail(
            lang="nl",
            sender=case.sender,
            seq=world.seq,
            subject=f"Re: {case.number}",
            body="Mijn dossiernummer is 4471-B.",
            attachment=b"%PDF-1.4 brief",
        )
    )
    assert world.inbound(answer_id).outcome == "follow_up"
    resumed = world.case(case.number)
    assert resumed.status == "open" and resumed.pauses[0][1] is not None
    # 7 days frozen (26 Nov .. 2 Dec): 23 Dec + 7 = 30 Dec, a closure day in the example
    # config (28-31 Dec), 1 Jan a holiday, 2-3 Jan a weekend -> Monday 4 January 2027.
    assert world.ctx.calendar.local_date(resumed.due_at).isoformat() == "2027-01-04"
    (event,) = world.events(case.id, "clock_restarted")
    assert event.detail["before"]["status"] == "waiting"
    # The answer reaches the handler, with the attachment and a reply address that works.
    (passed_on,) = world.outbox("citizen_reply")
    assert passed_on.to_addr == SERVICE and passed_on.case_id == case.id
    mail = world.parsed(passed_on)
    assert "Mijn dossiernummer is 4471-B." in world.text_of(passed_on)
    assert [p.get_filename() for p in mail.iter_attachments()] == ["dossier.pdf"]
    reply(world, str(mail["Reply-To"]), "#note the citizen sent the number")
    assert world.events(case.id, "note")[0].detail["text"] == "the citizen sent the number"


def test_a_word_from_the_citizen_on_a_closed_case_goes_to_the_coordinators(world: World) -> None:
    case, reply_to = new_case(world)
    reply(world, reply_to, "#answer unfounded\nVotre dossier a été traité dans les délais.")
    assert world.case(case.number).status == "closed"
    world.seq += 1
    world.deliver(
        citizen_mail(
            sender=case.sender,
            seq=world.seq,
            subject=f"Re: {case.number}",
            body="Je ne suis pas d'accord avec votre réponse.",
        )
    )
    after = world.case(case.number)
    assert after.status == "closed" and after.needs_review
    sent = world.outbox("citizen_reply")
    assert {o.to_addr for o in sent} == set(world.app.settings.organisation.coordinators)
    assert all("Je ne suis pas d'accord" in world.text_of(o) for o in sent)
    assert all(world.parsed(o)["Reply-To"] is None for o in sent)  # no commands on a closed case


def test_assign_hands_over_and_the_old_token_stops_working(world: World) -> None:
    case, reply_to = new_case(world)
    new = "pensions@federal.example.be"
    reply(world, reply_to, f"#assign {new}\nCeci concerne les pensions.")
    assert world.case(case.number).assignee == new
    second = world.outbox("assignment")[-1]
    assert second.to_addr == new and "Ceci concerne les pensions." in world.text_of(second)
    reply(world, reply_to, "#note still mine?")
    assert world.events(case.id, "command_refused")[0].detail["code"] == "sender_not_allowed"
    # The coordinator may act on any case, with the token mailed to them.
    new_reply = str(world.parsed(second)["Reply-To"])
    reply(world, new_reply, "#note from the new handler", sender=new)
    assert len(world.events(case.id, "note")) == 1


def test_failing_action_rolls_back_the_whole_mail(world: World) -> None:
    case, reply_to = new_case(world)
    world.clock.now = Z("2026-12-24T09:00")  # the deadline (23 Dec) is over: no extension
    reply(world, reply_to, "#note first\n#extend 10 too late")
    assert world.events(case.id, "note") == []  # the note went back with the failed extend
    assert world.case(case.number).extension_days == 0


# --------------------------------------------------------------------------- CLI


def _cli(world: World, monkeypatch: pytest.MonkeyPatch, *argv: str) -> int:
    monkeypatch.setenv("COMPLAINTBOT_DATABASE_URL", str(world.app.settings.database.url))
    monkeypatch.setenv("USER", "coord")
    return cli.main(["--config", str(CONFIG), *argv])


def test_cli_actions_are_recorded_with_channel_cli(world: World, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    case, _ = new_case(world)
    assert _cli(world, monkeypatch, "note", case.number, "called", "the", "citizen") == 0
    assert (
        _cli(
            world,
            monkeypatch,
            "assign",
            case.number,
            "taxes@federal.example.be",
            "--actor",
            "alice",
        )
        == 0
    )
    answer = tmp_path / "answer.txt"
    answer.write_text("Votre plainte est fondée ; nous corrigeons le calcul.", encoding="utf-8")
    assert (
        _cli(
            world,
            monkeypatch,
            "answer",
            case.number,
            "--outcome",
            "partly-founded",
            "--typology",
            "quality",
            "--text-file",
            str(answer),
        )
        == 0
    )
    after = world.case(case.number)
    assert (after.status, after.outcome, after.typology) == ("closed", "partly_founded", "quality")
    events = {e.type: e for e in world.events(case.id)}
    assert (events["note"].actor, events["note"].channel) == ("coord", "cli")
    assert events["assigned"].actor == "alice" and events["answered"].channel == "cli"
    assert "nous corrigeons" in world.text_of(world.outbox("final_answer")[0])


def test_cli_mistakes_are_one_line_errors(world: World, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    case, _ = new_case(world)
    assert _cli(world, monkeypatch, "close", "PLT-1999-000001") == 2
    assert "no case PLT-1999-000001" in capsys.readouterr().err
    assert (
        _cli(world, monkeypatch, "answer", case.number, "--outcome", "founded", "--text", "x") == 2
    )
    assert "typology" in capsys.readouterr().err
    assert _cli(world, monkeypatch, "extend", case.number, "40", "--reason", "r") == 2
    assert "1 to 15" in capsys.readouterr().err
    # A complaint cannot be closed with its admissibility pending (it would stay "pending"
    # in every report): decide it first.
    assert _cli(world, monkeypatch, "close", case.number, "--outcome", "withdrawn") == 2
    assert "complaintbot admissible" in capsys.readouterr().err
    assert _cli(world, monkeypatch, "admissible", case.number) == 0
    assert _cli(world, monkeypatch, "close", case.number, "--outcome", "withdrawn") == 0
    assert world.case(case.number).status == "closed"
    assert _cli(world, monkeypatch, "note", case.number, "x") == 0  # notes on closed cases
    assert COORDINATOR  # the example config's coordinator receives digests (see jobs tests)


# --------------------------------------------------------------------------- kinds and lifecycle


def _make_kind(world: World, case: Case, kind: str) -> Case:
    with world.session() as s:
        row = s.get(Case, case.id)
        row.kind = kind  # type: ignore[union-attr]
        s.commit()
    return world.case(case.number)


def test_extension_notice_says_how_far_the_date_moves(world: World) -> None:
    world.clock.now = Z("2026-11-29T09:00")  # Sunday: 30 days -> 29 Dec, a closure day
    case, reply_to = new_case(world)
    # Carried past the closure days (28-31 Dec), New Year and the weekend to Monday 4 Jan.
    assert world.ctx.calendar.local_date(case.due_at).isoformat() == "2027-01-04"
    reply(world, reply_to, "#extend 10 the file is with the regional office")
    after = world.case(case.number)
    # 29 Dec + 10 = Friday 8 Jan: the date the citizen knows moves by 4 days, not 10.
    assert world.ctx.calendar.local_date(after.due_at).isoformat() == "2027-01-08"
    (notice,) = world.outbox("extension_notice")
    text = world.text_of(notice)
    assert "prolongé de 4 jours" in text and "8 janvier 2027" in text
    assert world.events(case.id, "extended")[0].detail["date_moved_days"] == 4


def test_extension_that_does_not_move_the_date_is_refused(world: World) -> None:
    world.clock.now = Z("2026-11-29T09:00")
    case, reply_to = new_case(world)
    reply(world, reply_to, "#extend 1 a little more time")
    (refused,) = world.events(case.id, "command_refused")
    assert "leaves the due date on 2027-01-04" in refused.detail["reason"]
    assert world.outbox("extension_notice") == []


def test_answer_and_inadmissible_refuse_an_appeal_naming_reclassify(
    world: World, monkeypatch, capsys
) -> None:  # type: ignore[no-untyped-def]
    case, reply_to = new_case(world, lang="de")
    case = _make_kind(world, case, "appeal")
    reply(world, reply_to, "#answer unfounded\nWir betrachten Ihre Beschwerde als unbegründet.")
    (refused,) = world.events(case.id, "command_refused")
    assert f"complaintbot reclassify {case.number} --kind complaint" in refused.detail["reason"]
    assert "#kind complaint" in refused.detail["reason"]
    assert world.outbox("final_answer") == []
    assert _cli(world, monkeypatch, "inadmissible", case.number, "vague") == 2
    err = capsys.readouterr().err
    assert "appeal, not a complaint" in err and "reclassify" in err
    assert world.case(case.number).status == "open"


def test_reclassify_by_mail_reroutes_and_then_the_answer_goes_out(world: World) -> None:
    case, reply_to = new_case(world)
    case = _make_kind(world, case, "information_request")
    reply(world, reply_to, "#kind complaint\nC'est bien une plainte sur le délai.")
    after = world.case(case.number)
    assert after.kind == "complaint" and after.status == "open"
    (event,) = world.events(case.id, "reclassified")
    assert event.detail["before"]["kind"] == "information_request"
    assert event.detail["after"]["kind"] == "complaint" and "délai" in event.detail["reason"]
    # The complaint's acknowledgement was already queued when the case opened: not twice.
    assert len([o for o in world.outbox("ack_complaint") if o.case_id == case.id]) == 1
    reply(world, reply_to, "#answer unfounded\nVotre dossier a été traité dans les délais.")
    assert world.case(case.number).outcome == "unfounded"


def test_reclassify_as_appeal_forwards_and_acknowledges(world: World, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    case, _ = new_case(world, lang="nl")
    assert _cli(world, monkeypatch, "reclassify", case.number, "--kind", "appeal") == 0
    after = world.case(case.number)
    assert after.kind == "appeal"
    (ack,) = [o for o in world.outbox("ack_appeal") if o.case_id == case.id]
    assert ack.to_addr == case.sender
    (forward,) = [o for o in world.outbox("forward_appeal") if o.case_id == case.id]
    assert forward.to_addr == SERVICE
    assert world.events(case.id, "reclassified")[0].channel == "cli"
    # Once sent, the forward closes it as "forwarded"; a coordinator can reopen it.
    with world.session() as s:
        row = s.get(Case, case.id)
        row.status = "forwarded"  # type: ignore[union-attr]
        s.commit()
    assert _cli(world, monkeypatch, "note", case.number, "x") == 0
    assert _cli(world, monkeypatch, "wait", case.number, "question?") == 2
    assert _cli(world, monkeypatch, "reopen", case.number, "--reason", "sent back") == 0
    assert world.case(case.number).status == "open"
    assert world.events(case.id, "reopened")[0].detail["reason"] == "sent back"
    assert _cli(world, monkeypatch, "reclassify", case.number, "--kind", "spam") == 2


def test_escalation_is_recorded_after_the_answer(world: World, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    case, reply_to = new_case(world)
    reply(world, reply_to, "#answer unfounded\nVotre dossier a été traité dans les délais.")
    reply(world, reply_to, "#escalate federal-ombudsman")
    assert world.case(case.number).escalated_to == "federal_ombudsman"
    reply(world, reply_to, "#wait a question")  # anything else on a closed case is refused
    assert world.events(case.id, "command_refused")[0].detail["code"] == "case_closed"
    assert (
        _cli(world, monkeypatch, "escalate", case.number, "--to", "court", "--date", "2027-02-01")
        == 0
    )
    after = world.case(case.number)
    assert after.escalated_to == "court"
    events = world.events(case.id, "escalated_to")
    assert [e.detail["after"]["escalated_to"] for e in events] == ["federal_ombudsman", "court"]
    assert events[1].detail["on"] == "2027-02-01" and events[1].channel == "cli"
    assert _cli(world, monkeypatch, "escalate", case.number, "--to", "mars") == 2
    assert _cli(world, monkeypatch, "escalate", case.number, "--to", "court", "--date", "x") == 2


def test_register_a_phone_complaint_outside_the_procedure(
    world: World, monkeypatch, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    text = tmp_path / "call.txt"
    text.write_text("Appel du 20/11 : personne ne répond au guichet de Namur.", encoding="utf-8")
    argv = ["--language", "fr", "--from", "Jean.Dupont@example.be", "--name", "Jean Dupont"]
    argv += ["--subject", "Guichet de Namur", "--text-file", str(text)]
    assert (
        _cli(world, monkeypatch, "register", "--channel", "phone", "--origin", "company", *argv)
        == 0
    )
    case = world.case()
    assert (case.channel, case.origin, case.kind, case.language) == (
        "phone",
        "company",
        "complaint",
        "fr",
    )
    assert case.standard_procedure is True and case.sender == "jean.dupont@example.be"
    assert case.due_at is not None and case.assignee == SERVICE  # routed and chased
    (ack,) = [o for o in world.outbox("ack_complaint") if o.case_id == case.id]
    assert ack.to_addr == "jean.dupont@example.be" and case.number in world.text_of(ack)
    assert "guichet de Namur" in world.text_of(world.outbox("assignment")[-1])
    (event,) = world.events(case.id, "registered")
    assert event.channel == "cli" and event.detail["origin"] == "company"

    assert (
        _cli(world, monkeypatch, "register", "--channel", "letter", "--outside-procedure", *argv)
        == 0
    )
    letter = world.case()
    assert letter.channel == "letter" and letter.standard_procedure is False
    assert letter.origin == "citizen" and letter.number != case.number

    from bot.reports.indicators import Period, compute

    with world.session() as s:
        ind = compute(s, Period.of(2026), tz=world.ctx.calendar.tz, as_of=world.clock.now)
    # Hand count: one phone call from a company (standard procedure), one letter outside it.
    assert ind.get("complaints_channel", "phone") == 1
    assert ind.get("complaints_channel", "letter") == 1
    assert ind.get("complaints_origin", "company") == 1
    assert ind.get("complaints_origin", "citizen") == 1
    assert ind.get("complaints_procedure", "outside") == 1
    assert ind.get("complaints_procedure", "standard") == 1

    assert _cli(world, monkeypatch, "register", "--channel", "fax", *argv) == 2
    assert (
        _cli(world, monkeypatch, "register", "--channel", "letter", "--origin", "alien", *argv) == 2
    )


# --------------------------------------------------------------------------- admissibility


def test_admissibility_has_its_own_clock_and_is_reminded(world: World, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from bot.handling import jobs

    case, reply_to = new_case(world)
    # 10 working days from Monday 23 Nov 2026: Monday 7 December.
    assert world.ctx.calendar.local_date(case.admissibility_due_at).isoformat() == "2026-12-07"
    world.clock.now = Z("2026-12-02T09:00")  # Wednesday: 3 working days left
    assert jobs.run_reminders(world.app.engine, world.ctx) >= 1
    (reminder,) = world.outbox("admissibility_reminder")
    assert reminder.to_addr == SERVICE and "7 décembre 2026" in world.text_of(reminder)
    assert "#admissible" in world.text_of(reminder)
    assert jobs.run_reminders(world.app.engine, world.ctx) == 0  # once per step
    reply(world, reply_to, "#admissible\nRecevable : le dossier est bien chez nous.")
    after = world.case(case.number)
    assert after.admissible is True and after.admissibility_due_at is None
    assert after.status == "open"  # the answer is still to come
    (event,) = world.events(case.id, "admissible")
    assert event.detail["late"] is False and "Recevable" in event.detail["note"]
    world.clock.now = Z("2026-12-07T09:00")
    jobs.run_reminders(world.app.engine, world.ctx)
    assert len(world.outbox("admissibility_reminder")) == 1  # decided: no more reminders
    assert _cli(world, monkeypatch, "admissible", case.number) == 0  # nothing to change


def test_founded_answer_records_whether_it_was_resolved(world: World, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    case, reply_to = new_case(world)
    reply(world, reply_to, "#answer founded processing unresolved\nNous corrigeons le calcul.")
    assert world.case(case.number).resolved is False
    other, _ = new_case(world)
    argv = ["--outcome", "partly-founded", "--typology", "quality", "--resolved", "yes"]
    assert _cli(world, monkeypatch, "answer", other.number, *argv, "--text", "Corrigé.") == 0
    assert world.case(other.number).resolved is True
    third, reply3 = new_case(world)
    reply(world, reply3, "#answer unfounded resolved\nRien à corriger.")
    assert world.case(third.number).resolved is None  # only founded complaints are resolved
    from bot.reports.indicators import Period, compute

    with world.session() as s:
        ind = compute(s, Period.of(2026), tz=world.ctx.calendar.tz, as_of=world.clock.now)
    # Hand count: one founded and unresolved, one partly founded and resolved.
    assert ind.get("founded_resolved", "resolved") == 1
    assert ind.get("founded_resolved", "unresolved") == 1
    assert ind.get("founded_resolved", "total") == 2


def test_within_the_deadline_is_measured_against_the_legal_deadline(world: World) -> None:
    from bot.reports.indicators import Period, compute

    def stopped_a_week() -> tuple[Case, str]:
        world.clock.now = Z("2026-11-23T09:00")
        case, reply_to = new_case(world)
        world.clock.now = Z("2026-11-25T09:00")
        reply(world, reply_to, "#wait Quel est votre numéro de dossier ?")
        world.clock.now = Z("2026-12-02T09:00")  # the citizen answers: 7 days stopped
        world.seq += 1
        world.deliver(
            citizen_mail(
                sender=case.sender, seq=world.seq, subject=f"Re: {case.number}", body="4471-B"
            )
        )
        return case, reply_to

    early, early_reply = stopped_a_week()
    late, late_reply = stopped_a_week()
    # Both due 30 Dec + carried past the closure days and New Year to Monday 4 January 2027.
    assert world.ctx.calendar.local_date(world.case(late.number).due_at).isoformat() == "2027-01-04"
    world.clock.now = Z("2026-12-28T09:00")  # 35 days, 7 stopped: 28 <= 30
    reply(world, early_reply, "#answer unfounded\nVotre dossier a été traité.")
    world.clock.now = Z("2027-01-04T09:00")  # 42 days, 7 stopped: 35 > 30, yet by the due date
    reply(world, late_reply, "#answer unfounded\nVotre dossier a été traité.")
    assert world.case(early.number).answered_in_time is True
    assert world.case(late.number).answered_in_time is False
    with world.session() as s:
        tz = world.ctx.calendar.tz
        ind = compute(s, Period.of(2026), tz=tz, as_of=world.clock.now)
        nxt = compute(s, Period.of(2027), tz=tz, as_of=world.clock.now)
    # Hand count: 2026 has one answer, in time; 2027 one answer, late (though by its due date).
    assert ind.get("answer_days", "within_deadline_pct") == 100.0
    assert nxt.get("answer_days", "within_deadline_pct") == 0.0


def test_admissibility_pending_at_year_end_is_the_state_on_31_december(world: World) -> None:
    from bot.reports.indicators import Period, compute

    world.clock.now = Z("2026-12-14T09:00")
    decided_in_time, reply_a = new_case(world)
    decided_later, reply_b = new_case(world)
    never, _ = new_case(world)
    world.clock.now = Z("2026-12-15T09:00")
    reply(world, reply_a, "#admissible")
    world.clock.now = Z("2027-01-05T09:00")
    reply(world, reply_b, "#admissible")
    with world.session() as s:
        ind = compute(s, Period.of(2026), tz=world.ctx.calendar.tz, as_of=world.clock.now)
    # Hand count on 31 December 2026: one decided (admissible), two still pending, although
    # one of those two is admissible today.
    assert ind.get("complaints_admissibility", "admissible") == 1
    assert ind.get("complaints_admissibility", "pending") == 2
    assert world.case(never.number).admissible is None


def test_assign_only_inside_the_organisation_and_the_previous_assignee_is_told(
    world: World,
) -> None:
    case, reply_to = new_case(world)
    reply(world, reply_to, "#assign attacker@evil.example\nPlease take over.")
    assert world.case(case.number).assignee == SERVICE
    (event,) = world.events(case.id, "command_refused")
    assert event.detail["code"] == "action_refused" and "evil.example" in event.detail["reason"]
    assert [o.to_addr for o in world.outbox("assignment")] == [SERVICE]
    # A sub-domain or look-alike of the organisation is not the organisation.
    reply(world, reply_to, "#assign x@federal.example.be.evil.example")
    assert world.case(case.number).assignee == SERVICE
    # Inside the organisation: done, and the previous assignee gets a notice in every staff
    # language (fr, nl here) naming the new assignee.
    reply(world, reply_to, "#assign jan.peeters@federal.example.be\nPour vous.")
    assert world.case(case.number).assignee == "jan.peeters@federal.example.be"
    (told,) = world.outbox("reassigned")
    text = world.text_of(told)
    assert told.to_addr == SERVICE and "jan.peeters@federal.example.be" in text
    assert "confiée à jan.peeters@federal.example.be" in text
    assert "overgedragen" in text and not told.automatic


# --------------------------------------------------------------------------- the second line


def test_a_person_sets_the_second_line_by_mail_and_the_final_answer_names_it(
    world: World,
) -> None:
    # A wallet stolen in the service's own waiting room: the rules said "police"; the handler
    # knows it is about the service, not about police conduct.
    case, reply_to = new_case(world, lang="fr", category="police")
    inbound = reply(world, reply_to, "#second-line federal_ombudsman")
    assert inbound.outcome == "filed"
    (event,) = world.events(case.id, "second_line_set")
    assert (event.actor, event.channel) == (SERVICE, "mail")
    assert event.detail == {
        "before": "comite_p",
        "after": "federal_ombudsman",
        "proposed": "comite_p",
    }
    reply(world, reply_to, "#answer unfounded\nNos services ont agi correctement.")
    (final,) = world.outbox("final_answer")
    text = world.text_of(final)
    assert "Médiateur fédéral" in text and "Comité P" not in text


def test_correcting_the_category_changes_the_proposed_second_line(world: World) -> None:
    case, reply_to = new_case(world, lang="nl")
    reply(world, reply_to, "#category pensions\n#note pensioendossier, niet algemeen")
    (event,) = world.events(case.id, "category_set")
    assert event.detail == {"before": {"category": "other"}, "after": {"category": "pensions"}}
    assert world.case(case.number).category == "pensions"
    reply(world, reply_to, "#answer founded processing\nUw pensioen werd herberekend.")
    text = world.text_of(world.outbox("final_answer")[0])
    assert "Ombudsdienst Pensioenen" in text and "federale Ombudsman" not in text


def test_an_unknown_second_line_is_refused_and_nothing_changes(world: World) -> None:
    case, reply_to = new_case(world)
    reply(world, reply_to, "#second-line mediateur")
    (refused,) = world.outbox("command_refused")
    assert "federal_ombudsman" in world.text_of(refused)  # the choices are named
    assert world.events(case.id, "second_line_set") == []


def test_cli_sets_the_second_line_and_the_category_audited(world: World, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    case, _ = new_case(world)
    assert _cli(world, monkeypatch, "category", case.number, "police", "--actor", "alice") == 0
    assert _cli(world, monkeypatch, "second-line", case.number, "comite-p") == 0
    (cat_event,) = world.events(case.id, "category_set")
    (sl_event,) = world.events(case.id, "second_line_set")
    assert (cat_event.actor, cat_event.channel) == ("alice", "cli")
    assert sl_event.channel == "cli" and sl_event.detail["after"] == "comite_p"
    assert _cli(world, monkeypatch, "second-line", case.number, "nobody") == 2


# --------------------------------------------------------------------------- request type


def test_request_type_by_mail_and_by_cli_is_audited(world: World, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    case, reply_to = new_case(world)
    assert case.request_type == "complaint"  # from the kind at intake
    assert case.admissibility_due_at is not None

    reply(world, reply_to, "#type suggestion\n")
    after = world.case(case.number)
    assert after.request_type == "suggestion"
    assert after.admissibility_due_at is None  # a suggestion has no admissibility to decide
    [event] = world.events(case.id, "request_type_set")
    assert event.actor == SERVICE and event.channel == "mail"
    assert world.outbox("command_refused") == []

    assert _cli(world, monkeypatch, "request-type", case.number, "signalement") == 0
    assert world.case(case.number).request_type == "report"
    events = world.events(case.id, "request_type_set")
    assert [(e.channel, e.actor) for e in events] == [("mail", SERVICE), ("cli", "coord")]
    # The same type again changes nothing and records nothing.
    assert _cli(world, monkeypatch, "request-type", case.number, "report") == 0
    assert len(world.events(case.id, "request_type_set")) == 2


def test_an_unknown_request_type_is_refused(world: World, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    case, reply_to = new_case(world)
    reply(world, reply_to, "#type compliment\n")
    assert world.case(case.number).request_type == "complaint"
    assert len(world.outbox("command_refused")) == 1
    assert _cli(world, monkeypatch, "request-type", case.number, "compliment") != 0
    assert "unknown request type 'compliment'" in capsys.readouterr().err
