"""Real-server test harness: a private Dovecot, an SMTP sink, per-test PostgreSQL schemas."""

from __future__ import annotations

import os

import pytest


def in_ci() -> bool:
    """CI is set to something other than empty/0/false/no."""
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def unavailable(reason: str) -> None:
    """A service the test needs is missing: skip locally, fail under CI."""
    if in_ci():
        pytest.fail(f"{reason} (CI is set: missing services are failures, not skips)", False)
    pytest.skip(reason)
