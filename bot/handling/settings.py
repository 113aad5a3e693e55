"""The `[handling]` section: routing, handler mail commands, reminders, escalation and digest."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from bot.vocab import Language


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class DeadlineRule(_Section):
    """An answer deadline for one kind, one category, or one "kind.category" pair."""

    answer_days: int = Field(ge=1)
    answer_unit: Literal["calendar", "working"] = "calendar"


class HandlingSettings(_Section):
    # category -> handler or service addresses; the first one is assigned, the others may
    # send commands for the case too. A category not listed goes to categories[x].address.
    routes: dict[str, list[str]] = Field(default_factory=dict)
    # service address -> personal addresses allowed to send commands for cases assigned to
    # that service (people answer from their own mailbox, not from the shared one).
    members: dict[str, list[str]] = Field(default_factory=dict)
    # Addresses allowed to send commands for every case (besides organisation.coordinators).
    allowed_senders: list[str] = Field(default_factory=list)
    # Environment variable that holds the HMAC key signing reply addresses (>= 32 bytes).
    hmac_key_env: str = "COMPLAINTBOT_HMAC_KEY"
    # A reply address stops working this many days after the mail that carried it.
    token_max_age_days: int = Field(120, ge=1, le=3650)
    # The mailbox whose sub-addresses carry the tokens; "" = smtp.from_address. The mail
    # server must deliver <local>+<anything>@domain to this mailbox (plus addressing).
    reply_mailbox: str = ""
    plus_separator: Literal["+", "-", "="] = "+"
    # A founded or partly founded answer must name the Network typology.
    require_typology: bool = True
    # Answer deadline per kind, category or "kind.category" (most specific wins); else
    # [deadlines].answer_days / answer_unit.
    deadlines: dict[str, DeadlineRule] = Field(default_factory=dict)
    # Reminders to the handler this many working days before the deadline (0 = on the day).
    reminder_points: list[int] = Field(default_factory=lambda: [10, 3, 0])
    # How often the reminder/escalation scan runs.
    scan_minutes: int = Field(15, ge=1, le=1440)
    # Overdue cases are escalated to the coordinators, again every this many working days.
    escalation_every_days: int = Field(2, ge=1)
    # Coordinator digest: a crontab line in calendar.timezone (min hour dom month dow).
    digest_cron: str = "0 8 * * mon-fri"
    # The digest lists cases due within this many working days.
    digest_due_within_days: int = Field(5, ge=0, le=60)
    # Languages of the mails to handlers and coordinators, one after the other.
    staff_languages: list[Language] = Field(default_factory=lambda: [Language.FR, Language.NL])
    # Attachments of the citizen's mail copied into the assignment mail, in total at most.
    max_attachment_bytes: int = Field(10 * 1024 * 1024, ge=0)

    @field_validator("reminder_points")
    @classmethod
    def _points(cls, value: list[int]) -> list[int]:
        if any(p < 0 for p in value):
            raise ValueError("reminder points are working days before the deadline (>= 0)")
        return sorted(set(value), reverse=True)

    @field_validator("digest_cron")
    @classmethod
    def _cron(cls, value: str) -> str:
        from apscheduler.triggers.cron import CronTrigger

        try:
            CronTrigger.from_crontab(value, timezone="UTC")
        except ValueError as exc:
            raise ValueError(f"not a crontab line ({exc})") from None
        return value

    @field_validator("staff_languages")
    @classmethod
    def _langs(cls, value: list[str]) -> list[str]:
        if not value:
            raise ValueError("at least one language")
        return list(dict.fromkeys(value))

    @model_validator(mode="after")
    def _lower(self) -> HandlingSettings:
        for addrs in (*self.routes.values(), *self.members.values(), self.allowed_senders):
            for a in addrs:
                if "@" not in a:
                    raise ValueError(f"{a!r} is not a mail address")
        return self
