"""`complaintbot run` as the long-running service, in a subprocess with the test's environment
(tests/integration/test_service.py, tests/integration/test_monitoring.py).

    with running_service(env) as service:
        ack = service.wait_for_ack(smtp_sink, "x@example.be", within=60)
    assert service.returncode == 0 and "Traceback" not in service.stderr

Leaving the block stops it as systemd does (SIGTERM) and keeps its exit code and stderr.
"""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from .cli import CONFIG, REPO
from .smtp import Received, SmtpSink

STOP_SECONDS = 30


@dataclass
class Service:
    proc: subprocess.Popen[str]
    returncode: int | None = None
    stderr: str = field(default="", repr=False)

    def wait_for_ack(self, sink: SmtpSink, sender: str, *, within: float) -> Received:
        """The first mail to `sender`, polled for up to `within` seconds; if none came, the
        test fails with what the service said."""
        deadline = time.monotonic() + within
        while time.monotonic() < deadline:
            got = [m for m in sink.messages if sender in m.rcpt_tos]
            if got:
                return got[0]
            time.sleep(0.1)
        self.stop()
        pytest.fail(
            f"no acknowledgement to {sender} within {within:.0f} s; the service said:\n"
            + self.stderr[-3000:]
        )

    def stop(self) -> None:
        if self.returncode is not None:
            return
        self.proc.send_signal(signal.SIGTERM)
        try:
            _, self.stderr = self.proc.communicate(timeout=STOP_SECONDS)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            _, self.stderr = self.proc.communicate()
            raise
        finally:
            self.returncode = self.proc.returncode


@contextmanager
def running_service(env: dict[str, str], config: str | Path = CONFIG) -> Iterator[Service]:
    """`complaintbot --config CONFIG run` (default: config/example.toml) until the block ends."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "bot", "--config", str(config), "run"],
        env=env,
        cwd=REPO,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    service = Service(proc)
    try:
        yield service
    finally:
        service.stop()
