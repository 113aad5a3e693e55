"""`complaintbot templates check` and the production warnings of `config check`."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest

from bot import settings as settings_mod
from bot.cli.main import main
from bot.handling import lint
from bot.settings import Settings, Templates, load

SITE = Path(__file__).resolve().parents[1] / "data" / "letters" / "site.toml"
TEMPLATES = Path(__file__).resolve().parents[2] / "templates"
# A 1x1 PNG: the logo only has to be a readable image.
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="
)


def site(tmp_path: Path, *, override: Path | None = None, logo: bool = True) -> Settings:
    s = load(SITE, environ={})
    logo_path = tmp_path / "logo.png"
    logo_path.write_bytes(PNG)
    templates = Templates(
        override_dir=str(override) if override else None,
        logo=str(logo_path) if logo else None,
    )
    return s.model_copy(update={"templates": templates})


def test_the_built_in_letters_pass_in_every_language(tmp_path: Path) -> None:
    assert lint.check(site(tmp_path)) == []


def test_an_override_that_drops_the_second_line_and_the_procedure_is_reported(
    tmp_path: Path,
) -> None:
    override = tmp_path / "override"
    (override / "fr").mkdir(parents=True)
    (override / "fr" / "final_answer.txt.j2").write_text(
        "Madame, Monsieur,\n\n{{ answer_text }}\n\nRéférence : {{ case_number }}\n",
        encoding="utf-8",
    )
    problems = [str(p) for p in lint.check(site(tmp_path, override=override))]
    assert "fr/final_answer: no link to the complaint procedure" in " ".join(problems)
    assert any(
        p.startswith("fr/final_answer: no second-line paragraph (comite_p)") for p in problems
    )
    assert any(
        "fr/final_answer: no sentence that a complaint is not an appeal" in p for p in problems
    )
    assert not [p for p in problems if not p.startswith("fr/final_answer")]  # only that letter


def test_an_override_with_a_misspelt_variable_does_not_render(tmp_path: Path) -> None:
    override = tmp_path / "override"
    (override / "nl").mkdir(parents=True)
    text = (TEMPLATES / "nl" / "inadmissible.txt.j2").read_text(encoding="utf-8")
    (override / "nl" / "inadmissible.txt.j2").write_text(
        text.replace("{{ case_number }}", "{{ case_numbr }}"), encoding="utf-8"
    )
    problems = [str(p) for p in lint.check(site(tmp_path, override=override))]
    assert problems and all(p.startswith("nl/inadmissible: does not render") for p in problems)
    assert "case_numbr" in problems[0]


def test_a_layout_without_the_logo_is_reported_for_every_letter(tmp_path: Path) -> None:
    override = tmp_path / "override"
    override.mkdir()
    layout = (TEMPLATES / "_layout.html.j2").read_text(encoding="utf-8")
    (override / "_layout.html.j2").write_text(
        layout.replace('<img src="cid:{{ logo_cid }}"', '<img src="banner.png"'), encoding="utf-8"
    )
    problems = lint.check(site(tmp_path, override=override))
    letters = {(p.lang, p.purpose) for p in problems if "logo" in p.message}
    assert len(letters) == 4 * (len(lint.ACKNOWLEDGEMENTS) + len(lint.DECISIONS))


def test_cli_exit_code_and_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    override = tmp_path / "override"
    (override / "de").mkdir(parents=True)
    (override / "de" / "ack_complaint.txt.j2").write_text(
        "Sehr geehrte Damen und Herren,\n\n{{ case_number }}\n", encoding="utf-8"
    )
    config = tmp_path / "site.toml"
    config.write_text(
        SITE.read_text(encoding="utf-8") + f'\n[templates]\noverride_dir = "{override}"\n',
        encoding="utf-8",
    )
    assert main(["--config", str(config), "templates", "check"]) == 1
    err = capsys.readouterr().err
    assert "de/ack_complaint: no link to the complaint procedure" in err
    assert main(["--config", str(SITE), "templates", "check"]) == 0


def test_config_check_warns_about_what_production_needs(tmp_path: Path) -> None:
    bare = load(SITE, environ={})
    warnings = settings_mod.warnings(bare, {})
    assert any(w.startswith("templates.logo") for w in warnings)
    assert any("COMPLAINTBOT_HMAC_KEY" in w for w in warnings)
    assert any("COMPLAINTBOT_IMAP_PASSWORD" in w for w in warnings)
    env = {"COMPLAINTBOT_HMAC_KEY": "k" * 44, "COMPLAINTBOT_IMAP_PASSWORD": "x"}
    ready = load(SITE, environ=env)
    assert settings_mod.warnings(site(tmp_path).model_copy(update={"imap": ready.imap}), env) == []
