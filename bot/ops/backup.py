"""`complaintbot backup DEST` for SQLite: a consistent copy while the service runs.

SQLite's online backup API (sqlite3.Connection.backup) copies the database page by page and
restarts when a writer changes it, so the copy is one committed state even with WAL and the
bot writing. For PostgreSQL the answer is pg_dump (see README, "Backup and restore").
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy.engine import make_url


class BackupError(Exception):
    """The backup cannot be made; str() says why and what to do."""


def backup_sqlite(url: str, dest: Path) -> int:
    """Copy the SQLite database of `url` to `dest` (a file, or a folder to put it in)."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        raise BackupError(
            "backup copies SQLite databases; for PostgreSQL use pg_dump "
            "(pg_dump -Fc -f complaintbot.dump DBNAME, see the README)"
        )
    source = Path(parsed.database or "")
    if not source.is_file():
        raise BackupError(f"no database at {source} (database.url)")
    if dest.is_dir():
        dest = dest / source.name
    if dest.exists():
        raise BackupError(f"{dest}: already exists; give a new file name")
    tmp = dest.with_name(dest.name + ".part")
    try:
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True, timeout=30)
        try:
            out = sqlite3.connect(tmp)
            try:
                src.backup(out, pages=1024)
                out.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
                check = out.execute("PRAGMA integrity_check").fetchone()[0]
            finally:
                out.close()
        finally:
            src.close()
    except (sqlite3.Error, OSError) as exc:
        tmp.unlink(missing_ok=True)
        raise BackupError(f"backup failed: {exc}") from None
    if check != "ok":
        tmp.unlink(missing_ok=True)
        raise BackupError(f"the copy failed its integrity check: {check}")
    tmp.rename(dest)  # the copy appears whole or not at all
    return dest.stat().st_size
