"""Gapless yearly case numbers, safe with several bot processes on one database.

The counter row is incremented, by the number of new cases of a batch (bot.pipeline.cases),
inside the transaction that creates them: PostgreSQL holds the row lock until commit, so a
second process waits instead of taking the same numbers, and rolled-back cases give their
numbers back (no gaps). On SQLite the write lock (BEGIN IMMEDIATE, see bot.db) serialises
writers the same way.
"""

from __future__ import annotations

from sqlalchemy import text
from sqlmodel import Session

_ENSURE = text(
    "INSERT INTO counter (name, year, value) VALUES (:name, :year, 0) "
    "ON CONFLICT (name, year) DO NOTHING"
)
_TAKE = text(
    "UPDATE counter SET value = value + :n WHERE name = :name AND year = :year RETURNING value"
)


def take_numbers(session: Session, year: int, n: int, counter: str = "case") -> int:
    """Take `n` consecutive numbers of `year` in the caller's transaction: the first seq.

    `counter`: "case", or "case:<mailbox>" for a mailbox with its own numbering template
    (each prefix its own gapless sequence; bot.settings.mailbox_settings)."""
    params = {"name": counter, "year": year, "n": n}
    last = session.execute(_TAKE, params).scalar()
    if last is None:  # first case of the year: create the counter row, then take from it
        session.execute(_ENSURE, params)
        last = session.execute(_TAKE, params).scalar_one()
    return int(last) - n + 1
