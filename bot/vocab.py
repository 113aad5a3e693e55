"""The domain's words, one enum per term: the bottom of the package, importing nothing of bot.

Every list of kinds, statuses, channels, languages, outcomes, typologies or reasons elsewhere is
built from these enums (a subset is a tuple of members), so a word is spelt in one place. The
values are the strings stored in the database and shown to users; StrEnum members compare equal
to those strings, so rows, TOML and JSON keep their plain text.
"""

from __future__ import annotations

from enum import StrEnum


class Kind(StrEnum):
    """What a message is, as the classifier decides (issue 2; framework §1)."""

    COMPLAINT = "complaint"
    APPEAL = "appeal"
    INFORMATION_REQUEST = "information_request"
    FOLLOW_UP = "follow_up"
    AUTO_REPLY = "auto_reply"
    BOUNCE = "bounce"
    SPAM = "spam"


# Kinds a citizen gets an acknowledgement for; the order is the report's order.
CITIZEN_KINDS = (Kind.COMPLAINT, Kind.APPEAL, Kind.INFORMATION_REQUEST)
# Kinds that are filed and never answered (issue 2 point 6; issue 3 point 4).
MACHINE_KINDS = (Kind.AUTO_REPLY, Kind.BOUNCE, Kind.SPAM)
SILENT_KINDS = frozenset(MACHINE_KINDS)
# Kinds a handler works on; appeals and information requests are forwarded by the pipeline.
HANDLED_KINDS = frozenset({Kind.COMPLAINT})


class CaseStatus(StrEnum):
    """Where a case stands; `waiting` stops the clock (a question to the citizen)."""

    OPEN = "open"
    WAITING = "waiting"
    ANSWERED = "answered"
    CLOSED = "closed"


# Case statuses that still need someone's attention (not closed).
OPEN_STATUSES = (CaseStatus.OPEN, CaseStatus.WAITING, CaseStatus.ANSWERED)


class InboundStatus(StrEnum):
    """Where a message taken into the ledger stands (bot.models.InboundMessage.status)."""

    PENDING = "pending"
    DONE = "done"
    QUARANTINED = "quarantined"


class OutboxStatus(StrEnum):
    """Where an outgoing mail stands (bot.models.Outbox.status)."""

    PENDING = "pending"
    SENT = "sent"
    FAILED = "failed"
    SUPPRESSED = "suppressed"  # over the per-sender daily limit of automatic mails


class ActionStatus(StrEnum):
    """An improvement action of the action plan (circular criterion 11)."""

    PLANNED = "planned"
    DONE = "done"
    DROPPED = "dropped"


class Channel(StrEnum):
    """How a message came in or an action was taken (cases and the audit trail)."""

    MAIL = "mail"
    FORM = "form"
    IMPORT = "import"
    CLI = "cli"
    SCHEDULER = "scheduler"


# Channels a case can come in by; the order is the report's order.
CASE_CHANNELS = (Channel.MAIL, Channel.FORM, Channel.IMPORT)


class Language(StrEnum):
    """Languages the service answers in (art. 41 §1 coordinated language laws, plus English)."""

    FR = "fr"
    NL = "nl"
    DE = "de"
    EN = "en"


class Outcome(StrEnum):
    """Outcome of an admissible complaint (framework §9 `outcomes`)."""

    FOUNDED = "founded"
    PARTLY_FOUNDED = "partly_founded"
    UNFOUNDED = "unfounded"
    NO_JUDGEMENT = "no_judgement_possible"


# Outcomes that count as founded (action plan, typology indicator).
FOUNDED_OUTCOMES = (Outcome.FOUNDED, Outcome.PARTLY_FOUNDED)


class ClosingOutcome(StrEnum):
    """`close` without a mail: outcomes of framework §9 that need no reasoned answer from us."""

    WITHDRAWN = "withdrawn"
    RESOLVED_BEFORE_ASSESSMENT = "resolved_before_assessment"
    ANSWERED_OUTSIDE = "answered_outside"
    REDIRECTED = "redirected"


class SecondLine(StrEnum):
    """The second-line bodies a final answer names (circular criterion 9); the order is the
    report's order."""

    FEDERAL_OMBUDSMAN = "federal_ombudsman"
    PENSIONS_OMBUDSMAN = "pensions_ombudsman"
    COMITE_P = "comite_p"


class Typology(StrEnum):
    """The Network's typology of complaints (framework §9 `founded_typology`)."""

    BEHAVIOUR = "behaviour"
    QUALITY = "quality"
    PROCESSING = "processing"
    COMPLAINT_HANDLING = "complaint_handling"


class InadmissibleReason(StrEnum):
    """Grounds for not handling a complaint (framework §1.2)."""

    ANONYMOUS = "anonymous"
    OLD_FACTS = "old_facts"
    OUTSIDE_COMPETENCE = "outside_competence"
    INFORMATION_ONLY = "information_only"
    APPEAL_ROUTE = "appeal_route"
    VAGUE = "vague"
    REPETITION = "repetition"
    MANIFESTLY_UNFOUNDED = "manifestly_unfounded"
