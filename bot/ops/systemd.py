"""systemd's notify protocol (sd_notify(3)) without libsystemd: one datagram per state.

`Type=notify`: the service says READY=1 once the scheduler runs and the mailbox loop starts,
STOPPING=1 on SIGTERM; with `WatchdogSec=` it says WATCHDOG=1 every half period from the
event loop, so a hung loop is restarted by systemd. Outside systemd (no NOTIFY_SOCKET) every
call does nothing.
"""

from __future__ import annotations

import logging
import os
import socket

log = logging.getLogger(__name__)


def notify(state: str, environ: dict[str, str] | None = None) -> bool:
    """Send `state` ("READY=1", "WATCHDOG=1", "STOPPING=1", "STATUS=…"); True if sent."""
    env = os.environ if environ is None else environ
    address = env.get("NOTIFY_SOCKET")
    if not address:
        return False
    if address.startswith("@"):  # an abstract socket (Linux)
        address = "\0" + address[1:]
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC) as sock:
            sock.connect(address)
            sock.sendall(state.encode())
    except OSError as exc:
        log.warning("systemd notify %s failed: %s", state.split("=", 1)[0], exc)
        return False
    return True


def watchdog_interval(environ: dict[str, str] | None = None) -> float | None:
    """Seconds between WATCHDOG=1 pings (half of WatchdogSec), or None when not asked for."""
    env = os.environ if environ is None else environ
    usec = env.get("WATCHDOG_USEC")
    pid = env.get("WATCHDOG_PID")
    if not usec or (pid and pid != str(os.getpid())):
        return None
    try:
        return max(int(usec) / 2_000_000, 0.5)
    except ValueError:
        return None
