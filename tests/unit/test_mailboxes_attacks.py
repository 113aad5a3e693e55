"""Attacks across mailboxes ([[mailboxes]]): a case and the commands on it stay its mailbox's,
wherever a mail about it arrives. Two mailboxes: "federal" (PLT- numbers, the instance's
coordinators) and "pensions" (PEN- numbers, its own From address and coordinators, and a
category of its own)."""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path

import pytest
from harness.world import CONFIG, HMAC_KEY, World, Z, handler_mail
from mailfactory import citizen_mail, dsn

from bot import settings as settings_mod
from bot.cli.main import main
from bot.db import session_scope
from bot.handling import digest
from bot.intake import ledger
from bot.mail import RawMail
from bot.models import Case
from bot.settings import MailboxEntry, MailboxError

SERVICE = "complaints@federal.example.be"  # categories.other.address: the pensions case's handler
PENSIONS_DESK = "calc@pensions.example.be"
FEDERAL_COORDINATOR = "coordinator@federal.example.be"
PENSIONS_COORDINATOR = "coordinator@pensions.example.be"
PENSIONS = MailboxEntry(
    id="pensions",
    imap={"username": "pensions"},
    numbering={"template": "PEN-{year}-{seq:06d}"},
    smtp={"from_address": "pensions@federal.example.be", "from_name": "Service Pensions"},
    organisation={"coordinators": [PENSIONS_COORDINATOR]},
    categories={"pension_calc": {"address": PENSIONS_DESK}},
)
# The same, as the CLI reads it from a file.
PENSIONS_TOML = f"""
[[mailboxes]]
id = "federal"

[[mailboxes]]
id = "pensions"
numbering.template = "PEN-{{year}}-{{seq:06d}}"
smtp = {{ from_address = "pensions@federal.example.be", from_name = "Service Pensions" }}
imap = {{ username = "pensions" }}
organisation = {{ coordinators = ["{PENSIONS_COORDINATOR}"] }}
categories = {{ pension_calc = {{ address = "{PENSIONS_DESK}" }} }}
"""


@pytest.fixture(autouse=True)
def _key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COMPLAINTBOT_HMAC_KEY", HMAC_KEY)


@pytest.fixture
def world(tmp_path: Path) -> World:
    w = World.build(
        tmp_path, Z("2026-11-23T09:00"), mailboxes=[MailboxEntry(id="federal"), PENSIONS]
    )
    for ctx in w.app.contexts:
        ctx.clock = w.clock
    return w


def deliver(world: World, raw: bytes, mailbox: str) -> int:
    """`raw` reaches `mailbox`'s account; every mailbox's pipeline runs (each takes its own)."""
    with session_scope(world.app.engine) as session:
        taken = ledger.take(
            session, RawMail(source="t", raw=raw, received_at=world.clock()), mailbox=mailbox
        )
    world.app.process_pending(only=[taken.inbound_id])
    return taken.inbound_id


def pensions_case(world: World, sender: str = "bert@example.be") -> tuple[Case, str]:
    """A pensions case and the reply address of its assignment mail."""
    deliver(world, citizen_mail(sender=sender, seq=1), "pensions")
    case = world.case()
    assert case.mailbox == "pensions" and case.number.startswith("PEN-")
    [assignment] = [o for o in world.outbox("assignment") if o.case_id == case.id]
    return case, str(world.parsed(assignment)["Reply-To"])


def refused(world: World, case: Case) -> list[str]:
    return [e.detail["code"] for e in world.events(case.id, "command_refused")]


def test_a_forged_handler_command_in_another_mailbox_is_refused(world: World):
    """A pensions handler's leaked reply address, with the handler's From forged, sent to the
    federal mailbox: refused as anywhere (the case's mailbox's checks)."""
    case, reply_to = pensions_case(world)
    body = "#answer unfounded\nRien."
    deliver(world, handler_mail(to=reply_to, body=body, sender=SERVICE, proved=False), "federal")
    assert refused(world, case) == ["sender_not_proved"]
    assert world.case(case.number).status == "open" and not world.outbox("final_answer")


def test_the_other_mailboxs_coordinator_cannot_command_a_case(world: World):
    """The federal coordinator, proved, with a pensions case's leaked reply address: not one of
    the pensions case's staff."""
    case, reply_to = pensions_case(world)
    mail = handler_mail(to=reply_to, body="#note vu", sender=FEDERAL_COORDINATOR, seq=1)
    deliver(world, mail, "federal")
    assert refused(world, case) == ["sender_not_allowed"]
    assert not world.events(case.id, "note")


def test_a_reply_address_moved_to_another_mailbox_is_refused(world: World):
    """The token of a pensions case under the federal mailbox's reply address: an address we
    never issued (the tokens do not name a mailbox)."""
    case, reply_to = pensions_case(world)
    moved = reply_to.replace("pensions+", "plaintes.klachten+")
    assert moved != reply_to
    deliver(world, handler_mail(to=moved, body="#note vu", sender=SERVICE, seq=1), "federal")
    assert refused(world, case) == ["wrong_mailbox"]
    assert not world.events(case.id, "note")
    # the address as issued still works, whichever account it reaches
    deliver(world, handler_mail(to=reply_to, body="#note vu", sender=SERVICE, seq=2), "federal")
    assert [e.actor for e in world.events(case.id, "note")] == [SERVICE]


def test_a_follow_up_in_another_mailbox_goes_to_its_cases_staff(world: World):
    """The pensions citizen writes to the federal address about her closed case: the pensions
    coordinators get it, From the pensions mailbox; the federal ones see nothing of it."""
    case, _ = pensions_case(world)
    with session_scope(world.app.engine) as session:
        row = session.get(Case, case.id)
        assert row is not None
        row.status = "closed"
    follow_up = citizen_mail(
        sender="bert@example.be", seq=2, subject=f"Re: {case.number}", body="Une précision."
    )
    inbound = world.inbound(deliver(world, follow_up, "federal"))
    assert (inbound.outcome, inbound.case_id) == ("follow_up", case.id)
    forwarded = world.outbox("citizen_reply")
    assert [o.to_addr for o in forwarded] == [PENSIONS_COORDINATOR]
    assert (
        world.parsed(forwarded[0])["From"].addresses[0].addr_spec == "pensions@federal.example.be"
    )


def test_someone_else_quoting_another_mailboxs_case_learns_nothing_of_it(world: World):
    """Another person quotes the pensions number to the federal mailbox: a federal case of her
    own, flagged; nothing of the pensions case goes to her or to the federal staff."""
    case, _ = pensions_case(world)
    before = {o.id for o in world.outbox()}
    deliver(
        world,
        citizen_mail(sender="eve@example.be", seq=3, subject=f"Re: {case.number}", body="Et moi?"),
        "federal",
    )
    new = world.case()
    assert new.id != case.id and new.mailbox == "federal" and new.needs_review
    assert world.case(case.number).status == "open" and not world.events(case.id, "follow_up")
    for row in (o for o in world.outbox() if o.id not in before):
        assert row.to_addr not in ("bert@example.be", PENSIONS_COORDINATOR)
        assert "bert@example.be" not in world.text_of(row)


def test_a_digest_lists_only_its_own_mailboxs_suppressed_addresses(world: World):
    """A pensions citizen's address bounced (every bounce reaches the first mailbox): the
    pensions coordinators see it, the federal ones do not. A staff address no case wrote to
    (a digest bounced) is the first mailbox's."""
    federal, pensions = world.app.contexts
    pensions_case(world, sender="bert@example.be")
    deliver(world, citizen_mail(sender="anne@example.be", seq=2), "federal")
    with session_scope(world.app.engine) as session:
        digest.queue_digests(session, federal, world.clock(), fire=world.clock())
    acks = {o.to_addr: o for o in world.outbox("ack_complaint")}
    [federal_digest] = world.outbox("digest")
    returned = [
        ("bert@example.be", world.raw(acks["bert@example.be"])),
        ("anne@example.be", world.raw(acks["anne@example.be"])),
        (FEDERAL_COORDINATOR, world.raw(federal_digest)),
    ]
    for seq, (address, raw) in enumerate(returned, start=3):
        deliver(world, dsn(address, "5.1.1", seq, returned=raw), "federal")
    now = world.clock() + timedelta(hours=1)
    with world.session() as session:
        listed = {
            box.settings.mailbox: {
                r["address"]
                for r in digest.collect(session, box, now, since=now - timedelta(days=1))[
                    "suppressed"
                ]
            }
            for box in (federal, pensions)
        }
    assert listed == {
        "federal": {"anne@example.be", FEDERAL_COORDINATOR},
        "pensions": {"bert@example.be"},
    }


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("{year}-{seq:06d}", "PEN-{year}-{seq:06d}"),  # no prefix reads any prefix's numbers
        ("P-{year}-{seq:06d}", "PEN-P-{year}-{seq:06d}"),
        ("PEN-{year}-{seq:06d}-X", "PEN-{year}-{seq:06d}"),
    ],
)
def test_case_numbers_one_mailbox_would_read_as_anothers_are_refused(first, second):
    base = settings_mod.load(CONFIG, environ={})
    boxes = [
        MailboxEntry(id="federal", numbering={"template": first}),
        MailboxEntry(id="pensions", imap={"username": "p"}, numbering={"template": second}),
    ]
    with pytest.raises(MailboxError) as caught:
        settings_mod.mailbox_settings(base.model_copy(update={"mailboxes": boxes}), {})
    assert caught.value.where == "mailboxes[1].numbering.template"
    assert "overlap" in str(caught.value.exc)
    # distinct prefixes are fine
    boxes[1] = MailboxEntry(
        id="pensions", imap={"username": "p"}, numbering={"template": "Q-{year}-{seq:06d}"}
    )
    if first != "{year}-{seq:06d}":
        assert (
            len(settings_mod.mailbox_settings(base.model_copy(update={"mailboxes": boxes}), {}))
            == 2
        )


def _cli(tmp_path: Path, world: World, monkeypatch: pytest.MonkeyPatch, *args: str) -> int:
    text = CONFIG.read_text(encoding="utf-8").replace(
        'rules_file = "rules.toml"', f'rules_file = "{CONFIG.parent / "rules.toml"}"'
    )
    config = tmp_path / "site.toml"
    config.write_text(text + PENSIONS_TOML, encoding="utf-8")
    monkeypatch.setenv("COMPLAINTBOT_DATABASE_URL", str(world.app.settings.database.url))
    return main(["--config", str(config), *args])


def test_cli_reclassify_writes_as_the_cases_mailbox(world, tmp_path, monkeypatch):
    """`complaintbot reclassify PEN-… --kind information-request` (the CLI holds the first
    mailbox's context): the new acknowledgement is the pensions mailbox's."""
    case, _ = pensions_case(world)
    code = _cli(
        tmp_path, world, monkeypatch, "reclassify", case.number, "--kind", "information-request"
    )
    assert code == 0
    [ack] = world.outbox("ack_information")
    assert world.parsed(ack)["From"].addresses[0].addr_spec == "pensions@federal.example.be"
    assert re.search(r"@federal\.example\.be$", ack.message_id)


def test_cli_actions_use_the_cases_mailbox(world, tmp_path, monkeypatch, capsys):
    """`complaintbot category PEN-… pension_calc`: a category of the pensions mailbox, known
    to its cases (the CLI checked it against the first mailbox's categories)."""
    case, _ = pensions_case(world)
    code = _cli(tmp_path, world, monkeypatch, "category", case.number, "pension_calc")
    assert code == 0, capsys.readouterr().err
    assert world.case(case.number).category == "pension_calc"
    # and a federal case does not know it
    deliver(world, citizen_mail(sender="anne@example.be", seq=2), "federal")
    federal = world.case()
    assert federal.mailbox == "federal"
    assert _cli(tmp_path, world, monkeypatch, "category", federal.number, "pension_calc") == 2
