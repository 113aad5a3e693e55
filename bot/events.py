"""The audit trail: one row per change to a case (who, when, through which channel, what)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import insert
from sqlmodel import Session

from bot.models import CaseEvent, table_of

_INSERT = insert(table_of(CaseEvent))


def event_row(
    *,
    case_id: int,
    type_: str,
    at: datetime,
    actor: str = "bot",
    channel: str = "mail",
    inbound_id: int | None = None,
    detail: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """The values of one event, for `add_events`."""
    return {
        "case_id": case_id,
        "at": at,
        "type": type_,
        "actor": actor[:320],
        "channel": channel,
        "inbound_id": inbound_id,
        "detail": detail or {},
    }


def add_events(session: Session, rows: list[dict[str, Any]]) -> None:
    """Write events (see `event_row`) in the caller's transaction, in order, in one statement.

    A Core insert, not ORM objects: events are never changed once written, and intake writes
    two per new case, where the ORM's per-object bookkeeping would cost more than the insert.
    """
    if rows:
        session.execute(_INSERT, rows)
