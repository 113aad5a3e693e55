"""The coordinator digest for people (issue 10 point 7): new cases one per line grouped by
handler, sections capped with the command that lists the rest, every label and date in the
reader's language, and each coordinator one mail in their own language.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from harness.world import CONFIG, COORDINATOR, HANDLER, HMAC_KEY, World, Z

from bot import settings as settings_mod
from bot.db import session_scope
from bot.errors import ConfigError
from bot.handling import digest
from bot.models import Case

NL_COORDINATOR = "coordinatie@federal.example.be"
PENSIONS = "pensions@federal.example.be"


@pytest.fixture(autouse=True)
def _key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COMPLAINTBOT_HMAC_KEY", HMAC_KEY)


def build(tmp_path: Path, coordinators: list[object] | None = None) -> World:
    overrides = {}
    if coordinators is not None:
        org = settings_mod.load(CONFIG, environ={}).organisation
        overrides["organisation"] = type(org).model_validate(
            {**org.model_dump(), "coordinators": coordinators, "coordinator_languages": {}}
        )
    return World.build(tmp_path, Z("2026-12-03T07:00"), **overrides)


def add(world: World, n: int = 1, **fields: object) -> None:
    """n open complaints received on 2 Dec 2026 (since the last digest), due 30 Dec."""
    with session_scope(world.app.engine) as s:
        for _ in range(n):
            world.seq += 1
            values: dict[str, object] = {
                "kind": "complaint",
                "category": "taxes",
                "assignee": HANDLER,
                "received_at": Z("2026-12-02T10:00"),
                "due_at": world.ctx.calendar.end_of_day(date(2026, 12, 30)),
                "subject": f"dossier {world.seq}",
                **fields,
            }
            s.add(Case(number=f"PLT-2026-{world.seq:06d}", year=2026, seq=world.seq, **values))


def text_for(world: World, to: str) -> str:
    (row,) = [o for o in world.outbox("digest") if o.to_addr == to]
    return world.text_of(row).replace("\r\n", "\n")


def test_new_cases_one_per_line_grouped_by_handler_with_labels(tmp_path: Path) -> None:
    world = build(tmp_path)
    add(world, 2)
    add(world, 1, assignee=PENSIONS, category="pensions", subject="pension en retard")
    add(world, 1, assignee=None, kind="appeal", category="mobility", subject="amende")
    with world.session() as s:
        data = digest.collect(s, world.ctx, world.clock(), since=Z("2026-12-02T07:00"))
    groups = [
        (g["handler"], g["total"], [c["number"] for c in g["cases"]]) for g in data["new_cases"]
    ]
    assert groups == [
        ("", 1, ["PLT-2026-000004"]),  # unassigned first: the coordinators' own
        (PENSIONS, 1, ["PLT-2026-000003"]),
        (HANDLER, 2, ["PLT-2026-000001", "PLT-2026-000002"]),
    ]
    assert digest.run_digest(world.app.engine, world.ctx, world.clock()) == 1
    text = text_for(world, COORDINATOR)
    assert "Nouveaux dossiers (4)" in text
    assert f"{PENSIONS} (1)\n  - PLT-2026-000003 | pension en retard | Pensions | Plainte" in text
    assert "Non attribué (1)\n  - PLT-2026-000004 | amende | Mobilité | Recours mal adressé" in text
    assert "Échéance 30 déc. 2026" in text  # Babel, fr_BE
    # no code reaches the reader
    for code in ("| taxes", "| complaint", "| appeal", "| open", "mobility"):
        assert code not in text, code


def test_sections_are_capped_with_the_command_that_lists_the_rest(tmp_path: Path) -> None:
    world = build(tmp_path)
    add(world, digest.CAP + 7)
    # overdue ones too: received long ago, due last month
    add(
        world,
        digest.CAP + 3,
        received_at=Z("2026-10-01T10:00"),
        due_at=world.ctx.calendar.end_of_day(date(2026, 11, 2)),
    )
    with world.session() as s:
        data = digest.collect(s, world.ctx, world.clock(), since=Z("2026-12-02T07:00"))
    assert (data["new_shown"], data["new_total"]) == (digest.CAP, digest.CAP + 7)
    assert (len(data["overdue"]), data["overdue_total"]) == (digest.CAP, digest.CAP + 3)
    digest.run_digest(world.app.engine, world.ctx, world.clock())
    text = text_for(world, COORDINATOR)
    assert text.count("PLT-2026-") == 2 * digest.CAP
    assert "… et 7 de plus ; liste complète : complaintbot list --status open" in text
    assert "… et 3 de plus ; liste complète : complaintbot list --status open" in text


def test_each_coordinator_gets_one_mail_in_their_own_language(tmp_path: Path) -> None:
    world = build(tmp_path, [COORDINATOR, {"address": NL_COORDINATOR, "language": "nl"}])
    add(world, 1)
    assert digest.run_digest(world.app.engine, world.ctx, world.clock()) == 2
    assert sorted(o.to_addr for o in world.outbox("digest")) == sorted(
        [COORDINATOR, NL_COORDINATOR]
    )
    fr, nl = text_for(world, COORDINATOR), text_for(world, NL_COORDINATOR)
    assert "Nouveaux dossiers (1)" in fr and "Impôts" in fr and "Nieuwe dossiers" not in fr
    assert "Nieuwe dossiers (1)" in nl and "Belastingen" in nl and "Nouveaux dossiers" not in nl
    assert "Vervaldatum 30 dec 2026" in nl  # Babel, nl_BE
    (nl_row,) = [o for o in world.outbox("digest") if o.to_addr == NL_COORDINATOR]
    assert world.parsed(nl_row)["Subject"].startswith("[DIGEST-2026-12-03] ")
    assert " / " not in world.parsed(nl_row)["Subject"]  # one language, not two
    # `digest --dry-run --coordinator ADDRESS` shows it as that coordinator reads it
    with world.session() as s:
        data = digest.collect(s, world.ctx, world.clock(), since=Z("2026-12-02T07:00"))
    dry = digest.message(
        world.ctx, data, to_addr=NL_COORDINATOR, key="dry", ref="D", now=world.clock()
    )
    assert "Nieuwe dossiers (1)" in dry.get_body(("plain",)).get_content()  # type: ignore[union-attr]


def test_the_default_language_is_the_first_fallback_language(tmp_path: Path) -> None:
    world = build(tmp_path)
    org = world.app.settings.organisation
    assert org.coordinator_language(COORDINATOR) == org.fallback_languages[0] == "fr"


def write_config(tmp_path: Path, coordinators: str) -> Path:
    text = CONFIG.read_text(encoding="utf-8")
    text = text.replace('coordinators = ["coordinator@federal.example.be"]', coordinators)
    text = text.replace(
        'rules_file = "rules.toml"', f'rules_file = "{CONFIG.parent / "rules.toml"}"'
    )
    path = tmp_path / "c.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_coordinator_entry_may_carry_its_language(tmp_path: Path) -> None:
    path = write_config(
        tmp_path,
        'coordinators = ["a@federal.example.be", '
        '{ address = "b@federal.example.be", language = "de" }]',
    )
    org = settings_mod.load(path, environ={}).organisation
    assert org.coordinators == ["a@federal.example.be", "b@federal.example.be"]
    assert org.coordinator_language("B@federal.example.be") == "de"
    assert org.coordinator_language("a@federal.example.be") == "fr"


@pytest.mark.parametrize(
    ("entry", "needle"),
    [
        ('{ address = "b@federal.example.be", language = "xx" }', "Input should be 'fr'"),
        ('{ adress = "b@federal.example.be" }', "unknown key(s): adress"),
    ],
)
def test_a_wrong_coordinator_entry_is_a_clear_error(
    tmp_path: Path, entry: str, needle: str
) -> None:
    path = write_config(tmp_path, f"coordinators = [{entry}]")
    with pytest.raises(ConfigError) as err:
        settings_mod.load(path, environ={})
    assert str(path) in str(err.value) and "organisation" in str(err.value)
    assert needle in str(err.value)


def test_the_digest_speaks_the_readers_language_from_the_catalogs(tmp_path: Path) -> None:
    """The words are the DIGEST table of the catalogs (no per-language word list in the
    templates); one case is "Beschwerde", one day late is "1 Werktag", and counts are written
    as the reader's language writes them."""
    root = Path(__file__).resolve().parents[2] / "templates"
    assert sorted(root.glob("*/_digest_words.j2")) == []
    world = build(tmp_path, [{"address": COORDINATOR, "language": "de"}])
    add(world, 1, due_at=world.ctx.calendar.end_of_day(date(2026, 12, 2)))  # due yesterday
    add(
        world,
        1,
        received_at=Z("2026-10-01T10:00"),
        due_at=world.ctx.calendar.end_of_day(date(2026, 11, 2)),
    )
    digest.run_digest(world.app.engine, world.ctx, world.clock())
    text = text_for(world, COORDINATOR)
    assert "| Steuern | Beschwerde | Frist 02.12.2026" in text  # one case, not "Beschwerden"
    assert "| 1 Werktag Verzug |" in text
    assert "Werktage Verzug" in text  # the other one, a month late
    words = digest.words("fr", 1234)
    assert words["due_soon"] == "Échéance dans les 1\u202f234 prochains jours ouvrables"
