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
    # Every served mailbox's context by id, in configuration order (one dict shared by all of
    # them; [[mailboxes]]); empty: this context is the only one.
    boxes: dict[str, Context] = field(default_factory=dict, repr=False)

    def for_mailbox(self, mailbox: str) -> Context:
        """The context of `mailbox` (a case's letters are its mailbox's); the first mailbox's
        for a mailbox no longer served (as it takes their pending mail)."""
        if not self.boxes:
            return self
        return self.boxes.get(mailbox) or next(iter(self.boxes.values()))

    def every_mailbox(self) -> list[Context]:
        """The context of every served mailbox (just this one without [[mailboxes]])."""
        return list(self.boxes.values()) or [self]

    @property
    def primary(self) -> bool:
        """The first mailbox's context: it also takes what no served mailbox claims (mail of a
        mailbox no longer configured, the web form, imports)."""
        return not self.boxes or next(iter(self.boxes)) == self.settings.mailbox

    def claims(self) -> tuple[bool, tuple[str, ...]]:
        """Which ledger rows this context processes: (True, ids) = those whose mailbox is one
        of ids; (False, ids) = those whose mailbox is none of ids."""
        if not self.primary:
            return True, (self.settings.mailbox,)
        return False, tuple(m for m in self.boxes if m != self.settings.mailbox)
