"""One exception tree: every error of ours has the common base, says when it is raised, and
turns into one line and the documented exit code on the command line."""

from __future__ import annotations

import inspect

import pytest

from bot import errors
from bot.cli import main
from bot.errors import (
    EXIT_CODES,
    EXIT_FAILURE,
    EXIT_SERVER,
    EXIT_USAGE,
    ComplaintbotError,
    ConfigError,
    exit_code,
)

LEAVES = [
    cls
    for _, cls in inspect.getmembers(errors, inspect.isclass)
    if issubclass(cls, Exception) and cls is not ComplaintbotError
]


def test_the_tree_has_one_root_and_every_leaf_says_when_it_is_raised() -> None:
    assert len(LEAVES) >= 11
    for cls in LEAVES:
        assert issubclass(cls, ComplaintbotError), cls
        assert cls.__doc__ and len(cls.__doc__.split()) >= 5, cls


def test_every_leaf_has_its_exit_code_in_the_one_table() -> None:
    assert set(LEAVES) <= set(EXIT_CODES)


@pytest.mark.parametrize(
    ("error", "code", "line"),
    [
        (errors.ConfigError("site.toml: imap.port: bad"), EXIT_USAGE, "configuration error: "),
        (errors.UserError("no case X"), EXIT_USAGE, "no case X"),
        (errors.MailboxError("refused"), EXIT_SERVER, "mailbox unavailable: refused"),
        (errors.ConnectFailed("refused"), EXIT_SERVER, "mail server unavailable: refused"),
        (errors.DraftError("no file 3"), EXIT_FAILURE, "no file 3"),
    ],
)
def test_exit_code_and_line(error: ComplaintbotError, code: int, line: str) -> None:
    got_code, got_line = exit_code(error)
    assert got_code == code
    assert got_line.startswith(line)


def test_the_command_line_prints_one_line_and_exits_with_the_code(
    tmp_path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "site.toml"
    bad.write_text('[imap]\nport = "many"\n', encoding="utf-8")
    assert main(["--config", str(bad), "stats"]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert err.startswith("complaintbot: configuration error: ") and err.count("\n") == 1
    assert "imap.port" in err and "Traceback" not in err
    assert isinstance(ConfigError("x"), ComplaintbotError)
