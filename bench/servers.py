"""The bot's environment for a benchmark run against a real Dovecot and a local SMTP sink.

from servers import bot_env      # in a script under bench/ (its folder is on sys.path)
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

from harness.dovecot import Dovecot  # noqa: E402
from harness.smtp import SmtpSink  # noqa: E402


def bot_env(
    dovecot: Dovecot, user: str, password: str, sink: SmtpSink, db: str, data: Path, **extra: str
) -> dict[str, str]:
    """os.environ without the caller's COMPLAINTBOT_* variables, pointing the bot at this
    mailbox (plain IMAP on loopback), this sink, database and data dir; `extra` on top."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("COMPLAINTBOT_")}
    env.update(
        PYTHONPATH=str(REPO),
        COMPLAINTBOT_IMAP_HOST=dovecot.host,
        COMPLAINTBOT_IMAP_PORT=str(dovecot.imap_port),
        COMPLAINTBOT_IMAP_SECURITY="none",
        COMPLAINTBOT_IMAP_USERNAME=user,
        COMPLAINTBOT_IMAP_PASSWORD=password,
        COMPLAINTBOT_SMTP_HOST=sink.host,
        COMPLAINTBOT_SMTP_PORT=str(sink.port),
        COMPLAINTBOT_SMTP_SECURITY="none",
        COMPLAINTBOT_SMTP_USERNAME="",
        # every citizen of a benchmark is answered, however many mails one address sends
        COMPLAINTBOT_SMTP_MAX_AUTO_REPLIES_PER_DAY="1000000",
        COMPLAINTBOT_DATABASE_URL=db,
        COMPLAINTBOT_STORAGE_DATA_DIR=str(data),
    )
    env.update(extra)
    return env
