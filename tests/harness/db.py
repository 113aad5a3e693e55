"""Database URLs for tests: a fresh PostgreSQL schema per test (dropped afterwards)."""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from urllib.parse import quote

PG_SERVER_URL = os.environ.get(
    "COMPLAINTBOT_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)

_state: dict[str, str | None] = {}


def libpq_url(url: str) -> str:
    """The SQLAlchemy URL without the driver part, as psycopg/libpq want it."""
    return url.replace("postgresql+psycopg://", "postgresql://", 1)


def pg_problem() -> str | None:
    """None when PostgreSQL answers at PG_SERVER_URL, else why not (checked once per process)."""
    if "problem" not in _state:
        try:
            import psycopg

            with psycopg.connect(libpq_url(PG_SERVER_URL), connect_timeout=3) as conn:
                conn.execute("select 1")
            _state["problem"] = None
        except Exception as exc:  # noqa: BLE001 - any failure means "not usable"
            _state["problem"] = f"PostgreSQL not reachable at {PG_SERVER_URL}: {exc}"
    return _state["problem"]


def schema_of(url: str) -> str:
    """The schema name from a URL made by fresh_pg_schema()."""
    return url.rsplit("search_path%3D", 1)[1].split("&", 1)[0]


@contextmanager
def fresh_pg_schema(server_url: str = PG_SERVER_URL) -> Iterator[str]:
    """Create schema t_<random>; yield a URL whose every connection works inside it; drop it.

    The URL carries `options=-csearch_path=<schema>` (libpq passes it to the server at connect
    time), so it works the same from a subprocess or any SQLAlchemy engine.
    """
    import psycopg

    schema = f"t_{secrets.token_hex(6)}"
    admin = libpq_url(server_url)
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'create schema "{schema}"')
    sep = "&" if "?" in server_url else "?"
    try:
        yield f"{server_url}{sep}options={quote(f'-csearch_path={schema}', safe='')}"
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            # a connection left inside a transaction would block the drop: fail, don't hang
            conn.execute("set lock_timeout = '15s'")
            conn.execute(f'drop schema if exists "{schema}" cascade')
