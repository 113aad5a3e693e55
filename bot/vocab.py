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


class RequestType(StrEnum):
    """What the person asked for: Network indicator 1 (framework §3.2), the five types of the
    yearly questionnaire. Set from the kind at intake, from the classifier's thanks and
    suggestion rules, and by a handler (`complaintbot request-type`, `#type`). A thank-you note
    or compliment is `other` (the questionnaire has no row of its own for it)."""

    COMPLAINT = "complaint"
    INFORMATION_REQUEST = "information_request"
    REPORT = "report"  # a signalement / melding / Meldung: a fact brought to our notice
    SUGGESTION = "suggestion"
    OTHER = "other"


# The request type a case gets from its kind at intake; a misdirected appeal is a complaint
# in form (it is counted apart in `requests_received` by kind).
KIND_REQUEST_TYPE: dict[str, RequestType] = {
    Kind.COMPLAINT: RequestType.COMPLAINT,
    Kind.APPEAL: RequestType.COMPLAINT,
    Kind.INFORMATION_REQUEST: RequestType.INFORMATION_REQUEST,
}

# Words a handler may type for a request type (`#type`, `complaintbot request-type`);
# "_" and "-" are interchangeable, as for the reasons.
REQUEST_TYPE_ALIASES: dict[str, RequestType] = {
    "information": RequestType.INFORMATION_REQUEST,
    "info": RequestType.INFORMATION_REQUEST,
    "signalement": RequestType.REPORT,
    "thanks": RequestType.OTHER,
}


def request_type_of(word: str) -> RequestType | None:
    """The request type a handler means by `word` (value or alias), or None."""
    key = word.strip().lower().replace("-", "_")
    try:
        return RequestType(key)
    except ValueError:
        return REQUEST_TYPE_ALIASES.get(key.replace("_", "-")) or REQUEST_TYPE_ALIASES.get(key)


class CaseStatus(StrEnum):
    """Where a case stands; `waiting` stops the clock (a question to the citizen)."""

    OPEN = "open"
    WAITING = "waiting"
    ANSWERED = "answered"
    CLOSED = "closed"
    # An appeal or information request whose forward to the competent service was accepted
    # by the SMTP server: finished for us, out of the backlog; `complaintbot reopen` undoes it.
    FORWARDED = "forwarded"


# The states in which nothing more is done on a case.
DONE_STATUSES = frozenset({CaseStatus.CLOSED, CaseStatus.FORWARDED})


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
    LETTER = "letter"
    PHONE = "phone"
    COUNTER = "counter"
    # Archived mail taken in by `complaintbot import` as history: counted in its own year,
    # never acknowledged, assigned or chased by the bot.
    IMPORT = "import"
    CLI = "cli"
    SCHEDULER = "scheduler"


# Channels a case can come in by (Network indicator 3); the order is the report's order.
CASE_CHANNELS = (
    Channel.MAIL,
    Channel.FORM,
    Channel.LETTER,
    Channel.PHONE,
    Channel.COUNTER,
    Channel.IMPORT,
)
# Channels of a complaint a coordinator records by hand (`complaintbot register`).
REGISTERED_CHANNELS = (Channel.LETTER, Channel.PHONE, Channel.COUNTER)


class Origin(StrEnum):
    """Who lodged the request, the carrier of Network indicator 3 (framework §3.2)."""

    CITIZEN = "citizen"
    COMPANY = "company"
    REPRESENTATIVE = "representative"  # a lawyer, a social worker, a relative
    CABINET = "cabinet"  # passed on by a minister's office
    OMBUDSMAN = "ombudsman"  # passed on by a second-line ombudsman
    OTHER = "other"


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


class ClosingOutcome(StrEnum):
    """How a case ends without a reasoned answer from us (`complaintbot close --outcome`;
    framework §9 `outcomes`)."""

    WITHDRAWN = "withdrawn"
    RESOLVED_BEFORE_ASSESSMENT = "resolved_before_assessment"
    ANSWERED_OUTSIDE = "answered_outside"  # answered by letter or phone, outside the bot
    REDIRECTED = "redirected"


# Outcomes that count as founded (action plan, typology indicator).
FOUNDED_OUTCOMES = (Outcome.FOUNDED, Outcome.PARTLY_FOUNDED)


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
    """Grounds for not handling a complaint: framework §9 `admissibility_reasons` (§1.2). The
    handler's commands, the letters and the report all use these values."""

    ANONYMOUS = "anonymous"
    OLD_FACTS = "facts_older_than_1_year"
    OUTSIDE_COMPETENCE = "outside_competence_forwarded"
    INFORMATION_ONLY = "not_a_complaint_info_request"
    GENERAL_POLICY = "general_policy_or_legislation"
    APPEAL_ROUTE = "decision_with_appeal_route"
    PENDING_APPEAL = "pending_judicial_or_administrative_appeal"
    REPETITION = "already_handled_no_new_facts"
    MANIFESTLY_UNFOUNDED = "manifestly_unfounded_or_vexatious"
    VAGUE = "insufficient_description"
    INSULTING = "insulting_wording"


# Short words a handler may type for a reason (the spellings of the first versions keep
# working); "_" and "-" are interchangeable. Documented in the README and in USAGE.
REASON_ALIASES: dict[str, InadmissibleReason] = {
    "old-facts": InadmissibleReason.OLD_FACTS,
    "outside-competence": InadmissibleReason.OUTSIDE_COMPETENCE,
    "information-only": InadmissibleReason.INFORMATION_ONLY,
    "general-policy": InadmissibleReason.GENERAL_POLICY,
    "legislation": InadmissibleReason.GENERAL_POLICY,
    "appeal-route": InadmissibleReason.APPEAL_ROUTE,
    "pending-appeal": InadmissibleReason.PENDING_APPEAL,
    "repetition": InadmissibleReason.REPETITION,
    "manifestly-unfounded": InadmissibleReason.MANIFESTLY_UNFOUNDED,
    "vexatious": InadmissibleReason.MANIFESTLY_UNFOUNDED,
    "vague": InadmissibleReason.VAGUE,
    "insulting": InadmissibleReason.INSULTING,
}


# Where a case went after us (Network indicator 13, framework §3.2): a second-line body
# (the same words as SecondLine), an administrative appeal against the decision, or a court.
Escalation = StrEnum(  # type: ignore[misc]
    "Escalation",
    [*((m.name, m.value) for m in SecondLine), ("APPEAL", "appeal"), ("COURT", "court")],
)
