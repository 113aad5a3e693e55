"""Configuration: typed, validated, environment overrides, secrets refused, clear errors."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from bot import settings as settings_mod
from bot.errors import ConfigError

REPO = Path(__file__).resolve().parents[2]
EXAMPLE = REPO / "config" / "example.toml"


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "c.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_example_config_loads_with_every_section() -> None:
    s = settings_mod.load(EXAMPLE, environ={})
    assert s.numbering.format().format(2026, 1) == "PLT-2026-000001"
    assert set(s.categories) == {
        "taxes",
        "pensions",
        "social_security",
        "unemployment",
        "mobility",
        "police",
        "foreign_affairs",
        "other",
    }
    assert s.categories["pensions"].second_line == "pensions_ombudsman"
    assert s.categories["police"].second_line == "comite_p"
    assert s.deadlines.answer_days == 30 and s.deadlines.answer_unit == "calendar"


def test_environment_overrides_connection_settings() -> None:
    env = {
        "COMPLAINTBOT_IMAP_HOST": "127.0.0.1",
        "COMPLAINTBOT_IMAP_PORT": "1143",
        "COMPLAINTBOT_IMAP_SECURITY": "starttls",
        "COMPLAINTBOT_IMAP_USERNAME": "bot",
        "COMPLAINTBOT_IMAP_PASSWORD": "s3cret",
        "COMPLAINTBOT_IMAP_FOLDER": "Klachten",
        "COMPLAINTBOT_SMTP_HOST": "127.0.0.1",
        "COMPLAINTBOT_SMTP_PORT": "2525",
        "COMPLAINTBOT_SMTP_SECURITY": "none",
        "COMPLAINTBOT_SMTP_USERNAME": "u",
        "COMPLAINTBOT_SMTP_PASSWORD": "p",
        "COMPLAINTBOT_DATABASE_URL": "postgresql+psycopg://bot:pw@db/complaints",
    }
    s = settings_mod.load(EXAMPLE, environ=env)
    assert (s.imap.host, s.imap.port, s.imap.security) == ("127.0.0.1", 1143, "starttls")
    assert s.imap.folder == "Klachten" and s.imap.username == "bot"
    assert s.imap.password is not None and s.imap.password.get_secret_value() == "s3cret"
    assert (s.smtp.port, s.smtp.security) == (2525, "none")
    assert s.database.url.endswith("@db/complaints")
    shown = settings_mod.effective(s)
    assert shown["imap"]["password"] == "********"
    assert shown["smtp"]["password"] == "********"
    assert "pw" not in shown["database"]["url"]


@pytest.mark.parametrize(
    ("toml", "env", "expected"),
    [
        ("[imap]\nport = 'abc'\n", {}, "imap.port: Input should be a valid integer"),
        (
            "[imap]\nsecurity = 'ssl'\n",
            {},
            "imap.security: Input should be 'none', 'starttls' or 'tls'",
        ),
        ("[imap]\nhots = 'x'\n", {}, "imap.hots: unknown key"),
        (
            "[imap]\npassword = 'x'\n",
            {},
            "imap.password: secrets never live in the TOML file; set COMPLAINTBOT_IMAP_PASSWORD",
        ),
        ("[numbering]\ntemplate = 'PLT-{seq}'\n", {}, "numbering.template"),
        ("[imap]\nhost = 'mail.example.be'\nsecurity = 'none'\n", {}, "loopback only"),
        ("", {"COMPLAINTBOT_IMAP_PORT": "99999"}, "imap.port: Input should be less than or equal"),
        ("[imap\n", {}, "not valid TOML"),
    ],
)
def test_wrong_config_names_file_key_and_problem(
    tmp_path: Path, toml: str, env: dict[str, str], expected: str
) -> None:
    path = write(tmp_path, toml)
    with pytest.raises(ConfigError) as info:
        settings_mod.load(path, environ=env)
    assert str(info.value).startswith(str(path))
    assert expected in str(info.value)


def test_missing_file_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="file not found"):
        settings_mod.load(tmp_path / "nope.toml", environ={})


def test_config_from_environment_variable(tmp_path: Path) -> None:
    path = write(tmp_path, "[organisation]\ndomain = 'other.example.be'\n")
    s = settings_mod.load(None, environ={"COMPLAINTBOT_CONFIG": str(path)})
    assert s.organisation.domain == "other.example.be"


def test_cli_reports_broken_config_without_traceback(tmp_path: Path) -> None:
    path = write(tmp_path, "[smtp]\nport = -1\n")
    done = subprocess.run(
        [sys.executable, "-m", "bot", "--config", str(path), "config", "check"],
        capture_output=True,
        text=True,
        cwd=REPO,
        stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert f"{path}: smtp.port: Input should be greater than or equal to 1" in done.stderr
