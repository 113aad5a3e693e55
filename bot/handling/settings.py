"""The `[handling]` section: routing, handler mail commands, reminders, escalation and digest."""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from bot.vocab import Language


class CommandAuth(StrEnum):
    """How the sender of a handler command is proved (bot.handling.sender_auth)."""

    AUTH_RESULTS = "authentication-results"  # the gateway's RFC 8601 verdict (DMARC/DKIM)
    DKIM = "dkim"  # the bot checks the DKIM signature itself
    TOKEN_ONLY = "token-only"  # reply token + From line only: forgeable, explicit choice


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
    # How a command's sender is proved: "authentication-results" (the topmost header of a
    # trusted_authserv_ids server says dmarc=pass, or dkim=pass with header.d = From domain),
    # "dkim" (the bot verifies the signature itself) or "token-only" (forgeable; warned).
    command_auth: CommandAuth = CommandAuth.AUTH_RESULTS
    # Per From domain, a method other than command_auth (e.g. a partner without a gateway).
    command_auth_by_domain: dict[str, CommandAuth] = Field(default_factory=dict)
    # authserv-ids (RFC 8601) of our own inbound mail gateways whose verdicts are trusted.
    trusted_authserv_ids: list[str] = Field(default_factory=list)
    # DKIM keys pinned in the config: "selector._domainkey.domain" -> TXT record text. When
    # any is given, DNS is not asked at all; else the keys are looked up in DNS.
    dkim_public_keys: dict[str, str] = Field(default_factory=dict)
    # Domains whose addresses are staff (besides organisation.domain): #assign may hand a
    # case to them and refusals may be mailed to them.
    staff_domains: list[str] = Field(default_factory=list)
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
    # Programs and scripts among them (.exe, .js, .ps1 … or program content under any name)
    # are always flagged in the assignment mail; true = not copied at all (then only
    # `complaintbot show` lists them and the raw mail keeps them).
    hold_executable_attachments: bool = False
    # One citizen mailbox cannot bury a handler: past this many assignment mails to one
    # handler for one citizen in 24 hours, further cases are assigned without a mail and
    # flagged for review (they appear in the digest). 0 = no cap.
    max_assignment_mails_per_citizen: int = Field(3, ge=0, le=1000)

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

    @field_validator("trusted_authserv_ids", "staff_domains")
    @classmethod
    def _names(cls, value: list[str]) -> list[str]:
        for name in value:
            if not name or any(c.isspace() or c in "@;/" for c in name):
                raise ValueError(f"{name!r} is not a host or domain name")
        return [n.lower() for n in value]

    @field_validator("command_auth_by_domain")
    @classmethod
    def _domains(cls, value: dict[str, CommandAuth]) -> dict[str, CommandAuth]:
        for name in value:
            if "@" in name or "." not in name:
                raise ValueError(f"{name!r} is not a domain name")
        return {k.lower(): v for k, v in value.items()}

    @field_validator("dkim_public_keys")
    @classmethod
    def _keys(cls, value: dict[str, str]) -> dict[str, str]:
        for name, record in value.items():
            if "._domainkey." not in name.lower():
                raise ValueError(f"{name!r}: expected 'selector._domainkey.domain'")
            if "p=" not in record.replace(" ", ""):
                raise ValueError(f"{name!r}: not a DKIM key record (no p= tag)")
        return value

    @model_validator(mode="after")
    def _lower(self) -> HandlingSettings:
        for addrs in (*self.routes.values(), *self.members.values(), self.allowed_senders):
            for a in addrs:
                if "@" not in a:
                    raise ValueError(f"{a!r} is not a mail address")
        return self


def warnings(hs: HandlingSettings) -> list[str]:
    """Choices that weaken the service, for `config check` and the log at start."""
    found = []
    token_only = [d for d, m in hs.command_auth_by_domain.items() if m is CommandAuth.TOKEN_ONLY]
    if hs.command_auth is CommandAuth.TOKEN_ONLY:
        found.append(
            "handling.command_auth = 'token-only': anyone holding a leaked reply address can "
            "send commands in a handler's name"
        )
    if token_only:
        found.append(
            "handling.command_auth_by_domain: 'token-only' for " + ", ".join(sorted(token_only))
        )
    uses_ar = hs.command_auth is CommandAuth.AUTH_RESULTS or any(
        m is CommandAuth.AUTH_RESULTS for m in hs.command_auth_by_domain.values()
    )
    if uses_ar and not hs.trusted_authserv_ids:
        found.append(
            "handling.trusted_authserv_ids is empty: every mail command will be refused "
            "(name the authserv-id your mail gateway writes, or choose command_auth = 'dkim')"
        )
    return found
