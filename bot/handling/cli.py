"""Command-line commands of this package (registered by bot.cli)."""

from __future__ import annotations


def register(add) -> None:  # type: ignore[no-untyped-def]
    """`add(name, func, help)` returns an argparse parser for a new sub-command."""
