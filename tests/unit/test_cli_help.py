"""`complaintbot --help` lists every command from the parser itself, and nothing stale."""

from __future__ import annotations

import argparse

from bot.cli.main import build_parser


def test_the_help_lists_every_command_and_the_description_names_none() -> None:
    parser = build_parser()
    (sub,) = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    commands = set(sub.choices)
    assert {"run", "templates", "config", "answer"} <= commands
    help_text = parser.format_help()
    assert [name for name in commands if name not in help_text] == []
    description = parser.description or ""
    assert [
        name for name in commands if f"{name}|" in description or f"|{name}" in description
    ] == []
