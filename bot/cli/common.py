"""What every command module of bot.cli shares: the user-error type, JSON output, the app."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from bot.errors import UserError
from bot.terminal import for_terminal, json_line

if TYPE_CHECKING:
    from zoneinfo import ZoneInfo

    from bot.app import App
    from bot.settings import Settings

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

    if not migrate:
        require_database(args.settings)
    return App.build(args.settings, migrate_db=migrate)


class Reader:
    """What a read command needs: the settings and an engine on an existing database.

    No migration and no composition root (bot.app imports the whole pipeline): a read command
    never creates a database or a table, and starts fast.
    """

    def __init__(self, settings: Settings) -> None:
        from bot.db import make_engine

        require_database(settings)
        self.settings = settings
        self.engine = make_engine(settings.database.url, echo=settings.database.echo)


def require_database(settings: Settings) -> None:
    """A clear error, not an empty new database, when there is no complaintbot database."""
    from bot.db import database_problem

    problem = database_problem(settings.database.url)
    if problem:
        raise UserError(problem)


def mailbox_of(settings: Settings, wanted: str | None) -> Settings | None:
    """`--mailbox ID`: that [[mailboxes]] entry's settings; None (every mailbox) without it."""
    if not wanted:
        return None
    from bot.settings import mailbox_settings

    boxes = {box.mailbox: box for box in mailbox_settings(settings)}
    if wanted not in boxes:
        raise UserError(f"--mailbox {wanted}: no such mailbox; served: {', '.join(boxes)}")
    return boxes[wanted]


def local_tz(s: Settings) -> ZoneInfo:
    from zoneinfo import ZoneInfo

    return ZoneInfo(s.calendar.timezone)
