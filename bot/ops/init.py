"""`complaintbot init DIR`: a commented site configuration and rules to start from.

The files are the defaults shipped with the package (every key documented by a comment), so a
new site starts from what the installed version understands, not from a copy of the repository.
"""

from __future__ import annotations

from pathlib import Path

from bot.resources import defaults_dir

HEADER = """\
# Site configuration written by `complaintbot init` (complaintbot {version}).
# Adapt [organisation], [imap], [smtp], [database] and the categories to your service, then
#   complaintbot --config {path} config check
# Secrets (passwords, tokens, the signing key, the form secret) come from the environment or
# from files named by COMPLAINTBOT_*_FILE, never from this file.

"""


class InitError(Exception):
    """The target folder cannot be written (exists and --force was not given, or not writable)."""


def write_site(folder: Path, *, version: str, force: bool = False) -> list[Path]:
    """Write complaintbot.toml and rules.toml into `folder`; the paths written."""
    config = folder / "complaintbot.toml"
    rules = folder / "rules.toml"
    existing = [p for p in (config, rules) if p.exists()]
    if existing and not force:
        names = ", ".join(str(p) for p in existing)
        raise InitError(f"{names}: already exists (use --force to overwrite)")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        source = defaults_dir()
        text = (source / "example.toml").read_text(encoding="utf-8")
        config.write_text(HEADER.format(version=version, path=config) + text, encoding="utf-8")
        rules.write_text((source / "rules.toml").read_text(encoding="utf-8"), encoding="utf-8")
    except OSError as exc:
        raise InitError(f"{folder}: cannot write: {exc.strerror or exc}") from None
    return [config, rules]
