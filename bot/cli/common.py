"""What every command module of bot.cli shares: the user-error type, JSON output, the app."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from bot.settings import Settings

if TYPE_CHECKING:
    from bot.app import App

EXIT_USAGE, EXIT_SERVER = 2, 3


class UserError(Exception):
    """A mistake the user can fix; printed as one line."""


def print_json(obj: Any) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, default=str) + "\n")


def open_app(args: argparse.Namespace, *, migrate: bool = True) -> App:
    """The composition root for a command; imported late so `--help` stays fast."""
    from bot.app import App

    return App.build(args.settings, migrate_db=migrate)


def local_tz(s: Settings) -> ZoneInfo:
    return ZoneInfo(s.calendar.timezone)
