"""Fail points for crash tests: the process kills itself, for real, at a named point.

Set COMPLAINTBOT_FAILPOINT=<name> in a test's subprocess environment. Unset (always, in
production) this is one dictionary lookup.
"""

from __future__ import annotations

import os
import signal


def failpoint(name: str) -> None:
    if os.environ.get("COMPLAINTBOT_FAILPOINT") == name:
        os.kill(os.getpid(), signal.SIGKILL)
