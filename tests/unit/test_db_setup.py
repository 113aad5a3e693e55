"""Two bot processes starting at once on a SQLite file that does not exist yet both come up.

SQLite answers "database is locked" at once, without waiting, to the second of two connections
that switch a new file to WAL at the same moment; bot.db serialises that first setup.
"""

from __future__ import annotations

import multiprocessing as mp
from pathlib import Path

from bot.db import make_engine, migrate


def _start(url: str, barrier, results) -> None:  # type: ignore[no-untyped-def]
    barrier.wait()
    try:
        engine = make_engine(url)
        migrate(engine)
        engine.dispose()
        results.put("ok")
    except Exception as exc:  # noqa: BLE001 - reported to the test
        results.put(repr(exc))


def test_two_processes_set_up_a_new_sqlite_file_at_once(tmp_path: Path) -> None:
    ctx = mp.get_context("fork")
    outcomes = []
    for trial in range(8):  # without the lock about one start in eight fails
        url = f"sqlite:///{tmp_path / f'new-{trial}' / 'cb.db'}"
        barrier, results = ctx.Barrier(2), ctx.Queue()
        procs = [ctx.Process(target=_start, args=(url, barrier, results)) for _ in range(2)]
        for p in procs:
            p.start()
        for p in procs:
            p.join(60)
        outcomes += [results.get(timeout=5) for _ in procs]
    assert outcomes == ["ok"] * 16


def test_the_heads_read_without_alembic_are_alembics():
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from bot.db import MIGRATIONS, script_heads

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    assert script_heads() == set(ScriptDirectory.from_config(cfg).get_heads())


def test_a_current_database_is_not_migrated_again(tmp_path: Path) -> None:
    """`run` on a current database never loads Alembic (8 MB held for the life of the
    process); a new one is created by it."""
    import subprocess
    import sys

    url = f"sqlite:///{tmp_path / 'cb.db'}"
    code = (
        "import sys; from bot.db import make_engine, migrate; "
        f"migrate(make_engine({url!r})); print('alembic' in sys.modules)"
    )
    runs = [
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
        for _ in range(2)
    ]
    assert [r.stdout.strip() for r in runs] == ["True", "False"]
