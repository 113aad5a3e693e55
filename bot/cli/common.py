"""What every command module of bot.cli shares: the user-error type, JSON output, the app."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from bot.settings import Settings
from bot.terminal import for_terminal, json_line

if TYPE_CHECKING:
    from bot.app import App

Command = Callable[[argparse.Namespace], int]
# `add(name, func, help)`: a new sub-command's parser (bot.cli.main.build_parser).
AddCommand = Callable[[str, Command, str], argparse.ArgumentParser]


def print_json(obj: Any) -> None:
    """One JSON line, safe on a terminal (C1 controls and bidi characters escaped too)."""
    sys.stdout.write(json_line(obj) + "\n")


def out(line: str) -> None:
    """One line of text output: control sequences from mail are shown escaped, not run."""
    print(for_terminal(line, one_line=True))


def open_app(args: argparse.Namespace, *, migrate: bool = True) -> App:
    """The composition root for a command; imported late so `--help` stays fast."""
    from bot.app import App

    return App.build(args.settings, migrate_db=migrate)


def local_tz(s: Settings) -> ZoneInfo:
    return ZoneInfo(s.calendar.timezone)
