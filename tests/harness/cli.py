"""Run the bot as the user does, in a subprocess (`python -m bot --config …`), and read back
what it reports: the integration tests' view of the command line.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]  # the repository root
CONFIG = str(REPO / "config" / "example.toml")


def bot(env: dict[str, str], *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", "--config", CONFIG, *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=REPO,
        stdin=subprocess.DEVNULL,
    )


def run_once(env: dict[str, str], **extra: str) -> subprocess.CompletedProcess[str]:
    done = bot({**env, **extra}, "run", "--once")
    if not extra:
        assert done.returncode == 0, done.stderr
    return done


def stats(env: dict[str, str]) -> dict[str, int]:
    done = bot(env, "stats", "--json")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def cases(env: dict[str, str]) -> list[dict]:
    done = bot(env, "list", "--json")
    assert done.returncode == 0, done.stderr
    return [json.loads(line) for line in done.stdout.splitlines()]


def balanced(s: dict[str, int]) -> bool:
    return s["messages"] == s["cases"] + s["follow_ups"] + s["filed"] + s["quarantined"]
