"""Engine and sessions: SQLite by default (one file, WAL), PostgreSQL by URL; migrations."""

from __future__ import annotations

import ast
import fcntl
import re
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import event, inspect, text
from sqlalchemy.engine import Connection, Engine, make_url
from sqlmodel import Session, create_engine

MIGRATIONS = Path(__file__).parent / "migrations"
_PG_MIGRATION_LOCK = 0x636F6D70  # "comp": one migrator at a time across processes
_REVISION_LINE = re.compile(r"^(revision|down_revision)\s*(?::[^=]*)?=\s*(.+?)\s*$", re.MULTILINE)


def insert_for(session: Session) -> Callable[..., Any]:
    """The engine's own INSERT construct, the one that knows ON CONFLICT (insert-if-absent and
    upsert are spelt alike on SQLite and PostgreSQL). Imported here: read commands, which
    never write, don't pay for the dialects at start-up."""
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        return pg_insert
    from sqlalchemy.dialects.sqlite import insert as sqlite_insert

    return sqlite_insert


def make_engine(url: str, *, echo: bool = False) -> Engine:
    """An engine for `url`; for SQLite the file and its folder are created on first use."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "postgresql" and parsed.get_driver_name() in ("", "psycopg2"):
        # psycopg 3 is what we install; plain "postgresql://" would look for psycopg2.
        parsed = parsed.set(drivername="postgresql+psycopg")
    if parsed.get_backend_name() != "sqlite":
        return create_engine(parsed, echo=echo, pool_pre_ping=True)

    if parsed.database and parsed.database != ":memory:":
        Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(parsed, echo=echo, connect_args={"timeout": 30})

    @event.listens_for(engine, "connect")
    def _sqlite_pragmas(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        # Let SQLAlchemy emit BEGIN itself (below) instead of pysqlite's implicit handling.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA busy_timeout=30000")  # first: the statements below may have to wait
        cur.execute("PRAGMA journal_mode=WAL")
        # FULL, not NORMAL: with NORMAL the last commits may roll back after a power cut, and
        # the IMAP copies they cover would already be in the Processed folder: lost to us.
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.close()

    @event.listens_for(engine, "begin")
    def _begin_immediate(conn: Connection) -> None:
        # Take the write lock at BEGIN: two bot processes on one file then queue up instead of
        # failing with "database is locked" when a reader tries to become a writer.
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest Alembic revision (safe with several processes)."""
    with _sqlite_setup_lock(engine):
        _migrate(engine)


@contextmanager
def _sqlite_setup_lock(engine: Engine) -> Iterator[None]:
    """One process at a time sets up a SQLite file: two bot processes starting on a new file
    would otherwise both switch it to WAL and create the tables, and one gets "database is
    locked" at once (SQLite does not wait on a lock while the journal mode changes)."""
    database = engine.url.database
    if engine.dialect.name != "sqlite" or not database or database == ":memory:":
        yield
        return
    path = Path(database)
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path.with_name(path.name + ".setup-lock"), "a+b") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def database_problem(url: str) -> str | None:
    """Why `url` holds no complaintbot database (None: it does), without creating anything.

    Read commands call this instead of migrating: a typo in the URL must not leave an empty
    SQLite file, or a set of empty tables on the shared PostgreSQL server, behind.
    """
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if not parsed.database or parsed.database == ":memory:":
            return "database: an in-memory SQLite database holds no cases"
        if not Path(parsed.database).is_file():
            return (
                f"no database at {parsed.database} (database.url); "
                "`complaintbot run --once` or `import` creates it"
            )
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            if not inspect(conn).has_table("alembic_version"):
                return (
                    f"{_masked(url)} holds no complaintbot tables; "
                    "`complaintbot run --once` creates them"
                )
    finally:
        engine.dispose()
    return None


def _masked(url: str) -> str:
    return make_url(url).render_as_string(hide_password=True)


def script_heads() -> set[str] | None:
    """The newest revision(s) of bot/migrations/versions, read from each file's `revision` and
    `down_revision` lines without importing Alembic; None when a file says it otherwise."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (MIGRATIONS / "versions").glob("*.py"):
        found = dict(_REVISION_LINE.findall(path.read_text(encoding="utf-8")))
        try:
            revision = ast.literal_eval(found["revision"])
            down = ast.literal_eval(found["down_revision"])
        except (KeyError, ValueError, SyntaxError):
            return None
        if not isinstance(revision, str):
            return None
        revisions.add(revision)
        parents.update([down] if isinstance(down, str) else down or ())
    return revisions - parents or None


def _up_to_date(engine: Engine) -> bool:
    """The database is at the newest revision: checked without Alembic, whose import (with
    Mako and Pygments) holds 8 MB for the life of `run`, for a database almost always current."""
    heads = script_heads()
    if heads is None:
        return False
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return False
        current = {row[0] for row in conn.execute(text("SELECT version_num FROM alembic_version"))}
    return current == heads


def _migrate(engine: Engine) -> None:
    if _up_to_date(engine):
        return
    from alembic import command
    from alembic.config import Config
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    heads = set(ScriptDirectory.from_config(cfg).get_heads())
    with engine.connect() as conn:
        if set(MigrationContext.configure(conn).get_current_heads()) == heads:
            return  # up to date: skip the (slow) upgrade machinery on every command
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_MIGRATION_LOCK})
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


@contextmanager
def session_scope(engine: Engine) -> Iterator[Session]:
    """A session whose transaction commits on success and rolls back on any exception."""
    with Session(engine, expire_on_commit=False) as session:
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
