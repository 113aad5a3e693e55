"""Parse the commands a handler writes at the top of a reply to the bot (plain text in).

Syntax (verbs and values are case-insensitive; ``-`` and ``_`` are interchangeable)::

    #answer OUTCOME [TYPOLOGY] [resolved|unresolved]
                                        then, on the next lines, the answer for the citizen
    #admissible                         the complaint is admissible (its own deadline stops)
    #inadmissible REASON [text]         the text (same line and/or next lines) is optional
    #assign ADDRESS                     next lines, optional: a note for the new handler
    #extend DAYS REASON                 the reason is required (the citizen is told why)
    #wait TEXT                          the question for the citizen; the clock stops
    #note TEXT                          an internal note on the case
    #kind KIND                          the case is in fact a complaint, an appeal or an
                                        information request: re-routed as such
    #escalate WHERE                     the case went further: federal-ombudsman,
                                        pensions-ombudsman, comite-p, appeal or court
    #category CATEGORY                  correct the case's category (a [categories] key)
    #second-line BODY                   the second line named in the final answer:
                                        federal_ombudsman | pensions_ombudsman | comite_p
    #type TYPE                          the request type of Network indicator 1: complaint,
                                        information-request, report, suggestion or other

The commands must begin on the first non-blank line. Several commands may follow each other
(each starts on its own line), but at most one of #answer, #inadmissible and #wait per mail.
A command's text runs until the next command, a signature delimiter ("-- "), or the quoted
original ("On … wrote:", "Le … a écrit :", "Op … schreef …:", "Am … schrieb …:", an Outlook
"From:/Sent:" header block, "-----Original Message-----", lines starting with ">").

Every problem raises `CommandError`, whose message is written to be mailed back to the handler.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, ClassVar

from bot.errors import CommandError
from bot.vocab import (
    CITIZEN_KINDS,
    REASON_ALIASES,
    REQUEST_TYPE_ALIASES,
    Escalation,
    InadmissibleReason,
    Outcome,
    RequestType,
    SecondLine,
    Typology,
)


class Verb(StrEnum):
    ANSWER = "answer"
    INADMISSIBLE = "inadmissible"
    ASSIGN = "assign"
    EXTEND = "extend"
    WAIT = "wait"
    NOTE = "note"
    KIND = "kind"
    ESCALATE = "escalate"
    ADMISSIBLE = "admissible"
    CATEGORY = "category"
    SECOND_LINE = "second-line"
    TYPE = "type"


def reason_of(word: str) -> InadmissibleReason | None:
    """The reason a handler means by `word` (a value or an alias), None if none."""
    key = word.strip().lower().replace("_", "-")
    return _REASONS.get(key)


# What a handler may type → the value. Keys are normalised: lower case, "_" written "-".
_OUTCOMES = {
    "founded": Outcome.FOUNDED,
    "partly-founded": Outcome.PARTLY_FOUNDED,
    "partially-founded": Outcome.PARTLY_FOUNDED,
    "unfounded": Outcome.UNFOUNDED,
    "no-judgement": Outcome.NO_JUDGEMENT,
    "no-judgment": Outcome.NO_JUDGEMENT,
    "no-judgement-possible": Outcome.NO_JUDGEMENT,
    "no-judgment-possible": Outcome.NO_JUDGEMENT,
}
_TYPOLOGIES = {
    "behaviour": Typology.BEHAVIOUR,
    "behavior": Typology.BEHAVIOUR,
    "quality": Typology.QUALITY,
    "processing": Typology.PROCESSING,
    "complaint-handling": Typology.COMPLAINT_HANDLING,
}
_REASONS = {**REASON_ALIASES, **{r.value.replace("_", "-"): r for r in InadmissibleReason}}
# One short word per reason, for the messages that list them.
_REASON_WORDS = {
    next((a for a, r in REASON_ALIASES.items() if r is reason), reason.value): reason
    for reason in InadmissibleReason
}
_ESCALATIONS = {e.value.replace("_", "-"): e for e in Escalation}
_CASE_KINDS = {k.replace("_", "-"): k.value for k in CITIZEN_KINDS}
_REQUEST_TYPES = {
    **{t.value.replace("_", "-"): t for t in RequestType},
    **{a.replace("_", "-"): t for a, t in REQUEST_TYPE_ALIASES.items()},
}
_OUTCOME_NAMES = "founded, partly-founded, unfounded or no-judgement"
# Network indicator 7: was a founded complaint put right?
_RESOLVED = {
    "resolved": True,
    "solved": True,
    "unresolved": False,
    "not-resolved": False,
    "unsolved": False,
}
_TYPOLOGY_NAMES = "behaviour, quality, processing or complaint-handling"
# The same as command words only, for the refusal mails in the staff language.
_OUTCOME_LIST = "founded, partly-founded, unfounded, no-judgement"
_TYPOLOGY_LIST = "behaviour, quality, processing, complaint-handling"

# The words a command takes, as the help in staff mails lists them: a help text names them as
# placeholders ({outcomes}, …), filled from here, so the help offers what the parser accepts.
CHOICES: dict[str, str] = {
    "outcomes": "founded|partly-founded|unfounded|no-judgement",
    "typologies": "behaviour|quality|processing|complaint-handling",
    "resolved": "resolved|unresolved",
    "reasons": "|".join(_REASON_WORDS),
    "kinds": "|".join(_CASE_KINDS),
    "destinations": "|".join(_ESCALATIONS),
    "types": "|".join(t.value.replace("_", "-") for t in RequestType),
    "second_lines": "|".join(SecondLine),
}
# Every command the parser accepts (its registry: Verb) -> the CHOICES its help must name.
# The help of each staff language is the HELP table of the catalogs (bot/locale), one text per
# verb; tests/unit/test_staff_help.py fails when a verb lacks one or a text lacks a choice.
TAKES: dict[Verb, tuple[str, ...]] = {
    Verb.ANSWER: ("outcomes", "typologies", "resolved"),
    Verb.ADMISSIBLE: (),
    Verb.INADMISSIBLE: ("reasons",),
    Verb.ASSIGN: (),
    Verb.EXTEND: (),
    Verb.WAIT: (),
    Verb.NOTE: (),
    Verb.KIND: ("kinds",),
    Verb.ESCALATE: ("destinations",),
    Verb.CATEGORY: (),
    Verb.SECOND_LINE: ("second_lines",),
    Verb.TYPE: ("types",),
}
# The order of the help: the decisions first, then the rest.
HELP_ORDER: tuple[Verb, ...] = tuple(TAKES)

USAGE = """\
#answer {outcomes} [{typologies}] [{resolved}]
    (the answer for the citizen on the next lines)
#admissible
#inadmissible {reasons} [text]
#assign colleague@example.be
#extend DAYS reason
#wait question for the citizen
#note internal note
#kind {kinds}
#escalate {destinations}
#category CATEGORY
#second-line {second_lines}
#type {types}""".format(**CHOICES)


@dataclass(frozen=True, kw_only=True)
class Command:
    verb: ClassVar[Verb]
    line: int = 0  # 1-based line of the command in the mail body


@dataclass(frozen=True, kw_only=True)
class Answer(Command):
    verb: ClassVar[Verb] = Verb.ANSWER
    outcome: Outcome
    typology: Typology | None
    text: str
    resolved: bool | None = None  # founded: put right (resolved) or not (unresolved)


@dataclass(frozen=True, kw_only=True)
class Admissible(Command):
    verb: ClassVar[Verb] = Verb.ADMISSIBLE
    text: str = ""  # optional internal note


@dataclass(frozen=True, kw_only=True)
class Inadmissible(Command):
    verb: ClassVar[Verb] = Verb.INADMISSIBLE
    reason: InadmissibleReason
    text: str = ""


@dataclass(frozen=True, kw_only=True)
class Assign(Command):
    verb: ClassVar[Verb] = Verb.ASSIGN
    address: str
    text: str = ""  # optional note for the new handler


@dataclass(frozen=True, kw_only=True)
class Extend(Command):
    verb: ClassVar[Verb] = Verb.EXTEND
    days: int
    reason: str


@dataclass(frozen=True, kw_only=True)
class Wait(Command):
    verb: ClassVar[Verb] = Verb.WAIT
    text: str


@dataclass(frozen=True, kw_only=True)
class Note(Command):
    verb: ClassVar[Verb] = Verb.NOTE
    text: str


@dataclass(frozen=True, kw_only=True)
class Kind(Command):
    verb: ClassVar[Verb] = Verb.KIND
    kind: str  # one of bot.vocab.CITIZEN_KINDS
    text: str = ""  # optional: why (kept in the audit trail)


@dataclass(frozen=True, kw_only=True)
class Escalate(Command):
    verb: ClassVar[Verb] = Verb.ESCALATE
    to: Escalation


@dataclass(frozen=True, kw_only=True)
class SetCategory(Command):
    """The case is about another category than the rules proposed (a [categories] key)."""

    verb: ClassVar[Verb] = Verb.CATEGORY
    name: str


@dataclass(frozen=True, kw_only=True)
class SetSecondLine(Command):
    """The second line the final answer names (a [second_line] key, e.g. comite_p)."""

    verb: ClassVar[Verb] = Verb.SECOND_LINE
    key: str


@dataclass(frozen=True, kw_only=True)
class SetRequestType(Command):
    """The request type counted in Network indicator 1 (bot.vocab.RequestType)."""

    verb: ClassVar[Verb] = Verb.TYPE
    request_type: RequestType


# --- where the fresh text ends ---------------------------------------------------------------

# Reply attributions of the common mail clients, EN/FR/NL/DE. They always carry a date or an
# address, so a digit or an "@" is required: "Le citoyen a écrit :" in an answer is not cut.
_ATTRIBUTIONS = (
    re.compile(r"^on\s.*\bwrote\s*:$", re.IGNORECASE),
    re.compile(r"^le\s.*\ba\s+[ée]crit\s*:$", re.IGNORECASE),
    re.compile(r"^op\s.*\bschreef\b.*:$", re.IGNORECASE),
    re.compile(r"^am\s.*\bschrieb\b.*:$", re.IGNORECASE),
)
_ATTRIBUTION_START = re.compile(r"^(on|le|op|am)\s", re.IGNORECASE)
_SEPARATOR = re.compile(
    r"^-{2,}\s*(original message|message d'origine|oorspronkelijk bericht|"
    r"urspr[üu]ngliche nachricht|forwarded message|message transf[ée]r[ée]|"
    r"doorgestuurd bericht|weitergeleitete nachricht)\s*-*$",
    re.IGNORECASE,
)
_OUTLOOK_FROM = re.compile(r"^\*?(from|de|van|von)\s*:\*?\s", re.IGNORECASE)
_OUTLOOK_NEXT = re.compile(
    r"^\*?(sent|date|envoy[ée]|verzonden|datum|gesendet|to|[àa]|aan|an)\s*:", re.IGNORECASE
)
_SIGNATURE = re.compile(r"^--\s*$")  # RFC 3676 "-- "; many clients drop the trailing space
_MOBILE = re.compile(
    r"^(sent from my|envoy[ée] de mon|verzonden (vanaf|met) mijn|von meinem\s.*gesendet|"
    r"get outlook for)",
    re.IGNORECASE,
)
_RULE = re.compile(r"^[_\-=*]{5,}$")  # a line drawn by a client before the quoted part


def _is_quote_start(lines: list[str], i: int) -> bool:
    line = lines[i].strip()
    if line.startswith(">") or _SIGNATURE.match(lines[i]) or _SEPARATOR.match(line):
        return True
    if _MOBILE.match(line):
        return True
    if _ATTRIBUTION_START.match(line):
        # Gmail wraps a long attribution over two lines.
        candidates = [line]
        if i + 1 < len(lines):
            candidates.append(f"{line} {lines[i + 1].strip()}")
        for text in candidates:
            if re.search(r"[\d@]", text) and any(p.match(text) for p in _ATTRIBUTIONS):
                return True
    if _OUTLOOK_FROM.match(line):
        following = [x.strip() for x in lines[i + 1 : i + 4] if x.strip()]
        if following and _OUTLOOK_NEXT.match(following[0]):
            return True
    return False


def fresh_lines(body: str) -> list[str]:
    """The lines the handler wrote: everything before the signature or the quoted original."""
    text = body.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    lines = [line.replace("\u200b", "").rstrip() for line in text.split("\n")]
    for i in range(len(lines)):
        if _is_quote_start(lines, i):
            return lines[:i]
    return lines


# --- commands ---------------------------------------------------------------------------------

_COMMAND = re.compile(r"^\s*#\s*([^\W\d_][\w-]*)(.*)$")
_ADDRESS = re.compile(r"^[^@\s<>(),;:\"]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9-]+)+$")
_DAYS = re.compile(
    r"^(\d{1,4})\s*(?:d|days?|j|jours?|dagen|dag|tage?)?(?=\s|$)(.*)$",
    re.IGNORECASE | re.DOTALL,
)
_DECISIONS = (Verb.ANSWER, Verb.INADMISSIBLE, Verb.WAIT)


def _verb_word(word: str) -> str:
    """A command word as the Verb spells it: lower case, "second_line" -> "second-line"."""
    return word.strip().lower().replace("_", "-")


_KEY = re.compile(r"^[a-z][a-z0-9_]{0,49}$")


def _norm(word: str) -> str:
    return word.strip().lower().replace("_", "-")


def _close(word: str, choices: list[str], prefix: str = "") -> dict[str, str]:
    """{"suggestion": the nearest choice} when one is near enough, else {}."""
    close = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    return {"suggestion": f"{prefix}{close[0]}"} if close else {}


def _suggest(word: str, choices: list[str], prefix: str = "") -> str:
    close = _close(word, choices, prefix)
    return f" Did you mean {close['suggestion']}?" if close else ""


def _choices(table: Mapping[str, object]) -> str:
    names = list(dict.fromkeys(table))
    return ", ".join(names[:-1]) + " or " + names[-1]


def _listed(table: Mapping[str, object]) -> str:
    """The words of `table` as a refusal mail lists them (command syntax, any language)."""
    return ", ".join(dict.fromkeys(table))


def _clean(lines: list[str]) -> str:
    """Join text lines; drop leading/trailing blank lines and a trailing ruler line."""
    while lines and (not lines[-1].strip() or _RULE.match(lines[-1].strip())):
        lines = lines[:-1]
    while lines and not lines[0].strip():
        lines = lines[1:]
    return "\n".join(lines)


@dataclass
class _Block:
    verb: Verb
    line: int
    args: str
    body: list[str]


def parse_commands(
    body: str,
    *,
    max_extension_days: int | None = None,
    require_typology_when_founded: bool = True,
) -> list[Command]:
    """The commands at the top of a handler's reply, in order; [] when the mail has none.

    Raises `CommandError` when a command is wrong, mistyped, or not at the top of the mail.
    """
    lines = fresh_lines(body)
    verbs = [v.value for v in Verb]
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None:
        return []

    match = _COMMAND.match(lines[first])
    if match is None or _verb_word(match[1]) not in verbs:
        if match is not None:
            word = _verb_word(match[1])
            every = ", ".join(f"#{v}" for v in verbs)
            raise CommandError(
                "unknown_command",
                f"#{word} is not a command.{_suggest(word, verbs, '#')} The commands are: {every}.",
                line=first + 1,
                detail="not_a_command",
                params={"word": word, "choices": every, **_close(word, verbs, "#")},
            )
        for i in range(first + 1, len(lines)):
            later = _COMMAND.match(lines[i])
            if later and _verb_word(later[1]) in verbs:
                raise CommandError(
                    "command_not_first",
                    f"#{_verb_word(later[1])} must be on the first line of your reply, "
                    "with nothing above it.",
                    line=i + 1,
                    detail="command",
                    params={"verb": _verb_word(later[1])},
                )
        return []

    blocks: list[_Block] = []
    for i in range(first, len(lines)):
        match = _COMMAND.match(lines[i])
        word = _verb_word(match[1]) if match else ""
        if match and word in verbs:
            blocks.append(_Block(Verb(word), i + 1, match[2].strip(), []))
            continue
        if match and (close := difflib.get_close_matches(word, verbs, n=1, cutoff=0.75)):
            # A mistyped second command would otherwise be mailed to the citizen as text.
            raise CommandError(
                "mistyped_command",
                f"#{word} looks like a mistyped #{close[0]}. Correct it, or write the text "
                "without '#' at the start of the line.",
                line=i + 1,
                detail="mistyped",
                params={"word": word, "close": close[0]},
            )
        blocks[-1].body.append(lines[i])

    commands = [
        _build(
            b,
            max_extension_days=max_extension_days,
            require_typology=require_typology_when_founded,
        )
        for b in blocks
    ]
    _check_combination(commands)
    return commands


def _build(block: _Block, *, max_extension_days: int | None, require_typology: bool) -> Command:
    verb, line, args = block.verb, block.line, block.args
    tokens = args.split()
    if verb is Verb.ANSWER:
        return _answer(tokens, block, require_typology)
    if verb is Verb.INADMISSIBLE:
        if not tokens:
            raise CommandError(
                "missing_reason",
                f"#inadmissible needs a reason: {_choices(_REASON_WORDS)}.",
                line=line,
                detail="choices",
                params={"verb": verb.value, "choices": _listed(_REASON_WORDS)},
            )
        reason = _REASONS.get(_norm(tokens[0]))
        if reason is None:
            raise CommandError(
                "unknown_reason",
                f"'{tokens[0]}' is not a reason.{_suggest(_norm(tokens[0]), list(_REASONS))} "
                f"The reasons are: {_choices(_REASON_WORDS)}.",
                line=line,
                detail="unknown_value",
                params={
                    "word": tokens[0],
                    "verb": verb.value,
                    "choices": _listed(_REASON_WORDS),
                    **_close(_norm(tokens[0]), list(_REASONS)),
                },
            )
        rest = args[len(tokens[0]) :].strip()
        return Inadmissible(reason=reason, text=_clean([rest, *block.body]), line=line)
    if verb is Verb.ASSIGN:
        if len(tokens) != 1:
            raise CommandError(
                "assign_address",
                "#assign takes one mail address, e.g. #assign colleague@example.be",
                line=line,
                detail="example",
                params={"example": "#assign colleague@example.be"},
            )
        address = tokens[0].strip("<>").removeprefix("mailto:").lower()
        if not _ADDRESS.match(address):
            raise CommandError(
                "assign_address",
                f"'{tokens[0]}' is not a mail address.",
                line=line,
                detail="not_an_address",
                params={"word": tokens[0]},
            )
        return Assign(address=address, text=_clean(block.body), line=line)
    if verb is Verb.EXTEND:
        match = _DAYS.match(args)
        if match is None:
            raise CommandError(
                "extend_days",
                "#extend needs a number of days, then the reason, e.g. "
                "#extend 15 the file is with the regional office",
                line=line,
                detail="example",
                params={"example": "#extend 15 …"},
            )
        days = int(match[1])
        if days < 1 or (max_extension_days is not None and days > max_extension_days):
            limit = (
                f"1 to {max_extension_days}" if max_extension_days is not None else "at least one"
            )
            raise CommandError(
                "extend_days",
                f"An extension is {limit} days, not {days}.",
                line=line,
                detail="extension_range" if max_extension_days is not None else None,
                params={"max": max_extension_days or 0, "days": days},
            )
        why = _clean([match[2].strip(), *block.body])
        if not why:
            raise CommandError(
                "extend_reason",
                "#extend needs a reason after the number of days; the citizen is told why.",
                line=line,
                detail="command",
                params={"verb": verb.value},
            )
        return Extend(days=days, reason=why, line=line)
    if verb is Verb.ADMISSIBLE:
        return Admissible(text=_clean([args, *block.body]), line=line)
    if verb is Verb.KIND:
        return _one_of(
            block, _CASE_KINDS, "kind", lambda k: Kind(kind=k, text=_clean(block.body), line=line)
        )
    if verb is Verb.ESCALATE:
        return _one_of(block, _ESCALATIONS, "destination", lambda e: Escalate(to=e, line=line))
    if verb is Verb.TYPE:
        return _one_of(
            block, _REQUEST_TYPES, "type", lambda t: SetRequestType(request_type=t, line=line)
        )
    if verb in (Verb.CATEGORY, Verb.SECOND_LINE):
        key = tokens[0].lower().replace("-", "_") if len(tokens) == 1 else ""
        if not _KEY.match(key):
            example = "comite_p" if verb is Verb.SECOND_LINE else "pensions"
            raise CommandError(
                f"{verb.value.replace('-', '_')}_value",
                f"#{verb} takes one name, e.g. #{verb} {example}",
                line=line,
                detail="example",
                params={"example": f"#{verb} {example}"},
            )
        if verb is Verb.CATEGORY:
            return SetCategory(name=key, line=line)
        return SetSecondLine(key=key, line=line)
    text = _clean([args, *block.body])
    if not text:
        what = "the question for the citizen" if verb is Verb.WAIT else "the text of the note"
        raise CommandError(
            "missing_text",
            f"#{verb} needs {what}.",
            line=line,
            detail="command",
            params={"verb": verb.value},
        )
    if verb is Verb.WAIT:
        return Wait(text=text, line=line)
    return Note(text=text, line=line)


def _one_of(block: _Block, table: dict[str, Any], what: str, build: Any) -> Command:
    """A command whose only argument is one word of `table` (#kind, #escalate)."""
    tokens = block.args.split()
    if len(tokens) != 1:
        raise CommandError(
            f"missing_{what}",
            f"#{block.verb} takes one {what}: {_choices(table)}.",
            line=block.line,
            detail="choices",
            params={"verb": block.verb.value, "choices": _listed(table)},
        )
    value = table.get(_norm(tokens[0]))
    if value is None:
        raise CommandError(
            f"unknown_{what}",
            f"'{tokens[0]}' is not a {what}.{_suggest(_norm(tokens[0]), list(table))} "
            f"The choices are: {_choices(table)}.",
            line=block.line,
            detail="unknown_value",
            params={
                "word": tokens[0],
                "verb": block.verb.value,
                "choices": _listed(table),
                **_close(_norm(tokens[0]), list(table)),
            },
        )
    return build(value)


def _answer(tokens: list[str], block: _Block, require_typology: bool) -> Answer:
    line = block.line
    if not tokens:
        raise CommandError(
            "missing_outcome",
            f"#answer needs an outcome: {_OUTCOME_NAMES}.",
            line=line,
            detail="choices",
            params={"verb": Verb.ANSWER.value, "choices": _OUTCOME_LIST},
        )
    outcome = _OUTCOMES.get(_norm(tokens[0]))
    if outcome is None:
        raise CommandError(
            "unknown_outcome",
            f"'{tokens[0]}' is not an outcome.{_suggest(_norm(tokens[0]), list(_OUTCOMES))} "
            f"The outcomes are: {_OUTCOME_NAMES}.",
            line=line,
            detail="unknown_value",
            params={
                "word": tokens[0],
                "verb": Verb.ANSWER.value,
                "choices": _OUTCOME_LIST,
                **_close(_norm(tokens[0]), list(_OUTCOMES)),
            },
        )
    typology = None
    resolved = None
    rest = list(tokens[1:])
    if rest and _norm(rest[0]) in _TYPOLOGIES:
        typology = _TYPOLOGIES[_norm(rest.pop(0))]
    if rest and _norm(rest[0]) in _RESOLVED:
        resolved = _RESOLVED[_norm(rest.pop(0))]
    if rest:
        raise CommandError(
            "answer_syntax",
            f"'{rest[0]}': after the outcome only a typology ({_TYPOLOGY_NAMES}) and "
            "resolved or unresolved may follow on the command line. Write the answer for the "
            "citizen on the next lines.",
            line=line,
            detail="answer_syntax",
            params={"word": rest[0], "typologies": _TYPOLOGY_LIST},
        )
    if (
        require_typology
        and typology is None
        and outcome in (Outcome.FOUNDED, Outcome.PARTLY_FOUNDED)
    ):
        raise CommandError(
            "missing_typology",
            f"A {tokens[0].lower()} complaint needs a typology for the yearly report: "
            f"#answer {tokens[0].lower()} behaviour|quality|processing|complaint-handling",
            line=line,
            detail="example",
            params={"example": f"#answer {tokens[0].lower()} {_TYPOLOGY_LIST.replace(', ', '|')}"},
        )
    text = _clean(block.body)
    if not text:
        raise CommandError(
            "missing_text",
            "The answer for the citizen is empty: write it on the lines below #answer.",
            line=line,
            detail="answer_empty",
        )
    return Answer(outcome=outcome, typology=typology, text=text, resolved=resolved, line=line)


def _check_combination(commands: list[Command]) -> None:
    decisions = [c for c in commands if c.verb in _DECISIONS]
    if len(decisions) > 1:
        raise CommandError(
            "several_decisions",
            "Only one of #answer, #inadmissible and #wait per mail; found "
            + ", ".join(f"#{c.verb}" for c in decisions)
            + ".",
            line=decisions[1].line,
            detail="found_commands",
            params={"verbs": ", ".join(f"#{c.verb}" for c in decisions)},
        )
    for verb in (
        Verb.ASSIGN,
        Verb.EXTEND,
        Verb.KIND,
        Verb.ESCALATE,
        Verb.ADMISSIBLE,
        Verb.TYPE,
    ):
        same = [c for c in commands if c.verb is verb]
        if len(same) > 1:
            raise CommandError(
                "repeated",
                f"#{verb} appears twice.",
                line=same[1].line,
                detail="command",
                params={"verb": verb.value},
            )
    closing = [c for c in decisions if c.verb in (Verb.ANSWER, Verb.INADMISSIBLE)]
    if closing:
        for c in commands:
            if c.verb in (Verb.ASSIGN, Verb.EXTEND):
                raise CommandError(
                    "closed_by_decision",
                    f"#{c.verb} cannot go with #{closing[0].verb}: that closes the case.",
                    line=c.line,
                    detail="cannot_go_with",
                    params={"verb": c.verb.value, "decision": closing[0].verb.value},
                )
