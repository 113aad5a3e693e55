"""One processor at a time: several bot processes may share a database, one processes.

Claiming rows one by one with leases would let two processes work in parallel, but a crashed
process's lease would then hold messages until it expires. A lock held by the connection (or
the open file) dies with its process, so a restart resumes at once: PostgreSQL advisory lock,
or an flock next to the SQLite file.
"""

from __future__ import annotations

import fcntl
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import Engine

_PG_KEY = 0x636F6D71  # distinct from the migration lock
# Threads of one process (one intake loop per mailbox) queue here first: a thread waiting for
# its turn then holds no database connection (twelve mailboxes would empty the pool).
_LOCAL: dict[str, threading.RLock] = {}
_LOCAL_GUARD = threading.Lock()


@contextmanager
def processing_lock(engine: Engine) -> Iterator[None]:
    with _LOCAL_GUARD:
        local = _LOCAL.setdefault(str(engine.url), threading.RLock())
    with local, _database_lock(engine):
        yield


@contextmanager
def _database_lock(engine: Engine) -> Iterator[None]:
    if engine.dialect.name == "postgresql":
        with engine.connect() as conn:
            conn.execute(text("SELECT pg_advisory_lock(:k)"), {"k": _PG_KEY})
            conn.commit()
            try:
                yield
            finally:
                conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": _PG_KEY})
                conn.commit()
        return
    database = engine.url.database
    if engine.dialect.name != "sqlite" or not database or database == ":memory:":
        yield
        return
    with open(Path(database).with_suffix(".lock"), "a+b") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)
