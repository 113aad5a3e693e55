"""Gapless yearly case numbers, safe with several bot processes on one database.

The counter row is incremented inside the transaction that creates the case: PostgreSQL holds
the row lock until commit, so a second process waits instead of taking the same number, and a
rolled-back case gives its number back (no gaps). On SQLite the write lock (BEGIN IMMEDIATE,
see bot.db) serialises writers the same way.
"""

from __future__ import annotations

from sqlalchemy import text
from sqlmodel import Session

from bot.numbers import CaseNumberFormat

_ENSURE = text(
    "INSERT INTO counter (name, year, value) VALUES (:name, :year, 0) "
    "ON CONFLICT (name, year) DO NOTHING"
)
_NEXT = text(
    "UPDATE counter SET value = value + 1 WHERE name = :name AND year = :year RETURNING value"
)


def next_number(session: Session, fmt: CaseNumberFormat, year: int) -> tuple[str, int]:
    """Take the next number of `year` in the caller's transaction: (formatted number, seq)."""
    params = {"name": "case", "year": year}
    seq = session.execute(_NEXT, params).scalar()
    if seq is None:  # first case of the year: create the counter row, then take from it
        session.execute(_ENSURE, params)
        seq = session.execute(_NEXT, params).scalar_one()
    return fmt.format(year, seq), seq
