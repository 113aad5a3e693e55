"""One typed context per letter: what each mail's templates may say, and nothing else.

The code that queues a letter builds its context here (bot.pipeline.replies, bot.handling);
``bot.outbox.compose.render`` takes it and turns it into the template variables at the edge
(`values`). tests/unit/test_letter_contexts.py proves, for every template of every language
(with the partials it imports or includes), that it uses only fields of its letter's context,
``lang`` and the names `render` fills from the settings (`SETTINGS_NAMES`), and that every
field is used by at least one language.

A field typed `Localised` may be a plain string or a ``{lang: text}`` mapping (as in the
settings: organisation.name, categories[x].label, categories[x].appeal_route, the second
line); each language version of the mail then picks its own text.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields
from datetime import date, datetime
from typing import Any

Localised = str | Mapping[str, str]
When = date | datetime  # datetimes are aware (naive = UTC), shown in Europe/Brussels

# Filled by render from the settings for every letter (a letter never carries them):
# the administration's name, the address citizens write to, and the public links per language.
SETTINGS_NAMES = frozenset(
    {"organisation_name", "contact_address", "procedure_url", "form_url", "privacy_url"}
)
# Set by render for each language version of a mail.
RENDER_NAMES = frozenset({"lang"})


@dataclass(frozen=True, kw_only=True)
class Letter:
    """Every mail: its subject starts with "[<case_number>] "."""

    case_number: str


@dataclass(frozen=True, kw_only=True)
class CitizenLetter(Letter):
    """A letter to the citizen: it recalls when their mail arrived."""

    received_at: When


# -- acknowledgements and forwards of a new case (bot.pipeline.replies) ----------------------


@dataclass(frozen=True, kw_only=True)
class AckComplaint(CitizenLetter):
    due_date: date | None  # by when the reasoned answer is sent


@dataclass(frozen=True, kw_only=True)
class AckAppeal(CitizenLetter):
    category_label: Localised
    appeal_route: Localised  # "" -> the generic sentence


@dataclass(frozen=True, kw_only=True)
class AckInformation(CitizenLetter):
    information_service: str


@dataclass(frozen=True, kw_only=True)
class AckThanks(CitizenLetter):
    pass


@dataclass(frozen=True, kw_only=True)
class AckSuggestion(CitizenLetter):
    pass


@dataclass(frozen=True, kw_only=True)
class ForwardInformation(CitizenLetter):
    """The citizen's mail passed on to the competent service (not to the citizen)."""

    citizen_name: str
    sender: str
    subject: str
    citizen_text: str


@dataclass(frozen=True, kw_only=True)
class ForwardAppeal(ForwardInformation):
    category_label: Localised


# -- letters of case handling (bot.handling.actions) -----------------------------------------


@dataclass(frozen=True, kw_only=True)
class FinalAnswer(CitizenLetter):
    outcome: str  # bot.vocab.Outcome
    answer_text: str
    second_line_text: Localised


@dataclass(frozen=True, kw_only=True)
class InadmissibleLetter(CitizenLetter):
    reason: str  # bot.vocab.InadmissibleReason
    answer_text: str
    appeal_route: Localised
    information_service: str
    second_line_text: Localised


@dataclass(frozen=True, kw_only=True)
class ExtensionNotice(CitizenLetter):
    due_date: date
    extension_days: int  # how far the date the citizen knows moves
    extension_reason: str


@dataclass(frozen=True, kw_only=True)
class AskDetails(CitizenLetter):
    question: str


# -- mails to staff ---------------------------------------------------------------------------


# One attachment of the citizen's mail as a staff mail lists it (bot.handling.letters.
# case_attachments): {"filename", "size", "attached", "executable", "held"}.
AttachmentRow = Mapping[str, Any]


@dataclass(frozen=True, kw_only=True)
class Assignment(CitizenLetter):
    due_date: date | None
    category_label: Localised
    language: Localised  # the name of the case's language, "?" when unknown
    citizen_name: str
    sender: str
    subject: str
    citizen_text: str
    attachments: Sequence[AttachmentRow]
    note: str
    assigned_by: str
    route_rule: str
    rule_hits: Sequence[Mapping[str, str]]  # {rule, kind, reason}
    reply_address: str  # "" when mail commands are off
    token_max_age_days: int
    max_extension_days: int
    second_line_name: Localised
    second_line_chosen: bool  # set by a person (#second-line), not proposed by the category
    command_lines: Localised  # the mail commands, one per line (bot.handling.refusals)


@dataclass(frozen=True, kw_only=True)
class CitizenReply(Letter):
    due_date: date | None
    citizen_name: str
    sender: str
    subject: str
    citizen_text: str
    attachments: Sequence[AttachmentRow]
    closed: bool
    reply_address: str
    command_lines: Localised  # the mail commands, one per line (bot.handling.refusals)


@dataclass(frozen=True, kw_only=True)
class Reassigned(Letter):
    new_assignee: str
    assigned_by: str
    note: str


@dataclass(frozen=True, kw_only=True)
class Reminder(Letter):
    """reminder and admissibility_reminder."""

    due_date: date
    days_left: int
    subject: str
    reply_address: str
    command_lines: Localised  # the mail commands, one per line (bot.handling.refusals)


@dataclass(frozen=True, kw_only=True)
class Escalation(Letter):
    due_date: date
    overdue_days: int
    round: int
    every: int
    assignee: str
    category_label: Localised
    subject: str
    reply_address: str


@dataclass(frozen=True, kw_only=True)
class CommandDone(Letter):
    due_date: date | None
    done: Sequence[Mapping[str, str]]  # {"verb", "detail"} per command applied
    status: str


@dataclass(frozen=True, kw_only=True)
class CommandRefused(Letter):
    code: str  # stable refusal code (bot.commands.parse, bot.handling.mailcmd)
    detail: Localised  # what exactly was wrong, "" when the code says it all
    command_lines: Localised  # the mail commands, one per line (bot.handling.refusals)


@dataclass(frozen=True, kw_only=True)
class Digest(Letter):
    """The coordinator digest (bot.handling.digest.for_reader); case_number is its reference."""

    since: datetime
    until: datetime
    commands: Mapping[str, str]
    words: Mapping[str, Any]  # the digest's words in the reader's language (DIGEST)
    new_cases: Sequence[Mapping[str, Any]]
    new_shown: int
    new_total: int
    due_soon: Sequence[Mapping[str, Any]]
    due_soon_shown: int
    due_soon_total: int
    overdue: Sequence[Mapping[str, Any]]
    overdue_total: int
    redirected: Sequence[Mapping[str, Any]]
    redirected_total: int
    quarantined: Sequence[Mapping[str, Any]]
    quarantined_total: int
    suppressed: Sequence[Mapping[str, Any]]
    suppressed_total: int
    needs_review: Sequence[Mapping[str, Any]]
    needs_review_total: int
    month: Mapping[str, Any] | None


# purpose -> its context
CONTEXTS: dict[str, type[Letter]] = {
    "ack_complaint": AckComplaint,
    "ack_appeal": AckAppeal,
    "forward_appeal": ForwardAppeal,
    "ack_information": AckInformation,
    "forward_information": ForwardInformation,
    "ack_thanks": AckThanks,
    "ack_suggestion": AckSuggestion,
    "assignment": Assignment,
    "final_answer": FinalAnswer,
    "inadmissible": InadmissibleLetter,
    "extension_notice": ExtensionNotice,
    "ask_details": AskDetails,
    "reminder": Reminder,
    "admissibility_reminder": Reminder,
    "escalation": Escalation,
    "digest": Digest,
    "command_refused": CommandRefused,
    "command_done": CommandDone,
    "citizen_reply": CitizenReply,
    "reassigned": Reassigned,
}


def field_names(cls: type[Letter]) -> frozenset[str]:
    return frozenset(f.name for f in fields(cls))


def values(context: Letter) -> dict[str, Any]:
    """The template variables of a context (shallow: nested rows stay as they are)."""
    return {f.name: getattr(context, f.name) for f in fields(context)}


def build(purpose: str, source: Mapping[str, Any]) -> Letter:
    """The context of `purpose` from a mapping that holds at least its fields (more are
    ignored): for samples (lint, tests) that serve every letter from one set of values."""
    cls = CONTEXTS[purpose]
    missing = sorted(field_names(cls) - source.keys())
    if missing:
        raise TypeError(f"{purpose}: no value for {', '.join(missing)}")
    return cls(**{name: source[name] for name in field_names(cls)})
