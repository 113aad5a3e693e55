"""Operator commands: init (and, registered here, the commands that watch the service).

Registered into the main parser like the other command groups; every import that costs time
happens inside the command, so `--help` stays fast.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

AddCommand = Callable[[str, Callable[[argparse.Namespace], int], str], argparse.ArgumentParser]


def version() -> str:
    """The installed distribution's version, or the source tree's."""
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as dist_version

    try:
        return dist_version("complaintbot")
    except PackageNotFoundError:
        from bot import __version__

        return __version__


def cmd_init(args: argparse.Namespace) -> int:
    from bot.cli import UserError
    from bot.ops.init import InitError, write_site

    try:
        written = write_site(Path(args.dir), version=version(), force=args.force)
    except InitError as exc:
        raise UserError(str(exc)) from None
    for path in written:
        print(f"wrote {path}")
    print(f"next: complaintbot --config {written[0]} config check", file=sys.stderr)
    return 0


def register(add: AddCommand) -> None:
    sp = add("init", cmd_init, "write a commented site configuration and rules to start from")
    sp.add_argument("dir", help="folder to write complaintbot.toml and rules.toml into")
    sp.add_argument("--force", action="store_true", help="overwrite existing files")
    sp.set_defaults(no_settings=True)  # it writes the configuration; it needs none
