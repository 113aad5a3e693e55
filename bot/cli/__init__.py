"""Command line of complaintbot: `main` parses and dispatches (bot.cli.main); one module per
command group (classify, handling, reports), with the shared helpers in bot.cli.common."""

from __future__ import annotations

from bot.cli.main import build_parser, main

__all__ = ["build_parser", "main"]
