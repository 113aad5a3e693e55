"""The application-wide context: settings and the services every layer reads (classifier,
calendar, case numbers, clock), built once by the composition root (bot.app).

At the bottom of the stack: it imports settings and pure helpers only, so that intake,
pipeline, outbox, handling and reports can all take it without depending on one another.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from bot.numbers import CaseNumberFormat
from bot.settings import Settings

if TYPE_CHECKING:
    from bot.classify import Classifier
    from bot.deadlines.calendar import WorkingCalendar


def _utcnow() -> datetime:
    return datetime.now(UTC)


@dataclass
class Context:
    settings: Settings
    classifier: Classifier
    calendar: WorkingCalendar
    numbers: CaseNumberFormat
    clock: Callable[[], datetime] = field(default=_utcnow)
