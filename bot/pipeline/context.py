"""What the pipeline steps need, built once by the composition root (bot.app)."""

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
