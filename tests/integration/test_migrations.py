"""The Alembic migrations build exactly the schema the models describe, on both databases."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlmodel import SQLModel

import bot.models  # noqa: F401  (registers every table)
from bot.db import make_engine, migrate


def test_migrations_match_the_models_and_run_twice(database_url: str) -> None:
    engine = make_engine(database_url)
    try:
        migrate(engine)
        migrate(engine)  # applied on every start: the second time is a no-op
        with engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn), SQLModel.metadata)
        assert diff == []
    finally:
        engine.dispose()


def test_stored_reasons_are_mapped_to_the_framework_names(database_url: str) -> None:
    """Cases declared inadmissible with the first versions' words are counted by the report."""
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import text

    from bot.db import MIGRATIONS

    engine = make_engine(database_url)
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    try:
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "0009_case_origin")
        with engine.begin() as conn:
            for i, reason in enumerate(["old_facts", "vague", "anonymous", None], start=1):
                conn.execute(
                    text(
                        'INSERT INTO "case" (number, year, seq, kind, status, channel, category, '
                        "sender, sender_name, subject, received_at, needs_review, "
                        "standard_procedure, extension_days, inadmissible_reason) VALUES "
                        "(:n, 2025, :i, 'complaint', 'closed', 'mail', 'other', '', '', '', "
                        "'2025-01-02 10:00:00', false, true, 0, :r)"
                    ),
                    {"n": f"PLT-2025-{i:06d}", "i": i, "r": reason},
                )
        migrate(engine)
        with engine.connect() as conn:
            got = dict(conn.execute(text('SELECT seq, inadmissible_reason FROM "case"')).all())
            if engine.dialect.name == "sqlite":
                assert conn.exec_driver_sql("PRAGMA integrity_check").scalar_one() == "ok"
        assert got == {
            1: "facts_older_than_1_year",
            2: "insufficient_description",
            3: "anonymous",
            4: None,
        }
        long = "pending_judicial_or_administrative_appeal"  # 41 characters: the column holds it
        with engine.begin() as conn:
            conn.execute(
                text('UPDATE "case" SET inadmissible_reason = :r WHERE seq = 4'), {"r": long}
            )
    finally:
        engine.dispose()


def test_the_retired_suppression_scan_leaves_no_stale_job(database_url: str) -> None:
    """`status` lists every job_run row: the scan that the pipeline hook replaced must go."""
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import text

    from bot.db import MIGRATIONS

    engine = make_engine(database_url)
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    try:
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "0017_mailbox")
        with engine.begin() as conn:
            for name in ("outbox.suppression_scan", "intake.fetch"):
                conn.execute(
                    text("INSERT INTO job_run (name, last_run_at) VALUES (:n, :t)"),
                    {"n": name, "t": "2026-11-01 10:00:00"},
                )
        migrate(engine)
        with engine.connect() as conn:
            names = set(conn.execute(text("SELECT name FROM job_run")).scalars())
        assert names == {"intake.fetch"}
    finally:
        engine.dispose()
