"""[[mailboxes]]: several mailboxes from one instance, each inheriting what it does not set;
the single [imap] form is one mailbox, "default"; a wrong entry names file, key and problem."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot import settings as settings_mod
from bot.errors import ConfigError
from bot.outbox.contexts import AckComplaint

BASE = """
[organisation]
name = { fr = "SPF Exemple", nl = "FOD Voorbeeld" }
coordinators = [{ address = "coord@example.be", language = "fr" }]
[imap]
host = "127.0.0.1"
port = 1143
security = "none"
username = "plaintes@example.be"
[smtp]
from_address = "plaintes@example.be"
from_name = "Service des plaintes"
"""

TWO = """
[[mailboxes]]
id = "federal"

[[mailboxes]]
id = "pensions"
numbering.template = "PEN-{year}-{seq:05d}"
smtp = { from_address = "pensions@example.be", from_name = "Service Pensions" }
imap = { username = "pensions@example.be", folder = "Pensions" }
[mailboxes.organisation]
name = { fr = "Service fédéral des Pensions" }
coordinators = [{ address = "pens@example.be", language = "nl" }]
[mailboxes.templates]
override_dir = "pensions-templates"
"""


def load(tmp_path: Path, text: str, env: dict[str, str] | None = None) -> settings_mod.Settings:
    path = tmp_path / "c.toml"
    path.write_text(text, encoding="utf-8")
    return settings_mod.load(path, environ=env or {})


def test_single_imap_form_is_one_mailbox_named_default(tmp_path: Path) -> None:
    s = load(tmp_path, BASE)
    [only] = settings_mod.mailbox_settings(s, {})
    assert only is s
    assert only.mailbox == "default" and only.number_counter == "case"
    assert s.mailbox_ids() == ["default"]


def test_each_mailbox_inherits_what_it_does_not_set(tmp_path: Path) -> None:
    env = {"COMPLAINTBOT_MAILBOX_PENSIONS_IMAP_PASSWORD": "pw-pensions"}
    s = load(tmp_path, BASE + TWO, env)
    federal, pensions = settings_mod.mailbox_settings(s, env)
    assert [federal.mailbox, pensions.mailbox] == ["federal", "pensions"] == s.mailbox_ids()
    # federal: the instance's settings as they are, and its case counter
    assert federal.imap.username == "plaintes@example.be"
    assert federal.numbering.template == s.numbering.template
    assert federal.number_counter == "case"
    assert federal.organisation.name == s.organisation.name
    # pensions: the keys it sets, key by key; the rest is the instance's
    assert pensions.imap.username == "pensions@example.be"
    assert pensions.imap.folder == "Pensions"
    assert pensions.imap.port == 1143 and pensions.imap.host == "127.0.0.1"
    assert pensions.imap.password is not None
    assert pensions.imap.password.get_secret_value() == "pw-pensions"
    assert pensions.smtp.from_address == "pensions@example.be"
    assert pensions.smtp.host == s.smtp.host
    assert pensions.organisation.name == {"fr": "Service fédéral des Pensions"}
    assert pensions.organisation.coordinators == ["pens@example.be"]
    assert pensions.organisation.coordinator_language("pens@example.be") == "nl"
    assert pensions.organisation.domain == s.organisation.domain
    assert pensions.numbering.format().format(2026, 7) == "PEN-2026-00007"
    assert pensions.number_counter == "case:pensions"
    assert pensions.resolve(pensions.templates.override_dir or "") == tmp_path / (
        "pensions-templates"
    )
    assert pensions.categories == s.categories


def test_mailbox_categories_and_second_line_replace_entries(tmp_path: Path) -> None:
    text = (
        BASE
        + """
[second_line.federal_ombudsman]
name = { fr = "Médiateur fédéral" }
[categories.other]
address = "other@example.be"

[[mailboxes]]
id = "pensions"
numbering.template = "PEN-{year}-{seq:05d}"
[mailboxes.second_line.pensions_ombudsman]
name = { fr = "Service de médiation Pensions" }
[mailboxes.categories.other]
address = "pensions-other@example.be"
second_line = "pensions_ombudsman"
"""
    )
    [pensions] = settings_mod.mailbox_settings(load(tmp_path, text), {})
    assert pensions.categories["other"].address == "pensions-other@example.be"
    assert pensions.categories["other"].second_line == "pensions_ombudsman"
    assert set(pensions.second_line) == {"federal_ombudsman", "pensions_ombudsman"}


@pytest.mark.parametrize(
    ("entries", "expected"),
    [
        ('[[mailboxes]]\nid = "a"\nimap = { port = 0 }\n', "mailboxes[0].imap.port: Input should"),
        (
            '[[mailboxes]]\nid = "a"\n[[mailboxes]]\nid = "b"\nimap = { prot = 1 }\n',
            "mailboxes[1].imap.prot: unknown key",
        ),
        (
            '[[mailboxes]]\nid = "a"\n[[mailboxes]]\nid = "a"\nnumbering.template = "X{year}{seq}"'
            "\n",
            "mailboxes[1].id: 'a' is already mailboxes[0]",
        ),
        (
            '[[mailboxes]]\nid = "a"\n[[mailboxes]]\nid = "b"\n',
            "mailboxes[1].numbering.template: 'PLT-{year}-{seq:06d}' numbers the cases of "
            "mailboxes[0] too",
        ),
        (
            '[[mailboxes]]\nid = "a"\nnumbering.template = "A-{year}-{seq}"\n'
            '[[mailboxes]]\nid = "b"\nnumbering.template = "a/{year}/{seq:04d}"\n',
            "mailboxes[1].numbering.template",
        ),
        (
            '[[mailboxes]]\nid = "a"\nnumbering.template = "A{year}{seq}"\n'
            '[[mailboxes]]\nid = "b"\n',
            "mailboxes[1].imap: reads plaintes@example.be's INBOX on 127.0.0.1 like mailboxes[0]",
        ),
        ('[[mailboxes]]\nid = "Has Space"\n', "mailboxes[0].id: String should match pattern"),
        ("[[mailboxes]]\nimap = {}\n", "mailboxes[0].id: Field required"),
        ('[[mailboxes]]\nid = "a"\nhandling = {}\n', "mailboxes[0].handling: unknown key"),
        (
            '[[mailboxes]]\nid = "a"\nsmtp = { host = "x" }\n',
            "mailboxes[0].smtp: Value error, host: a mailbox sets only from_address and from_name",
        ),
        (
            '[[mailboxes]]\nid = "a"\nimap = { host = "mail.example.be" }\n',
            "mailboxes[0]: imap.security: 'none' is allowed on loopback only",
        ),
        (
            '[[mailboxes]]\nid = "a"\norganisation = { coordinators = [{ adress = "x" }] }\n',
            "mailboxes[0].organisation: Value error, coordinators[0]",
        ),
        (
            '[[mailboxes]]\nid = "p"\nimap = { password = "x" }\n',
            "mailboxes[0].imap.password: secrets never live in the TOML file; set "
            "COMPLAINTBOT_MAILBOX_P_IMAP_PASSWORD",
        ),
        ('mailbox = "x"\n', "mailbox: unknown key"),
    ],
)
def test_wrong_mailbox_entry_names_file_key_and_problem(
    tmp_path: Path, entries: str, expected: str
) -> None:
    with pytest.raises(ConfigError) as info:
        load(tmp_path, BASE + entries)
    message = str(info.value)
    assert message.startswith(str(tmp_path / "c.toml")), message
    assert expected in message, message


def test_each_mailbox_processes_its_own_ledger_rows_and_the_first_the_unclaimed(
    tmp_path: Path,
) -> None:
    from bot.context import Context

    s = load(tmp_path, BASE + TWO)
    boxes: dict[str, Context] = {}
    for box in settings_mod.mailbox_settings(s, {}):
        boxes[box.mailbox] = Context(box, None, None, box.numbering.format())  # type: ignore[arg-type]
    for ctx in boxes.values():
        ctx.boxes = boxes
    federal, pensions = boxes.values()
    assert federal.claims() == (False, ("pensions",))  # its own, and 'default' of before
    assert pensions.claims() == (True, ("pensions",))
    assert federal.for_mailbox("pensions") is pensions
    assert pensions.for_mailbox("default") is federal  # a mailbox no longer served
    assert [c.settings.mailbox for c in pensions.every_mailbox()] == ["federal", "pensions"]
    alone = Context(s, None, None, s.numbering.format())  # type: ignore[arg-type]
    assert alone.claims() == (False, ()) and alone.for_mailbox("x") is alone


def test_a_mailbox_letter_goes_out_from_its_own_address(tmp_path: Path) -> None:
    from datetime import UTC, date, datetime
    from email import message_from_bytes, policy

    from bot.outbox.compose import compose
    from bot.outbox.mime import Draft

    s = load(tmp_path, BASE + TWO)
    federal, pensions = settings_mod.mailbox_settings(s, {})

    def sent(settings: settings_mod.Settings) -> tuple[str, bool]:
        draft = compose(
            settings,
            "ack_complaint",
            languages=["fr"],
            context=AckComplaint(
                case_number="PEN-2026-00001",
                received_at=datetime(2026, 3, 2, tzinfo=UTC),
                due_date=date(2026, 4, 1),
            ),
            to_addr="citizen@example.org",
            message_id="m1@example.be",
            date=datetime(2026, 3, 2, tzinfo=UTC),
        )
        # The worker builds the MIME with the instance's settings, from the stored JSON.
        raw = Draft.from_json(draft.to_json()).to_bytes(s)
        msg = message_from_bytes(raw, policy=policy.default)
        text = msg.get_body(("plain",)).get_content()  # type: ignore[union-attr]
        return str(msg["From"]), "Service fédéral des Pensions" in text

    assert sent(pensions) == ("Service Pensions <pensions@example.be>", True)
    assert sent(federal) == ("Service des plaintes <plaintes@example.be>", False)


def test_the_mailbox_with_the_instances_prefix_continues_its_counter(tmp_path: Path) -> None:
    """Turning a single-mailbox instance into [[mailboxes]] must not number PLT-2026-000001
    a second time: the mailbox that keeps the prefix keeps the counter, even with check digits
    or another width; another prefix counts on its own."""
    text = (
        BASE
        + """
[[mailboxes]]
id = "pensions"
numbering.template = "PEN-{year}-{seq:06d}"
imap.username = "pensions@example.be"
[[mailboxes]]
id = "federal"
numbering = { template = "PLT-{year}-{seq:05d}", check = true }
"""
    )
    pensions, federal = settings_mod.mailbox_settings(load(tmp_path, text), {})
    assert (pensions.number_counter, federal.number_counter) == ("case:pensions", "case")


def example_with_pensions(tmp_path: Path, pensions: str = "") -> Path:
    """config/example.toml with a federal and a pensions mailbox (`pensions`: more keys)."""
    example = Path(__file__).resolve().parents[2] / "config" / "example.toml"
    config = tmp_path / "site.toml"
    config.write_text(
        example.read_text(encoding="utf-8").replace(
            'rules_file = "rules.toml"', f'rules_file = "{example.parent / "rules.toml"}"'
        )
        + '\n[[mailboxes]]\nid = "federal"\n[[mailboxes]]\nid = "pensions"\n'
        'numbering.template = "PEN-{year}-{seq:06d}"\nimap = { username = "p@example.be" }\n'
        + pensions,
        encoding="utf-8",
    )
    return config


def test_publish_writes_one_mailboxs_public_page(tmp_path: Path) -> None:
    from bot.cli.main import main

    config = example_with_pensions(
        tmp_path,
        'smtp = { from_address = "pensions@example.be" }\n'
        'organisation = { name = { fr = "Service fédéral des Pensions" } }\n',
    )
    out = tmp_path / "public"
    assert (
        main(["--config", str(config), "publish", "--mailbox", "pensions", "--output", str(out)])
        == 0
    )
    page = (out / "fr" / "index.html").read_text(encoding="utf-8")
    assert "Service fédéral des Pensions" in page and "pensions@example.be" in page
    assert "SPF Exemple" not in page


def test_templates_check_reads_every_mailboxs_override(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from bot.cli.main import main

    override = tmp_path / "pensions-templates"
    (override / "de").mkdir(parents=True)
    (override / "de" / "ack_complaint.txt.j2").write_text("{{ case_number }}\n", encoding="utf-8")
    config = example_with_pensions(tmp_path, f'templates = {{ override_dir = "{override}" }}\n')
    assert main(["--config", str(config), "templates", "check"]) == 1
    captured = capsys.readouterr()
    assert "mailbox pensions: de/ack_complaint: no link to the complaint procedure" in captured.err
    assert "mailbox federal: built-in templates: 0 problem(s)" in captured.out


def test_config_check_names_the_mailbox_without_a_password(tmp_path: Path) -> None:
    env = {"COMPLAINTBOT_MAILBOX_PENSIONS_IMAP_PASSWORD": "pw"}
    found = [w for w in settings_mod.warnings(load(tmp_path, BASE + TWO, env), env) if "IMAP" in w]
    assert found == [
        "COMPLAINTBOT_MAILBOX_FEDERAL_IMAP_PASSWORD (or COMPLAINTBOT_IMAP_PASSWORD) is not set: "
        "mailbox federal cannot be read"
    ]


def test_the_commented_example_in_example_toml_loads(tmp_path: Path) -> None:
    example = Path(__file__).resolve().parents[2] / "config" / "example.toml"
    text = example.read_text(encoding="utf-8")
    start = text.index("# [[mailboxes]]")
    lines = [line[2:] if line.startswith("# ") else "" for line in text[start:].splitlines()]
    config = tmp_path / "example.toml"
    config.write_text(
        text[:start].replace(
            'rules_file = "rules.toml"', f'rules_file = "{example.parent / "rules.toml"}"'
        )
        + "\n".join(lines)
        + "\n",
        encoding="utf-8",
    )
    s = settings_mod.load(config, environ={})
    federal, pensions = settings_mod.mailbox_settings(s, {})
    assert (federal.mailbox, pensions.mailbox) == ("federal", "pensions")
    assert pensions.numbering.format().format(2026, 1) == "PEN-2026-000001"
